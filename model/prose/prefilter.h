#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct hs_database;

// Which of many patterns may match a text, found in one pass over it by Vectorscan (the portable
// Hyperscan): the patterns are compiled together, each loosened so that it matches more, never
// less (lookarounds taken out, bounded repeats unbounded). A pattern it rules out need not be
// run; one it lets through is run by PCRE2, which has the last word. So the prefilter is
// derived from the patterns themselves: nobody keeps a list of key words.
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

    // The compiled prefilter as bytes, and back (a prefilter compiled when the program is built:
    // compiling takes far longer than reading). Empty, or nothing, when it cannot be done (a
    // prefilter of another Vectorscan or another processor).
    QByteArray serialized() const;
    static std::optional<Prefilter> fromSerialized(const QByteArray &bytes);
    // What a serialized prefilter must have been compiled from to stand for these patterns.
    static QByteArray fingerprint(const QStringList &patterns, bool caseless);
    QString errorString() const { return m_error; }

private:
    struct Database;
    std::unique_ptr<Database> m_db;
    QList<int> m_alwaysRun; // patterns Vectorscan refused
    int m_count = 0;
    QString m_error;
};
