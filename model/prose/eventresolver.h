#pragma once

#include "eventcandidate.h"

#include <QList>

struct Match;
struct ProseDocument;

// The fifth pass: mentions of one event across sentences become one event; relative times are
// worked out from their anchors; goals are put in order and given sides so that they add up
// to the stated final score and agree with every score statement. What stays uncertain becomes a
// warning.
class EventResolver
{
public:
    static void resolve(ProseDocument &doc, QList<EventCandidate> candidates, Match &match);
};
