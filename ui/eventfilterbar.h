#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;
class EventFilterModel;
class MatchEventModel;

// The controls above the event list that set what the list and the timeline show: a kind of
// event (key events, goals, cards... or all of a provider's events), a team, a player (with
// completion from the match's names) and "only what has happened by the playhead".
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    EventFilterBar(MatchEventModel *events, EventFilterModel *filter, QWidget *parent = nullptr);
    ~EventFilterBar() override;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *teamBox() const { return m_team; }
    QLineEdit *playerEdit() const { return m_player; }
    QCheckBox *upToPlayheadBox() const { return m_upToPlayhead; }

private:
    void updateForMatch();
    void apply();

    MatchEventModel *m_events;
    EventFilterModel *m_filter;
    QComboBox *m_kind;
    QComboBox *m_team;
    QLineEdit *m_player;
    QCompleter *m_completer;
    QStringListModel *m_players;
    QCheckBox *m_upToPlayhead;
};
