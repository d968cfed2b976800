#pragma once

#include "wordstarts.h"

#include <QRegularExpression>

// A regular expression of the prose reader. The reader matches its patterns against a text that
// ProseText::normalized() made valid UTF-16 (no lone surrogates), so the per-match validity
// check PCRE2 otherwise runs over the whole subject on every call is skipped: it was a fifth of
// the reader's time. Same calls as QRegularExpression, so a pattern reads like one.
class Pattern
{
public:
    explicit Pattern(const QString &pattern, QRegularExpression::PatternOptions options = {})
        : m_regex(pattern, options)
    {
        m_regex.optimize();
    }

    QRegularExpressionMatch match(const QString &subject, qsizetype offset = 0) const
    {
        return m_regex.match(subject, offset, QRegularExpression::NormalMatch, unchecked);
    }
    QRegularExpressionMatch match(QStringView subject, qsizetype offset = 0) const
    {
        return m_regex.match(subject, offset, QRegularExpression::NormalMatch, unchecked);
    }
    QRegularExpressionMatchIterator globalMatch(const QString &subject, qsizetype offset = 0) const
    {
        return m_regex.globalMatch(subject, offset, QRegularExpression::NormalMatch, unchecked);
    }
    QRegularExpressionMatchIterator globalMatch(QStringView subject, qsizetype offset = 0) const
    {
        return m_regex.globalMatch(subject, offset, QRegularExpression::NormalMatch, unchecked);
    }

    // The same, on a part of a sentence whose words are given: no match, without running the
    // pattern, when the sentence holds none of the pattern's words (see needing()).
    // (An empty result is shared: constructing one allocates, and most calls return one.)
    QRegularExpressionMatch match(const QString &subject, const WordStarts &words) const
    {
        static const QRegularExpressionMatch none;
        return mayMatch(words, subject) ? match(subject) : none;
    }
    QRegularExpressionMatchIterator globalMatch(const QString &subject,
                                                const WordStarts &words) const
    {
        static const QRegularExpressionMatchIterator none;
        return mayMatch(words, subject) ? globalMatch(subject) : none;
    }

    // The word beginnings one of which every match of this pattern holds (see WordStarts).
    Pattern needing(WordStarts::Keys keys) &&
    {
        m_keys = std::move(keys);
        return std::move(*this);
    }
    // False when the sentence these words are of cannot hold a match, so the pattern need not
    // run on it (or on any part of it: subject is the part it would have run on).
    bool mayMatch(const WordStarts &words, const QString &subject) const
    {
        if (words.mayHold(m_keys))
            return true;
        if (WordStarts::verifying() && match(subject).hasMatch())
            WordStarts::countMiss();
        return false;
    }

    bool isValid() const { return m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }
    const QRegularExpression &regex() const { return m_regex; }

private:
    static constexpr QRegularExpression::MatchOptions unchecked =
            QRegularExpression::DontCheckSubjectStringMatchOption;
    QRegularExpression m_regex;
    WordStarts::Keys m_keys;
};
