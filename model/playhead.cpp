#include "playhead.h"

#include <QtMath>

Playhead::Playhead(QObject *parent)
    : QObject(parent)
    , m_position(m_scale.end())
{ }

Playhead::~Playhead() = default;

void Playhead::setScale(const TimeScale &scale, bool keepPosition)
{
    const double previous = m_position;
    m_scale = scale;
    emit scaleChanged();
    m_position = -1; // force the notification: every view must redraw for the new match
    setPosition(keepPosition ? previous : m_scale.end());
}

void Playhead::setPosition(double position)
{
    const double bounded = qBound(0.0, position, m_scale.end());
    if (qFuzzyCompare(bounded + 1.0, m_position + 1.0))
        return;
    m_position = bounded;
    emit currentTimeChanged(m_position);
}
