#include "prose/listedevents.h"

#include "testdata.h"

#include <QDir>
#include <QHash>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// "goal Ash 12 (Everton)", "substitution Bell>Roy 61 (Everton)", "yellow_card Cole ?".
QString summary(const ListedEvents::Item &item)
{
    QString s = MatchEvent::typeKey(item.type) + u' ' + item.player;
    if (!item.secondPlayer.isEmpty())
        s += u'>' + item.secondPlayer;
    s += u' ';
    if (item.minute < 0)
        s += u'?';
    else if (item.added > 0)
        s += u"%1+%2"_s.arg(item.minute).arg(item.added);
    else
        s += QString::number(item.minute);
    if (!item.team.isEmpty())
        s += u" ("_s + item.team + u')';
    return s;
}

QStringList summaries(const ListedEvents::Result &result)
{
    QStringList out;
    for (const ListedEvents::Item &item : result.items)
        out << summary(item);
    return out;
}

QStringList teams(const ListedEvents::Result &result)
{
    QStringList out;
    for (const ListedEvents::TeamLine &t : result.teams)
        out << (t.score < 0 ? t.team : t.team + u' ' + QString::number(t.score));
    return out;
}

struct Line
{
    int start;
    QStringView text; // trimmed
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).mid(from, end - from);
        qsizetype lead = 0;
        while (lead < line.size() && line[lead].isSpace())
            ++lead;
        lines.append({ int(from + lead), line.mid(lead).trimmed() });
        from = end + 1;
    }
    return lines;
}

// The lines the spans take, after checking that the spans are in order, apart, and take whole
// lines: a list never ends in the middle of a line, and never takes part of the prose.
QStringList listedLines(const QString &text, const ListedEvents::Result &result, bool *ok)
{
    *ok = true;
    QList<bool> covered(text.size(), false);
    int last = -1;
    for (const TextSpan &span : result.spans) {
        if (span.start <= last || span.length <= 0 || span.end() > text.size())
            *ok = false;
        last = span.end();
        for (int i = span.start; i < std::min(span.end(), int(text.size())); ++i)
            covered[i] = true;
    }
    QStringList out;
    for (const Line &line : linesOf(text)) {
        const auto n = std::count(covered.cbegin() + line.start,
                                  covered.cbegin() + line.start + line.text.size(), true);
        if (n > 0 && n != line.text.size())
            *ok = false;
        if (n > 0)
            out << line.text.toString();
    }
    return out;
}

const QString prose = u"Everton and Fulham met on a cold afternoon."_s;
const QString after = u"It was a game to forget for the visitors."_s;

} // namespace

class TestListedEvents : public QObject
{
    Q_OBJECT

private slots:
    // One row per way of writing a list: the text (between two lines of prose), the events read
    // from it, the teams heading it, and the lines it takes. A row with no lines is prose that
    // must be left alone.
    void read_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("teams");
        QTest::addColumn<bool>("listed");

