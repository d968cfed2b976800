#pragma once

#include "eventcandidate.h"

#include <QList>

struct ProseDocument;

// The structured lists around a report's prose (see ListedEvents), read into the document
// model and the events: who plays for whom and who is an official, from the line-ups; goals,
// cards and substitutions, from the scorer and booking lists and the key moments.
class StructuredReader
{
public:
    // The sides of the players the lists name and the officials they name, once the match's
    // teams are known.
    static void readCast(ProseDocument &doc);
    static QList<EventCandidate> read(ProseDocument &doc);
};
