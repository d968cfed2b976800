#include "cardreader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

namespace {

using Type = MatchEvent::Type;

struct CardTrigger
{
    Pattern pattern;
    Type type;
    int count; // "two bookings": a yellow, then a second yellow
};

const QList<CardTrigger> &cardTriggers()
{
    static const QList<CardTrigger> list {
        { tokenPattern(
                  u"\\b(?:second\\s+(?:yellow|booking|caution|bookable\\s+offen[cs]e)|cautioned\\s+for\\s+a\\s+second\\s+time|booked\\s+for\\s+a\\s+second\\s+time|yellow-red|two\\s+yellows)\\b"_s)
                  .needing({ "seco", "caut", "book", "yell" }),
          Type::SecondYellow, 1 },
        { tokenPattern(u"\\b(?:two\\s+(?:bookings|yellow\\s+cards|cautions))\\b"_s)
                  .needing({ "two" }),
          Type::SecondYellow, 2 },
        { tokenPattern(
                  u"\\b(?:sent\\s+off|sending\\s+off|sendings\\s+off|sent\\s+packing|red[\\s-]carded|(?:straight\\s+)?red\\s+cards?|straight\\s+reds?|reds\\b|sees\\s+red|saw\\s+red|marching\\s+orders|dismissed|dismissals?|early\\s+bath|given\\s+his\\s+(?:marching\\s+)?orders)"_s)
                  .needing({ "sent", "send", "red", "marc", "dism", "bath", "orde" }),
          Type::RedCard, 1 },
        { tokenPattern(u"(?<!already\\s)\\b(?:booked|yellow\\s+card|cautioned|booking|yellow\\b)"_s)
                  .needing({ "book", "yell", "caut" }),
          Type::YellowCard, 1 },
    };
    return list;
}

// The players a card trigger names: the subject written just before it (with any joined by
// "and"), a possessor ("⟦P⟧'s sending off"), or those listed after "for", "of" or "to".
QList<int> cardPersons(const SentenceContext &sc, const Clause &clause, int triggerStart,
                       int triggerEnd)
{
    const TaggedSentence &t = sc.tagged;
    static const Pattern tokenRe(u"\u27e6P(\\d+)\u27e7"_s);
    static const Pattern gapBefore(
            u"^(?:'s?)?(?:\\s*\\(\u27e6T\\d+\u27e7\\)|\\s+of\\s+(?:the\\s+)?\u27e6T\\d+\u27e7|\\s*,\\s*(?:(?:an?|the)\\s+)?[^,\u27e6]{0,30}(?:\u27e6T\\d+\u27e7[^,\u27e6]{0,30})?,)?(?:\\s+(?:was|were|is|has\\s+been|had\\s+been|had|been|being|then|also|later|duly|both|each|shown|received|receiving|picked\\s+up|picking\\s+up|saw|sees|given|handed|got|earned|collected|a|an|the|his|her|their|straight|second|yellow|early|for|to|off|sent|quickly|subsequently|controversially|rightly|harshly|\\d+\\w*|[\\w-]+ly))*\\s*$"_s);
    static const Pattern joiner(
            u"^(?:'s?)?\\s*(?:,|and|,\\s*and)\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+(?:[a-z-]+\\s+)?|(?:substitute|defender|midfielder|striker|forward|winger|captain|goalkeeper|keeper)\\s+)?$"_s);
    static const Pattern listAfter(
            u"^\\s*(?:cards?|reds?|yellows?|orders|bookings?)?\\s*(?:for|of|to|on)\\s+(?:the\\s+)?(?:(?:\u27e6T\\d+\u27e7'?s?|[a-z-]+)\\s+){0,2}$"_s);
    QList<QPair<int, int>> persons; // slot, position
    auto it = tokenRe.globalMatch(t.text, clause.start);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() >= clause.end)
            break;
        const int slot = m.captured(1).toInt();
        if (!sc.isOfficial(slot))
            persons.append({ slot, int(m.capturedStart()) });
    }
    static const Pattern relativeClause(
            u",\\s*(?:who\\s+[^,]*|already\\s+(?:booked|cautioned|on\\s+a\\s+(?:yellow|booking))|[a-z]+ly)\\s*,"_s);
    QList<int> chosen;
    // The persons in the order the sentence names them.
    auto inTextOrder = [&](QList<int> people) {
        auto firstAt = [&](int person) {
            for (const auto &slot : t.parts) {
                if (slot.kind == u'P' && slot.index == person)
                    return slot.tokenStart;
            }
            return 0;
        };
        std::stable_sort(people.begin(), people.end(),
                         [&](int a, int b) { return firstAt(a) < firstAt(b); });
        return people;
    };
    auto add = [&](int slot) {
        const int person = t.parts.at(slot).index;
        if (!chosen.contains(person))
            chosen.append(person);
    };
    // A card verb with its object: "the referee booked ⟦P⟧", "Bell sent off ⟦T⟧'s ⟦P⟧", "...
    // booked ⟦T⟧ midfielder ⟦P⟧". The person named right after is the player; whoever is named
    // before gave the card.
    static const Pattern activeVerb(u"^(?:booked|cautioned|sent\\s+off|dismissed)$"_s);
    static const Pattern objectGap(
            u"^\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+)?(?:[a-z-]+\\s+)?$"_s);
    if (activeVerb.match(QStringView(t.text).mid(triggerStart, triggerEnd - triggerStart))
                .hasMatch()) {
        for (int i = 0; i < persons.size(); ++i) {
            if (persons.at(i).second < triggerEnd)
                continue;
            if (!objectGap
                         .match(QStringView(t.text).mid(triggerEnd,
                                                        persons.at(i).second - triggerEnd))
                         .hasMatch())
                break;
            add(persons.at(i).first);
            for (int j = i + 1; j < persons.size(); ++j) {
                const int prevEnd = sc.slotEnd(persons.at(j - 1).first);
                if (!joiner.match(QStringView(t.text).mid(prevEnd, persons.at(j).second - prevEnd))
                             .hasMatch())
                    break;
                add(persons.at(j).first);
            }
            return inTextOrder(chosen);
        }
    }
    // Before the trigger: the nearest person with nothing but auxiliary words in between, then
    // those joined to it.
    for (int i = int(persons.size()) - 1; i >= 0; --i) {
        const int end = sc.slotEnd(persons.at(i).first);
        if (end > triggerStart)
            continue;
        QString gap = t.text.mid(end, triggerStart - end);
        gap = relativeClause.removedFrom(gap);
        if (!gapBefore.match(gap).hasMatch())
            break;
        add(persons.at(i).first);
        for (int j = i - 1; j >= 0; --j) {
            const int jEnd = sc.slotEnd(persons.at(j).first);
            if (!joiner.match(t.text.mid(jEnd, persons.at(j + 1).second - jEnd)).hasMatch())
                break;
            add(persons.at(j).first);
        }
        break;
    }
    // After the trigger: "for ⟦P⟧ and ⟦P⟧", "of ⟦P⟧".
    for (int i = 0; i < persons.size(); ++i) {
        if (persons.at(i).second < triggerEnd)
            continue;
        const QString gap = t.text.mid(triggerEnd, persons.at(i).second - triggerEnd);
        if (!listAfter.match(gap).hasMatch() || gap.startsWith(u" on"_s))
            break;
        add(persons.at(i).first);
        for (int j = i + 1; j < persons.size(); ++j) {
            const int prevEnd = sc.slotEnd(persons.at(j - 1).first);
            if (!joiner.match(t.text.mid(prevEnd, persons.at(j).second - prevEnd)).hasMatch())
                break;
            add(persons.at(j).first);
        }
        break;
    }
    return inTextOrder(chosen);
}

