#include "standingsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStandingsModel : public QObject
{
    Q_OBJECT

private slots:
    void partialTableFromReportFacts()
    {
        StandingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StandingRow fourth { u"Juventus"_s, 4, 46, {}, {}, {}, {}, {}, {}, {}, {} };
        StandingRow first { u"Inter Milan"_s, 1, 61, 25, {}, {}, {}, {}, {}, u"eight points clear"_s, {} };
        StandingRow unplaced { u"AC Milan"_s, {}, 53, {}, {}, {}, {}, {}, {}, {}, {} };
        model.setRows({ fourth, unplaced, first }, { u"Inter Milan"_s, u"Juventus"_s });
        QCOMPARE(model.rowCount(), 3);
        // Known places in order, then teams placed only by points.
        QCOMPARE(model.index(0, StandingsModel::TeamColumn).data().toString(), u"Inter Milan"_s);
        QCOMPARE(model.index(1, StandingsModel::TeamColumn).data().toString(), u"Juventus"_s);
        QCOMPARE(model.index(2, StandingsModel::TeamColumn).data().toString(), u"AC Milan"_s);
        QCOMPARE(model.index(0, StandingsModel::PointsColumn).data().toInt(), 61);
        QCOMPARE(model.index(0, StandingsModel::PlayedColumn).data().toInt(), 25);
        // Nothing invented: numbers nobody stated are empty.
        QVERIFY(!model.index(1, StandingsModel::PlayedColumn).data().isValid());
        QVERIFY(!model.index(2, StandingsModel::PositionColumn).data().isValid());
        QVERIFY(model.index(0, 0).data(StandingsModel::HighlightRole).toBool());
        QVERIFY(!model.index(2, 0).data(StandingsModel::HighlightRole).toBool());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"eight points clear"_s);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStandingsModel)
#include "tst_standingsmodel.moc"
