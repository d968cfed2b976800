#include "timelineplot.h"

#include "eventfiltermodel.h"
#include "eventmarkers.h"
#include "matcheventmodel.h"
#include "matchcharts.h"
#include "matchtimeticker.h"
#include "playhead.h"
#include "playheadmarker.h"

#include <QItemSelectionModel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double unplacedColumn = -4; // where events without any time are drawn
constexpr double yRange = 4.2;

// Between the text and the background colours: lines that are seen in light and dark palettes
// alike (QPalette::Dark is nearly the background in a dark palette).
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor lineColour(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QString elided(const QString &name, const QFontMetrics &metrics)
{
    return metrics.elidedText(name, Qt::ElideRight, 110);
}

} // namespace

TimelinePlot::TimelinePlot(MatchEventModel *events, EventFilterModel *filtered,
                           QItemSelectionModel *selection, Playhead *playhead, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_filtered(filtered)
    , m_selection(selection)
    , m_playhead(playhead)
    , m_plot(new QCustomPlot(this))
    , m_ticker(QSharedPointer<MatchTimeTicker>::create())
    , m_laneTicker(QSharedPointer<QCPAxisTickerText>::create())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(220);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    m_plot->setAccessibleName(tr("Match timeline"));

    m_plot->xAxis->setTicker(m_ticker);
    m_plot->yAxis->setTicker(m_laneTicker);
    m_plot->yAxis->setRange(-yRange, yRange);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->axisRect()->setMargins(QMargins(0, 24, 0, 0));
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msRight);

    m_scoreLine = m_plot->addGraph();
    m_scoreLine->setLineStyle(QCPGraph::lsStepLeft);
    m_scoreLine->setBrush(QColor(0x1f, 0x77, 0xb4, 50));

    m_plot->addLayer(u"markers"_s, m_plot->layer(u"main"_s), QCustomPlot::limAbove);
    m_markers = new EventMarkers(m_plot, u"markers"_s);
    m_markers->setMarkerSize(20);
    m_plot->addLayer(u"playhead"_s, m_plot->layer(u"markers"_s), QCustomPlot::limAbove);
    m_playheadLayer = m_plot->layer(u"playhead"_s);
    m_playheadLayer->setMode(QCPLayer::lmBuffered);
    m_playheadMarker = new PlayheadMarker(m_plot, u"playhead"_s);

    // The charts under the timeline: momentum bars and the xG race, on the same time axis.
    m_margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    const QColor homeColour(0x1f, 0x77, 0xb4);
    const QColor awayColour(0xff, 0x7f, 0x0e);
    auto makeRect = [this](const QString &label) {
        auto *rect = new QCPAxisRect(m_plot);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
        rect->axis(QCPAxis::atBottom)->setTicker(m_ticker);
        rect->axis(QCPAxis::atLeft)->setLabel(label);
        rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
        connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
                rect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
        return rect;
    };
    m_momentumRect = makeRect(tr("Momentum"));
    m_momentumRect->axis(QCPAxis::atLeft)->setTickLabels(false);
    m_momentumRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_xgRect = makeRect(tr("xG"));
    m_homeMomentum = new QCPBars(m_momentumRect->axis(QCPAxis::atBottom),
                                 m_momentumRect->axis(QCPAxis::atLeft));
    m_awayMomentum = new QCPBars(m_momentumRect->axis(QCPAxis::atBottom),
                                 m_momentumRect->axis(QCPAxis::atLeft));
    for (auto [bars, colour] :
         { std::pair { m_homeMomentum, homeColour }, std::pair { m_awayMomentum, awayColour } }) {
        bars->setWidth(0.9);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
    }
    m_homeXg = m_plot->addGraph(m_xgRect->axis(QCPAxis::atBottom), m_xgRect->axis(QCPAxis::atLeft));
    m_awayXg = m_plot->addGraph(m_xgRect->axis(QCPAxis::atBottom), m_xgRect->axis(QCPAxis::atLeft));
    for (auto [graph, colour] :
         { std::pair { m_homeXg, homeColour }, std::pair { m_awayXg, awayColour } }) {
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(colour, 2));
    }
    showCharts(false);
    applyPalette();

    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseWheel, this, &TimelinePlot::onWheel);
    // A new match is shown whole; filtering the same match keeps the zoom.
    connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_fitted = false; });

    connect(m_filtered, &QAbstractItemModel::modelReset, this, &TimelinePlot::rebuild);
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, &TimelinePlot::rebuild);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this, &TimelinePlot::rebuild);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, &TimelinePlot::rebuild);
    connect(m_filtered, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Whether an event has happened is shown by the playhead's veil, not the markers.
                if (roles != QList<int> { MatchEventModel::PlayedRole })
                    rebuild();
            });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &TimelinePlot::updateSelection);
    connect(m_playhead, &Playhead::currentTimeChanged, this, &TimelinePlot::updatePlayhead);
    rebuild();
}

