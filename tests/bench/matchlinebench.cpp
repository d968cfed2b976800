// Benchmarks for Matchline. Run a Release build: build-release/tests/bench/matchline-bench.
// Prints one line per case: "<case> median <ms> ms" (and throughput where it means something).
// Cases that need the real data beside the project are skipped when it is absent.

#include "eventfiltermodel.h"
#include "mainwindow.h"
#include "matcheventmodel.h"
#include "playhead.h"
#include "prose/prosereportreader.h"
#include "readers/reportreader.h"
#include "readers/resultsreader.h"
#include "standings.h"
#include "standingsmodel.h"
#include "timelineplot.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QItemSelectionModel>
#include <QProcess>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

QString sharedData(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(MATCHLINE_SHARED_DATA_DIR) + u'/' + relative);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double measure(int runs, const std::function<void()> &work)
{
    work(); // warm up
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

void report(const char *name, double ms, const QString &extra = {})
{
    std::printf("%s median %.3f ms%s\n", name, ms,
                qPrintable(extra.isEmpty() ? QString() : u"  ("_s + extra + u')'));
    std::fflush(stdout);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A match with a given number of events spread over 90 minutes, as a busy provider file has.
Match syntheticMatch(int events)
{
    Match match;
    match.homeTeam = u"Home"_s;
    match.awayTeam = u"Away"_s;
    for (int i = 0; i < events; ++i) {
        MatchEvent e;
        const int kind = i % 10;
        e.type = kind == 0 ? MatchEvent::Type::Goal
                           : (kind < 3 ? MatchEvent::Type::YellowCard : MatchEvent::Type::Chance);
        e.side = i % 2 ? Side::Home : Side::Away;
        e.time = MatchTime::fromMinute(1 + (i * 89) / qMax(1, events - 1));
        e.player = u"Player %1"_s.arg(i % 22);
        match.events.append(e);
    }
    return match;
}

void benchStartup()
{
    // Process start to a painted window: the real executable renders the window offscreen
    // (the figure includes writing the PNG, so it is an upper bound).
    QTemporaryDir dir;
    const QString out = dir.filePath(u"shot.png"_s);
    const double ms = measure(5, [&] {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MATCHLINE_EXECUTABLE), { u"--screenshot"_s, out });
        process.waitForFinished(30000);
    });
    report("startup", ms, u"process start to painted window with the sample, offscreen"_s);
}

void benchReplot()
{
    Playhead playhead;
    MatchEventModel model(&playhead);
    EventFilterModel filter;
    filter.setSourceModel(&model);
    QItemSelectionModel selection(&filter);
    TimelinePlot plot(&model, &filter, &selection, &playhead);
    plot.resize(1400, 420);
    plot.show();
    model.setMatch(syntheticMatch(200));
    QCoreApplication::processEvents();
    const double full = measure(50, [&] { plot.replotNow(); });
    report("replot", full, u"full replot, 200 events on the plot"_s);
    double x = 0;
    const double scrub = measure(200, [&] {
        x = x > 80 ? 1 : x + 0.7;
        playhead.setPosition(x); // repaints only the playhead layer
        plot.plot()->repaint();
    });
    report("replot-scrub", scrub, u"one playhead move while dragging, 200 events"_s);
}

void benchProse()
{
    QFile sample(u":/matchline/sample/inter-juventus.txt"_s);
    sample.open(QIODevice::ReadOnly);
    const QByteArray ownSample = sample.readAll();
    report("prose-sample", measure(200, [&] { ProseReportReader::read(ownSample); }),
           u"the bundled sample report, %1 bytes"_s.arg(ownSample.size()));

    const QString seedPath = sharedData(u"reports/000_1db8c0ac7c0ef468.txt"_s);
    if (!QFile::exists(seedPath)) {
        std::printf("prose-seed skipped (no ../shared/data)\n");
        return;
    }
    const QByteArray seed = readAll(seedPath);
    report("prose-seed", measure(200, [&] { ProseReportReader::read(seed); }),
           u"%1 bytes"_s.arg(seed.size()));

    // Every report one after the other, as a folder of a season's reports would be read.
    QByteArray all;
    const QStringList reports =
            QDir(sharedData(u"reports"_s)).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    QList<QByteArray> texts;
    for (const QString &name : reports)
        texts.append(readAll(sharedData(u"reports/"_s + name)));
    qsizetype bytes = 0; // of the reports themselves
    for (const QByteArray &t : texts) {
        bytes += t.size();
        all += t + "\n\n";
    }
    const double ms = measure(20, [&] {
        for (const QByteArray &t : texts)
            ProseReportReader::read(t);
    });
    report("prose-all-reports", ms,
           u"%1 reports, %2 KB, %3 MB/s"_s.arg(texts.size())
                   .arg(bytes / 1024.0, 0, 'f', 1)
                   .arg(bytes / 1048576.0 / (ms / 1000.0), 0, 'f', 2));

    // The same reports as one text (a paragraph apart): the reader's speed on one long report.
    const double oneMs = measure(20, [&] { ProseReportReader::read(all); });
    report("prose-one-text", oneMs,
           u"the %1 reports as one text, %2 MB/s"_s.arg(texts.size())
                   .arg(all.size() / 1048576.0 / (oneMs / 1000.0), 0, 'f', 2));
}

