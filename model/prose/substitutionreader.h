#pragma once

#include "eventcandidate.h"
#include "sentencecontext.h"

#include <QList>

// Substitutions: "⟦P⟧ came on for ⟦P⟧", "⟦P⟧ was replaced by ⟦P⟧", "entered the fray".
class SubstitutionReader
{
public:
    static void read(SentenceContext &sc, QList<EventCandidate> &out);
};
