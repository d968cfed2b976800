#include "eventarguments.h"

#include "prosedocument.h"
#include "rulebook.h"
#include "wordlists.h"

#include "pattern.h"

using namespace Qt::Literals::StringLiterals;

namespace EventArguments {

// Nouns for the pass or cross that made a goal: their possessor assisted, did not score.
const Pattern &assistNoun()
{
    static const Pattern r = tokenPattern(
            u"^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:cross|crosses|pass|through\\s+ball|ball|corner|free[\\s-]kick|delivery|flick|lay-off|knockdown|knock-down|cut-back|cutback|assist|set-piece|throw|shot)\\b"_s);
    return r;
}

namespace {

int slotPosition(const TaggedSentence &t, int slot)
{
    return t.parts.at(slot).tokenStart;
}

int slotEnd(const TaggedSentence &t, int slot)
{
    return t.parts.at(slot).tokenEnd;
}

SlotCues slotCues(const TaggedSentence &t, int slot, const WordStarts &words)
{
    const int pos = slotPosition(t, slot);
    const int end = slotEnd(t, slot);
    const QStringView before = QStringView(t.text).mid(qMax(0, pos - 40), qMin(40, pos));
    const QStringView after = QStringView(t.text).mid(end, 60);
    const bool possessive = after.startsWith(u'\'');
    double score = 0;
    static const Pattern keeperBefore =
            Pattern(u"\\b(?:past|beat|beating|beyond|sending|sent|over|rounded|rounding|beaten)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?$|\\b(?:goalkeeper|keeper|custodian|goalie)\\s+$"_s)
                    .needing({ "past", "beat", "beyo", "send", "sent", "over", "roun", "goal",
                               "keep", "cust" });
    static const Pattern victimBefore(
            u"\\b(?:(?:on|against|fouled|fouling|tripped|upended|felled|pushed|pulled|robbed|skinned|beat|beating|ahead\\s+of|in\\s+front\\s+of|fouled\\s+by|brought\\s+down\\s+by|above|marker)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?|off\\s+(?:the\\s+)?(?:(?:defender|keeper|goalkeeper|[a-z-]+back)\\s+)?)$"_s);
    static const Pattern assistVerbAfter(
            u"^(?:,)?\\s*(?:who\\s+|then\\s+|had\\s+)?(?:crossed|crosses|passed|squared|set\\s+up|laid|teed\\s+up|played|slipped|whipped\\s+(?:over|in)|sent\\s+a\\s+cross|flicked\\s+the\\s+ball|found|picked\\s+out|delivered|to\\s+cross|skinned|broke|was\\s+(?:fouled|brought|upended|pulled|pushed))\\b"_s);
    static const Pattern victimAfter =
            Pattern(u"^\\s+(?:was|were|had\\s+been)\\s+(?:fouled|brought|upended|tripped|pushed|pulled)"_s)
                    .needing(WordStarts::Keys { "was", "were", "had" }.andOneOf(
                            { "foul", "brou", "upen", "trip", "push", "pull" }));

    if (keeperBefore.match(before, words).hasMatch())
        score -= 8;
    static const Pattern crossFrom =
            Pattern(u"\\b(?:cross|pass|corner|delivery|through\\s+ball|free[\\s-]kick|lay-off|flick)\\s+from\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?$"_s)
                    .needing(WordStarts::Keys { "cros", "pass", "corn", "deli", "ball", "kick",
                                                "lay", "flic" }
                                     .andOneOf({ "from" }));
    if (crossFrom.match(before, words).hasMatch())
        score -= 8;
    static const Pattern steppedUp =
            Pattern(u"^\\s+(?:then\\s+)?stepped\\s+up\\b"_s).needing({ "step" });
    if (steppedUp.match(after, words).hasMatch())
        score += 6;
    if (possessive && assistNoun().match(after).hasMatch())
        score -= 8;
    if (assistVerbAfter.match(after).hasMatch())
        score -= 7;
    if (victimAfter.match(after, words).hasMatch())
        score -= 8;
    // "with ⟦P⟧ sending the goalkeeper the wrong way": the taker of a penalty.
    static const Pattern wrongWay =
            Pattern(u"^\\s+(?:then\\s+)?(?:sending|sent|sends|send)\\s+[^.;,]{0,50}?\\bthe\\s+wrong\\s+way\\b"_s)
                    .needing({ "wron" });
    if (wrongWay.match(after, words).hasMatch())
        score += 8;
    return { score, victimBefore.match(before).hasMatch(), before.contains(u"net off"_s) };
}

} // namespace

// How strongly the wording makes a person the scorer of the goal a trigger names.
double scorerScore(SentenceContext &sc, int slot, int triggerStart, int triggerEnd, bool noun,
                   bool ownGoal)
{
    const TaggedSentence &t = sc.tagged;

    if (sc.isOfficial(slot))
        return -100;
    const int pos = sc.slotPosition(slot);
    const int end = sc.slotEnd(slot);
    const QStringView before = QStringView(t.text).mid(qMax(0, pos - 40), qMin(40, pos));
    const bool possessive = end >= 0 && end < t.text.size() && t.text.at(end) == u'\'';
    static const Pattern subjectVerbAfter(
            u"^(?:,\\s*(?:however|though|then|meanwhile)\\s*,)?\\s*(?:(?:then|also|later|again|duly|finally|eventually|had|has|who|through|clear|free|[a-z]+ly)\\s+){0,2}"_s);
    // "a header from Fulham's Ian Bell", "through substitute Leo Dunn"
    static const Pattern byBefore(RuleBook::expand(
            u"\\b(?:from|by|through|courtesy\\s+of|via)\\s+(?:the\\s+)?(?:{T}'?s?\\s+)?(?:(?:@player-roles|@player-modifiers|@nationalities)\\s+){0,2}$"_s,
            WordLists::builtIn(), nullptr));
    if (sc.cues.size() < t.parts.size())
        sc.cues.resize(t.parts.size());
    std::optional<SlotCues> &cues = sc.cues[slot];
    if (!cues)
        cues = slotCues(t, slot, sc.words);
    double score = cues->score;
    const bool victim = cues->victim;
    if (victim && !ownGoal)
        score -= 6;
    if (ownGoal && cues->netOff)
        score += 8;
    // "took a lead through ⟦P⟧", "a winner from ⟦P⟧"
    if (!noun && pos >= triggerEnd && pos - triggerEnd <= 30 && byBefore.match(before).hasMatch())
        score += 6;
    if (noun) {
        // "⟦P⟧'s header", "⟦P⟧ penalty", "winner from ⟦P⟧"
        static const Pattern timeToken(u"\u27e6M\\d+\u27e7"_s);
        const QString between = timeToken.removedFrom(t.text.mid(end, qMax(0, triggerStart - end)));
        if (end <= triggerStart && between.size() <= 32 && !between.contains(u'\u27e6')
            && (possessive || between.size() <= 1))
            score += 6;
        if (pos >= triggerEnd && pos - triggerEnd <= 40 && byBefore.match(before).hasMatch()
            && !victim) // "a spot kick when ⟦P⟧ was fouled by ⟦P⟧"
            score += 6;
    }
    // "headed a ⟦P⟧ free kick into his own net": a player written before the ball he played
    // is its passer, not the scorer.
    static const Pattern articleBefore(u"\\b(?:a|an|the)\\s+$"_s);
    static const Pattern ballAfter(
            u"^\\s+(?:free[\\s-]kick|corner|cross|pass|through[\\s-]ball|shot|effort|delivery|ball|centre|set[\\s-]piece|throw)\\b"_s);
    if (!possessive && articleBefore.match(before).hasMatch()
        && ballAfter.match(QStringView(t.text).mid(end, 20)).hasMatch())
        score -= 6;
    // "an assist from ⟦P⟧", "a cross from ⟦P⟧": the player who gave the ball, not the scorer.
    static const Pattern passFrom(
            u"\\b(?:assist|pass|cross|feed|delivery|through[\\s-]ball|corner|free[\\s-]kick|centre|lay-off|knock-?down|flick-on|cut-?back|set-up|ball)\\s+(?:[a-z-]+\\s+)?(?:from|by)\\s+(?:the\\s+)?(?:\u27e6T\\d+\u27e7'?s?\\s+)?(?:[a-z-]+\\s+)?$"_s);
    if (passFrom.match(before).hasMatch())
        score -= 8;
    // "added a third with ⟦P⟧ finishing off a fine move": the one the goal is told through.
    static const Pattern withBefore(u"\\bwith\\s+$"_s);
    static const Pattern ingAfter(u"^\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}ing\\b"_s);
    if (pos >= triggerEnd && pos - triggerEnd <= 40 && !victim
        && withBefore.match(before).hasMatch()
        && !QStringView(t.text).mid(triggerEnd, pos - triggerEnd).contains(u',')
        && ingAfter.match(QStringView(t.text).mid(end, 30)).hasMatch())
        score += 5;
    // "⟦P⟧ sending ⟦Q⟧ through to equalise": Q scores, P gave the pass.
    if (end <= triggerStart) {
        const QStringView between = QStringView(t.text).mid(end, triggerStart - end);
        static const Pattern throughTo(u"^\\s+(?:through|in|clear)\\s+(?:on\\s+goal\\s+)?$"_s);
        static const Pattern passedTo(
                u"^\\s+(?:sending|sent|sends|played|playing|plays|slipped|slipping|slips|put|putting|released|releasing|releases|threaded|threading|set|setting)\\s+(?:[a-z-]+\\s+)?\u27e6P\\d+\u27e7\\s+(?:through|in|clear|up)\\b"_s);
        if (throughTo.match(between).hasMatch())
            score += 5;
        else if (passedTo.match(between).hasMatch())
            score -= 5;
    }
    // "After ⟦P⟧ was sent off, Fulham went ahead": the team opening the trigger's part of the
    // sentence is its subject, not the person before.
    static const Pattern teamSubjectBetween(
            u",\\s+(?:the\\s+)?(?:\u27e6T\\d+\u27e7|hosts|visitors)\\s"_s);
    if (end <= triggerStart
        && teamSubjectBetween.match(QStringView(t.text).mid(end, triggerStart - end)).hasMatch())
        score -= 4;
    // The person is the subject of the trigger verb: "⟦P⟧ fired home", "⟦P⟧, however, equalised",
    // "⟦P⟧, who surged into the box and calmly placed it".
    // "⟦P⟧ at the far post, who tapped home", "⟦P⟧, quiet as he had been against ⟦T⟧, equalised".
    static const Pattern relative(
            u"^(?:\\s+(?:at|in|on|inside|near|by)\\s+(?:the\\s+)?[a-z-]+(?:\\s+[a-z-]+)?)?,?\\s*who\\s+[^\u27e6,.;]{0,70}$"_s);
    static const Pattern apposition(
            u"^,\\s*(?:[^\u27e6,.;]|\u27e6[PTM]\\d+\u27e7){6,100},\\s*(?:(?:then|later|finally|[a-z]+ly)\\s+)?$"_s);
    if (end <= triggerStart && triggerStart - end <= 80) {
        const QStringView between = QStringView(t.text).mid(end, triggerStart - end);
        const auto m = subjectVerbAfter.match(between);
        static const Pattern verbObject(
                u"^\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:the\\s+)?\u27e6P\\d+\u27e7'?s?\\s+(?:[a-z]+\\s+)?$"_s);
        if (!possessive && m.hasMatch() && m.capturedLength() == between.size())
            score += 6;
        else if (!possessive
                 && (relative.match(between).hasMatch() || apposition.match(between).hasMatch()))
            score += 5;
        else if (!possessive && !between.contains(u'\u27e6') && !between.contains(u',')
                 && between.size() < 45)
            score += 3;
        else if (!possessive && QStringView(t.text).mid(triggerStart, 3) == u"to "
                 && verbObject.match(between).hasMatch())
            score += 4; // "⟦P⟧ rose above ⟦P⟧ to power in a header"
    }
    // The subject that opens the clause, with no other name before the trigger: "⟦P⟧ wrote his
    // name into folklore by handing the visitors the lead".
    static const Pattern clauseOpening(
            u"(?:^|[.;:]\\s|,\\s(?:but|and|while)\\s|\\s(?:but|while|before|after|until)\\s)(?:[a-z-]+\\s+){0,2}$"_s);
    if (end <= triggerStart
        && !QStringView(t.text).mid(end, triggerStart - end).contains(u"\u27e6P")
        && clauseOpening.match(QStringView(t.text).left(pos)).hasMatch() && !possessive)
        score += 3;
    // ", with ⟦P⟧ levelling": another player's event.
    static const Pattern subClause(u",\\s*(?:with|as)\\s"_s);
    if (subClause.match(QStringView(t.text).mid(qMin(end, triggerStart), qAbs(triggerStart - end)))
                .hasMatch()
        || (pos > triggerEnd
            && subClause.match(QStringView(t.text).mid(triggerEnd, pos - triggerEnd)).hasMatch()))
        score -= 5;
    const int distance = pos < triggerStart ? triggerStart - end : pos - triggerEnd;
    score -= distance * 0.02;
    return score;
}

// The time phrase of the clause nearest to a trigger.
int nearestTime(const SentenceContext &sc, const Clause &clause, int triggerStart,
                bool backReferences)
{
    const ProseDocument &doc = sc.doc;
    const TaggedSentence &t = sc.tagged;

    int best = -1;
    int bestDistance = 1 << 30;
    for (int slot : sc.slotsIn(clause.start, clause.end, u'M')) {
        const TimeExpression &e = doc.times.at(t.parts.at(slot).index);
        // "six minutes previously" dates what happened before, not the event itself.
        if (!backReferences && e.kind == TimeExpression::Kind::Relative && e.offset < 0)
            continue;
        // "a lead in the eighth minute, with ⟦P⟧ levelling": each side of ", with" has its own.
        {
            static const Pattern subClause(u",\\s*(?:with|as)\\s|\\sand\\s+(?=\u27e6P)"_s);
            const int at = sc.slotPosition(slot);
            const int from = qMin(at, triggerStart);
            if (subClause.match(QStringView(t.text).mid(from, qAbs(at - triggerStart))).hasMatch())
                continue;
        }
        const int pos = sc.slotPosition(slot);
        const int distance = qAbs(pos - triggerStart) + (pos < triggerStart ? 10 : 0);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = slot;
        }
    }
    return best;
}

