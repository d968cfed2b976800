#include "teamdirectory.h"

#include <QFile>
#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace {

// Lower case, no accents, no punctuation, no club-type words: "FC Internazionale Milano" and
// "Internazionale Milano" fold to the same key.
QString fold(const QString &name)
{
    static const QStringList filler {
        u"fc"_s, u"afc"_s, u"cf"_s, u"the"_s, u"club"_s, u"football"_s
    };
    QString plain;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            plain += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing)
            plain += u' ';
    }
    QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return filler.contains(w); });
    return words.join(u' ');
}

int wordCount(const QString &name)
{
    return int(name.count(u' ')) + 1;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'&' || c == u'/' || c == u'.' || c == u'-';
}

} // namespace

TeamDirectory TeamDirectory::fromText(const QString &text)
{
    TeamDirectory directory;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(u'|');
        for (QString &f : fields)
            f = f.trimmed();
        fields.removeAll(QString());
        if (fields.isEmpty() || fields.first().startsWith(u'~') || fields.first().startsWith(u'@'))
            continue;
        directory.addOrMerge(fields);
    }
    return directory;
}

int TeamDirectory::addOrMerge(const QStringList &fields)
{
    // A line may add to a team an earlier line introduced, under any of its names.
    int index = -1;
    for (const QString &field : fields) {
        if (field.startsWith(u'~') || field.startsWith(u'@'))
            continue;
        const auto it = m_byName.constFind(field);
        if (it != m_byName.cend() && !it->isEmpty()) {
            index = it->first();
            break;
        }
    }
    if (index < 0) {
        index = int(m_teams.size());
        m_teams.append(Team { fields.first(), {}, {}, {} });
    }
    Team &team = m_teams[index];
    for (const QString &field : fields) {
        QHash<QString, QList<int>> *table = &m_byName;
        QStringList *list = &team.names;
        QString name = field;
        if (field.startsWith(u'~')) {
            name = field.mid(1).trimmed();
            table = &m_byNickname;
            list = &team.nicknames;
        } else if (field.startsWith(u'@')) {
            name = field.mid(1).trimmed();
            table = &m_byGround;
            list = &team.grounds;
        }
        if (name.isEmpty() || list->contains(name))
            continue;
        list->append(name);
        QList<int> &owners = (*table)[name];
        if (!owners.contains(index))
            owners.append(index);
        m_longestWords = qMax(m_longestWords, wordCount(name));
        m_firstWords.insert(name.section(u' ', 0, 0));
        if (table == &m_byName)
            m_byFolded.insert(fold(name), index);
    }
    return index;
}

const TeamDirectory &TeamDirectory::builtIn()
{
    static const TeamDirectory directory = [] {
        QFile file(u":/matchline/data/teams.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return TeamDirectory();
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return directory;
}

QList<int> TeamDirectory::lookup(const QString &name) const
{
    QList<int> teams = m_byName.value(name);
    if (teams.isEmpty())
        teams = m_byNickname.value(name);
    return teams;
}

int TeamDirectory::find(const QString &name) const
{
    const QList<int> exact = m_byName.value(name.trimmed());
    if (exact.size() == 1)
        return exact.first();
    return m_byFolded.value(fold(name), -1);
}

bool TeamDirectory::sameTeam(const QString &a, const QString &b) const
{
    if (fold(a) == fold(b))
        return true;
    const int ta = find(a);
    return ta >= 0 && ta == find(b);
}

bool TeamDirectory::beginsName(QStringView word) const
{
    // A name's first word, or one with a possessive or full stop after it ("Inter's").
    if (m_firstWords.contains(word.toString()))
        return true;
    for (QStringView suffix : { u"'s", u"'", u"." }) {
        if (word.endsWith(suffix) && m_firstWords.contains(word.chopped(suffix.size()).toString()))
            return true;
    }
    return false;
}

QList<TeamDirectory::Found> TeamDirectory::findAll(const QString &text) const
{
    QList<Found> found;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const bool wordStart = isWordChar(c) && (i == 0 || !isWordChar(text.at(i - 1)));
        if (!wordStart || !(c.isUpper() || c.isDigit())) {
            ++i;
            continue;
        }
        // Most capitalised words begin no name: one lookup of the word settles those.
        int wordEnd = i;
        while (wordEnd < n && isWordChar(text.at(wordEnd)))
            ++wordEnd;
        if (!beginsName(QStringView(text).mid(i, wordEnd - i))) {
            i = wordEnd;
            continue;
        }
        // Word boundaries from here on, up to the longest name in words.
        QVarLengthArray<int, 8> ends;
        int j = i;
        for (int w = 0; w < m_longestWords && j < n; ++w) {
            while (j < n && isWordChar(text.at(j)))
                ++j;
            ends.append(j);
            if (j >= n || text.at(j) != u' ')
                break;
            ++j;
        }
        bool matched = false;
        for (int k = int(ends.size()) - 1; k >= 0 && !matched; --k) {
            QString candidate = text.mid(i, ends.at(k) - i);
            // Possessives and trailing full stops do not belong to the name.
            for (const QString &suffix : { u"'s"_s, u"'"_s, u"."_s }) {
                if (candidate.endsWith(suffix) && !m_byName.contains(candidate)) {
                    candidate.chop(suffix.size());
                    break;
                }
            }
            Found f;
            f.start = i;
            f.length = int(candidate.size());
            if (const auto it = m_byName.constFind(candidate); it != m_byName.cend()) {
                f.teams = *it;
            } else if (const auto nick = m_byNickname.constFind(candidate);
                       nick != m_byNickname.cend()) {
                f.teams = *nick;
                f.nickname = true;
            } else if (const auto ground = m_byGround.constFind(candidate);
                       ground != m_byGround.cend()) {
                f.teams = *ground;
                f.ground = true;
            }
            if (!f.teams.isEmpty()) {
                found.append(f);
                i = ends.at(k);
                matched = true;
            }
        }
        if (!matched) {
            while (i < n && isWordChar(text.at(i)))
                ++i;
        }
    }
    return found;
}
