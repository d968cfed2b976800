#pragma once

#include "timescale.h"

#include <QObject>

// The current moment of the match, shared by every view. It lives on the timeline's scale, so a
// step of one minute from 45' in a half with three added minutes lands on 45+1, not on 46'.
class Playhead : public QObject
{
    Q_OBJECT
public:
    explicit Playhead(QObject *parent = nullptr);
    ~Playhead() override;

    double position() const { return m_position; }
    MatchTime time() const { return m_scale.timeAt(m_position); }
    const TimeScale &scale() const { return m_scale; }

    // A new match: the playhead goes to its end, where everything has happened. An edited
    // match keeps the playhead where it is (within the new scale).
    void setScale(const TimeScale &scale, bool keepPosition = false);
    void setPosition(double position);
    void stepMinutes(double minutes) { setPosition(m_position + minutes); }
    void toStart() { setPosition(0); }
    void toEnd() { setPosition(m_scale.end()); }

signals:
    void currentTimeChanged(double position);
    void scaleChanged();

private:
    TimeScale m_scale;
    double m_position = 0;
};
