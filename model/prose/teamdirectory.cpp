#include "teamdirectory.h"

#include "prosetext.h"

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
    directory.indexWritten();
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
        if (table == &m_byName)
            m_byFolded.insert(fold(name), index);
    }
    return index;
}

int TeamDirectory::addTeam(const QStringList &names, const QStringList &shortNames)
{
    QStringList fields = names;
    for (const QString &s : shortNames)
        fields.append(u'~' + s);
    const int index = addOrMerge(fields);
    // Only the new names go into the tables findAll reads: the rest of the list is indexed.
    const Team &team = m_teams.at(index);
    auto noteFirstWord = [&](const QString &name) {
        int &words = m_firstWords[name.section(u' ', 0, 0)];
        words = qMax(words, wordCount(name));
    };
    for (const QString &n : team.names) {
        m_written[n] = Written { m_byName.value(n), Written::Name };
        noteFirstWord(n);
    }
    // A short name another team has as a name ("Hearts") is shared from now on: it means
    // whichever of them plays in the match.
    for (const QString &n : team.nicknames) {
        Written &w = m_written[n];
        QList<int> teams = w.teams;
        if (!teams.contains(index))
            teams.append(index);
        w = Written { teams, Written::Nickname };
        noteFirstWord(n);
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

void TeamDirectory::indexWritten()
{
    m_written.clear();
    m_firstWords.clear();
    const std::pair<const QHash<QString, QList<int>> *, Written::Kind> tables[] = {
        { &m_byGround, Written::Ground },
        { &m_byNickname, Written::Nickname },
        { &m_byName, Written::Name }, // last: a name wins over a nickname or ground
    };
    for (const auto &[table, kind] : tables) {
        for (auto it = table->cbegin(); it != table->cend(); ++it) {
            m_written.insert(it.key(), Written { it.value(), kind });
            int &words = m_firstWords[it.key().section(u' ', 0, 0)];
            words = qMax(words, wordCount(it.key()));
        }
    }
}

const TeamDirectory::Written *TeamDirectory::written(QStringView text) const
{
    const auto it = m_written.constFind(ProseText::lookupKey(text));
    return it == m_written.cend() ? nullptr : &*it;
}

int TeamDirectory::wordsOfNamesBeginning(QStringView word) const
{
    if (const auto it = m_firstWords.constFind(ProseText::lookupKey(word));
        it != m_firstWords.cend())
        return *it;
    // A one-word name with a possessive or full stop after it ("Inter's").
    for (QStringView suffix : { u"'s", u"'", u"." }) {
        if (word.endsWith(suffix)
            && m_firstWords.contains(ProseText::lookupKey(word.chopped(suffix.size()))))
            return 1;
    }
    return 0;
}

QList<TeamDirectory::Found> TeamDirectory::findAll(const QString &text) const
{
    QList<Found> found;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        // A name begins with a capital or a digit that begins a word (most characters are
        // neither: that is asked first).
        if (!(c.isUpper() || c.isDigit()) || (i > 0 && isWordChar(text.at(i - 1)))) {
            ++i;
            continue;
        }
        // Most capitalised words begin no name: one lookup of the word settles those.
        int wordEnd = i;
        while (wordEnd < n && isWordChar(text.at(wordEnd)))
            ++wordEnd;
        const int words = wordsOfNamesBeginning(QStringView(text).mid(i, wordEnd - i));
        if (words == 0) {
            i = wordEnd;
            continue;
        }
        // Word boundaries from here on, up to the longest name beginning with this word.
        QVarLengthArray<int, 8> ends;
        int j = i;
        for (int w = 0; w < words && j < n; ++w) {
            while (j < n && isWordChar(text.at(j)))
                ++j;
            ends.append(j);
            if (j >= n || text.at(j) != u' ')
                break;
            ++j;
        }
        bool matched = false;
        for (int k = int(ends.size()) - 1; k >= 0 && !matched; --k) {
            QStringView candidate = QStringView(text).mid(i, ends.at(k) - i);
            const Written *entry = written(candidate);
            // Possessives and trailing full stops do not belong to the name.
            if (!entry || entry->kind != Written::Name) {
                for (QStringView suffix : { u"'s", u"'", u"." }) {
                    if (candidate.endsWith(suffix)) {
                        candidate.chop(suffix.size());
                        entry = written(candidate);
                        break;
                    }
                }
            }
            Found f;
            f.start = i;
            f.length = int(candidate.size());
            if (entry) {
                f.teams = entry->teams;
                f.nickname = entry->kind == Written::Nickname;
                f.ground = entry->kind == Written::Ground;
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
