#include "wordstarts.h"

#include <QAtomicInt>

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
    for (const char *word : words) {
        const QString w = QString::fromLatin1(word);
        if (w == u"#")
            m_digit = true;
        else
            m_bits.append(bitOf(w));
    }
}

quint16 WordStarts::bitOf(QStringView word)
{
    // A word's first three characters (fewer for a shorter word), ASCII letters folded.
    quint32 h = 0;
    for (int i = 0; i < 3; ++i) {
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
        while (i < n && i - start < 3 && isWordChar(text.at(i)))
            ++i;
        const QStringView word = text.mid(start, i - start);
        m_bits.set(bitOf(word));
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
    if (keys.isEmpty())
        return true;
    if (keys.m_digit && m_digit)
        return true;
    for (quint16 bit : keys.m_bits) {
        if (m_bits.test(bit))
            return true;
    }
    return false;
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
