#include "prose/prosereportreader.h"
#include "prose/scoresolver.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QList<ScoreSolver::Goal>)
Q_DECLARE_METATYPE(std::optional<Score>)

// The choice of goals and sides that meets what a report states, on goals made up for each row.
class TestScoreSolver : public QObject
{
    Q_OBJECT

    using Goal = ScoreSolver::Goal;
    using Effect = ScoreSolver::Effect;

    // "H" home, "A" away, "-" dropped, one letter per goal.
    static QString choices(const ScoreSolver::Result &r)
    {
        QString out;
        for (const ScoreSolver::Choice &c : r.choices)
            out += !c.kept ? u'-' : (c.side == Side::Home ? u'H' : u'A');
        return out;
    }
    static Goal goal(double home, Effect effect = Effect::None, double confidence = 2)
    {
        Goal g;
        g.homeEvidence = home;
        g.effect = effect;
        g.confidence = confidence;
        return g;
    }

private slots:
    void solve_data()
    {
        QTest::addColumn<QList<Goal>>("goals");
        QTest::addColumn<std::optional<Score>>("final");
        QTest::addColumn<QString>("expected");

        QTest::addRow("sides from the evidence")
                << QList<Goal> { goal(3), goal(-2), goal(2) }
                << std::optional<Score>(Score { 2, 1 }) << u"HAH"_s;
        QTest::addRow("the final score outweighs a scorer's club")
                << QList<Goal> { goal(3), goal(2) } << std::optional<Score>(Score { 1, 1 })
                << u"HA"_s;
        QTest::addRow("an equaliser is the trailing side's")
                << QList<Goal> { goal(1), goal(0, Effect::Equaliser), goal(3) }
                << std::optional<Score>(Score { 2, 1 }) << u"HAH"_s;
        QTest::addRow("pulling one back is the trailing side's")
                << QList<Goal> { goal(-3), goal(-3), goal(0, Effect::PullBack) }
                << std::optional<Score>(Score { 1, 2 }) << u"AAH"_s;
        QTest::addRow("one goal too many: the least sure goes")
                << QList<Goal> { goal(3), goal(3, Effect::None, 0.5), goal(-3) }
                << std::optional<Score>(Score { 1, 1 }) << u"H-A"_s;
        QTest::addRow("no stated score: nothing is dropped")
                << QList<Goal> { goal(3), goal(3, Effect::None, 0.5), goal(-3) }
                << std::optional<Score>() << u"HHA"_s;
        // "restored the lead": the side that led before the equaliser leads again, which
        // decides the opener and the equaliser whose sides nothing else says.
        QTest::addRow("restoring the lead decides the goals before it")
                << QList<Goal> { goal(0, Effect::Opener), goal(0, Effect::Equaliser),
                                 goal(3, Effect::Restore) }
                << std::optional<Score>(Score { 2, 1 }) << u"HAH"_s;
        QTest::addRow("restoring the lead for the away side")
                << QList<Goal> { goal(0), goal(0, Effect::Equaliser), goal(-3, Effect::Restore) }
                << std::optional<Score>(Score { 1, 2 }) << u"AHA"_s;
        QTest::addRow("restoring a two-goal lead")
                << QList<Goal> { goal(0), goal(0), goal(0, Effect::PullBack),
                                 goal(3, Effect::Restore) }
                << std::optional<Score>(Score { 3, 1 }) << u"HHAH"_s;
        QTest::addRow("a goalless draw drops a stray goal")
                << QList<Goal> { goal(0, Effect::None, 0.5) }
                << std::optional<Score>(Score { 0, 0 }) << u"-"_s;
    }
    void solve()
    {
        QFETCH(QList<Goal>, goals);
        QFETCH(std::optional<Score>, final);
        QFETCH(QString, expected);
        const ScoreSolver::Result r = ScoreSolver::solve(goals, final);
        QCOMPARE(choices(r), expected);
        if (final)
            QCOMPARE(r.total, *final);
    }

    void aScoreThatCannotBeMetIsSaid()
    {
        const ScoreSolver::Result r = ScoreSolver::solve({ goal(3), goal(-3) }, Score { 3, 1 });
        QCOMPARE(r.total, (Score { 1, 1 }));
        QVERIFY(std::any_of(r.broken.cbegin(), r.broken.cend(), [](const ScoreSolver::Broken &b) {
            return b.constraint == ScoreSolver::Constraint::FinalScore;
        }));
    }

    // In a whole report: a goal told a second time without its scorer, beyond the stated score,
    // is left out, and the Warnings say so.
    void aReportWithAGoalTooMany()
    {
        const QString report =
                u"date 2024-03-02 Everton 1-0 Fulham\n\nEverton beat Fulham 1-0 on Saturday. Tom Ash scored the only goal in the 30th minute. A goal for Everton in the second half made sure of the points."_s;
        const Match match = ProseReportReader::read(report.toUtf8()).match;
        int goals = 0;
        for (const MatchEvent &e : match.events)
            goals += e.isGoal();
        QCOMPARE(goals, 1);
        QVERIFY(std::any_of(
                match.warnings.cbegin(), match.warnings.cend(),
                [](const ReadWarning &w) { return w.message.startsWith(u"Left out"_s); }));
    }
};

QTEST_GUILESS_MAIN(TestScoreSolver)
#include "tst_scoresolver.moc"