TimelinePlot::~TimelinePlot() = default;

// Every colour that is not a team's or an event's comes from the palette, again whenever it
// changes (a dark theme switched on while the window is open).
void TimelinePlot::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    m_plot->setBackground(pal.brush(QPalette::Base));
    const QPen axisPen(blend(text, base, 0.6));
    for (QCPAxisRect *rect : { m_plot->axisRect(), m_momentumRect, m_xgRect }) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(axisPen);
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(blend(text, base, 0.8), 1, Qt::DotLine));
        }
    }
    m_scoreLine->setPen(QPen(blend(text, base, 0.35), 1.5));
    for (QCPGraph *graph : { m_homeXg, m_awayXg })
        graph->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, graph->pen().color(), base, 6));
    updatePeriods();
}

void TimelinePlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        m_playheadLayer->replot();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TimelinePlot::rebuild()
{
    const TimeScale &scale = m_events->timeScale();
    m_ticker->setScale(scale);

    const Match &match = m_events->match();
    m_laneTicker->clear();
    const QFontMetrics metrics(font());
    m_laneTicker->addTick(EventMarkers::homeLane, elided(match.homeTeam, metrics));
    m_laneTicker->addTick(EventMarkers::awayLane, elided(match.awayTeam, metrics));

    QList<EventMarkers::Marker> markers;
    bool anyUnplaced = false;
    const int rows = m_filtered->rowCount();
    markers.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_filtered->index(row, 0);
        EventMarkers::Marker marker;
        marker.row = row;
        marker.type = MatchEvent::Type(index.data(MatchEventModel::TypeRole).toInt());
        marker.side = Side(index.data(MatchEventModel::SideRole).toInt());
        marker.chance = MatchEvent::ChanceKind(index.data(MatchEventModel::ChanceKindRole).toInt());
        const double pos = index.data(MatchEventModel::PositionRole).toDouble();
        if (std::isnan(pos)) {
            marker.placed = false;
            const auto time = index.data(MatchEventModel::TimeRole).value<MatchTime>();
            if (const TimeScale::Segment *seg = scale.segment(time.period())) {
                marker.x = (seg->start + seg->end()) / 2;
            } else {
                marker.x = unplacedColumn;
                anyUnplaced = true;
            }
        } else {
            marker.x = pos;
        }
        if (index.data(MatchEventModel::ChangesScoreRole).toBool())
            marker.scoreLabel = index.data(MatchEventModel::ScoreRole).toString();
        markers.append(marker);
    }
    m_markers->setMarkers(markers);
    m_fullLower = anyUnplaced ? unplacedColumn - 3 : -1.5;
    m_fullUpper = scale.end() + 1.5;
    if (!m_fitted) {
        m_plot->xAxis->setRange(m_fullLower, m_fullUpper);
        m_fitted = true;
    }
    updateScoreLine();
    updatePeriods();
    updateCharts();
    updateSelection();
    updatePlayhead();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::updateScoreLine()
{
    // Goal difference, scaled into the band between the lanes, drawn from every goal whatever
    // the filter shows.
    QVector<double> xs { 0 };
    QVector<double> ys { 0 };
    const int rows = m_events->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_events->index(row, 0);
        if (!index.data(MatchEventModel::ChangesScoreRole).toBool())
            continue;
        const double pos = index.data(MatchEventModel::PlayPositionRole).toDouble();
        const int diff = index.data(MatchEventModel::ScoreHomeRole).toInt()
                - index.data(MatchEventModel::ScoreAwayRole).toInt();
        xs.append(pos);
        ys.append(qBound(-3, diff, 3) / 3.0);
    }
    xs.append(m_events->timeScale().end());
    ys.append(ys.last());
    m_scoreLine->setData(xs, ys, true);
}

