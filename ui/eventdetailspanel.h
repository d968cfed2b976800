#pragma once

#include <QWidget>

class QItemSelectionModel;
class QTextBrowser;
class MatchEventModel;
struct MatchEvent;
struct Match;

// Everything known about the selected event, written out as sentences, with the passages of the
// report it was read from.
class EventDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    EventDetailsPanel(MatchEventModel *events, QItemSelectionModel *selection,
                      QWidget *parent = nullptr);
    ~EventDetailsPanel() override;

    QString text() const; // what the panel shows, as plain text
    // The description of one event as HTML; the panel's content, usable on its own.
    static QString describe(const Match &match, const MatchEvent &event, int row,
                            const QString &scoreAfter);

private:
    void showCurrent();

    MatchEventModel *m_events;
    QItemSelectionModel *m_selection;
    QTextBrowser *m_browser;
};
