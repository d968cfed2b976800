#include "sentencesplitter.h"

#include <QSet>
#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int maxSentence = 600;

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
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
    int from = 0;
    int pending = -1; // start of a sentence joined across an abbreviation
    while (finder.toNextBoundary() != -1) {
        const int to = int(finder.position());
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
        if (!text.mid(lineStart, lineEnd - lineStart).trimmed().isEmpty()) {
            splitLine(text, lineStart, lineEnd, paragraph, &sentences);
            ++paragraph;
        }
        lineStart = lineEnd + 1;
    }
    return sentences;
}
