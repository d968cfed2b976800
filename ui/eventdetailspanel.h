#pragma once

#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QLineEdit;
class QPushButton;
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
    // The form to correct the selected event.
    QLineEdit *playerEdit() const { return m_player; }
    QLineEdit *timeEdit() const { return m_time; }
    QPushButton *applyButton() const { return m_apply; }
    // The description of one event as HTML; the panel's content, usable on its own.
    static QString describe(const Match &match, const MatchEvent &event, int row,
                            const QString &scoreAfter);

private:
    void showCurrent();
    void fillForm(int row);
    void applyForm();
    int currentRow() const;

    MatchEventModel *m_events;
    QItemSelectionModel *m_selection;
    QTextBrowser *m_browser;
    QWidget *m_form;
    QComboBox *m_type;
    QLineEdit *m_time;
    QComboBox *m_side;
    QLineEdit *m_player;
    QLineEdit *m_second;
    QLineEdit *m_detail;
    QPushButton *m_apply;
};
