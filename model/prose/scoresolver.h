#pragma once

#include "eventcandidate.h"
#include "matchevent.h"
#include "score.h"

#include <QList>
#include <QString>

#include <optional>

// Chooses which goals a report's mentions stand for and whom each counts for, so that what the
// report states holds: the final score, the score after a goal ("made it 2-2"), what a goal
// did ("equalised", "restored the lead", "pulled one back"), and the side the words or the
// scorer's club give each goal. Every statement is a named constraint; what the best choice
// still breaks is reported by name, so that the user can be told why.
//
// The goals are given in match order. The search is exact: a goal is kept for the home side,
// kept for the away side or dropped, and the running score is all the effects depend on, so a
// dynamic programme over (goal, home goals, away goals) finds the best choice in
// goals x score-size steps.
class ScoreSolver
{
public:
    using Effect = EventCandidate::Effect;

    struct Goal
    {
        double homeEvidence = 0; // > 0: the words or the scorer's club say home; < 0 away
        Effect effect = Effect::None;
        std::optional<Score> scoreAfter; // as written: the order of the numbers is unknown
        // How sure the reading is that this is a goal of this match: the cost of dropping it.
        // Never dropped when no final score is stated.
        double confidence = 1;
        // Goals of one group count for one side (a player's goals; goals a report lists
        // together), but for those flipped (an own goal counts for the player's opponents).
        int group = -1;
        bool flipped = false;
    };

    enum class Constraint {
        FinalScore, // the goals add up to the stated final score
        ScoreAfter, // "made it 2-2"
        Effect, // "equalised", "took the lead"...
        Side, // the side the words or the scorer's club give
        SameSide, // a player's goals, or goals listed together, are one side's
    };

    struct Choice
    {
        bool kept = true;
        Side side = Side::None; // None for a kept goal whose side nothing decides
    };
    struct Broken
    {
        Constraint constraint;
        int goal = -1; // -1: the final score
    };
    struct Result
    {
        QList<Choice> choices;
        QList<Broken> broken;
        Score total;
    };

    static Result solve(const QList<Goal> &goals, const std::optional<Score> &finalScore);

    // The constraint's name as the Warnings panel says it.
    static QString constraintName(Constraint constraint);
};
