#include "chancereader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

using Type = MatchEvent::Type;

void ChanceReader::read(SentenceContext &sc, NarrativeState &reading,
                        const QList<QPair<int, int>> &goalSpans, QList<EventCandidate> &out)
{
    ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;
    auto addTime = [&](EventCandidate &c, int slot) { sc.addTime(c, slot); };
    const QList<Clause> &clauses = sc.clauses;
    const Sentence &sentence = doc.sentences.at(si);

    // ---- chances, substitutions, VAR
    static const Pattern woodwork =
            Pattern(u"\\b(?:hit|struck|rattled|smacked|clipped|against|onto|off)\\s+the\\s+(?:post|bar|crossbar|woodwork|upright)\\b|\\bheaded\\s+against\\s+the\\s+(?:post|bar)"_s)
                    .needing({ "pos", "bar", "cro", "woo", "upr" });
    static const Pattern offLine =
            Pattern(u"\\b(?:off\\s+the\\s+(?:goal-?\\s?)?line|goal-?line\\s+clearance|on\\s+the\\s+(?:goal\\s+)?line)\\b"_s)
                    .needing({ "lin", "goa" });
    static const Pattern saved =
            Pattern(u"\\b(?:saved|superb\\s+save|great\\s+save|brilliant\\s+save|outstanding\\s+save|fine\\s+save|forced\\s+(?:a|an)\\s+(?:\\w+\\s+)?save|kept\\s+out|denied|tipped)\\b"_s)
                    .needing({ "sav", "kep", "den", "tip" });
    static const Pattern wide =
            Pattern(u"\\b(?:wide|over\\s+the\\s+(?:bar|top)|missed|miss|went\\s+over|could\\s+not\\s+find\\s+the\\s+net)\\b"_s)
                    .needing({ "wid", "ove", "mis", "net" });
    for (const Clause &clause : clauses) {
        const QStringView clauseText =
                QStringView(text).mid(clause.start, clause.end - clause.start);
        const bool inGoal = std::any_of(goalSpans.cbegin(), goalSpans.cend(), [&](const auto &s) {
            return s.first >= clause.start && s.first < clause.end;
        });
        if (inGoal)
            continue;
        MatchEvent::ChanceKind kind = MatchEvent::ChanceKind::None;
        PatternMatch m;
        if ((m = woodwork.match(clauseText, words)).hasMatch())
            kind = MatchEvent::ChanceKind::Woodwork;
        else if ((m = offLine.match(clauseText, words)).hasMatch())
            kind = MatchEvent::ChanceKind::OffTheLine;
        else if ((m = saved.match(clauseText, words)).hasMatch())
            kind = MatchEvent::ChanceKind::Save;
        else if ((m = wide.match(clauseText, words)).hasMatch()
                 && !clauseText.contains(u"penalty"_s))
            kind = MatchEvent::ChanceKind::Miss;
        if (kind == MatchEvent::ChanceKind::None)
            continue;
        const int ts = clause.start + int(m.capturedStart());
        EventCandidate c;
        c.type = Type::Chance;
        c.chance = kind;
        c.sentence = si;
        c.offset = t.documentOffset(ts);
        // The shooter: a person whose shot or effort it was, not the keeper who saved it.
        double best = -0.5;
        for (int slot : sc.slotsIn(clause.start, clause.end, u'P')) {
            double s = scorerScore(sc, slot, ts, ts + int(m.capturedLength()), true, false);
            const int pos = sc.slotPosition(slot);
            const QStringView after = QStringView(text).mid(sc.slotEnd(slot), 30);
            static const Pattern cueRe5(
                    u"^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:shot|effort|header|attempt|strike|volley)"_s);
            if (t.parts.at(slot).possessive && cueRe5.foundIn(after))
                s += 6;
            static const Pattern cueRe6(
                    u"^\\s+(?:saved|superbly|made|kept|denied|tipped|could\\s+only)"_s);
            if (kind == MatchEvent::ChanceKind::Save && cueRe6.foundIn(after))
                s -= 10; // the goalkeeper
            static const Pattern cueRe7(u"^\\s+(?:cleared|blocked|hooked|headed)"_s);
            if (kind == MatchEvent::ChanceKind::OffTheLine && cueRe7.foundIn(after))
                s -= 10; // the defender
            Q_UNUSED(pos)
            if (s > best) {
                best = s;
                c.person = t.parts.at(slot).index;
            }
        }
        c.team = creditedTeam(sc, clause, ts, reading.lastTeamSubject);
        c.teamFromPlayer = true;
        addTime(c, nearestTime(sc, clause, ts));
        c.detail = t.original(doc.text, clause.start, clause.end);
        if (c.person >= 0 || c.team >= 0)
            out.append(c);
    }


    static const Pattern var = Pattern(u"\\bvar\\b"_s).needing({ "var" });
    static const Pattern noReview(u"\\bvar\\s+(?:was|is)\\s+not\\b"_s);
    if (var.match(text, words).hasMatch() && !noReview.match(text).hasMatch()) {
        EventCandidate c;
        c.type = Type::Var;
        c.sentence = si;
        c.offset = sentence.start;
        const SentenceContext::Slots persons = sc.slotsIn(0, int(text.size()), u'P');
        if (!persons.isEmpty())
            c.person = t.parts.at(persons.first()).index;
        const int timeSlot = nearestTime(sc, clauses.first(), 0);
        addTime(c, timeSlot);
        c.detail = doc.sentenceText(si).trimmed();
        out.append(c);
    }
}
