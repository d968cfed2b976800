#include "eventresolver.h"

#include "match.h"
#include "prosedocument.h"
#include "scoresolver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcProse)

namespace {

using Type = MatchEvent::Type;
using Effect = EventCandidate::Effect;

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventResolver)
};

bool isGoal(Type type)
{
    return type == Type::Goal || type == Type::OwnGoal || type == Type::PenaltyGoal;
}

bool isCard(Type type)
{
    return type == Type::YellowCard || type == Type::SecondYellow || type == Type::RedCard;
}

// One event with all the mentions it was read from.
struct Event
{
    Type type = Type::Other;
    MatchEvent::ChanceKind chance = MatchEvent::ChanceKind::None;
    MatchEvent::BodyPart bodyPart = MatchEvent::BodyPart::Unknown;
    int person = -1;
    int secondPerson = -1;
    MatchTime time;
    bool approximate = false;
    int creditedTeam = -1;
    int playerTeam = -1;
    std::optional<Score> scoreAfter;
    Effect effect = Effect::None;
    QList<int> sentences;
    QList<int> offsets; // where its mentions are
    int firstOffset = 1 << 30;
    int bodyOffset = 1 << 30; // first mention outside the headline and opening paragraph
    bool penaltyKnown = false;
    Side side = Side::None;
    QString detail;
    double confidence = 0; // the surest mention's (see EventCandidate::confidence)
    bool listed = false; // one of its mentions is an entry of a list
    QList<int> sameSideAs; // see EventCandidate::sameSideAs
};

int absoluteMinute(const MatchTime &t)
{
    return t.minute() + qMax(0, t.added());
}

MatchTime addMinutes(const MatchTime &anchor, int offset)
{
    const int total = absoluteMinute(anchor) + offset;
    if (total < 0)
        return {};
    // Past the end of the anchor's period means added time in it, not the next period.
    const int end = MatchTime::periodEndMinute(anchor.period());
    if (anchor.period() != MatchTime::Period::Shootout && total > end && anchor.minute() <= end
        && (anchor.added() > 0 || anchor.minute() == end))
        return MatchTime(anchor.period(), end, total - end);
    return MatchTime::fromMinute(total);
}

// "Deep into stoppage time" (90+, how far unknown) and "in the fourth minute of added time"
// (90+4) can be the same moment; two known added minutes must be close.
bool sameStoppage(const MatchTime &a, const MatchTime &b)
{
    return a.hasMinute() && b.hasMinute() && a.minute() == b.minute() && a.period() == b.period()
            && (a.added() == MatchTime::UnknownAdded) != (b.added() == MatchTime::UnknownAdded)
            && qMax(a.added(), b.added()) > 0;
}

bool timesCompatible(const Event &e, const EventCandidate &c)
{
    if (!c.time || c.time->kind == TimeExpression::Kind::Relative)
        return true;
    if (!e.time.isKnown())
        return true;
    const MatchTime &t = c.time->time;
    if (!t.hasMinute() || !e.time.hasMinute())
        return t.period() == e.time.period() || !t.isKnown();
    if (sameStoppage(t, e.time))
        return true;
    const bool approximate = c.time->approximate || e.approximate;
    // "last-minute" and "90+6" are the same moment.
    if (approximate && absoluteMinute(t) >= 85 && absoluteMinute(e.time) >= 85)
        return true;
    return qAbs(absoluteMinute(t) - absoluteMinute(e.time)) <= (approximate ? 4 : 1);
}

