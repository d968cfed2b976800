#include "substitutionreader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

using Type = MatchEvent::Type;

void SubstitutionReader::read(SentenceContext &sc, QList<EventCandidate> &out)
{
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;
    auto clauseOf = [&](int pos) { return sc.clauseOf(pos); };
    auto addTime = [&](EventCandidate &c, int slot) { sc.addTime(c, slot); };

    static const Pattern sub =
            tokenPattern(
                    u"(?:{P}\\s+)?(?:(?:came|comes|coming|went|brought)\\s+on\\s+(?:as\\s+a\\s+substitute\\s+)?for|replaced|replacing|(?<=\u27e7)\\s*on\\s+for|entered\\s+the\\s+fray|came\\s+off\\s+the\\s+bench|was\\s+replaced\\s+by|made\\s+way\\s+for)\\s*(?:{P})?"_s)
                    .needing(WordStarts::Keys { "on", "repl", "fray", "benc", "way" }.andOneOf(
                            { "for", "repl", "fray", "benc" }));
    {
        auto it = sub.globalMatch(text, words);
        while (it.hasNext()) {
            const auto m = it.next();
            const int ts = int(m.capturedStart());
            const Clause clause = clauseOf(ts);
            EventCandidate c;
            c.type = Type::Substitution;
            c.sentence = si;
            c.offset = t.documentOffset(ts);
            int on = m.captured(1).isEmpty() ? -1 : t.parts.at(m.captured(1).toInt()).index;
            int off = m.captured(2).isEmpty() ? -1 : t.parts.at(m.captured(2).toInt()).index;
            if (m.captured(0).contains(u"replaced by"_s) || m.captured(0).contains(u"made way"_s))
                std::swap(on, off);
            if (on < 0) {
                // "Having only entered the fray...": the subject comes after the clause.
                for (int slot : sc.slotsIn(0, int(text.size()), u'P')) {
                    if (t.parts.at(slot).index != off && !sc.isOfficial(slot)) {
                        on = t.parts.at(slot).index;
                        if (sc.slotPosition(slot) > ts)
                            break;
                    }
                }
            }
            if (on < 0)
                continue;
            c.person = off; // the player going off, as providers record it
            c.secondPerson = on;
            if (c.person < 0) {
                c.person = on;
                c.secondPerson = -1;
                c.detail = u"came on"_s;
            }
            addTime(c, nearestTime(sc, clause, ts, true));
            if (c.time && c.time->kind == TimeExpression::Kind::Relative && c.time->offset < 0)
                c.backReference = true;
            c.teamFromPlayer = true;
            out.append(c);
        }
    }
}
