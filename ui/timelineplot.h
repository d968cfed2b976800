#pragma once

#include <QWidget>

#include <QSharedPointer>

class QCustomPlot;
class QCPGraph;
class QCPLayer;
class QCPAxisTickerText;
class QCPAxisRect;
class QCPBars;
class QCPMarginGroup;
class QItemSelectionModel;
class QMouseEvent;
class QWheelEvent;
class EventFilterModel;
class EventMarkers;
class MatchEventModel;
class MatchTimeTicker;
class Playhead;
class PlayheadMarker;

// The match on one axis: a lane per team with its events, the goal difference between them, the
// period boundaries, and the playhead, which can be dragged. Shows what the filter model lets
// through and shares its selection with the event table.
class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    TimelinePlot(MatchEventModel *events, EventFilterModel *filtered,
                 QItemSelectionModel *selection, Playhead *playhead, QWidget *parent = nullptr);
    ~TimelinePlot() override;

    QCustomPlot *plot() const { return m_plot; }
    // Widget coordinates of a filtered row's marker (for tests and tooltips); empty if hidden.
    QRectF markerRect(int filteredRow) const;
    QPoint pixelForPosition(double position) const;
    double positionForPixel(double x) const;
    // A full replot, synchronously: what a benchmark measures.
    void replotNow();
    // Zoom: Ctrl+wheel zooms around the mouse, the wheel pans; "fit" shows the whole match.
    void fitMatch();
    void zoomAround(double position, double factor);
    void setFollowPlayhead(bool on);
    bool followsPlayhead() const { return m_follow; }
    QPair<double, double> visibleRange() const;
    // The momentum and xG charts under the timeline, shown for provider data with xG.
    bool chartsShown() const { return m_chartsShown; }
    QCPAxisRect *xgRect() const { return m_xgRect; }
    // Widget coordinates of a shot on the xG chart (tests); empty when it is not drawn.
    QPointF xgPoint(int sourceRow) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void rebuild();
    void updateSelection();
    void updatePlayhead();
    void updateScoreLine();
    void updatePeriods();
    void updateCharts();
    void showCharts(bool show);
    int shotAt(const QPointF &pixel) const;
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onWheel(QWheelEvent *event);

    MatchEventModel *m_events;
    EventFilterModel *m_filtered;
    QItemSelectionModel *m_selection;
    Playhead *m_playhead;
    QCustomPlot *m_plot;
    QCPLayer *m_playheadLayer = nullptr;
    EventMarkers *m_markers = nullptr;
    PlayheadMarker *m_playheadMarker = nullptr;
    QCPGraph *m_scoreLine = nullptr;
    QCPMarginGroup *m_margins = nullptr;
    QCPAxisRect *m_momentumRect = nullptr;
    QCPAxisRect *m_xgRect = nullptr;
    QCPBars *m_homeMomentum = nullptr;
    QCPBars *m_awayMomentum = nullptr;
    QCPGraph *m_homeXg = nullptr;
    QCPGraph *m_awayXg = nullptr;
    QList<QPair<QPointF, int>> m_shots; // xG chart points (plot coordinates) and their rows
    bool m_chartsShown = false;
    QSharedPointer<MatchTimeTicker> m_ticker;
    QSharedPointer<QCPAxisTickerText> m_laneTicker;
    bool m_dragging = false;
    bool m_follow = false;
    double m_fullLower = 0; // the whole match, with a margin
    double m_fullUpper = 90;
    bool m_fitted = false; // the range was set for this match; filters keep the zoom
};
