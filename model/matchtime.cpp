#include "matchtime.h"

#include <QRegularExpression>

#include <array>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace {

struct PeriodInfo
{
    MatchTime::Period period;
    int startMinute;
    int endMinute;
};

constexpr std::array<PeriodInfo, 5> periodTable { {
        { MatchTime::Period::FirstHalf, 0, 45 },
        { MatchTime::Period::SecondHalf, 45, 90 },
        { MatchTime::Period::ExtraTimeFirst, 90, 105 },
        { MatchTime::Period::ExtraTimeSecond, 105, 120 },
        { MatchTime::Period::Shootout, 120, 120 },
} };

const PeriodInfo *infoOf(MatchTime::Period period)
{
    for (const auto &info : periodTable) {
        if (info.period == period)
            return &info;
    }
    return nullptr;
}

auto orderKey(const MatchTime &t)
{
    const int period = t.isKnown() ? int(t.period()) : 99;
    // A time known only by its period sorts at that period's end.
    const int minute = t.hasMinute() ? t.minute() : 9999;
    const int added = t.added() == MatchTime::UnknownAdded ? 999 : t.added();
    return std::make_tuple(period, minute, added, t.second());
}

} // namespace

MatchTime::MatchTime(Period period, int minute, int added, int second)
    : m_period(period)
    , m_minute(period == Period::Unknown ? -1 : minute)
    , m_added(minute < 0 ? 0 : added)
    , m_second(minute < 0 ? 0 : qBound(0, second, 59))
{ }

MatchTime MatchTime::fromMinute(int minute, int added)
{
    if (minute < 0)
        return {};
    return MatchTime(periodOfMinute(minute), minute, added);
}

MatchTime MatchTime::inPeriod(Period period)
{
    return MatchTime(period, -1);
}

MatchTime MatchTime::fromElapsed(Period period, int elapsedMinute, int second)
{
    const PeriodInfo *info = infoOf(period);
    if (!info || elapsedMinute < 0)
        return {};
    if (period == Period::Shootout)
        return MatchTime(period, qMax(elapsedMinute, info->startMinute), 0, second);
    // A provider's minute counts whole minutes played; people count the minute being played.
    int minute = qMax(elapsedMinute + 1, info->startMinute + 1);
    int added = 0;
    if (minute > info->endMinute) {
        added = minute - info->endMinute;
        minute = info->endMinute;
    }
    return MatchTime(period, minute, added, second);
}

MatchTime MatchTime::fromString(const QString &text)
{
    static const QRegularExpression pattern(uR"(^\s*(\d{1,3})\s*(?:\+\s*(\d{1,2})?)?\s*'?\s*$)"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"pens"_s, Qt::CaseInsensitive) == 0)
        return MatchTime(Period::Shootout, 120);
    for (const auto &info : periodTable) {
        if (trimmed.compare(periodName(info.period), Qt::CaseInsensitive) == 0)
            return inPeriod(info.period);
    }
    const auto m = pattern.match(trimmed);
    if (!m.hasMatch())
        return {};
    const int minute = m.captured(1).toInt();
    if (minute > 130)
        return {};
    int added = 0;
    if (m.capturedLength(2) > 0)
        added = m.captured(2).toInt();
    else if (trimmed.contains(u'+'))
        added = UnknownAdded;
    return fromMinute(minute, added);
}

QString MatchTime::label() const
{
    if (m_period == Period::Unknown)
        return u"?"_s;
    if (m_period == Period::Shootout)
        return u"pens"_s;
    if (!hasMinute())
        return periodName(m_period);
    if (m_added == UnknownAdded)
        return QString::number(m_minute) + u"+'"_s;
    if (m_added > 0)
        return QString::number(m_minute) + u'+' + QString::number(m_added) + u'\'';
    return QString::number(m_minute) + u'\'';
}

int MatchTime::periodStartMinute(Period period)
{
    const PeriodInfo *info = infoOf(period);
    return info ? info->startMinute : 0;
}

int MatchTime::periodEndMinute(Period period)
{
    const PeriodInfo *info = infoOf(period);
    return info ? info->endMinute : 0;
}

QString MatchTime::periodName(Period period)
{
    switch (period) {
    case Period::FirstHalf:
        return u"1st half"_s;
    case Period::SecondHalf:
        return u"2nd half"_s;
    case Period::ExtraTimeFirst:
        return u"ET 1st half"_s;
    case Period::ExtraTimeSecond:
        return u"ET 2nd half"_s;
    case Period::Shootout:
        return u"Shoot-out"_s;
    case Period::Unknown:
        break;
    }
    return u"?"_s;
}

MatchTime::Period MatchTime::periodOfMinute(int minute)
{
    for (const auto &info : periodTable) {
        if (minute <= info.endMinute)
            return info.period;
    }
    return Period::ExtraTimeSecond;
}

bool operator<(const MatchTime &a, const MatchTime &b)
{
    return orderKey(a) < orderKey(b);
}
