#pragma once

#include "matchevent.h"
#include "score.h"
#include "timeexpressions.h"

#include <optional>

// One mention of an event in one clause, before mentions of the same event are merged.
struct EventCandidate
{
    // What the wording says about the score once this goal went in.
    // Restore: the side leads again after being caught ("restored the lead", "back in front").
    enum class Effect : quint8 { None, Opener, Equaliser, Lead, Winner, PullBack, Double, Restore };

    MatchEvent::Type type = MatchEvent::Type::Other;
    MatchEvent::ChanceKind chance = MatchEvent::ChanceKind::None;
    MatchEvent::BodyPart bodyPart = MatchEvent::BodyPart::Unknown;
    int person = -1; // People index
    int secondPerson = -1; // assist, player replaced
    int team = -1; // directory index of the side the event counts for, when the words say it
    bool teamFromPlayer = false; // the team is the player's club, not the side credited
    bool penaltyKnown = false; // the words say penalty (or say it was not)
    bool goalsFromCount = false; // "scored twice": a count, not a goal by itself
    int count = 1; // goals by this player the mention accounts for ("a hat-trick": 3)
    std::optional<TimeExpression> time;
    std::optional<Score> scoreAfter; // "made it 2-2" (as written, order unknown)
    Effect effect = Effect::None;
    int sentence = -1;
    int clause = -1; // where its clause starts in the tagged sentence
    int offset = 0; // where the trigger is in the document
    bool backReference = false; // "five minutes earlier": not an anchor for later relative times
    int relativeTo = -1; // offset of the mention a relative time was counted from
    QString detail;
    // How sure the words are that this is what they say it is (a goal told with a scoring verb
    // and its scorer: 1; a goal noun with nobody named: less). The resolver drops the least sure
    // goals first when they add up to more than the stated score.
    double confidence = 1;
    bool listed = false; // an entry of a structured list (see StructuredReader)
    // Goals a sentence lists together ("goals from Ash and Dunn") share this key: one side's.
    int sameSideAs = -1;
};
