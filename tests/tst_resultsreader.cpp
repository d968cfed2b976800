#include "readers/resultsreader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestResultsReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheOpenfootballMatchList()
    {
        const SeasonResults season =
                ResultsReader::readFile(TestData::fixture(u"season-scotland.txt"_s));
        QVERIFY2(season.ok(), qPrintable(season.error));
        QCOMPARE(season.competition, u"Scottish Premiership 2024/25"_s);
        QCOMPARE(season.results.size(), 8); // the two fixtures of January have no score yet
        QVERIFY(season.warnings.isEmpty());
        const MatchResult &first = season.results.first();
        QCOMPARE(first.date, QDate(2024, 10, 19));
        QCOMPARE(first.kickOff, QTime(12, 30));
        QCOMPARE(first.home, u"Celtic FC"_s);
        QCOMPARE(first.away, u"Rangers FC"_s);
        QCOMPARE(first.homeGoals, 2);
        QCOMPARE(first.awayGoals, 1);
        // "[Sat Oct/26]" and "15.00", the older way of writing dates and times.
        QCOMPARE(season.results.at(2).date, QDate(2024, 10, 26));
        QCOMPARE(season.results.at(2).kickOff, QTime(15, 0));
        // A time holds for the lines below it until another is given.
        QCOMPARE(season.results.at(3).kickOff, QTime(15, 0));
        QCOMPARE(season.results.at(6).date, QDate(2024, 11, 9));
        QCOMPARE(season.results.at(6).kickOff, QTime(18, 0));
    }

    void readsFootballDataCsv()
    {
        const SeasonResults season =
                ResultsReader::readFile(TestData::fixture(u"season-scotland.csv"_s));
        QVERIFY2(season.ok(), qPrintable(season.error));
        QCOMPARE(season.competition, u"SC0"_s);
        QCOMPARE(season.results.size(), 8);
        QCOMPARE(season.results.at(1).date, QDate(2024, 10, 19)); // dd/mm/yy
        QCOMPARE(season.results.at(0).date, QDate(2024, 10, 19)); // dd/mm/yyyy
        // The two rows that cannot be read are named in one message, by line.
        QCOMPARE(season.warnings.size(), 1);
        QVERIFY2(season.warnings.first().message.contains(u"line 10, 11"_s),
                 qPrintable(season.warnings.first().message));
    }

    void refusesWhatIsNotResults_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing columns")
                << TestData::read(TestData::fixture(u"results-missing-columns.csv"_s)) << u"FTHG"_s;
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("prose") << QByteArray("Celtic beat Rangers 2-1 on Saturday.")
                               << u"No results"_s;
    }
    void refusesWhatIsNotResults()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const SeasonResults season = ResultsReader::read(data);
        QVERIFY(!season.ok());
        QVERIFY2(season.error.contains(expected), qPrintable(season.error));
    }

    void yearTurnsInJanuary()
    {
        const SeasonResults season =
                ResultsReader::read("= League 2024/25\n  Sat Dec 28\n    Aberdeen FC v Celtic FC "
                                    "1-0\n  Thu Jan 2\n    Celtic FC v Rangers FC 3-0\n");
        QCOMPARE(season.results.size(), 2);
        QCOMPARE(season.results.at(0).date, QDate(2024, 12, 28));
        QCOMPARE(season.results.at(1).date, QDate(2025, 1, 2));
    }

    void namesUnknownToTheTeamListAreUsedAndListed()
    {
        const SeasonResults season =
                ResultsReader::read("= County League 2024/25\n  Sat Dec 28 2024\n    Harbour Town "
                                    "v Millbrook Rovers 1-0\n    Celtic FC v Rangers FC 2-2\n");
        QCOMPARE(season.results.size(), 2);
        QCOMPARE(season.warnings.size(), 1);
        QVERIFY(season.warnings.first().message.contains(u"Harbour Town, Millbrook Rovers"_s));
        QVERIFY(!season.warnings.first().message.contains(u"Celtic"_s));
    }

    void realSeasonFiles()
    {
        if (!TestData::haveShared(u"openfootball/italy-2025-26-1-seriea.txt"_s))
            QSKIP("../shared/data is not beside the project");
        const SeasonResults txt = ResultsReader::readFile(
                TestData::shared(u"openfootball/italy-2025-26-1-seriea.txt"_s));
        QVERIFY(txt.ok());
        QVERIFY(txt.results.size() > 250);
        QVERIFY(txt.warnings.isEmpty());
        const SeasonResults ragged =
                ResultsReader::readFile(TestData::shared(u"football-data/OznoBB-ops/I1.csv"_s));
        QVERIFY(ragged.ok());
        QCOMPARE(ragged.results.size(), 1900);
    }
};

QTEST_GUILESS_MAIN(TestResultsReader)
#include "tst_resultsreader.moc"
