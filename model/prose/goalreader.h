#pragma once

#include "eventcandidate.h"
#include "sentencecontext.h"

#include <QList>
#include <QPair>

// Goals in a sentence: the goal rules of resources/data/rules/goals.rules find the words that
// say a goal was scored, and the scorer, side, time and score around them are bound to each.
class GoalReader
{
public:
    // Adds the sentence's goal mentions to out, and the stretches of the tagged text their
    // words take to goalSpans (a chance is not read where a goal was).
    static void read(SentenceContext &sc, NarrativeState &reading, QList<EventCandidate> &out,
                     QList<QPair<int, int>> &goalSpans);
};
