#include "goalreader.h"

#include "eventarguments.h"
#include "prosedocument.h"
#include "rulebook.h"

#include "pattern.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
Q_DECLARE_LOGGING_CATEGORY(lcProse)

using namespace EventArguments;

namespace {

using Type = MatchEvent::Type;
using Effect = EventCandidate::Effect;

// ---- pattern tables -------------------------------------------------------------------------

// Whether a rule of a group matches a part of a sentence (see the goal-not, goal-void,
// goal-elsewhere, shot-missed and shot-in rules of goals.rules).
bool ruleIn(const QString &group, QStringView text)
{
    return RuleBook::builtIn().firstMatch(group, text).rule != nullptr;
}

// A goal rule of resources/data/rules/goals.rules, as the extractor reads it.
struct GoalTrigger
{
    const Rule *rule = nullptr;
    Type type = Type::Goal;
    Effect effect = Effect::None;
    bool needsCompletion = false; // a shot verb: a goal only with "home", "in", "past"...
    bool noun = false; // a goal noun: its scorer is a possessor or follows "from"/"by"/"through"
    bool teamLevel = false; // the team, not a player, may be the subject ("Vale levelled")
    bool generic = false; // a word that may be about goals in general ("goal")
};

const QHash<const Rule *, GoalTrigger> &goalTriggers()
{
    static const QHash<const Rule *, GoalTrigger> triggers = [] {
        static const QHash<QString, Type> types { { u"goal"_s, Type::Goal },
                                                  { u"own-goal"_s, Type::OwnGoal },
                                                  { u"penalty"_s, Type::PenaltyGoal } };
        static const QHash<QString, Effect> effects {
            { u"none"_s, Effect::None },           { u"opener"_s, Effect::Opener },
            { u"equaliser"_s, Effect::Equaliser }, { u"lead"_s, Effect::Lead },
            { u"winner"_s, Effect::Winner },       { u"pull-back"_s, Effect::PullBack },
            { u"double"_s, Effect::Double },       { u"restore"_s, Effect::Restore },
        };
        QHash<const Rule *, GoalTrigger> out;
        for (const Rule *rule : RuleBook::builtIn().group(u"goal"_s)) {
            GoalTrigger t;
            t.rule = rule;
            t.type = types.value(rule->value(u"type"_s, u"goal"_s), Type::Goal);
            t.effect = effects.value(rule->value(u"effect"_s, u"none"_s), Effect::None);
            const QString form = rule->value(u"form"_s, u"verb"_s);
            t.needsCompletion = form == u"shot";
            t.noun = form == u"noun";
            t.teamLevel = form == u"team";
            t.generic = rule->flag(u"generic"_s);
            out.insert(rule, t);
        }
        return out;
    }();
    return triggers;
}

// "⟦P⟧'s penalty", "⟦P⟧ penalty": the player the penalty belongs to, just before it.
const Pattern &possessorBefore()
{
    static const Pattern r = tokenPattern(u"{P}'?s?\\s+(?:[\\w-]+\\s+)?$"_s);
    return r;
}


} // namespace