const Pattern &cardNegation()
{
    static const Pattern r =
            tokenPattern(
                    u"\\b(?:should\\s+have|could\\s+have|would\\s+have|might\\s+have|escaped|avoided|lucky\\s+not|appealed|claims?\\s+for|no\\s+(?:red|yellow)|ago\\b|last\\s+season|earlier\\s+(?:this|in\\s+the)\\s+season|of\\s+the\\s+season|season\\s+running|ban\\b|suspended|suspension|tally|will\\s+miss|miss\\s+(?:the|next)|rescinded|overturned)"_s)
                    .needing({ "shou", "coul", "woul", "migh", "esca", "avoi", "luck", "appe",
                               "clai", "no", "ago", "seas", "ban", "susp", "tall", "miss", "resc",
                               "over" });
    return r;
}

const Pattern &manCount()
{
    // "10-man Juventus", "reduced to 10 men", "finished with nine men", "down to 10 men"
    static const Pattern r =
            tokenPattern(
                    u"\\b(ten|10|nine|9|eight|8)[\\s-]man\\s+{T}|{T}'s?\\s+(ten|10|nine|9|eight|8)\\s+men\\b|(?:{T}|the\\s+(?:hosts|visitors|home\\s+(?:side|team)|away\\s+(?:side|team)))[^\u27e6.;]{0,40}?\\b(?:reduced\\s+to|down\\s+to|finished\\s+with|ended\\s+with|playing\\s+with|with\\s+only|left\\s+with)\\s+(?:only\\s+)?(ten|10|nine|9|eight|8)\\s+men|\\bboth\\s+(?:sides|teams)\\s+(?:finished|ended|went\\s+down|were\\s+reduced|reduced)\\s+(?:with|to)\\s+(ten|10)\\s+men|{T}[^\u27e6.;]{0,60}?\\b(?:lose|lost|had)\\s+(two|three|2|3)\\s+(?:players|men)\\s+(?:to\\s+red\\s+cards|sent\\s+off)"_s)
                    .needing(WordStarts::Keys { "man", "men", "play" }.andOneOf(
                            { "ten", "nine", "eigh", "two", "thre", "#" }));
    return r;
}

