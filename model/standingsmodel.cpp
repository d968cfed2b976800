#include "standingsmodel.h"

#include <algorithm>

namespace {

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

StandingsModel::StandingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

StandingsModel::~StandingsModel() = default;

void StandingsModel::setRows(const QList<StandingRow> &rows, const QStringList &highlightedTeams)
{
    beginResetModel();
    m_rows = rows;
    // Known places first in order, then the teams the text places only by points.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const StandingRow &a, const StandingRow &b) {
        if (a.position && b.position)
            return *a.position < *b.position;
        if (a.position != b.position)
            return bool(a.position);
        return a.points.value_or(-1) > b.points.value_or(-1);
    });
    m_highlighted = highlightedTeams;
    endResetModel();
}

int StandingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StandingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandingRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PositionColumn:
            return optional(row.position);
        case TeamColumn:
            return row.team;
        case PlayedColumn:
            return optional(row.played);
        case WonColumn:
            return optional(row.won);
        case DrawnColumn:
            return optional(row.drawn);
        case LostColumn:
            return optional(row.lost);
        case GoalsForColumn:
            return optional(row.goalsFor);
        case GoalsAgainstColumn:
            return optional(row.goalsAgainst);
        case GoalDifferenceColumn:
            return optional(row.goalDifference());
        case PointsColumn:
            return optional(row.points);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    case Qt::TextAlignmentRole:
        if (index.column() != TeamColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TeamRole:
        return row.team;
    case PositionRole:
        return optional(row.position);
    case PointsRole:
        return optional(row.points);
    case NoteRole:
        return row.note;
    case HighlightRole:
        return m_highlighted.contains(row.team);
    default:
        break;
    }
    return {};
}

QVariant StandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case PositionColumn:
        return tip ? tr("Position") : tr("#");
    case TeamColumn:
        return tr("Team");
    case PlayedColumn:
        return tip ? tr("Played") : tr("P");
    case WonColumn:
        return tip ? tr("Won") : tr("W");
    case DrawnColumn:
        return tip ? tr("Drawn") : tr("D");
    case LostColumn:
        return tip ? tr("Lost") : tr("L");
    case GoalsForColumn:
        return tip ? tr("Goals for") : tr("GF");
    case GoalsAgainstColumn:
        return tip ? tr("Goals against") : tr("GA");
    case GoalDifferenceColumn:
        return tip ? tr("Goal difference") : tr("GD");
    case PointsColumn:
        return tip ? tr("Points") : tr("Pts");
    case ColumnCount:
        break;
    }
    return {};
}
