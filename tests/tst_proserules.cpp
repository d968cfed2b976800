#include "prose/prefilter.h"
#include "prose/prosereportreader.h"
#include "prose/rulebook.h"
#include "prose/wordlists.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The rules of the prose reader (resources/data/rules/) and their examples: every rule loads,
// has at least three examples of our own, fires on each of them, and the reader gives what each
// example says. The examples are read in a report headed "Everton v Fulham" (Everton at home).
class TestProseRules : public QObject
{
    Q_OBJECT

    // The events of the kinds a group's rules make, as "type minute side player".
    static QStringList summary(const Match &match, const QString &group)
    {
        QStringList out;
        // The facts groups give the final score (home-away), the shoot-out's, and the table's
        // rows as "team position points" ('-' for what is not said).
        if (group == u"score") {
            if (match.finalScore)
                out << u"final "_s + match.finalScore->toString();
            if (match.shootoutScore)
                out << u"shootout "_s + match.shootoutScore->toString();
            return out;
        }
        if (group == u"table") {
            auto number = [](std::optional<int> n) { return n ? QString::number(*n) : u"-"_s; };
            for (const StandingRow &row : match.standings)
                out << row.team + u' ' + number(row.position) + u' ' + number(row.points);
            return out;
        }
        for (const MatchEvent &e : match.events) {
            bool wanted = false;
            if (group == u"card")
                wanted = e.isCard();
            else if (group == u"chance")
                wanted = e.type == MatchEvent::Type::Chance
                        || e.type == MatchEvent::Type::MissedPenalty;
            else if (group == u"sub")
                wanted = e.type == MatchEvent::Type::Substitution;
            else
                wanted = e.isGoal() || e.isCard();
            if (!wanted)
                continue;
            QString line = MatchEvent::typeKey(e.type) + u' ' + e.time.label() + u' '
                    + MatchEvent::sideKey(e.side) + u' ' + e.player;
            if (e.type == MatchEvent::Type::Substitution && !e.secondPlayer.isEmpty())
                line += u" / "_s + e.secondPlayer;
            out << line.simplified();
        }
        return out;
    }

private slots:
    void initTestCase() { RuleBook::setVerifying(true); }

    void rulesLoad()
    {
        const RuleBook &book = RuleBook::builtIn();
        QVERIFY2(book.errors().isEmpty(), qPrintable(book.errors().join(u'\n')));
        QVERIFY(!book.rules().isEmpty());
        for (const Rule &rule : book.rules()) {
            QVERIFY2(rule.pattern.isValid(), qPrintable(rule.name));
            // Three ways of writing what the rule reads, at least.
            QVERIFY2(rule.examples.size() >= 3,
                     qPrintable(rule.file + u':' + QString::number(rule.line) + u": "_s + rule.name
                                + u" has fewer than three examples"_s));
        }
    }

    void everyWordListIsUsed()
    {
        const WordLists &words = WordLists::builtIn();
        QString patterns;
        for (const Rule &rule : RuleBook::builtIn().rules())
            patterns += rule.source + u'\n';
        for (const QString &name : words.names()) {
            // Lists the code reads by name say so in their first line.
            const bool usedByRule = patterns.contains(u'@' + name);
            QFile file(u":/matchline/data/words/"_s + name + u".txt"_s);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const bool usedByCode = file.readAll().contains("(read by the code)");
            QVERIFY2(usedByRule || usedByCode, qPrintable(name + u" is used by no rule"_s));
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        for (const Rule &rule : RuleBook::builtIn().rules()) {
            // Time phrases are checked phrase by phrase in tst_timeexpressions.
            if (rule.group == u"time")
                continue;
            for (const Rule::Example &e : rule.examples) {
                QTest::addRow("%s:%d %s", qPrintable(rule.file), e.line, qPrintable(rule.name))
                        << rule.name << e.text << e.expected;
            }
        }
    }
    void examples()
    {
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString report = u"date 2024-03-02 Everton v Fulham\n\n"_s + text;
        RuleBook::Trace trace;
        const ReadResult result = ProseReportReader::read(report.toUtf8());
        QVERIFY(result.ok());
        QVERIFY2(trace.fired().contains(rule),
                 qPrintable(rule + u" did not fire; fired: "_s + trace.fired().join(u", "_s)));
        QStringList want;
        if (expected != u"nothing") {
            for (const QString &line : expected.split(u';'))
                want << line.trimmed();
        }
        QCOMPARE(summary(result.match, RuleBook::builtIn().rule(rule)->group), want);
    }

    // Last: the prefilter never hid a match of a rule, in every example above and every real
    // report beside the project.
    // The prefilter lets a pattern through wherever it matches, and rules out one whose words
    // are not in the text.
    void prefilterLetsThroughWhatMatches()
    {
        const QStringList patterns = {
            uR"(\((\d{1,3})(?:st|nd|rd|th)?(?:\s?min(?:ute)?s?\.?)?(?:\s*\+\s*(\d{1,2}))?'?\))"_s,
            uR"(\b(?:scored|headed)\s+(?:the|a)\s+(?:winner|equaliser)\b)"_s,
            uR"((?<!not )\bsent\s+off\b)"_s,
            uR"(\b\d+\b)"_s, // no word to look for: always let through
        };
        const Prefilter prefilter(patterns, true);
        QCOMPARE(prefilter.size(), 4);
        QVERIFY(prefilter.errorString().isEmpty());
        const QString late = u"Tom Ash struck his second with a low shot to the far corner after a "
                             "long run down the left in the dying seconds (90th+5)."_s;
        QCOMPARE(prefilter.mayMatch(late), QList<bool>({ true, false, false, true }));
        // (The bracketed minute has no word of three letters to look for: always let through.)
        QCOMPARE(prefilter.mayMatch(u"Ian Bell HEADED the Winner and was Sent Off."_s),
                 QList<bool>({ true, true, true, true }));
        // A pattern RE2 cannot read is always let through, and said.
        const Prefilter refused({ u"(a)\\1"_s, u"goal"_s });
        QCOMPARE(refused.mayMatch(u"nothing"_s), QList<bool>({ true, false }));
        QVERIFY(!refused.errorString().isEmpty());
    }

    void prefilterHidesNoMatch()
    {
        const QString reports = TestData::shared(u"reports"_s);
        for (const QString &name : QDir(reports).entryList({ u"*.txt"_s }))
            ProseReportReader::read(TestData::read(reports + u'/' + name));
        QCOMPARE(RuleBook::prefilterMisses(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProseRules)
#include "tst_proserules.moc"
