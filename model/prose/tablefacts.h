#pragma once

struct Match;
struct ProseDocument;

// The sixth pass: what the report says about the league table. "advanced to 61 points",
// "second-placed AC Milan ... on 53", "remained fourth on 46", "nine ahead of Manchester City",
// "have played one match fewer".
class TableFacts
{
public:
    static void extract(const ProseDocument &doc, Match &match);
};
