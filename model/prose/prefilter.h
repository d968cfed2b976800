#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct hs_database;

// Which of many patterns may match a text, found in one pass over it by Vectorscan (the portable
// Hyperscan): the patterns are compiled together in its prefiltering mode, which accepts what it
// cannot match exactly (lookarounds, lazy bounds) by matching more, never less. A pattern it
// rules out need not be run; one it lets through is run by PCRE2, which has the last word. So
// the prefilter is derived from the patterns themselves: nobody keeps a list of key words.
class Prefilter
{
public:
    Prefilter() = default;
    // Patterns in PCRE syntax; caseless where asked. A pattern Vectorscan cannot take even as a
    // prefilter is always let through (and said in errorString()).
    explicit Prefilter(const QStringList &patterns, bool caseless = false);
    ~Prefilter();
    Prefilter(Prefilter &&) noexcept;
    Prefilter &operator=(Prefilter &&) noexcept;

    // One flag per pattern: true where it may match the text.
    QList<bool> mayMatch(const QString &text) const;
    // The same for UTF-8 text (the caller converts once for several prefilters).
    QList<bool> mayMatchUtf8(const QByteArray &utf8) const;

    int size() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    struct Database;
    std::unique_ptr<Database> m_db;
    QList<int> m_alwaysRun; // patterns Vectorscan refused
    int m_count = 0;
    QString m_error;
};
