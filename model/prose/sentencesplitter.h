#pragma once

#include <QList>
#include <QString>

struct Sentence
{
    int start = 0;
    int end = 0; // exclusive
    int paragraph = 0;
    bool headline = false;
};

// Sentences of a report: Unicode sentence boundaries within each line, joined again where a
// boundary follows an abbreviation or an initial ("St. Pauli", "D. Kinsombi").
class SentenceSplitter
{
public:
    static QList<Sentence> split(const QString &text, int bodyStart, int headlineStart,
                                 int headlineEnd);
};
