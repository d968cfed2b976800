#include "prose/prosereportreader.h"
#include "readers/resultsreader.h"
#include "standingsmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStandingsModel : public QObject
{
    Q_OBJECT

private:
    static QStringList table(const StandingsModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out << model.index(row, StandingsModel::TeamColumn).data().toString() + u' '
                            + model.index(row, StandingsModel::PointsColumn).data().toString();
        }
        return out;
    }
    static int pointsOf(const StandingsModel &model, const QString &team)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, StandingsModel::TeamColumn).data().toString() == team)
                return model.index(row, StandingsModel::PointsColumn).data().toInt();
        }
        return -1;
    }
    static Match fixtureReport()
    {
        return ProseReportReader::read(
                       TestData::read(TestData::fixture(u"report-hibernian-aberdeen.txt"_s)))
                .match;
    }

private slots:
    void fromTheReportAlone()
    {
        QFile sample(u":/matchline/sample/inter-juventus.txt"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const Match match = ProseReportReader::read(sample.readAll()).match;
        StandingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatch(match);
        // At the final score: what the report says.
        QCOMPARE(table(model),
                 (QStringList { u"Inter Milan 61"_s, u"AC Milan 53"_s, u"Juventus 46"_s }));
        QCOMPARE(model.index(0, StandingsModel::PositionColumn).data().toInt(), 1);
        // Nothing invented: no games or goals for a partial table.
        QVERIFY(!model.index(0, StandingsModel::PlayedColumn).data().isValid());
        // At 1-1 both have a point: Inter 58 + 1, Juventus 46 + 1.
        model.setLiveScore(Score { 1, 1 });
        QCOMPARE(pointsOf(model, u"Inter Milan"_s), 59);
        QCOMPARE(pointsOf(model, u"Juventus"_s), 47);
        QCOMPARE(pointsOf(model, u"AC Milan"_s), 53);
        model.setView(StandingsModel::View::BeforeMatch);
        QCOMPARE(pointsOf(model, u"Inter Milan"_s), 58);
        QCOMPARE(pointsOf(model, u"Juventus"_s), 46);
        QVERIFY(model.index(0, 0).data(StandingsModel::HighlightRole).toBool());
    }

    void fromASeasonLiveWithTheScore()
    {
        StandingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatch(fixtureReport());
        model.setSeason(ResultsReader::readFile(TestData::fixture(u"season-scotland.txt"_s)),
                        u"season-scotland.txt"_s);
        QVERIFY(model.seasonHasMatch());
        // After the match: Hibernian 2-1 Aberdeen.
        QCOMPARE(table(model),
                 (QStringList { u"Hibernian 7"_s, u"Celtic 6"_s, u"Aberdeen 5"_s, u"Rangers 1"_s }));
        QCOMPARE(model.index(0, 0).data(StandingsModel::MoveRole).toInt(), 2);
        QCOMPARE(model.index(0, StandingsModel::MoveColumn).data().toString(), u"\u25b22"_s);
        QCOMPARE(model.index(0, StandingsModel::PlayedColumn).data().toInt(), 4);
        // 0-1 at the 30th minute: Aberdeen top.
        model.setLiveScore(Score { 0, 1 });
        QCOMPARE(table(model),
                 (QStringList { u"Aberdeen 8"_s, u"Celtic 6"_s, u"Hibernian 4"_s, u"Rangers 1"_s }));
        // 1-1: Celtic and Aberdeen level on 6, Celtic ahead on goal difference.
        model.setLiveScore(Score { 1, 1 });
        QCOMPARE(table(model),
                 (QStringList { u"Celtic 6"_s, u"Aberdeen 6"_s, u"Hibernian 5"_s, u"Rangers 1"_s }));
        model.setView(StandingsModel::View::BeforeMatch);
        QCOMPARE(table(model),
                 (QStringList { u"Celtic 6"_s, u"Aberdeen 5"_s, u"Hibernian 4"_s, u"Rangers 1"_s }));
        // The report says Hibernian 24 and Aberdeen 29: the results file disagrees, and says so.
        QCOMPARE(model.disagreements().size(), 3);
        QVERIFY(model.disagreements().first().contains(u"24"_s));
        QCOMPARE(model.tableAfterMatch().first().team, u"Hibernian"_s);
    }

    void theSeedWithTheRealSeason()
    {
        if (!TestData::haveShared(u"openfootball/italy-2025-26-1-seriea.txt"_s))
            QSKIP("../shared/data is not beside the project");
        StandingsModel model;
        model.setMatch(ProseReportReader::read(TestData::read(TestData::shared(
                                                       u"reports/000_1db8c0ac7c0ef468.txt"_s)))
                               .match);
        model.setSeason(ResultsReader::readFile(
                                TestData::shared(u"openfootball/italy-2025-26-1-seriea.txt"_s)),
                        u"seriea"_s);
        QCOMPARE(model.rowCount(), 20);
        const QStringList top = table(model).mid(0, 5);
        QCOMPARE(top,
                 (QStringList { u"Inter Milan 61"_s, u"AC Milan 53"_s, u"Napoli 49"_s,
                                u"Juventus 46"_s, u"Roma 46"_s }));
        QCOMPARE(model.index(0, StandingsModel::PlayedColumn).data().toInt(), 25);
        QCOMPARE(model.index(1, StandingsModel::PlayedColumn).data().toInt(), 24);
        QVERIFY(model.disagreements().isEmpty()); // in agreement with the report's own facts
        model.setLiveScore(Score { 1, 1 });
        QCOMPARE(pointsOf(model, u"Inter Milan"_s), 59);
        QCOMPARE(pointsOf(model, u"Juventus"_s), 47);
    }
};

QTEST_GUILESS_MAIN(TestStandingsModel)
#include "tst_standingsmodel.moc"
