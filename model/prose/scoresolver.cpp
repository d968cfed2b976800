#include "scoresolver.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>
#include <vector>

namespace {

constexpr double unreachable = -std::numeric_limits<double>::infinity();
// What missing the stated final score by one goal costs, when no choice meets it.
constexpr double finalScoreMiss = 4;

using Effect = ScoreSolver::Effect;

// Who led last before this point of the match (the score level since or not): 0 nobody yet,
// 1 home, 2 away.
int leaderAfter(int lastLeader, const Score &score)
{
    return score.home > score.away ? 1 : (score.away > score.home ? 2 : lastLeader);
}

// How well a goal for a side at this point of the match fits what the words say it did.
double effectFit(Effect effect, const Score &before, bool home, int lastLeader)
{
    const int diffBefore = home ? before.home - before.away : before.away - before.home;
    const int diffAfter = diffBefore + 1; // the scorer's side's lead after the goal
    const int totalBefore = before.home + before.away;
    switch (effect) {
    case Effect::Equaliser:
        return diffAfter == 0 ? 1.5 : -1.5;
    case Effect::Opener:
        return totalBefore == 0 ? 0.5 : -0.5;
    case Effect::Lead:
    case Effect::Winner:
        return diffAfter > 0 && diffBefore <= 0 ? 1 : -1;
    case Effect::PullBack:
        return diffAfter < 0 ? 1 : -1;
    case Effect::Double:
        return diffAfter == 2 ? 1 : -1;
    case Effect::Restore:
        return diffAfter > 0 && lastLeader == (home ? 1 : 2) ? 1 : -1;
    case Effect::None:
        break;
    }
    return 0;
}

double scoreAfterFit(const std::optional<Score> &stated, const Score &after)
{
    if (!stated)
        return 0;
    const bool same = (stated->home == after.home && stated->away == after.away)
            || (stated->home == after.away && stated->away == after.home);
    return same ? 1.5 : -1.5;
}

// What a fit costs: nothing when it agrees, all of it when it does not; a small part of an
// agreement is kept so that, between two choices that break nothing, the one the words say
// more for wins.
double cost(double fit)
{
    return fit < 0 ? fit : 0.05 * fit;
}

// The value of a whole choice, as the search counts it.
double valueOf(const QList<ScoreSolver::Goal> &goals, const QList<ScoreSolver::Choice> &choices)
{
    // A group split across both sides is no choice at all.
    QHash<int, Side> groupSide;
    for (int i = 0; i < goals.size(); ++i) {
        const ScoreSolver::Goal &g = goals.at(i);
        const ScoreSolver::Choice &c = choices.at(i);
        if (g.group < 0 || !c.kept || c.side == Side::None)
            continue;
        const Side side = g.flipped ? (c.side == Side::Home ? Side::Away : Side::Home) : c.side;
        const auto it = groupSide.constFind(g.group);
        if (it != groupSide.cend() && *it != side)
            return unreachable;
        groupSide.insert(g.group, side);
    }
    double v = 0;
    Score running;
    int leader = 0;
    for (int i = 0; i < goals.size(); ++i) {
        const ScoreSolver::Choice &c = choices.at(i);
        if (!c.kept)
            continue;
        const ScoreSolver::Goal &g = goals.at(i);
        const bool home = c.side == Side::Home;
        v += g.confidence + cost(home ? g.homeEvidence : -g.homeEvidence)
                + cost(effectFit(g.effect, running, home, leader));
        if (home)
            ++running.home;
        else
            ++running.away;
        leader = leaderAfter(leader, running);
        v += cost(scoreAfterFit(g.scoreAfter, running));
    }
    return v;
}

Side flipped(Side side)
{
    return side == Side::Home ? Side::Away : Side::Home;
}

// Goals whose side nothing decides: another choice as good gives them the other side (the
// goal alone when no final score is stated, or it and a goal of the other side swapped). Their
// side is not known, and is not guessed.
void markUndecided(const QList<ScoreSolver::Goal> &goals, QList<ScoreSolver::Choice> &choices,
                   const std::optional<Score> &finalScore)
{
    const double best = valueOf(goals, choices);
    const int n = int(goals.size());
    QList<bool> undecided(n, false);
    auto totalOf = [](const QList<ScoreSolver::Choice> &c) {
        Score total;
        for (const ScoreSolver::Choice &x : c) {
            if (x.kept && x.side == Side::Home)
                ++total.home;
            else if (x.kept && x.side == Side::Away)
                ++total.away;
        }
        return total;
    };
    const Score total = totalOf(choices);
    // As good a choice, and one that meets a stated final score as this one does.
    auto same = [&](const QList<ScoreSolver::Choice> &other) {
        if (finalScore && totalOf(other) != total)
            return false;
        const double v = valueOf(goals, other);
        return v != unreachable && std::abs(v - best) < 1e-9;
    };
    for (int i = 0; i < n; ++i) {
        if (!choices.at(i).kept)
            continue;
        if (!finalScore) {
            QList<ScoreSolver::Choice> other = choices;
            for (int m = 0; m < n; ++m) {
                const bool together = m == i
                        || (goals.at(i).group >= 0 && goals.at(m).group == goals.at(i).group);
                if (together && other.at(m).kept)
                    other[m].side = flipped(choices.at(m).side);
            }
            if (same(other))
                undecided[i] = true;
        }
        // Goal i (with its group) and goal j (with its) change sides.
        auto flipWithGroup = [&](QList<ScoreSolver::Choice> &other, int k) {
            for (int m = 0; m < n; ++m) {
                const bool together = m == k
                        || (goals.at(k).group >= 0 && goals.at(m).group == goals.at(k).group);
                if (together && other.at(m).kept)
                    other[m].side = flipped(choices.at(m).side);
            }
        };
        for (int j = i + 1; j < n; ++j) {
            if (!choices.at(j).kept || choices.at(j).side == choices.at(i).side)
                continue;
            QList<ScoreSolver::Choice> other = choices;
            flipWithGroup(other, i);
            flipWithGroup(other, j);
            if (same(other))
                undecided[i] = undecided[j] = true;
        }
    }
    // The whole match the other way round, when the score allows it.
    if (!finalScore || finalScore->home == finalScore->away) {
        QList<ScoreSolver::Choice> other = choices;
        for (ScoreSolver::Choice &c : other)
            c.side = c.kept ? flipped(c.side) : c.side;
        if (same(other))
            undecided.fill(true);
    }
    for (int i = 0; i < n; ++i) {
        if (undecided.at(i) && choices.at(i).kept)
            choices[i].side = Side::None;
    }
}

} // namespace