void GoalReader::read(SentenceContext &sc, NarrativeState &reading, QList<EventCandidate> &out,
                      QList<QPair<int, int>> &goalSpans)
{
    ProseDocument &doc = sc.doc;
    const int si = sc.index;
    const TaggedSentence &t = sc.tagged;
    const QString &text = sc.text;
    const WordStarts &words = sc.words;
    auto clauseOf = [&](int pos) { return sc.clauseOf(pos); };
    auto addTime = [&](EventCandidate &c, int slot) { sc.addTime(c, slot); };
    auto soleTime = [&] { return sc.soleTime(); };

    // ---- goals
    const int clauseStartIndex = int(out.size());
    for (const RuleMatch &ruleMatch : RuleBook::builtIn().matches(u"goal"_s, text)) {
        const GoalTrigger trigger = goalTriggers().value(ruleMatch.rule);
        {
            const PatternMatch &m = ruleMatch.match;
            const int ts = int(m.capturedStart());
            const int te = int(m.capturedEnd());
            const Clause clause = clauseOf(ts);
            const bool overlapping =
                    std::any_of(goalSpans.cbegin(), goalSpans.cend(),
                                [&](const auto &s) { return ts < s.second && s.first < te; });
            if (overlapping)
                continue;
            const QStringView clauseText =
                    QStringView(text).mid(clause.start, clause.end - clause.start);
            const QStringView beforeTrigger =
                    QStringView(text).mid(clause.start, ts - clause.start);
            const QStringView afterTrigger = QStringView(text).mid(te, clause.end - te);
            if (ruleIn(u"goal-not"_s, beforeTrigger) || ruleIn(u"goal-elsewhere"_s, clauseText))
                continue;
            // After the goal's words, up to where other goals are told: "a late goal by ⟦P⟧
            // won it after the hosts had two goals ruled out" stands.
            static const Pattern otherGoals(
                    u"\\b(?:goals|efforts|strikes|another\\s+goal|a\\s+second\\s+goal|(?:two|three|both)\\s+(?:[a-z-]+\\s+)?goals?)\\b"_s);
            QStringView rest = QStringView(text).mid(te);
            if (const auto other = otherGoals.match(rest); other.hasMatch())
                rest = rest.left(other.capturedStart());
            const bool disallowed = ruleIn(u"goal-void"_s, clauseText.left(te - clause.start))
                    || ruleIn(u"goal-void"_s, rest);
            bool chance = false;
            if (trigger.needsCompletion) {
                // "slid Ash in", "played Dunn through": a pass to the scorer, not a shot.
                if (ruleIn(u"shot-pass"_s, afterTrigger))
                    continue;
                if (ruleIn(u"shot-missed"_s, afterTrigger))
                    chance = true;
                else if (!ruleIn(u"shot-in"_s, afterTrigger)
                         && !(m.captured(0).startsWith(u"convert"_s)))
                    continue;
            }
            if (trigger.type == Type::PenaltyGoal && trigger.noun) {
                // "penalty" alone: a goal only when the clause says it went in.
                static const Pattern scoredIt(
                        u"\\b(?:scored|scores|converted|converts|netted|made\\s+it|gave|gives|give|given|giving|handing|lead\\s+through|handed|sent|secured|earned|won\\s+it|win\\s+it|levelled|equalised|put|halved|restored|opened|goal|winner|late\\s+penalty|stoppage-time\\s+penalty|\\S+-minute\\s+penalty)\\b"_s);
                static const Pattern notScored(
                        u"\\b(?:saved|missed|miss|hit\\s+the\\s+(?:post|bar)|wide|over|appeal|appeals|screamed|shouts?|claims?|(?<!-)awarded|won\\s+(?:a|the)\\s+penalty|conceded|gave\\s+away|penalty\\s+area|penalty\\s+box|penalty\\s+spot)\\b"_s);
                if (notScored.match(clauseText).hasMatch()
                    && !clauseText.contains(u"from the penalty spot"_s)) {
                    static const Pattern missed(
                            u"\\b(?:saved|missed|hit\\s+the\\s+(?:post|bar)|wide|over\\s+the\\s+bar|kept\\s+out|failed\\s+to\\s+convert)\\b"_s);
                    if (missed.match(clauseText).hasMatch() && !ruleIn(u"goal-not"_s, beforeTrigger))
                        chance = true; // a missed penalty, handled below
                    else
                        continue;
                } else if (!scoredIt.match(clauseText).hasMatch()
                           && !possessorBefore().match(beforeTrigger).hasMatch()) {
                    continue;
                }
            }
            // "a three-point lead" is the league table's, not the match's.
            if (trigger.effect == Effect::Lead && m.captured(0).contains(u"point"_s))
                continue;
            goalSpans.append({ ts, te });

            EventCandidate c;
            c.sentence = si;
            c.offset = t.documentOffset(ts);
            c.type = trigger.type;
            c.effect = trigger.effect;
            if (trigger.type == Type::PenaltyGoal)
                c.penaltyKnown = true;
            if (disallowed) {
                c.type = Type::Chance;
                c.chance = MatchEvent::ChanceKind::Disallowed;
            } else if (chance) {
                c.type = trigger.type == Type::PenaltyGoal ? Type::MissedPenalty : Type::Chance;
                c.chance = MatchEvent::ChanceKind::Miss;
            }
            // Scorer
            const bool ownGoal = c.type == Type::OwnGoal;
            double best = 0.5;
            int bestSlot = -1;
            for (int slot : sc.slotsIn(clause.start, clause.end, u'P')) {
                const double s = scorerScore(sc, slot, ts, te, trigger.noun, ownGoal);
                if (s > best) {
                    best = s;
                    bestSlot = slot;
                    c.person = t.parts.at(slot).index;
                }
            }
            // Words that point back at the sentence's subject: "⟦P⟧ missed most of last season,
            // but his close-range volley on 31 minutes won it", "⟦P⟧ sealed the win, scoring
            // the rebound".
            if (c.person < 0) {
                static const Pattern hisBefore(
                        u"\\b(?:his|her)\\s+(?:(?:[\\w-]+|\u27e6M\\d+\u27e7)\\s+){0,2}$"_s);
                static const Pattern participle(u",\\s+(?:[a-z]+ly\\s+)?$"_s);
                const QStringView upToTrigger = QStringView(text).left(ts);
                const bool his = trigger.noun && hisBefore.match(upToTrigger).hasMatch();
                const bool pointsBack = his
                        || (m.capturedView(0).endsWith(u"ing")
                            && participle.match(upToTrigger).hasMatch());
                int subject = -1;
                for (int slot : sc.slotsIn(0, ts, u'P')) {
                    if (!sc.isOfficial(slot) && !t.parts.at(slot).possessive) {
                        subject = slot;
                        break;
                    }
                }
                // Nobody else is named before the words; a participle's subject also opens the
                // sentence ("France winger ⟦P⟧ ...": a team and a role or two may come before
                // it), while "his" points at the one person named before it wherever he is.
                static const Pattern opensSentence(
                        u"^\\s*(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+)?(?:[a-z-]+\\s+){0,2}$"_s);
                if (pointsBack && subject >= 0 && sc.slotsIn(0, ts, u'P').size() == 1
                    && (his
                        || opensSentence.match(QStringView(text).left(sc.slotPosition(subject)))
                                   .hasMatch())) {
                    c.person = t.parts.at(subject).index;
                    best = qMax(best, 5.0); // as sure as a possessor
                }
            }
            static const Pattern teamOpens(
                    u"^\\s*(?:(?:but|and|then|however|yet|,)\\s+)*(?:the\\s+)?(?:\u27e6T|hosts|visitors|home\\s+side|they)"_s);
            if (c.person < 0 && (!trigger.teamLevel || !teamOpens.match(clauseText).hasMatch())) {
                // A bare verb with no clear subject: the clause's only non-negative person.
                const SentenceContext::Slots persons = sc.slotsIn(clause.start, clause.end, u'P');
                int candidates = 0;
                int only = -1;
                for (int slot : persons) {
                    if (scorerScore(sc, slot, ts, te, trigger.noun, ownGoal) > -2) {
                        ++candidates;
                        only = t.parts.at(slot).index;
                    }
                }
                if (candidates == 1)
                    c.person = only;
            }
            // Assist: "⟦P⟧'s cross", "from ⟦P⟧'s pass"
            for (int slot : sc.slotsIn(clause.start, clause.end, u'P')) {
                const auto &s = t.parts.at(slot);
                if (s.index != c.person && s.possessive
                    && assistNoun().match(QStringView(text).mid(sc.slotEnd(slot), 40)).hasMatch()
                    && !QStringView(text).mid(sc.slotEnd(slot), 40).contains(u"shot")) {
                    c.secondPerson = s.index;
                    break;
                }
            }
            // "directing the ball into his own net": the player who did it comes before.
            if (ownGoal && c.person < 0) {
                for (int slot : sc.slotsIn(clause.start, ts, u'P')) {
                    if (scorerScore(sc, slot, ts, te, false, true) > -3)
                        c.person = t.parts.at(slot).index;
                }
            }
            CreditKind credit = CreditKind::None;
            c.team = creditedTeam(sc, clause, ts, reading.lastTeamSubject, &credit);
            // "Fulham defender Cole turned it into his own net", "a Fulham own goal": the team
            // written before the player, or as the possessor of an own goal, is the player's.
            if (credit == CreditKind::Player
                || (c.type == Type::OwnGoal && credit == CreditKind::Possessive))
                c.teamFromPlayer = true;
            // "... by Louis Saha for Everton in the 2009 final": a goal for a club that is not
            // in this match is another match's.
            if (c.team >= 0 && c.team != doc.homeTeam && c.team != doc.awayTeam && !c.teamFromPlayer
                && doc.homeTeam >= 0 && doc.awayTeam >= 0)
                continue;
            // A team the rule's own words name is the side the goal is for: "fired Everton
            // ahead", "halved Fulham's deficit".
            if (c.type != Type::OwnGoal) {
                const bool against = trigger.rule->value(u"team"_s) == u"against";
                for (int slot : sc.slotsIn(ts, te, u'T')) {
                    const int team = t.parts.at(slot).index;
                    if (team == doc.homeTeam || team == doc.awayTeam) {
                        c.team = !against ? team
                                          : (team == doc.homeTeam ? doc.awayTeam : doc.homeTeam);
                        c.teamFromPlayer = false;
                        break;
                    }
                }
            }
            const bool generic = trigger.generic;
            static const Pattern subClauseEnd(u"\\s(?:and|but|,)\\s"_s);
            const int windowStart = qMax(clause.start, ts - 30);
            int windowEnd = qMin(clause.end, te + 50);
            if (const auto cut = subClauseEnd.match(text, te);
                cut.hasMatch() && cut.capturedStart() < windowEnd)
                windowEnd = int(cut.capturedStart());
            if (generic
                && ruleIn(u"shot-stopped"_s,
                          QStringView(text).mid(windowStart, windowEnd - windowStart)))
                continue; // a shot that was stopped: the chance rules read it
            if (generic && best < 5 && c.team < 0)
                continue; // "in front of goal", "a goal" with nobody and no side
            if (generic && m.captured(0).endsWith(u's') && goalCount(clauseText, words) == 1)
                continue; // "goals for the visitors": several goals, none of them placed
            if (c.person < 0 && c.team < 0 && !trigger.teamLevel && trigger.noun
                && !m.captured(0).startsWith(u"penalty"_s) && c.type != Type::OwnGoal)
                continue; // nothing to place
            addTime(c, nearestTime(sc, clause, ts));
            if (!c.time)
                addTime(c, soleTime());
            // "⟦P⟧ handled in the area ten minutes from time. ... ⟦P⟧ put away the penalty":
            // the penalty was taken when it was given.
            if (!c.time && (c.type == Type::PenaltyGoal || c.type == Type::MissedPenalty)
                && reading.offenceJustBefore(si) && reading.offenceGavePenalty) {
                c.time = reading.offenceTime;
                reading.offenceGavePenalty = false;
            }
            c.scoreAfter = scoreAfterIn(sc, clause);
            if (c.scoreAfter && c.effect == Effect::None && c.scoreAfter->home == c.scoreAfter->away)
                c.effect = Effect::Equaliser;
            c.bodyPart = bodyPartIn(clauseText, words);
            // "scored in the 20th minute and again in the 50th": the same scorer's next
            // goal, at the minute written after "again".
            if (c.time && c.time->kind == TimeExpression::Kind::Minute) {
                static const Pattern again =
                        Pattern(u"^[^\u27e6]{0,20}\\band\\s+again\\s+(?:[a-z]+\\s+){0,3}?\u27e6M(\\d+)\u27e7"_s)
                                .needing(WordStarts::Keys { "agai" }.andOneOf({ "and" }));
                const int timeSlot = nearestTime(sc, clause, ts);
                const int from = timeSlot >= 0 ? sc.slotEnd(timeSlot) : -1;
                if (from >= te) {
                    const auto m =
                            again.match(QStringView(text).mid(from, clause.end - from), words);
                    const int slot = m.hasMatch() ? m.capturedView(1).toInt() : -1;
                    if (slot >= 0 && slot < t.parts.size()) {
                        const TimeExpression &next = doc.times.at(t.parts.at(slot).index);
                        if (next.kind == TimeExpression::Kind::Minute)
                            c.time->moreTimes.append(next.time);
                    }
                }
            }
            c.count = goalCount(clauseText, words);
            if (c.time && !c.time->moreTimes.isEmpty())
                c.count = qMax(c.count, int(c.time->moreTimes.size()) + 1);
            c.detail = t.original(doc.text, ts, te);
            // Penalties and goals without a minute in a sentence about the shoot-out are its
            // kicks, not goals of the match.
            if (reading.shootout && (!c.time || c.time->kind != TimeExpression::Kind::Minute))
                continue;
            // A word that may be about goals in general, or a goal nobody is named for, is
            // the first to go when the goals add up to more than the report's score.
            if (generic)
                c.confidence -= 0.4;
            if (c.person < 0)
                c.confidence -= 0.3;
            // "X scored a hat-trick": how many, not which; "completed his hat-trick" is the last.
            static const Pattern countNoun(u"\\b(?:brace|double|hat-trick|treble|twice)\\b"_s);
            static const Pattern completed(u"\\b(?:completed|sealed|secured)\\s+(?:his|her)\\b"_s);
            if (c.count > 1 && countNoun.match(clauseText).hasMatch()
                && !completed.match(clauseText).hasMatch()
                && !(c.time && !c.time->moreTimes.isEmpty())
                && !(c.time && c.time->kind == TimeExpression::Kind::Minute))
                c.goalsFromCount = true;
            // Two triggers of one clause about the same scorer are one mention:
            // "made amends by scoring an equaliser nine minutes later".
            bool merged = false;
            int mergedInto = -1;
            for (int k = clauseStartIndex; k < out.size() && !merged; ++k) {
                EventCandidate &o = out[k];
                if (o.sentence != si || o.clause != clause.start || !MatchEvent::isGoalType(o.type)
                    || o.goalsFromCount != c.goalsFromCount)
                    continue;
                if (o.person >= 0 && c.person >= 0 && o.person != c.person)
                    continue;
                if (o.time && c.time && o.time->start != c.time->start
                    && o.time->kind == TimeExpression::Kind::Minute
                    && c.time->kind == TimeExpression::Kind::Minute)
                    continue; // two minutes, two goals
                if (o.person < 0)
                    o.person = c.person;
                if (c.type == Type::OwnGoal || (c.type == Type::PenaltyGoal && o.type == Type::Goal))
                    o.type = c.type;
                if (o.effect == Effect::None)
                    o.effect = c.effect;
                if (!o.time)
                    o.time = c.time;
                if (o.team < 0)
                    o.team = c.team;
                if (!o.scoreAfter)
                    o.scoreAfter = c.scoreAfter;
                if (o.secondPerson < 0)
                    o.secondPerson = c.secondPerson;
                o.count = qMax(o.count, c.count);
                o.penaltyKnown = o.penaltyKnown || c.penaltyKnown;
                merged = true;
                mergedInto = k;
            }
            // "That goal was scored by ⟦P⟧": the goal the sentence before told, now named.
            static const Pattern thatGoal(
                    u"^\\s*(?:that|this|the)\\s+(?:[a-z-]+\\s+)?(?:(?:goal|strike|effort|header|finish|equaliser|equalizer|winner|opener|leveller)\\s+(?:was|had\\s+been)\\s+)?$"_s);
            if (c.person >= 0 && !c.time && !merged
                && thatGoal.match(QStringView(text).left(ts)).hasMatch()) {
                for (qsizetype k = out.size() - 1; k >= 0; --k) {
                    const EventCandidate &o = out.at(k);
                    if (o.sentence >= si || !MatchEvent::isGoalType(o.type) || o.goalsFromCount)
                        continue;
                    if (o.sentence < si - 2)
                        break;
                    if ((o.person < 0 || o.person == c.person) && o.time) {
                        c.time = o.time;
                        if (c.team < 0)
                            c.team = o.team;
                    }
                    break;
                }
            }
            int placed = -1;
            if (!merged) {
                c.clause = clause.start;
                placed = int(out.size());
                out.append(c);
            } else {
                placed = mergedInto;
            }
            // "⟦P⟧ and ⟦P⟧ both put through their own net": one goal each.
            if (bestSlot >= 0 && placed >= 0 && sc.slotEnd(bestSlot) <= ts
                && out.at(placed).person == t.parts.at(bestSlot).index) {
                static const Pattern pairBefore(u"\u27e6P(\\d+)\u27e7\\s+and\\s+$"_s);
                static const Pattern bothAfter(u"^\\s+(?:both|each)\\b"_s);
                const int pos = sc.slotPosition(bestSlot);
                const auto pair = pairBefore.match(QStringView(text).left(pos));
                if (pair.hasMatch()
                    && bothAfter
                               .match(QStringView(text).mid(sc.slotEnd(bestSlot),
                                                            ts - sc.slotEnd(bestSlot)))
                               .hasMatch()) {
                    const int other = pair.capturedView(1).toInt();
                    if (other >= 0 && other < t.parts.size() && !sc.isOfficial(other)) {
                        out[placed].count = 1;
                        EventCandidate second = out.at(placed);
                        second.person = t.parts.at(other).index;
                        second.offset = t.documentOffset(pos - int(pair.capturedLength()));
                        out.append(second);
                    }
                }
            }
        }
    }
    // "Goals from ⟦P⟧ six minutes before half-time and ⟦P⟧ just before the hour": one goal per
    // name, each with the time written after it.
    {
        for (const RuleMatch &listMatch : RuleBook::builtIn().matches(u"goals-from"_s, text)) {
            const PatternMatch &m = listMatch.match;
            const Clause clause = clauseOf(int(m.capturedStart()));
            // Names joined by "and" or commas, each maybe followed by its time; the list ends at
            // the first other word.
            static const Pattern listGap(
                    u"^(?:\\s*\u27e6M\\d+\u27e7)?\\s*(?:,|and|,\\s*and)\\s+(?:(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}?(?:goal|strike|effort|header|finish|stunner|screamer|volley|penalty|tap-in|curler|thunderbolt|piledriver|drive)\\s+(?:from|by)\\s+)?(?:(?:substitute|sub|skipper|captain)\\s+)?$"_s);
            QList<int> persons;
            for (int slot : sc.slotsIn(int(m.capturedEnd()), clause.end, u'P')) {
                if (sc.isOfficial(slot))
                    break;
                if (!persons.isEmpty()) {
                    const int prevEnd = sc.slotEnd(persons.last());
                    if (!listGap.match(QStringView(text).mid(prevEnd,
                                                             sc.slotPosition(slot) - prevEnd))
                                 .hasMatch())
                        break;
                }
                persons.append(slot);
            }
            if (persons.size() < 2)
                continue;
            // "had to keep out headers from Ash and Dunn": shots, not goals.
            if (ruleIn(u"shot-stopped"_s,
                       QStringView(text).mid(clause.start, clause.end - clause.start)))
                continue;
            // Drop the single candidate the generic trigger made for this list.
            const int listStart = t.documentOffset(int(m.capturedStart()));
            out.removeIf([&](const EventCandidate &o) {
                return o.sentence == si && o.clause == clause.start
                        && MatchEvent::isGoalType(o.type) && o.offset >= listStart;
            });
            for (int i = 0; i < persons.size(); ++i) {
                EventCandidate c;
                c.type = Type::Goal;
                c.sentence = si;
                c.clause = clause.start;
                const int pos = sc.slotPosition(persons.at(i));
                c.offset = t.documentOffset(pos);
                c.person = t.parts.at(persons.at(i)).index;
                const int next =
                        i + 1 < persons.size() ? sc.slotPosition(persons.at(i + 1)) : clause.end;
                const SentenceContext::Slots times = sc.slotsIn(pos, next, u'M');
                if (!times.isEmpty())
                    addTime(c, times.first());
                // "Second-half headers by ...": a time that heads the list holds for each goal.
                const SentenceContext::Slots heading =
                        sc.slotsIn(int(m.capturedStart()), int(m.capturedEnd()), u'M');
                if (!c.time && !heading.isEmpty())
                    addTime(c, heading.first());
                c.team = creditedTeam(sc, clause, pos, reading.lastTeamSubject);
                c.detail =
                        doc.text.mid(t.documentOffset(int(m.capturedStart())), m.capturedLength());
                c.sameSideAs = t.documentOffset(int(m.capturedStart()));
                out.append(c);
            }
        }
    }

    // "to send the match into extra time, where ⟦P⟧ scored again": a period named earlier in
    // the sentence holds for the events after it that have no time of their own.
    for (int k = clauseStartIndex; k < out.size(); ++k) {
        EventCandidate &c = out[k];
        if (c.sentence != si || c.time)
            continue;
        for (int slot : sc.slotsIn(0, int(text.size()), u'M')) {
            const TimeExpression &e = doc.times.at(t.parts.at(slot).index);
            const bool extraTime = QStringView(doc.text)
                                           .mid(e.start, e.length)
                                           .contains(u"extra", Qt::CaseInsensitive);
            if (e.kind == TimeExpression::Kind::Period && extraTime
                && t.documentOffset(sc.slotPosition(slot)) < c.offset)
                c.time = e;
        }
    }
}
