#pragma once

struct Match;
struct ProseDocument;

// Who played whom, who was at home, the final score, the venue, the competition and the date:
// from the headline and the opening paragraph first, the rest of the report after.
class MatchFacts
{
public:
    static void determine(ProseDocument &doc, Match &match);
};