namespace {

// The search with some goals' sides fixed (None: free): the best choice and its value.
ScoreSolver::Result search(const QList<ScoreSolver::Goal> &goals, const QList<Side> &fixed,
                           const std::optional<Score> &finalScore, double *bestValue)
{
    using Goal = ScoreSolver::Goal;
    using Constraint = ScoreSolver::Constraint;
    using Result = ScoreSolver::Result;
    using Choice = ScoreSolver::Choice;
    const int n = int(goals.size());
    const int size = n + 1; // home and away goals both run from 0 to n
    // A state is the goals read, the score, and who led last (see leaderAfter).
    auto at = [size](int i, int h, int a, int l) { return ((i * size + h) * size + a) * 3 + l; };
    std::vector<double> value(size_t(size) * size * size * 3, unreachable);
    // The choice that led to a state: 0 dropped, 1 home, 2 away; and who led last before it,
    // times 4.
    std::vector<quint8> step(value.size(), 0);
    const bool mayDrop = finalScore.has_value();
    value[at(0, 0, 0, 0)] = 0;
    for (int i = 0; i < n; ++i) {
        const Goal &g = goals.at(i);
        for (int h = 0; h <= i; ++h) {
            for (int a = 0; a + h <= i; ++a) {
                for (int l = 0; l < 3; ++l) {
                    const double v = value[at(i, h, a, l)];
                    if (v == unreachable)
                        continue;
                    auto offer = [&](int nh, int na, double gain, quint8 how) {
                        const int nl = leaderAfter(l, Score { nh, na });
                        double &target = value[at(i + 1, nh, na, nl)];
                        if (v + gain > target + 1e-9) {
                            target = v + gain;
                            step[at(i + 1, nh, na, nl)] = quint8(how + 4 * l);
                        }
                    };
                    const Score before { h, a };
                    // Keeping a goal gains what the reading is sure of it; what it breaks is
                    // paid for. What agrees earns nothing more, so that a goal with much said
                    // about it is not kept for that when another is surer.
                    if (mayDrop)
                        offer(h, a, 0, 0);
                    if (fixed.at(i) != Side::Away)
                        offer(h + 1, a,
                              g.confidence + cost(g.homeEvidence)
                                      + cost(effectFit(g.effect, before, true, l))
                                      + cost(scoreAfterFit(g.scoreAfter, Score { h + 1, a })),
                              1);
                    if (fixed.at(i) != Side::Home)
                        offer(h, a + 1,
                              g.confidence + cost(-g.homeEvidence)
                                      + cost(effectFit(g.effect, before, false, l))
                                      + cost(scoreAfterFit(g.scoreAfter, Score { h, a + 1 })),
                              2);
                }
            }
        }
    }

    // The end state: the stated final score when some choice reaches it, else the nearest.
    int bestH = -1;
    int bestA = -1;
    int bestL = 0;
    double best = unreachable;
    for (int h = 0; h <= n; ++h) {
        for (int a = 0; a + h <= n; ++a) {
            for (int l = 0; l < 3; ++l) {
                double v = value[at(n, h, a, l)];
                if (v == unreachable)
                    continue;
                // Without a stated score every goal is kept: the choice is only of sides.
                if (!finalScore && h + a != n)
                    continue;
                if (finalScore)
                    v -= finalScoreMiss * 100
                            * (std::abs(h - finalScore->home) + std::abs(a - finalScore->away));
                if (v > best + 1e-9) {
                    best = v;
                    bestH = h;
                    bestA = a;
                    bestL = l;
                }
            }
        }
    }
    Result result;
    result.choices.resize(n);
    *bestValue = best;
    if (bestH < 0)
        return result;
    result.total = Score { bestH, bestA };
    if (finalScore && result.total != *finalScore)
        result.broken.append({ Constraint::FinalScore, -1 });
    int h = bestH;
    int a = bestA;
    int l = bestL;
    for (int i = n; i > 0; --i) {
        const quint8 packed = step[at(i, h, a, l)];
        const quint8 how = packed % 4;
        l = packed / 4;
        Choice &c = result.choices[i - 1];
        c.kept = how != 0;
        c.side = how == 1 ? Side::Home : (how == 2 ? Side::Away : Side::None);
        if (how == 1)
            --h;
        else if (how == 2)
            --a;
    }
    // What the choice breaks, goal by goal, in match order (sides as chosen, before those
    // nothing decides are taken back).
    Score running;
    int leader = 0;
    for (int i = 0; i < n; ++i) {
        const Choice &c = result.choices.at(i);
        if (!c.kept)
            continue;
        const Goal &g = goals.at(i);
        const bool home = c.side == Side::Home;
        if (effectFit(g.effect, running, home, leader) < 0)
            result.broken.append({ Constraint::Effect, i });
        if (home)
            ++running.home;
        else
            ++running.away;
        leader = leaderAfter(leader, running);
        if (scoreAfterFit(g.scoreAfter, running) < 0)
            result.broken.append({ Constraint::ScoreAfter, i });
        if ((home ? g.homeEvidence : -g.homeEvidence) <= -2)
            result.broken.append({ Constraint::Side, i });
    }
    return result;
}

} // namespace

