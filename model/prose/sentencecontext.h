#pragma once

#include "eventcandidate.h"
#include "pattern.h"
#include "taggedsentence.h"
#include "wordstarts.h"

#include <QList>
#include <QVarLengthArray>

#include <optional>

struct ProseDocument;

// A part of a sentence between two conjunctions or semicolons, in tagged-text positions.
struct Clause
{
    int start = 0;
    int end = 0;
};

// Where one clause ends and the next begins: the conjunction opens the new clause.
QList<Clause> clausesOf(const QString &text, const WordStarts &words);

// A pattern over tagged text: {P} a person, {T} a team, {M} a time, {S} a score (each capturing
// its slot number), {ANY} any of them.
Pattern tokenPattern(const QString &pattern);

// What the words just around a person say of them, whatever the trigger: worked out once per
// person of a sentence (a sentence's people are scored against each of its triggers).
struct SlotCues
{
    double score = 0; // the part of scorerScore that depends on neither trigger nor own goal
    bool victim = false; // "fouled ⟦P⟧", "against ⟦P⟧"
    bool netOff = false; // "into his own net off ⟦P⟧"
};

// What the reading carries from one sentence to the next.
struct NarrativeState
{
    bool otherMatch = false; // the report has moved on to another match's result
    int lastTeamSubject = -1;
    // The last timed foul or handball and who committed it: "⟦P⟧ then handled in the area ten
    // minutes from time". The penalty told next ("put away the penalty") took place then, and
    // so did the dismissal a man count tells next ("down to nine men").
    int offenceSentence = -1;
    int offender = -1;
    bool offenceGavePenalty = false;
    std::optional<TimeExpression> offenceTime;
    // The last foul told, timed or not, and who committed it: "⟦P⟧ was challenged by defender
    // ⟦P⟧. The referee booked the German stopper": the card is the offender's.
    int lastOffenceSentence = -1;
    int lastOffender = -1;

    // The sentence tells the penalty shoot-out (see the shootout rules of goals.rules), or
    // goes on telling it: its penalties and goals without a minute are kicks of the shoot-out.
    bool shootout = false;

    bool offenceJustBefore(int sentence) const
    {
        return offenceTime && sentence > offenceSentence && sentence - offenceSentence <= 1;
    }
};

// One sentence as the event readers see it: the document, the sentence tagged with its
// mentions, its words and clauses, and what has been worked out about its people.
struct SentenceContext
{
    SentenceContext(ProseDocument &document, int sentence, const TaggedSentence &t,
                    const WordStarts &w);

    ProseDocument &doc;
    const int index;
    const TaggedSentence &tagged;
    const QString &text; // the tagged text
    const WordStarts &words; // of the tagged text
    const QList<Clause> clauses;
    // The cues of the sentence's people, as they are worked out.
    QList<std::optional<SlotCues>> cues;

    // The slots of one kind between two positions of the tagged text: "⟦P3⟧" gives 3 for 'P'.
    using Slots = QVarLengthArray<int, 8>;
    Slots slotsIn(int from, int to, QChar kind) const;
    int slotPosition(int slot) const { return tagged.parts.at(slot).tokenStart; }
    int slotEnd(int slot) const { return tagged.parts.at(slot).tokenEnd; }
    bool isOfficial(int slot) const;
    Clause clauseOf(int position) const;
    // The time of an event whose clause has none: the sentence's only time, when the sentence
    // is one clause (in another clause it is that clause's: "X was booked, while Y was sent off
    // in the 81st minute"); else -1.
    int soleTime() const;
    void addTime(EventCandidate &c, int slot) const;
};
