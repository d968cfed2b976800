#pragma once

#include <QPlainTextEdit>

class QItemSelectionModel;
class MatchEventModel;
class EventFilterModel;

// The report as the user opened it, with the sentences each event was read from highlighted.
// Selecting an event highlights its sentences and scrolls to them; clicking a highlighted
// sentence selects its event.
class ReportTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    ReportTextView(MatchEventModel *events, EventFilterModel *filtered,
                   QItemSelectionModel *selection, QWidget *parent = nullptr);
    ~ReportTextView() override;

    // The row of the event whose evidence covers a text position, or -1.
    int eventAt(int position) const;
    // Where the sentences of the selected event start, for tests; -1 when none is selected.
    int selectedEvidenceStart() const { return m_selectedStart; }
    // Selects the sentence a position of the report is in (what a warning is about) and
    // scrolls to it.
    void showPosition(int position);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showMatch();
    void updateHighlights();

    MatchEventModel *m_events;
    EventFilterModel *m_filtered;
    QItemSelectionModel *m_selection;
    int m_selectedStart = -1;
};