ScoreSolver::Result ScoreSolver::solve(const QList<Goal> &goals,
                                       const std::optional<Score> &finalScore)
{
    // The groups of more than one goal: each side for each, as long as there are few.
    QList<int> groups;
    QHash<int, int> members;
    for (const Goal &g : goals) {
        if (g.group >= 0 && ++members[g.group] == 2)
            groups.append(g.group);
    }
    if (groups.size() > 8)
        groups.resize(8);
    Result best;
    double bestValue = unreachable;
    bool found = false;
    for (quint32 mask = 0; mask < (1u << groups.size()); ++mask) {
        QList<Side> fixed(goals.size(), Side::None);
        for (int i = 0; i < goals.size(); ++i) {
            const qsizetype k = groups.indexOf(goals.at(i).group);
            if (k < 0)
                continue;
            const bool home = (mask >> k) & 1u;
            fixed[i] = home != goals.at(i).flipped ? Side::Home : Side::Away;
        }
        double value = unreachable;
        Result r = search(goals, fixed, finalScore, &value);
        if (!found || value > bestValue + 1e-9) {
            best = r;
            bestValue = value;
            found = true;
        }
    }
    markUndecided(goals, best.choices, finalScore);
    return best;
}

QString ScoreSolver::constraintName(Constraint constraint)
{
    switch (constraint) {
    case Constraint::FinalScore:
        return QCoreApplication::translate("ScoreSolver", "the stated final score");
    case Constraint::ScoreAfter:
        return QCoreApplication::translate("ScoreSolver", "the score the report gives after it");
    case Constraint::Effect:
        return QCoreApplication::translate("ScoreSolver",
                                           "what the report says the goal did to the score");
    case Constraint::Side:
        return QCoreApplication::translate("ScoreSolver",
                                           "the side the report or the scorer's club gives");
    case Constraint::SameSide:
        return QCoreApplication::translate(
                "ScoreSolver", "one side for a player's goals or goals listed together");
    }
    return {};
}
