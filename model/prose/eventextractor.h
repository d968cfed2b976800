#pragma once

#include "eventcandidate.h"

#include <QList>

struct ProseDocument;

// The fourth pass: trigger words for each kind of event bind the people, teams, times and scores
// of their clause into candidate events. Sentences about other matches are left out.
class EventExtractor
{
public:
    static QList<EventCandidate> extract(ProseDocument &doc);
};
