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
    // The axis rects the playhead runs through, top to bottom (the timeline and its charts).
    void setAxisRects(const QList<QCPAxisRect *> &rects) { m_rects = rects; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QRect area() const;

    double m_x = 0;
    QString m_label;
    QList<QCPAxisRect *> m_rects;
};
