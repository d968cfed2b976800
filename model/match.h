#pragma once

#include "matchevent.h"
#include "score.h"
#include "standingrow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Something a reader could not be sure of or had to skip. offset points into the source text
// (prose), line into a line-based file; -1 where neither applies.
struct ReadWarning
{
    QString message;
    int offset = -1;
    int line = -1;

    friend bool operator==(const ReadWarning &a, const ReadWarning &b)
    {
        return a.message == b.message && a.offset == b.offset && a.line == b.line;
    }
};

// Everything known about one match, as read from one file. A plain value: readers produce it,
// models wrap it, the JSON writer serializes it.
struct Match
{
    enum class SourceFormat : quint8 { Unknown, Prose, Native, StatsBomb };

    QString homeTeam;
    QString awayTeam;
    QDate date;
    QString competition;
    QString venue;
    QString headline;
    QString referee;
    std::optional<Score> finalScore; // as the source states it
    std::optional<Score> shootoutScore;
    QList<MatchEvent> events; // in the order they happened, as far as it is known
    QList<StandingRow> standings;
    QList<ReadWarning> warnings;
    QString sourceText; // the prose the evidence spans point into
    SourceFormat sourceFormat = SourceFormat::Unknown;

    QString teamName(Side side) const;
    // Scores after each event, computed from the goals in event order: the one place a score
    // is derived, so an edited event can never leave a stale score behind.
    QList<Score> runningScores() const;
    Score scoreFromEvents() const;
    // The stated final score, else the one the goals add up to.
    Score finalOrComputedScore() const;
    QList<MatchTime> eventTimes() const;

    static QString sourceFormatKey(SourceFormat format);
    static SourceFormat sourceFormatFromKey(const QString &key);

    friend bool operator==(const Match &a, const Match &b);
    friend bool operator!=(const Match &a, const Match &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Match)
