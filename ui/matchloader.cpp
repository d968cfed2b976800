#include "matchloader.h"

#include "readers/reportreader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

MatchLoader::MatchLoader(QObject *parent)
    : QObject(parent)
{
}

MatchLoader::~MatchLoader()
{
    waitForFinished();
}

void MatchLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, generation, path] {
        --m_pending;
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a later open
        const ReadResult result = watcher->result();
        if (result.ok())
            emit loaded(result.match, path);
        else
            emit failed(tr("Could not open %1.\n%2").arg(QFileInfo(path).fileName(), result.error),
                        path);
    });
    emit started(path);
    watcher->setFuture(QtConcurrent::run([path] { return ReportReader::readFile(path); }));
}

void MatchLoader::waitForFinished()
{
    const auto watchers = m_watchers;
    for (QFutureWatcher<ReadResult> *watcher : watchers)
        watcher->waitForFinished();
}
