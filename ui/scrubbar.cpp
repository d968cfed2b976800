#include "scrubbar.h"

#include "playhead.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace {
constexpr int stepsPerMinute = 60; // one slider step per second of play
}

ScrubBar::ScrubBar(Playhead *playhead, QWidget *parent)
    : QWidget(parent)
    , m_playhead(playhead)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 4);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    m_slider->setSingleStep(stepsPerMinute);
    m_slider->setPageStep(5 * stepsPerMinute);
    m_slider->setAccessibleName(tr("Playhead"));
    m_slider->setToolTip(tr("Drag to move through the match"));
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("120+10'")));

    // Only what the user does to the slider moves the playhead, so the two never echo.
    connect(m_slider, &QSlider::sliderMoved, this, &ScrubBar::applySliderPosition);
    connect(m_slider, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            applySliderPosition(m_slider->sliderPosition());
    });
    connect(m_playhead, &Playhead::currentTimeChanged, this, &ScrubBar::syncFromPlayhead);
    connect(m_playhead, &Playhead::scaleChanged, this, &ScrubBar::syncFromPlayhead);
    syncFromPlayhead();
}

ScrubBar::~ScrubBar() = default;

void ScrubBar::syncFromPlayhead()
{
    m_slider->setRange(0, int(std::lround(m_playhead->scale().end() * stepsPerMinute)));
    m_slider->setValue(int(std::lround(m_playhead->position() * stepsPerMinute)));
    m_label->setText(m_playhead->time().label());
}

void ScrubBar::applySliderPosition(int value)
{
    m_playhead->setPosition(double(value) / stepsPerMinute);
}
