#include "sentencesplitter.h"

#include <QSet>
#include <QTextBoundaryFinder>
#include <QVarLengthArray>

#include <array>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int maxSentence = 600;

// The sentence break classes of UAX #29 that a line may hold.
enum class Break { Other, Sp, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue, CR };

// The class of an ASCII character.
constexpr Break asciiClass(char16_t u)
{
    if (u >= u'a' && u <= u'z')
        return Break::Lower;
    if (u >= u'A' && u <= u'Z')
        return Break::Upper;
    if (u >= u'0' && u <= u'9')
        return Break::Numeric;
    switch (u) {
    case u'.':
        return Break::ATerm;
    case u'!':
    case u'?':
        return Break::STerm;
    case u'"':
    case u'\'':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
        return Break::Close;
    case u',':
    case u'-':
    case u':':
        return Break::SContinue;
    case u' ':
    case u'\t':
    case 0x0B:
    case 0x0C:
        return Break::Sp;
    case u'\r':
        return Break::CR;
    default:
        return Break::Other;
    }
}

// The classes of ASCII looked up, not worked out: a line is classified character by character.
constexpr std::array<Break, 128> asciiClasses = [] {
    std::array<Break, 128> classes {};
    for (char16_t u = 0; u < 128; ++u)
        classes[u] = asciiClass(u);
    return classes;
}();

// The class of a character, if it is one this file knows (ASCII and the Latin letters).
std::optional<Break> breakClass(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return asciiClasses[u];
    if (u == 0x00D7 || u == 0x00F7) // × and ÷ among the Latin letters
        return Break::Other;
    if (u >= 0x00C0 && u <= 0x024F) {
        if (c.isLower())
            return Break::Lower;
        if (c.isUpper() || c.isTitleCase())
            return Break::Upper;
        return Break::OLetter;
    }
    return std::nullopt;
}

QList<int> finderBoundaries(QStringView line)
{
    QList<int> out;
    const QString copy = line.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, copy);
    while (finder.toNextBoundary() != -1)
        out.append(int(finder.position()));
    return out;
}

bool endsWithAbbreviation(const QString &text, int start, int end)
{
    static const QSet<QString> abbreviations { u"mr"_s,  u"mrs"_s, u"ms"_s,     u"dr"_s, u"st"_s,
                                               u"jr"_s,  u"sr"_s,  u"vs"_s,     u"v"_s,  u"no"_s,
                                               u"nos"_s, u"etc"_s, u"approx"_s, u"fc"_s, u"mt"_s,
                                               u"ft"_s,  u"pts"_s };
    int i = end - 1;
    while (i > start && text.at(i).isSpace())
        --i;
    if (i <= start || text.at(i) != u'.')
        return false;
    int j = i - 1;
    while (j >= start && text.at(j).isLetter())
        --j;
    const QString word = text.mid(j + 1, i - j - 1);
    if (word.size() == 1 && word.at(0).isUpper())
        return true; // an initial
    return abbreviations.contains(word.toLower());
}

void splitLine(const QString &text, int start, int end, int paragraph, QList<Sentence> *out)
{
    const QString line = text.mid(start, end - start);
    int from = 0;
    int pending = -1; // start of a sentence joined across an abbreviation
    for (const int to : SentenceSplitter::boundaries(line)) {
        if (to <= from)
            continue;
        const int sentenceStart = pending >= 0 ? pending : from;
        if (to < line.size() && endsWithAbbreviation(line, from, to)) {
            pending = sentenceStart;
            from = to;
            continue;
        }
        pending = -1;
        int s = start + sentenceStart;
        int e = start + to;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        // No sentence of a report runs to thousands of characters; a text that does (a pasted
        // table, one endless line) is cut at commas or spaces so that every later pass stays
        // linear in the length of the text.
        while (e - s > maxSentence) {
            int cut = s + maxSentence;
            for (int i = cut; i > s + maxSentence / 2; --i) {
                if (text.at(i) == u',' || text.at(i) == u';') {
                    cut = i + 1;
                    break;
                }
            }
            if (cut == s + maxSentence) {
                for (int i = cut; i > s + maxSentence / 2; --i) {
                    if (text.at(i).isSpace()) {
                        cut = i;
                        break;
                    }
                }
            }
            out->append(Sentence { s, cut, paragraph, false });
            s = cut;
            while (s < e && text.at(s).isSpace())
                ++s;
        }
        if (e > s)
            out->append(Sentence { s, e, paragraph, false });
        from = to;
    }
}

} // namespace

