#pragma once

#include "wordstarts.h"

#include <QRegularExpression>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <mutex>

struct pcre2_real_code_16;
class Pattern;

// Where the token of regular-expression syntax that starts at i ends: an escape ("\\(") is two
// characters, a character class ("[^)\\]]") runs to its closing ']', anything else is one
// character. For code that reads patterns (their groups, their lookarounds).
qsizetype regexTokenEnd(QStringView pattern, qsizetype i);

// One match of a Pattern: the same calls as QRegularExpressionMatch, without its allocations.
// It keeps the subject it was found in alive when that was a QString, as QRegularExpressionMatch
// does; a match in a QStringView is valid while the viewed text is.
class PatternMatch
{
public:
    bool hasMatch() const { return !m_offsets.isEmpty(); }
    int lastCapturedIndex() const { return int(m_offsets.size() / 2) - 1; }

    // -1 when group nth took no part in the match (or there is no match).
    qsizetype capturedStart(int nth = 0) const { return offset(2 * nth); }
    qsizetype capturedEnd(int nth = 0) const { return offset(2 * nth + 1); }
    qsizetype capturedLength(int nth = 0) const
    {
        return capturedStart(nth) < 0 ? 0 : capturedEnd(nth) - capturedStart(nth);
    }
    QStringView capturedView(int nth = 0) const
    {
        const qsizetype start = capturedStart(nth);
        return start < 0 ? QStringView() : m_subject.mid(start, capturedEnd(nth) - start);
    }
    // A null string when group nth took no part in the match.
    QString captured(int nth = 0) const
    {
        const qsizetype start = capturedStart(nth);
        return start < 0 ? QString() : capturedView(nth).toString();
    }

private:
    friend class Pattern;
    qsizetype offset(int i) const { return i >= 0 && i < m_offsets.size() ? m_offsets[i] : -1; }

    QString m_owner; // holds m_subject's text when it was given as a QString
    QStringView m_subject;
    QVarLengthArray<qsizetype, 12> m_offsets; // start and end of each group, -1 when unset
};

// The matches of a Pattern one after another, as QRegularExpressionMatchIterator gives them
// (an empty match is followed by a search from the next character, never the same place).
class PatternMatchIterator
{
public:
    bool hasNext() const { return m_next.hasMatch(); }
    PatternMatch next();

private:
    friend class Pattern;
    const Pattern *m_pattern = nullptr; // finds the match after m_next, unless queued
    PatternMatch m_next;
    QList<PatternMatch> m_queued; // the matches after m_next, when found beforehand
};

// A regular expression of the prose reader, run by PCRE2 directly (JIT-compiled, with match data
// reused per thread): QRegularExpression allocates a match, its offsets and a match context on
// every call, which was a sixth of the reader's time. The reader matches its patterns against a
// text that ProseText::normalized() made valid UTF-16 (no lone surrogates), so PCRE2's validity
// check of the whole subject on every call is skipped as well. Same pattern syntax and options
// as QRegularExpression, and the same calls, so a pattern reads like one.
class Pattern
{
public:
    // A pattern that matches nothing (isValid() is false) until one is assigned.
    Pattern() = default;
    explicit Pattern(const QString &pattern, QRegularExpression::PatternOptions options = {});

    // An offset must not split a surrogate pair (the reader's offsets are those of matches).
    PatternMatch match(const QString &subject, qsizetype offset = 0) const;
    PatternMatch match(QStringView subject, qsizetype offset = 0) const;
    PatternMatchIterator globalMatch(const QString &subject, qsizetype offset = 0) const;
    PatternMatchIterator globalMatch(QStringView subject, qsizetype offset = 0) const;

    // The same, on a part of a sentence whose words are given: no match, without running the
    // pattern, when the sentence holds none of the pattern's words (see needing()).
    // When the words are the subject's own and the pattern shows the words its matches begin
    // with (see beginsWithWord()), it is tried only at those.
    PatternMatch match(const QString &subject, const WordStarts &words) const;
    PatternMatchIterator globalMatch(const QString &subject, const WordStarts &words) const;
    // The same on a view of the text (of the sentence those words are of, or a part of it:
    // then only the gate applies).
    PatternMatch match(QStringView subject, const WordStarts &words) const;
    PatternMatchIterator globalMatch(QStringView subject, const WordStarts &words) const;

