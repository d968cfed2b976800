#include "wordstarts.h"

#include <QAtomicInt>

#include <algorithm>
#include <array>

namespace {

QAtomicInt verifyingFlag = 0;
QAtomicInt missCount = 0;

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

// A word is what a regular expression's \b sees as one: ASCII letters, digits and '_' (the
// reader's patterns are compiled without Unicode properties). A key word written right after
// an accented letter is then still a word, as \b finds it. Each ASCII character as a word's
// character, folded ('A' is 'a'), or 0 when it is none: looked up, as every character of every
// sentence is read.
constexpr std::array<char16_t, 128> wordCharacters = [] {
    std::array<char16_t, 128> table {};
    for (char16_t u = 0; u < 128; ++u) {
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_')
            table[u] = u;
        else if (u >= u'A' && u <= u'Z')
            table[u] = char16_t(u + 32);
    }
    return table;
}();

char16_t wordCharacter(QChar c)
{
    return c.unicode() < 128 ? wordCharacters[c.unicode()] : 0;
}

} // namespace

WordStarts::Keys::Keys(std::initializer_list<const char *> words)
{
    *this = Keys().andOneOf(words);
}

WordStarts::Keys WordStarts::Keys::andOneOf(std::initializer_list<const char *> words) const
{
    Keys out = *this;
    Group group;
    for (const char *word : words) {
        const QString w = QString::fromLatin1(word);
        if (w == u"#")
            group.digit = true;
        else
            group.bits.append(bitOf(w, w.size() >= 4 ? 4 : 3));
    }
    out.m_groups.append(group);
    return out;
}

quint16 WordStarts::bitOf(QStringView word, int letters)
{
    // A word's first three or four characters (fewer for a shorter word), ASCII letters folded.
    quint32 h = quint32(letters);
    for (int i = 0; i < letters; ++i)
        h = h * 1031 + (i < word.size() ? folded(word.at(i)) : 0);
    return quint16(h % size);
}

WordStarts::WordStarts(QStringView text)
    : m_text(text)
{
    const qsizetype n = text.size();
    const QChar *chars = text.data();
    qsizetype i = 0;
    while (i < n) {
        char16_t c = wordCharacter(chars[i]);
        if (!c) {
            ++i;
            continue;
        }
        // The hashes of the first three and four characters in one pass (as bitOf gives them).
        const qsizetype start = i;
        const bool digit = c <= u'9';
        quint32 h3 = 3;
        quint32 h4 = 4;
        do {
            if (i - start < 3)
                h3 = h3 * 1031 + c;
            h4 = h4 * 1031 + c;
            ++i;
        } while (i - start < 4 && i < n && (c = wordCharacter(chars[i])) != 0);
        const qsizetype length = i - start;
        for (qsizetype k = length; k < 3; ++k)
            h3 = h3 * 1031;
        const auto bit3 = quint16(h3 % size);
        m_bits[bit3] = true; // below size
        if (length == 4)
            m_bits[h4 % size] = true;
        m_words.append({ int(start), bit3, digit });
        m_digit = m_digit || digit;
        // The rest of the word (a digit anywhere in it counts).
        while (i < n && (c = wordCharacter(chars[i])) != 0) {
            m_digit = m_digit || c <= u'9';
            ++i;
        }
    }
}

WordStarts WordStarts::over(QStringView sameWords) const
{
    WordStarts out = *this;
    out.m_text = sameWords;
    if (verifying()) {
        const WordStarts read(sameWords);
        const bool same = read.m_bits == m_bits && read.m_digit == m_digit
                && read.m_words.size() == m_words.size()
                && std::equal(m_words.cbegin(), m_words.cend(), read.m_words.cbegin(),
                              [](const Word &a, const Word &b) {
                                  return a.start == b.start && a.bit3 == b.bit3
                                          && a.digit == b.digit;
                              });
        if (!same)
            countMiss();
    }
    return out;
}

bool WordStarts::mayHold(const Keys &keys) const
{
    for (const Keys::Group &group : keys.m_groups) {
        const bool hit = (group.digit && m_digit)
                || std::any_of(group.bits.cbegin(), group.bits.cend(),
                               [this](quint16 bit) { return m_bits[bit]; }); // below size
        if (!hit)
            return false;
    }
    return true;
}

bool WordStarts::verifying()
{
    return verifyingFlag.loadRelaxed() != 0;
}

void WordStarts::countMiss()
{
    missCount.fetchAndAddRelaxed(1);
}

int WordStarts::misses()
{
    return missCount.loadRelaxed();
}

void WordStarts::setVerifying(bool on)
{
    verifyingFlag.storeRelaxed(on ? 1 : 0);
    missCount.storeRelaxed(0);
}
