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
// How a clause names the side an event is for.
enum class CreditKind {
    None,
    Possessive, // "Wolves' 56th-minute leveller", "a Fulham own goal"
    For, // "for Fiorentina"
    Handed, // "handed Inter a lead"
    Subject, // "Vale levelled", "they"
    Player, // "Fulham defender Sam Cole turned it in": the player's club
};
// The side a clause credits: "for Fiorentina", "handed Inter a lead", "Vale levelled", "the
// hosts", "Wolves' 56th-minute leveller" (a directory index), or -1; and how it says so.
int creditedTeam(const SentenceContext &s, const Clause &clause, int triggerStart,
                 int lastTeamSubject, CreditKind *kind = nullptr);
// In a part of a sentence whose words are given.
MatchEvent::BodyPart bodyPartIn(QStringView text, const WordStarts &words);
std::optional<Score> scoreAfterIn(const SentenceContext &s, const Clause &clause);
int goalCount(QStringView text, const WordStarts &words);
// Nouns for the pass or cross that made a goal: their possessor assisted, did not score.
const Pattern &assistNoun();

} // namespace EventArguments
