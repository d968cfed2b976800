#pragma once

#include "matchevent.h"

#include <qcustomplot.h>

// The event markers of the timeline, drawn as one layerable so that markers of the same minute
// can be stacked instead of hiding each other, and so that a click finds exactly the marker
// that was drawn under the mouse.
class EventMarkers : public QCPLayerable
{
    Q_OBJECT
public:
    struct Marker
    {
        int row = -1; // row in the model the plot shows
        double x = 0; // plot position
        bool placed = true; // false: the source gave no minute; drawn in its period, dashed
        Side side = Side::None;
        MatchEvent::Type type = MatchEvent::Type::Other;
        MatchEvent::ChanceKind chance = MatchEvent::ChanceKind::None;
        QString scoreLabel; // "1-0" beside a goal
    };

    static constexpr double homeLane = 2.0;
    static constexpr double awayLane = -2.0;

    EventMarkers(QCustomPlot *plot, const QString &layer);
    ~EventMarkers() override;

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    void setSelectedRows(const QList<int> &rows);
    // The row of the marker drawn under a widget position, or -1.
    int rowAt(const QPointF &pixel) const;
    // Where a row's marker was drawn (widget pixels), empty when it is not visible.
    QRectF markerRect(int row) const;
    void setMarkerSize(double pixels) { m_size = pixels; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    void layOut();

    QList<Marker> m_markers;
    QList<int> m_selected;
    QList<QRectF> m_rects; // per marker, in widget pixels, from the last layout
    double m_size = 20;
};
