#pragma once

#include "match.h"
#include "timescale.h"

#include <QList>

// The series behind the charts under the timeline, computed from a match's events on the
// timeline's scale: no widgets, so they can be tested and measured on their own.
class MatchCharts
{
public:
    // Attacking threat per minute for each team, smoothed: the xG of its shots plus a little for
    // every action in the final third and more inside the box, as a match centre's momentum bars.
    struct Momentum
    {
        QList<double> position; // bin centres on the TimeScale
        QList<double> home;
        QList<double> away;
    };
    // Cumulative xG of one team as steps: at each shot, the total after it.
    struct XgRace
    {
        QList<double> position;
        QList<double> total;
        QList<int> rows; // the event row of each step, to select a shot from the chart
    };

    static bool hasData(const Match &match); // any xG or pitch locations at all
    static Momentum momentum(const Match &match, const TimeScale &scale);
    static XgRace xgRace(const Match &match, const TimeScale &scale, Side side);
};
