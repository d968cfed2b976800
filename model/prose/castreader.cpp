#include "castreader.h"
#include "teamdirectory.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"
#include "wordlists.h"

#include "pattern.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

// "the Juventus fullback", "the Brazilian defender", "the 24-year-old": the latest player
// mentioned before, who is not the victim of a foul or the passer of a cross.
QList<TaggedSentence::Slot> CastReader::rolePhrases(const ProseDocument &doc, int sentence)
{
    // The role and nationality words are the lists of resources/data/words/.
    static const Pattern role(
            u"\\b(?:the|The)\\s+(?:former\\s+|ex-)?((?:[A-Z][\\w'.-]*\\s+){0,3})?(?:(?:\\d+|[a-z]+)-year-old|(?:[a-z-]+\\s+)?"_s
            + WordLists::builtIn().alternation(u"player-roles"_s) + u"|newcomer|"_s
            + WordLists::builtIn().alternation(u"nationalities"_s) + u")\\b"_s);
    static const Pattern pronoun(u"\\b(?:he|she|He|She)\\b(?!'s)"_s);
    QList<TaggedSentence::Slot> out;
    const Sentence &s = doc.sentences.at(sentence);
    const QStringView text = QStringView(doc.text).mid(s.start, s.end - s.start);
    const auto &mentions = doc.people.mentions();
    auto resolve = [&](int at, int roleTeam) {
        for (int i = int(mentions.size()) - 1; i >= 0; --i) {
            const auto &m = mentions.at(i);
            if (m.start >= at)
                continue;
            if (doc.sentences.at(m.sentence).paragraph < s.paragraph - 2)
                break;
            const auto &person = doc.people.person(m.person);
            if (person.official)
                continue;
            const QStringView before =
                    QStringView(doc.folded).mid(qMax(0, m.start - 24), qMin(24, m.start));
            static const Pattern cueRe1(
                    u"\\b(?:on|against|by|past|fouled|from|beat|beating)\\s+(?:[a-z-]+\\s+)?$"_s);
            // ("a save from ⟦P⟧'s attempt": the possessor did the shooting.)
            if (!m.possessive && cueRe1.match(before).hasMatch())
                continue;
            if (m.possessive
                && assistNoun().match(QStringView(doc.folded).mid(m.start + m.length, 40)).hasMatch())
                continue;
            if (roleTeam >= 0 && !person.teamVotes.isEmpty() && !person.teamVotes.contains(roleTeam))
                continue;
            return m.person;
        }
        return -1;
    };
    auto teamIn = [&](int from, int to) {
        for (const auto &t : doc.teams) {
            if (t.start >= from && t.start + t.length <= to && t.team >= 0)
                return t.team;
        }
        return -1;
    };
    auto it = role.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = s.start + int(m.capturedStart());
        const int end = s.start + int(m.capturedEnd());
        // A run of capitals that is a person is not a role: "the Brazilian" yes, "the Kalulu" no;
        // a country or a club of another match is ("the Germany midfielder").
        if (!m.captured(1).isEmpty() && teamIn(start, end) < 0
            && !People::isNeverWord(m.captured(1).trimmed())) {
            const int runStart = s.start + int(m.capturedStart(1));
            const int runEnd = s.start + int(m.capturedEnd(1));
            const bool person =
                    std::any_of(mentions.cbegin(), mentions.cend(), [&](const auto &pm) {
                        return pm.start < runEnd && pm.start + pm.length > runStart;
                    });
            // A team written by its full name, as a country is ("Germany"; "Sydney" may be
            // short for the club of the match).
            const QString run = m.captured(1).trimmed();
            const TeamDirectory &known = TeamDirectory::builtIn();
            const QList<int> teams = known.lookup(run);
            // A nationality is a role's word too ("the Australian striker").
            const bool nationality = WordLists::builtIn().contains(u"nationalities"_s, run);
            if (person
                || (!nationality && (teams.size() != 1 || known.team(teams.first()).name != run)))
                continue;
        }
        int roleTeam = m.captured(0).contains(u"former"_s) ? -1 : teamIn(start, end);
        if (roleTeam != doc.homeTeam && roleTeam != doc.awayTeam)
            roleTeam = -1; // "the Ireland international" in a club match

        const int person = resolve(start, roleTeam);
        if (person < 0)
            continue;
        TaggedSentence::Slot slot { u'P', person, -1, start, end };
        slot.implicit = true;
        slot.roleTeam = roleTeam;
        out.append(slot);
    }
    auto pit = pronoun.globalMatch(text);
    while (pit.hasNext()) {
        const auto m = pit.next();
        const int start = s.start + int(m.capturedStart());
        const int person = resolve(start, -1);
        if (person < 0)
            continue;
        TaggedSentence::Slot slot { u'P', person, -1, start, start + int(m.capturedLength()) };
        slot.implicit = true;
        out.append(slot);
    }
    return out;
}