void benchStatsBomb()
{
    const QString path = sharedData(u"statsbomb/statsbomb_15986_event.json"_s);
    if (!QFile::exists(path)) {
        std::printf("statsbomb-load skipped (no ../shared/data)\n");
        return;
    }
    Playhead playhead;
    MatchEventModel model(&playhead);
    int events = 0;
    // From the file on disk to a model ready to display: read, parse, build, reset the model.
    const double ms = measure(30, [&] {
        const ReadResult result = ReportReader::readFile(path);
        model.setMatch(result.match);
        events = model.rowCount();
    });
    report("statsbomb-load", ms,
           u"%1 events, %2 MB, into the model"_s.arg(events).arg(QFileInfo(path).size() / 1048576.0,
                                                                 0, 'f', 1));
    const QByteArray data = readAll(path);
    report("statsbomb-qjson", measure(30, [&] { QJsonDocument::fromJson(data); }),
           u"QJsonDocument::fromJson alone on the same file, for comparison"_s);
}

long residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void benchStatsBombWindow()
{
    const QString path = sharedData(u"statsbomb/statsbomb_15986_event.json"_s);
    if (!QFile::exists(path)) {
        std::printf("replot-charts skipped (no ../shared/data)\n");
        return;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.setMatch(ReportReader::readFile(path).match, path);
    QCoreApplication::processEvents();
    TimelinePlot *plot = window.timeline();
    report("replot-charts", measure(30, [&] { plot->replotNow(); }),
           u"full replot of the timeline with the momentum and xG charts, a 4,027-event match"_s);
    double x = 0;
    report("replot-charts-scrub",
           measure(200,
                   [&] {
                       x = x > 80 ? 1 : x + 0.7;
                       window.playhead()->setPosition(x);
                       plot->plot()->repaint();
                   }),
           u"one playhead move while dragging over the charts"_s);
    std::printf("memory-statsbomb %ld MB resident  (the window with that match loaded, in this "
                "process)\n",
                residentKilobytes() / 1024);
}

void benchSeason()
{
    const QString path = sharedData(u"openfootball/italy-2025-26-1-seriea.txt"_s);
    if (!QFile::exists(path)) {
        std::printf("season-table skipped (no ../shared/data)\n");
        return;
    }
    int teams = 0;
    const double ms = measure(50, [&] {
        const SeasonResults season = ResultsReader::readFile(path);
        teams = int(Standings::table(season.results, TableRules::forCompetition(season.competition))
                            .size());
    });
    report("season-table", ms,
           u"read a 380-match season file and compute the table (%1 teams)"_s.arg(teams));
    const SeasonResults season = ResultsReader::readFile(path);
    StandingsModel model;
    Match match;
    match.homeTeam = u"Inter Milan"_s;
    match.awayTeam = u"Juventus"_s;
    match.date = QDate(2026, 2, 14);
    match.finalScore = Score { 3, 2 };
    model.setMatch(match);
    model.setSeason(season, u"seriea"_s);
    int goals = 0;
    report("season-live",
           measure(200,
                   [&] {
                       model.setLiveScore(Score { ++goals % 4, 1 });
                   }),
           u"recompute the live table for a new score at the playhead"_s);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList only = app.arguments().mid(1);
    auto wanted = [&](const QString &name) { return only.isEmpty() || only.contains(name); };
    if (wanted(u"prose"_s))
        benchProse();
    if (wanted(u"statsbomb"_s))
        benchStatsBomb();
    if (wanted(u"season"_s))
        benchSeason();
    if (wanted(u"charts"_s))
        benchStatsBombWindow();
    if (wanted(u"replot"_s))
        benchReplot();
    if (wanted(u"startup"_s))
        benchStartup();
    return 0;
}
