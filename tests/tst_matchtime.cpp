#include "matchtime.h"
#include "timescale.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Period = MatchTime::Period;

class TestMatchTime : public QObject
{
    Q_OBJECT

private slots:
    void ordering_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addRow("45+2 before 46") << u"45+2"_s << u"46"_s;
        QTest::addRow("45 before 45+1") << u"45"_s << u"45+1"_s;
        QTest::addRow("44 before 45+3") << u"44"_s << u"45+3"_s;
        QTest::addRow("90+4 before 91 (extra time)") << u"90+4"_s << u"91"_s;
        QTest::addRow("9 before 10") << u"9"_s << u"10"_s;
        QTest::addRow("stoppage of unstated length after 45+9") << u"45+9"_s << u"45+"_s;
        QTest::addRow("120+1 before pens") << u"120+1"_s << u"pens"_s;
        QTest::addRow("first half (no minute) before 46") << u"1st half"_s << u"46"_s;
        QTest::addRow("a minute before the unknown") << u"90+9"_s << u"?"_s;
    }
    void ordering()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        const MatchTime a = earlier == u"?" ? MatchTime() : MatchTime::fromString(earlier);
        const MatchTime b = later == u"?" ? MatchTime() : MatchTime::fromString(later);
        QVERIFY(a < b);
        QVERIFY(!(b < a));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("period");
        QTest::addRow("plain") << u"17"_s << u"17'"_s << int(Period::FirstHalf);
        QTest::addRow("apostrophe") << u"17'"_s << u"17'"_s << int(Period::FirstHalf);
        QTest::addRow("added first half") << u"45+2"_s << u"45+2'"_s << int(Period::FirstHalf);
        QTest::addRow("second half") << u"46"_s << u"46'"_s << int(Period::SecondHalf);
        QTest::addRow("added second half") << u"90+3"_s << u"90+3'"_s << int(Period::SecondHalf);
        QTest::addRow("extra time") << u"105+1"_s << u"105+1'"_s << int(Period::ExtraTimeFirst);
        QTest::addRow("second period of extra time")
                << u"118"_s << u"118'"_s << int(Period::ExtraTimeSecond);
        QTest::addRow("unknown added") << u"90+"_s << u"90+'"_s << int(Period::SecondHalf);
        QTest::addRow("shoot-out") << u"pens"_s << u"pens"_s << int(Period::Shootout);
        QTest::addRow("period only") << u"2nd half"_s << u"2nd half"_s << int(Period::SecondHalf);
        QTest::addRow("garbage") << u"soon"_s << u"?"_s << int(Period::Unknown);
    }
    void labels()
    {
        QFETCH(QString, input);
        QFETCH(QString, label);
        QFETCH(int, period);
        const MatchTime t = MatchTime::fromString(input);
        QCOMPARE(t.label(), label);
        QCOMPARE(int(t.period()), period);
    }

    void fromElapsed_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("label");
        // A provider's clock counts from zero: minute 18 is the 19th minute.
        QTest::addRow("first minute") << 1 << 0 << u"1'"_s;
        QTest::addRow("19th minute") << 1 << 18 << u"19'"_s;
        QTest::addRow("first-half added time") << 1 << 47 << u"45+3'"_s;
        QTest::addRow("second half starts at 46") << 2 << 45 << u"46'"_s;
        QTest::addRow("second-half added time") << 2 << 91 << u"90+2'"_s;
        QTest::addRow("extra time") << 3 << 97 << u"98'"_s;
        QTest::addRow("shoot-out") << 5 << 121 << u"pens"_s;
    }
    void fromElapsed()
    {
        QFETCH(int, period);
        QFETCH(int, minute);
        QFETCH(QString, label);
        QCOMPARE(MatchTime::fromElapsed(Period(period), minute, 0).label(), label);
    }

    void scalePlacesAddedTimeBetweenHalves()
    {
        const TimeScale scale(
                { MatchTime::fromString(u"45+3"_s), MatchTime::fromString(u"90+5"_s) });
        QCOMPARE(scale.segments().size(), 2);
        QCOMPARE(scale.position(MatchTime::fromString(u"45"_s)), 45.0);
        QCOMPARE(scale.position(MatchTime::fromString(u"45+3"_s)), 48.0);
        // The second half starts where the first half's added time ends.
        QCOMPARE(scale.position(MatchTime::fromString(u"46"_s)), 49.0);
        QCOMPARE(scale.end(), 48.0 + 45 + 5);
        QVERIFY(scale.position(MatchTime::fromString(u"45+2"_s))
                < scale.position(MatchTime::fromString(u"46"_s)));
    }

    void scaleRoundTrip_data()
    {
        QTest::addColumn<QString>("time");
        for (const char *t : { "1", "17", "45", "45+1", "45+3", "46", "60", "90", "90+2", "90+5" })
            QTest::addRow("%s", t) << QString::fromLatin1(t);
    }
    void scaleRoundTrip()
    {
        QFETCH(QString, time);
        const TimeScale scale(
                { MatchTime::fromString(u"45+3"_s), MatchTime::fromString(u"90+5"_s) });
        const MatchTime t = MatchTime::fromString(time);
        QCOMPARE(scale.timeAt(scale.position(t)).label(), t.label());
    }

    void scaleWithExtraTimeAndShootout()
    {
        const TimeScale scale({ MatchTime::fromString(u"118"_s), MatchTime(Period::Shootout, 121) });
        QCOMPARE(scale.segments().size(), 5);
        QVERIFY(scale.segment(Period::ExtraTimeFirst));
        QVERIFY(scale.position(MatchTime::fromString(u"118"_s))
                > scale.position(MatchTime::fromString(u"90"_s)));
        QVERIFY(scale.position(MatchTime(Period::Shootout, 121))
                > scale.position(MatchTime::fromString(u"120"_s)));
    }

    void unknownTimesHaveNoPositionButPlay()
    {
        const TimeScale scale;
        QVERIFY(std::isnan(scale.position(MatchTime())));
        QVERIFY(std::isnan(scale.position(MatchTime::inPeriod(Period::FirstHalf))));
        // A first-half event without a minute has happened once the first half is over.
        QCOMPARE(scale.playPosition(MatchTime::inPeriod(Period::FirstHalf)), 45.0);
        QCOMPARE(scale.playPosition(MatchTime()), scale.end());
    }
};

QTEST_GUILESS_MAIN(TestMatchTime)
#include "tst_matchtime.moc"
