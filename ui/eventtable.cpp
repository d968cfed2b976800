#include "eventtable.h"

#include "eventglyph.h"
#include "matcheventmodel.h"

#include <QCoreApplication>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventTable)
};


class EventDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Kinds and teams are picked from lists; times, names and details are typed.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == MatchEventModel::TypeColumn) {
            auto *box = new QComboBox(parent);
            for (int t = 0; t <= int(MatchEvent::Type::Other); ++t) {
                const auto type = MatchEvent::Type(t);
                box->addItem(EventGlyph::icon(type), MatchEvent::typeName(type), t);
            }
            return box;
        }
        if (index.column() == MatchEventModel::TeamColumn) {
            auto *box = new QComboBox(parent);
            const QAbstractItemModel *model = index.model();
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
            const auto *events =
                    qobject_cast<const MatchEventModel *>(proxy ? proxy->sourceModel() : model);
            box->addItem(Text::tr("(no team)"), int(Side::None));
            if (events) {
                box->addItem(events->match().homeTeam, int(Side::Home));
                box->addItem(events->match().awayTeam, int(Side::Away));
            }
            return box;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (index.column() == MatchEventModel::TimeColumn)
            editor->setToolTip(
                    Text::tr("A minute: 17, 45+2, 90+ (stoppage time of unstated length), pens"));
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, box->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

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
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
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
    setColumnWidth(MatchEventModel::TeamColumn,
                   fontMetrics().horizontalAdvance(u"Borussia Dortmund"_s));
    setColumnWidth(MatchEventModel::TypeColumn,
                   fontMetrics().horizontalAdvance(u"Second yellow____"_s));
    setColumnWidth(MatchEventModel::PlayerColumn,
                   fontMetrics().horizontalAdvance(u"Francesco Esposito__"_s));
    setColumnWidth(MatchEventModel::AssistColumn,
                   fontMetrics().horizontalAdvance(u"Weston McKennie__"_s));
    setColumnWidth(MatchEventModel::ScoreColumn, fontMetrics().horizontalAdvance(u"Score__"_s));
}