int menNumber(const QString &word)
{
    static const QHash<QString, int> words {
        { u"ten"_s, 10 }, { u"nine"_s, 9 }, { u"eight"_s, 8 }, { u"two"_s, 2 }, { u"three"_s, 3 }
    };
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : words.value(word, -1);
}


} // namespace

void CardReader::readManCounts(SentenceContext &sc, NarrativeState &reading,
                               QList<EventCandidate> &out)
{
    ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;

    // ---- team man counts ("10-man Juventus") become a fact the resolver uses
    {
        auto it = manCount().globalMatch(text, words);
        while (it.hasNext()) {
            const auto m = it.next();
            EventCandidate c;
            c.type = Type::RedCard;
            c.sentence = si;
            c.offset = t.documentOffset(int(m.capturedStart()));
            c.goalsFromCount = true; // a count of dismissals, not a card by itself
            QString number;
            int teamSlot = -1;
            for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
                if (m.captured(g).isEmpty())
                    continue;
                const bool slotDigits = m.capturedStart(g) >= 2
                        && QStringView(text).mid(m.capturedStart(g) - 2, 2) == u"\u27e6T";
                if (slotDigits)
                    teamSlot = m.captured(g).toInt();
                else if (menNumber(m.captured(g)) > 0)
                    number = m.captured(g);
            }
            const int n = menNumber(number);
            if (n <= 0)
                continue;
            c.count = n >= 8 ? 11 - n : n;
            static const Pattern home(u"\\b(?:hosts|home\\s+(?:side|team))\\b"_s);
            static const Pattern away(u"\\b(?:visitors|away\\s+(?:side|team))\\b"_s);
            if (home.match(m.captured(0)).hasMatch())
                c.team = doc.homeTeam;
            else if (away.match(m.captured(0)).hasMatch())
                c.team = doc.awayTeam;
            else if (teamSlot >= 0)
                c.team = t.parts.at(teamSlot).index;
            c.detail = m.captured(0).startsWith(u"both"_s) ? u"both"_s : QString();
            out.append(c);
            // "⟦P⟧ then handled in the area ten minutes from time. With the home side down
            // to nine men, ...": the offender was sent off for it, then.
            const bool cardWords = std::any_of(
                    cardTriggers().cbegin(), cardTriggers().cend(),
                    [&](const CardTrigger &k) { return k.pattern.match(text, words).hasMatch(); });
            if (reading.offenceJustBefore(si) && reading.offender >= 0 && !cardWords
                && c.detail.isEmpty()) {
                EventCandidate red;
                red.type = Type::RedCard;
                red.person = reading.offender;
                red.sentence = si;
                red.offset = c.offset;
                red.time = reading.offenceTime;
                red.detail = t.original(doc.text, int(m.capturedStart()), int(m.capturedEnd()));
                out.append(red);
                reading.offender = -1;
            }
        }
    }
}

