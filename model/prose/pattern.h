#pragma once

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

    bool isValid() const { return m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }
    const QRegularExpression &regex() const { return m_regex; }

private:
    static constexpr QRegularExpression::MatchOptions unchecked =
            QRegularExpression::DontCheckSubjectStringMatchOption;
    QRegularExpression m_regex;
};
