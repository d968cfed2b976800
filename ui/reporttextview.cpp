#include "reporttextview.h"

#include "eventfiltermodel.h"
#include "matcheventmodel.h"

#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QTextBlock>

ReportTextView::ReportTextView(MatchEventModel *events, EventFilterModel *filtered,
                               QItemSelectionModel *selection, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_events(events)
    , m_filtered(filtered)
    , m_selection(selection)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Report text"));
    viewport()->setCursor(Qt::IBeamCursor);
    connect(m_events, &MatchEventModel::matchChanged, this, &ReportTextView::showMatch);
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
            &ReportTextView::updateHighlights);
    showMatch();
}

ReportTextView::~ReportTextView() = default;

void ReportTextView::showMatch()
{
    const QString text = m_events->match().sourceText;
    setPlainText(text.isEmpty()
                         ? tr("This file has no report text: it was read from structured data.")
                         : text);
    setEnabled(!text.isEmpty());
    updateHighlights();
}

int ReportTextView::eventAt(int position) const
{
    const Match &match = m_events->match();
    for (int row = 0; row < match.events.size(); ++row) {
        for (const TextSpan &span : match.events.at(row).evidence) {
            if (position >= span.start && position < span.end())
                return row;
        }
    }
    return -1;
}

void ReportTextView::updateHighlights()
{
    const Match &match = m_events->match();
    const int textLength = document()->characterCount() - 1;
    QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && current.model() == m_filtered)
        current = m_filtered->mapToSource(current);
    const int selectedRow = current.isValid() ? current.row() : -1;

    QList<QTextEdit::ExtraSelection> selections;
    QColor evidence = palette().color(QPalette::Highlight);
    evidence.setAlpha(40);
    QColor chosen = palette().color(QPalette::Highlight);
    chosen.setAlpha(110);
    m_selectedStart = -1;
    for (int row = 0; row < match.events.size(); ++row) {
        for (const TextSpan &span : match.events.at(row).evidence) {
            if (span.start < 0 || span.end() > textLength)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(span.start);
            selection.cursor.setPosition(span.end(), QTextCursor::KeepAnchor);
            selection.format.setBackground(row == selectedRow ? chosen : evidence);
            if (row == selectedRow && (m_selectedStart < 0 || span.start < m_selectedStart))
                m_selectedStart = span.start;
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
    if (m_selectedStart >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(m_selectedStart);
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

void ReportTextView::showPosition(int position)
{
    const QString text = toPlainText();
    if (position < 0 || position >= text.size())
        return;
    // The sentence (or the line) it is in.
    qsizetype start = position;
    while (start > 0 && text.at(start - 1) != u'\n'
           && !(start >= 2 && text.at(start - 1).isSpace() && text.at(start - 2) == u'.'))
        --start;
    while (start < position && text.at(start).isSpace())
        ++start;
    qsizetype end = position;
    while (end < text.size() && text.at(end) != u'\n'
           && !(text.at(end) == u'.' && (end + 1 == text.size() || text.at(end + 1).isSpace())))
        ++end;
    if (end < text.size() && text.at(end) == u'.')
        ++end;
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ReportTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int row = eventAt(cursorForPosition(event->position().toPoint()).position());
    if (row < 0)
        return;
    const QModelIndex index = m_filtered->mapFromSource(m_events->index(row, 0));
    if (index.isValid())
        m_selection->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
