#include "taggedsentence.h"

#include "prosedocument.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

TaggedSentence TaggedSentence::build(const ProseDocument &doc, int sentence,
                                     const QList<Slot> &extraPeople)
{
    const Sentence &s = doc.sentences.at(sentence);
    struct Piece
    {
        Slot slot;
        int priority;
    };
    QVarLengthArray<Piece, 32> pieces;
    for (int i = 0; i < doc.times.size(); ++i) {
        const TimeExpression &t = doc.times.at(i);
        if (t.start >= s.start && t.start + t.length <= s.end)
            pieces.append({ Slot { u'M', i, i, t.start, t.start + t.length }, 4 });
    }
    for (int i = 0; i < doc.scores.size(); ++i) {
        const auto &sc = doc.scores.at(i);
        if (sc.sentence == sentence)
            pieces.append({ Slot { u'S', i, i, sc.start, sc.start + sc.length }, 4 });
    }
    for (const Slot &extra : extraPeople)
        pieces.append({ extra, 3 });
    for (int i = 0; i < doc.teams.size(); ++i) {
        const auto &t = doc.teams.at(i);
        if (t.sentence == sentence && t.team >= 0)
            pieces.append({ Slot { u'T', t.team, i, t.start, t.start + t.length }, 2 });
    }
    const auto &mentions = doc.people.mentions();
    for (int i = 0; i < mentions.size(); ++i) {
        const auto &m = mentions.at(i);
        if (m.sentence == sentence) {
            Slot slot { u'P', m.person, i, m.start, m.start + m.length };
            slot.possessive = m.possessive;
            pieces.append({ slot, 1 });
        }
    }
    // Higher priority first, then drop whatever overlaps a piece already kept.
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const Piece &a, const Piece &b) { return a.priority > b.priority; });
    QList<Slot> kept;
    kept.reserve(pieces.size());
    for (const Piece &p : pieces) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Slot &k) {
            return p.slot.start < k.end && k.start < p.slot.end;
        });
        if (!overlaps)
            kept.append(p.slot);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Slot &a, const Slot &b) { return a.start < b.start; });

    TaggedSentence tagged;
    tagged.sentence = sentence;
    tagged.parts = std::move(kept);
    // Built in local buffers and copied once: a QString appended to one character at a time
    // was a twentieth of the reader's time.
    QVarLengthArray<QChar, 512> text;
    QVarLengthArray<int, 512> raw;
    text.reserve(s.end - s.start + 16 * tagged.parts.size());
    raw.reserve(text.capacity());
    const QChar *source = doc.text.constData();
    int pos = s.start;
    auto copyText = [&](int from, int to) {
        if (to <= from)
            return;
        const qsizetype at = text.size();
        text.resize(at + (to - from));
        raw.resize(at + (to - from));
        QChar *out = text.data() + at;
        int *outRaw = raw.data() + at;
        for (int i = from; i < to; ++i) {
            const QChar c = source[i];
            if (c.unicode() < 0x80)
                *out++ = c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c;
            else
                *out++ = c.toLower();
            *outRaw++ = i;
        }
    };
    for (int k = 0; k < tagged.parts.size(); ++k) {
        const Slot &slot = tagged.parts.at(k);
        copyText(pos, slot.start);
        // The token: "⟦P3⟧" for the fourth slot, a person.
        tagged.parts[k].tokenStart = int(text.size());
        text.append(QChar(0x27E6));
        text.append(slot.kind);
        char digits[12]; // k's digits, last first
        int count = 0;
        for (int v = k; count == 0 || v > 0; v /= 10)
            digits[count++] = char('0' + v % 10);
        while (count > 0)
            text.append(QLatin1Char(digits[--count]));
        text.append(QChar(0x27E7));
        tagged.parts[k].tokenEnd = int(text.size());
        for (int i = tagged.parts[k].tokenStart; i < tagged.parts[k].tokenEnd; ++i)
            raw.append(slot.start);
        pos = slot.end;
        // Possessive endings stay after a person token: "⟦P0⟧'s header".
    }
    copyText(pos, s.end);
    tagged.raw = QList<int>(raw.cbegin(), raw.cend());
    tagged.text = QString(text.constData(), text.size());
    return tagged;
}

QString TaggedSentence::original(const QString &documentText, int from, int to) const
{
    if (raw.isEmpty() || from >= to)
        return {};
    from = qBound(0, from, int(raw.size()) - 1);
    to = qBound(from + 1, to, int(raw.size()));
    const int start = raw.at(from);
    int end = raw.at(to - 1) + 1;
    // The last character may be inside a token: the token's mention ends later.
    for (const Slot &slot : parts) {
        if (slot.start == raw.at(to - 1) && text.at(to - 1) == QChar(0x27E7))
            end = slot.end;
    }
    if (to - 1 < text.size() && text.at(to - 1) != QChar(0x27E7)) {
        // Inside a token but not at its end: include the whole mention.
        const int open = int(text.lastIndexOf(QChar(0x27E6), to - 1));
        const int close = int(text.lastIndexOf(QChar(0x27E7), to - 1));
        if (open > close) {
            for (const Slot &slot : parts) {
                if (slot.start == raw.at(to - 1))
                    end = slot.end;
            }
        }
    }
    return documentText.mid(start, qMax(0, end - start)).simplified();
}
