#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class Playhead;

// Plays the match from the playhead, as video tools play a clip: Space plays and pauses, L plays
// forward (again: faster), J backward, K stops. Speed is in match minutes per second.
class ReplayController : public QObject
{
    Q_OBJECT
public:
    explicit ReplayController(Playhead *playhead, QObject *parent = nullptr);
    ~ReplayController() override;

    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; } // negative: backwards
    static QList<double> speeds() { return { 1, 2, 5, 10 }; }

    void setSpeed(double minutesPerSecond);
    void togglePlay();
    void play();
    void pause();
    void forward(); // L
    void backward(); // J

signals:
    void stateChanged();

private:
    void tick();

    Playhead *m_playhead;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_speed = 1;
};
