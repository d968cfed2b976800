#pragma once

#include "sentencecontext.h"

// A timed foul or handball and who committed it ("⟦P⟧ then handled in the area ten minutes from
// time"), kept for the penalty or dismissal the next sentence tells.
class OffenceReader
{
public:
    static void read(const SentenceContext &sc, NarrativeState &reading);
};
