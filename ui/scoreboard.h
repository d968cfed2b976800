#pragma once

#include <QWidget>

class QLabel;
class MatchEventModel;
class Playhead;

// The teams and the score at the playhead, with the match time: what a broadcast shows in the
// corner of the screen.
class Scoreboard : public QWidget
{
    Q_OBJECT
public:
    Scoreboard(MatchEventModel *events, Playhead *playhead, QWidget *parent = nullptr);
    ~Scoreboard() override;

    QString scoreText() const; // "2-1"
    QString timeText() const;
    QString xgText() const;

private:
    void refresh();

    MatchEventModel *m_events;
    Playhead *m_playhead;
    QLabel *m_home;
    QLabel *m_score;
    QLabel *m_away;
    QLabel *m_time;
    QLabel *m_context;
    QLabel *m_xg;
};