        // Scorers
        QTest::addRow("team: scorers")
                << u"Everton: Ash 12, Bell 45 pen, Dunn 90+2\nFulham: Cole 30 og"_s
                << QStringList { u"goal Ash 12 (Everton)"_s, u"penalty_goal Bell 45 (Everton)"_s,
                                 u"goal Dunn 90+2 (Everton)"_s, u"own_goal Cole 30 (Fulham)"_s }
                << QStringList { u"Everton"_s, u"Fulham"_s } << true;
        QTest::addRow("team: scorers, minute forms")
                << u"Harbour Town: Ash 12', Bell (45), Cole 90+2', Dunn 17th minute, Eyre 67 (pen), Fenn 70 penalty, Gill 80 o.g., Hart 85 own goal"_s
                << QStringList { u"goal Ash 12 (Harbour Town)"_s,
                                 u"goal Bell 45 (Harbour Town)"_s,
                                 u"goal Cole 90+2 (Harbour Town)"_s,
                                 u"goal Dunn 17 (Harbour Town)"_s,
                                 u"penalty_goal Eyre 67 (Harbour Town)"_s,
                                 u"penalty_goal Fenn 70 (Harbour Town)"_s,
                                 u"own_goal Gill 80 (Harbour Town)"_s,
                                 u"own_goal Hart 85 (Harbour Town)"_s }
                << QStringList { u"Harbour Town"_s } << true;
        QTest::addRow("team: scorer with two minutes")
                << u"Fulham: Ash 12, 45 pen, Dunn 77."_s
                << QStringList { u"goal Ash 12 (Fulham)"_s, u"penalty_goal Ash 45 (Fulham)"_s,
                                 u"goal Dunn 77 (Fulham)"_s }
                << QStringList { u"Fulham"_s } << true;
        QTest::addRow("Goals: team in brackets")
                << u"Goals: Ash (Everton) 12, Bell (Fulham) 30, Dunn (Everton) 77'"_s
                << QStringList { u"goal Ash 12 (Everton)"_s, u"goal Bell 30 (Fulham)"_s,
                                 u"goal Dunn 77 (Everton)"_s }
                << QStringList() << true;
        QTest::addRow("Goals: no minutes")
                << u"Goals: Ash, Leo Dunn"_s
                << QStringList { u"goal Ash ?"_s, u"goal Leo Dunn ?"_s } << QStringList() << true;
        QTest::addRow("Scorers: team by team")
                << u"Scorers: Everton - Ash 12; Fulham - Bell 30 og"_s
                << QStringList { u"goal Ash 12 (Everton)"_s, u"own_goal Bell 30 (Fulham)"_s }
                << QStringList { u"Everton"_s, u"Fulham"_s } << true;
        QTest::addRow("Goalscorers: team's own label")
                << u"Northfield Rovers goalscorers: Ian Bell 8, 64"_s
                << QStringList { u"goal Ian Bell 8 (Northfield Rovers)"_s,
                                 u"goal Ian Bell 64 (Northfield Rovers)"_s }
                << QStringList { u"Northfield Rovers"_s } << true;
        QTest::addRow("score line with scorers")
                << u"Everton 2 Ash 12, Dunn 77 Fulham 1 Bell 30"_s
                << QStringList { u"goal Ash 12 (Everton)"_s, u"goal Dunn 77 (Everton)"_s,
                                 u"goal Bell 30 (Fulham)"_s }
                << QStringList { u"Everton 2"_s, u"Fulham 1"_s } << true;
        QTest::addRow("score line, one scorer")
                << u"Everton 1 Ash 45 Fulham 0"_s << QStringList { u"goal Ash 45 (Everton)"_s }
                << QStringList { u"Everton 1"_s, u"Fulham 0"_s } << true;
        QTest::addRow("score line, scorers in brackets")
                << u"Harbour Town 2 (Tom Ash 12, 45+2) Northfield Rovers 1 (Ian Bell 88 pen)"_s
                << QStringList { u"goal Tom Ash 12 (Harbour Town)"_s,
                                 u"goal Tom Ash 45+2 (Harbour Town)"_s,
                                 u"penalty_goal Ian Bell 88 (Northfield Rovers)"_s }
                << QStringList { u"Harbour Town 2"_s, u"Northfield Rovers 1"_s } << true;
        QTest::addRow("score lines over scorer lines")
                << u"Everton 2\nAsh 12, Dunn 77\nFulham 1\nBell 30"_s
                << QStringList { u"goal Ash 12 (Everton)"_s, u"goal Dunn 77 (Everton)"_s,
                                 u"goal Bell 30 (Fulham)"_s }
                << QStringList { u"Everton 2"_s, u"Fulham 1"_s } << true;
        QTest::addRow("bullet head, own goal for the side above")
                << u"Everton 2\n• T Ash (11th minute)\n• L Dunn (73rd minute own goal)\nFulham 0"_s
                << QStringList { u"goal T Ash 11 (Everton)"_s, u"own_goal L Dunn 73 (Everton)"_s }
                << QStringList { u"Everton 2"_s, u"Fulham 0"_s } << true;
        QTest::addRow("bullet head, scoreless side first")
                << u"Fulham 0\nNorthfield Rovers 1\n- S Cole (90+3')"_s
                << QStringList { u"goal S Cole 90+3 (Northfield Rovers)"_s }
                << QStringList { u"Fulham 0"_s, u"Northfield Rovers 1"_s } << true;
        QTest::addRow("bullet head, both sides scored")
                << u"Everton 1\n• Ash (pen 40)\nFulham 1\n• Bell (88)"_s
                << QStringList { u"penalty_goal Ash 40 (Everton)"_s, u"goal Bell 88 (Fulham)"_s }
                << QStringList { u"Everton 1"_s, u"Fulham 1"_s } << true;