bool effectsCompatible(Effect a, Effect b)
{
    if (a == Effect::None || b == Effect::None || a == b)
        return true;
    auto pair = [&](Effect x, Effect y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(Effect::Lead, Effect::Winner) || pair(Effect::Opener, Effect::Lead)
            || pair(Effect::Equaliser, Effect::PullBack) || pair(Effect::Double, Effect::Lead)
            || pair(Effect::Restore, Effect::Lead) || pair(Effect::Restore, Effect::Winner)
            || pair(Effect::Restore, Effect::Double);
}

bool scoresCompatible(const std::optional<Score> &a, const std::optional<Score> &b)
{
    if (!a || !b)
        return true;
    return (a->home == b->home && a->away == b->away) || (a->home == b->away && a->away == b->home);
}

void absorb(Event &e, const EventCandidate &c, const ProseDocument &doc)
{
    if (c.time && c.time->kind != TimeExpression::Kind::Relative) {
        const MatchTime &t = c.time->time;
        const bool better = !e.time.isKnown() || (!e.time.hasMinute() && t.hasMinute())
                || (e.approximate && !c.time->approximate && t.hasMinute())
                || (e.time.added() == MatchTime::UnknownAdded && t.added() > 0);
        if (better) {
            e.time = t;
            e.approximate = c.time->approximate;
        }
    }
    if (e.person < 0)
        e.person = c.person;
    if (e.secondPerson < 0)
        e.secondPerson = c.secondPerson;
    if (c.team >= 0) {
        if (c.teamFromPlayer)
            e.playerTeam = e.playerTeam < 0 ? c.team : e.playerTeam;
        else if (e.creditedTeam < 0)
            e.creditedTeam = c.team;
    }
    if (!e.scoreAfter)
        e.scoreAfter = c.scoreAfter;
    if (e.effect == Effect::None || (e.effect == Effect::Lead && c.effect == Effect::Winner))
        e.effect = c.effect;
    if (c.type == Type::PenaltyGoal || (c.type == Type::OwnGoal && e.type == Type::Goal))
        e.type = c.type;
    if (e.bodyPart == MatchEvent::BodyPart::Unknown)
        e.bodyPart = c.bodyPart;
    if (e.chance == MatchEvent::ChanceKind::None)
        e.chance = c.chance;
    e.penaltyKnown = e.penaltyKnown || c.penaltyKnown;
    if (!e.sentences.contains(c.sentence))
        e.sentences.append(c.sentence);
    e.offsets.append(c.offset);
    e.firstOffset = qMin(e.firstOffset, c.offset);
    const Sentence &s = doc.sentences.at(c.sentence);
    if (!s.headline && s.paragraph > 1)
        e.bodyOffset = qMin(e.bodyOffset, c.offset);
    if (e.detail.isEmpty())
        e.detail = c.detail;
    e.confidence = qMax(e.confidence, c.confidence);
    e.listed = e.listed || c.listed;
    if (c.sameSideAs >= 0 && !e.sameSideAs.contains(c.sameSideAs))
        e.sameSideAs.append(c.sameSideAs);
}

Event fromCandidate(const EventCandidate &c, const ProseDocument &doc)
{
    Event e;
    e.type = c.type;
    absorb(e, c, doc);
    return e;
}

// Relative times ("nine minutes later") from the event they follow, in the order of the text.
void resolveRelativeTimes(QList<EventCandidate> &candidates)
{
    std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const EventCandidate &a, const EventCandidate &b) { return a.offset < b.offset; });
    const EventCandidate *anchor = nullptr;
    for (int i = 0; i < candidates.size(); ++i) {
        EventCandidate &c = candidates[i];
        if (c.goalsFromCount)
            continue;
        if (c.time && c.time->kind == TimeExpression::Kind::Relative) {
            const EventCandidate *base = anchor;
            if (c.time->anchor == TimeExpression::Anchor::SameSentence) {
                base = nullptr;
                for (const EventCandidate &o : candidates) {
                    if (&o != &c && o.sentence == c.sentence && o.time
                        && o.time->kind == TimeExpression::Kind::Minute
                        && o.time->time.hasMinute()) {
                        base = &o;
                        break;
                    }
                }
                c.backReference = true;
            }
            if (base && c.time->offsetKnown) {
                TimeExpression resolved = *c.time;
                resolved.kind = TimeExpression::Kind::Minute;
                resolved.time = addMinutes(base->time->time, c.time->offset);
                resolved.approximate = base->time->approximate;
                c.time = resolved;
                if (c.time->offset != 0)
                    c.relativeTo = base->offset;
            } else {
                c.time.reset();
            }
        }
        if (c.time && c.time->kind == TimeExpression::Kind::Minute && c.time->time.hasMinute()
            && !c.backReference)
            anchor = &c;
        qCDebug(lcProse) << "relative" << MatchEvent::typeKey(c.type) << c.offset
                         << (c.time ? c.time->time.label() : QString()) << "anchor"
                         << (anchor ? anchor->offset : -1);
    }
}

// "the 93rd minute" of a match without extra time is 90+3.
void foldStoppageTime(QList<EventCandidate> &candidates, bool extraTime)
{
    for (EventCandidate &c : candidates) {
        if (!c.time || c.time->kind != TimeExpression::Kind::Minute || !c.time->time.hasMinute())
            continue;
        const MatchTime t = c.time->time;
        if (!extraTime && t.added() == 0 && t.minute() > 90 && t.minute() <= 105)
            c.time->time = MatchTime(MatchTime::Period::SecondHalf, 90, t.minute() - 90);
    }
}

