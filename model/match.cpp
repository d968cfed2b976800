#include "match.h"

using namespace Qt::Literals::StringLiterals;

QString Match::teamName(Side side) const
{
    switch (side) {
    case Side::Home:
        return homeTeam;
    case Side::Away:
        return awayTeam;
    case Side::None:
        break;
    }
    return {};
}

QList<Score> Match::runningScores() const
{
    QList<Score> scores;
    scores.reserve(events.size());
    Score score;
    for (const MatchEvent &event : events) {
        if (event.isGoal()) {
            if (event.side == Side::Home)
                ++score.home;
            else if (event.side == Side::Away)
                ++score.away;
        }
        scores.append(score);
    }
    return scores;
}

Score Match::scoreFromEvents() const
{
    const QList<Score> scores = runningScores();
    return scores.isEmpty() ? Score {} : scores.last();
}

Score Match::finalOrComputedScore() const
{
    return finalScore.value_or(scoreFromEvents());
}

QList<MatchTime> Match::eventTimes() const
{
    QList<MatchTime> times;
    times.reserve(events.size());
    for (const MatchEvent &event : events)
        times.append(event.time);
    return times;
}

QString Match::sourceFormatKey(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Prose:
        return u"prose"_s;
    case SourceFormat::Native:
        return u"matchline"_s;
    case SourceFormat::StatsBomb:
        return u"statsbomb"_s;
    case SourceFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

Match::SourceFormat Match::sourceFormatFromKey(const QString &key)
{
    for (auto format : { SourceFormat::Prose, SourceFormat::Native, SourceFormat::StatsBomb }) {
        if (key == sourceFormatKey(format))
            return format;
    }
    return SourceFormat::Unknown;
}

bool operator==(const Match &a, const Match &b)
{
    return a.homeTeam == b.homeTeam && a.awayTeam == b.awayTeam && a.date == b.date
            && a.competition == b.competition && a.venue == b.venue && a.headline == b.headline
            && a.referee == b.referee && a.finalScore == b.finalScore
            && a.shootoutScore == b.shootoutScore && a.events == b.events
            && a.standings == b.standings && a.warnings == b.warnings
            && a.sourceText == b.sourceText && a.sourceFormat == b.sourceFormat;
}
