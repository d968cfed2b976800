#include "eventfiltermodel.h"

#include "matcheventmodel.h"

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Re-filter when PlayedRole changes, so "up to the playhead" follows a scrub.
    setDynamicSortFilter(true);
}

EventFilterModel::~EventFilterModel() = default;

EventFilterModel::Category EventFilterModel::categoryOf(MatchEvent::Type type)
{
    using Type = MatchEvent::Type;
    switch (type) {
    case Type::Goal:
    case Type::OwnGoal:
    case Type::PenaltyGoal:
    case Type::MissedPenalty:
        return Goals;
    case Type::YellowCard:
    case Type::SecondYellow:
    case Type::RedCard:
        return Cards;
    case Type::Chance:
        return Chances;
    case Type::Substitution:
        return Substitutions;
    case Type::Var:
        return Var;
    case Type::KickOff:
    case Type::HalfTime:
    case Type::FullTime:
    case Type::ExtraTime:
    case Type::Shootout:
    case Type::ShootoutKick:
        return Periods;
    case Type::Other:
        break;
    }
    return Routine;
}

void EventFilterModel::setCategories(Categories categories)
{
    if (m_categories == categories)
        return;
    m_categories = categories;
    invalidateRowsFilter();
    emit filterChanged();
}

void EventFilterModel::setSide(Side side)
{
    if (m_side == side)
        return;
    m_side = side;
    invalidateRowsFilter();
    emit filterChanged();
}

void EventFilterModel::setPlayerFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_player == trimmed)
        return;
    m_player = trimmed;
    invalidateRowsFilter();
    emit filterChanged();
}

void EventFilterModel::setUpToPlayhead(bool on)
{
    if (m_upToPlayhead == on)
        return;
    m_upToPlayhead = on;
    invalidateRowsFilter();
    emit filterChanged();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto type = MatchEvent::Type(index.data(MatchEventModel::TypeRole).toInt());
    if (!(m_categories & categoryOf(type)))
        return false;
    if (m_side != Side::None && Side(index.data(MatchEventModel::SideRole).toInt()) != m_side)
        return false;
    if (!m_player.isEmpty()
        && !index.data(MatchEventModel::PlayerRole).toString().contains(m_player, Qt::CaseInsensitive)
        && !index.data(MatchEventModel::SecondPlayerRole)
                    .toString()
                    .contains(m_player, Qt::CaseInsensitive))
        return false;
    if (m_upToPlayhead && !index.data(MatchEventModel::PlayedRole).toBool())
        return false;
    return true;
}

bool EventFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Times and scores sort by when they happened, not by their text ("45+2'" before "46'").
    if (left.column() == MatchEventModel::TimeColumn
        || left.column() == MatchEventModel::ScoreColumn) {
        const double a = left.data(MatchEventModel::PlayPositionRole).toDouble();
        const double b = right.data(MatchEventModel::PlayPositionRole).toDouble();
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QModelIndex EventFilterModel::adjacentEvent(double position, bool forward) const
{
    constexpr double epsilon = 1e-6;
    QModelIndex best;
    double bestPosition = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex candidate = index(row, 0);
        const double pos = candidate.data(MatchEventModel::PlayPositionRole).toDouble();
        const bool after = pos > position + epsilon;
        const bool before = pos < position - epsilon;
        if (forward ? !after : !before)
            continue;
        if (!best.isValid() || (forward ? pos < bestPosition : pos > bestPosition)) {
            best = candidate;
            bestPosition = pos;
        }
    }
    return best;
}
