#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QString>

// Opens any match file: looks at the content (not the file name) and hands it to the reader of
// its format: Matchline JSON, StatsBomb events JSON, or a plain-text match report.
class ReportReader
{
public:
    enum class Format { Unknown, Native, StatsBomb, Prose };

    // Larger prose is not a match report (the longest ones are tens of kilobytes); larger JSON
    // would not fit a sensible memory budget.
    static constexpr qint64 maxProseBytes = 2 * 1024 * 1024;
    // One match's StatsBomb events are 3-4 MB. A season of events (hundreds of MB) is still
    // read and parsed (simdjson, off the GUI thread) so that the message can say what it holds;
    // beyond 512 MB it is refused before it is read.
    static constexpr qint64 maxEventsBytes = 512 * 1024 * 1024;
    // Matchline's own JSON is parsed with QJsonDocument, which needs several times the file
    // in memory; a saved match is tens of kilobytes.
    static constexpr qint64 maxJsonBytes = 128 * 1024 * 1024;

    static Format sniff(const QByteArray &head);
    static ReadResult readFile(const QString &path);
    static ReadResult readData(const QByteArray &data);
};
