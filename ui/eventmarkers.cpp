#include "eventmarkers.h"

#include "eventglyph.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

EventMarkers::EventMarkers(QCustomPlot *plot, const QString &layer)
    : QCPLayerable(plot, layer)
{ }

EventMarkers::~EventMarkers() = default;

void EventMarkers::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    // In the order of time, so that stacking fills from the left.
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const Marker &a, const Marker &b) { return a.x < b.x; });
    m_rects.clear();
}

void EventMarkers::setSelectedRows(const QList<int> &rows)
{
    m_selected = rows;
}

void EventMarkers::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, true, QCP::aeOther);
}

QRect EventMarkers::clipRect() const
{
    return mParentPlot->axisRect()->rect();
}

void EventMarkers::layOut()
{
    const QCPAxis *x = mParentPlot->xAxis;
    const QCPAxis *y = mParentPlot->yAxis;
    m_rects.resize(m_markers.size());
    // Greedy stacking per lane: a marker goes to the lowest level whose last marker it clears.
    QList<double> levelEnd[3];
    const double laneStep = qAbs(y->coordToPixel(0.6) - y->coordToPixel(0));
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        const double size = m_size * EventGlyph::scale(m.type);
        const double px = x->coordToPixel(m.x);
        const int lane = m.side == Side::Home ? 0 : (m.side == Side::Away ? 1 : 2);
        const double centre = m.side == Side::Home
                ? y->coordToPixel(homeLane)
                : (m.side == Side::Away ? y->coordToPixel(awayLane) : y->coordToPixel(0));
        const double direction = m.side == Side::Away ? 1 : -1; // stack away from the centre
        int level = 0;
        if (m.type != MatchEvent::Type::Other) {
            QList<double> &ends = levelEnd[lane];
            while (level < ends.size() && ends.at(level) > px - size * 0.55)
                ++level;
            if (level == ends.size())
                ends.append(0);
            ends[level] = px + size * 0.55;
        }
        const double py = centre + direction * level * qMin(laneStep, size * 0.9);
        m_rects[i] = QRectF(px - size / 2, py - size / 2, size, size);
    }
}

void EventMarkers::draw(QCPPainter *painter)
{
    layOut();

    const QPalette palette = mParentPlot->palette();
    // Routine events first, so that key events are drawn on top of them.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_markers.size(); ++i) {
            const Marker &m = m_markers.at(i);
            if ((m.type == MatchEvent::Type::Other) != (pass == 0))
                continue;
            const QRectF rect = m_rects.at(i);
            if (m_selected.contains(m.row)) {
                painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(rect.adjusted(-4, -4, 4, 4));
            }
            if (!m.placed) {
                painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(rect.adjusted(-2, -2, 2, 2));
            }
            EventGlyph::paint(painter, rect, m.type, m.chance);
            if (!m.scoreLabel.isEmpty()) {
                QFont font = mParentPlot->font();
                font.setBold(true);
                painter->setFont(font);
                painter->setPen(palette.color(QPalette::WindowText));
                const QRectF text = m.side == Side::Away
                        ? QRectF(rect.center().x() - 30, rect.bottom() + 1, 60, 16)
                        : QRectF(rect.center().x() - 30, rect.top() - 17, 60, 16);
                painter->drawText(text, Qt::AlignCenter, m.scoreLabel);
            }
        }
    }
}

int EventMarkers::rowAt(const QPointF &pixel) const
{
    // Topmost first: key events are drawn after routine ones and later markers over earlier.
    int best = -1;
    double bestDistance = 1e9;
    for (int i = int(m_rects.size()) - 1; i >= 0; --i) {
        const QRectF hit = m_rects.at(i).adjusted(-3, -3, 3, 3);
        if (!hit.contains(pixel))
            continue;
        const double distance = QLineF(hit.center(), pixel).length()
                + (m_markers.at(i).type == MatchEvent::Type::Other ? 100 : 0);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m_markers.at(i).row;
        }
    }
    return best;
}

QRectF EventMarkers::markerRect(int row) const
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_markers.at(i).row == row)
            return m_rects.at(i);
    }
    return {};
}
