#include "castreader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

// "the Juventus fullback", "the Brazilian defender", "the 24-year-old": the latest player
// mentioned before, who is not the victim of a foul or the passer of a cross.
QList<TaggedSentence::Slot> CastReader::rolePhrases(const ProseDocument &doc, int sentence)
{
    static const Pattern role =
            Pattern(u"\\b(?:the|The)\\s+(?:former\\s+|ex-)?((?:[A-Z][\\w'.-]*\\s+){0,3})?(?:(?:\\d+|[a-z]+)-year-old|(?:[a-z-]+\\s+)?(?:fullback|full-back|defender|midfielder|forward|striker|winger|keeper|goalkeeper|captain|skipper|substitute|teenager|youngster|veteran|playmaker|centre-back|center-back|wing-back|left-back|right-back|attacker|international|debutant|marksman|frontman|centre-half|stopper|loanee|newcomer|Brazilian|Argentine|Argentinian|Spaniard|Frenchman|Dutchman|Englishman|Portuguese|Italian|German|Scot|Welshman|Irishman|Norwegian|Belgian|Croatian|Uruguayan|Colombian|Moroccan|Senegalese|Nigerian|Ghanaian|Ivorian|Serbian|Swede|Dane|Pole|Austrian|Swiss|American|Japanese|Australian|Mexican|Egyptian|Algerian|Cameroonian|Ecuadorian|Chilean|Peruvian))\\b"_s)
                    .needing({ "year", "full", "defe", "midf", "forw", "stri", "wing", "keep",
                               "goal", "capt", "skip", "subs", "teen", "youn", "vete", "play",
                               "cent", "left", "righ", "atta", "inte", "debu", "mark", "fron",
                               "stop", "loan", "newc", "braz", "arge", "span", "fren", "dutc",
                               "engl", "port", "ital", "germ", "scot", "wels", "iris", "norw",
                               "belg", "croa", "urug", "colo", "moro", "sene", "nige", "ghan",
                               "ivor", "serb", "swed", "dane", "pole", "aust", "swis", "amer",
                               "japa", "mexi", "egyp", "alge", "came", "ecua", "chil", "peru" });
    static const Pattern pronoun =
            Pattern(u"\\b(?:he|she|He|She)\\b(?!'s)"_s).needing({ "he", "she" });
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
                    QStringView(doc.folded).mid(qMax(0, m.start - 12), qMin(12, m.start));
            static const Pattern cueRe1(
                    u"\\b(?:on|against|by|past|fouled|from|beat|beating)\\s+(?:[a-z-]+\\s+)?$"_s);
            if (cueRe1.match(before).hasMatch())
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
    const WordStarts words = doc.sentenceWords.at(sentence).over(text);
    auto it = role.globalMatch(text, words);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = s.start + int(m.capturedStart());
        const int end = s.start + int(m.capturedEnd());
        // A run of capitals that is a person is not a role: "the Brazilian" yes, "the Kalulu" no.
        if (!m.captured(1).isEmpty() && teamIn(start, end) < 0
            && !People::isNeverWord(m.captured(1).trimmed()))
            continue;
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
    auto pit = pronoun.globalMatch(text, words);
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

// A team written right before a person names the person's club: "Juventus captain Manuel
// Locatelli", "Chelsea's Guro Reiten", "Oldham midfielder Gary McDonald".
void CastReader::recordAffiliations(ProseDocument &doc, const TaggedSentence &t)
{
    static const Pattern clubBefore =
            tokenPattern(u"{T}(?:'s?)?\\s+((?:(?:[a-z-]+|[A-Z][a-z]+)\\s+){0,3}?)$"_s);
    static const Pattern roleWords(
            u"^(?:(?:captain|skipper|defender|midfielder|striker|forward|winger|keeper|goalkeeper|substitute|sub|teenager|youngster|veteran|playmaker|fullback|full-back|centre-back|center-back|centre-half|wing-back|left-back|right-back|attacker|international|debutant|loanee|star|talisman|new|signing|top|scorer|top-scorer|midfield|pacy|young|experienced|stand-in|academy|graduate|striker|frontman|number|no|9|10|home|)\\s+)*$"_s);
    for (int k = 0; k < t.parts.size(); ++k) {
        const auto &slot = t.parts.at(k);
        if (slot.kind != u'P')
            continue;
        if (slot.implicit) {
            if (slot.roleTeam >= 0)
                doc.people.person(slot.index).teamVotes[slot.roleTeam] += 2;
            continue;
        }
        const int pos = t.parts.at(k).tokenStart;
        // "Sonia Bompastor's Blues": a person whose team it is manages it.
        static const Pattern possessesTeam(u"^'s?\\s+\u27e6T\\d+\u27e7"_s);
        if (possessesTeam.match(QStringView(t.text).mid(t.parts.at(k).tokenEnd, 12)).hasMatch())
            doc.people.person(slot.index).official = true;
        const QStringView before = QStringView(t.text).left(pos);
        if (!before.right(80).contains(u"\u27e6T"))
            continue; // no team written before the person
        const auto m = clubBefore.match(before.right(80));
        if (!m.hasMatch())
            continue;
        if (!roleWords.match(m.captured(2)).hasMatch())
            continue;
        const QStringView preceding = before.right(80).left(int(m.capturedStart()));
        static const Pattern cueRe2(
                u"\\b(?:former|ex-|old|against|beat|beating|over|past|on|from|to|at|of|with)\\s*$"_s);
        // "against Arsenal's Saka" still names Saka's club; "against Arsenal Saka" may not.
        const bool possessive = m.captured(0).contains(u'\'');
        if (!possessive && cueRe2.match(preceding).hasMatch())
            continue;
        const int team = t.parts.at(m.captured(1).toInt()).index;
        doc.people.person(slot.index).teamVotes[team] += 2;
    }
}
