#pragma once

#include "readers/resultsreader.h"
#include "standingrow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// How a competition ranks teams level on points. One row per competition, in one table
// (standings.cpp); competitions not listed use the plain default.
struct TableRules
{
    enum class TieBreak { HeadToHeadPoints, HeadToHeadGoalDifference, GoalDifference, GoalsFor };

    QString competition; // "" for the default
    QList<TieBreak> order;
    int pointsForWin = 3;
    int pointsForDraw = 1;

    // The rules of a competition named in a report or a results file ("Serie A", "I1", "E0").
    static TableRules forCompetition(const QString &name);
};

// League tables computed from results: pure functions, no models.
class Standings
{
public:
    // The table from these results, ranked by the rules. Team names are whatever the results use.
    static QList<StandingRow> table(const QList<MatchResult> &results, const TableRules &rules);
    // Results before a match: earlier days, and that day's matches that kicked off before it
    // (when kick-off times are known). The match itself is never included.
    static QList<MatchResult> before(const QList<MatchResult> &results, const QDate &date,
                                     const QTime &kickOff, const QString &home,
                                     const QString &away);
    // The result of the match between two teams on (or nearest to) a date, or -1.
    static int findMatch(const QList<MatchResult> &results, const QString &home,
                         const QString &away, const QDate &date);
    static int points(int goalsFor, int goalsAgainst, const TableRules &rules);
    // The results of the season a date falls in: files that hold several seasons one after the
    // other are cut at the summer break (60 days or more without a match; winter breaks are shorter).
    static QList<MatchResult> seasonOf(const QList<MatchResult> &results, const QDate &date);
};
