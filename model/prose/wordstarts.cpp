#include "wordstarts.h"

#include <QAtomicInt>

#include <algorithm>

namespace {

QAtomicInt verifyingFlag = 0;
QAtomicInt missCount = 0;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
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
    for (int i = 0; i < letters; ++i) {
        char16_t c = i < word.size() ? word.at(i).unicode() : 0;
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        h = h * 1031 + c;
    }
    return quint16(h % size);
}

WordStarts::WordStarts(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && i - start < 4 && isWordChar(text.at(i)))
            ++i;
        const QStringView word = text.mid(start, i - start);
        m_bits.set(bitOf(word.left(3), 3));
        if (word.size() == 4)
            m_bits.set(bitOf(word, 4));
        if (word.at(0).isDigit())
            m_digit = true;
        while (i < n && isWordChar(text.at(i))) {
            if (text.at(i).isDigit())
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
                               [this](quint16 bit) { return m_bits.test(bit); });
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