namespace {

// Where a line stands after each character, as Qt reads UAX #29 (and QTextBoundaryFinder
// reports): after a letter, after a full stop (with closing marks, then spaces), after another
// terminator, after a carriage return. Qt keeps a sentence open through a comma or colon after
// a terminator, and looks past an "e.g." only from a full stop.
enum class At {
    Start, // nothing that matters yet
    Lower, // one lower-case letter
    Upper, // capitals
    StopAfterLetter, // a full stop after a single letter or capitals: "U." of "U.S."
    Stop, // a full stop
    StopClose, // ... and closing marks
    StopSpace, // ... and spaces
    Term, // '!', '?', or a comma or colon after a terminator
    TermClose,
    TermSpace,
    AfterReturn,
    Break, // a sentence ends before this character
    LookAhead // a sentence ends here unless a lower-case word follows first (SB8)
};

constexpr At step(At at, Break c)
{
    switch (at) {
    case At::Start:
    case At::Lower:
    case At::Upper:
        switch (c) {
        case Break::CR:
            return At::AfterReturn;
        case Break::Lower:
            return at == At::Start ? At::Lower : At::Start;
        case Break::Upper:
            return at == At::Lower ? At::Start : At::Upper;
        case Break::ATerm:
            return at == At::Start ? At::Stop : At::StopAfterLetter;
        case Break::STerm:
            return At::Term;
        default:
            return At::Start;
        }
    case At::StopAfterLetter:
    case At::Stop:
    case At::StopClose:
    case At::StopSpace:
    case At::Term:
    case At::TermClose:
    case At::TermSpace: {
        // After a terminator (a full stop, or '!' or '?'), with closing marks and spaces.
        const bool stop = at == At::StopAfterLetter || at == At::Stop || at == At::StopClose
                || at == At::StopSpace;
        switch (c) {
        case Break::CR:
            return At::AfterReturn;
        case Break::ATerm:
            return At::Stop;
        case Break::SContinue:
        case Break::STerm:
            return At::Term;
        case Break::Sp:
            return stop ? At::StopSpace : At::TermSpace;
        case Break::Close:
            if (at == At::StopSpace)
                return At::LookAhead;
            if (at == At::TermSpace)
                return At::Break;
            return stop ? At::StopClose : At::TermClose;
        case Break::Lower:
            return stop ? At::Start : At::Break;
        case Break::Upper:
            return at == At::StopAfterLetter ? At::Upper : At::Break;
        case Break::OLetter:
            return At::Break;
        case Break::Numeric:
            if (!stop)
                return At::Break;
            return at == At::StopAfterLetter || at == At::Stop ? At::Start : At::LookAhead;
        default: // other characters
            return stop ? At::LookAhead : At::Break;
        }
    }
    default: // after a carriage return (no line feed in a line), or at a break
        return At::Break;
    }
}

// step() for every place and class, looked up as a line is read (a switch per character is
// mostly mispredicted branches).
constexpr int placeCount = int(At::LookAhead) + 1;
constexpr int classCount = int(Break::CR) + 1;
constexpr std::array<std::array<At, classCount>, placeCount> steps = [] {
    std::array<std::array<At, classCount>, placeCount> table {};
    for (int at = 0; at < placeCount; ++at) {
        for (int c = 0; c < classCount; ++c)
            table[at][c] = step(At(at), Break(c));
    }
    return table;
}();

} // namespace

QList<int> SentenceSplitter::boundaries(QStringView line)
{
    const int n = int(line.size());
    QVarLengthArray<Break, 512> kind(n);
    for (int i = 0; i < n; ++i) {
        const auto k = breakClass(line.at(i));
        if (!k)
            return finderBoundaries(line);
        kind[i] = *k;
    }
    QList<int> out;
    At at = At::Start;
    for (int i = 0; i < n; ++i) {
        at = steps[int(at)][int(kind[i])];
        if (at == At::LookAhead) {
            // Past spaces, digits, commas, closing marks and other signs, a lower-case letter
            // goes on with the sentence; a capital, another letter, a terminator or the end does
            // not.
            at = At::Break;
            for (int k = i + 1; k < n; ++k) {
                const Break ahead = kind[k];
                if (ahead == Break::Other || ahead == Break::Sp || ahead == Break::Numeric
                    || ahead == Break::SContinue || ahead == Break::Close)
                    continue;
                if (ahead == Break::Lower) {
                    i = k;
                    at = At::Start;
                }
                break;
            }
        }
        if (at == At::Break) {
            out.append(i);
            at = steps[int(At::Start)][int(kind[i])];
        }
    }
    if (n > 0)
        out.append(n); // the end of the text
    return out;
}

QList<Sentence> SentenceSplitter::split(const QString &text, int bodyStart, int headlineStart,
                                        int headlineEnd)
{
    QList<Sentence> sentences;
    if (headlineStart >= 0 && headlineEnd > headlineStart)
        sentences.append(Sentence { headlineStart, headlineEnd, 0, true });
    int paragraph = 1;
    int lineStart = bodyStart;
    const int n = int(text.size());
    while (lineStart < n) {
        int lineEnd = int(text.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        if (!QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed().isEmpty()) {
            splitLine(text, lineStart, lineEnd, paragraph, &sentences);
            ++paragraph;
        }
        lineStart = lineEnd + 1;
    }
    return sentences;
}
