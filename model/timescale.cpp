#include "timescale.h"

#include <QtMath>

#include <cmath>
#include <limits>

namespace {

constexpr int shootoutLength = 6;

void layOut(QList<TimeScale::Segment> &segments, const bool used[6], const int added[6])
{
    double start = 0;
    for (int p = 1; p <= 5; ++p) {
        if (!used[p])
            continue;
        const auto period = MatchTime::Period(p);
        TimeScale::Segment seg;
        seg.period = period;
        seg.start = start;
        seg.regular = period == MatchTime::Period::Shootout
                ? 0
                : MatchTime::periodEndMinute(period) - MatchTime::periodStartMinute(period);
        seg.added =
                period == MatchTime::Period::Shootout ? qMax(shootoutLength, added[p]) : added[p];
        segments.append(seg);
        start = seg.end();
    }
}

} // namespace

TimeScale::TimeScale()
{
    const bool used[6] = { false, true, true, false, false, false };
    const int added[6] = {};
    layOut(m_segments, used, added);
}

TimeScale::TimeScale(const QList<MatchTime> &times)
{
    bool used[6] = { false, true, true, false, false, false };
    int added[6] = {};
    for (const MatchTime &t : times) {
        const int p = int(t.period());
        if (p < 1 || p > 5)
            continue;
        used[p] = true;
        if (t.period() == MatchTime::Period::Shootout) {
            if (t.hasMinute())
                added[p] = qMax(added[p], t.minute() - 120 + 1);
            continue;
        }
        if (t.hasMinute()) {
            const int end = MatchTime::periodEndMinute(t.period());
            added[p] = qMax(added[p], qMax(0, t.added()) + qMax(0, t.minute() - end));
        }
    }
    // Extra time implies the second half was played to its end, and so on.
    for (int p = 5; p > 1; --p) {
        if (used[p] && p <= 4)
            used[p - 1] = true;
    }
    if (used[4])
        used[3] = true;
    layOut(m_segments, used, added);
}

const TimeScale::Segment *TimeScale::segment(MatchTime::Period period) const
{
    for (const Segment &s : m_segments) {
        if (s.period == period)
            return &s;
    }
    return nullptr;
}

double TimeScale::position(const MatchTime &time) const
{
    if (!time.hasMinute())
        return std::numeric_limits<double>::quiet_NaN();
    const Segment *seg = segment(time.period());
    if (!seg)
        return std::numeric_limits<double>::quiet_NaN();
    const double fraction = time.second() / 60.0;
    if (time.period() == MatchTime::Period::Shootout)
        return qMin(seg->end(), seg->start + (time.minute() - 120) + fraction);
    const int base = MatchTime::periodStartMinute(time.period());
    const int minute = qBound(base, time.minute(), base + seg->regular);
    // Stoppage time of unstated length: at the whistle that ends the regular period.
    const int added = time.added() == MatchTime::UnknownAdded ? 0 : time.added();
    return qMin(seg->end(), seg->start + (minute - base) + added + fraction);
}

double TimeScale::playPosition(const MatchTime &time) const
{
    const double pos = position(time);
    if (!std::isnan(pos))
        return pos;
    if (const Segment *seg = segment(time.period()))
        return seg->end();
    return end();
}

MatchTime TimeScale::timeAt(double position) const
{
    if (m_segments.isEmpty())
        return {};
    const Segment *seg = &m_segments.first();
    for (const Segment &s : m_segments) {
        if (position >= s.start - 1e-9)
            seg = &s;
    }
    // The boundary between two periods belongs to the one that ends there.
    for (const Segment &s : m_segments) {
        if (qAbs(position - s.end()) < 1e-9) {
            seg = &s;
            break;
        }
    }
    const double offset = qBound(0.0, position - seg->start, double(seg->regular + seg->added));
    int whole = int(std::floor(offset + 1e-9));
    const int second = qBound(0, int(std::round((offset - whole) * 60.0)), 59);
    // The first moments after a restart are already its first minute (46', not 45').
    if (whole == 0 && offset > 0 && seg->period != MatchTime::Period::FirstHalf)
        whole = 1;
    if (seg->period == MatchTime::Period::Shootout)
        return MatchTime(seg->period, 120 + whole, 0, second);
    const int base = MatchTime::periodStartMinute(seg->period);
    if (whole <= seg->regular)
        return MatchTime(seg->period, base + whole, 0, second);
    return MatchTime(seg->period, base + seg->regular, whole - seg->regular, second);
}

double TimeScale::end() const
{
    return m_segments.isEmpty() ? 0 : m_segments.last().end();
}

bool operator==(const TimeScale &a, const TimeScale &b)
{
    if (a.m_segments.size() != b.m_segments.size())
        return false;
    for (int i = 0; i < a.m_segments.size(); ++i) {
        const auto &x = a.m_segments.at(i);
        const auto &y = b.m_segments.at(i);
        if (x.period != y.period || x.start != y.start || x.regular != y.regular
            || x.added != y.added)
            return false;
    }
    return true;
}
