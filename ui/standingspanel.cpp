#include "standingspanel.h"

#include "standingsmodel.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The two teams of the match stand out; places gained are green, lost red.
class StandingsDelegate : public QStyledItemDelegate
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
        if (index.column() == StandingsModel::MoveColumn) {
            const int move = index.data(StandingsModel::MoveRole).toInt();
            if (move != 0)
                option->palette.setColor(QPalette::Text,
                                         move > 0 ? QColor(0x2e, 0x7d, 0x32)
                                                  : QColor(0xc6, 0x28, 0x28));
        }
    }
};

} // namespace

StandingsPanel::StandingsPanel(StandingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_before(new QToolButton(this))
    , m_live(new QToolButton(this))
    , m_caption(new QLabel(this))
    , m_disagreement(new QLabel(this))
    , m_offer(new QWidget(this))
    , m_offerLabel(new QLabel(m_offer))
    , m_offerButton(new QPushButton(tr("Use It"), m_offer))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *switcher = new QHBoxLayout;
    switcher->setContentsMargins(4, 2, 4, 0);
    m_before->setText(tr("Before the Match"));
    m_live->setText(tr("At the Playhead"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : { m_before, m_live }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
        switcher->addWidget(button);
    }
    switcher->addStretch();
    m_live->setChecked(true);
    layout->addLayout(switcher);

    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(4, 2, 4, 2);
    m_offerLabel->setWordWrap(true);
    offerLayout->addWidget(m_offerLabel, 1);
    offerLayout->addWidget(m_offerButton);
    m_offer->hide();
    layout->addWidget(m_offer);

    for (QLabel *label : { m_caption, m_disagreement }) {
        label->setWordWrap(true);
        label->setContentsMargins(4, 2, 4, 2);
        layout->addWidget(label);
    }
    m_disagreement->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_disagreement->hide();
    layout->addWidget(m_view, 1);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new StandingsDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StandingsModel::TeamColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Standings"));

    connect(m_before, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_model->setView(StandingsModel::View::BeforeMatch);
    });
    connect(m_live, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_model->setView(StandingsModel::View::AtPlayhead);
    });
    connect(m_offerButton, &QPushButton::clicked, this, [this] {
        m_offer->hide();
        emit resultsAccepted(m_offeredPath);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StandingsPanel::refresh);
    refresh();
}

StandingsPanel::~StandingsPanel() = default;

QString StandingsPanel::caption() const
{
    return m_caption->text();
}

QString StandingsPanel::disagreementText() const
{
    return m_disagreement->isHidden() ? QString() : m_disagreement->text();
}

void StandingsPanel::offerResults(const QString &path)
{
    m_offeredPath = path;
    m_offerLabel->setText(
            tr("Season results found beside the report: %1").arg(QFileInfo(path).fileName()));
    m_offer->setVisible(!path.isEmpty());
}

void StandingsPanel::refresh()
{
    m_caption->setText(m_model->description());
    const QStringList disagreements = m_model->disagreements();
    m_disagreement->setText(disagreements.join(QLatin1Char('\n')));
    m_disagreement->setVisible(!disagreements.isEmpty());
    // Columns nobody stated (a report's partial table has no games or goals) are hidden.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        bool any = column == StandingsModel::TeamColumn;
        for (int row = 0; row < m_model->rowCount() && !any; ++row)
            any = m_model->index(row, column).data().isValid();
        m_view->setColumnHidden(column, !any && column != StandingsModel::MoveColumn);
    }
    m_view->setColumnHidden(StandingsModel::MoveColumn, !m_model->hasSeason());
}
