#include "replaycontroller.h"

#include "playhead.h"

ReplayController::ReplayController(Playhead *playhead, QObject *parent)
    : QObject(parent)
    , m_playhead(playhead)
{
    m_timer.setInterval(40);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayController::tick);
}

ReplayController::~ReplayController() = default;

void ReplayController::setSpeed(double minutesPerSecond)
{
    m_speed = minutesPerSecond;
    emit stateChanged();
}

void ReplayController::play()
{
    // From the end, playing forward starts again at kick-off.
    if (m_speed > 0 && m_playhead->position() >= m_playhead->scale().end() - 1e-6)
        m_playhead->toStart();
    m_clock.start();
    m_timer.start();
    emit stateChanged();
}

void ReplayController::pause()
{
    m_timer.stop();
    emit stateChanged();
}

void ReplayController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void ReplayController::forward()
{
    if (isPlaying() && m_speed > 0) {
        const QList<double> steps = speeds();
        const qsizetype next = qMin(steps.indexOf(m_speed) + 1, steps.size() - 1);
        setSpeed(steps.at(qMax<qsizetype>(0, next)));
        return;
    }
    setSpeed(1);
    play();
}

void ReplayController::backward()
{
    if (isPlaying() && m_speed < 0) {
        const QList<double> steps = speeds();
        const qsizetype next = qMin(steps.indexOf(-m_speed) + 1, steps.size() - 1);
        setSpeed(-steps.at(qMax<qsizetype>(0, next)));
        return;
    }
    setSpeed(-1);
    play();
}

void ReplayController::tick()
{
    // By the time that really passed, so a slow repaint does not slow the match down.
    const double seconds = m_clock.restart() / 1000.0;
    m_playhead->stepMinutes(m_speed * seconds);
    const double pos = m_playhead->position();
    if ((m_speed > 0 && pos >= m_playhead->scale().end() - 1e-9) || (m_speed < 0 && pos <= 1e-9))
        pause();
}
