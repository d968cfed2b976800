#include "prose/pattern.h"
#include "prose/prosereportreader.h"
#include "prose/teamdirectory.h"
#include "prose/wordstarts.h"
#include "ratchet.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The prose reader on sentences we wrote, one row per way of writing an event, and on the real
// reports beside the project when they are there.
class TestProseReportReader : public QObject
{
    Q_OBJECT

private:
    // "goal 17' home Andrea Cambiaso", one line per goal or card, in match order.
    static QStringList summary(const Match &match, bool withChances = false)
    {
        QStringList out;
        for (const MatchEvent &e : match.events) {
            const bool wanted = e.isGoal() || e.isCard()
                    || e.type == MatchEvent::Type::MissedPenalty
                    || (withChances
                        && (e.type == MatchEvent::Type::Chance
                            || e.type == MatchEvent::Type::Substitution));
            if (!wanted)
                continue;
            const QString line = MatchEvent::typeKey(e.type) + u' ' + e.time.label() + u' '
                    + MatchEvent::sideKey(e.side) + u' ' + e.player;
            out << line.trimmed();
        }
        return out;
    }
    // "Fulham 12 31": team, position and points (0 when not said) of each table fact, and its
    // note when asked.
    static QStringList tableFacts(const Match &match, bool withNote = false)
    {
        QStringList out;
        for (const StandingRow &row : match.standings) {
            QString line = row.team + u' ' + QString::number(row.position.value_or(0)) + u' '
                    + QString::number(row.points.value_or(0));
            if (withNote)
                line += u' ' + row.note;
            out << line;
        }
        return out;
    }
    static Match read(const QString &text)
    {
        const ReadResult result = ProseReportReader::read(text.toUtf8());
        Q_ASSERT(result.ok());
        return result.match;
    }

private slots:
    // Every reading in this test checks the word-beginning gates of the patterns (a pattern not
    // run because its words are absent must indeed find nothing); the last test counts misses.
    void initTestCase() { WordStarts::setVerifying(true); }

