#pragma once

#include "eventcandidate.h"
#include "sentencecontext.h"

#include <QList>

// Cards in a sentence: who was booked or sent off, and counts of the men a team was left with
// ("10-man Juventus"), which the resolver holds the dismissals to. The words are the rules of
// resources/data/rules/cards.rules.
class CardReader
{
public:
    // A card verb whose object is a role phrase or a pronoun ("booked the defender", "booked
    // him") is for the offender of the foul told just before, which the reading keeps.
    static void read(SentenceContext &sc, const NarrativeState &reading, QList<EventCandidate> &out);
    // "10-man Fulham", "reduced to nine men": a count of dismissals, not a card by itself; and
    // after a timed offence told just before, the offender's dismissal.
    static void readManCounts(SentenceContext &sc, NarrativeState &reading,
                              QList<EventCandidate> &out);
};
