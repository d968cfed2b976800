#include "cardreader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"
#include "wordlists.h"

#include "pattern.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace EventArguments;

namespace {

using Type = MatchEvent::Type;

// What a rule of the card group makes.
struct CardTrigger
{
    Type type = Type::YellowCard;
    int count = 1; // "two bookings": a yellow, then a second yellow
};

const QHash<const Rule *, CardTrigger> &cardTriggers()
{
    static const QHash<const Rule *, CardTrigger> triggers = [] {
        static const QHash<QString, Type> types { { u"yellow"_s, Type::YellowCard },
                                                  { u"second-yellow"_s, Type::SecondYellow },
                                                  { u"red"_s, Type::RedCard } };
        QHash<const Rule *, CardTrigger> out;
        for (const Rule *rule : RuleBook::builtIn().group(u"card"_s)) {
            CardTrigger t;
            t.type = types.value(rule->value(u"type"_s), Type::YellowCard);
            t.count = rule->value(u"count"_s, u"1"_s).toInt();
            out.insert(rule, t);
        }
        return out;
    }();
    return triggers;
}

// A pattern over tagged text that may name word lists (@player-roles).
Pattern listPattern(const QString &pattern)
{
    return tokenPattern(RuleBook::expand(pattern, WordLists::builtIn(), nullptr));
}

// The person a clause is about before a position: the last it names where a subject stands,
// at the clause's start or after a comma or a conjunction ("⟦T⟧'s ⟦P⟧ was ...", "when
// Argentine striker ⟦P⟧ ...", "then ⟦P⟧ ..."), not after a verb; -1 for none.
int clauseSubject(const SentenceContext &sc, const Clause &clause, int before)
{
    static const Pattern lead = listPattern(
            u"(?:^|[,;]|\\b(?:but|and|while|after|before|although|though|then|however|when|as|yet|until|once|because|since))[\\s,]*(?:\u27e6M\\d+\u27e7[\\s,]+)?(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+)?(?:(?:@player-roles|@player-modifiers|@nationalities|[a-z]+-[a-z-]+)\\s+){0,3}$"_s);
    const auto people = sc.slotsIn(clause.start, before, u'P');
    for (int k = int(people.size()) - 1; k >= 0; --k) {
        const int slot = people.at(k);
        const int at = sc.slotPosition(slot);
        if (sc.isOfficial(slot) || QStringView(sc.text).mid(sc.slotEnd(slot), 1) == u"'")
            continue; // "⟦P⟧'s cross": the possessor is not the subject
        if (lead.match(QStringView(sc.text).mid(clause.start, at - clause.start)).hasMatch())
            return slot;
    }
    return -1;
}

// The players a card trigger names: the subject written just before it (with any joined by
// "and"), a possessor ("⟦P⟧'s sending off"), those listed after "for", "of" or "to", or the
// object of a card verb ("booked ⟦P⟧"); a role phrase or pronoun as that object is the offender
// of the foul told just before.
QList<int> cardPersons(const SentenceContext &sc, const NarrativeState &reading,
                       const Clause &clause, int triggerStart, int triggerEnd)
{
    const TaggedSentence &t = sc.tagged;
    static const Pattern tokenRe(u"\u27e6P(\\d+)\u27e7"_s);
    static const Pattern gapBefore = listPattern(
            u"^(?:'s?)?(?:\\s*\\(\u27e6T\\d+\u27e7\\)|\\s+of\\s+(?:the\\s+)?\u27e6T\\d+\u27e7|\\s*,\\s*(?:(?:an?|the)\\s+)?[^,\u27e6]{0,50}(?:\u27e6T\\d+\u27e7[^,\u27e6]{0,30})?,)?(?:\\s*,?\\s+who\\b)?(?:\\s+(?:was|were|is|has\\s+been|had\\s+been|had|been|being|then|also|later|duly|both|each|@card-receive-verbs|went|going|followed\\s+(?:him|her|them)|(?:escaped|escaping|got\\s+away|getting\\s+away)\\s+with|only|just|merely|a|an|the|his|her|their|straight|second|yellow|early|for|to|off|sent|quickly|subsequently|controversially|rightly|harshly|\\d+\\w*|[\\w-]+ly))*\\s*,?\\s*$"_s);
    // Between two players of one card: "⟦P⟧ and ⟦P⟧", "⟦P⟧, Fulham's ⟦P⟧", "⟦P⟧ and left-back ⟦P⟧".
    static const Pattern joiner = listPattern(
            u"^(?:'s?)?\\s*(?:,|and|,\\s*and)\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+(?:[a-z-]+\\s+)?|(?:(?:@player-roles|@player-modifiers|@nationalities)\\s+){1,2})?$"_s);
    static const Pattern listAfter(
            u"^\\s*(?:cards?|reds?|yellows?|orders|bookings?)?\\s*(?:(?:(?:shown|given|handed|issued)\\s+)?(?:for|of|to|on)|,?\\s*as\\s+(?:was|were|did))\\s+(?:the\\s+)?(?:(?:\u27e6T\\d+\u27e7'?s?|[a-z-]+)\\s+){0,2}$"_s);
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
    // The foul told in this sentence or the one before, and who committed it.
    const int offender =
            reading.lastOffenceSentence >= 0 && sc.index - reading.lastOffenceSentence <= 1
            ? reading.lastOffender
            : -1;
    // A card verb with its object: "the referee booked ⟦P⟧", "Bell sent off ⟦T⟧'s ⟦P⟧", "...
    // booked ⟦T⟧ midfielder ⟦P⟧". The person named right after is the player; whoever is named
    // before gave the card.
    static const Pattern activeVerb(u"^(?:booked|cautioned|sent\\s+off|dismissed)$"_s);
    static const Pattern objectGap(
            u"^\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+)?(?:[a-z-]+\\s+)?$"_s);
    static const Pattern objectPronoun(u"^\\s+(?:him|her)\\b"_s);
    const QStringView trigger = QStringView(t.text).mid(triggerStart, triggerEnd - triggerStart);
    // "sent ⟦P⟧ off": the words hold the player.
    for (const auto &[slot, at] : std::as_const(persons)) {
        if (at >= triggerStart && at < triggerEnd)
            add(slot);
    }
    if (!chosen.isEmpty())
        return chosen;
    static const Pattern heldPronoun(u"\\s(?:him|her)\\s"_s);
    if (heldPronoun.match(trigger).hasMatch())
        return offender >= 0 ? QList<int> { offender } : QList<int> {};
    if (activeVerb.match(trigger).hasMatch()) {
        if (offender >= 0 && objectPronoun.match(QStringView(t.text).mid(triggerEnd)).hasMatch())
            return { offender };
        for (int i = 0; i < persons.size(); ++i) {
            if (persons.at(i).second < triggerEnd)
                continue;
            if (!objectGap
                         .match(QStringView(t.text).mid(triggerEnd,
                                                        persons.at(i).second - triggerEnd))
                         .hasMatch())
                break;
            // "booked the German stopper": the phrase was read as the last player named, but
            // the card went to the one who had just fouled.
            if (t.parts.at(persons.at(i).first).implicit && offender >= 0)
                return { offender };
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
        // "⟦P⟧, who also cautioned six players": an active verb with an object; its subject
        // gave the cards.
        static const Pattern passive(
                u"\\b(?:was|were|been|being|is|are|got|get)\\s+(?:\\S+\\s+)?$"_s);
        static const Pattern object(
                u"^\\s+(?:him|her|them|the|a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|both|each|every|no|\u27e6[PT])"_s);
        const int from = qMax(clause.start, triggerStart - 20);
        if (object.match(QStringView(t.text).mid(triggerEnd)).hasMatch()
            && !passive.match(QStringView(t.text).mid(from, triggerStart - from)).hasMatch())
            return {};
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
    if (!chosen.isEmpty())
        return inTextOrder(chosen);

    const QStringView before = QStringView(t.text).mid(clause.start, triggerStart - clause.start);
    // The card a player's foul brought: "⟦P⟧'s late challenge on ⟦P⟧ earned him a yellow card".
    static const Pattern foulEarned(
            u"\u27e6P(\\d+)\u27e7's?\\s+(?:[a-z-]+\\s+){0,2}?(?:challenge|tackle|foul|lunge|handball|dive|dissent|elbow|trip|protests?)\\s+(?:on\\s+(?:the\\s+)?(?:\u27e6P\\d+\u27e7|[a-z-]+)\\s+)?(?:\u27e6M\\d+\u27e7\\s+)?(?:earned|brought|got|cost|resulted\\s+in)\\s+(?:(?:him|her)\\s+)?(?:(?:a|an|the|his|her)\\s+)?(?:[a-z-]+\\s+)?$"_s);
    if (const auto m = foulEarned.match(before); m.hasMatch()) {
        const int slot = m.captured(1).toInt();
        if (!sc.isOfficial(slot))
            return { t.parts.at(slot).index };
    }
    // A second verb of the clause's subject: "⟦P⟧ then brought down ⟦P⟧ and was shown a
    // straight red card".
    static const Pattern coordinated(
            u"\\band\\s+(?:(?:then|later|also|duly|promptly)\\s+)?(?:(?:was|were|got|received|picked\\s+up|earned|collected|has\\s+been|had\\s+been)\\b[^\u27e6,;]*)?$"_s);
    if (coordinated.match(before).hasMatch()) {
        const int subject = clauseSubject(sc, clause, triggerStart);
        if (subject >= 0)
            return { t.parts.at(subject).index };
    }
    // "His sending-off", "for a second bookable offence": the card of the clause's subject
    // ("⟦P⟧ had turned from hero, following his goal, to villain with his sending-off"), else
    // of the person it told of last ("... with ⟦P⟧ walking off ⟦M⟧ for a second bookable
    // offence").
    static const Pattern ownCard(
            u"(?:\\b(?:his|her)\\s+(?:[a-z-]+\\s+|\u27e6M\\d+\u27e7\\s+)?|\\bfor\\s+(?:a|his|her)\\s+)$"_s);
    static const Pattern victim(
            u"\\b(?:on|against|fouled|tripped|felled|by|past|from|to)\\s+(?:[a-z-]+\\s+){0,2}$"_s);
    if (!persons.isEmpty() && ownCard.match(before).hasMatch()) {
        const int subject = clauseSubject(sc, clause, triggerStart);
        if (subject >= 0 && sc.slotPosition(subject) < triggerStart)
            return { t.parts.at(subject).index };
        for (int i = int(persons.size()) - 1; i >= 0; --i) {
            const int at = persons.at(i).second;
            if (at >= triggerStart)
                continue;
            if (victim.match(QStringView(t.text).mid(qMax(clause.start, at - 24),
                                                     at - qMax(clause.start, at - 24)))
                        .hasMatch())
                break;
            return { t.parts.at(persons.at(i).first).index };
        }
    }
    return {};
}

// Whether words that say a card was not shown (the card-not rules) are about the card at a
// position: they are in its clause, and in its part of the clause where commas part it and
// their own part tells a card ("⟦P⟧, sent off here last season, was booked": the booking
// stands); or they undo the card of the clause before theirs ("..., but VAR overturned it").
bool negates(const SentenceContext &sc, const RuleMatch &negation, const QList<RuleMatch> &cards,
             int cardStart)
{
    const int from = int(negation.match.capturedStart());
    const int to = int(negation.match.capturedEnd());
    const Clause clause = sc.clauseOf(cardStart);
    if (negation.rule->value(u"reach"_s) == u"back") {
        const Clause next = sc.clauseOf(from);
        return next.start > clause.start && next.start - clause.end <= 2;
    }
    if (from < clause.start || to > clause.end)
        return false;
    const int partStart = qMax(clause.start, int(sc.text.lastIndexOf(u',', from)) + 1);
    int partEnd = int(sc.text.indexOf(u',', to));
    partEnd = partEnd < 0 ? clause.end : qMin(partEnd, clause.end);
    const auto inPart = [&](int at) { return at >= partStart && at < partEnd; };
    const bool ownCard = std::any_of(cards.cbegin(), cards.cend(), [&](const RuleMatch &c) {
        return inPart(int(c.match.capturedStart()));
    });
    return !ownCard || inPart(cardStart);
}

// Where a sentence tells whose man a card took ("Fulham were reduced to ten men when ...", "...
// sent off for the hosts"), by the card-side rules.
struct CardSide
{
    int team = -1;
    bool after = false; // said after the card, of its players ("sent off for the hosts")
    int timeSlot = -1; // a time in the clause of words before the card: the card's
};


int teamNamedIn(const SentenceContext &sc, const NarrativeState &reading, const PatternMatch &m,
                int triggerStart)
{
    const ProseDocument &doc = sc.doc;
    static const Pattern home = listPattern(u"\\b(?:@home-side)\\b"_s);
    static const Pattern away = listPattern(u"\\b(?:@away-side)\\b"_s);
    static const Pattern they(u"^they\\b"_s);
    static const Pattern teamToken(u"\u27e6T(\\d+)\u27e7"_s);
    const QStringView words = m.capturedView(0);
    int team = -1;
    if (const auto tm = teamToken.match(words); tm.hasMatch())
        team = sc.tagged.parts.at(tm.captured(1).toInt()).index;
    else if (home.match(words).hasMatch())
        team = doc.homeTeam;
    else if (away.match(words).hasMatch())
        team = doc.awayTeam;
    else if (they.match(words).hasMatch()) {
        // The match team named last before it in the sentence, else the last sentence's.
        team = reading.lastTeamSubject;
        for (int k = 0; k < sc.tagged.parts.size(); ++k) {
            const auto &slot = sc.tagged.parts.at(k);
            if (slot.kind == u'T' && sc.slotPosition(k) < triggerStart
                && (slot.index == doc.homeTeam || slot.index == doc.awayTeam))
                team = slot.index;
        }
    }
    return (team == doc.homeTeam || team == doc.awayTeam) ? team : -1;
}

CardSide cardSide(const SentenceContext &sc, const NarrativeState &reading,
                  const QList<RuleMatch> &before, const Clause &clause, int triggerStart,
                  int triggerEnd)
{
    const ProseDocument &doc = sc.doc;
    auto sideOf = [&](const Rule *rule, int team) {
        if (team < 0 || rule->value(u"side"_s) != u"opponent")
            return team;
        return team == doc.homeTeam ? doc.awayTeam : doc.homeTeam;
    };
    CardSide out;
    // After the card in its clause: "... sent off for the visitors".
    const QStringView after = QStringView(sc.text).mid(triggerEnd, clause.end - triggerEnd);
    for (const Rule *rule : RuleBook::builtIn().group(u"card-side"_s)) {
        if (rule->value(u"where"_s) != u"after")
            continue;
        const PatternMatch m = rule->pattern.match(after);
        if (!m.hasMatch())
            continue;
        RuleBook::noteFired(rule);
        out.team = sideOf(rule, teamNamedIn(sc, reading, m, triggerStart));
        out.after = true;
        if (out.team >= 0)
            return out;
    }
    // Before it in the sentence: the words nearest the card say most ("the visitors had the
    // extra man after ...").
    const RuleMatch *nearest = nullptr;
    for (const RuleMatch &rm : before) {
        if (rm.rule->value(u"where"_s) == u"after" || rm.match.capturedEnd() > triggerStart)
            continue;
        if (!nearest || rm.match.capturedEnd() > nearest->match.capturedEnd())
            nearest = &rm;
    }
    out.after = false;
    if (!nearest)
        return out;
    out.team = sideOf(nearest->rule, teamNamedIn(sc, reading, nearest->match, triggerStart));
    const int at = int(nearest->match.capturedStart());
    out.timeSlot = nearestTime(sc, sc.clauseOf(at), int(nearest->match.capturedEnd()));
    return out;
}

// "a ⟦M⟧ winner": a time written as the adjective of another noun is that event's, not the
// card's.
bool timeOfAnotherNoun(const SentenceContext &sc, int slot)
{
    static const Pattern article(u"\\b(?:a|an|the|his|her|their)\\s+$"_s);
    static const Pattern noun(u"^\\s+[a-z]"_s);
    static const Pattern cardNoun(
            u"^\\s+(?:[a-z-]+\\s+)?(?:red|yellow|booking|caution|dismissal|sending|card)"_s);
    const int at = sc.slotPosition(slot);
    const int from = qMax(0, at - 8);
    const QStringView after = QStringView(sc.text).mid(sc.slotEnd(slot));
    return article.match(QStringView(sc.text).mid(from, at - from)).hasMatch()
            && noun.match(after).hasMatch() && !cardNoun.match(after).hasMatch();
}

// The first of "two bookings", told with the second: "in two minutes" puts it a minute before.
EventCandidate firstBooking(const EventCandidate &second, QStringView clauseText)
{
    EventCandidate first = second;
    first.type = Type::YellowCard;
    static const Pattern span(
            u"\\bin\\s+(?:the\\s+space\\s+of\\s+)?(two|2|three|3)\\s+minutes\\b"_s);
    if (second.time && second.time->kind == TimeExpression::Kind::Minute
        && second.time->time.hasMinute() && span.match(clauseText).hasMatch()) {
        TimeExpression earlier = *second.time;
        earlier.time = MatchTime::fromMinute(second.time->time.minute() - 1);
        first.time = earlier;
    } else {
        first.time.reset();
    }
    return first;
}

// "⟦M⟧ ... ⟦P⟧ was sent off with a second yellow card in the 83rd": a clock minute written
// after the card in its clause is the card's, where the time nearest the card is not a clock
// minute ("in the final minutes after ...", "moments later").
int clockMinuteAfter(const SentenceContext &sc, const Clause &clause, int triggerStart,
                     int triggerEnd)
{
    const auto minuteOf = [&](int slot) -> const TimeExpression & {
        return sc.doc.times.at(sc.tagged.parts.at(slot).index);
    };
    const int nearest = nearestTime(sc, clause, triggerStart);
    if (nearest < 0
        || (minuteOf(nearest).kind == TimeExpression::Kind::Minute
            && minuteOf(nearest).time.hasMinute()))
        return -1;
    static const Pattern otherEvent(u",|\\sand\\s+(?=\u27e6P)"_s);
    for (int slot : sc.slotsIn(triggerEnd, clause.end, u'M')) {
        const int at = sc.slotPosition(slot);
        if (otherEvent.match(QStringView(sc.text).mid(triggerEnd, at - triggerEnd)).hasMatch())
            return -1;
        const TimeExpression &e = minuteOf(slot);
        if (e.kind == TimeExpression::Kind::Minute && e.time.hasMinute())
            return slot;
    }
    return -1;
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

    // ---- team man counts ("10-man Juventus") become a fact the resolver uses
    for (const RuleMatch &rm : RuleBook::builtIn().matches(u"mancount"_s, text)) {
        const PatternMatch &m = rm.match;
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
        const int n = number.isEmpty() ? 1 : menNumber(number);
        if (n <= 0)
            continue;
        c.count = n >= 8 ? 11 - n : n;
        static const Pattern home = listPattern(u"\\b(?:@home-side)\\b"_s);
        static const Pattern away = listPattern(u"\\b(?:@away-side)\\b"_s);
        if (home.match(m.capturedView(0)).hasMatch())
            c.team = doc.homeTeam;
        else if (away.match(m.capturedView(0)).hasMatch())
            c.team = doc.awayTeam;
        else if (teamSlot >= 0)
            c.team = t.parts.at(teamSlot).index;
        if (rm.rule->value(u"side"_s) == u"opponent") {
            if (c.team != doc.homeTeam && c.team != doc.awayTeam)
                continue;
            c.team = c.team == doc.homeTeam ? doc.awayTeam : doc.homeTeam;
        }
        c.detail = rm.rule->flag(u"both"_s) ? u"both"_s : QString();
        out.append(c);
        // "⟦P⟧ then handled in the area ten minutes from time. With the home side down
        // to nine men, ...": the offender was sent off for it, then.
        if (reading.offenceJustBefore(si) && reading.offender >= 0 && c.detail.isEmpty()
            && RuleBook::builtIn().matches(u"card"_s, text).isEmpty()) {
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

void CardReader::read(SentenceContext &sc, const NarrativeState &reading, QList<EventCandidate> &out)
{
    ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const RuleBook &book = RuleBook::builtIn();

    // ---- cards
    // In the order of the text, so that "..., picking up two bookings" finds the player the
    // sentence sent off before it.
    QList<RuleMatch> cardMatches = book.matches(u"card"_s, text);
    if (cardMatches.isEmpty())
        return;
    std::stable_sort(cardMatches.begin(), cardMatches.end(),
                     [](const RuleMatch &a, const RuleMatch &b) {
                         return a.match.capturedStart() < b.match.capturedStart();
                     });
    const QList<RuleMatch> negations = book.matches(u"card-not"_s, text);
    const QList<RuleMatch> sides = book.matches(u"card-side"_s, text);
    QList<QPair<int, int>> cardSpans;
    for (const RuleMatch &cm : std::as_const(cardMatches)) {
        const CardTrigger trigger = cardTriggers().value(cm.rule);
        const int ts = int(cm.match.capturedStart());
        const int te = int(cm.match.capturedEnd());
        // Card words close together tell one card, unless a comma parts them ("⟦P⟧, who had
        // been booked ⟦M⟧, was sent off").
        const bool overlapping =
                std::any_of(cardSpans.cbegin(), cardSpans.cend(), [&](const auto &s) {
                    const int from = qMin(s.second, te);
                    const int to = qMax(s.first, ts);
                    return ts < s.second + 12 && s.first < te + 12
                            && !QStringView(text).mid(from, qMax(0, to - from)).contains(u',');
                });
        const Clause clause = sc.clauseOf(ts);
        const QStringView clauseText =
                QStringView(text).mid(clause.start, clause.end - clause.start);
        if (overlapping) {
            // "sent off for a second bookable offence": the same card, said more exactly; "sent
            // off for two bookings": and a booking before it.
            if (trigger.type == Type::SecondYellow) {
                for (int k = int(out.size()) - 1; k >= 0 && out.at(k).sentence == si; --k) {
                    if (out.at(k).type != Type::RedCard || out.at(k).goalsFromCount)
                        continue;
                    out[k].type = Type::SecondYellow;
                    if (trigger.count == 2)
                        out.append(firstBooking(out.at(k), clauseText));
                }
            }
            cardSpans.append({ ts, te });
            continue;
        }
        const bool negated =
                std::any_of(negations.cbegin(), negations.cend(),
                            [&](const RuleMatch &n) { return negates(sc, n, cardMatches, ts); });
        if (negated)
            continue;
        static const Pattern cueRe4(u"\\b(?:should|could|would)\\s+have\\s+(?:been\\s+)?$"_s);
        if (cueRe4.foundIn(QStringView(text).mid(qMax(0, ts - 25), qMin(25, ts))))
            continue;
        // Everyone the card is for: "⟦P⟧ and ⟦P⟧ were shown red cards", "the dismissals
        // of ⟦P⟧ and ⟦P⟧", "⟦P⟧'s sending off", "having ⟦P⟧ sent off", "a red card for ⟦P⟧".
        QList<int> chosen = cardPersons(sc, reading, clause, ts, te);
        if (chosen.isEmpty()) {
            // "..., picking up two bookings": the player of the sentence's other card, unless
            // another player is named between them.
            const int lastCard = cardSpans.isEmpty() ? 0 : cardSpans.last().second;
            const bool otherNamed = std::any_of(
                    t.parts.cbegin(), t.parts.cend(), [&](const TaggedSentence::Slot &slot) {
                        return slot.kind == u'P' && slot.tokenStart >= lastCard
                                && slot.tokenStart < ts && !doc.people.person(slot.index).official;
                    });
            for (int k = int(out.size()) - 1; k >= 0 && chosen.isEmpty() && !otherNamed; --k) {
                const EventCandidate &o = out.at(k);
                if (o.sentence == si && o.person >= 0
                    && (o.type == Type::RedCard || o.type == Type::SecondYellow
                        || o.type == Type::YellowCard)
                    && !o.goalsFromCount)
                    chosen.append(o.person);
            }
        }
        if (chosen.isEmpty())
            continue; // a card for nobody named: the man counts cover it
        cardSpans.append({ ts, te });

        // When: a time of the card's clause, unless it is another noun's ("a ⟦M⟧ winner"); the
        // sentence's only time; a time beside the words that say whose man it was.
        const CardSide side = cardSide(sc, reading, sides, clause, ts, te);
        int timeSlot = -1;
        for (int slot : { clockMinuteAfter(sc, clause, ts, te), nearestTime(sc, clause, ts),
                          sc.soleTime(), side.timeSlot }) {
            if (slot >= 0 && !timeOfAnotherNoun(sc, slot)) {
                timeSlot = slot;
                break;
            }
        }
        // A card for the foul told just before, and untimed, was shown when the foul was made.
        const bool forOffence = chosen.size() == 1 && chosen.first() == reading.lastOffender
                && reading.offenceSentence == reading.lastOffenceSentence
                && si - reading.lastOffenceSentence <= 1;
        auto make = [&](int person, Type type) {
            EventCandidate c;
            c.type = type;
            c.person = person;
            c.sentence = si;
            c.offset = t.documentOffset(ts);
            // Words before the card tell the side of the man lost less surely than the cast
            // tells a player's club: "After the hosts saw a goal ruled out, Fulham defender ⟦P⟧
            // picked up a second yellow card".
            c.team = side.after || doc.matchTeamOf(person) < 0 ? side.team : -1;
            c.teamFromPlayer = true;
            sc.addTime(c, timeSlot);
            if (!c.time && forOffence)
                c.time = reading.offenceTime;
            c.detail = t.original(doc.text, ts, te);
            return c;
        };
        for (int person : std::as_const(chosen)) {
            if (trigger.count == 2) {
                const EventCandidate second = make(person, Type::SecondYellow);
                out.append(firstBooking(second, clauseText));
                out.append(second);
            } else {
                out.append(make(person, trigger.type));
            }
        }
    }
}