void TimelinePlot::updatePeriods()
{
    // Period boundaries are items on the grid layer; drop the old ones first.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        if (m_plot->item(i)->property("period").toBool())
            m_plot->removeItem(i);
    }
    const auto &segments = m_events->timeScale().segments();
    for (int i = 0; i < segments.size(); ++i) {
        const TimeScale::Segment &seg = segments.at(i);
        const bool last = i == segments.size() - 1;
        QString label;
        switch (seg.period) {
        case MatchTime::Period::FirstHalf:
            label = tr("HT");
            break;
        case MatchTime::Period::SecondHalf:
            label = last ? tr("FT") : tr("90'");
            break;
        case MatchTime::Period::ExtraTimeFirst:
            label = tr("ET HT");
            break;
        case MatchTime::Period::ExtraTimeSecond:
            label = tr("AET");
            break;
        case MatchTime::Period::Shootout:
            label = tr("Pens");
            break;
        case MatchTime::Period::Unknown:
            break;
        }
        auto *line = new QCPItemStraightLine(m_plot);
        line->setProperty("period", true);
        line->setLayer(u"grid"_s);
        line->point1->setCoords(seg.end(), -1);
        line->point2->setCoords(seg.end(), 1);
        line->setPen(QPen(lineColour(palette()), 1.2, Qt::DashLine));
        auto *text = new QCPItemText(m_plot);
        text->setProperty("period", true);
        text->setLayer(u"grid"_s);
        text->setClipToAxisRect(false);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(seg.end(), 0);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        text->setText(label);
        text->setColor(lineColour(palette()));
        text->setPadding(QMargins(2, 2, 4, 2));
    }
}

void TimelinePlot::showCharts(bool show)
{
    if (show == m_chartsShown && (show || !m_momentumRect->layout()))
        return;
    m_chartsShown = show;
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (show) {
        layout->addElement(1, 0, m_momentumRect);
        layout->addElement(2, 0, m_xgRect);
        layout->setRowStretchFactor(0, 3);
        layout->setRowStretchFactor(1, 1);
        layout->setRowStretchFactor(2, 1.3);
        m_plot->xAxis->setTickLabels(false);
        m_playheadMarker->setAxisRects({ m_momentumRect, m_xgRect });
    } else {
        if (m_momentumRect->layout())
            layout->take(m_momentumRect);
        if (m_xgRect->layout())
            layout->take(m_xgRect);
        layout->simplify();
        m_plot->xAxis->setTickLabels(true);
        m_playheadMarker->setAxisRects({});
    }
    for (QCPAbstractPlottable *p : { static_cast<QCPAbstractPlottable *>(m_homeMomentum),
                                     static_cast<QCPAbstractPlottable *>(m_awayMomentum),
                                     static_cast<QCPAbstractPlottable *>(m_homeXg),
                                     static_cast<QCPAbstractPlottable *>(m_awayXg) })
        p->setVisible(show);
    setMinimumHeight(show ? 420 : 220);
}