void CardReader::read(SentenceContext &sc, QList<EventCandidate> &out)
{
    ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;
    auto clauseOf = [&](int pos) { return sc.clauseOf(pos); };
    auto addTime = [&](EventCandidate &c, int slot) { sc.addTime(c, slot); };
    auto soleTime = [&] { return sc.soleTime(); };

    // ---- cards
    QList<QPair<int, int>> cardSpans;
    // In the order of the text, so that "..., picking up two bookings" finds the player the
    // sentence sent off before it.
    struct CardMatch
    {
        const CardTrigger *trigger;
        int start;
        int end;
    };
    QList<CardMatch> cardMatches;
    for (const CardTrigger &trigger : cardTriggers()) {
        auto it = trigger.pattern.globalMatch(text, words);
        while (it.hasNext()) {
            const auto m = it.next();
            cardMatches.append({ &trigger, int(m.capturedStart()), int(m.capturedEnd()) });
        }
    }
    std::stable_sort(cardMatches.begin(), cardMatches.end(),
                     [](const CardMatch &a, const CardMatch &b) { return a.start < b.start; });
    for (const CardMatch &cm : cardMatches) {
        const CardTrigger &trigger = *cm.trigger;
        {
            const int ts = cm.start;
            const int te = cm.end;
            const bool overlapping =
                    std::any_of(cardSpans.cbegin(), cardSpans.cend(), [&](const auto &s) {
                        return ts < s.second + 12 && s.first < te + 12;
                    });
            if (overlapping) {
                // "sent off for a second bookable offence": the same card, said more exactly.
                if (trigger.type == Type::SecondYellow && trigger.count == 1) {
                    for (int k = int(out.size()) - 1; k >= 0 && out.at(k).sentence == si; --k) {
                        if (out.at(k).type == Type::RedCard && !out.at(k).goalsFromCount)
                            out[k].type = Type::SecondYellow;
                    }
                }
                cardSpans.append({ ts, te });
                continue;
            }
            const Clause clause = clauseOf(ts);
            const QStringView clauseText =
                    QStringView(text).mid(clause.start, clause.end - clause.start);
            if (cardNegation().match(clauseText, words).hasMatch())
                continue;
            static const Pattern cueRe4(u"\\b(?:should|could|would)\\s+have\\s+(?:been\\s+)?$"_s);
            if (cueRe4.foundIn(QStringView(text).mid(qMax(0, ts - 25), qMin(25, ts))))
                continue;
            // Everyone the card is for: "⟦P⟧ and ⟦P⟧ were shown red cards", "the dismissals
            // of ⟦P⟧ and ⟦P⟧", "⟦P⟧'s sending off", "having ⟦P⟧ sent off", "a red card for ⟦P⟧".
            QList<int> chosen = cardPersons(sc, clause, ts, te);
            if (chosen.isEmpty()) {
                // "..., picking up two bookings": the player of the sentence's other card.
                for (int k = int(out.size()) - 1; k >= 0 && chosen.isEmpty(); --k) {
                    const EventCandidate &o = out.at(k);
                    if (o.sentence == si && o.person >= 0
                        && (o.type == Type::RedCard || o.type == Type::SecondYellow
                            || o.type == Type::YellowCard)
                        && !o.goalsFromCount)
                        chosen.append(o.person);
                }
            }
            const int timeSlot = nearestTime(sc, clause, ts);
            const int team = cardTeam(sc, ts);
            auto make = [&](int person, Type type) {
                EventCandidate c;
                c.type = type;
                c.person = person;
                c.sentence = si;
                c.offset = t.documentOffset(ts);
                c.team = team;
                c.teamFromPlayer = true;
                addTime(c, timeSlot);
                if (!c.time)
                    addTime(c, soleTime());
                c.detail = t.original(doc.text, ts, te);
                return c;
            };
            if (chosen.isEmpty())
                continue; // a card for nobody named: the man counts cover it
            cardSpans.append({ ts, te });
            for (int person : chosen) {
                if (trigger.count == 2) {
                    // "two bookings in two minutes": the first a minute or so before.
                    EventCandidate second = make(person, Type::SecondYellow);
                    EventCandidate first = make(person, Type::YellowCard);
                    static const Pattern span(
                            u"\\bin\\s+(?:the\\s+space\\s+of\\s+)?(two|2|three|3)\\s+minutes\\b"_s);
                    if (second.time && second.time->kind == TimeExpression::Kind::Minute
                        && span.match(clauseText).hasMatch()) {
                        TimeExpression earlier = *second.time;
                        earlier.time = MatchTime::fromMinute(second.time->time.minute() - 1);
                        first.time = earlier;
                    } else {
                        first.time.reset();
                    }
                    out.append(first);
                    out.append(second);
                } else {
                    out.append(make(person, trigger.type));
                }
            }
        }
    }
}
