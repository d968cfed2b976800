#pragma once

#include <QMetaType>
#include <QString>

// A moment of a match as football counts it: a period, a display minute and the minutes added
// on at the end of that period. "45+2" is minute 45 with 2 added and sorts before "46", which
// belongs to the second half. A time can also be unknown (a report gave none) or known only by
// its period ("in the first half").
class MatchTime
{
public:
    enum class Period : quint8 {
        Unknown = 0,
        FirstHalf = 1,
        SecondHalf = 2,
        ExtraTimeFirst = 3,
        ExtraTimeSecond = 4,
        Shootout = 5,
    };

    // Stoppage time whose length the source does not state ("in first-half injury time").
    static constexpr int UnknownAdded = -1;

    MatchTime() = default;
    MatchTime(Period period, int minute, int added = 0, int second = 0);

    // Derives the period from the minute: 45+2 stays in the first half, 46 is the second.
    static MatchTime fromMinute(int minute, int added = 0);
    // A period without a minute: shown in its period, never at an invented minute.
    static MatchTime inPeriod(Period period);
    // Provider clocks count elapsed time from zero (StatsBomb: minute 47 of period 1 is 45+3).
    static MatchTime fromElapsed(Period period, int elapsedMinute, int second);
    // Parses what label() writes and what people type: "17", "17'", "45+2", "90+'", "ET 105+1".
    static MatchTime fromString(const QString &text);

    Period period() const { return m_period; }
    bool hasMinute() const { return m_minute >= 0; }
    bool isKnown() const { return m_period != Period::Unknown; }
    int minute() const { return m_minute; }
    int added() const { return m_added; }
    int second() const { return m_second; }
    bool isStoppageTime() const { return m_added != 0; }

    // "17'", "45+2'", "45+'", "1st half", "pens", "?"
    QString label() const;

    static int periodStartMinute(Period period);
    static int periodEndMinute(Period period);
    static QString periodName(Period period);
    static Period periodOfMinute(int minute);

    friend bool operator==(const MatchTime &a, const MatchTime &b)
    {
        return a.m_period == b.m_period && a.m_minute == b.m_minute && a.m_added == b.m_added
                && a.m_second == b.m_second;
    }
    friend bool operator!=(const MatchTime &a, const MatchTime &b) { return !(a == b); }
    // Chronological: period, then minute, then added minutes. A time known only by its period
    // sorts at the end of that period; an unknown time after everything.
    friend bool operator<(const MatchTime &a, const MatchTime &b);

private:
    Period m_period = Period::Unknown;
    int m_minute = -1;
    int m_added = 0;
    int m_second = 0;
};

Q_DECLARE_METATYPE(MatchTime)
