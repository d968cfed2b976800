#pragma once

#include "readers/readresult.h"

#include <QByteArray>
#include <QString>

class TeamDirectory;

// Reads a plain-English match report: decodes and normalizes the text, splits it into
// sentences, finds teams, people, times and scores, binds them into events, merges and orders
// them, and reads the table facts. Every event keeps the sentences it came from.
class ProseReportReader
{
public:
    static ReadResult read(const QByteArray &bytes);
    static ReadResult readText(const QString &text, const TeamDirectory &directory);
};