    // Whether the text holds a match, and the text with every match taken out (as
    // QString::contains and QString::remove do with a QRegularExpression).
    bool foundIn(QStringView subject) const { return match(subject).hasMatch(); }
    QString removedFrom(const QString &subject) const;

    // The word beginnings one of which every match of this pattern holds (see WordStarts).
    Pattern needing(WordStarts::Keys keys) &&
    {
        m_keys = std::move(keys);
        return std::move(*this);
    }
    // Whether the pattern's text shows the words every match of it begins with
    // ("\b(?:scored|to\s+fire)": words beginning "sco" or the word "to"). Such a pattern, run
    // on a sentence through the calls given the sentence's words, is tried only at those words
    // (anchored there) instead of at every character.
    static bool beginsWithWord(QStringView pattern);
    bool runsAtWords() const { return bool(m_anchored); }
    struct StartWords;
    // False when the sentence these words are of cannot hold a match, so the pattern need not
    // run on it (or on any part of it: subject is the part it would have run on).
    bool mayMatch(const WordStarts &words, QStringView subject) const
    {
        if (words.mayHold(m_keys))
            return true;
        if (WordStarts::verifying() && match(subject).hasMatch())
            WordStarts::countMiss();
        return false;
    }

    bool isValid() const { return bool(m_code); }
    QString errorString() const { return m_error; }

    // The pattern with the alternatives that begin alike sharing that beginning, in each group,
    // each capture and the pattern itself ("\b(?:scored|scores|score)" becomes
    // "\b(?:score(?:d|s|))", "\balmost\b|\bnearly\b" becomes "\b(?:almost\b|nearly\b)"):
    // PCRE2 tries alternatives one by one, and with a \b on each branch of a pattern it found
    // no quick way to where a match may start. Only neighbours merge, on a beginning that
    // matches one way only, so the alternatives are tried in the order written and every match
    // is the one the pattern as written finds. While WordStarts::verifying() is on, every match
    // (factored, or run at first words only) is checked against the pattern as written run at
    // every character, and a difference counted here.
    static QString factored(const QString &pattern);
    static int differences();

private:
    friend class PatternMatchIterator;
    // The match at or after offset; options are PCRE2 match options. Anchored: the match at
    // offset, by the pattern compiled anchored (see beginsWithWord()).
    PatternMatch run(QStringView subject, qsizetype offset, quint32 options,
                     bool anchored = false) const;
    // The match that follows previous in the same subject.
    PatternMatch after(const PatternMatch &previous) const;
    PatternMatchIterator first(PatternMatch match) const;
    void verify(QStringView subject, qsizetype offset, quint32 options,
                const PatternMatch &result) const;

    // The pattern as written (m_source), when it was factored: compiled only to verify the
    // rewrite.
    struct Original
    {
        QRegularExpression::PatternOptions options;
        std::once_flag once;
        std::shared_ptr<pcre2_real_code_16> code;
    };

    std::shared_ptr<pcre2_real_code_16> m_code; // copies share the compiled pattern
    // Tried only where a match can begin (see beginsWithWord()): the pattern compiled
    // anchored, and the words it begins with.
    std::shared_ptr<pcre2_real_code_16> m_anchored;
    std::shared_ptr<const StartWords> m_startWords;
    // The matches at the subject's words; owner, when given, is the subject as a QString the
    // matches keep.
    PatternMatch firstAtStartWords(QStringView subject, const QString *owner,
                                   const WordStarts &words, qsizetype from) const;
    QList<PatternMatch> allAtStartWords(QStringView subject, const QString *owner,
                                        const WordStarts &words) const;
    PatternMatch matchAtWords(QStringView subject, const QString *owner,
                              const WordStarts &words) const;
    PatternMatchIterator globalMatchAtWords(QStringView subject, const QString *owner,
                                            const WordStarts &words) const;
    QString m_source;
    bool m_jitted = false;
    std::shared_ptr<Original> m_original;
    QString m_error;
    WordStarts::Keys m_keys;
};