void TimelinePlot::updateCharts()
{
    const Match &match = m_events->match();
    const bool show = MatchCharts::hasData(match);
    showCharts(show);
    m_shots.clear();
    if (!show)
        return;
    const TimeScale &scale = m_events->timeScale();
    const MatchCharts::Momentum momentum = MatchCharts::momentum(match, scale);
    QVector<double> away;
    double peak = 0.05;
    for (int i = 0; i < momentum.position.size(); ++i) {
        away.append(-momentum.away.at(i));
        peak = qMax(peak, qMax(momentum.home.at(i), momentum.away.at(i)));
    }
    m_homeMomentum->setData(momentum.position.toVector(), momentum.home.toVector(), true);
    m_awayMomentum->setData(momentum.position.toVector(), away, true);
    m_momentumRect->axis(QCPAxis::atLeft)->setRange(-peak * 1.1, peak * 1.1);

    double top = 0.5;
    for (auto [graph, side] :
         { std::pair { m_homeXg, Side::Home }, std::pair { m_awayXg, Side::Away } }) {
        const MatchCharts::XgRace race = MatchCharts::xgRace(match, scale, side);
        graph->setData(race.position.toVector(), race.total.toVector(), true);
        graph->setName(match.teamName(side));
        top = qMax(top, race.total.last());
        for (int i = 0; i < race.rows.size(); ++i) {
            if (race.rows.at(i) >= 0)
                m_shots.append({ QPointF(race.position.at(i), race.total.at(i)), race.rows.at(i) });
        }
    }
    m_xgRect->axis(QCPAxis::atLeft)->setRange(0, top * 1.15);
}

QPointF TimelinePlot::xgPoint(int sourceRow) const
{
    for (const auto &[point, row] : m_shots) {
        if (row == sourceRow) {
            return QPointF(m_xgRect->axis(QCPAxis::atBottom)->coordToPixel(point.x()),
                           m_xgRect->axis(QCPAxis::atLeft)->coordToPixel(point.y()));
        }
    }
    return {};
}

int TimelinePlot::shotAt(const QPointF &pixel) const
{
    if (!m_chartsShown || !m_xgRect->rect().contains(pixel.toPoint()))
        return -1;
    int best = -1;
    double bestDistance = 9;
    for (const auto &[point, row] : m_shots) {
        const QPointF at(m_xgRect->axis(QCPAxis::atBottom)->coordToPixel(point.x()),
                         m_xgRect->axis(QCPAxis::atLeft)->coordToPixel(point.y()));
        const double distance = QLineF(at, pixel).length();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = row;
        }
    }
    return best;
}

