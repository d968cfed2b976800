#pragma once

#include <QWidget>

#include <QSharedPointer>

class QCustomPlot;
class QCPGraph;
class QCPLayer;
class QCPAxisTickerText;
class QItemSelectionModel;
class QMouseEvent;
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

private:
    void rebuild();
    void updateSelection();
    void updatePlayhead();
    void updateScoreLine();
    void updatePeriods();
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);

    MatchEventModel *m_events;
    EventFilterModel *m_filtered;
    QItemSelectionModel *m_selection;
    Playhead *m_playhead;
    QCustomPlot *m_plot;
    QCPLayer *m_playheadLayer = nullptr;
    EventMarkers *m_markers = nullptr;
    PlayheadMarker *m_playheadMarker = nullptr;
    QCPGraph *m_scoreLine = nullptr;
    QSharedPointer<MatchTimeTicker> m_ticker;
    QSharedPointer<QCPAxisTickerText> m_laneTicker;
    bool m_dragging = false;
};
