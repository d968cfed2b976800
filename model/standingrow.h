#pragma once

#include "matchevent.h"

#include <QString>

#include <optional>

// One team's line of a league table, or what a report states of it: every number is optional
// because a report says "remained fourth on 46" and nothing about games played.
struct StandingRow
{
    QString team;
    std::optional<int> position;
    std::optional<int> points;
    std::optional<int> played;
    std::optional<int> won;
    std::optional<int> drawn;
    std::optional<int> lost;
    std::optional<int> goalsFor;
    std::optional<int> goalsAgainst;
    QString form; // the last five results, oldest first: "WWDLW"
    QString note; // "eight points clear", "one match fewer"
    QList<TextSpan> evidence;

    std::optional<int> goalDifference() const
    {
        if (goalsFor && goalsAgainst)
            return *goalsFor - *goalsAgainst;
        return std::nullopt;
    }

    friend bool operator==(const StandingRow &a, const StandingRow &b)
    {
        return a.team == b.team && a.position == b.position && a.points == b.points
                && a.played == b.played && a.won == b.won && a.drawn == b.drawn && a.lost == b.lost
                && a.goalsFor == b.goalsFor && a.goalsAgainst == b.goalsAgainst && a.form == b.form
                && a.note == b.note && a.evidence == b.evidence;
    }
};
