#pragma once

#include "matchtime.h"

#include <QList>

// The one place where match time becomes a position on the timeline. Periods are laid end to end
// and each is as long as it was played, so the minutes added at the end of the first half sit
// between 45' and 46' instead of overlapping the second half.
class TimeScale
{
public:
    struct Segment
    {
        MatchTime::Period period = MatchTime::Period::Unknown;
        double start = 0; // position of the period's kick-off
        int regular = 0; // regular minutes (45, 15, ...)
        int added = 0; // added minutes shown after the regular ones
        double end() const { return start + regular + added; }
    };

    TimeScale(); // first and second half, no added time
    // Lays out the periods the given times use, each long enough for its latest added minute.
    explicit TimeScale(const QList<MatchTime> &times);

    // NaN for a time without minute: such events have no place on the axis.
    double position(const MatchTime &time) const;
    // Where an event counts as having happened: its position, or for a time known only by its
    // period the end of that period, or the end of the match when nothing is known.
    double playPosition(const MatchTime &time) const;
    MatchTime timeAt(double position) const;

    double end() const;
    const QList<Segment> &segments() const { return m_segments; }
    const Segment *segment(MatchTime::Period period) const;

    friend bool operator==(const TimeScale &a, const TimeScale &b);

private:
    QList<Segment> m_segments;
};
