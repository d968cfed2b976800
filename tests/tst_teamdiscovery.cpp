#include "prose/prosereportreader.h"
#include "prose/teamdirectory.h"
#include "prose/teamdiscovery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Clubs the team list does not know, read off the shapes that say who played whom; one row per
// shape, in words of our own (the clubs are invented).
class TestTeamDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected"); // the names found, in order

        const QString prose = u"\n\nIt was a cold night by the sea.\n"_s;
        QTest::addRow("score between, as a headline")
                << u"Harbour Town 2-1 Northfield Rovers"_s << prose
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("score between, after a section label")
                << u"CUP: Harbour Town 0 - 3 Northfield Rovers"_s << prose
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("each name with its goals, comma")
                << u"Harbour Town 3, Northfield Rovers 2"_s << prose
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("each name with its goals, a line of the body")
                << u"A night to forget"_s
                << u"\n\nHarbour Town 1 Northfield Rovers 1\n\nIt rained."_s
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("names in capitals")
                << QString() << u"\n\nFINAL\n\nHARBOUR TOWN 0-1 NORTHFIELD ROVERS\n\nIt rained."_s
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("versus") << u"Harbour Town v Northfield Rovers"_s << prose
                                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("a verb of winning in the opening sentence")
                << u"Late show on the coast"_s
                << u"\n\nHarbour Town beat Northfield Rovers 2-1 on Saturday to go top.\n"_s
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("a verb of winning after a dateline")
                << QString()
                << u"\n\nPORT ELLEN, May 2 - Holders Harbour Town narrowly edged out lowly Northfield Rovers 1-0 on Sunday.\n"_s
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("a win over a club")
                << QString()
                << u"\n\nNorthfield Rovers picked up their third win in a row with their 2-1 victory over Harbour Town at the Quay.\n"_s
                << QStringList { u"Northfield Rovers"_s, u"Harbour Town"_s };
        QTest::addRow("a possessive is not part of the name")
                << QString()
                << u"\n\nHarbour Town's ten men held Northfield Rovers 1-1 on Saturday.\n"_s
                << QStringList { u"Harbour Town"_s, u"Northfield Rovers"_s };
        QTest::addRow("a scorer and his minute are not a club")
                << QString() << u"\n\nHarbour Town 1 Tom Ash 45 Northfield Rovers 0\n\nIt rained."_s
                << QStringList {};
        QTest::addRow("a player's win is not a club's")
                << QString()
                << u"\n\nTom Ash struck late to give Harbour Town a 2-1 win over Northfield Rovers.\n"_s
                << QStringList {};
        QTest::addRow("known clubs are not new")
                << u"Everton 2-1 Fulham"_s << prose << QStringList {};
        QTest::addRow("a headline in title case without a score holds no club")
                << u"Harbour Town Consolidate At The Top As Three Players See Red"_s << prose
                << QStringList {};
    }
    void shapes()
    {
        QFETCH(QString, headline);
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const TeamDiscovery::Team &t :
             TeamDiscovery::unknownTeams(headline, body, TeamDirectory::builtIn()))
            found << t.name;
        QCOMPARE(found, expected);
    }

    void variants_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("shortNames");
        QTest::addRow("two words") << u"Harbour Town"_s << QStringList { u"Harbour Town"_s }
                                   << QStringList { u"Town"_s, u"Harbour"_s };
        QTest::addRow("a club word")
                << u"Northfield FC"_s << QStringList { u"Northfield FC"_s, u"Northfield"_s }
                << QStringList {};
        QTest::addRow("a club word first")
                << u"AFC Seagulls"_s << QStringList { u"AFC Seagulls"_s, u"Seagulls"_s }
                << QStringList {};
        QTest::addRow("of") << u"Lions of Kell"_s << QStringList { u"Lions of Kell"_s }
                            << QStringList { u"Lions"_s };
        QTest::addRow("three words")
                << u"Port Ellen Rovers"_s << QStringList { u"Port Ellen Rovers"_s }
                << QStringList { u"Rovers"_s, u"Port Ellen"_s };
    }
    void variants()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, names);
        QFETCH(QStringList, shortNames);
        const TeamDiscovery::Team team = TeamDiscovery::variants(name);
        QCOMPARE(team.names, names);
        QCOMPARE(team.shortNames, shortNames);
    }

    // A whole report about two clubs the list does not know: their names, the score and who
    // scored for whom.
    void aReportAboutUnknownClubs()
    {
        const QString report =
                u"date 2024-05-04 Harbour Town 2-1 Northfield Rovers\n\nHarbour Town came from behind to beat Northfield Rovers 2-1 at the Quay on Saturday.\n\nRovers took the lead in the 20th minute through Ian Bell. Tom Ash equalised for Harbour in the 55th minute and Leo Dunn won it for the hosts with five minutes left."_s;
        const Match match = ProseReportReader::read(report.toUtf8()).match;
        QCOMPARE(match.homeTeam, u"Harbour Town"_s);
        QCOMPARE(match.awayTeam, u"Northfield Rovers"_s);
        QCOMPARE(match.finalScore, (Score { 2, 1 }));
        QStringList goals;
        for (const MatchEvent &e : match.events) {
            if (e.isGoal())
                goals << e.time.label() + u' ' + MatchEvent::sideKey(e.side) + u' ' + e.player;
        }
        QCOMPARE(goals,
                 (QStringList { u"20' away Ian Bell"_s, u"55' home Tom Ash"_s,
                                u"85' home Leo Dunn"_s }));
    }
};

QTEST_GUILESS_MAIN(TestTeamDiscovery)
#include "tst_teamdiscovery.moc"
