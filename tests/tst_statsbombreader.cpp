#include "readers/reportreader.h"
#include "readers/statsbombreader.h"
#include "testdata.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// StatsBomb event data: a small file we wrote in the format, and the real open-data matches
// kept beside the project.
class TestStatsBombReader : public QObject
{
    Q_OBJECT

private:
    // "goal 12' home Ada Lind" for goals and cards, "kick_off 0'" for period markers...
    static QStringList keyEvents(const Match &match, bool withOthers = false)
    {
        QStringList out;
        for (const MatchEvent &e : match.events) {
            const bool wanted =
                    e.isGoal() || e.isCard() || (withOthers && e.type != MatchEvent::Type::Other);
            if (!wanted)
                continue;
            const QString line = (e.isPeriodMarker() ? MatchEvent::markerKey(e.type)
                                                     : MatchEvent::typeKey(e.type))
                    + u' ' + e.time.label() + u' ' + MatchEvent::sideKey(e.side) + u' ' + e.player;
            out << line.trimmed();
        }
        return out;
    }

private slots:
    void recognisedByContent()
    {
        QVERIFY(StatsBombReader::looksLikeEvents(
                TestData::read(TestData::fixture(u"statsbomb-mini.json"_s)).left(4096)));
        QVERIFY(!StatsBombReader::looksLikeEvents(
                TestData::read(TestData::fixture(u"derby.json"_s)).left(4096)));
        QCOMPARE(int(ReportReader::sniff(
                         TestData::read(TestData::fixture(u"statsbomb-mini.json"_s)).left(4096))),
                 int(ReportReader::Format::StatsBomb));
    }

