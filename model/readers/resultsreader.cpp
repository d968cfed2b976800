#include "resultsreader.h"

#include "prose/teamdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReader)
};

constexpr qint64 maxResultsBytes = 64 * 1024 * 1024;

int monthNumber(const QString &name)
{
    static const QStringList months { u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                      u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

QString linesMessage(const QString &what, const QList<int> &lines)
{
    QStringList numbers;
    for (int i = 0; i < lines.size() && i < 20; ++i)
        numbers << QString::number(lines.at(i));
    QString list = numbers.join(u", "_s);
    if (lines.size() > 20)
        list += Text::tr(" and %1 more").arg(lines.size() - 20);
    return what.arg(lines.size()).arg(list);
}

// ---- openfootball text ---------------------------------------------------------------------

SeasonResults readMatchList(const QStringList &lines)
{
    SeasonResults season;
    static const QRegularExpression header(u"^=\\s*(.+?)\\s*$"_s);
    static const QRegularExpression seasonYears(u"(\\d{4})(?:/(\\d{2,4}))?"_s);
    // "Sat Aug 23 2025", "Sun Aug 24", "[Sat Aug/23]", "Aug/23 2025"
    static const QRegularExpression dateLine(
            u"^\\s*\\[?\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\w*\\.?\\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.?[\\s/](\\d{1,2})(?:\\s+(\\d{4}))?\\s*\\]?\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression matchLine(
            u"^\\s*(?:(\\d{1,2})[:.](\\d{2})\\s+)?(\\S.*?)\\s+(?:v|vs\\.?|-)\\s+(\\S.*?)\\s+(\\d{1,2})\\s*-\\s*(\\d{1,2})(?:\\s*\\(.*\\))?(?:\\s+[a-z.]+)?\\s*(?:@.*)?$"_s);
    static const QRegularExpression fixtureLine(
            u"^\\s*(?:\\d{1,2}[:.]\\d{2}\\s+)?\\S.*?\\s+v\\s+\\S.*$"_s);

    int startYear = 0;
    int endYear = 0;
    int year = 0;
    int lastMonth = 0;
    QDate date;
    QTime time;
    QList<int> unreadable;
    QList<int> noDate;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (const auto m = header.match(line); m.hasMatch()) {
            if (season.competition.isEmpty())
                season.competition = m.captured(1);
            if (const auto y = seasonYears.match(m.captured(1)); y.hasMatch()) {
                startYear = y.captured(1).toInt();
                endYear = y.captured(2).isEmpty()
                        ? startYear
                        : (y.captured(2).size() == 2 ? startYear / 100 * 100 + y.captured(2).toInt()
                                                     : y.captured(2).toInt());
            }
            continue;
        }
        if (const auto m = dateLine.match(line); m.hasMatch()) {
            const int month = monthNumber(m.captured(1));
            if (!m.captured(3).isEmpty()) {
                year = m.captured(3).toInt();
            } else if (year == 0 && startYear > 0) {
                // A season from summer to spring: autumn dates in the first year.
                year = month >= 7 ? startYear : endYear;
            } else if (year > 0 && month < lastMonth && lastMonth >= 7 && month < 7) {
                ++year; // the season crossed into the new year
            }
            lastMonth = month;
            date = QDate(year, month, m.captured(2).toInt());
            time = QTime();
            continue;
        }
        if (trimmed.startsWith(u'\u25aa') || trimmed.startsWith(u'\u00bb')
            || trimmed.startsWith(u"Matchday"_s) || trimmed.startsWith(u"Round"_s)
            || trimmed.startsWith(u'['))
            continue;
        const auto m = matchLine.match(line);
        if (!m.hasMatch()) {
            if (fixtureLine.match(line).hasMatch())
                continue; // a fixture not played yet
            unreadable.append(i + 1);
            continue;
        }
        if (!m.captured(1).isEmpty())
            time = QTime(m.captured(1).toInt(), m.captured(2).toInt());
        if (!date.isValid()) {
            noDate.append(i + 1);
            continue;
        }
        MatchResult result;
        result.date = date;
        result.kickOff = time;
        result.home = m.captured(3).trimmed();
        result.away = m.captured(4).trimmed();
        result.homeGoals = m.captured(5).toInt();
        result.awayGoals = m.captured(6).toInt();
        result.line = i + 1;
        season.results.append(result);
    }
    if (!unreadable.isEmpty())
        season.warnings.append(
                { linesMessage(Text::tr("%1 line(s) could not be read as results: line %2."),
                               unreadable),
                  -1, unreadable.first() });
    if (!noDate.isEmpty())
        season.warnings.append(
                { linesMessage(Text::tr("%1 result(s) have no date before them: line %2."), noDate),
                  -1, noDate.first() });
    return season;
}

// ---- football-data CSV -------------------------------------------------------------------------

QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QDate csvDate(const QString &text)
{
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"_s);
    const auto m = dmy.match(text);
    if (!m.hasMatch())
        return QDate::fromString(text, Qt::ISODate);
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 70 ? 2000 : 1900;
    return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

SeasonResults readCsv(const QStringList &lines)
{
    SeasonResults season;
    const QStringList header = splitCsv(lines.first());
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).toLower(), i);
    auto index = [&](const QStringList &names) {
        for (const QString &name : names) {
            if (column.contains(name))
                return column.value(name);
        }
        return -1;
    };
    const int div = index({ u"div"_s });
    const int dateColumn = index({ u"date"_s });
    const int timeColumn = index({ u"time"_s });
    const int home = index({ u"hometeam"_s, u"home"_s });
    const int away = index({ u"awayteam"_s, u"away"_s });
    const int homeGoals = index({ u"fthg"_s, u"hg"_s });
    const int awayGoals = index({ u"ftag"_s, u"ag"_s });
    QStringList missing;
    if (dateColumn < 0)
        missing << u"Date"_s;
    if (home < 0)
        missing << u"HomeTeam"_s;
    if (away < 0)
        missing << u"AwayTeam"_s;
    if (homeGoals < 0)
        missing << u"FTHG"_s;
    if (awayGoals < 0)
        missing << u"FTAG"_s;
    if (!missing.isEmpty()) {
        season.error = Text::tr("The CSV file has no %1 column: it is not a results file in the "
                                "football-data layout.")
                               .arg(missing.join(u", "_s));
        return season;
    }
    QList<int> unreadable;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList f = splitCsv(lines.at(i));
        auto at = [&](int c) { return c >= 0 && c < f.size() ? f.at(c) : QString(); };
        if (season.competition.isEmpty() && div >= 0)
            season.competition = at(div);
        bool okHome = false;
        bool okAway = false;
        MatchResult result;
        result.date = csvDate(at(dateColumn));
        result.home = at(home);
        result.away = at(away);
        result.homeGoals = at(homeGoals).toInt(&okHome);
        result.awayGoals = at(awayGoals).toInt(&okAway);
        result.kickOff = QTime::fromString(at(timeColumn), u"HH:mm"_s);
        result.line = i + 1;
        if (!result.date.isValid() || result.home.isEmpty() || result.away.isEmpty() || !okHome
            || !okAway || result.homeGoals < 0 || result.awayGoals < 0) {
            unreadable.append(i + 1);
            continue;
        }
        season.results.append(result);
    }
    if (!unreadable.isEmpty())
        season.warnings.append(
                { linesMessage(Text::tr("%1 row(s) could not be read (missing or invalid "
                                        "date, team or score): line %2."),
                               unreadable),
                  -1, unreadable.first() });
    return season;
}

} // namespace

