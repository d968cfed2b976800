#pragma once

#include "taggedsentence.h"

#include <QList>

struct ProseDocument;

// The people of the document model that only a sentence's wording ties down: a role phrase or
// pronoun standing for someone named before ("the Brazilian defender", "he"), and the club a
// person plays for when a team is written right before them ("Juventus captain Manuel
// Locatelli", "Chelsea's Guro Reiten").
namespace CastReader {
QList<TaggedSentence::Slot> rolePhrases(const ProseDocument &doc, int sentence);
void recordAffiliations(ProseDocument &doc, const TaggedSentence &t);
} // namespace CastReader
