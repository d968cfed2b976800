#pragma once

#include <QWidget>

class QSlider;
class QLabel;
class Playhead;

// A slider under the timeline that moves the playhead, for people who prefer a slider to
// dragging the line itself, and for keyboard users.
class ScrubBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScrubBar(Playhead *playhead, QWidget *parent = nullptr);
    ~ScrubBar() override;

    QSlider *slider() const { return m_slider; }

private:
    void syncFromPlayhead();
    void applySliderPosition(int value);

    Playhead *m_playhead;
    QSlider *m_slider;
    QLabel *m_label;
};