bool ResultsReader::looksLikeResults(const QByteArray &head)
{
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    if (start.startsWith("Div,") || start.contains(",HomeTeam,"))
        return true;
    return start.startsWith("= ") && (start.contains(" v ") || start.contains("Matchday"));
}

SeasonResults ResultsReader::read(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    text.remove(u'\r');
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty()) {
        SeasonResults empty;
        empty.error = Text::tr("The file is empty.");
        return empty;
    }
    SeasonResults season = lines.first().contains(u',') && !lines.first().startsWith(u'=')
            ? readCsv(lines)
            : readMatchList(lines);
    if (season.ok() && season.results.isEmpty())
        season.error =
                Text::tr("No results were found: neither a football-data CSV nor an openfootball "
                         "match list.");
    // Names the team list does not know still make a table; say which, so a typo shows.
    QStringList unknown;
    const TeamDirectory &directory = TeamDirectory::builtIn();
    for (const MatchResult &r : season.results) {
        for (const QString &name : { r.home, r.away }) {
            if (!unknown.contains(name) && directory.find(name) < 0)
                unknown.append(name);
        }
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        season.warnings.append(
                { Text::tr("%n team name(s) not in Matchline's team list, shown as written: %1.",
                           nullptr, int(unknown.size()))
                          .arg(unknown.join(u", "_s)) });
    }
    return season;
}

SeasonResults ResultsReader::readFile(const QString &path)
{
    QFile file(path);
    SeasonResults failed;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error =
                Text::tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return failed;
    }
    if (file.size() > maxResultsBytes) {
        failed.error = Text::tr("%1 is too large to be a season's results.")
                               .arg(QFileInfo(path).fileName());
        return failed;
    }
    return read(file.readAll());
}

QString ResultsReader::findBeside(const QString &reportPath, const QString &home,
                                  const QString &away)
{
    if (home.isEmpty() || away.isEmpty())
        return {};
    const QFileInfo report(reportPath);
    const QFileInfoList candidates = report.dir().entryInfoList(
            { u"*.txt"_s, u"*.csv"_s }, QDir::Files | QDir::Readable, QDir::Name);
    const TeamDirectory &directory = TeamDirectory::builtIn();
    for (const QFileInfo &info : candidates) {
        if (info.absoluteFilePath() == report.absoluteFilePath() || info.size() > 4 * 1024 * 1024)
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly) || !looksLikeResults(file.peek(4096)))
            continue;
        const SeasonResults season = read(file.readAll());
        for (const MatchResult &r : season.results) {
            if (directory.sameTeam(r.home, home) && directory.sameTeam(r.away, away))
                return info.absoluteFilePath();
        }
    }
    return {};
}
