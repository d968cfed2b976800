#include "readers/resultsreader.h"
#include "standings.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStandings : public QObject
{
    Q_OBJECT

private:
    static MatchResult result(const QString &home, const QString &away, int hg, int ag,
                              QDate date = QDate(2024, 9, 1))
    {
        MatchResult r;
        r.home = home;
        r.away = away;
        r.homeGoals = hg;
        r.awayGoals = ag;
        r.date = date;
        return r;
    }
    static QStringList order(const QList<StandingRow> &rows)
    {
        QStringList out;
        for (const StandingRow &row : rows)
            out << row.team + u' ' + QString::number(*row.points);
        return out;
    }

private slots:
    void pointsAndRecords()
    {
        const SeasonResults season =
                ResultsReader::readFile(TestData::fixture(u"season-scotland.txt"_s));
        const QList<StandingRow> rows = Standings::table(
                season.results, TableRules::forCompetition(u"Scottish Premiership"_s));
        QCOMPARE(order(rows),
                 (QStringList { u"Celtic FC 7"_s, u"Hibernian FC 7"_s, u"Aberdeen FC 5"_s,
                                u"Rangers FC 2"_s }));
        const StandingRow &celtic = rows.first();
        QCOMPARE(*celtic.position, 1);
        QCOMPARE(*celtic.played, 4);
        QCOMPARE(*celtic.won, 2);
        QCOMPARE(*celtic.drawn, 1);
        QCOMPARE(*celtic.lost, 1);
        QCOMPARE(*celtic.goalsFor, 6);
        QCOMPARE(*celtic.goalsAgainst, 3);
        QCOMPARE(celtic.form, u"WLWD"_s);
    }

    void asOfAMatch()
    {
        const SeasonResults season =
                ResultsReader::readFile(TestData::fixture(u"season-scotland.txt"_s));
        // Before Hibernian v Aberdeen at 18:00: that day's 12:00 and 15:00 games count, not
        // Sunday's, and not the match itself.
        const QList<MatchResult> before =
                Standings::before(season.results, QDate(2024, 11, 9), QTime(18, 0),
                                  u"Hibernian FC"_s, u"Aberdeen FC"_s);
        QCOMPARE(before.size(), 6);
        const QList<StandingRow> rows =
                Standings::table(before, TableRules::forCompetition(u"SC0"_s));
        QCOMPARE(order(rows),
                 (QStringList { u"Celtic FC 6"_s, u"Aberdeen FC 5"_s, u"Hibernian FC 4"_s,
                                u"Rangers FC 1"_s }));
        // Without kick-off times, only earlier days count.
        QCOMPARE(Standings::before(season.results, QDate(2024, 11, 9), QTime(), u"Hibernian FC"_s,
                                   u"Aberdeen FC"_s)
                         .size(),
                 4);
        QCOMPARE(Standings::findMatch(season.results, u"Hibernian FC"_s, u"Aberdeen FC"_s,
                                      QDate(2024, 11, 9)),
                 6);
        QCOMPARE(Standings::findMatch(season.results, u"Hibernian FC"_s, u"Aberdeen FC"_s,
                                      QDate(2024, 10, 19)),
                 1);
        QCOMPARE(Standings::findMatch(season.results, u"Hibernian FC"_s, u"Aberdeen FC"_s,
                                      QDate(2024, 12, 20)),
                 -1);
    }

    void tieBreakersFollowTheCompetition()
    {
        // A and B level on points: A won their meeting, B has the better goal difference.
        const QList<MatchResult> results {
            result(u"A"_s, u"B"_s, 1, 0), result(u"B"_s, u"C"_s, 5, 0),
            result(u"A"_s, u"C"_s, 0, 1), result(u"C"_s, u"D"_s, 0, 0),
            result(u"D"_s, u"B"_s, 0, 0), result(u"D"_s, u"A"_s, 0, 3),
        };
        // Serie A: head-to-head first.
        QCOMPARE(
                order(Standings::table(results, TableRules::forCompetition(u"Serie A"_s))).mid(0, 2),
                (QStringList { u"A 6"_s, u"B 4"_s }));
        // A and B are not level here; make them level by giving B a win over D instead.
        QList<MatchResult> level = results;
        level[4] = result(u"D"_s, u"B"_s, 0, 2);
        QCOMPARE(order(Standings::table(level, TableRules::forCompetition(u"Serie A"_s))).mid(0, 2),
                 (QStringList { u"A 6"_s, u"B 6"_s }));
        // Premier League: goal difference first (B +6, A +3).
        QCOMPARE(order(Standings::table(level, TableRules::forCompetition(u"Premier League"_s)))
                         .mid(0, 2),
                 (QStringList { u"B 6"_s, u"A 6"_s }));
        // Unknown competition: the plain default, goal difference then goals scored.
        QCOMPARE(order(Standings::table(level, TableRules::forCompetition(u"County League"_s)))
                         .mid(0, 2),
                 (QStringList { u"B 6"_s, u"A 6"_s }));
    }

    void teamsWithDifferentNumbersOfGames()
    {
        const QList<MatchResult> results { result(u"A"_s, u"B"_s, 2, 0),
                                           result(u"C"_s, u"A"_s, 0, 0),
                                           result(u"C"_s, u"D"_s, 1, 0) };
        const QList<StandingRow> rows =
                Standings::table(results, TableRules::forCompetition(QString()));
        QCOMPARE(order(rows), (QStringList { u"A 4"_s, u"C 4"_s, u"D 0"_s, u"B 0"_s }));
        QCOMPARE(*rows.at(0).played, 2);
        QCOMPARE(*rows.at(2).played, 1);
    }

    void severalSeasonsInOneFile()
    {
        // Three seasons, a match every fortnight from August to May, one after the other.
        QList<MatchResult> results;
        for (int season = 2022; season <= 2024; ++season) {
            for (QDate d(season, 8, 10); d < QDate(season + 1, 5, 25); d = d.addDays(14))
                results.append(result(u"A"_s, u"B"_s, 1, 0, d));
        }
        const QList<MatchResult> middle = Standings::seasonOf(results, QDate(2024, 2, 1));
        QVERIFY(!middle.isEmpty());
        QCOMPARE(middle.first().date.year(), 2023);
        QCOMPARE(middle.last().date.year(), 2024);
        QVERIFY(middle.size() * 3 <= results.size() + 3);
        QVERIFY(Standings::seasonOf(results, QDate(2025, 3, 1)).first().date >= QDate(2024, 8, 1));
    }
};

QTEST_GUILESS_MAIN(TestStandings)
#include "tst_standings.moc"
