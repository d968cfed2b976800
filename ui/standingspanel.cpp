#include "standingspanel.h"

#include "standingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The two teams of the match stand out in the table.
class HighlightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(StandingsModel::HighlightRole).toBool()) {
            option->font.setBold(true);
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlpha(45);
            option->backgroundBrush = tint;
        }
    }
};

} // namespace

StandingsPanel::StandingsPanel(StandingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption->setWordWrap(true);
    m_caption->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HighlightDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StandingsModel::TeamColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Standings"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &StandingsPanel::updateEmptyState);
    updateEmptyState();
}

StandingsPanel::~StandingsPanel() = default;

void StandingsPanel::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void StandingsPanel::updateEmptyState()
{
    // Columns nobody stated (a report's partial table has no goals or games) are hidden.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        bool any = column == StandingsModel::TeamColumn;
        for (int row = 0; row < m_model->rowCount() && !any; ++row)
            any = m_model->index(row, column).data().isValid();
        m_view->setColumnHidden(column, !any);
    }
    if (m_model->rowCount() == 0)
        m_caption->setText(tr("The file states nothing about the league table."));
}