        // Cards
        QTest::addRow("Booked: in a team's block")
                << u"Fulham: Pick; Ash, Bell, Cole, Dunn; Eyre, Fenn, Gill, Hart; Ince, Judd\nBooked: Ash, Cole"_s
                << QStringList { u"yellow_card Ash ? (Fulham)"_s, u"yellow_card Cole ? (Fulham)"_s }
                << QStringList { u"Fulham"_s } << true;
        QTest::addRow("Bookings: team by team")
                << u"Bookings: Everton - Ash (23), Cole (67); Fulham - Bell (80)"_s
                << QStringList { u"yellow_card Ash 23 (Everton)"_s,
                                 u"yellow_card Cole 67 (Everton)"_s,
                                 u"yellow_card Bell 80 (Fulham)"_s }
                << QStringList { u"Everton"_s, u"Fulham"_s } << true;
        QTest::addRow("Yellow cards heading") << u"Yellow cards\nEverton: Ash, Cole\nFulham: Bell"_s
                                              << QStringList { u"yellow_card Ash ? (Everton)"_s,
                                                               u"yellow_card Cole ? (Everton)"_s,
                                                               u"yellow_card Bell ? (Fulham)"_s }
                                              << QStringList { u"Everton"_s, u"Fulham"_s } << true;
        QTest::addRow("Sent off: team after the label")
                << u"Sent off: Fulham: Bell (49), Roy (61)"_s
                << QStringList { u"red_card Bell 49 (Fulham)"_s, u"red_card Roy 61 (Fulham)"_s }
                << QStringList { u"Fulham"_s } << true;
        QTest::addRow("Sent off heading") << u"Sent off:\nHarbour Town: Ash (49), Cole (61min)"_s
                                          << QStringList { u"red_card Ash 49 (Harbour Town)"_s,
                                                           u"red_card Cole 61 (Harbour Town)"_s }
                                          << QStringList { u"Harbour Town"_s } << true;
        QTest::addRow("Red card:")
                << u"Red card: Bell 70"_s << QStringList { u"red_card Bell 70"_s } << QStringList()
                << true;
        QTest::addRow("Dismissed:") << u"Dismissed: Leo Dunn (Northfield Rovers) 88"_s
                                    << QStringList { u"red_card Leo Dunn 88 (Northfield Rovers)"_s }
                                    << QStringList() << true;
        QTest::addRow("Cautioned: with and")
                << u"Cautioned: Ash, Bell and Cole."_s
                << QStringList { u"yellow_card Ash ?"_s, u"yellow_card Bell ?"_s,
                                 u"yellow_card Cole ?"_s }
                << QStringList() << true;
        QTest::addRow("second yellow in a sent-off list")
                << u"Booked: Ash (23), Cole\nSent off: Ash (2nd yellow 80), Bell (second yellow, 71)"_s
                << QStringList { u"yellow_card Ash 23"_s, u"yellow_card Cole ?"_s,
                                 u"second_yellow Ash 80"_s, u"second_yellow Bell 71"_s }
                << QStringList() << true;
        QTest::addRow("booked twice in one list")
                << u"Bookings: Ash 20, 75"_s
                << QStringList { u"yellow_card Ash 20"_s, u"second_yellow Ash 75"_s }
                << QStringList() << true;
        QTest::addRow("team's heading, one player a line")
                << u"Fulham bookings\n• Bell (30)\n• Cole (44)"_s
                << QStringList { u"yellow_card Bell 30 (Fulham)"_s,
                                 u"yellow_card Cole 44 (Fulham)"_s }
                << QStringList() << true;
        QTest::addRow("Booked: None")
                << u"Booked: None"_s << QStringList() << QStringList() << true;

