#include "numberwords.h"

#include <QHash>
#include <QMap>
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

// A regular expression matching exactly the given words, shaped as their trie so that the
// engine tries one branch per character.
struct TrieNode
{
    QMap<QChar, TrieNode> children;
    bool end = false;
};

QString trieBranches(const TrieNode &node)
{
    QStringList branches;
    for (auto it = node.children.cbegin(); it != node.children.cend(); ++it) {
        branches << QString(it.key()) + trieBranches(it.value());
    }
    if (branches.isEmpty())
        return {};
    if (!node.end)
        return branches.size() == 1 ? branches.first() : u"(?:"_s + branches.join(u'|') + u')';
    return u"(?:"_s + branches.join(u'|') + u")?"_s; // the word may end here
}

QString trieAlternation(const QStringList &words)
{
    TrieNode root;
    for (const QString &word : words) {
        TrieNode *node = &root;
        for (QChar c : word)
            node = &node->children[c];
        node->end = true;
    }
    return u"(?:"_s + trieBranches(root) + u')';
}

struct Tables
{
    QHash<QString, int> cardinals;
    QHash<QString, int> ordinals;
    QString pattern;
    QString ordinalPattern;
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
        // The number words as trie-shaped alternations ("t(?:en(?:th)?|h(?:ird|...)..."): a
        // position that starts no number word is refused after a character or two, where a
        // flat list of fifty words was tried word by word. Longer words come first.
        // Tens with their units ("twenty-three") are a tens trie and a units trie in a row, so
        // the pattern stays small (it is embedded in many others and compiled with them).
        QStringList tenWords;
        QStringList unitWords;
        QStringList otherWords { u"zero"_s };
        for (int ten = 2; ten < 10; ++ten) {
            tenWords << tens().at(ten);
            otherWords << tenOrdinals().at(ten);
        }
        for (int i = 1; i < 20; ++i) {
            otherWords << units().at(i) << unitOrdinals().at(i);
            if (i < 10)
                unitWords << units().at(i) << unitOrdinals().at(i);
        }
        t.pattern = u"(?:\\d{1,3}(?:st|nd|rd|th)?|"_s + trieAlternation(tenWords) + u"(?:[\\s-]"_s
                + trieAlternation(unitWords) + u")?|"_s + trieAlternation(otherWords)
                + u"|a\\s+couple\\s+of|a\\s+few|an?)"_s;
        QStringList unitOrdinalWords;
        QStringList otherOrdinals;
        for (int i = 1; i < 20; ++i) {
            otherOrdinals << unitOrdinals().at(i);
            if (i < 10)
                unitOrdinalWords << unitOrdinals().at(i);
        }
        for (int ten = 2; ten < 10; ++ten)
            otherOrdinals << tenOrdinals().at(ten);
        t.ordinalPattern = u"(?:\\d{1,3}(?:st|nd|rd|th)|"_s + trieAlternation(tenWords)
                + u"[\\s-]"_s + trieAlternation(unitOrdinalWords) + u'|'
                + trieAlternation(otherOrdinals) + u')';
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

const QString &ordinalPattern()
{
    return tables().ordinalPattern;
}

} // namespace NumberWords
