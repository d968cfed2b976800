#pragma once

#include "timescale.h"

#include <qcustomplot.h>

// Axis ticks in football time: every quarter of an hour and at the end of each period, with
// added time labelled as such ("45+3'").
class MatchTimeTicker : public QCPAxisTicker
{
public:
    MatchTimeTicker() = default;
    ~MatchTimeTicker() override;

    void setScale(const TimeScale &scale) { m_scale = scale; }

protected:
    double getTickStep(const QCPRange &range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    int getSubTickCount(double tickStep) override;

private:
    TimeScale m_scale;
};