// The side a clause credits: "for Fiorentina", "handed Inter a lead", "Vale levelled",
// "the hosts", "Wolves' 56th-minute leveller".
int creditedTeam(const SentenceContext &sc, const Clause &clause, int triggerStart,
                 int lastTeamSubject, CreditKind *kind)
{
    CreditKind ignored;
    CreditKind &how = kind ? *kind : ignored;
    how = CreditKind::None;
    const ProseDocument &doc = sc.doc;
    const TaggedSentence &t = sc.tagged;
    const WordStarts &words = sc.words;

    // "them" is the match team named last before the trigger in the same sentence; "they"
    // opening a clause may also be the last sentence's subject.
    int pronounTeam = -1;
    for (int k = 0; k < t.parts.size(); ++k) {
        const auto &slot = t.parts.at(k);
        if (slot.kind == u'T' && sc.slotPosition(k) < triggerStart
            && (slot.index == doc.homeTeam || slot.index == doc.awayTeam))
            pronounTeam = slot.index;
    }
    const QStringView text = QStringView(t.text).mid(clause.start, clause.end - clause.start);
    static const Pattern forTeam =
            tokenPattern(
                    u"\\bfor\\s+(?:the\\s+)?(?:{T}|hosts|visitors|home\\s+side|away\\s+side|home\\s+team)"_s)
                    .needing({ "for" });
    static const Pattern handed =
            tokenPattern(
                    u"\\b(?:handed|handing|gave|giving|given|give|gives|hand|hands|put|puts|putting|sent|sending|earned|secured|helped)\\s+(?:(?:the\\s+)?{T}|them|the\\s+(?:hosts|visitors|home\\s+side))|\\b(?:dragged|dragging|hauled|hauling|pulled|pulling|brought|bringing|drew|drawing)\\s+(?:(?:the\\s+)?{T}|them|the\\s+(?:hosts|visitors|home\\s+side))\\s+(?:back|level)\\b"_s)
                    .needing({ "hand", "gave", "givi", "give", "put", "sent", "send", "earn", "secu",
                               "help", "drag", "haul", "pull", "brou", "brin", "drew", "draw" });
    static const Pattern subjectTeam = tokenPattern(
            u"^\\s*(?:(?:but|and|then|however|yet|,)\\s+)*(?:the\\s+)?(?:{T}|(?:hosts|visitors|home\\s+side)\\b)"_s);
    static const Pattern possessiveTeam =
            tokenPattern(
                    u"(?:{T}|\\bthe\\s+(?:hosts|home\\s+side|visitors|away\\s+side))'s?\\s+(?:(?:[\\w-]+|{M})\\s+){0,2}?(?:leveller|equaliser|equalizer|winner|opener|goal|fightback|comeback|lead|advantage)\\b"_s)
                    .needing({ "leve", "equa", "winn", "open", "goal", "figh", "come", "lead",
                               "adva" });
    static const Pattern pronounSubject =
            tokenPattern(u"^\\s*(?:(?:but|and|then|however|,)\\s+)*(?:they|it)\\b"_s);
    auto resolve = [&](const PatternMatch &m) {
        const QString word = m.captured(0);
        static const Pattern teamToken(u"\u27e6T(\\d+)\u27e7"_s);
        if (const auto tm = teamToken.match(word); tm.hasMatch())
            return t.parts.at(tm.captured(1).toInt()).index;
        if (word.contains(u"hosts"_s) || word.contains(u"home"_s))
            return doc.homeTeam;
        if (word.contains(u"visitors"_s) || word.contains(u"away"_s))
            return doc.awayTeam;
        if (word.contains(u"them"_s) || word.contains(u"they"_s))
            return pronounTeam;
        return -1;
    };
    static const Pattern subClause(u",\\s*(?:with|as)\\s|(?:\\sand|,)\\s+(?=\u27e6P)"_s);
    const std::pair<const Pattern *, CreditKind> credits[] = {
        { &possessiveTeam, CreditKind::Possessive },
        { &forTeam, CreditKind::For },
        { &handed, CreditKind::Handed },
    };
    for (const auto &[r, credit] : credits) {
        auto it = r->globalMatch(text, words);
        int best = -1;
        int bestDistance = 1 << 30;
        while (it.hasNext()) {
            const auto m = it.next();
            const int at = int(clause.start + m.capturedStart());
            const int d = qAbs(at - triggerStart);
            // "given the hosts a lead through a penalty, with ⟦P⟧ levelling": not the same goal.
            if (subClause.match(QStringView(t.text).mid(qMin(at, triggerStart), d)).hasMatch())
                continue;
            const int team = resolve(m);
            if (team >= 0 && d < bestDistance) {
                best = team;
                bestDistance = d;
            }
        }
        if (best >= 0) {
            how = credit;
            return best;
        }
    }
    // "after the red card, Fulham went ahead when ...": the team just before the trigger, at
    // the start of its part of the sentence, is its subject.
    static const Pattern teamJustBefore = tokenPattern(
            u"(?:^\\s*|(?:[,;]|\\b(?:and|but|then|when|as|after|before|while|until|once|so|yet))\\s+)(?:the\\s+)?(?:{T}|(?:hosts|visitors|home\\s+side|away\\s+side))\\s+(?:(?:then|finally|eventually|deservedly|duly|quickly|soon|immediately|almost|had|have|were|was)\\s+)?$"_s);
    if (triggerStart > clause.start) {
        const QStringView upTo = QStringView(t.text).mid(clause.start, triggerStart - clause.start);
        if (const auto m = teamJustBefore.match(upTo); m.hasMatch()) {
            static const Pattern teamWord(
                    u"\u27e6T\\d+\u27e7|hosts|visitors|home\\s+side|away\\s+side"_s);
            if (const auto w = teamWord.match(m.capturedView(0)); w.hasMatch()) {
                const int team = resolve(w);
                if (team >= 0) {
                    how = CreditKind::Subject;
                    return team;
                }
            }
        }
    }
    if (const auto m = subjectTeam.match(text); m.hasMatch()) {
        const int team = resolve(m);
        if (team >= 0) {
            // "Fulham defender Sam Cole ...", "Fulham's Cole ...": the team names the player's
            // club, not the side the event is for.
            static const Pattern modifiesPerson(u"^(?:'s?)?\\s+(?:[a-z-]+\\s+){0,2}\u27e6P"_s);
            const QStringView after = text.mid(m.capturedEnd());
            if (modifiesPerson.match(after).hasMatch()) {
                how = CreditKind::Player;
                return team;
            }
            // "Inter were still reeling ... when ⟦P⟧ rolled the rebound in": a team the goal
            // happened to is the other side's victim.
            static const Pattern suffered(
                    u"^\\s+(?:were|was|had\\s+been)\\s+(?:still\\s+|left\\s+|soon\\s+)?(?:reeling|stunned|rocked|punished|undone|shocked|silenced|caught\\s+out|pegged\\s+back|behind|trailing|breached|opened\\s+up)\\b"_s);
            if (suffered.match(after).hasMatch() && (team == doc.homeTeam || team == doc.awayTeam)) {
                how = CreditKind::Subject;
                return team == doc.homeTeam ? doc.awayTeam : doc.homeTeam;
            }
            // "Kashima's defence was at fault, with ⟦P⟧ heading home": the team owns the
            // sentence's subject, which may be on either side of the goal.
            if (!after.startsWith(u'\'')) {
                how = CreditKind::Subject;
                return team;
            }
        }
    }
    if (pronounSubject.match(text).hasMatch()) {
        how = CreditKind::Subject;
        return pronounTeam >= 0 ? pronounTeam : lastTeamSubject;
    }
    return -1;
}