// The cast rules of resources/data/rules/cast.rules: "Fulham defender Sam Cole", "Chelsea's
// Guro Reiten", "Sam Cole (Fulham)", "Tom Ash's Fulham" (a manager).
void CastReader::recordAffiliations(ProseDocument &doc, const TaggedSentence &t)
{
    for (const TaggedSentence::Slot &slot : t.parts) {
        if (slot.kind == u'P' && slot.implicit && slot.roleTeam >= 0)
            doc.people.person(slot.index).teamVotes[slot.roleTeam] += 2;
    }
    static const Pattern token(u"\u27e6([PT])(\\d+)\u27e7"_s);
    // The {T}s and {P}s of a stretch of the tagged text, as slot numbers, in order.
    auto tokensIn = [&](int from, int to, QChar kind) {
        QList<int> out;
        auto it = token.globalMatch(QStringView(t.text).mid(from, to - from));
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedView(1).at(0) == kind)
                out.append(m.capturedView(2).toInt());
        }
        return out;
    };
    const RuleBook &book = RuleBook::builtIn();
    for (const RuleMatch &rm : book.matches(u"side"_s, t.text)) {
        const Rule &rule = *rm.rule;
        const int start = int(rm.match.capturedStart());
        const int end = int(rm.match.capturedEnd());
        const QString unless = rule.value(u"unless"_s);
        if (!unless.isEmpty()) {
            static QHash<QString, Pattern> compiled;
            static QMutex lock;
            QMutexLocker locker(&lock);
            auto c = compiled.constFind(unless);
            if (c == compiled.cend())
                c = compiled.insert(
                        unless, Pattern(RuleBook::expand(unless, WordLists::builtIn(), nullptr)));
            if (c->match(QStringView(t.text).mid(qMax(0, start - 30), qMin(30, start))).hasMatch())
                continue;
        }
        const QList<int> teams = tokensIn(start, end, u'T');
        QList<int> persons = tokensIn(start, end, u'P');
        const int teamNumber = rule.value(u"team"_s, u"1"_s).toInt() - 1;
        const int personNumber = rule.value(u"person"_s, u"1"_s).toInt() - 1;
        if (teamNumber < 0 || teamNumber >= teams.size() || personNumber < 0
            || personNumber >= persons.size())
            continue;
        const TaggedSentence::Slot &teamSlot = t.parts.at(teams.at(teamNumber));
        QList<int> players { persons.at(personNumber) };
        if (rule.flag(u"joined"_s)) {
            // "..., Sam Cole and Leo Dunn": everyone joined to the player by "and" or commas.
            static const Pattern joinedNext(
                    RuleBook::expand(u"^(?:,|\\s+and|,\\s+and)\\s+(?:@player-roles\\s+)?{P}"_s,
                                     WordLists::builtIn(), nullptr));
            int from = t.parts.at(players.last()).tokenEnd;
            while (true) {
                const auto m = joinedNext.match(QStringView(t.text).mid(from));
                if (!m.hasMatch())
                    break;
                players.append(m.capturedView(1).toInt());
                from += int(m.capturedEnd());
            }
        }
        const int weight = rule.value(u"weight"_s, u"2"_s).toInt();
        for (int slot : std::as_const(players)) {
            const TaggedSentence::Slot &p = t.parts.at(slot);
            if (p.kind != u'P' || teamSlot.kind != u'T')
                continue;
            People::Person &person = doc.people.person(p.index);
            if (rule.flag(u"manages"_s))
                person.official = true;
            if (weight > 0)
                person.teamVotes[teamSlot.index] += weight;
        }
    }
}
