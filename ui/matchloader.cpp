#include "matchloader.h"

#include "readers/reportreader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

MatchLoader::MatchLoader(QObject *parent)
    : QObject(parent)
{ }

MatchLoader::~MatchLoader()
{
    waitForFinished();
}

void MatchLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_loadingPath = path;
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, generation, path] {
        --m_pending;
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a later open, or cancelled
        m_loadingPath.clear();
        const ReadResult result = watcher->result();
        if (result.ok()) {
            emit loaded(result.match, path);
            // Offer a season's results from the same folder, looked for off the GUI thread.
            const QString home = result.match.homeTeam;
            const QString away = result.match.awayTeam;
            auto *finder = new QFutureWatcher<QString>(this);
            connect(finder, &QFutureWatcher<QString>::finished, this, [this, finder, generation] {
                finder->deleteLater();
                if (generation == m_generation && !finder->result().isEmpty())
                    emit resultsOffered(finder->result());
            });
            finder->setFuture(QtConcurrent::run(
                    [path, home, away] { return ResultsReader::findBeside(path, home, away); }));
        } else
            emit failed(tr("Could not open %1.\n%2").arg(QFileInfo(path).fileName(), result.error),
                        path);
    });
    emit started(path);
    watcher->setFuture(QtConcurrent::run([path] { return ReportReader::readFile(path); }));
}

void MatchLoader::cancel()
{
    if (m_loadingPath.isEmpty())
        return;
    ++m_generation;
    emit cancelled(std::exchange(m_loadingPath, QString()));
}

void MatchLoader::loadResults(const QString &path)
{
    const quint64 generation = ++m_resultsGeneration;
    auto *watcher = new QFutureWatcher<SeasonResults>(this);
    m_resultWatchers.append(watcher);
    connect(watcher, &QFutureWatcher<SeasonResults>::finished, this,
            [this, watcher, generation, path] {
                m_resultWatchers.removeOne(watcher);
                watcher->deleteLater();
                if (generation != m_resultsGeneration)
                    return;
                const SeasonResults season = watcher->result();
                if (season.ok())
                    emit resultsLoaded(season, path);
                else
                    emit resultsFailed(tr("Could not read the results in %1.\n%2")
                                               .arg(QFileInfo(path).fileName(), season.error),
                                       path);
            });
    watcher->setFuture(QtConcurrent::run([path] { return ResultsReader::readFile(path); }));
}

void MatchLoader::waitForFinished()
{
    const auto watchers = m_watchers;
    for (QFutureWatcher<ReadResult> *watcher : watchers)
        watcher->waitForFinished();
    const auto resultWatchers = m_resultWatchers;
    for (QFutureWatcher<SeasonResults> *watcher : resultWatchers)
        watcher->waitForFinished();
}