        // Line-ups
        QTest::addRow("line-up with formation")
                << u"Everton (4-4-2): Pick (GK), Ash, Bell (Roy 61'), Dunn (Cole 75), Eyre, Fenn, Gill, Hart, Ince, Judd (c), Kerr"_s
                << QStringList { u"substitution Bell>Roy 61 (Everton)"_s,
                                 u"substitution Dunn>Cole 75 (Everton)"_s }
                << QStringList { u"Everton"_s } << true;
        QTest::addRow("line-up by lines of the side")
                << u"Northfield Rovers: Pick; Ash, Bell (Roy 61), Cole, Dunn; Eyre, Fenn (Gill 70), Hart; Ince, Judd (Kerr 85), Lowe."_s
                << QStringList { u"substitution Bell>Roy 61 (Northfield Rovers)"_s,
                                 u"substitution Fenn>Gill 70 (Northfield Rovers)"_s,
                                 u"substitution Judd>Kerr 85 (Northfield Rovers)"_s }
                << QStringList { u"Northfield Rovers"_s } << true;
        QTest::addRow("line-up by lines of the side, with dashes")
                << u"Fulham: Pick - Ash, Bell, Cole (Roy 77), Dunn - Eyre, Fenn, Gill, Hart - Ince, Judd"_s
                << QStringList { u"substitution Cole>Roy 77 (Fulham)"_s }
                << QStringList { u"Fulham"_s } << true;
        QTest::addRow("line-up with ratings")
                << u"Everton: Pick 7, Ash 6, Bell 8, Cole 7, Dunn 6, Eyre 7, Fenn 8, Gill 7 (60. Roy 6), Hart 5, Ince 7 (75. Kerr 7), Judd 6"_s
                << QStringList { u"substitution Gill>Roy 60 (Everton)"_s,
                                 u"substitution Ince>Kerr 75 (Everton)"_s }
                << QStringList { u"Everton"_s } << true;
        QTest::addRow("line-up with ratings, a number in brackets is a rating")
                << u"Fulham: Pick 6, Ash 7 (Roy 6), Bell 8, Cole 7, Dunn 6.5, Eyre 7, Fenn 8, Gill 7, Hart 5, Ince 7 (Kerr 81'), Judd 6"_s
                << QStringList { u"substitution Ash>Roy ? (Fulham)"_s,
                                 u"substitution Ince>Kerr 81 (Fulham)"_s }
                << QStringList { u"Fulham"_s } << true;
        QTest::addRow("line-up, minute first and a second change")
                << u"Harbour Town: Pick, Ash (61' Roy), Bell (Cole 46, Dunn 80), Eyre, Fenn (booked 30), Gill, Hart, Ince, Judd, Kerr, Lowe"_s
                << QStringList { u"substitution Ash>Roy 61 (Harbour Town)"_s,
                                 u"substitution Bell>Cole 46 (Harbour Town)"_s,
                                 u"substitution Cole>Dunn 80 (Harbour Town)"_s,
                                 u"yellow_card Fenn 30 (Harbour Town)"_s }
                << QStringList { u"Harbour Town"_s } << true;
        QTest::addRow("Subs: changes and the bench")
                << u"Subs: Roy for Bell 61, Kerr for Judd (85), Gee"_s
                << QStringList { u"substitution Bell>Roy 61"_s, u"substitution Judd>Kerr 85"_s }
                << QStringList() << true;
        QTest::addRow("tail lines that make no event")
                << u"Subs not used: Gee, Ward (Everton), Reeves (Fulham)\nReferee: P A Wade (Eastfield)\nAttendance: 20,447\nVenue: Harbour Road, Harbour Town\nManager: Val Ward"_s
                << QStringList() << QStringList() << true;
        QTest::addRow("referee and attendance on one line")
                << u"Referee: Ray Hill (Northfield). Attendance: 9,120."_s << QStringList()
                << QStringList() << true;