    void phrases_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("expected");
        const QString head = u"date 2024-03-02 Everton 2-1 Fulham\n\n"_s;
        QTest::addRow("scored in the Nth minute")
                << head + u"Everton beat Fulham 2-1. Tom Ash scored in the 12th minute. Ian Bell levelled for Fulham in the 40th minute. Ash headed home the winner in the 88th."_s
                << QStringList { u"goal 12' home Tom Ash"_s, u"goal 40' away Ian Bell"_s,
                                 u"goal 88' home Tom Ash"_s };
        QTest::addRow("Nth-minute lead and minutes later")
                << head + u"Everton took a 17th-minute lead when Tom Ash fired home, but Ian Bell equalised for Fulham nine minutes later. Ash then struck again on the hour mark to seal a 2-1 win."_s
                << QStringList { u"goal 17' home Tom Ash"_s, u"goal 26' away Ian Bell"_s,
                                 u"goal 60' home Tom Ash"_s };
        QTest::addRow("own goal counts for the other side")
                << head + u"Fulham defender Sam Cole turned the ball into his own net in the 30th minute. Tom Ash added a second for Everton after 55 minutes before Ian Bell pulled one back for Fulham in stoppage time."_s
                << QStringList { u"own_goal 30' home Sam Cole"_s, u"goal 55' home Tom Ash"_s,
                                 u"goal 90+' away Ian Bell"_s };
        QTest::addRow("penalty and 90+3")
                << head + u"Everton won 2-1. Tom Ash converted a penalty in the 20th minute, Ian Bell replied for Fulham after 61 minutes and Ash headed the winner at 90+3."_s
                << QStringList { u"penalty_goal 20' home Tom Ash"_s, u"goal 61' away Ian Bell"_s,
                                 u"goal 90+3' home Tom Ash"_s };
        QTest::addRow("brace with two minutes")
                << u"date 2024-03-02 Everton 2-0 Fulham\n\nTom Ash scored twice, in the 12th and 70th minutes, as Everton beat Fulham 2-0."_s
                << QStringList { u"goal 12' home Tom Ash"_s, u"goal 70' home Tom Ash"_s };
        QTest::addRow("stroke of halftime and minutes before halftime")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Ian Bell gave Fulham the lead 10 minutes before halftime. Tom Ash equalised for Everton on the stroke of halftime."_s
                << QStringList { u"goal 35' away Ian Bell"_s, u"goal 45' home Tom Ash"_s };
        QTest::addRow("after the break and from time")
                << head + u"Everton won 2-1. Tom Ash scored two minutes after the break and Ian Bell replied for Fulham ten minutes from time before Ash struck a last-minute winner."_s
                << QStringList { u"goal 47' home Tom Ash"_s, u"goal 80' away Ian Bell"_s,
                                 u"goal 90' home Tom Ash"_s };
        QTest::addRow("minute of stoppage time")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 when Tom Ash scored in the fourth minute of stoppage time."_s
                << QStringList { u"goal 90+4' home Tom Ash"_s };
        QTest::addRow("second yellow")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Fulham midfielder Sam Cole was shown a second yellow card in the 70th minute."_s
                << QStringList { u"second_yellow 70' away Sam Cole"_s };
        QTest::addRow("sent off, ten-man side")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nTen-man Fulham held Everton to a 0-0 draw after Sam Cole was sent off in the 25th minute."_s
                << QStringList { u"red_card 25' away Sam Cole"_s };
        QTest::addRow("ten-man side with nobody named")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nTen-man Fulham held Everton to a goalless draw."_s
                << QStringList { u"red_card ? away"_s };
        QTest::addRow("cautioned for a second time")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Everton's Tom Ash was cautioned for a second time in the 81st minute."_s
                << QStringList { u"second_yellow 81' home Tom Ash"_s };
        QTest::addRow("should have been sent off is no card")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Tom Ash should have been sent off for a wild lunge."_s
                << QStringList {};
        QTest::addRow("disallowed goal is no goal")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Tom Ash headed home in the 50th minute, only for the goal to be ruled out for offside."_s
                << QStringList {};
        QTest::addRow("did open the scoring in injury time")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Everton did open the scoring in first-half injury time, through Tom Ash."_s
                << QStringList { u"goal 45+' home Tom Ash"_s };
        QTest::addRow("a missed chance is no goal")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 through Tom Ash's 30th-minute goal. Ian Bell missed a close-range effort for Fulham in the 70th minute."_s
                << QStringList { u"goal 30' home Tom Ash"_s };
        QTest::addRow("goals for a side with nobody named are not one goal")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nThe sending off of Everton's Tom Ash was followed by goals for Fulham.\n\nTom Ash scored in the 20th minute. Ian Bell equalised in the 50th minute."_s
                << QStringList { u"red_card ? home Tom Ash"_s, u"goal 20' home Tom Ash"_s,
                                 u"goal 50' away Ian Bell"_s };
        QTest::addRow("minutes later is another goal than the one before")
                << u"date 2024-03-02 Everton 2-1 Fulham\n\nGoals from Tom Ash after ten minutes and Leo Dunn just before the hour gave Everton the edge. Fulham pulled a goal back three minutes later."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 59' home Leo Dunn"_s,
                                 u"goal 62' away"_s };
        QTest::addRow("a penalty is taken when the foul was")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nTom Ash scored in the 20th minute for Everton. Sam Cole then handled in the area ten minutes from time. Ian Bell put away the penalty for Fulham."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"penalty_goal 80' away Ian Bell"_s };
        // A nationality or a role before a name is not part of it.
        QTest::addRow("nationality before a name")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Australian Tom Ash headed the winner in the 60th minute."_s
                << QStringList { u"goal 60' home Tom Ash"_s };
        QTest::addRow("role word before a name")
                << u"date 2024-03-02 Everton 2-0 Fulham\n\nEverton beat Fulham 2-0. Substitute Leo Dunn scored in the 70th minute and Hotshot Tom Ash added a second in the 80th minute."_s
                << QStringList { u"goal 70' home Leo Dunn"_s, u"goal 80' home Tom Ash"_s };
        QTest::addRow("nationality before a surname")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. The only goal came from Colombian Bell in the 33rd minute."_s
                << QStringList { u"goal 33' away Bell"_s };
        // The words before a competition's or a ground's word name it, not a scorer.
        QTest::addRow("a competition's name is nobody")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton passed another test of their Bidvest Premiership title credentials with a stoppage-time goal against Fulham."_s
                << QStringList { u"goal 90+' home"_s };
        QTest::addRow("a ground's name is nobody")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. The hosts opened the scoring at Goodison Park with a header in the 30th minute."_s
                << QStringList { u"goal 30' home"_s };
        QTest::addRow("a cup's name is nobody")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0, the Carabao Cup goal coming after 13 seconds."_s
                << QStringList { u"goal 1' home"_s };
        // "The Germany midfielder": a country before a role is a role phrase, and it points at
        // the player the sentence before was about, not at one named after "by".
        QTest::addRow("country and role point back")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash ran onto a long ball by goalkeeper Sam Cole. The Germany midfielder then curled a shot into the corner in the 20th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s };
        QTest::addRow("country and role point back past a pass")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Ian Bell collected a pass from defender Leo Dunn. The Brazil forward then fired home in the 55th minute."_s
                << QStringList { u"goal 55' away Ian Bell"_s };
        QTest::addRow("country and role point back past a cross")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash met a cross delivered by winger Leo Dunn. The Spain international headed in from close range in the 75th minute."_s
                << QStringList { u"goal 75' home Tom Ash"_s };
        // A capitalized word that goes on in lower case after a hyphen describes; it is no name.
        QTest::addRow("hyphenated adjective is no scorer")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nTom Ash scored in the 10th minute. Fulham levelled in stoppage time with a VAR-awarded penalty."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"penalty_goal 90+' away"_s };
        QTest::addRow("hyphenated place adjective is no scorer")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Europe-chasing Tom Ash scored in the 44th minute."_s
                << QStringList { u"goal 44' home Tom Ash"_s };
        QTest::addRow("word and figures is no scorer")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. A COVID-19 outbreak had weakened the hosts, and Ian Bell scored in the 61st minute."_s
                << QStringList { u"goal 61' away Ian Bell"_s };
        // The team just before a trigger, after a part of the sentence about something else, is
        // the side the goal is for.
        QTest::addRow("team subject after a clause about a card")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. After Fulham's Sam Cole was sent off in the 70th minute, Everton went ahead in the 80th minute when Tom Ash fired home. Leo Dunn levelled in the 90th minute."_s
                << QStringList { u"red_card 70' away Sam Cole"_s, u"goal 80' home Tom Ash"_s,
                                 u"goal 90' away Leo Dunn"_s };
        QTest::addRow("visitors subject after a clause about a chance")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Leo Dunn scored in the 30th minute. Although Tom Ash hit the post, the visitors levelled in the 60th minute when Ian Bell headed in."_s
                << QStringList { u"goal 30' home Leo Dunn"_s, u"goal 60' away Ian Bell"_s };
        QTest::addRow("team subject after a comma")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. With an hour gone, Fulham took the lead in the 60th minute when Ian Bell struck. Tom Ash replied in the 75th minute."_s
                << QStringList { u"goal 60' away Ian Bell"_s, u"goal 75' home Tom Ash"_s };
        // A word of a team's name, written alone, stands for the team the report names in full.
        QTest::addRow("short team name puts a side in front")
                << u"date 2024-03-02 Sheffield United 1-0 Bristol Rovers\n\nSheffield United beat Bristol Rovers 1-0. The only goal came in the 20th minute, when Tom Ash put Sheffield in front."_s
                << QStringList { u"goal 20' home Tom Ash"_s };
        QTest::addRow("short team name as a subject")
                << u"date 2024-03-02 Sheffield United 0-1 Bristol Rovers\n\nBristol Rovers won 1-0 at Sheffield United. Rovers went ahead in the 30th minute when Ian Bell struck."_s
                << QStringList { u"goal 30' away Ian Bell"_s };
        QTest::addRow("short team name as a possessor")
                << u"date 2024-03-02 Sheffield United 0-0 Plymouth Argyle\n\nSheffield United and Plymouth Argyle drew 0-0. Argyle's Sam Cole was booked in the 50th minute."_s
                << QStringList { u"yellow_card 50' away Sam Cole"_s };
        // A single name opening a sentence, written nowhere else, followed by a verb of an event.
        QTest::addRow("one name opening a sentence, headed")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Ashworth headed the winner in the 70th minute."_s
                << QStringList { u"goal 70' home Ashworth"_s };
        QTest::addRow("one name opening a sentence, fired home")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Bellamy fired home in the 12th minute."_s
                << QStringList { u"goal 12' away Bellamy"_s };
        QTest::addRow("one name opening a sentence, then tapped")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Dunnington then tapped in the winner in the 88th minute."_s
                << QStringList { u"goal 88' home Dunnington"_s };
        // A goal that "dragged" a side back into the game is a goal; a dragged shot is not.
        QTest::addRow("goal dragged a side back")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. A goal on the stroke of halftime from Tom Ash dragged Everton back into contention."_s
                << QStringList { u"goal 45' home Tom Ash"_s };
        QTest::addRow("header dragged a side level")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. A header from Ian Bell in the 70th minute dragged Fulham level."_s
                << QStringList { u"goal 70' away Ian Bell"_s };
        QTest::addRow("strike dragged them back into it")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. A 60th-minute strike from Leo Dunn dragged the hosts back into it."_s
                << QStringList { u"goal 60' home Leo Dunn"_s };
        // A team that owns the subject ("Fulham's defence was at fault") is not the side of the
        // goal told after it.
        QTest::addRow("team's defence at fault")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Fulham's defence was at fault, with Tom Ash heading home in the 30th minute. Fulham's Ian Bell equalised in the 80th minute."_s
                << QStringList { u"goal 30' home Tom Ash"_s, u"goal 80' away Ian Bell"_s };
        QTest::addRow("team's keeper to blame")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Everton's Tom Ash scored in the 10th minute. Everton's keeper was to blame, as Ian Bell scored in the 50th minute."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 50' away Ian Bell"_s };
        QTest::addRow("team's mistakes cost them")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Fulham's mistakes cost them when Leo Dunn scored in the 20th minute. Fulham's Sam Cole levelled in the 70th minute."_s
                << QStringList { u"goal 20' home Leo Dunn"_s, u"goal 70' away Sam Cole"_s };
        // The scorer before an apposition, before "at the far post, who", or the subject "his"
        // points back at.
        QTest::addRow("scorer before an apposition")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Sam Cole scored for Fulham in the 20th minute. Tom Ash, quiet as he had been against Chelsea, equalised in the 61st minute."_s
                << QStringList { u"goal 20' away Sam Cole"_s, u"goal 61' home Tom Ash"_s };
        QTest::addRow("scorer at the far post, who tapped home")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Leo Dunn skipped past two defenders before setting up Tom Ash at the far post, who tapped home in the 13th minute."_s
                << QStringList { u"goal 13' home Tom Ash"_s };
        QTest::addRow("his volley points back past a team and a role")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Fulham winger Ian Bell missed most of last season, but his close-range volley on 31 minutes earned Fulham the win."_s
                << QStringList { u"goal 31' away Ian Bell"_s };
        // A player written before the ball he played ("a Sam Cole free kick") passed it.
        QTest::addRow("own goal from another's free kick")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Everton defender Tom Ash headed a Sam Cole free kick into his own net in the 18th minute."_s
                << QStringList { u"own_goal 18' away Tom Ash"_s };
        QTest::addRow("goal from another's cross")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash met a Leo Dunn cross and headed into the net in the 44th minute."_s
                << QStringList { u"goal 44' home Tom Ash"_s };
        QTest::addRow("goal from another's corner")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Ian Bell turned in a Sam Cole corner at the near post in the 77th minute."_s
                << QStringList { u"goal 77' away Ian Bell"_s };
        // The player who gave the ball is no scorer: "an assist from", "sending X through".
        QTest::addRow("an assist from another")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash gave Everton (7-10-7) the lead in the 16th minute, using an assist from Leo Dunn to score his sixth goal of the season."_s
                << QStringList { u"goal 16' home Tom Ash"_s };
        QTest::addRow("a cross from another")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Ian Bell met a cross from Sam Cole to score the only goal in the 40th minute."_s
                << QStringList { u"goal 40' away Ian Bell"_s };
        QTest::addRow("a pass from another")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash took a pass from Leo Dunn to score in the 50th minute."_s
                << QStringList { u"goal 50' home Tom Ash"_s };
        QTest::addRow("sending another through to equalise")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Fulham's Sam Cole scored in the 20th minute. Everton had to wait until the 80th minute to make it count, Leo Dunn sending Tom Ash through to equalise."_s
                << QStringList { u"goal 20' away Sam Cole"_s, u"goal 80' home Tom Ash"_s };
        QTest::addRow("playing another in to score")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. In the 30th minute Leo Dunn played Tom Ash in to score."_s
                << QStringList { u"goal 30' home Tom Ash"_s };
        QTest::addRow("slipping another clear to score")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Sam Cole slipped Ian Bell clear to score in the 70th minute."_s
                << QStringList { u"goal 70' away Ian Bell"_s };
        // "his goal" points at the one person named before it in the sentence.
        QTest::addRow("his timed goal, mid-sentence")
                << u"date 2024-03-02 Everton 2-1 Fulham\n\nEverton beat Fulham 2-1. Everton only won after Fulham's Ian Bell had turned from hero, following his 25th-minute goal, to villain. Tom Ash scored in the 60th minute. Leo Dunn added a second in the 80th minute."_s
                << QStringList { u"goal 25' away Ian Bell"_s, u"goal 60' home Tom Ash"_s,
                                 u"goal 80' home Leo Dunn"_s };
        QTest::addRow("her goal after a clause")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. The crowd rose when Everton's Amy Cole, quiet until then, saw her 70th-minute goal stand."_s
                << QStringList { u"goal 70' home Amy Cole"_s };
        QTest::addRow("his late goal")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. It was a day for Sam Cole to remember, his stoppage-time goal settling it."_s
                << QStringList { u"goal 90+' away Sam Cole"_s };
        // "A and B both ...": a goal each; "two late own goals": two goals at that time.
        QTest::addRow("two defenders both put through their own net")
                << u"date 2024-03-02 Everton 2-2 Fulham\n\nEverton and Fulham drew 2-2. Tom Ash scored in the 10th minute and Leo Dunn added a second in the 50th minute. Fulham benefited from two remarkable own goals in stoppage time, as Everton defenders Sam Cole and Ian Bell both put through their own net."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 50' home Leo Dunn"_s,
                                 u"own_goal 90+' away Ian Bell"_s,
                                 u"own_goal 90+' away Sam Cole"_s };
        QTest::addRow("two forwards both scored")
                << u"date 2024-03-02 Everton 2-0 Fulham\n\nEverton beat Fulham 2-0. Tom Ash and Leo Dunn both scored in the second half."_s
                << QStringList { u"goal 2nd half home Tom Ash"_s, u"goal 2nd half home Leo Dunn"_s };
        QTest::addRow("two strikers each found the net")
                << u"date 2024-03-02 Everton 0-2 Fulham\n\nFulham won 2-0 at Everton. Ian Bell and Sam Cole each found the net after the break."_s
                << QStringList { u"goal 2nd half away Ian Bell"_s,
                                 u"goal 2nd half away Sam Cole"_s };
        // "the left back" points back at the player named before, like "the defender".
        QTest::addRow("the left back")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Tom Ash came on for Everton, but seven minutes later the left back netted an own goal in the 67th minute."_s
                << QStringList { u"own_goal 67' away Tom Ash"_s };
        QTest::addRow("the right back")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Everton's Leo Dunn was everywhere, and the right back scored the only goal in the 40th minute."_s
                << QStringList { u"goal 40' home Leo Dunn"_s };
        QTest::addRow("the centre back")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Sam Cole was a rock for Fulham, and the centre back headed the winner in the 88th minute."_s
                << QStringList { u"goal 88' away Sam Cole"_s };
        // "with ⟦P⟧ finishing off": the one the goal is told through; "before the end" is a time.
        QTest::addRow("added a third with a player finishing")
                << u"date 2024-03-02 Everton 0-3 Fulham\n\nFulham won 3-0 at Everton. Ian Bell scored in the 10th minute and Sam Cole added a second in the 50th minute. The visitors then added a third before the end with Leo Dunn finishing off a fine team move."_s
                << QStringList { u"goal 10' away Ian Bell"_s, u"goal 50' away Sam Cole"_s,
                                 u"goal ? away Leo Dunn"_s };
        QTest::addRow("levelled with a player turning in")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Tom Ash scored for Everton in the 30th minute. Fulham levelled before the break with Ian Bell turning in a low cross."_s
                << QStringList { u"goal 30' home Tom Ash"_s, u"goal 1st half away Ian Bell"_s };
        QTest::addRow("went ahead with a player heading in")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Everton went ahead before half-time with Tom Ash heading in from a corner."_s
                << QStringList { u"goal 1st half home Tom Ash"_s };
        // "That goal was scored by ⟦P⟧": the goal told just before, now named.
        QTest::addRow("that goal was scored by")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Tom Ash scored for Everton in the 20th minute. Fulham levelled in the 90th minute. That goal was scored by Ian Bell, his first for the club."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"goal 90' away Ian Bell"_s };
        QTest::addRow("the goal came from")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton, scoring in the 75th minute. The goal came from Sam Cole, who had just come on."_s
                << QStringList { u"goal 75' away Sam Cole"_s };
        QTest::addRow("this late goal was scored by")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 with a goal in the 89th minute. This late goal was scored by Leo Dunn."_s
                << QStringList { u"goal 89' home Leo Dunn"_s };
        // "the Australian striker" points back at the player named before; one whose attempt
        // was saved ("a save from X's attempt") is still the one who acts.
        QTest::addRow("nationality and role point back")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash was Everton's best player. The hosts opened the scoring around the half-hour mark at a wet Goodison with a header from the Australian striker."_s
                << QStringList { u"goal 30' home Tom Ash"_s };
        QTest::addRow("nationality and role after a saved attempt")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. After a save from Tom Ash from Ian Bell's first attempt, the Chinese international tucked home on the rebound in the 90th minute."_s
                << QStringList { u"goal 90' away Ian Bell"_s };
        QTest::addRow("nationality and role after a pass")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Sam Cole took a pass from Leo Dunn, and the Welsh forward fired in the winner in the 70th minute."_s
                << QStringList { u"goal 70' away Sam Cole"_s };
        // A shot told at length before it went wide or was saved is still no goal.
        QTest::addRow("effort on the half-volley drifted wide")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. In the 30th minute Ian Bell's effort on the half-volley drifted agonisingly wide."_s
                << QStringList {};
        QTest::addRow("header from a corner at the near post kept out")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Tom Ash's header from a corner at the near post was kept out by the keeper in the 50th minute."_s
                << QStringList {};
        QTest::addRow("strike from 25 yards out curled over the bar")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Sam Cole's strike from 25 yards out after a quick break curled just over the bar in the 70th minute."_s
                << QStringList {};
        // More verbs of striking the ball, a goal with the words that it went in.
        QTest::addRow("unleashed a shot past")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash unleashed an arrowed shot past the helpless keeper in the 20th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s };
        QTest::addRow("hammered home")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Ian Bell hammered home in the 55th minute."_s
                << QStringList { u"goal 55' away Ian Bell"_s };
        QTest::addRow("buried a drive into the corner")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Leo Dunn buried a low drive into the corner in the 77th minute."_s
                << QStringList { u"goal 77' home Leo Dunn"_s };
        // A team the goal happened to ("were still reeling") is not the side it is for.
        QTest::addRow("team still reeling when another scored")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Fulham's Sam Cole scored in the 10th minute. Fulham were still reeling when suddenly Ian Bell rolled the ball into the net."_s
                << QStringList { u"goal 10' away Sam Cole"_s, u"goal ? home Ian Bell"_s };
        QTest::addRow("team stunned when another struck")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nFulham won 1-0 at Everton. Everton were stunned in the 80th minute when Sam Cole fired home."_s
                << QStringList { u"goal 80' away Sam Cole"_s };
        QTest::addRow("team punished when another scored")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton and Fulham drew 1-1. Everton's Tom Ash scored in the 10th minute. Everton were punished in the 70th minute, Leo Dunn heading in."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 70' away Leo Dunn"_s };
        // Other goals ruled out later in the sentence do not void this one.
        QTest::addRow("goal stands after the hosts had two ruled out")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nA stoppage-time goal by forward Ian Bell earned Fulham a 1-0 victory at Everton after the hosts had two goals ruled out following VAR reviews."_s
                << QStringList { u"goal 90+' away Ian Bell"_s };
        QTest::addRow("goal stands though another was disallowed")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nTom Ash scored in the 30th minute for Everton, who then had another goal disallowed for offside."_s
                << QStringList { u"goal 30' home Tom Ash"_s };
        QTest::addRow("goal ruled out after it is still void")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Tom Ash headed home in the 50th minute, but the goal was ruled out for offside."_s
                << QStringList {};
        QTest::addRow("down to ten men after a timed foul")
                << u"date 2024-03-02 Everton 0-0 Fulham\n\nEverton and Fulham drew 0-0. Everton's Tom Ash lunged at Ian Bell in the 65th minute and then elbowed him. With the home side down to ten men, Fulham pressed for a winner."_s
                << QStringList { u"red_card 65' home Tom Ash"_s };
        QTest::addRow("the taker sends the keeper the wrong way, not the fouler")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. They went ahead from the spot when Leo Dunn was fouled by Sam Cole in the 23rd minute, with Tom Ash sending Fulham goalkeeper Ian Bell the wrong way."_s
                << QStringList { u"penalty_goal 23' home Tom Ash"_s };
        QTest::addRow("a surname written in capitals, as a name")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom ASH scored in the 20th minute. Fulham's Leo DUNN-SMITH was booked in the 30th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s,
                                 u"yellow_card 30' away Leo Dunn-Smith"_s };
        QTest::addRow("doubling a team's advantage scores for it")
                << u"date 2024-03-02 Everton 2-0 Fulham\n\nEverton beat Fulham 2-0. Tom Ash opened the scoring in the 20th minute and Leo Dunn doubled Everton's advantage in the 60th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"goal 60' home Leo Dunn"_s };
        QTest::addRow("halving a team's deficit scores for it")
                << u"date 2024-03-02 Everton 2-1 Fulham\n\nEverton beat Fulham 2-1. Tom Ash scored in the 20th minute and again in the 50th minute before Leo Dunn halved Fulham's deficit in the 80th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"goal 50' home Tom Ash"_s,
                                 u"goal 80' away Leo Dunn"_s };
        QTest::addRow("winning it for a team is its winner")
                << u"date 2024-03-02 Everton 2-1 Fulham\n\nEverton beat Fulham 2-1. Tom Ash fired Everton ahead after 10 minutes, Leo Dunn equalised for Fulham on the half-hour and Ian Roy won it for Everton with 12 minutes left."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 30' away Leo Dunn"_s,
                                 u"goal 78' home Ian Roy"_s };
        QTest::addRow("a minute in another clause is not a card's")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash scored in the 20th minute. Fulham's Leo Dunn was booked for a foul on Tom Ash, while Everton defender Sam Cole was shown a straight red card in the 81st minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"yellow_card ? away Leo Dunn"_s,
                                 u"red_card 81' home Sam Cole"_s };
        QTest::addRow("restoring the hosts' advantage scores for them")
                << u"date 2024-03-02 Everton 2-1 Fulham\n\nEverton beat Fulham 2-1. Tom Ash put Everton ahead in the 10th minute and Leo Dunn equalised in the 30th minute. Ian Roy restored the hosts' advantage three minutes after the interval."_s
                << QStringList { u"goal 10' home Tom Ash"_s, u"goal 30' away Leo Dunn"_s,
                                 u"goal 48' home Ian Roy"_s };
        QTest::addRow("a penalty told deep into stoppage time and then in its minute is one")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nFulham drew 1-1 at Everton, Leo Dunn converting a penalty deep into stoppage time. Tom Ash had put Everton ahead in the 20th minute. In the fourth minute of added time Leo Dunn sent the goalkeeper the wrong way from the spot."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"penalty_goal 90+4' away Leo Dunn"_s };
        QTest::addRow("the referee books a player: the card is the object's")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash scored in the 20th minute. Referee Ian Bell booked Fulham's Leo Dunn in the 30th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"yellow_card 30' away Leo Dunn"_s };
        QTest::addRow("a named referee sends off a player of a team")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Tom Ash scored in the 20th minute. Ian Bell sent off Fulham midfielder Leo Dunn in the 70th minute."_s
                << QStringList { u"goal 20' home Tom Ash"_s, u"red_card 70' away Leo Dunn"_s };
        QTest::addRow("another match in the same article")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 thanks to Tom Ash's 30th-minute header.\n\nElsewhere, Brentford beat Burnley 3-1 with goals from Ola Berg, Leon Roy and Pat Muir."_s
                << QStringList { u"goal 30' home Tom Ash"_s };
    }
    void phrases()
    {
        QFETCH(QString, report);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(read(report)), expected);
    }

    // A wire report of a final, told winner first, with a dateline city, an own goal off
    // another player's free kick, minutes counted from the goal before, and a player's "second".
    void wireReportOfAFinal()
    {
        const Match match = read(
                u"date 2024-07-14 Fulham crowned champions after six-goal final\n\n"
                "LISBON (Reuters) - Fulham won the Atlantic Cup on Sunday, beating Everton 4-2 in "
                "a final that swung one way and then the other.\n\n"
                "Fulham took the lead in the 18th minute when Everton defender Tom Ash headed a "
                "Sam Cole free kick into his own net. Everton levelled 10 minutes later through "
                "Leo Dunn, who drove in a low shot from the edge of the area.\n\n"
                "Ian Bell restored Fulham's lead with a penalty in the 38th minute after Dunn had "
                "tripped Jack Hart in the box.\n\n"
                "Bell's second arrived in the 65th minute and Hart added a fourth four minutes later. Everton striker Mark Lowe pulled one back in the 80th minute, but it was too late.\n"_s);
        const bool fulhamHome = match.homeTeam == u"Fulham"_s;
        QCOMPARE(fulhamHome ? match.awayTeam : match.homeTeam, u"Everton"_s);
        QCOMPARE(match.finalScore,
                 std::optional<Score>(fulhamHome ? Score { 4, 2 } : Score { 2, 4 }));
        const QString fulham = fulhamHome ? u"home"_s : u"away"_s;
        const QString everton = fulhamHome ? u"away"_s : u"home"_s;
        QCOMPARE(summary(match),
                 (QStringList { u"own_goal 18' "_s + fulham + u" Tom Ash"_s,
                                u"goal 28' "_s + everton + u" Leo Dunn"_s,
                                u"penalty_goal 38' "_s + fulham + u" Ian Bell"_s,
                                u"goal 65' "_s + fulham + u" Ian Bell"_s,
                                u"goal 69' "_s + fulham + u" Jack Hart"_s,
                                u"goal 80' "_s + everton + u" Mark Lowe"_s }));
        // Everything adds up: "pulled one back" is no equaliser.
        QCOMPARE(match.warnings, QList<ReadWarning>());
    }

    void matchFacts()
    {
        const Match match = read(
                u"date 2024-03-02 Ash header sinks Fulham\n\nEverton edged ten-man Fulham 2-1 at Goodison Park on Saturday to climb to 40 points, while Fulham remained 12th on 31."_s);
        QCOMPARE(match.homeTeam, u"Everton"_s);
        QCOMPARE(match.awayTeam, u"Fulham"_s);
        QCOMPARE(match.finalScore, (Score { 2, 1 }));
        QCOMPARE(match.date, QDate(2024, 3, 2));
        QCOMPARE(match.venue, u"Goodison Park"_s);
        QCOMPARE(tableFacts(match), (QStringList { u"Everton 0 40"_s, u"Fulham 12 31"_s }));
    }

    // The stated final score, the right way round, where the words of it say who lost.
    void statedFinalScore_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<Score>("expected");
        QTest::addRow("suffered another defeat")
                << u"date 2024-03-02 Everton 0-1 Fulham\n\nIan Bell ended Fulham's long wait for a win against Everton, as the hosts suffered another 1-0 defeat."_s
                << Score { 0, 1 };
        QTest::addRow("suffered a heavy defeat")
                << u"date 2024-03-02 Everton 3-0 Fulham\n\nFulham suffered a heavy 3-0 defeat at Everton on Saturday."_s
                << Score { 3, 0 };
        QTest::addRow("slumped to a loss")
                << u"date 2024-03-02 Everton 1-2 Fulham\n\nEverton slumped to a 2-1 loss against Fulham at Goodison Park."_s
                << Score { 1, 2 };
        // A result that does not say who won: the goals' sides turn it round.
        QTest::addRow("winner unsaid, goal for the visitors")
                << u"date 2024-03-02 Bell settles it\n\nEverton hosted Fulham on Saturday. It finished 1-0 on a cold night. Fulham's Ian Bell scored the only goal in the 30th minute."_s
                << Score { 0, 1 };
        QTest::addRow("winner unsaid, goals for the visitors")
                << u"date 2024-03-02 Cole and Bell do it\n\nEverton hosted Fulham on Saturday. The game ended 2-1. Fulham's Ian Bell scored in the 30th minute. Fulham's Sam Cole added a second in the 60th minute. Everton's Tom Ash replied in the 80th minute."_s
                << Score { 1, 2 };
        QTest::addRow("winner unsaid, goal for the hosts")
                << u"date 2024-03-02 Ash settles it\n\nEverton hosted Fulham on Saturday. It finished 1-0 on a cold night. Everton's Tom Ash scored the only goal in the 30th minute."_s
                << Score { 1, 0 };
    }
    void statedFinalScore()
    {
        QFETCH(QString, report);
        QFETCH(Score, expected);
        QCOMPARE(read(report).finalScore, std::optional<Score>(expected));
    }

    void videoReviews_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<int>("reviews");
        QTest::addRow("a review")
                << u"Everton beat Fulham 2-1. Tom Ash had a goal ruled out by VAR in the 30th minute."_s
                << 1;
        QTest::addRow("no review")
                << u"Everton beat Fulham 2-1. VAR was not needed all afternoon."_s << 0;
        QTest::addRow("a word that holds the letters")
                << u"Everton beat Fulham 2-1 in a varied game."_s << 0;
    }
    void videoReviews()
    {
        QFETCH(QString, report);
        QFETCH(int, reviews);
        const Match match = read(report);
        const auto count =
                std::count_if(match.events.cbegin(), match.events.cend(),
                              [](const MatchEvent &e) { return e.type == MatchEvent::Type::Var; });
        QCOMPARE(int(count), reviews);
    }

    // A player with as much evidence for each side is on neither: the order of a hash, which
    // changes from one run to the next, must not pick one. Read under several hash seeds.
    void sidesDoNotDependOnHashOrder()
    {
        const QString report =
                u"date 2024-03-02 Sevilla 2 Real Betis 2: late Isco penalty rescues a point\n\nReal Betis twice came from behind to draw 2-2 at Sevilla on Saturday night, Isco converting a spot-kick deep into stoppage time.\n\nSevilla went in front on 14 minutes through Youssef En-Nesyri, who headed home a Jesús Navas cross. Betis were level eight minutes later when Borja Iglesias drilled a low shot past Yassine Bounou.\n\nLucas Ocampos restored the hosts' advantage three minutes after the interval. With seven minutes left Sevilla's Fernando was cautioned for a second time and sent off, and in the fourth minute of added time Isco sent Bounou the wrong way from the spot after Nabil Fekir was tripped.\n\nThe draw leaves Sevilla ninth, two points behind Betis in sixth."_s;
        const QStringList expected { u"goal 14' home Youssef En-Nesyri"_s,
                                     u"goal 22' away Borja Iglesias"_s,
                                     u"goal 48' home Lucas Ocampos"_s,
                                     u"second_yellow 83' home Fernando"_s,
                                     u"penalty_goal 90+4' away Isco"_s };
        for (int run = 0; run < 12; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            QCOMPARE(summary(read(report)), expected);
        }
    }

    void competition_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none named") << u"Everton beat Fulham 2-1 on Saturday."_s << QString();
        QTest::addRow("the name written first")
                << u"Everton beat Fulham 2-1 in the Premier League, a week before their FA Cup tie."_s
                << u"Premier League"_s;
        QTest::addRow("the longer name where both begin")
                << u"Everton beat Fulham 2-1 in the Europa Conference League."_s
                << u"Europa Conference League"_s;
        QTest::addRow("a name within a longer one")
                << u"Hibs beat Hearts 2-1 in the Scottish League Cup."_s
                << u"Scottish League Cup"_s;
        QTest::addRow("not part of a word")
                << u"Everton beat Fulham 2-1 in a friendly. The Premier Leagues of old were kinder. Serie A awaits."_s
                << u"Serie A"_s;
        QTest::addRow("written in the headline")
                << u"date 2024-03-02 Champions League: Everton stun Fulham\n\nEverton beat Fulham 2-1 to top the Premier League."_s
                << u"Champions League"_s;
    }
    void competition()
    {
        QFETCH(QString, report);
        QFETCH(QString, expected);
        QCOMPARE(read(report).competition, expected);
    }

    void tableFactsNameTheirSubject_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QStringList>("expected");
        // team position points note
        QTest::addRow("the hosts remain bottom")
                << u"date 2024-03-02 Everton 0-2 Fulham\n\nFulham won 2-0 at Everton. The hosts remain bottom on 12 points."_s
                << QStringList { u"Everton 0 12 bottom of the table"_s };
        QTest::addRow("a nickname is the club named before it")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton drew 1-1 with Fulham on a day Arsenal also dropped points. Everton are second but level on 60 points with the Gunners."_s
                << QStringList { u"Everton 2 60 "_s, u"Arsenal 0 60 "_s };
        QTest::addRow("gaps to the teams below")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0. Everton top the table on 40 points, nine ahead of Brentford, who drew on Saturday, and 10 ahead of third-placed Burnley."_s
                << QStringList { u"Everton 1 40 "_s, u"Brentford 0 31 9 points behind Everton"_s,
                                 u"Burnley 3 30 10 points behind Everton"_s };
        QTest::addRow("an adverb before ahead is no gap")
                << u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 and moved to 40 points, comfortably ahead of second-placed Brentford, who have played one match fewer, on 33."_s
                << QStringList { u"Everton 0 40 "_s, u"Brentford 2 33 played one match fewer"_s };
        QTest::addRow("a ground named after a team is no subject")
                << u"date 2024-03-02 Everton 0-2 Fulham\n\nFulham won 2-0 at Everton, and at Goodison Park Fulham moved up to 40 points."_s
                << QStringList { u"Fulham 0 40 "_s };
        QTest::addRow("a result lifts a team to a place")
                << u"date 2024-03-02 Everton 1-3 Fulham\n\nFulham won 3-1 at Everton. The win lifts Fulham to fourth on 52 points, while Everton stay 15th."_s
                << QStringList { u"Fulham 4 52 "_s, u"Everton 15 0 "_s };
        QTest::addRow("a place after a gap is the other team's")
                << u"date 2024-03-02 Everton 1-1 Fulham\n\nEverton drew 1-1 with Fulham. The draw leaves Everton ninth, two points behind Fulham in sixth."_s
                << QStringList { u"Everton 9 0 "_s, u"Fulham 6 0 2 points ahead of Everton"_s };
        QTest::addRow("a defeat leaves a team in a place")
                << u"date 2024-03-02 Everton 1-3 Fulham\n\nFulham won 3-1 at Everton. Defeat leaves Everton 15th on 30 points."_s
                << QStringList { u"Everton 15 30 "_s };
    }
    void tableFactsNameTheirSubject()
    {
        QFETCH(QString, report);
        QFETCH(QStringList, expected);
        QCOMPARE(tableFacts(read(report), true), expected);
    }

    void theBundledSample()
    {
        QFile file(u":/matchline/sample/inter-juventus.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Match match = ProseReportReader::read(file.readAll()).match;
        QCOMPARE(match.homeTeam, u"Inter Milan"_s);
        QCOMPARE(match.awayTeam, u"Juventus"_s);
        QCOMPARE(match.finalScore, (Score { 3, 2 }));
        QCOMPARE(summary(match),
                 (QStringList {
                         u"own_goal 17' home Andrea Cambiaso"_s, u"goal 26' away Andrea Cambiaso"_s,
                         u"second_yellow 45' away Pierre Kalulu"_s,
                         u"goal 76' home Francesco Esposito"_s, u"goal 83' away Manuel Locatelli"_s,
                         u"goal 90' home Piotr Zielinski"_s }));
        QVERIFY(match.warnings.isEmpty());
        // Every event can show the sentences it came from.
        for (const MatchEvent &e : match.events) {
            QVERIFY(!e.evidence.isEmpty());
            QVERIFY(e.evidence.first().end() <= match.sourceText.size());
        }
    }

    void theFixtureReport()
    {
        const ReadResult result = ProseReportReader::read(
                TestData::read(TestData::fixture(u"report-hibernian-aberdeen.txt"_s)));
        QCOMPARE(result.match.finalScore, (Score { 2, 1 }));
        QCOMPARE(summary(result.match, true),
                 (QStringList {
                         u"goal 12' away Jonas Falk"_s, u"yellow_card 30' away Ewan Blair"_s,
                         u"goal 47' home Callum Reid"_s, u"second_yellow 60' away Ewan Blair"_s,
                         u"chance 60' home Lucas Moreau"_s, u"chance 80' home Lucas Moreau"_s,
                         u"goal 90+3' home Lucas Moreau"_s }));
    }

    void theSeedReport()
    {
        const QString path = TestData::shared(u"reports/000_1db8c0ac7c0ef468.txt"_s);
        if (!QFile::exists(path))
            QSKIP("../shared/data is not beside the project");
        const Match match = ProseReportReader::read(TestData::read(path)).match;
        QCOMPARE(match.homeTeam, u"Inter Milan"_s);
        QCOMPARE(match.finalScore, (Score { 3, 2 }));
        QCOMPARE(summary(match),
                 (QStringList {
                         u"own_goal 17' home Andrea Cambiaso"_s, u"goal 26' away Andrea Cambiaso"_s,
                         u"second_yellow 45' away Pierre Kalulu"_s,
                         u"goal 76' home Francesco Esposito"_s, u"goal 83' away Manuel Locatelli"_s,
                         u"goal 90' home Piotr Zielinski"_s }));
        QStringList facts;
        for (const StandingRow &row : match.standings)
            facts << row.team + u' ' + QString::number(row.points.value_or(-1));
        QVERIFY(facts.contains(u"Inter Milan 61"_s));
        QVERIFY(facts.contains(u"AC Milan 53"_s));
        QVERIFY(facts.contains(u"Juventus 46"_s));
    }

    // How alike two team names are: the share of their words they have in common, club
    // abbreviations left out ("Inter" is nearer "Inter Milan" than "AC Milan" is).
    static double nameOverlap(const QString &a, const QString &b)
    {
        static const QStringList filler { u"fc"_s,  u"cf"_s, u"ac"_s,   u"afc"_s, u"sc"_s,
                                          u"ssc"_s, u"as"_s, u"club"_s, u"de"_s,  u"the"_s };
        auto words = [](const QString &name) {
            QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
            folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
            QSet<QString> out;
            for (const QString &w :
                 folded.split(QRegularExpression(u"[^\\w]+"_s), Qt::SkipEmptyParts)) {
                if (!filler.contains(w))
                    out.insert(w);
            }
            return out;
        };
        const QSet<QString> x = words(a);
        const QSet<QString> y = words(b);
        if (x.isEmpty() || y.isEmpty())
            return 0;
        return double(QSet<QString>(x).intersect(y).size())
                / double(QSet<QString>(x).unite(y).size());
    }

    // A ratchet over the real reports (see ratchet.h): how many of the final scores they state
    // the reader gets right, each number with its team (a report that never says who was at
    // home may name the sides the other way round; the score must then be read that way too).
    void everyStatedFinalScore()
    {
        const QString dir = TestData::shared(u"reports"_s);
        if (!QFile::exists(dir))
            QSKIP("../shared/data is not beside the project");
        const QStringList truths = QDir(dir).entryList({ u"*.truth.json"_s });
        Ratchet ratchet(u"stated final scores read right"_s);
        for (const QString &truthName : truths) {
            const QJsonObject truth =
                    QJsonDocument::fromJson(TestData::read(dir + u"/"_s + truthName)).object();
            const QJsonArray score = truth.value(u"final_score"_s).toArray();
            if (score.size() != 2)
                continue;
            const QString report =
                    dir + u"/"_s + QString(truthName).replace(u".truth.json"_s, u".txt"_s);
            const Match match = ProseReportReader::read(TestData::read(report)).match;
            const QString name = QFileInfo(report).fileName();
            const QString home = truth.value(u"home"_s).toString();
            const QString away = truth.value(u"away"_s).toString();
            const QString stated = home + u' ' + QString::number(score.at(0).toInt()) + u'-'
                    + QString::number(score.at(1).toInt()) + u' ' + away;
            if (!match.finalScore) {
                ratchet.miss(name, u"none read, the report states "_s + stated);
                continue;
            }
            const bool crossed =
                    nameOverlap(match.homeTeam, away) + nameOverlap(match.awayTeam, home)
                    > nameOverlap(match.homeTeam, home) + nameOverlap(match.awayTeam, away);
            const int homeGoals = crossed ? match.finalScore->away : match.finalScore->home;
            const int awayGoals = crossed ? match.finalScore->home : match.finalScore->away;
            ratchet.check(homeGoals == score.at(0).toInt() && awayGoals == score.at(1).toInt(),
                          name,
                          match.homeTeam + u' ' + match.finalScore->toString() + u' '
                                  + match.awayTeam + u" read, the report states "_s + stated);
        }
        QVERIFY2(ratchet.total() >= 10,
                 qPrintable(u"only "_s + QString::number(ratchet.total())
                            + u" reports with a stated score in "_s + dir));
        RATCHET_HOLDS(ratchet, 58);
    }

    void survivesAnyText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("whitespace") << QByteArray("  \n\n\t \r\n");
        QByteArray junk(64 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        QTest::addRow("binary junk") << junk;
        QTest::addRow("one long line")
                << QByteArray("Tom Ash scored in the 9th minute and ").repeated(20000);
        QTest::addRow("only a header") << QByteArray("date 2024-03-02");
        QTest::addRow("numbers") << QByteArray(
                "1-1 2-2 90+3 45+ 0-0 9999th minute -5 minutes later");
    }
    void survivesAnyText()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = ProseReportReader::read(bytes);
        QVERIFY(result.ok());
        if (result.match.events.isEmpty())
            QVERIFY(!result.match.warnings.isEmpty()); // says that nothing was found
    }

    // Last: every report read above, our own texts and the real reports beside the project
    // when they are there, read with each skipped pattern tried anyway.
    void wordGatesHideNoMatch()
    {
        QStringList paths { u":/matchline/sample/inter-juventus.txt"_s,
                            TestData::fixture(u"report-hibernian-aberdeen.txt"_s) };
        const QString reports = TestData::shared(u"reports"_s);
        for (const QString &name : QDir(reports).entryList({ u"*.txt"_s }))
            paths << reports + u'/' + name;
        for (const QString &path : paths) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ProseReportReader::read(file.readAll());
        }
        // (The count takes in the table facts' reuse of the event reading's tagged sentences,
        // checked against tagging again.)
        QCOMPARE(WordStarts::misses(), 0);
        // and every factored pattern found what the pattern as written finds (see Pattern).
        QCOMPARE(Pattern::differences(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProseReportReader)
#include "tst_prosereportreader.moc"
