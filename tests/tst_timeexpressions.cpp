#include "prose/pattern.h"
#include "prose/rulebook.h"
#include "prose/timeexpressions.h"
#include "prose/wordstarts.h"

#include <algorithm>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The time rules (resources/data/rules/times.rules) and their examples, one row per example,
// then rows of phrases kept from before the rules were data.
class TestTimeExpressions : public QObject
{
    Q_OBJECT

    // What the reader gives, written as the examples of times.rules write it.
    static QString describe(const TimeExpression &e)
    {
        switch (e.kind) {
        case TimeExpression::Kind::Relative: {
            QString out = u"relative "_s;
            if (!e.offsetKnown)
                out += u"unknown"_s;
            else
                out += (e.offset >= 0 ? u"+"_s : QString()) + QString::number(e.offset);
            if (e.anchor == TimeExpression::Anchor::SameSentence)
                out += u" same-sentence"_s;
            return out;
        }
        case TimeExpression::Kind::Period: {
            static const QHash<MatchTime::Period, QString> names {
                { MatchTime::Period::FirstHalf, u"first-half"_s },
                { MatchTime::Period::SecondHalf, u"second-half"_s },
                { MatchTime::Period::ExtraTimeFirst, u"extra-time"_s },
                { MatchTime::Period::ExtraTimeSecond, u"extra-time-second"_s },
            };
            return u"period "_s + names.value(e.time.period(), e.time.label());
        }
        case TimeExpression::Kind::Minute:
            break;
        }
        QString out = e.time.label();
        for (const MatchTime &more : e.moreTimes)
            out += u" and "_s + more.label();
        if (e.approximate)
            out += u" approx"_s;
        return out;
    }

private slots:
    void initTestCase()
    {
        // Every rule the prefilter rules out is run anyway and must find nothing; every
        // rewritten pattern is checked against the pattern as written.
        RuleBook::setVerifying(true);
        WordStarts::setVerifying(true);
    }
    void cleanupTestCase()
    {
        QCOMPARE(RuleBook::prefilterMisses(), 0);
        QCOMPARE(Pattern::differences(), 0);
    }

