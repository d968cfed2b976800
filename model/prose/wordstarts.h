#pragma once

#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <bitset>

// The beginnings of the words of a sentence (their first three and first four characters, ASCII
// case folded) as a set of bits. Words are what \b sees as words: runs of ASCII letters, digits
// and '_' (the patterns are compiled without Unicode properties), so a key word written right
// after an accented letter is still one. Most of the reader's patterns can only match where one
// of a few words is written ("lead", "ahead", "advantage"); when the sentence begins none of
// them, the pattern is not run. A regular expression costs about a microsecond a sentence, this
// test a few nanoseconds: most patterns find nothing in most sentences. The set may answer "yes"
// wrongly (two beginnings share a bit), never "no" wrongly.
class WordStarts
{
public:
    // Keys a pattern needs one of: the words (or their beginnings) as written in a match, and
    // "#" for "any digit". A key of four letters or more stands for the words beginning with its
    // first four ("fron" for "front", not "from"), of three for those beginning with those
    // three, and a shorter one for that very word ("on", "12").
    class Keys
    {
    public:
        Keys() = default; // no keys: always tried
        Keys(std::initializer_list<const char *> words);
        // And one of these words too: "minute" and one of "later", "after".
        Keys andOneOf(std::initializer_list<const char *> words) const;
        bool isEmpty() const { return m_groups.isEmpty(); }

    private:
        friend class WordStarts;
        struct Group
        {
            QList<quint16> bits;
            bool digit = false;
        };
        QList<Group> m_groups; // one word of each group
    };

    explicit WordStarts(QStringView text);
    // These words as the words of another text that has them (the same characters but for the
    // case of ASCII letters: a sentence and its folded copy), for running patterns on that
    // text; a copy instead of reading the text again. While verifying, checked against reading
    // it.
    WordStarts over(QStringView sameWords) const;

    // True when the text may hold a word beginning like one of the keys (always for no keys).
    bool mayHold(const Keys &keys) const;

    // Each word of the text: where it starts and the bit of its beginning (Pattern tries a
    // pattern that shows the words its matches begin with only at such words).
    struct Word
    {
        int start;
        quint16 bit3; // of its first three characters (all of a shorter word)
        bool digit; // it begins with a digit
    };
    const QVarLengthArray<Word, 48> &words() const { return m_words; }
    // Whether these are the words of that very text (the same characters in memory).
    bool areOf(QStringView text) const
    {
        return text.data() == m_text.data() && text.size() == m_text.size();
    }
    // The bit of a word's first three (or four) characters; a shorter word is padded.
    static quint16 bitOf(QStringView word, int letters);

    // While a test sets this, every "no" is checked against the pattern it spared and a wrong
    // one counted (see tst_prosereportreader): the keys of a pattern must cover all it matches.
    static bool verifying();
    static void countMiss();
    static int misses();
    static void setVerifying(bool on);

private:
    static constexpr int size = 8192;
    std::bitset<size> m_bits;
    bool m_digit = false;
    QStringView m_text;
    QVarLengthArray<Word, 48> m_words;
};
