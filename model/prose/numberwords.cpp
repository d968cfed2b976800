#include "numberwords.h"

#include <QHash>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &units()
{
    static const QStringList list { u"zero"_s,    u"one"_s,       u"two"_s,      u"three"_s,
                                    u"four"_s,    u"five"_s,      u"six"_s,      u"seven"_s,
                                    u"eight"_s,   u"nine"_s,      u"ten"_s,      u"eleven"_s,
                                    u"twelve"_s,  u"thirteen"_s,  u"fourteen"_s, u"fifteen"_s,
                                    u"sixteen"_s, u"seventeen"_s, u"eighteen"_s, u"nineteen"_s };
    return list;
}

const QStringList &unitOrdinals()
{
    static const QStringList list {
        u"zeroth"_s,    u"first"_s,     u"second"_s,      u"third"_s,      u"fourth"_s,
        u"fifth"_s,     u"sixth"_s,     u"seventh"_s,     u"eighth"_s,     u"ninth"_s,
        u"tenth"_s,     u"eleventh"_s,  u"twelfth"_s,     u"thirteenth"_s, u"fourteenth"_s,
        u"fifteenth"_s, u"sixteenth"_s, u"seventeenth"_s, u"eighteenth"_s, u"nineteenth"_s
    };
    return list;
}

const QStringList &tens()
{
    static const QStringList list { {},         {},         u"twenty"_s,  u"thirty"_s, u"forty"_s,
                                    u"fifty"_s, u"sixty"_s, u"seventy"_s, u"eighty"_s, u"ninety"_s };
    return list;
}

const QStringList &tenOrdinals()
{
    static const QStringList list { {},
                                    {},
                                    u"twentieth"_s,
                                    u"thirtieth"_s,
                                    u"fortieth"_s,
                                    u"fiftieth"_s,
                                    u"sixtieth"_s,
                                    u"seventieth"_s,
                                    u"eightieth"_s,
                                    u"ninetieth"_s };
    return list;
}

struct Tables
{
    QHash<QString, int> cardinals;
    QHash<QString, int> ordinals;
    QString pattern;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables t;
        for (int i = 0; i < 20; ++i) {
            t.cardinals.insert(units().at(i), i);
            t.ordinals.insert(unitOrdinals().at(i), i);
        }
        for (int ten = 2; ten < 10; ++ten) {
            t.cardinals.insert(tens().at(ten), ten * 10);
            t.ordinals.insert(tenOrdinals().at(ten), ten * 10);
            for (int unit = 1; unit < 10; ++unit) {
                for (const QString &joiner : { u"-"_s, u" "_s }) {
                    t.cardinals.insert(tens().at(ten) + joiner + units().at(unit), ten * 10 + unit);
                    t.ordinals.insert(tens().at(ten) + joiner + unitOrdinals().at(unit),
                                      ten * 10 + unit);
                }
            }
        }
        t.cardinals.insert(u"a"_s, 1);
        t.cardinals.insert(u"an"_s, 1);
        t.cardinals.insert(u"a couple of"_s, 2);
        t.cardinals.insert(u"a few"_s, 3);
        t.cardinals.insert(u"a hundred"_s, 100);
        t.cardinals.insert(u"one hundred"_s, 100);
        // A compact alternation (longest forms first): the time patterns embed it many times.
        const QString tensWords = tens().mid(2).join(u'|');
        const QString unitWords = units().mid(1, 9).join(u'|');
        const QString unitOrdinalWords = unitOrdinals().mid(1, 9).join(u'|');
        const QString teenWords = units().mid(10).join(u'|');
        const QString teenOrdinalWords = unitOrdinals().mid(10).join(u'|');
        t.pattern = u"(?:\\d{1,3}(?:st|nd|rd|th)?|(?:"_s + tensWords + u")(?:[\\s-](?:"_s
                + unitOrdinalWords + u'|' + unitWords + u"))?|"_s + tenOrdinals().mid(2).join(u'|')
                + u'|' + teenOrdinalWords + u'|' + teenWords + u'|' + unitOrdinalWords + u'|'
                + unitWords + u"|zero|a\\s+couple\\s+of|a\\s+few|an?)"_s;
        return t;
    }();
    return t;
}

} // namespace

namespace NumberWords {

std::optional<int> cardinal(QStringView word)
{
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok)
        return n;
    const QString key = word.toString().toLower().simplified();
    const auto it = tables().cardinals.constFind(key);
    if (it == tables().cardinals.cend())
        return std::nullopt;
    return *it;
}

std::optional<int> ordinal(QStringView word)
{
    if (word.size() > 2 && word.at(0).isDigit()) {
        const QStringView suffix = word.right(2);
        if (suffix.compare(u"st", Qt::CaseInsensitive) == 0
            || suffix.compare(u"nd", Qt::CaseInsensitive) == 0
            || suffix.compare(u"rd", Qt::CaseInsensitive) == 0
            || suffix.compare(u"th", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int n = word.chopped(2).toInt(&ok);
            if (ok)
                return n;
        }
        return std::nullopt;
    }
    const QString key = word.toString().toLower().simplified();
    const auto it = tables().ordinals.constFind(key);
    if (it == tables().ordinals.cend())
        return std::nullopt;
    return *it;
}

std::optional<int> value(QStringView word)
{
    if (auto n = ordinal(word))
        return n;
    return cardinal(word);
}

const QString &pattern()
{
    return tables().pattern;
}

} // namespace NumberWords