    void rulesLoad()
    {
        const RuleBook &book = RuleBook::builtIn();
        for (const QString &error : book.errors())
            QVERIFY2(!error.startsWith(u"times.rules"_s), qPrintable(error));
        const QList<const Rule *> rules = book.group(u"time"_s);
        QVERIFY(!rules.isEmpty());
        for (const Rule *rule : rules) {
            QVERIFY2(rule->pattern.isValid(), qPrintable(rule->name));
            QVERIFY2(rule->examples.size() >= 3,
                     qPrintable(rule->file + u':' + QString::number(rule->line) + u": "_s
                                + rule->name + u" has fewer than three examples"_s));
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        for (const Rule *rule : RuleBook::builtIn().group(u"time"_s)) {
            for (const Rule::Example &e : rule->examples) {
                QTest::addRow("%s:%d %s", qPrintable(rule->file), e.line, qPrintable(rule->name))
                        << rule->name << e.text << e.expected;
            }
        }
    }
    // Each example holds one time phrase, which its rule reads.
    void examples()
    {
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        RuleBook::Trace trace;
        const QList<TimeExpression> found = TimeExpressions::find(text);
        QVERIFY2(trace.fired().contains(rule),
                 qPrintable(rule + u" did not fire; fired: "_s + trace.fired().join(u", "_s)));
        QStringList got;
        for (const TimeExpression &e : found)
            got << describe(e);
        // A rule that makes nothing takes the words it matches from the rules after it.
        if (expected == u"nothing") {
            QCOMPARE(got, QStringList {});
            return;
        }
        // Every time the sentence holds, in order, separated by "; " where there are several;
        // one of them is the rule's.
        QCOMPARE(got, expected.split(u"; "_s));
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [&](const TimeExpression &e) { return e.rule == rule; }));
        if (found.size() == 1)
            QCOMPARE(found.first().rule, rule);
    }

    void phrases_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("kind"); // minute, relative, period
        QTest::addColumn<QString>("label"); // minute and period: the time; relative: the offset

        QTest::addRow("in the Nth minute") << u"She scored in the 90th minute."_s
                                           << u"in the 90th minute"_s << u"minute"_s << u"90'"_s;
        QTest::addRow("in the Nth") << u"He levelled in the 83rd to stun them."_s
                                    << u"in the 83rd"_s << u"minute"_s << u"83'"_s;
        QTest::addRow("Nth-minute adjective")
                << u"a 17th-minute lead"_s << u"17th-minute"_s << u"minute"_s << u"17'"_s;
        QTest::addRow("in the N and Mth")
                << u"They struck in the 80th and 81st minutes."_s
                << u"in the 80th and 81st minutes"_s << u"minute"_s << u"80'"_s;
        QTest::addRow("ordinal word")
                << u"a fourth-minute opener"_s << u"fourth-minute"_s << u"minute"_s << u"4'"_s;
        QTest::addRow("plus notation")
                << u"The winner came at 90+3."_s << u"90+3"_s << u"minute"_s << u"90+3'"_s;
        QTest::addRow("minute of stoppage time")
                << u"in the 4th minute of stoppage time"_s
                << u"in the 4th minute of stoppage time"_s << u"minute"_s << u"90+4'"_s;
        QTest::addRow("minutes into added time")
                << u"six minutes into stoppage time"_s << u"six minutes into stoppage time"_s
                << u"minute"_s << u"90+6'"_s;
        QTest::addRow("first-half injury time")
                << u"in first-half injury time"_s << u"in first-half injury time"_s << u"minute"_s
                << u"45+'"_s;
        QTest::addRow("stoppage-time adjective")
                << u"a stoppage-time equaliser"_s << u"stoppage-time"_s << u"minute"_s << u"90+'"_s;
        QTest::addRow("after N minutes") << u"Ada struck after 14 minutes."_s
                                         << u"after 14 minutes"_s << u"minute"_s << u"14'"_s;
        QTest::addRow("on N minutes") << u"Kai equalised on 42 minutes."_s << u"on 42 minutes"_s
                                      << u"minute"_s << u"42'"_s;
        QTest::addRow("seconds") << u"The hosts took 90 seconds to score."_s << u"took 90 seconds"_s
                                 << u"minute"_s << u"2'"_s;
        QTest::addRow("before halftime")
                << u"a chance 10 minutes before halftime"_s << u"10 minutes before halftime"_s
                << u"minute"_s << u"35'"_s;
        QTest::addRow("before the break")
                << u"five minutes before the break"_s << u"five minutes before the break"_s
                << u"minute"_s << u"40'"_s;
        QTest::addRow("from time") << u"ten minutes from time"_s << u"ten minutes from time"_s
                                   << u"minute"_s << u"80'"_s;
        QTest::addRow("minutes left")
                << u"with five minutes left to play"_s << u"with five minutes left to play"_s
                << u"minute"_s << u"85'"_s;
        QTest::addRow("after the break")
                << u"two minutes after the break"_s << u"two minutes after the break"_s
                << u"minute"_s << u"47'"_s;
        QTest::addRow("after the restart")
                << u"nine minutes after the restart"_s << u"nine minutes after the restart"_s
                << u"minute"_s << u"54'"_s;
        QTest::addRow("stroke of halftime")
                << u"sent off on the stroke of halftime"_s << u"on the stroke of halftime"_s
                << u"minute"_s << u"45'"_s;
        QTest::addRow("just after the hour")
                << u"just after the hour mark"_s << u"just after the hour mark"_s << u"minute"_s
                << u"61'"_s;
        QTest::addRow("on the hour") << u"a tackle on the hour mark"_s << u"on the hour mark"_s
                                     << u"minute"_s << u"60'"_s;
        QTest::addRow("last-minute")
                << u"a last-minute winner"_s << u"last-minute"_s << u"minute"_s << u"90'"_s;
        QTest::addRow("last-gasp")
                << u"a last-gasp winner"_s << u"last-gasp"_s << u"minute"_s << u"90'"_s;
        QTest::addRow("minutes later") << u"she levelled nine minutes later"_s
                                       << u"nine minutes later"_s << u"relative"_s << u"9"_s;
        QTest::addRow("a minute later") << u"A minute later, he scored."_s << u"A minute later"_s
                                        << u"relative"_s << u"1"_s;
        QTest::addRow("minutes earlier") << u"he had come on five minutes earlier"_s
                                         << u"five minutes earlier"_s << u"relative"_s << u"-5"_s;
        QTest::addRow("lasted") << u"Parity lasted just five minutes."_s
                                << u"lasted just five minutes"_s << u"relative"_s << u"5"_s;
        QTest::addRow("in extra time") << u"Messi scored again in extra time."_s
                                       << u"in extra time"_s << u"period"_s << u"ET 1st half"_s;
        QTest::addRow("second half")
                << u"a second-half penalty"_s << u"second-half"_s << u"period"_s << u"2nd half"_s;
        QTest::addRow("before half-time") << u"levelling before half-time"_s
                                          << u"before half-time"_s << u"period"_s << u"1st half"_s;
    }
    void phrases()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, phrase);
        QFETCH(QString, kind);
        QFETCH(QString, label);
        const QList<TimeExpression> found = TimeExpressions::find(sentence);
        QCOMPARE(found.size(), 1);
        const TimeExpression &e = found.first();
        QCOMPARE(sentence.mid(e.start, e.length), phrase);
        if (kind == u"relative") {
            QCOMPARE(int(e.kind), int(TimeExpression::Kind::Relative));
            QCOMPARE(QString::number(e.offset), label);
        } else {
            QCOMPARE(int(e.kind),
                     int(kind == u"minute" ? TimeExpression::Kind::Minute
                                           : TimeExpression::Kind::Period));
            QCOMPARE(e.time.label(), label);
        }
    }

    void twoMinutesInOnePhrase()
    {
        const QList<TimeExpression> found =
                TimeExpressions::find(u"a double in the 80th and 81st minutes"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().time.label(), u"80'"_s);
        QCOMPARE(found.first().moreTimes.size(), 1);
        QCOMPARE(found.first().moreTimes.first().label(), u"81'"_s);
    }

    void notTimes_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addRow("distance") << u"a shot from 20 yards"_s;
        QTest::addRow("season tally") << u"his 11th goal of the season"_s;
        QTest::addRow("a match length") << u"inseparable after 120 minutes of play"_s;
        QTest::addRow("age") << u"the 23-year-old forward"_s;
        QTest::addRow("crowd") << u"a crowd of 34,302"_s;
        QTest::addRow("places in the table") << u"Fulham (4th) host Everton (7th)"_s;
        QTest::addRow("age in brackets") << u"Tom Ash (29) signed on Friday"_s;
        QTest::addRow("date") << u"the derby on the 18th of May"_s;
        QTest::addRow("height") << u"the 6'2 striker"_s;
        QTest::addRow("kick-off clock") << u"the 19:45 kick-off"_s;
        QTest::addRow("too vague") << u"Fulham held on in the final minutes"_s;
    }
    void notTimes()
    {
        QFETCH(QString, sentence);
        QVERIFY(TimeExpressions::find(sentence).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeExpressions)
#include "tst_timeexpressions.moc"
