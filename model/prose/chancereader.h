#pragma once

#include "eventcandidate.h"
#include "sentencecontext.h"

#include <QList>
#include <QPair>

// Chances (the woodwork, a shot saved, off the line, wide) in the clauses of a sentence that
// hold no goal, and video reviews.
class ChanceReader
{
public:
    static void read(SentenceContext &sc, NarrativeState &reading,
                     const QList<QPair<int, int>> &goalSpans, QList<EventCandidate> &out);
};
