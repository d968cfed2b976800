#pragma once

#include <qcustomplot.h>

// The playhead on the timeline: a line with a handle and the time, and a veil over what has not
// happened yet. It lives on a buffered layer of its own, so a scrub repaints only this.
class PlayheadMarker : public QCPLayerable
{
    Q_OBJECT
public:
    PlayheadMarker(QCustomPlot *plot, const QString &layer);
    ~PlayheadMarker() override;

    void setPosition(double x, const QString &label);
    double position() const { return m_x; }
    // True when a widget position is close enough to grab the playhead.
    bool isNear(const QPointF &pixel) const;

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    double m_x = 0;
    QString m_label;
};