Side sideOf(const ProseDocument &doc, int team)
{
    return doc.sideOfTeam(team);
}

Side other(Side side)
{
    return side == Side::Home ? Side::Away : (side == Side::Away ? Side::Home : Side::None);
}

// Chronological order: timed events by time, untimed ones after the event the report narrates
// just before them.
void orderEvents(QList<Event> &events)
{
    QList<Event> narrative = events;
    std::stable_sort(narrative.begin(), narrative.end(), [](const Event &a, const Event &b) {
        const int ka = a.bodyOffset < (1 << 30) ? a.bodyOffset : a.firstOffset;
        const int kb = b.bodyOffset < (1 << 30) ? b.bodyOffset : b.firstOffset;
        return ka < kb;
    });
    QList<Event> ordered;
    for (const Event &e : narrative) {
        if (e.time.hasMinute())
            ordered.append(e);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
    for (int i = 0; i < narrative.size(); ++i) {
        const Event &e = narrative.at(i);
        if (e.time.hasMinute())
            continue;
        // After the nearest earlier narrated event that is already placed, within its period.
        int insertAt = 0;
        for (int j = i - 1; j >= 0; --j) {
            const Event &before = narrative.at(j);
            const auto it = std::find_if(ordered.cbegin(), ordered.cend(), [&](const Event &o) {
                return o.firstOffset == before.firstOffset && o.type == before.type
                        && o.person == before.person;
            });
            if (it != ordered.cend()) {
                insertAt = int(it - ordered.cbegin()) + 1;
                break;
            }
        }
        // Not before an event of an earlier period than its own.
        if (e.time.isKnown()) {
            while (insertAt < ordered.size() && ordered.at(insertAt).time.isKnown()
                   && ordered.at(insertAt).time.period() < e.time.period())
                ++insertAt;
            while (insertAt > 0 && ordered.at(insertAt - 1).time.isKnown()
                   && ordered.at(insertAt - 1).time.period() > e.time.period())
                --insertAt;
        }
        ordered.insert(insertAt, e);
    }
    events = ordered;
}

// How sure the reading is that an event is a real goal of the match: its surest mention, more
// when it is told more than once, names its scorer or gives its minute.
double goalConfidence(const Event &g)
{
    double c = g.confidence;
    c += 0.5 * qMin(2, int(g.offsets.size()) - 1);
    if (g.person >= 0)
        c += 0.5;
    if (g.time.hasMinute())
        c += 0.5;
    if (g.effect != Effect::None || g.scoreAfter)
        c += 0.25;
    return c;
}

// Chooses which goals stand and the side of each so that the stated final score and every
// score statement hold (see ScoreSolver); the goals dropped and the statements still broken
// become warnings.
void assignGoalSides(const ProseDocument &doc, QList<Event> &goals, std::optional<Score> &final,
                     QList<ReadWarning> &warnings)
{
    // A player's goals are one side's (an own goal the other side's), and so are goals a
    // sentence lists together: one group each, joined where they share a goal.
    QList<int> group(goals.size());
    for (int i = 0; i < goals.size(); ++i)
        group[i] = i;
    auto root = [&](int i) {
        while (group.at(i) != i)
            i = group[i] = group.at(group.at(i));
        return i;
    };
    for (int i = 0; i < goals.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            const Event &a = goals.at(i);
            const Event &b = goals.at(j);
            const bool samePlayer = a.person >= 0 && a.person == b.person;
            const bool listedTogether =
                    std::any_of(a.sameSideAs.cbegin(), a.sameSideAs.cend(),
                                [&](int k) { return b.sameSideAs.contains(k); });
            if (samePlayer || listedTogether)
                group[root(i)] = root(j);
        }
    }
    QList<ScoreSolver::Goal> input;
    for (const Event &g : goals) {
        ScoreSolver::Goal goal;
        const Side credited = sideOf(doc, g.creditedTeam);
        if (credited != Side::None)
            goal.homeEvidence += credited == Side::Home ? 3 : -3;
        Side player = sideOf(doc, g.playerTeam >= 0 ? g.playerTeam : doc.matchTeamOf(g.person));
        if (player != Side::None) {
            if (g.type == Type::OwnGoal)
                player = other(player);
            goal.homeEvidence += player == Side::Home ? 2 : -2;
        }
        goal.effect = g.effect;
        goal.scoreAfter = g.scoreAfter;
        goal.confidence = goalConfidence(g);
        goal.group = root(int(input.size()));
        goal.flipped = g.type == Type::OwnGoal;
        input.append(goal);
    }
    ScoreSolver::Result result = ScoreSolver::solve(input, final);
    // A final score whose winner the report does not say: the order the goals' sides break
    // fewer statements for ("Thauvin ... earned Marseille a first victory" and "the champions
    // suffered another 1-0 defeat").
    if (doc.finalWinnerGuessed && final && !result.broken.isEmpty()) {
        const Score turned { final->away, final->home };
        ScoreSolver::Result other = ScoreSolver::solve(input, turned);
        if (other.broken.size() < result.broken.size()) {
            result = other;
            final = turned;
        }
    }
    for (int i = 0; i < goals.size(); ++i)
        qCDebug(lcProse) << "solver goal"
                         << (goals.at(i).person >= 0 ? doc.people.person(goals.at(i).person).name
                                                     : QString())
                         << goals.at(i).time.label() << "home evidence" << input.at(i).homeEvidence
                         << "effect" << int(input.at(i).effect) << "confidence"
                         << input.at(i).confidence << "kept" << result.choices.at(i).kept;
    auto describe = [&](const Event &g) {
        const QString who =
                g.person >= 0 ? doc.people.person(g.person).name : Text::tr("nobody named");
        return g.time.hasMinute() ? Text::tr("the goal by %1 at %2").arg(who, g.time.label())
                                  : Text::tr("the goal by %1").arg(who);
    };
    for (const ScoreSolver::Broken &b : result.broken) {
        if (b.goal < 0 || b.constraint == ScoreSolver::Constraint::FinalScore)
            continue; // said once below, with the figures
        const Event &g = goals.at(b.goal);
        warnings.append({ Text::tr("Could not meet %1 for %2.")
                                  .arg(ScoreSolver::constraintName(b.constraint), describe(g)),
                          g.firstOffset < (1 << 30) ? g.firstOffset : -1 });
    }
    QList<Event> kept;
    for (int i = 0; i < goals.size(); ++i) {
        const ScoreSolver::Choice &c = result.choices.at(i);
        if (!c.kept) {
            const Event &g = goals.at(i);
            warnings.append(
                    { Text::tr("Left out %1: with it the goals would not add up to %2.")
                              .arg(describe(g),
                                   ScoreSolver::constraintName(ScoreSolver::Constraint::FinalScore)),
                      g.firstOffset < (1 << 30) ? g.firstOffset : -1 });
            continue;
        }
        Event g = goals.at(i);
        g.side = c.side;
        kept.append(g);
    }
    goals = kept;
}

} // namespace