// In a part of a sentence whose words are given.
MatchEvent::BodyPart bodyPartIn(QStringView text, const WordStarts &words)
{
    static const Pattern head = Pattern(u"\\b(?:header|headed|heading|nodded|glanced)\\b"_s)
                                        .needing({ "head", "nodd", "glan" });
    static const Pattern left = Pattern(u"\\bleft[\\s-]foot(?:ed)?\\b"_s).needing({ "left" });
    static const Pattern right = Pattern(u"\\bright[\\s-]foot(?:ed)?\\b"_s).needing({ "righ" });
    if (head.match(text, words).hasMatch())
        return MatchEvent::BodyPart::Head;
    if (left.match(text, words).hasMatch())
        return MatchEvent::BodyPart::LeftFoot;
    if (right.match(text, words).hasMatch())
        return MatchEvent::BodyPart::RightFoot;
    return MatchEvent::BodyPart::Unknown;
}

std::optional<Score> scoreAfterIn(const SentenceContext &sc, const Clause &clause)
{
    const ProseDocument &doc = sc.doc;
    const TaggedSentence &t = sc.tagged;

    static const Pattern made = tokenPattern(
            u"\\b(?:made\\s+it|make\\s+it|making\\s+it|for)\\s+{S}|\\bgoing\\s+{S}\\s+up\\b"_s);
    if (sc.slotsIn(clause.start, clause.end, u'S').isEmpty())
        return std::nullopt; // no score written in the clause
    const auto m = made.match(QStringView(t.text).mid(clause.start, clause.end - clause.start));
    if (!m.hasMatch())
        return std::nullopt;
    const QString slotText = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    const auto &written = doc.scores.at(t.parts.at(slotText.toInt()).index);
    return Score { written.first, written.second };
}

// In a part of a sentence whose words are given.
int goalCount(QStringView text, const WordStarts &words)
{
    static const Pattern three =
            Pattern(u"\\b(?:hat-trick|hat\\s+trick|treble|three\\s+(?:[a-z-]+\\s+){0,2}?goals|three\\s+times)\\b"_s)
                    .needing({ "hat", "treb", "thre" });
    static const Pattern two =
            Pattern(u"\\b(?:brace|double|twice|two\\s+(?:[a-z-]+\\s+){0,2}?goals|(?:his|her)\\s+second\\s+goal|scored\\s+again|struck\\s+again|(?:his|her)\\s+second(?:\\s+goal|\\s+of\\s+the\\s+(?:game|match|night|afternoon|evening)|[,.]))\\b"_s)
                    .needing({ "brac", "doub", "twic", "two", "seco", "agai" });
    if (three.match(text, words).hasMatch())
        return 3;
    if (two.match(text, words).hasMatch())
        return 2;
    return 1;
}

} // namespace EventArguments