void TimelinePlot::updateSelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_selection->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    m_markers->setSelectedRows(rows);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::fitMatch()
{
    m_plot->xAxis->setRange(m_fullLower, m_fullUpper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::zoomAround(double position, double factor)
{
    const QCPRange range = m_plot->xAxis->range();
    double lower = position - (position - range.lower) * factor;
    double upper = position + (range.upper - position) * factor;
    // Never closer than a few minutes, never wider than the match.
    if (upper - lower < 4)
        return;
    lower = qMax(lower, m_fullLower);
    upper = qMin(upper, m_fullUpper);
    m_plot->xAxis->setRange(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setFollowPlayhead(bool on)
{
    m_follow = on;
    updatePlayhead();
}

QPair<double, double> TimelinePlot::visibleRange() const
{
    return { m_plot->xAxis->range().lower, m_plot->xAxis->range().upper };
}

void TimelinePlot::onWheel(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier) {
        // The minute under the mouse stays under the mouse.
        zoomAround(positionForPixel(event->position().x()), std::pow(0.8, steps));
    } else {
        const QCPRange range = m_plot->xAxis->range();
        const double shift = -steps * range.size() * 0.1;
        const double lower = qBound(m_fullLower, range.lower + shift, m_fullUpper - range.size());
        m_plot->xAxis->setRange(lower, lower + range.size());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    event->accept();
}

void TimelinePlot::updatePlayhead()
{
    // Following the playhead: keep it in view, turning the page as a score follower does.
    if (m_follow) {
        const QCPRange range = m_plot->xAxis->range();
        const double pos = m_playhead->position();
        if (pos < range.lower || pos > range.upper) {
            const double lower =
                    qBound(m_fullLower, pos - range.size() * 0.1, m_fullUpper - range.size());
            m_plot->xAxis->setRange(lower, lower + range.size());
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    m_playheadMarker->setPosition(m_playhead->position(), m_playhead->time().label());
    // Only the playhead's own layer is redrawn while scrubbing.
    m_playheadLayer->replot();
}

void TimelinePlot::replotNow()
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

QRectF TimelinePlot::markerRect(int filteredRow) const
{
    return m_markers->markerRect(filteredRow);
}

QPoint TimelinePlot::pixelForPosition(double position) const
{
    const QRect area = m_plot->axisRect()->rect();
    return QPoint(int(std::round(m_plot->xAxis->coordToPixel(position))), area.center().y());
}

double TimelinePlot::positionForPixel(double x) const
{
    return m_plot->xAxis->pixelToCoord(x);
}

void TimelinePlot::onMousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    // A shot on the xG chart selects its event.
    if (const int shot = shotAt(pos); shot >= 0) {
        const QModelIndex index = m_filtered->mapFromSource(m_events->index(shot, 0));
        if (index.isValid())
            m_selection->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    if (!m_playheadMarker->isNear(pos)) {
        const int row = m_markers->rowAt(pos);
        if (row >= 0) {
            const QModelIndex index = m_filtered->index(row, 0);
            m_selection->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
        const bool onChart = m_chartsShown
                && (m_momentumRect->rect().contains(pos.toPoint())
                    || m_xgRect->rect().contains(pos.toPoint()));
        if (!m_plot->axisRect()->rect().contains(pos.toPoint()) && !onChart)
            return;
    }
    // Grab the playhead, or jump it to the click and drag from there.
    m_dragging = true;
    m_plot->setCursor(Qt::SizeHorCursor);
    m_playhead->setPosition(positionForPixel(pos.x()));
}

void TimelinePlot::onMouseMove(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        m_playhead->setPosition(positionForPixel(pos.x()));
        return;
    }
    if (m_playheadMarker->isNear(pos)) {
        m_plot->setCursor(Qt::SizeHorCursor);
        QToolTip::hideText();
        return;
    }
    const int row = m_markers->rowAt(pos);
    if (row < 0) {
        m_plot->unsetCursor();
        QToolTip::hideText();
        return;
    }
    m_plot->setCursor(Qt::PointingHandCursor);
    const QModelIndex index = m_filtered->index(row, 0);
    const auto cell = [&](int column) { return m_filtered->index(row, column).data().toString(); };
    QString tip = u"<b>"_s + index.data(MatchEventModel::TimeLabelRole).toString().toHtmlEscaped()
            + u" "_s + cell(MatchEventModel::TypeColumn).toHtmlEscaped() + u"</b>"_s;
    const QString player = cell(MatchEventModel::PlayerColumn);
    if (!player.isEmpty())
        tip += u"<br>"_s + player.toHtmlEscaped();
    const QString team = cell(MatchEventModel::TeamColumn);
    if (!team.isEmpty())
        tip += u" ("_s + team.toHtmlEscaped() + u")"_s;
    if (index.data(MatchEventModel::ChangesScoreRole).toBool())
        tip += u"<br>"_s + tr("Score: %1").arg(index.data(MatchEventModel::ScoreRole).toString());
    QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot,
                       m_markers->markerRect(row).toRect());
}

void TimelinePlot::onMouseRelease(QMouseEvent *event)
{
    Q_UNUSED(event)
    if (!m_dragging)
        return;
    m_dragging = false;
    if (!m_playheadMarker->isNear(event->position()))
        m_plot->unsetCursor();
}
