#include "matchtimeticker.h"

#include <QtMath>

MatchTimeTicker::~MatchTimeTicker() = default;

double MatchTimeTicker::getTickStep(const QCPRange &range)
{
    // Whole-minute steps a person counts in: 1, 5, 15 or 30 minutes.
    const double span = range.size();
    if (span <= 12)
        return 1;
    if (span <= 40)
        return 5;
    if (span <= 150)
        return 15;
    return 30;
}

int MatchTimeTicker::getSubTickCount(double tickStep)
{
    return tickStep >= 15 ? 2 : (tickStep >= 5 ? 4 : 0);
}

QVector<double> MatchTimeTicker::createTickVector(double tickStep, const QCPRange &range)
{
    QVector<double> ticks;
    for (const TimeScale::Segment &seg : m_scale.segments()) {
        const int base = MatchTime::periodStartMinute(seg.period);
        // Minutes on the clock that are multiples of the step, inside this period's regular time.
        const int first = int(std::ceil(base / tickStep) * tickStep);
        for (double minute = first; minute <= base + seg.regular; minute += tickStep) {
            const double pos = seg.start + (minute - base);
            if (minute == base && seg.start > 0)
                continue; // the previous period's end is drawn there
            if (pos >= range.lower - 1e-9 && pos <= range.upper + 1e-9)
                ticks.append(pos);
        }
        if (seg.added > 0 && seg.end() >= range.lower && seg.end() <= range.upper) {
            // Make room for "45+3'" next to "45'".
            const double lastRegular = seg.start + seg.regular;
            if (!ticks.isEmpty() && qFuzzyCompare(ticks.last() + 1, lastRegular + 1)
                && seg.added * 6 < tickStep)
                ticks.removeLast();
            ticks.append(seg.end());
        }
    }
    std::sort(ticks.begin(), ticks.end());
    ticks.erase(std::unique(ticks.begin(), ticks.end()), ticks.end());
    return ticks;
}

QString MatchTimeTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    if (tick < -1e-9)
        return {};
    return m_scale.timeAt(tick).label();
}
