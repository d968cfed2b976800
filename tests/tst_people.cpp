#include "prose/people.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The capitalized runs of a sentence that may be people's names, on sentences of our own.
class TestPeople : public QObject
{
    Q_OBJECT

    static QStringList names(const QString &sentence)
    {
        QStringList out;
        const auto found = People::candidates(sentence, 0, int(sentence.size()), 0, {});
        for (const People::Candidate &c : found)
            out << c.tokens.join(u' ');
        return out;
    }

private slots:
    void candidates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("expected");
        // A nationality adjective or a role word before a name is not part of it.
        QTest::addRow("nationality adjective") << u"The cross found Australian Tom Ash unmarked."_s
                                               << QStringList { u"Tom Ash"_s };
        QTest::addRow("nationality adjective, one name")
                << u"The winner came from Colombian Bell late on."_s << QStringList { u"Bell"_s };
        QTest::addRow("Japanese before a name")
                << u"It fell to Japanese Ian Bell."_s << QStringList { u"Ian Bell"_s };
        QTest::addRow("role word opening a sentence")
                << u"Substitute Leo Dunn scored twice."_s << QStringList { u"Leo Dunn"_s };
        QTest::addRow("role word in a sentence")
                << u"It was Hotshot Tom Ash again."_s << QStringList { u"Tom Ash"_s };
        QTest::addRow("role word, striker")
                << u"The ball fell to Striker Sam Cole."_s << QStringList { u"Sam Cole"_s };
        // A nationality noun may be a given name.
        QTest::addRow("nationality noun kept")
                << u"The ball fell to Dane Cole."_s << QStringList { u"Dane Cole"_s };
        // The words just before a competition's, a ground's or a club's word name it.
        QTest::addRow("cup") << u"It was the first Carabao Cup final goal by Tom Ash."_s
                             << QStringList { u"Tom Ash"_s };
        QTest::addRow("league") << u"Their Bidvest Premiership hopes rest on Tom Ash."_s
                                << QStringList { u"Tom Ash"_s };
        QTest::addRow("ground") << u"Tom Ash scored at Goodison Park again."_s
                                << QStringList { u"Tom Ash"_s };
        // A word that goes on in lower case or in figures after a hyphen describes.
        QTest::addRow("hyphen, lower case")
                << u"Sam Cole put away a VAR-awarded penalty."_s << QStringList { u"Sam Cole"_s };
        QTest::addRow("hyphen, opening") << u"Europe-chasing Fulham relied on Ian Bell."_s
                                         << QStringList { u"Fulham"_s, u"Ian Bell"_s };
        QTest::addRow("hyphen, figures") << u"After the COVID-19 break Leo Dunn returned."_s
                                         << QStringList { u"Leo Dunn"_s };
        // A month is a date next to a number, and may be a name elsewhere.
        QTest::addRow("month as a given name")
                << u"The cross from Jun Amano was headed in."_s << QStringList { u"Jun Amano"_s };
        QTest::addRow("month as a surname") << u"The corner from Solly March was cleared."_s
                                            << QStringList { u"Solly March"_s };
        QTest::addRow("month before a number")
                << u"On June 3 the cross from Tom Ash was headed in."_s
                << QStringList { u"Tom Ash"_s };
        QTest::addRow("month after a number")
                << u"Since 3 June Tom Ash has scored twice."_s << QStringList { u"Tom Ash"_s };
        // A single word after "at" or "in" and an article is a place.
        QTest::addRow("at a wet ground")
                << u"Tom Ash scored at a wet Wembley."_s << QStringList { u"Tom Ash"_s };
        QTest::addRow("in the packed ground") << u"In the packed Bernabeu, Ian Bell struck twice."_s
                                              << QStringList { u"Ian Bell"_s };
        QTest::addRow("inside a rocking ground")
                << u"Leo Dunn headed in inside a rocking Anfield."_s
                << QStringList { u"Leo Dunn"_s };
        QTest::addRow("a player after at, no article") << u"Sam Cole fired straight at Bell."_s
                                                       << QStringList { u"Sam Cole"_s, u"Bell"_s };
        QTest::addRow("hyphenated name kept")
                << u"The cross from Pierre-Emerick Alexander-Arnold was headed in."_s
                << QStringList { u"Pierre-Emerick Alexander-Arnold"_s };
    }
    void candidates()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, expected);
        QCOMPARE(names(sentence), expected);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
