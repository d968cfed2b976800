#pragma once

#include "standingrow.h"

#include <QAbstractTableModel>

// A league table: what the report states (some teams, some numbers) or a full table computed
// from a season's results. Numbers nobody stated stay empty, never invented.
class StandingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn, TeamColumn, PlayedColumn, WonColumn, DrawnColumn, LostColumn,
                  GoalsForColumn, GoalsAgainstColumn, GoalDifferenceColumn, PointsColumn,
                  ColumnCount };
    enum Role : int {
        TeamRole = Qt::UserRole + 1,
        PositionRole, // int, or invalid QVariant when unknown
        PointsRole,
        NoteRole,
        HighlightRole, // bool: one of the two teams of the match
    };
    Q_ENUM(Role)

    explicit StandingsModel(QObject *parent = nullptr);
    ~StandingsModel() override;

    void setRows(const QList<StandingRow> &rows, const QStringList &highlightedTeams = {});
    const QList<StandingRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StandingRow> m_rows;
    QStringList m_highlighted;
};