void EventResolver::resolve(ProseDocument &doc, QList<EventCandidate> candidates, Match &match)
{
    const bool extraTime =
            std::any_of(candidates.cbegin(), candidates.cend(),
                        [](const EventCandidate &c) {
                            // A minute from 91 to 105 may be stoppage time ("the 94th minute"):
                            // only a period named or a later minute says extra time was played.
                            if (!c.time || !c.time->time.isKnown())
                                return false;
                            const MatchTime &t = c.time->time;
                            const bool extraPeriod = t.period() >= MatchTime::Period::ExtraTimeFirst
                                    && t.period() <= MatchTime::Period::ExtraTimeSecond;
                            return extraPeriod
                                    && (c.time->kind == TimeExpression::Kind::Period
                                        || t.minute() > 105);
                        })
            || doc.folded.contains(u"extra time"_s) || doc.folded.contains(u"extra-time"_s);
    resolveRelativeTimes(candidates);
    foldStoppageTime(candidates, extraTime);

    // Clubs learnt from goals credited in words: "Barak equalized for Fiorentina".
    for (const EventCandidate &c : candidates) {
        if (c.person >= 0 && c.team >= 0 && (c.type == Type::Goal || c.type == Type::PenaltyGoal)
            && !c.teamFromPlayer)
            doc.people.person(c.person).teamVotes[c.team] += 1;
        if (c.person >= 0 && c.team >= 0 && c.teamFromPlayer)
            doc.people.person(c.person).teamVotes[c.team] += 1;
    }

    // ---- goals
    QHash<int, int> expected; // person -> goals the report says they scored
    for (const EventCandidate &c : candidates) {
        if (isGoal(c.type) && c.person >= 0)
            expected[c.person] = qMax(expected.value(c.person, 1), c.count);
    }
    QList<Event> goals;
    auto goalsOf = [&](int person) {
        return int(std::count_if(goals.cbegin(), goals.cend(),
                                 [&](const Event &g) { return g.person == person; }));
    };
    QList<EventCandidate> countOnly;
    for (const EventCandidate &c : candidates) {
        if (!isGoal(c.type))
            continue;
        if (c.goalsFromCount) {
            countOnly.append(c);
            continue;
        }
        // "in the 80th and 81st minutes": one goal per minute.
        QList<EventCandidate> parts { c };
        if (c.time && !c.time->moreTimes.isEmpty()) {
            for (const MatchTime &t : c.time->moreTimes) {
                EventCandidate more = c;
                more.time->time = t;
                more.time->moreTimes.clear();
                more.effect = Effect::None;
                more.offset += 1;
                parts.append(more);
            }
            parts.first().time->moreTimes.clear();
        } else if (c.person < 0 && c.count > 1 && c.count <= 3) {
            // "two own goals in stoppage time": as many goals, each at that time.
            for (int k = 1; k < c.count; ++k) {
                EventCandidate more = c;
                more.count = 1;
                more.effect = Effect::None;
                more.offset += k;
                parts.append(more);
            }
            parts.first().count = 1;
        }
        QList<int> siblings; // goals the other minutes of this mention went to
        for (const EventCandidate &part : parts) {
            int target = -1;
            int bestQuality = -1;
            for (int i = 0; i < goals.size(); ++i) {
                if (siblings.contains(i))
                    continue;
                const Event &g = goals.at(i);
                const bool samePerson = part.person >= 0 && g.person == part.person;
                const bool anonymous = part.person < 0 || g.person < 0;
                if (!samePerson && !anonymous)
                    continue;
                // A goal nobody is named for may turn out to be an own goal.
                const bool looseKind = (g.person < 0 && g.type == Type::Goal)
                        || (part.person < 0 && part.type == Type::Goal);
                if ((g.type == Type::OwnGoal) != (part.type == Type::OwnGoal) && !looseKind)
                    continue;
                // Two entries of a list are two goals.
                if (part.listed && g.listed)
                    continue;
                // "three minutes later" is another goal than the one it counts from.
                if (part.relativeTo >= 0 && g.offsets.contains(part.relativeTo))
                    continue;
                if (!timesCompatible(g, part) || !effectsCompatible(g.effect, part.effect)
                    || !scoresCompatible(g.scoreAfter, part.scoreAfter))
                    continue;
                const bool timed = part.time && part.time->time.hasMinute() && g.time.hasMinute();
                // A penalty and a goal not called one are one goal only when their minutes agree,
                // or one of them is the opening summary.
                const bool penaltyMismatch =
                        (g.type == Type::PenaltyGoal) != (part.type == Type::PenaltyGoal);
                const Sentence &s = doc.sentences.at(part.sentence);
                const bool summary = s.headline || s.paragraph <= 1 || g.bodyOffset == (1 << 30);
                if (penaltyMismatch && !timed && !summary)
                    continue;
                if (anonymous) {
                    // A goal without a scorer joins one with the same credit or score effect.
                    const bool sameTeam = part.team >= 0
                            && (g.creditedTeam == part.team || g.playerTeam == part.team);
                    const bool sameEffect = part.effect != Effect::None && part.effect == g.effect;
                    const bool sameKind = part.type == g.type && part.type != Type::Goal;
                    const bool sameSentence = g.sentences.contains(part.sentence);
                    if (!timed && !sameTeam && !sameEffect && !sameKind && !sameSentence)
                        continue;
                    if (!timed && part.team >= 0 && g.creditedTeam >= 0
                        && g.creditedTeam != part.team)
                        continue;
                }
                int quality = (timed ? 4 : 0) + (samePerson ? 2 : 0)
                        + (part.effect == g.effect ? 1 : 0)
                        + (timed && absoluteMinute(part.time->time) == absoluteMinute(g.time) ? 2
                                                                                              : 0);
                // A scorer with more goals to account for starts a new one unless the minute agrees.
                if (samePerson && !timed && goalsOf(part.person) < expected.value(part.person, 1)
                    && part.time && g.time.isKnown())
                    continue;
                if (quality > bestQuality) {
                    bestQuality = quality;
                    target = i;
                }
            }
            if (target >= 0) {
                absorb(goals[target], part, doc);
            } else {
                target = int(goals.size());
                goals.append(fromCandidate(part, doc));
            }
            siblings.append(target);
        }
    }
    // "X scored a hat-trick" with no goal of X found: the count itself, without minutes.
    for (const EventCandidate &c : countOnly) {
        if (c.person < 0)
            continue;
        const int missing = c.count - goalsOf(c.person);
        for (int k = 0; k < missing && goalsOf(c.person) == 0; ++k) {
            Event e = fromCandidate(c, doc);
            e.time = MatchTime();
            goals.append(e);
        }
    }
    // Too many goals for the stated score: join the most alike of the same scorer.
    if (match.finalScore) {
        const int stated = match.finalScore->home + match.finalScore->away;
        bool merged = true;
        while (goals.size() > stated && merged) {
            merged = false;
            for (int i = 0; i < goals.size() && !merged; ++i) {
                for (int j = i + 1; j < goals.size() && !merged; ++j) {
                    Event &a = goals[i];
                    const Event &b = goals.at(j);
                    if (a.person < 0 || a.person != b.person
                        || (a.type == Type::OwnGoal) != (b.type == Type::OwnGoal))
                        continue;
                    if (a.time.hasMinute() && b.time.hasMinute()
                        && qAbs(absoluteMinute(a.time) - absoluteMinute(b.time)) > 1
                        && !sameStoppage(a.time, b.time))
                        continue;
                    if (expected.value(a.person, 1) >= goalsOf(a.person))
                        continue;
                    if (!a.time.hasMinute())
                        a.time = b.time;
                    for (int s : b.sentences) {
                        if (!a.sentences.contains(s))
                            a.sentences.append(s);
                    }
                    goals.removeAt(j);
                    merged = true;
                }
            }
        }
    }
    orderEvents(goals);

    // ---- cards: one per player, the strongest colour; man counts fill the rest.
    QList<Event> cards;
    for (const EventCandidate &c : candidates) {
        if (!isCard(c.type) || c.goalsFromCount)
            continue;
        int target = -1;
        for (int i = 0; i < cards.size(); ++i) {
            const Event &e = cards.at(i);
            if (e.person != c.person)
                continue;
            // A booking is its own event; only a sending-off and a second yellow are one.
            const bool yellowE = e.type == Type::YellowCard;
            const bool yellowC = c.type == Type::YellowCard;
            if (yellowE != yellowC)
                continue;
            if (yellowE && yellowC && !timesCompatible(e, c))
                continue;
            target = i;
            break;
        }
        if (target < 0) {
            cards.append(fromCandidate(c, doc));
            continue;
        }
        Event &e = cards[target];
        if (c.type == Type::SecondYellow || (c.type == Type::RedCard && e.type == Type::YellowCard))
            e.type = c.type;
        absorb(e, c, doc);
    }
    for (Event &e : cards) {
        const int team = e.playerTeam >= 0 ? e.playerTeam : doc.matchTeamOf(e.person);
        e.side = sideOf(doc, team >= 0 ? team : e.creditedTeam);
    }
    // Man counts ("10-man Fulham", "both sides finished with ten men"): dismissals without a
    // side go to the side short of one when only one side is; a side short of a dismissal no
    // name was read for gets one without a name.
    auto isRed = [](const Event &e) {
        return e.type == Type::RedCard || e.type == Type::SecondYellow;
    };
    for (const EventCandidate &c : candidates) {
        if (!c.goalsFromCount || c.type != Type::RedCard)
            continue;
        QList<Side> sides;
        if (c.detail == u"both")
            sides = { Side::Home, Side::Away };
        else if (sideOf(doc, c.team) != Side::None)
            sides = QList<Side>(c.count, sideOf(doc, c.team));
        QHash<Side, int> short_;
        for (Side side : std::as_const(sides)) {
            const int already =
                    int(std::count_if(cards.cbegin(), cards.cend(),
                                      [&](const Event &e) { return isRed(e) && e.side == side; }));
            const int needed = int(std::count(sides.cbegin(), sides.cend(), side));
            short_[side] = qMax(0, needed - already);
        }
        QList<Event *> unsided;
        for (Event &e : cards) {
            if (isRed(e) && e.side == Side::None)
                unsided.append(&e);
        }
        const int homeShort = short_.value(Side::Home);
        const int awayShort = short_.value(Side::Away);
        if (!unsided.isEmpty()) {
            if (homeShort > 0 && awayShort > 0)
                continue; // which of them is whose is not known
            const Side side = homeShort > 0 ? Side::Home : Side::Away;
            for (int k = 0; k < qMin(qMax(homeShort, awayShort), int(unsided.size())); ++k)
                unsided[k]->side = side;
            continue;
        }
        for (Side side : { Side::Home, Side::Away }) {
            const bool namedForSide =
                    std::any_of(cards.cbegin(), cards.cend(),
                                [&](const Event &e) { return isRed(e) && e.side == side; });
            for (int k = 0; !namedForSide && k < short_.value(side); ++k) {
                Event e = fromCandidate(c, doc);
                e.type = Type::RedCard;
                e.person = -1;
                e.time = MatchTime();
                e.side = side;
                cards.append(e);
            }
        }
    }
    // A dismissed player whose side is now known plays for that side in his other events.
    for (const Event &e : cards) {
        const int team =
                e.side == Side::Home ? doc.homeTeam : (e.side == Side::Away ? doc.awayTeam : -1);
        if (e.person >= 0 && team >= 0 && doc.people.person(e.person).teamVotes.isEmpty())
            doc.people.person(e.person).teamVotes[team] += 1;
    }
    for (Event &e : cards) {
        if (e.side != Side::None || e.person < 0)
            continue;
        for (const Event &o : cards) {
            if (o.person == e.person && o.side != Side::None)
                e.side = o.side;
        }
    }

    assignGoalSides(doc, goals, match.finalScore, match.warnings);

    // ---- everything else: one event per mention, merged by person and minute.
    QList<Event> rest;
    for (const EventCandidate &c : candidates) {
        if (isGoal(c.type) || isCard(c.type))
            continue;
        int target = -1;
        for (int i = 0; i < rest.size(); ++i) {
            const Event &e = rest.at(i);
            if (e.type == c.type && e.person == c.person
                && (c.person >= 0 || e.sentences.contains(c.sentence)) && timesCompatible(e, c))
                target = i;
        }
        if (target >= 0)
            absorb(rest[target], c, doc);
        else
            rest.append(fromCandidate(c, doc));
    }
    for (Event &e : rest) {
        const int team = e.creditedTeam >= 0 ? e.creditedTeam : doc.matchTeamOf(e.person);
        e.side = sideOf(doc, team >= 0 ? team : e.playerTeam);
    }

    // ---- out
    QList<Event> all = goals + cards + rest;
    orderEvents(all);
    int untimedGoals = 0;
    int unsided = 0;
    for (const Event &e : all) {
        MatchEvent event;
        event.type = e.type;
        event.time = e.time;
        event.side = e.side;
        event.player = e.person >= 0 ? doc.people.person(e.person).name : QString();
        event.secondPlayer =
                e.secondPerson >= 0 ? doc.people.person(e.secondPerson).name : QString();
        event.chance = e.chance;
        event.bodyPart = e.bodyPart;
        event.detail = e.detail.simplified();
        QList<int> sentences = e.sentences;
        std::sort(sentences.begin(), sentences.end());
        for (int s : sentences) {
            const Sentence &sentence = doc.sentences.at(s);
            event.evidence.append(TextSpan { sentence.start, sentence.end - sentence.start });
        }
        if (isGoal(e.type) && !e.time.hasMinute())
            ++untimedGoals;
        if ((isGoal(e.type) || isCard(e.type)) && e.side == Side::None)
            ++unsided;
        match.events.append(event);
    }
    const Score computed = match.scoreFromEvents();
    if (match.finalScore && computed != *match.finalScore) {
        match.warnings.append({ Text::tr("The report gives the final score as %1, but the goals "
                                         "found add up to %2.")
                                        .arg(match.finalScore->toString(), computed.toString()) });
    }
    if (untimedGoals > 0) {
        match.warnings.append(
                { Text::tr("%n goal(s) have no minute in the report: shown in their half "
                           "or as unplaced, in the order the report tells them.",
                           nullptr, untimedGoals) });
    }
    if (unsided > 0) {
        match.warnings.append({ Text::tr("%n goal(s) or card(s) could not be given to a team.",
                                         nullptr, unsided) });
    }
}
