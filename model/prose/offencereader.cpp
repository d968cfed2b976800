#include "offencereader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

namespace {

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

    // ---- a foul or handball (the rules of the offence group), for the card, penalty or
    // dismissal told after it
    for (const RuleMatch &rm : RuleBook::builtIn().matches(u"offence"_s, text)) {
        const PatternMatch &m = rm.match;
        const int at = int(m.capturedStart());
        const Clause clause = sc.clauseOf(at);
        int person = -1;
        if (rm.rule->value(u"offender"_s) == u"agent") {
            // "was brought down by ⟦T⟧ defender ⟦P⟧": the first person after "by".
            const auto after = sc.slotsIn(int(m.capturedEnd()), clause.end, u'P');
            if (!after.isEmpty())
                person = t.parts.at(after.first()).index;
        } else {
            // The clause's person just before the words, with nothing but a few words ("then",
            // "needlessly") between them.
            for (int slot : sc.slotsIn(clause.start, at, u'P')) {
                const QStringView between =
                        QStringView(text).mid(sc.slotEnd(slot), at - sc.slotEnd(slot));
                static const Pattern passive(u"\\b(?:was|were|been|being|is|are|got|get)\\b"_s);
                if (between.count(u' ') <= 3 && !between.contains(u'\u27e6'))
                    person = passive.match(between).hasMatch() ? -1 : t.parts.at(slot).index;
            }
            if (person < 0 && reading.offenceSentence == si)
                person = reading.offender; // "... and made things worse by squaring up"
        }
        if (person >= 0 || reading.lastOffenceSentence != si) {
            reading.lastOffenceSentence = si;
            reading.lastOffender = person;
        }

        const int timeSlot = nearestTime(sc, clause, at);
        if (timeSlot < 0)
            continue;
        const TimeExpression &time = doc.times.at(t.parts.at(timeSlot).index);
        if (time.kind != TimeExpression::Kind::Minute || !time.time.hasMinute())
            continue;
        if (person < 0 && reading.offenceSentence == si && reading.offenceTime
            && reading.offenceTime->time == time.time)
            continue; // the same offence, its offender already read ("fouled by ⟦P⟧")
        reading.offenceSentence = si;
        reading.offender = person;
        reading.offenceTime = time;
        reading.offenceGavePenalty =
                penaltyAwarded()
                        .match(QStringView(text).mid(clause.start, clause.end - clause.start))
                        .hasMatch();
    }
}
