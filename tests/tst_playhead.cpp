#include "playhead.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPlayhead : public QObject
{
    Q_OBJECT

private slots:
    void staysWithinTheMatch()
    {
        Playhead playhead;
        playhead.setScale(
                TimeScale({ MatchTime::fromString(u"45+2"_s), MatchTime::fromString(u"90+4"_s) }));
        QCOMPARE(playhead.position(), 47.0 + 49);
        playhead.setPosition(-10);
        QCOMPARE(playhead.position(), 0.0);
        playhead.setPosition(1000);
        QCOMPARE(playhead.position(), playhead.scale().end());
    }

    void stepsThroughAddedTime()
    {
        Playhead playhead;
        playhead.setScale(TimeScale({ MatchTime::fromString(u"45+2"_s) }));
        playhead.setPosition(45);
        QCOMPARE(playhead.time().label(), u"45'"_s);
        playhead.stepMinutes(1);
        QCOMPARE(playhead.time().label(), u"45+1'"_s);
        playhead.stepMinutes(1);
        QCOMPARE(playhead.time().label(), u"45+2'"_s);
        playhead.stepMinutes(1);
        QCOMPARE(playhead.time().label(), u"46'"_s);
        playhead.stepMinutes(-5);
        QCOMPARE(playhead.time().label(), u"43'"_s);
    }

    void signalsOnlyOnChange()
    {
        Playhead playhead;
        QSignalSpy spy(&playhead, &Playhead::currentTimeChanged);
        playhead.setPosition(10);
        playhead.setPosition(10);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toDouble(), 10.0);
        // A new match always announces where the playhead is, even at the same position.
        spy.clear();
        playhead.toEnd();
        const double end = playhead.position();
        playhead.setScale(TimeScale());
        QCOMPARE(playhead.position(), end);
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPlayhead)
#include "tst_playhead.moc"
