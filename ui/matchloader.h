#pragma once

#include "match.h"
#include "readers/resultsreader.h"

#include <QFutureWatcher>
#include <QObject>

struct ReadResult;

// Reads match files off the GUI thread. Only the latest request counts: a file still loading
// when another is opened is dropped when it arrives.
class MatchLoader : public QObject
{
    Q_OBJECT
public:
    explicit MatchLoader(QObject *parent = nullptr);
    ~MatchLoader() override;

    void load(const QString &path);
    void loadResults(const QString &path);
    // Drops the file being loaded: its result is thrown away when the reading thread ends.
    void cancel();
    bool isLoading() const { return !m_loadingPath.isEmpty(); }
    // Waits for the current load (tests and the headless screenshot).
    void waitForFinished();

signals:
    void started(const QString &path);
    void loaded(const Match &match, const QString &path);
    void failed(const QString &message, const QString &path);
    void cancelled(const QString &path);
    // A season's results file found beside the report just loaded.
    void resultsOffered(const QString &path);
    void resultsLoaded(const SeasonResults &season, const QString &path);
    void resultsFailed(const QString &message, const QString &path);

private:
    quint64 m_generation = 0;
    QString m_loadingPath;
    int m_pending = 0;
    QList<QFutureWatcher<ReadResult> *> m_watchers;
    QList<QFutureWatcher<SeasonResults> *> m_resultWatchers;
    quint64 m_resultsGeneration = 0;
};
