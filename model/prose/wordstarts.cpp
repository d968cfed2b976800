#include "wordstarts.h"

#include <QAtomicInt>

#include <algorithm>

namespace {

QAtomicInt verifyingFlag = 0;
QAtomicInt missCount = 0;

// A word is what a regular expression's \b sees as one: ASCII letters, digits and '_' (the
// reader's patterns are compiled without Unicode properties). A key word written right after
// an accented letter is then still a word, as \b finds it.
bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
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
        if (!isWordChar(chars[i])) {
            ++i;
            continue;
        }
        // The hashes of the first three and four characters in one pass (as bitOf gives them).
        const qsizetype start = i;
        quint32 h3 = 3;
        quint32 h4 = 4;
        while (i < n && i - start < 4 && isWordChar(chars[i])) {
            const char16_t c = folded(chars[i]);
            if (i - start < 3)
                h3 = h3 * 1031 + c;
            h4 = h4 * 1031 + c;
            ++i;
        }
        const qsizetype length = i - start;
        for (qsizetype k = length; k < 3; ++k)
            h3 = h3 * 1031;
        const auto bit3 = quint16(h3 % size);
        m_bits.set(bit3);
        if (length == 4)
            m_bits.set(h4 % size);
        m_words.append({ int(start), bit3, isDigit(chars[start]) });
        if (isDigit(chars[start]))
            m_digit = true;
        while (i < n && isWordChar(chars[i])) {
            if (isDigit(chars[i]))
                m_digit = true;
            ++i;
        }
    }
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
