#include "eventfiltermodel.h"
#include "matcheventmodel.h"
#include "playhead.h"
#include "readers/matchjsonreader.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestEventFilterModel : public QObject
{
    Q_OBJECT

private:
    Playhead m_playhead;
    MatchEventModel *m_model = nullptr;
    EventFilterModel *m_filter = nullptr;

    QStringList players() const
    {
        QStringList out;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            out << m_filter->index(row, MatchEventModel::PlayerColumn)
                            .data(MatchEventModel::PlayerRole)
                            .toString();
        return out;
    }

private slots:
    void init()
    {
        m_model = new MatchEventModel(&m_playhead, this);
        m_filter = new EventFilterModel(this);
        new QAbstractItemModelTester(
                m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, m_filter);
        m_filter->setSourceModel(m_model);
        m_model->setMatch(
                MatchJsonReader::read(TestData::read(TestData::fixture(u"derby.json"_s))).match);
    }
    void cleanup()
    {
        delete m_filter;
        delete m_model;
    }

    void keyEventsByDefault() { QCOMPARE(m_filter->rowCount(), 11); }

    void byCategory()
    {
        m_filter->setCategories(EventFilterModel::Goals);
        QCOMPARE(players(),
                 (QStringList { u"Ada Lind"_s, u"Tom Brae"_s, u"Kai Moor"_s, u"Noor Vale"_s }));
        m_filter->setCategories(EventFilterModel::Cards);
        QCOMPARE(players(), (QStringList { u"Piet Saar"_s, u"Tom Brae"_s }));
        m_filter->setCategories(EventFilterModel::Periods);
        QCOMPARE(m_filter->rowCount(), 3);
    }

    void bySideAndPlayer()
    {
        m_filter->setCategories(EventFilterModel::Goals | EventFilterModel::Cards);
        m_filter->setSide(Side::Away);
        // The own goal counts for Millbrook Rovers, so it is theirs here.
        QCOMPARE(players(), (QStringList { u"Piet Saar"_s, u"Tom Brae"_s, u"Kai Moor"_s }));
        m_filter->setSide(Side::None);
        m_filter->setPlayerFilter(u"brae"_s);
        QCOMPARE(players(), (QStringList { u"Tom Brae"_s, u"Tom Brae"_s }));
        // The player replaced and the one coming on both match a substitution.
        m_filter->setCategories(EventFilterModel::KeyEvents);
        m_filter->setPlayerFilter(u"Kai"_s);
        QCOMPARE(m_filter->rowCount(), 2);
    }

    void upToThePlayhead()
    {
        m_filter->setUpToPlayhead(true);
        QCOMPARE(m_filter->rowCount(), 11);
        m_playhead.setPosition(31);
        QCOMPARE(players(), (QStringList { QString(), u"Ada Lind"_s, u"Piet Saar"_s }));
        m_playhead.setPosition(m_model->timeScale().end());
        QCOMPARE(m_filter->rowCount(), 11);
    }

    void adjacentEvents()
    {
        const QModelIndex next = m_filter->adjacentEvent(20, true);
        QCOMPARE(next.data(MatchEventModel::PlayerRole).toString(), u"Piet Saar"_s);
        const QModelIndex previous = m_filter->adjacentEvent(30, false);
        QCOMPARE(previous.data(MatchEventModel::PlayerRole).toString(), u"Ada Lind"_s);
        QVERIFY(!m_filter->adjacentEvent(m_model->timeScale().end(), true).isValid());
    }

    void sortsTimeChronologically()
    {
        m_filter->sort(MatchEventModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(m_filter->index(0, MatchEventModel::TimeColumn).data().toString(), u"90+5'"_s);
        QCOMPARE(m_filter->index(m_filter->rowCount() - 1, MatchEventModel::TimeColumn)
                         .data()
                         .toString(),
                 u"0'"_s);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterModel)
#include "tst_eventfiltermodel.moc"
