#pragma once

#include "match.h"
#include "readers/resultsreader.h"
#include "standings.h"

#include <QAbstractTableModel>

// The league table around one match, live with the score at the playhead. Two sources:
// - the report's own table facts: a partial table, nothing invented; the two teams' points before
//   the match are derived from the final result (a win: points minus 3);
// - a season's results: the full table before the match (earlier days and that day's earlier
//   kick-offs) and with the match as it stands at the playhead, ranked by the competition's rules.
class StandingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        MoveColumn,
        TeamColumn,
        PlayedColumn,
        WonColumn,
        DrawnColumn,
        LostColumn,
        GoalsForColumn,
        GoalsAgainstColumn,
        GoalDifferenceColumn,
        PointsColumn,
        FormColumn,
        ColumnCount
    };
    enum Role : int {
        TeamRole = Qt::UserRole + 1,
        PositionRole, // int, or invalid QVariant when unknown
        PointsRole,
        PointsBeforeRole, // points before the match, when known
        MoveRole, // int: places gained (+) or lost (-) since before the match
        NoteRole,
        HighlightRole, // bool: one of the two teams of the match
    };
    Q_ENUM(Role)
    enum class View { BeforeMatch, AtPlayhead };

    explicit StandingsModel(QObject *parent = nullptr);
    ~StandingsModel() override;

    void setMatch(const Match &match);
    void setSeason(const SeasonResults &season, const QString &fileName);
    void clearSeason();
    bool hasSeason() const { return m_hasSeason; }
    void setLiveScore(const Score &score);
    void setView(View view);
    View view() const { return m_view; }

    const QList<StandingRow> &rows() const { return m_rows; }
    // The table once the match is over (the final score): what the exporter writes.
    QList<StandingRow> tableAfterMatch() const;
    // Where the report's facts and the results file disagree, in sentences.
    const QStringList &disagreements() const { return m_disagreements; }
    // What the table shows, for the panel's caption.
    QString description() const;
    // Whether the season's results contain the match (else it is added from the report).
    bool seasonHasMatch() const { return m_matchInSeason; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QList<StandingRow> tableWith(const std::optional<Score> &score) const;
    QList<StandingRow> factsWith(const std::optional<Score> &score) const;
    QString shownName(const QString &resultsName) const;

    Match m_match;
    SeasonResults m_season;
    QString m_seasonFile;
    bool m_hasSeason = false;
    bool m_matchInSeason = false;
    QString m_homeKey; // the match's teams as the results file names them
    QString m_awayKey;
    TableRules m_rules;
    QList<MatchResult> m_before;
    QList<StandingRow> m_beforeRows;
    QList<StandingRow> m_rows;
    QStringList m_disagreements;
    Score m_live;
    View m_view = View::AtPlayhead;
};
