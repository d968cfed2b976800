#include "matcheventmodel.h"
#include "playhead.h"
#include "readers/matchjsonreader.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMatchEventModel : public QObject
{
    Q_OBJECT

private:
    static Match derby()
    {
        const ReadResult result =
                MatchJsonReader::read(TestData::read(TestData::fixture(u"derby.json"_s)));
        Q_ASSERT(result.ok());
        return result.match;
    }
    static int rowOf(const MatchEventModel &model, MatchEvent::Type type)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.event(row).type == type)
                return row;
        }
        return -1;
    }

private slots:
    void passesModelTester()
    {
        Playhead playhead;
        MatchEventModel model(&playhead);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatch(derby());
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.columnCount(), int(MatchEventModel::ColumnCount));
        playhead.setPosition(30);
        playhead.setPosition(70);
        model.setMatch(Match());
        QCOMPARE(model.rowCount(), 0);
    }

    void scoresComeFromGoalsWithOwnGoalsForTheOtherSide()
    {
        Playhead playhead;
        MatchEventModel model(&playhead);
        model.setMatch(derby());
        const int ownGoal = rowOf(model, MatchEvent::Type::OwnGoal);
        QVERIFY(ownGoal > 0);
        // Tom Brae plays for Harbour Town; his own goal levels it for Millbrook Rovers.
        QCOMPARE(model.index(ownGoal, MatchEventModel::ScoreColumn).data().toString(), u"1-1"_s);
        QCOMPARE(model.index(ownGoal, MatchEventModel::TeamColumn).data().toString(),
                 u"Millbrook Rovers"_s);
        const int penalty = rowOf(model, MatchEvent::Type::PenaltyGoal);
        QCOMPARE(model.index(penalty, 0).data(MatchEventModel::ScoreRole).toString(), u"1-2"_s);
        QCOMPARE(model.scoreAfter(model.rowCount() - 1), (Score { 2, 2 }));
        QVERIFY(model.index(penalty, 0).data(MatchEventModel::ChangesScoreRole).toBool());
        QVERIFY(!model.index(rowOf(model, MatchEvent::Type::YellowCard), 0)
                         .data(MatchEventModel::ChangesScoreRole)
                         .toBool());
    }

    void displayTexts()
    {
        Playhead playhead;
        MatchEventModel model(&playhead);
        model.setMatch(derby());
        const int ownGoal = rowOf(model, MatchEvent::Type::OwnGoal);
        QCOMPARE(model.index(ownGoal, MatchEventModel::TimeColumn).data().toString(), u"45+2'"_s);
        QCOMPARE(model.index(ownGoal, MatchEventModel::TypeColumn).data().toString(), u"Own goal"_s);
        const int sub = rowOf(model, MatchEvent::Type::Substitution);
        QCOMPARE(model.index(sub, MatchEventModel::PlayerColumn).data().toString(),
                 u"Kai Moor for Piet Saar"_s);
        const int chance = rowOf(model, MatchEvent::Type::Chance);
        QVERIFY(model.index(chance, MatchEventModel::TypeColumn)
                        .data()
                        .toString()
                        .contains(u"woodwork"_s));
        QCOMPARE(model.headerData(MatchEventModel::ScoreColumn, Qt::Horizontal).toString(),
                 u"Score"_s);
    }

    void addedTimeSortsBeforeSecondHalf()
    {
        Playhead playhead;
        MatchEventModel model(&playhead);
        model.setMatch(derby());
        const int ownGoal = rowOf(model, MatchEvent::Type::OwnGoal);
        const int chance = rowOf(model, MatchEvent::Type::Chance);
        const double og = model.index(ownGoal, 0).data(MatchEventModel::PositionRole).toDouble();
        const double ch = model.index(chance, 0).data(MatchEventModel::PositionRole).toDouble();
        QVERIFY(og < ch);
        QCOMPARE(og, 47.0); // 45+2 in a first half that ran to 45+3
        QCOMPARE(ch, 48.0 + 7); // 52' in the second half, which started at 48
    }

    void playheadMarksPlayedRowsWithMinimalSignals()
    {
        Playhead playhead;
        MatchEventModel model(&playhead);
        model.setMatch(derby());
        // A new match puts the playhead at the end: everything has happened.
        QCOMPARE(playhead.position(), model.timeScale().end());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(MatchEventModel::PlayedRole).toBool());
        QCOMPARE(model.scoreAtPlayhead(), (Score { 2, 2 }));

        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        playhead.setPosition(40); // after the 30th-minute booking, before the own goal at 45+2
        QCOMPARE(spy.count(), 1);
        const QList<int> roles = spy.first().at(2).value<QList<int>>();
        QCOMPARE(roles, QList<int> { MatchEventModel::PlayedRole });
        // Only the rows that changed: from the own goal to the end.
        QCOMPARE(spy.first().at(0).toModelIndex().row(), rowOf(model, MatchEvent::Type::OwnGoal));
        QCOMPARE(spy.first().at(1).toModelIndex().row(), model.rowCount() - 1);
        QCOMPARE(model.scoreAtPlayhead(), (Score { 1, 0 }));
        QVERIFY(model.index(rowOf(model, MatchEvent::Type::YellowCard), 0)
                        .data(MatchEventModel::PlayedRole)
                        .toBool());
        QVERIFY(!model.index(rowOf(model, MatchEvent::Type::OwnGoal), 0)
                         .data(MatchEventModel::PlayedRole)
                         .toBool());

        spy.clear();
        playhead.setPosition(41); // nothing happens between 40' and 41'
        QCOMPARE(spy.count(), 0);

        // An event at 12' has happened when the playhead stands exactly on 12'.
        playhead.setPosition(12);
        QCOMPARE(model.scoreAtPlayhead(), (Score { 1, 0 }));
        playhead.setPosition(11.9);
        QCOMPARE(model.scoreAtPlayhead(), (Score { 0, 0 }));
    }

    void eventsWithoutMinuteHappenAtTheEndOfTheirPeriod()
    {
        Match match;
        match.homeTeam = u"A"_s;
        match.awayTeam = u"B"_s;
        MatchEvent goal;
        goal.type = MatchEvent::Type::Goal;
        goal.side = Side::Home;
        goal.time = MatchTime::inPeriod(MatchTime::Period::FirstHalf);
        match.events.append(goal);
        Playhead playhead;
        MatchEventModel model(&playhead);
        model.setMatch(match);
        QVERIFY(std::isnan(model.index(0, 0).data(MatchEventModel::PositionRole).toDouble()));
        playhead.setPosition(44);
        QCOMPARE(model.scoreAtPlayhead(), (Score { 0, 0 }));
        playhead.setPosition(45);
        QCOMPARE(model.scoreAtPlayhead(), (Score { 1, 0 }));
    }
};

QTEST_GUILESS_MAIN(TestMatchEventModel)
#include "tst_matcheventmodel.moc"
