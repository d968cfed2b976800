#include "reportreader.h"

#include "matchjsonreader.h"
#include "prose/prosereportreader.h"
#include "statsbombreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)
};

// Skips a UTF-8 byte order mark and whitespace.
qsizetype firstContentByte(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size()
           && (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\n' || data.at(i) == '\r'))
        ++i;
    return i;
}

} // namespace

ReportReader::Format ReportReader::sniff(const QByteArray &head)
{
    const qsizetype i = firstContentByte(head);
    if (i >= head.size())
        return Format::Prose; // empty: a report with nothing in it
    // JSON writers sort or reorder keys, so the marker may be anywhere in an object: an object is
    // taken as a Matchline file and its reader says so if the marker is missing.
    if (head.at(i) == '{')
        return Format::Native;
    if (head.at(i) == '[')
        return StatsBombReader::looksLikeEvents(head) ? Format::StatsBomb : Format::Unknown;
    return Format::Prose;
}

ReadResult ReportReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return ReadResult::failure(Text::tr("%1 is a folder, not a match file.").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(Text::tr("Cannot open %1: %2").arg(name, file.errorString()));
    const QByteArray head = file.peek(4096);
    const Format format = sniff(head);
    const qint64 limit = format == Format::Prose ? maxProseBytes
            : format == Format::StatsBomb        ? maxEventsBytes
                                                 : maxJsonBytes;
    if (file.size() > limit) {
        return ReadResult::failure(
                format == Format::Prose
                        ? Text::tr("%1 is %2 MB of text: too large to be a match report (limit %3 "
                                   "MB).")
                                  .arg(name)
                                  .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(maxProseBytes / (1024 * 1024))
                        : Text::tr("%1 is %2 MB: larger than the %3 MB of one match's data that "
                                   "Matchline opens.")
                                  .arg(name)
                                  .arg(file.size() / (1024 * 1024))
                                  .arg(limit / (1024 * 1024)));
    }
    if (format == Format::StatsBomb) {
        file.close();
        return StatsBombReader::readFile(path); // with the lineups and matches beside it
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ReadResult::failure(Text::tr("Cannot read %1: %2").arg(name, file.errorString()));
    return readData(data);
}

ReadResult ReportReader::readData(const QByteArray &data)
{
    switch (sniff(data.left(4096))) {
    case Format::Native:
        return MatchJsonReader::read(data);
    case Format::StatsBomb:
        return StatsBombReader::read(data);
    case Format::Prose:
        if (data.size() > maxProseBytes)
            return ReadResult::failure(Text::tr("Too much text to be a match report."));
        return ProseReportReader::read(data);
    case Format::Unknown:
        break;
    }
    return ReadResult::failure(
            Text::tr("Unknown JSON: neither a Matchline match file (\"format\": \"matchline\") nor "
                     "StatsBomb event data."));
}
