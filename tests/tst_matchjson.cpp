#include "readers/matchjsonreader.h"
#include "readers/matchjsonwriter.h"
#include "readers/reportreader.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMatchJson : public QObject
{
    Q_OBJECT

private:
    static Match richMatch()
    {
        Match match;
        match.homeTeam = u"Harbour Town"_s;
        match.awayTeam = u"Millbrook Rovers"_s;
        match.date = QDate(2025, 10, 4);
        match.competition = u"County League"_s;
        match.venue = u"Quayside Park"_s;
        match.headline = u"Late goal rescues a point"_s;
        match.referee = u"Ana Kerr"_s;
        match.finalScore = Score { 2, 2 };
        match.shootoutScore = Score { 4, 3 };
        match.sourceFormat = Match::SourceFormat::Prose;
        match.sourceText = u"Müller, Gündoğan and Đoković scored."_s;
        MatchEvent goal;
        goal.type = MatchEvent::Type::Goal;
        goal.time = MatchTime::fromString(u"45+2"_s);
        goal.side = Side::Home;
        goal.player = u"Müller"_s;
        goal.secondPlayer = u"Gündoğan"_s;
        goal.bodyPart = MatchEvent::BodyPart::Head;
        goal.xg = 0.125;
        goal.evidence = { TextSpan { 0, 36 } };
        MatchEvent chance;
        chance.type = MatchEvent::Type::Chance;
        chance.chance = MatchEvent::ChanceKind::OffTheLine;
        chance.time = MatchTime::inPeriod(MatchTime::Period::SecondHalf);
        chance.side = Side::Away;
        MatchEvent stoppage;
        stoppage.type = MatchEvent::Type::RedCard;
        stoppage.time = MatchTime(MatchTime::Period::SecondHalf, 90, MatchTime::UnknownAdded);
        MatchEvent kick;
        kick.type = MatchEvent::Type::ShootoutKick;
        kick.time = MatchTime(MatchTime::Period::Shootout, 121, 0, 30);
        kick.outcome = u"Saved"_s;
        MatchEvent marker;
        marker.type = MatchEvent::Type::HalfTime;
        marker.time = MatchTime::fromString(u"45+3"_s);
        MatchEvent unknown;
        unknown.type = MatchEvent::Type::Substitution;
        match.events = { goal, marker, chance, stoppage, kick, unknown };
        StandingRow row;
        row.team = u"Harbour Town"_s;
        row.position = 3;
        row.points = 20;
        row.played = 9;
        row.goalsFor = 14;
        row.goalsAgainst = 8;
        row.note = u"two points clear"_s;
        match.standings = { row };
        match.warnings = { ReadWarning { u"Something uncertain"_s, 12, -1 } };
        return match;
    }

private slots:
    void roundTripGivesAnEqualMatch()
    {
        const Match match = richMatch();
        const QByteArray json = MatchJsonWriter::write(match);
        const ReadResult back = MatchJsonReader::read(json);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.match.events.size(), match.events.size());
        for (int i = 0; i < match.events.size(); ++i)
            QVERIFY2(back.match.events.at(i) == match.events.at(i), qPrintable(QString::number(i)));
        QCOMPARE(back.match.standings.first(), match.standings.first());
        QVERIFY(back.match == match);
        // Written twice, the same bytes.
        QCOMPARE(MatchJsonWriter::write(back.match), json);
    }

    void exportFieldsForTools()
    {
        const QJsonObject root = MatchJsonWriter::toJson(richMatch());
        QCOMPARE(root[u"format"_s].toString(), u"matchline"_s);
        QCOMPARE(root[u"version"_s].toInt(), 1);
        QCOMPARE(root[u"home"_s][u"name"_s].toString(), u"Harbour Town"_s);
        QCOMPARE(root[u"date"_s].toString(), u"2025-10-04"_s);
        QCOMPARE(root[u"final_score"_s][u"away"_s].toInt(), 2);
        const QJsonObject goal = root[u"events"_s][0].toObject();
        QCOMPARE(goal[u"type"_s].toString(), u"goal"_s);
        QCOMPARE(goal[u"minute"_s].toInt(), 45);
        QCOMPARE(goal[u"added"_s].toInt(), 2);
        QCOMPARE(goal[u"period"_s].toInt(), 1);
        QCOMPARE(goal[u"team"_s].toString(), u"home"_s);
        QCOMPARE(goal[u"score"_s][u"home"_s].toInt(), 1);
        QCOMPARE(root[u"events"_s][1][u"type"_s].toString(), u"period"_s);
        QCOMPARE(root[u"events"_s][1][u"marker"_s].toString(), u"half_time"_s);
        QVERIFY(root[u"events"_s][3][u"added"_s].isNull()); // stoppage time of unstated length
        QVERIFY(root[u"events"_s][5][u"minute"_s].isNull());
        QCOMPARE(root[u"standings"_s][0][u"points"_s].toInt(), 20);
        QCOMPARE(root[u"standings"_s][0][u"goals_for"_s].toInt(), 14);
    }

    void readsTheFixture()
    {
        const ReadResult result = ReportReader::readFile(TestData::fixture(u"derby.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.match.homeTeam, u"Harbour Town"_s);
        QCOMPARE(result.match.events.size(), 11);
        QCOMPARE(result.match.scoreFromEvents(), (Score { 2, 2 }));
    }

    void refusesANewerVersion()
    {
        const ReadResult result =
                ReportReader::readFile(TestData::fixture(u"newer-version.json"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"version 99"_s), qPrintable(result.error));
        QVERIFY(result.error.contains(u"newer"_s));
    }

    void explainsBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << u"truncated.json"_s << u"Not valid JSON"_s;
        QTest::addRow("other JSON") << u"not-matchline.json"_s << u"Not a Matchline file"_s;
        QTest::addRow("missing") << u"no-such-file.json"_s << u"Cannot open"_s;
    }
    void explainsBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const ReadResult result = ReportReader::readFile(TestData::fixture(file));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void toleratesOddValues()
    {
        const QByteArray json =
                R"({"format":"matchline","version":1,"home":{"name":"A"},"away":{"name":"B"},
            "events":[{"type":"goal","minute":1.5,"team":"home"},{"type":"teleport","minute":-5},
                      {"type":"goal","minute":9999,"team":"away"},{"type":"goal","minute":-0.0,"team":"away"}]})";
        const ReadResult result = MatchJsonReader::read(json);
        QVERIFY(result.ok());
        QCOMPARE(result.match.events.size(), 4);
        QVERIFY(!result.match.events.at(0).time.hasMinute());
        QCOMPARE(result.match.events.at(1).type, MatchEvent::Type::Other);
        QVERIFY(!result.match.warnings.isEmpty());
        QVERIFY(!result.match.events.at(2).time.hasMinute());
        QCOMPARE(result.match.events.at(3).time.minute(), 0);
    }

    void refusesNumbersBeyondRange()
    {
        const ReadResult result = MatchJsonReader::read(
                R"({"format":"matchline","version":1,"events":[{"type":"goal","minute":1e400}]})");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"line 1"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestMatchJson)
#include "tst_matchjson.moc"
