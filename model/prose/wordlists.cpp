#include "wordlists.h"

#include "prosetext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

const WordLists &WordLists::builtIn()
{
    static const WordLists lists = fromDirectory(u":/matchline/data/words"_s);
    return lists;
}

WordLists WordLists::fromDirectory(const QString &path)
{
    WordLists lists;
    const QDir dir(path);
    for (const QString &file : dir.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            lists.add(file.chopped(4), QString::fromUtf8(f.readAll()));
    }
    return lists;
}

void WordLists::add(const QString &name, const QString &fileText)
{
    QStringList &entries = m_entries[name];
    QSet<QString> &folded = m_folded[name];
    const QStringList lines = fileText.split(u'\n');
    for (const QString &raw : lines) {
        const QString entry = raw.section(u'#', 0, 0).simplified();
        if (entry.isEmpty() || folded.contains(entry.toLower()))
            continue;
        entries.append(entry);
        folded.insert(entry.toLower());
    }
}

bool WordLists::contains(const QString &name, QStringView entry) const
{
    const auto it = m_folded.constFind(name);
    return it != m_folded.cend() && it->contains(ProseText::lookupKey(entry, true));
}

QString WordLists::alternation(const QString &name, bool lowerCase) const
{
    QStringList entries = m_entries.value(name);
    if (lowerCase) {
        for (QString &e : entries)
            e = e.toLower();
        entries.removeDuplicates();
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    escaped.reserve(entries.size());
    for (const QString &entry : entries) {
        QString e = QRegularExpression::escape(entry);
        // escape() writes a space as "\ ": any run of white space matches it.
        e.replace(u"\\ "_s, u"\\s+"_s);
        escaped.append(e);
    }
    // An empty list matches nothing.
    return escaped.isEmpty() ? u"(?!)"_s : u"(?:"_s + escaped.join(u'|') + u')';
}