    void theFixture()
    {
        const ReadResult result =
                ReportReader::readFile(TestData::fixture(u"statsbomb-mini.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Match &match = result.match;
        // Teams from the Starting XI events, home first; short names from the lineups beside.
        QCOMPARE(match.homeTeam, u"Harbour Town"_s);
        QCOMPARE(match.awayTeam, u"Millbrook Rovers"_s);
        QCOMPARE(keyEvents(match),
                 (QStringList { u"goal 12' home Ada Lind"_s, u"yellow_card 30' away Piet Saar"_s,
                                u"own_goal 45+2' away Tom Brae"_s,
                                u"second_yellow 80' home Tom Brae"_s, u"goal 90+3' away Kai Moor"_s,
                                u"goal 98' home Noor Vale"_s }));
        QCOMPARE(match.scoreFromEvents(), (Score { 2, 2 }));
        // The shoot-out is its own section, not added to the score.
        QCOMPARE(match.shootoutScore, (Score { 2, 1 }));
        int kicks = 0;
        for (const MatchEvent &e : match.events) {
            if (e.type == MatchEvent::Type::ShootoutKick) {
                ++kicks;
                QCOMPARE(e.time.period(), MatchTime::Period::Shootout);
            }
        }
        QCOMPARE(kicks, 4);
        const QStringList all = keyEvents(match, true);
        QVERIFY(all.contains(u"kick_off 0'"_s));
        QVERIFY(all.contains(u"half_time 45+4'"_s));
        QVERIFY(all.contains(u"missed_penalty 67' away Kai Moor"_s));
        QVERIFY(all.contains(u"chance 71' away Ivo Renn"_s));
        QVERIFY(all.contains(u"substitution 60' away Piet Saar"_s));
        QVERIFY(all.contains(u"missed_penalty 119' away Ivo Renn"_s));
        QVERIFY(all.contains(u"shootout pens"_s));
        // One marker per whistle although both teams record it.
        QCOMPARE(all.count(u"half_time 45+4'"_s), 1);
        // The goal's details: xG, body part, assist from the key pass.
        const MatchEvent goal = *std::find_if(match.events.cbegin(), match.events.cend(),
                                              [](const MatchEvent &e) { return e.isGoal(); });
        QCOMPARE(goal.xg, 0.31);
        QCOMPARE(goal.bodyPart, MatchEvent::BodyPart::Head);
        QCOMPARE(goal.secondPlayer, u"Noor Vale"_s);
        // Every other event is kept, unknown types included, and reported.
        QCOMPARE(match.events.size(), 39); // every object of the file
        QVERIFY(std::any_of(match.events.cbegin(), match.events.cend(),
                            [](const MatchEvent &e) { return e.detail == u"Teleport"_s; }));
        QCOMPARE(match.warnings.size(), 1);
        QVERIFY(match.warnings.first().message.contains(u"Teleport"_s));
    }

    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated")
                << QByteArray("[{\"type\": {\"name\": \"Pass\"}, \"period\": 1, \"minute")
                << u"Not valid JSON"_s;
        QTest::addRow("not an array") << QByteArray("{\"type\": \"x\"}") << u"not an array"_s;
    }
    void brokenInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const ReadResult result = StatsBombReader::read(data);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    // The number of events is counted on the bytes before the parse: a season is refused without
    // building its document, and strings with commas, brackets and escaped quotes count as text.
    void tooManyEventsAreRefusedBeforeTheParse()
    {
        const QByteArray event = R"({"type":{"name":"Pass"},"period":1,"minute":3},)";
        QByteArray many = "[" + event.repeated(StatsBombReader::maxEvents);
        many += R"({"type":{"name":"Half End"},"period":2,"minute":90}])";
        ReadResult result = StatsBombReader::read(many);
        QVERIFY(!result.ok());
        const QString limit = QLocale().toString(StatsBombReader::maxEvents); // "100,000"
        QVERIFY2(result.error.contains(limit + u" events"_s), qPrintable(result.error));

        const QByteArray tricky = R"([{"type":{"name":"Pass"},"period":1,"minute":1,
            "player":{"name":"A, \"B\" [C] {D}\\"}},
            {"type":{"name":"Pass"},"period":1,"minute":2,"player":{"name":",,,]]]"}}])";
        result = StatsBombReader::read(tricky);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.match.events.size(), 2);
        QCOMPARE(result.match.events.at(0).player, uR"(A, "B" [C] {D}\)"_s);
    }

    void oddEventsAreKept()
    {
        const ReadResult result = StatsBombReader::read(
                "[{\"type\": {\"name\": \"Starting XI\"}, \"period\": 1, \"minute\": 0, \"team\": "
                "{\"name\": \"A\"}},\n"
                "                    {\"type\": {\"name\": \"Starting XI\"}, \"period\": 1, "
                "\"minute\": 0, \"team\": {\"name\": \"B\"}},\n"
                "                    {\"type\": {\"name\": \"Shot\"}, \"period\": 1, \"minute\": "
                "1e400, \"team\": {\"name\": \"A\"}, \"shot\": {\"outcome\": {\"name\": "
                "\"Goal\"}}},\n"
                "                    {\"type\": {\"name\": \"Shot\"}, \"team\": {\"name\": \"B\"}, "
                "\"shot\": {\"outcome\": {\"name\": \"Goal\"}}},\n"
                "                    {\"period\": 2, \"minute\": -5},\n"
                "                    42]");
        QVERIFY(!result.ok() || result.match.events.size() >= 4);
        if (result.ok()) {
            QCOMPARE(result.match.scoreFromEvents(), (Score { 1, 1 }));
            QVERIFY(result.match.warnings.size() >= 2);
        }
    }

    void realMatches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("goals");
        QTest::addColumn<QStringList>("cards");
        QTest::addColumn<int>("substitutions");
        // The goals and cards SOURCES.md lists for each file. (Its substitution counts, 5 and 8,
        // are one short of the Substitution events the files hold: 6 and 9.)
        QTest::addRow("Barcelona 2-2 Girona")
                << u"statsbomb/statsbomb_15986_event.json"_s
                << QStringList { u"goal 19' home Lionel Messi"_s,
                                 u"goal 45' away Cristhian Stuani"_s,
                                 u"goal 51' away Cristhian Stuani"_s,
                                 u"goal 63' home Gerard Piqué"_s }
                << QStringList { u"yellow_card 12' home Nélson Semedo"_s,
                                 u"yellow_card 14' home Arthur"_s,
                                 u"yellow_card 16' away Cristhian Stuani"_s,
                                 u"red_card 33' home Clément Lenglet"_s,
                                 u"yellow_card 39' away Bernardo Espinosa"_s,
                                 u"yellow_card 61' away Juanpe"_s,
                                 u"yellow_card 68' away Pedro Alcalá"_s,
                                 u"yellow_card 69' away Portu"_s,
                                 u"yellow_card 81' home Gerard Piqué"_s }
                << 6;
        QTest::addRow("Turkey 0-3 Italy")
                << u"statsbomb/statsbomb_3788741_event.json"_s
                << QStringList { u"own_goal 53' away Merih Demiral"_s,
                                 u"goal 66' away Ciro Immobile"_s,
                                 u"goal 79' away Lorenzo Insigne"_s }
                << QStringList { u"yellow_card 88' home Caglar Söyüncü"_s,
                                 u"yellow_card 90' home Halil Dervişoğlu"_s }
                << 9;
        QTest::addRow("Barcelona 2-1 Valencia (penalty)")
                << u"statsbomb/kloppy-docs/9880.json"_s
                << QStringList { u"goal 15' home Luis Suárez"_s, u"goal 51' home Samuel Umtiti"_s,
                                 u"penalty_goal 87' away Dani Parejo"_s }
                << QStringList { u"yellow_card 7' home Gerard Piqué"_s,
                                 u"yellow_card 12' away Geoffrey Kondogbia"_s,
                                 u"yellow_card 75' away Gabriel Paulista"_s,
                                 u"yellow_card 86' home Ousmane Dembélé"_s }
                << 6;
    }
    void realMatches()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, goals);
        QFETCH(QStringList, cards);
        QFETCH(int, substitutions);
        if (!TestData::haveShared(file))
            QSKIP("../shared/data is not beside the project");
        const ReadResult result = ReportReader::readFile(TestData::shared(file));
        QVERIFY(result.ok());
        QStringList foundGoals;
        QStringList foundCards;
        int subs = 0;
        for (const QString &line : keyEvents(result.match))
            (line.contains(u"card"_s) || line.contains(u"yellow"_s) ? foundCards : foundGoals)
                    << line;
        for (const MatchEvent &e : result.match.events)
            subs += e.type == MatchEvent::Type::Substitution;
        QCOMPARE(foundGoals, goals);
        QCOMPARE(foundCards, cards);
        QCOMPARE(subs, substitutions);
    }

    void theAlavesFileSurvivesItsOwnGoal()
    {
        if (!TestData::haveShared(u"statsbomb/statsbomb_event.json"_s))
            QSKIP("../shared/data is not beside the project");
        const ReadResult result =
                ReportReader::readFile(TestData::shared(u"statsbomb/statsbomb_event.json"_s));
        QVERIFY(result.ok());
        QVERIFY(std::any_of(result.match.warnings.cbegin(), result.match.warnings.cend(),
                            [](const ReadWarning &w) { return w.message.contains(u"own goal"_s); }));
    }

    void theWorldCupFinalExcerpt()
    {
        if (!TestData::haveShared(u"statsbomb/T-Bone47-Football_OS/events_3869685_excerpt.json"_s))
            QSKIP("../shared/data is not beside the project");
        const ReadResult result = ReportReader::readFile(
                TestData::shared(u"statsbomb/T-Bone47-Football_OS/events_3869685_excerpt.json"_s));
        QVERIFY(result.ok());
        const Match &m = result.match;
        // From the matches file beside it.
        QCOMPARE(m.homeTeam, u"Argentina"_s);
        QCOMPARE(m.date, QDate(2022, 12, 18));
        QCOMPARE(m.venue, u"Lusail Stadium"_s);
        QCOMPARE(m.referee, u"Szymon Marciniak"_s);
        QCOMPARE(m.finalScore, (Score { 3, 3 }));
        QCOMPARE(m.scoreFromEvents(), (Score { 3, 3 }));
        QCOMPARE(m.shootoutScore, (Score { 4, 2 }));
        QStringList goalTimes;
        for (const MatchEvent &e : m.events) {
            if (e.isGoal())
                goalTimes << e.time.label();
        }
        QCOMPARE(goalTimes,
                 (QStringList { u"23'"_s, u"36'"_s, u"80'"_s, u"81'"_s, u"108'"_s, u"118'"_s }));
    }
};

QTEST_GUILESS_MAIN(TestStatsBombReader)
#include "tst_statsbombreader.moc"
