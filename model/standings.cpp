#include "standings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using TieBreak = TableRules::TieBreak;

// One row per competition: how teams level on points are ranked.
const QList<TableRules> &rulesTable()
{
    static const QList<TableRules> table {
        { u"Serie A"_s,
          { TieBreak::HeadToHeadPoints, TieBreak::HeadToHeadGoalDifference,
            TieBreak::GoalDifference, TieBreak::GoalsFor },
          3,
          1 },
        { u"La Liga"_s,
          { TieBreak::HeadToHeadPoints, TieBreak::HeadToHeadGoalDifference,
            TieBreak::GoalDifference, TieBreak::GoalsFor },
          3,
          1 },
        { u"Premier League"_s,
          { TieBreak::GoalDifference, TieBreak::GoalsFor, TieBreak::HeadToHeadPoints },
          3,
          1 },
        { u"Bundesliga"_s,
          { TieBreak::GoalDifference, TieBreak::GoalsFor, TieBreak::HeadToHeadPoints },
          3,
          1 },
        { u"Ligue 1"_s, { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 },
        { u"Championship"_s, { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 },
        { u"League One"_s, { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 },
        { u"League Two"_s, { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 },
        { u"Scottish Premiership"_s, { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 },
    };
    return table;
}

// Division codes of results files and the names reports use, to the rules' names.
QString competitionKey(const QString &name)
{
    static const QList<QPair<QString, QString>> aliases {
        { u"I1"_s, u"Serie A"_s },
        { u"italian serie a"_s, u"Serie A"_s },
        { u"serie a"_s, u"Serie A"_s },
        { u"SP1"_s, u"La Liga"_s },
        { u"laliga"_s, u"La Liga"_s },
        { u"la liga"_s, u"La Liga"_s },
        { u"E0"_s, u"Premier League"_s },
        { u"english premier league"_s, u"Premier League"_s },
        { u"premier league"_s, u"Premier League"_s },
        { u"D1"_s, u"Bundesliga"_s },
        { u"bundesliga"_s, u"Bundesliga"_s },
        { u"F1"_s, u"Ligue 1"_s },
        { u"ligue 1"_s, u"Ligue 1"_s },
        { u"E1"_s, u"Championship"_s },
        { u"E2"_s, u"League One"_s },
        { u"E3"_s, u"League Two"_s },
        { u"SC0"_s, u"Scottish Premiership"_s },
    };
    const QString trimmed = name.trimmed();
    for (const auto &[alias, key] : aliases) {
        if (trimmed == alias || trimmed.toLower().startsWith(alias.toLower()))
            return key;
    }
    return trimmed;
}

struct Tally
{
    QString team;
    int played = 0, won = 0, drawn = 0, lost = 0, goalsFor = 0, goalsAgainst = 0, points = 0;
    QList<QPair<QDate, QChar>> form;
};

} // namespace

TableRules TableRules::forCompetition(const QString &name)
{
    const QString key = competitionKey(name);
    for (const TableRules &rules : rulesTable()) {
        if (rules.competition.compare(key, Qt::CaseInsensitive) == 0)
            return rules;
    }
    return TableRules { QString(), { TieBreak::GoalDifference, TieBreak::GoalsFor }, 3, 1 };
}

int Standings::points(int goalsFor, int goalsAgainst, const TableRules &rules)
{
    if (goalsFor > goalsAgainst)
        return rules.pointsForWin;
    return goalsFor == goalsAgainst ? rules.pointsForDraw : 0;
}

QList<StandingRow> Standings::table(const QList<MatchResult> &results, const TableRules &rules)
{
    QHash<QString, Tally> tallies;
    QList<QString> order; // first seen, for a stable last resort
    auto tally = [&](const QString &team) -> Tally & {
        if (!tallies.contains(team)) {
            order.append(team);
            Tally t;
            t.team = team;
            tallies.insert(team, t);
        }
        return tallies[team];
    };
    for (const MatchResult &r : results) {
        for (int side = 0; side < 2; ++side) {
            Tally &t = tally(side == 0 ? r.home : r.away);
            const int gf = side == 0 ? r.homeGoals : r.awayGoals;
            const int ga = side == 0 ? r.awayGoals : r.homeGoals;
            ++t.played;
            t.goalsFor += gf;
            t.goalsAgainst += ga;
            t.points += points(gf, ga, rules);
            const QChar letter = gf > ga ? u'W' : (gf == ga ? u'D' : u'L');
            (gf > ga ? t.won : (gf == ga ? t.drawn : t.lost)) += 1;
            t.form.append({ r.date, letter });
        }
    }

    // Head-to-head among a group of teams level on points: a mini-table of their own matches.
    auto headToHead = [&](const QSet<QString> &group) {
        QHash<QString, QPair<int, int>> mini; // points, goal difference
        for (const MatchResult &r : results) {
            if (!group.contains(r.home) || !group.contains(r.away))
                continue;
            mini[r.home].first += points(r.homeGoals, r.awayGoals, rules);
            mini[r.away].first += points(r.awayGoals, r.homeGoals, rules);
            mini[r.home].second += r.homeGoals - r.awayGoals;
            mini[r.away].second += r.awayGoals - r.homeGoals;
        }
        return mini;
    };

    QList<QString> teams = order;
    std::stable_sort(teams.begin(), teams.end(), [&](const QString &a, const QString &b) {
        return tallies.value(a).points > tallies.value(b).points;
    });
    // Rank each group level on points by the competition's tie-breakers in order.
    int i = 0;
    while (i < teams.size()) {
        int j = i + 1;
        while (j < teams.size()
               && tallies.value(teams.at(j)).points == tallies.value(teams.at(i)).points)
            ++j;
        if (j - i > 1) {
            const QSet<QString> group(teams.begin() + i, teams.begin() + j);
            const auto mini = headToHead(group);
            std::stable_sort(teams.begin() + i, teams.begin() + j,
                             [&](const QString &a, const QString &b) {
                                 const Tally &ta = tallies[a];
                                 const Tally &tb = tallies[b];
                                 for (TieBreak rule : rules.order) {
                                     int va = 0;
                                     int vb = 0;
                                     switch (rule) {
                                     case TieBreak::HeadToHeadPoints:
                                         va = mini.value(a).first;
                                         vb = mini.value(b).first;
                                         break;
                                     case TieBreak::HeadToHeadGoalDifference:
                                         va = mini.value(a).second;
                                         vb = mini.value(b).second;
                                         break;
                                     case TieBreak::GoalDifference:
                                         va = ta.goalsFor - ta.goalsAgainst;
                                         vb = tb.goalsFor - tb.goalsAgainst;
                                         break;
                                     case TieBreak::GoalsFor:
                                         va = ta.goalsFor;
                                         vb = tb.goalsFor;
                                         break;
                                     }
                                     if (va != vb)
                                         return va > vb;
                                 }
                                 return a.localeAwareCompare(b) < 0;
                             });
        }
        i = j;
    }

    QList<StandingRow> rows;
    for (int position = 0; position < teams.size(); ++position) {
        Tally t = tallies.value(teams.at(position));
        std::stable_sort(t.form.begin(), t.form.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QString form;
        for (int k = qMax(0, int(t.form.size()) - 5); k < t.form.size(); ++k)
            form += t.form.at(k).second;
        StandingRow row;
        row.team = t.team;
        row.position = position + 1;
        row.points = t.points;
        row.played = t.played;
        row.won = t.won;
        row.drawn = t.drawn;
        row.lost = t.lost;
        row.goalsFor = t.goalsFor;
        row.goalsAgainst = t.goalsAgainst;
        row.form = form;
        rows.append(row);
    }
    return rows;
}

QList<MatchResult> Standings::before(const QList<MatchResult> &results, const QDate &date,
                                     const QTime &kickOff, const QString &home, const QString &away)
{
    QList<MatchResult> out;
    for (const MatchResult &r : results) {
        if (r.home == home && r.away == away && r.date == date)
            continue;
        if (r.date < date
            || (r.date == date && kickOff.isValid() && r.kickOff.isValid() && r.kickOff < kickOff))
            out.append(r);
    }
    return out;
}

int Standings::findMatch(const QList<MatchResult> &results, const QString &home,
                         const QString &away, const QDate &date)
{
    int best = -1;
    qint64 bestDistance = 0;
    for (int i = 0; i < results.size(); ++i) {
        const MatchResult &r = results.at(i);
        if (r.home != home || r.away != away)
            continue;
        const qint64 distance = date.isValid() ? qAbs(r.date.daysTo(date)) : 0;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    // A date given means that match: a meeting months away is another one.
    if (best >= 0 && date.isValid() && bestDistance > 3)
        return -1;
    return best;
}

QList<MatchResult> Standings::seasonOf(const QList<MatchResult> &results, const QDate &date)
{
    if (!date.isValid() || results.isEmpty())
        return results;
    QList<QDate> dates;
    for (const MatchResult &r : results)
        dates.append(r.date);
    std::sort(dates.begin(), dates.end());
    QDate from = dates.first();
    QDate to = dates.last();
    for (int i = 1; i < dates.size(); ++i) {
        if (dates.at(i - 1).daysTo(dates.at(i)) < 60)
            continue;
        // A break: the season of the date starts after it, or ended before it.
        if (dates.at(i) <= date)
            from = dates.at(i);
        else if (dates.at(i - 1) >= date.addDays(-3) && to > dates.at(i - 1)) {
            to = dates.at(i - 1);
            break;
        }
    }
    QList<MatchResult> out;
    for (const MatchResult &r : results) {
        if (r.date >= from && r.date <= to)
            out.append(r);
    }
    return out;
}
