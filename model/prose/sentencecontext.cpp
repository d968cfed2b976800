#include "sentencecontext.h"

#include "prosedocument.h"

using namespace Qt::Literals::StringLiterals;

static QString expandTokens(QString pattern)
{
    pattern.replace(u"{P}"_s, u"\u27e6P(\\d+)\u27e7"_s);
    pattern.replace(u"{T}"_s, u"\u27e6T(\\d+)\u27e7"_s);
    pattern.replace(u"{M}"_s, u"\u27e6M(\\d+)\u27e7"_s);
    pattern.replace(u"{S}"_s, u"\u27e6S(\\d+)\u27e7"_s);
    pattern.replace(u"{ANY}"_s, u"\u27e6[PTMS]\\d+\u27e7"_s);
    return pattern;
}

Pattern tokenPattern(const QString &pattern)
{
    Pattern r(expandTokens(pattern));
    Q_ASSERT_X(r.isValid(), "tokenPattern", qPrintable(r.errorString()));
    return r;
}

// Where one clause ends and the next begins: the conjunction opens the new clause.
QList<Clause> clausesOf(const QString &text, const WordStarts &words)
{
    static const Pattern boundary = tokenPattern(
            u";|,\\s*(?=but\\s|while\\s|although\\s|though\\s|after\\s|before\\s(?!the\\s+(?:end|break|interval|final\\s+whistle)\\b)|whereas\\s|only\\s+for\\s|and\\s+then\\s)|\\s(?=but\\s|while\\s|before\\s(?!the\\s+(?:end|break|interval|final\\s+whistle|hour|half[\\s-]hour)\\b|half-?\\s?time|full-?\\s?time)|until\\s(?!the\\s+(?:end|break|interval|final\\s+whistle)\\b)|after\\s(?!being|going|having|picking|scoring|the\\s+(?:break|restart|interval)))|\\s-\\s"_s);
    // ("before the end", "before half-time" tell a time, not a new clause.)
    // A boundary is a ';', a " - ", or one of these words: a sentence with none is one clause.
    static const WordStarts::Keys boundaryWords { "but",  "whil", "alth", "thou", "afte",
                                                  "befo", "wher", "only", "then", "unti" };
    if (!words.mayHold(boundaryWords) && !text.contains(u';') && !text.contains(u'-')) {
        if (WordStarts::verifying() && boundary.match(text).hasMatch())
            WordStarts::countMiss();
        return { { 0, int(text.size()) } };
    }
    QList<Clause> clauses;
    int start = 0;
    auto it = boundary.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int cut = int(m.capturedEnd());
        if (cut - start > 3) {
            clauses.append({ start, int(m.capturedStart()) });
            start = cut;
        }
    }
    clauses.append({ start, int(text.size()) });
    return clauses;
}

SentenceContext::SentenceContext(ProseDocument &document, int sentence, const TaggedSentence &t,
                                 const WordStarts &w)
    : doc(document)
    , index(sentence)
    , tagged(t)
    , text(t.text)
    , words(w)
    , clauses(clausesOf(t.text, w))
{ }

SentenceContext::Slots SentenceContext::slotsIn(int from, int to, QChar kind) const
{
    Slots out;
    for (int k = 0; k < tagged.parts.size(); ++k) {
        const TaggedSentence::Slot &slot = tagged.parts.at(k);
        if (slot.kind == kind && slot.tokenStart >= from && slot.tokenStart < to)
            out.append(k);
    }
    return out;
}

bool SentenceContext::isOfficial(int slot) const
{
    const auto &s = tagged.parts.at(slot);
    return s.kind == u'P' && doc.people.person(s.index).official;
}

Clause SentenceContext::clauseOf(int position) const
{
    for (const Clause &c : clauses) {
        if (position >= c.start && position < c.end)
            return c;
    }
    return clauses.last();
}

int SentenceContext::soleTime() const
{
    if (clauses.size() != 1)
        return -1;
    const Slots times = slotsIn(0, int(text.size()), u'M');
    return times.size() == 1 ? times.first() : -1;
}

void SentenceContext::addTime(EventCandidate &c, int slot) const
{
    if (slot < 0)
        return;
    c.time = doc.times.at(tagged.parts.at(slot).index);
}