        // Key moments
        QTest::addRow("key moment, minute after")
                << u"• Goal!\nTom Ash\n30'"_s << QStringList { u"goal Tom Ash 30"_s }
                << QStringList() << true;
        QTest::addRow("key moment, minute before")
                << u"30'\n• Yellow Card!\nSam Cole"_s
                << QStringList { u"yellow_card Sam Cole 30"_s } << QStringList() << true;
        QTest::addRow("key moments on one line")
                << u"30' Goal! Tom Ash\nYellow Card! Sam Cole 62'\n71' Substitution: Roy for Ash"_s
                << QStringList { u"goal Tom Ash 30"_s, u"yellow_card Sam Cole 62"_s,
                                 u"substitution Ash>Roy 71"_s }
                << QStringList() << true;
        QTest::addRow("key moment substitution")
                << u"• Substitution\nAsh\nRoy\n61'"_s
                << QStringList { u"substitution Ash>Roy 61"_s } << QStringList() << true;
        QTest::addRow("key moments sharing a minute")
                << u"• KO\n40'\n• Red Card!\nIan Bell\n• Substitution\nCole\nGill\n• HT"_s
                << QStringList { u"red_card Ian Bell 40"_s, u"substitution Cole>Gill 40"_s }
                << QStringList() << true;

