// Matchline: the command line first (the headless exporter and the screenshot need no window
// system), then the main window.

#include "mainwindow.h"
#include "matchloader.h"
#include "timelineplot.h"

#include <qcustomplot.h>
#include "readers/eventscsvwriter.h"
#include "readers/matchjsonwriter.h"
#include "readers/reportreader.h"
#include "readers/resultsreader.h"
#include "standingsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QLocale>

#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int exitUnreadable = 2;
const QString sampleResource = u":/matchline/sample/inter-juventus.txt"_s;

void printError(const QString &message)
{
    std::fprintf(stderr, "matchline: %s\n", qPrintable(message.simplified()));
}

bool argumentsAskFor(int argc, char **argv, const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0
            || std::strncmp(argv[i], option, std::strlen(option)) == 0)
            return true;
    }
    return false;
}

// The bundled sample report, copied out of the resources so that it opens like any file.
QString samplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = dir + u"/matchline-sample-inter-juventus.txt"_s;
    QFile::remove(path);
    QFile::copy(sampleResource, path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray standingsCsv(const QList<StandingRow> &rows)
{
    auto number = [](const std::optional<int> &v) { return v ? QString::number(*v) : QString(); };
    QByteArray out = "Position,Team,Played,Won,Drawn,Lost,GoalsFor,GoalsAgainst,GoalDifference,"
                     "Points,Form\n";
    for (const StandingRow &row : rows) {
        const QStringList fields { number(row.position),
                                   csvField(row.team),
                                   number(row.played),
                                   number(row.won),
                                   number(row.drawn),
                                   number(row.lost),
                                   number(row.goalsFor),
                                   number(row.goalsAgainst),
                                   number(row.goalDifference()),
                                   number(row.points),
                                   row.form };
        out += fields.join(u',').toUtf8() + '\n';
    }
    return out;
}

int exportMatch(const QString &format, const QString &path, const QString &resultsPath)
{
    if (format != u"json" && format != u"standings-csv" && format != u"csv") {
        printError(QCoreApplication::translate(
                           "main", "unknown export format \"%1\" (known: json, csv, standings-csv)")
                           .arg(format));
        return exitUnreadable;
    }
    ReadResult result = ReportReader::readFile(path);
    if (!result.ok()) {
        QString where = QFileInfo(path).fileName();
        if (result.errorLine > 0)
            where += u':' + QString::number(result.errorLine);
        printError(where + u": "_s + result.error);
        return exitUnreadable;
    }
    StandingsModel standings;
    standings.setMatch(result.match);
    if (!resultsPath.isEmpty()) {
        const SeasonResults season = ResultsReader::readFile(resultsPath);
        if (!season.ok()) {
            printError(QFileInfo(resultsPath).fileName() + u": "_s + season.error);
            return exitUnreadable;
        }
        for (const ReadWarning &warning : season.warnings)
            printError(QFileInfo(resultsPath).fileName() + u": "_s + warning.message);
        standings.setSeason(season, QFileInfo(resultsPath).fileName());
        // The full table after the match replaces the report's partial one.
        result.match.standings = standings.tableAfterMatch();
        for (const QString &disagreement : standings.disagreements())
            result.match.warnings.append({ disagreement });
    }
    const QByteArray out = format == u"json" ? MatchJsonWriter::write(result.match)
            : format == u"csv"               ? EventsCsvWriter::write(result.match)
                                             : standingsCsv(standings.tableAfterMatch());
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Exporting needs no display at all; a screenshot renders offscreen.
    const bool headless = argumentsAskFor(argc, argv, "--export");
    if (argumentsAskFor(argc, argv, "--screenshot")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Matchline"_s);
    QCoreApplication::setApplicationName(u"Matchline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MATCHLINE_VERSION));
    // The translation for the user's language, when Matchline has one.
    auto *translator = new QTranslator(app.get());
    if (translator->load(QLocale(), u"matchline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Football match timeline viewer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption exportOption(
            u"export"_s,
            QCoreApplication::translate("main",
                                        "Print the match in FORMAT (json) to stdout and exit."),
            u"FORMAT"_s);
    const QCommandLineOption screenshotOption(
            u"screenshot"_s,
            QCoreApplication::translate("main", "Render the window to OUT.png and exit."),
            u"OUT.png"_s);
    const QCommandLineOption resultsOption(
            u"results"_s,
            QCoreApplication::translate("main",
                                        "A season's results (openfootball .txt or football-data "
                                        ".csv) for the full league table."),
            u"FILE"_s);
    parser.addOption(exportOption);
    parser.addOption(resultsOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
            u"file"_s,
            QCoreApplication::translate("main",
                                        "Match file to open (a report .txt, Matchline .json or "
                                        "StatsBomb events .json)."),
            u"[file]"_s);
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(exportOption)) {
        if (files.isEmpty()) {
            printError(QCoreApplication::translate("main", "--export needs a file to read"));
            return exitUnreadable;
        }
        return exportMatch(parser.value(exportOption), files.first(), parser.value(resultsOption));
    }

    const QString path = files.isEmpty() ? samplePath() : files.first();
    QApplication::setWindowIcon(QIcon(u":/matchline/icons/matchline.svg"_s));
    QGuiApplication::setDesktopFileName(u"org.matchline.Matchline"_s);
    MainWindow window;
    if (parser.isSet(screenshotOption)) {
        const ReadResult result = ReportReader::readFile(path);
        if (!result.ok()) {
            printError(QFileInfo(path).fileName() + u": "_s + result.error);
            return exitUnreadable;
        }
        window.resize(1400, 900);
        window.setMatch(result.match, path);
        if (parser.isSet(resultsOption)) {
            const SeasonResults season = ResultsReader::readFile(parser.value(resultsOption));
            if (season.ok())
                window.standingsModel()->setSeason(
                        season, QFileInfo(parser.value(resultsOption)).fileName());
        }
        window.show();
        QCoreApplication::processEvents();
        window.timeline()->plot()->replot();
        QCoreApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out)) {
            printError(QCoreApplication::translate("main", "cannot write %1").arg(out));
            return exitUnreadable;
        }
        return 0;
    }
    window.show();
    window.openFile(path);
    if (parser.isSet(resultsOption))
        window.openResults(parser.value(resultsOption));
    return app->exec();
}
