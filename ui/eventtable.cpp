#include "eventtable.h"

#include "eventglyph.h"
#include "matcheventmodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace {

class EventDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == MatchEventModel::TypeColumn) {
            option->icon = EventGlyph::icon(
                    MatchEvent::Type(index.data(MatchEventModel::TypeRole).toInt()),
                    MatchEvent::ChanceKind(index.data(MatchEventModel::ChanceKindRole).toInt()));
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
        if (index.column() == MatchEventModel::ScoreColumn
            && index.data(MatchEventModel::ChangesScoreRole).toBool())
            option->font.setBold(true);
        if (!index.data(MatchEventModel::PlayedRole).toBool()) {
            // Not yet happened at the playhead: recede, as in the timeline.
            QColor text = option->palette.color(QPalette::Text);
            text.setAlphaF(0.4f);
            option->palette.setColor(QPalette::Text, text);
            option->icon = QIcon(option->icon.pixmap(option->decorationSize, QIcon::Disabled));
        }
    }
};

} // namespace

EventTable::EventTable(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new EventDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    sortByColumn(MatchEventModel::TimeColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    setAccessibleName(tr("Events"));
}

EventTable::~EventTable() = default;

void EventTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MatchEventModel::DetailColumn, QHeaderView::Stretch);
    setColumnWidth(MatchEventModel::TimeColumn, fontMetrics().horizontalAdvance(u"120+10'_"_s));
    setColumnWidth(MatchEventModel::TeamColumn, fontMetrics().horizontalAdvance(u"Borussia Dortmund"_s));
    setColumnWidth(MatchEventModel::TypeColumn, fontMetrics().horizontalAdvance(u"Second yellow____"_s));
    setColumnWidth(MatchEventModel::PlayerColumn, fontMetrics().horizontalAdvance(u"Francesco Esposito__"_s));
    setColumnWidth(MatchEventModel::ScoreColumn, fontMetrics().horizontalAdvance(u"Score__"_s));
}