        // Prose that must be left alone
        QTest::addRow("Goals: in mid-sentence")
                << u"Everton needed one thing above all. Goals: they had scored two all season."_s
                << QStringList() << QStringList() << false;
        QTest::addRow("Goals: heading a sentence")
                << u"Goals: they came at last for Everton, who scored twice."_s << QStringList()
                << QStringList() << false;
        QTest::addRow("names with commas")
                << u"Ash, Bell, Cole, Dunn, Eyre and Fenn all started for Everton."_s
                << QStringList() << QStringList() << false;
        QTest::addRow("quote after a colon")
                << u"Dunn said: \"We were poor, and Fulham punished us.\""_s << QStringList()
                << QStringList() << false;
        QTest::addRow("speaker and quote") << u"Ash: \"It was never a penalty, 12 of us saw it.\""_s
                                           << QStringList() << QStringList() << false;
        QTest::addRow("day and fixture") << u"Saturday: Everton v Fulham, kick-off 3pm."_s
                                         << QStringList() << QStringList() << false;
        QTest::addRow("day and names")
                << u"Saturday: Ash 12, Bell 45"_s << QStringList() << QStringList() << false;
        QTest::addRow("match statistics") << u"Possession: Everton 60, Fulham 40"_s << QStringList()
                                          << QStringList() << false;
        QTest::addRow("league table figures")
                << u"Points: Everton 45, Fulham 44"_s << QStringList() << QStringList() << false;
        QTest::addRow("full-time score with teams")
                << u"Full-time: Everton 2, Fulham 1"_s << QStringList() << QStringList() << false;
        QTest::addRow("score line without scorers")
                << u"Everton 2 Fulham 1"_s << QStringList() << QStringList() << false;
        QTest::addRow("score line of two draws") << u"Harbour Town 1 Northfield Rovers 1"_s
                                                 << QStringList() << QStringList() << false;
        QTest::addRow("score line with a dash")
                << u"Everton - Fulham 2-1"_s << QStringList() << QStringList() << false;
        QTest::addRow("team and prose") << u"Everton: a club that has forgotten how to win."_s
                                        << QStringList() << QStringList() << false;
        QTest::addRow("team and a few names")
                << u"Everton: Ash, Bell, Cole"_s << QStringList() << QStringList() << false;
        QTest::addRow("referee in a sentence")
                << u"Referee Tom Ash pointed to the spot and booked Bell."_s << QStringList()
                << QStringList() << false;
        QTest::addRow("key-moment word and prose")
                << u"Goal!\nWhat a strike that was from the edge of the box."_s << QStringList()
                << QStringList() << false;
        QTest::addRow("heading and prose")
                << u"Yellow cards\nThere were plenty of them in a bad-tempered game."_s
                << QStringList() << QStringList() << false;
        QTest::addRow("score in a sentence")
                << u"Everton 2 goals ahead at the break, Fulham rallied."_s << QStringList()
                << QStringList() << false;
    }

    void read()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, items);
        QFETCH(QStringList, teams);
        QFETCH(bool, listed);

        const QString text = prose + u"\n\n"_s + list + u"\n\n"_s + after;
        const ListedEvents::Result result = ListedEvents::read(text);
        QCOMPARE(summaries(result), items);
        QCOMPARE(::teams(result), teams);
        bool ok = false;
        const QStringList taken = listedLines(text, result, &ok);
        QVERIFY(ok);
        QStringList want;
        if (listed) {
            for (const Line &line : linesOf(list))
                want << line.text.toString();
        }
        QCOMPARE(taken, want);
        // The entry of each item is in the list.
        for (const ListedEvents::Item &item : result.items) {
            const QStringView entry = QStringView(text).mid(item.span.start, item.span.length);
            QVERIFY2(entry.contains(item.player), qPrintable(entry.toString()));
        }
    }

    // The offsets of items and team heads, for the evidence an event shows.
    void spans()
    {
        const QString text =
                u"Everton: Ash 12, Bell 45 pen, Dunn 90+2\nFulham 1 Cole 30' Northfield Rovers 0"_s;
        const ListedEvents::Result result = ListedEvents::read(text);
        const auto at = [&](const TextSpan &span) { return text.mid(span.start, span.length); };
        QStringList items;
        for (const ListedEvents::Item &item : result.items)
            items << at(item.span);
        QCOMPARE(items,
                 (QStringList { u"Ash 12"_s, u"Bell 45 pen"_s, u"Dunn 90+2"_s, u"Cole 30'"_s }));
        QStringList heads;
        for (const ListedEvents::TeamLine &team : result.teams)
            heads << at(team.span);
        QCOMPARE(heads, (QStringList { u"Everton"_s, u"Fulham 1"_s, u"Northfield Rovers 0"_s }));
        QCOMPARE(result.spans.size(), 1);
        QCOMPARE(at(result.spans.first()), text);
        QCOMPARE(result.items.at(1).time(), MatchTime::fromMinute(45));
        QCOMPARE(result.items.at(2).time(), MatchTime::fromMinute(90, 2));
    }

    // Whole heads and tails as published, with the prose around them.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("lines"); // the lines the lists take, counting from 1

        QTest::addRow("fan site head")
                << u"fan-head.txt"_s
                << QStringList {
                       u"goal Ash 14 (Harbour Town)"_s,
                       u"goal Dunn 71 (Harbour Town)"_s,
                       u"goal Bell 38 (Northfield Rovers)"_s,
                       u"goal Cole 45+1 (Northfield Rovers)"_s,
                       u"yellow_card Eyre ? (Harbour Town)"_s,
                       u"yellow_card Fenn ? (Harbour Town)"_s,
                       u"yellow_card Gill ? (Northfield Rovers)"_s,
                       u"yellow_card Bell ? (Northfield Rovers)"_s,
                       u"yellow_card Hart ? (Northfield Rovers)"_s,
                       u"red_card Cole 52 (Northfield Rovers)"_s,
                       u"red_card Ince 77 (Northfield Rovers)"_s,
                       u"substitution Mace>Nash 66 (Harbour Town)"_s,
                       u"substitution Lamb>Moss 58 (Northfield Rovers)"_s,
                       u"substitution Ord>Penn 70 (Northfield Rovers)"_s,
                   }
                << u"7-18"_s;
        QTest::addRow("newspaper match facts")
                << u"match-facts.txt"_s
                << QStringList {
                       u"substitution Dunn>Eyre 70 (Everton)"_s,
                       u"substitution Ince>Judd 81 (Everton)"_s,
                       u"substitution Nash>Orr 88 (Everton)"_s,
                       u"goal Ash ? (Everton)"_s,
                       u"yellow_card Gill ? (Everton)"_s,
                       u"yellow_card Kerr ? (Everton)"_s,
                       u"substitution York>Abel 64 (Fulham)"_s,
                       u"substitution Earl>Ford 77 (Fulham)"_s,
                       u"goal Bell ? (Fulham)"_s,
                       u"goal Cole ? (Fulham)"_s,
                       u"yellow_card Tate ? (Fulham)"_s,
                   }
                << u"9-29"_s;
        QTest::addRow("club site key moments")
                << u"key-moments.txt"_s
                << QStringList {
                       u"goal Tom Ash 21"_s,
                       u"goal Leo Dunn 50"_s,
                       u"yellow_card Ian Bell 58"_s,
                       u"substitution Cole>Gill 58"_s,
                       u"yellow_card Leo Dunn 63"_s,
                       u"substitution Bell>Hart 66"_s,
                       u"substitution Ash>Ince 74"_s,
                       u"substitution Kerr>Lowe 85"_s,
                       u"goal Sam Cole 92"_s,
                       u"goal Sam Cole 93"_s,
                   }
                << u"4-42"_s;
        QTest::addRow("score head with bullets")
                << u"sky-head.txt"_s
                << QStringList {
                       u"own_goal G Moss 9 (Harbour Town)"_s,
                       u"goal S Penn 66 (Harbour Town)"_s,
                   }
                << u"7-10"_s;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, items);
        QFETCH(QString, lines);

        const QString text =
                QString::fromUtf8(TestData::read(TestData::fixture(u"lists/"_s + file)));
        QVERIFY(!text.isEmpty());
        const ListedEvents::Result result = ListedEvents::read(text);
        QCOMPARE(summaries(result), items);

        bool ok = false;
        const QStringList taken = listedLines(text, result, &ok);
        QVERIFY(ok);
        const QList<Line> all = linesOf(text);
        const int first = lines.section(u'-', 0, 0).toInt();
        const int last = lines.section(u'-', 1, 1).toInt();
        QStringList want;
        for (int i = first; i <= last; ++i) {
            if (!all.at(i - 1).text.isEmpty())
                want << all.at(i - 1).text.toString();
        }
        QCOMPARE(taken, want);
    }

    // What the tails say besides events: officials, attendance, venue, who plays for whom.
    void facts()
    {
        const QString text =
                QString::fromUtf8(TestData::read(TestData::fixture(u"lists/fan-head.txt"_s)));
        const ListedEvents::Result result = ListedEvents::read(text);
        QCOMPARE(result.attendance, 12304);
        QCOMPARE(result.officials.size(), 1);
        QCOMPARE(result.officials.first().name, u"J B Wade"_s);
        QCOMPARE(result.officials.first().role, ListedEvents::Official::Role::Referee);
        QHash<QString, QString> sides;
        for (const ListedEvents::Player &p : result.players)
            sides.insert(p.name, p.team);
        // "Sims, Tate (Harbour Town), Vine (Northfield Rovers)": the bracket names the side of
        // all the names before it.
        QCOMPARE(sides.value(u"Sims"_s), u"Harbour Town"_s);
        QCOMPARE(sides.value(u"Tate"_s), u"Harbour Town"_s);
        QCOMPARE(sides.value(u"Vine"_s), u"Northfield Rovers"_s);
        QCOMPARE(sides.value(u"Moss"_s), u"Northfield Rovers"_s);
        QCOMPARE(sides.value(u"Rudd"_s), u"Harbour Town"_s);

        const QString facts =
                QString::fromUtf8(TestData::read(TestData::fixture(u"lists/match-facts.txt"_s)));
        const ListedEvents::Result second = ListedEvents::read(facts);
        QStringList officials;
        for (const ListedEvents::Official &o : second.officials)
            officials << o.name + u'/' + o.team;
        QCOMPARE(officials,
                 (QStringList { u"Val Ward/Everton"_s, u"Uma Stone/Fulham"_s, u"Ray Hill/"_s }));

        const ListedEvents::Result venue =
                ListedEvents::read(u"Venue: Harbour Road, Harbour Town"_s);
        QCOMPARE(venue.venue, u"Harbour Road, Harbour Town"_s);
    }

    // The reports beside the project: read without a crash, and no prose taken for a list.
    void realReports()
    {
        const QString dir = TestData::shared(u"reports"_s);
        if (!QDir(dir).exists())
            QSKIP("no reports beside the project");
        const QStringList files = QDir(dir).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QString text = QString::fromUtf8(TestData::read(dir + u'/' + file));
            const ListedEvents::Result result = ListedEvents::read(text);
            bool ok = false;
            const QStringList taken = listedLines(text, result, &ok);
            QVERIFY2(ok, qPrintable(file));
            for (const QString &line : taken) {
                // A line of prose has words in lower case; a list line a few at most ("Subs not
                // used", "Yellow cards").
                const QList<QStringView> words = QStringView(line).split(u' ', Qt::SkipEmptyParts);
                const auto lower = std::count_if(words.cbegin(), words.cend(),
                                                 [](QStringView w) { return w.front().isLower(); });
                QVERIFY2(lower < 5, qPrintable(file + u": "_s + line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestListedEvents)
#include "tst_listedevents.moc"
