#include "teamdiscovery.h"

#include "teamdirectory.h"
#include "wordlists.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

// A club's name as a headline writes it: capitalised words, maybe joined by "of", "de", "&"...
const QString &namePattern()
{
    static const QString word = u"\\p{Lu}[\\p{L}\\p{M}\\d.'&/-]*"_s;
    static const QString pattern = u"(?:"_s + word
            + u"(?:\\s(?:(?:of|de|del|da|do|dos|das|la|le|du|el|y|&)\\s)?"_s + word + u"){0,4})"_s;
    return pattern;
}

QRegularExpression compiled(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Words that stand before a club's name in a headline or an opening sentence but are not part
// of it: "Holders", "Champions", "10-man". Read from resources/data/words/team-titles.txt.
bool isTitleWord(const QString &word)
{
    return WordLists::builtIn().contains(u"team-titles"_s, word);
}

QString withoutTitles(QString name)
{
    while (true) {
        const qsizetype space = name.indexOf(u' ');
        if (space < 0 || !isTitleWord(name.left(space)))
            return name;
        name = name.mid(space + 1);
    }
}

// "ARGENTINA" as a list writes it is "Argentina"; a name in mixed case stays as it is.
QString titleCased(const QString &name)
{
    if (name != name.toUpper())
        return name;
    QString out = name.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

bool known(const TeamDirectory &directory, const QString &name)
{
    return !directory.lookup(name).isEmpty() || directory.find(name) >= 0;
}

// Club-type words that are not a name by themselves.
bool isClubWord(const QString &word)
{
    return WordLists::builtIn().contains(u"club-words"_s, word);
}

// The date line of an agency report: "HARBOUR TOWN, March 9 - ", "(Agency) - ".
QString withoutDateline(const QString &sentence)
{
    static const QRegularExpression dateline(
            u"^(?:\\p{Lu}[\\p{Lu}\\s.'-]+(?:,[^\\n–—-]{0,40})?\\s*(?:\\(\\w+\\)\\s*)?[–—-]+\\s+|\\(\\w+\\)\\s*[–—-]+\\s+)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
    const auto m = dateline.match(sentence);
    return m.hasMatch() ? sentence.mid(m.capturedEnd()) : sentence;
}

} // namespace

TeamDiscovery::Team TeamDiscovery::variants(const QString &written)
{
    Team team;
    team.name = written.simplified();
    team.names.append(team.name);
    QStringList words = team.name.split(u' ', Qt::SkipEmptyParts);
    QStringList core = words;
    core.removeIf([](const QString &w) { return isClubWord(w); });
    if (!core.isEmpty() && core.size() != words.size())
        team.names.append(core.join(u' '));
    if (core.size() >= 2) {
        const qsizetype of = core.indexOf(u"of"_s);
        if (of > 0) {
            // "Hearts of Oak" is called "Hearts".
            team.shortNames.append(core.mid(0, of).join(u' '));
        } else {
            team.shortNames.append(core.last());
            const QString rest = core.mid(0, core.size() - 1).join(u' ');
            if (!isTitleWord(rest) && rest.size() > 2)
                team.shortNames.append(rest);
        }
    }
    team.shortNames.removeIf([&](const QString &s) {
        return s.size() < 3 || team.names.contains(s) || s.endsWith(u'.');
    });
    return team;
}

QList<TeamDiscovery::Team> TeamDiscovery::unknownTeams(const QString &headline, const QString &body,
                                                       const TeamDirectory &directory)
{
    const QString name = namePattern();
    // Shapes of a line that says who played whom.
    static const QList<QRegularExpression> lineShapes {
        // "Harbour Town 2-1 Northfield Rovers", "SERIES: Harbour Town 2 - 1 Northfield"
        compiled(u"^(?:[^:\\n]{1,40}:\\s+)?("_s + name + u")\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+("_s
                 + name + u")(?![\\p{L}])"_s),
        // "Harbour Town 2, Northfield Rovers 1", "Harbour Town 2 Northfield Rovers 1"
        compiled(u"^("_s + name + u")\\s+\\d{1,2},?\\s+("_s + name + u")\\s+\\d{1,2}\\b"_s),
        // "Harbour Town v Northfield Rovers"
        compiled(u"^(?:[^:\\n]{1,40}:\\s+)?("_s + name + u")\\s+(?:v|vs\\.?|versus)\\s+("_s + name
                 + u")\\s*$"_s),
    };
    // Shapes of an opening sentence.
    static const QList<QRegularExpression> sentenceShapes {
        // "Harbour Town beat Northfield Rovers 2-1", "... edged out lowly Northfield 1-0"
        compiled(u"("_s + name
                 + u")\\s+(?:[a-z][\\w'-]*\\s+){0,6}?(?:beat|beats|beating|defeated|defeat|edged|edge|edges|pipped|pip|downed|stunned|thrashed|hammered|routed|overcame|crushed|held|drew\\s+with|drew|lost\\s+to|fell\\s+to)\\s+(?:[a-z][\\w'-]*\\s+){0,3}?("_s
                 + name + u")\\s+\\d{1,2}\\s*-\\s*\\d{1,2}\\b"_s),
        // "Northfield picked up their third win with their 2-1 victory over Harbour Town": the
        // team whose result it is ("their", not a player's "his") opens the sentence.
        compiled(u"^("_s + name
                 + u")\\s[^.]*?\\b(?:their|its)\\s+(?:[\\w-]+\\s+){0,2}?\\d{1,2}\\s*-\\s*\\d{1,2}\\s+(?:home\\s+|away\\s+)?(?:win|victory|triumph|defeat|loss|draw|success)\\s+(?:over|against|to|at|with|by)\\s+(?:(?:the|their|visiting|hosts)\\s+)?("_s
                 + name + u")"_s),
    };

    QList<QString> found;
    auto take = [&](const QRegularExpressionMatch &m) {
        for (int g : { 1, 2 }) {
            QString team = titleCased(withoutTitles(m.captured(g).trimmed()));
            // "Harbour's 10 men", "Northfield's Bluebirds": the club is the possessor.
            const qsizetype possessive = team.indexOf(u"'s"_s);
            if (possessive > 0)
                team.truncate(possessive);
            while (team.endsWith(u'.') || team.endsWith(u'\''))
                team.chop(1);
            if (!team.isEmpty() && !found.contains(team))
                found.append(team);
        }
    };
    auto tryLine = [&](const QString &line) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 90)
            return false;
        for (const QRegularExpression &shape : lineShapes) {
            const auto m = shape.match(trimmed);
            // "Harbour 1 Ash 45 Northfield 0" holds a scorer and his minute, not two teams.
            static const QRegularExpression bigNumber(u"\\b(?:[2-9]\\d|1[6-9])\\b"_s);
            if (m.hasMatch() && !bigNumber.match(m.captured(0)).hasMatch()) {
                take(m);
                return true;
            }
        }
        return false;
    };
    bool fromLines = tryLine(headline);
    // The first lines of the body: a score line of its own ("Harbour Town 1 Northfield 1").
    const QStringList lines = body.left(1500).split(u'\n');
    for (int i = 0, seen = 0; !fromLines && i < lines.size() && seen < 12; ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        ++seen;
        fromLines = tryLine(lines.at(i));
    }
    if (!fromLines) {
        // The opening sentences.
        static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+(?=[\\p{Lu}\"“])"_s,
                                                    QRegularExpression::UseUnicodePropertiesOption);
        const QStringList sentences = body.left(1200).simplified().split(sentenceEnd);
        for (int i = 0; i < sentences.size() && i < 3 && found.isEmpty(); ++i) {
            const QString sentence = withoutDateline(sentences.at(i));
            for (const QRegularExpression &shape : sentenceShapes) {
                const auto m = shape.match(sentence);
                if (m.hasMatch()) {
                    take(m);
                    break;
                }
            }
        }
    }

    QList<Team> out;
    for (const QString &team : std::as_const(found)) {
        if (known(directory, team) || isClubWord(team) || isTitleWord(team))
            continue;
        out.append(variants(team));
    }
    // A short name both teams would have ("Rovers") is neither's.
    if (out.size() == 2) {
        const QSet<QString> first(out.at(0).shortNames.cbegin(), out.at(0).shortNames.cend());
        const QSet<QString> second(out.at(1).shortNames.cbegin(), out.at(1).shortNames.cend());
        const QSet<QString> shared = QSet<QString>(first).intersect(second);
        for (Team &t : out)
            t.shortNames.removeIf([&](const QString &s) { return shared.contains(s); });
    }
    return out;
}
