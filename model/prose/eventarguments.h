#pragma once

#include "matchevent.h"
#include "score.h"
#include "sentencecontext.h"

#include <optional>

class Pattern;

// Who, which side, when and how for a trigger word in a sentence: the arguments the event
// readers bind to what their rules found.
namespace EventArguments {

// How strongly the wording makes a person (a slot) the scorer of the goal a trigger names.
double scorerScore(SentenceContext &s, int slot, int triggerStart, int triggerEnd, bool noun,
                   bool ownGoal);
// The time phrase of the clause nearest to a trigger (a slot), or -1.
int nearestTime(const SentenceContext &s, const Clause &clause, int triggerStart,
                bool backReferences = false);
// The side a clause credits: "for Fiorentina", "handed Inter a lead", "Vale levelled", "the
// hosts", "Wolves' 56th-minute leveller" (a directory index), or -1.
int creditedTeam(const SentenceContext &s, const Clause &clause, int triggerStart,
                 int lastTeamSubject);
// The team a dismissed player plays for, when the clause says whose men were sent off.
int cardTeam(const SentenceContext &s, int triggerStart);
// In a part of a sentence whose words are given.
MatchEvent::BodyPart bodyPartIn(QStringView text, const WordStarts &words);
std::optional<Score> scoreAfterIn(const SentenceContext &s, const Clause &clause);
int goalCount(QStringView text, const WordStarts &words);
// Nouns for the pass or cross that made a goal: their possessor assisted, did not score.
const Pattern &assistNoun();

} // namespace EventArguments
