#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Named lists of words and phrases the prose rules share: score verbs, card words, roles,
// nationalities... One file per list in resources/data/words/ (NAME.txt, one entry a line, '#'
// starts a comment); a rule writes @NAME for "any entry of the list".
class WordLists
{
public:
    WordLists() = default;
    // The lists that ship with Matchline.
    static const WordLists &builtIn();
    // Lists from the files of a folder (for tests and tools).
    static WordLists fromDirectory(const QString &path);

    void add(const QString &name, const QString &fileText);
    bool has(const QString &name) const { return m_entries.contains(name); }
    QStringList names() const { return m_entries.keys(); }
    QStringList entries(const QString &name) const { return m_entries.value(name); }
    // Whether the list holds this entry, ignoring case.
    bool contains(const QString &name, QStringView entry) const;
    // A regular-expression group matching any entry: the longest first, so that "scored" is
    // not taken for "score"; a space in an entry matches any run of spaces.
    // In lower case when asked (the rules read text in lower case).
    QString alternation(const QString &name, bool lowerCase = false) const;

private:
    QHash<QString, QStringList> m_entries;
    QHash<QString, QSet<QString>> m_folded;
};
