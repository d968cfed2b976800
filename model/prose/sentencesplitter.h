#pragma once

#include <QList>
#include <QString>

struct Sentence
{
    int start = 0;
    int end = 0; // exclusive
    int paragraph = 0;
    bool headline = false;
    bool list = false; // a line of a structured list around the prose (see ListedEvents)
};

// Sentences of a report: Unicode sentence boundaries within each line, joined again where a
// boundary follows an abbreviation or an initial ("St. Pauli", "D. Kinsombi").
class SentenceSplitter
{
public:
    static QList<Sentence> split(const QString &text, int bodyStart, int headlineStart,
                                 int headlineEnd);

    // The ends of the sentences of one line (no line feed in it) by the rules of Unicode's
    // sentence boundaries (UAX #29), as QTextBoundaryFinder finds them, ending with the line's
    // length. The line's characters are classified here when they are ASCII or Latin letters
    // (U+00C0-024F), which a report's text almost always is; any other line goes to
    // QTextBoundaryFinder, whose tables know every character. Scanning here is a tenth of the
    // cost of the finder, which works out every kind of boundary for the whole line.
    static QList<int> boundaries(QStringView line);
};
