#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Which of many patterns may match a text. RE2's FilteredRE2 reads each pattern and works out
// the words a text must hold for it to match ("atoms": for "scored (?:a|the) (?:winner|goal)",
// "scored" and "winner" or "goal"); Vectorscan, the portable Hyperscan, finds all the atoms in
// a text in one pass, and FilteredRE2 says which patterns those atoms let through. A pattern
// it rules out need not be run; one it lets through is run by PCRE2, which has the last word.
// So the prefilter is derived from the patterns themselves: nobody keeps a list of key words.
//
// Vectorscan only matches literals here: given whole patterns, it was seen to miss matches
// (5.4.9: "\((\d+)(?:st|nd|rd|th)?(?:\s?min)?...\)" against "(90th+5)" late in a sentence).
class Prefilter
{
public:
    Prefilter();
    // Patterns in PCRE syntax; caseless where asked. A pattern RE2 cannot read (even without
    // its lookarounds) is always let through (and said in errorString()).
    explicit Prefilter(const QStringList &patterns, bool caseless = false);
    ~Prefilter();
    Prefilter(Prefilter &&) noexcept;
    Prefilter &operator=(Prefilter &&) noexcept;

    // One flag per pattern: true where it may match the text.
    QList<bool> mayMatch(const QString &text) const;

    int size() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    QList<int> m_alwaysRun; // patterns RE2 refused
    int m_count = 0;
    QString m_error;
};
