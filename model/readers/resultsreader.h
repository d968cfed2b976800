#pragma once

#include "match.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// One played match of a season's results.
struct MatchResult
{
    QDate date;
    QTime kickOff; // invalid when the file gives none
    QString home;
    QString away;
    int homeGoals = 0;
    int awayGoals = 0;
    int line = 0; // in the file, for messages
};

// A season's results as a results file lists them.
struct SeasonResults
{
    QString competition; // "Italian Serie A 2025/26", "I1"...
    QList<MatchResult> results;
    QList<ReadWarning> warnings; // rows that could not be read, one message with line numbers
    QString error; // why nothing could be read at all; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Reads season results: the openfootball match-list text format ("Sat Feb 14" or "[Feb/14]"
// date lines, "20:45  Home  v  Away  3-2 (1-1)") and CSV in the football-data.co.uk layout
// (Div, Date, [Time,] HomeTeam, AwayTeam, FTHG, FTAG, ...). Rows that cannot be read are
// skipped and listed; nothing stops at the first bad line.
class ResultsReader
{
public:
    static SeasonResults readFile(const QString &path);
    static SeasonResults read(const QByteArray &data);
    // A quick look at the start of a file: could it be season results?
    static bool looksLikeResults(const QByteArray &head);
    // A results file in the report's folder that has a match between these two teams, or "".
    static QString findBeside(const QString &reportPath, const QString &home, const QString &away);
};
