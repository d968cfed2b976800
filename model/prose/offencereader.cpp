#include "offencereader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

namespace {

const Pattern &offence()
{
    static const Pattern pattern =
            Pattern(u"\\b(?:handled|handball|fouled|felled|tripped|brought\\s+down|hauled\\s+down|pulled\\s+down|upended|clipped|bundled\\s+over|(?:a|his|her)\\s+(?:foul|challenge|tackle|lunge)\\s+on|lunged\\s+(?:at|in)|headbutt(?:ed)?|elbowed|kicked\\s+out|stamped|squaring\\s+up|conceded\\s+(?:a|the)\\s+penalty|gave\\s+away\\s+(?:a|the)\\s+penalty)\\b"_s)
                    .needing({ "hand", "foul", "fell", "trip", "down", "upen", "clip", "bund",
                               "chal", "tack", "lung", "head", "elbo", "kick", "stam", "squa",
                               "pena" });
    return pattern;
}

// The offence gave a penalty: it happened in the area, or the words say so.
const Pattern &penaltyAwarded()
{
    static const Pattern pattern(
            u"\\b(?:in|inside)\\s+the\\s+(?:penalty\\s+)?(?:area|box)\\b|\\bpenalty\\b|\\bspot[\\s-]?kick\\b|\\bpointed\\s+to\\s+the\\s+spot\\b"_s);
    return pattern;
}

} // namespace

void OffenceReader::read(const SentenceContext &sc, NarrativeState &reading)
{
    const ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;
    auto clauseOf = [&](int pos) { return sc.clauseOf(pos); };

    // ---- a timed foul or handball, for the penalty or dismissal told after it
    {
        auto it = offence().globalMatch(text, words);
        while (it.hasNext()) {
            const auto m = it.next();
            const int at = int(m.capturedStart());
            const Clause clause = clauseOf(at);
            const int timeSlot = nearestTime(sc, clause, at);
            if (timeSlot < 0)
                continue;
            const TimeExpression &time = doc.times.at(t.parts.at(timeSlot).index);
            if (time.kind != TimeExpression::Kind::Minute || !time.time.hasMinute())
                continue;
            // Who did it: the clause's person just before the verb, with nothing but a few
            // words ("then", "needlessly") between them.
            int person = -1;
            for (int slot : sc.slotsIn(clause.start, at, u'P')) {
                const QStringView between =
                        QStringView(text).mid(sc.slotEnd(slot), at - sc.slotEnd(slot));
                static const Pattern passive(u"\\b(?:was|were|been|being|is|are|got|get)\\b"_s);
                if (between.count(u' ') <= 3 && !between.contains(u'\u27e6'))
                    person = passive.match(between).hasMatch() ? -1 : t.parts.at(slot).index;
            }
            if (person < 0 && reading.offenceSentence == si)
                person = reading.offender; // "... and made things worse by squaring up"
            reading.offenceSentence = si;
            reading.offender = person;
            reading.offenceTime = time;
            reading.offenceGavePenalty =
                    penaltyAwarded()
                            .match(QStringView(text).mid(clause.start, clause.end - clause.start))
                            .hasMatch();
        }
    }
}
