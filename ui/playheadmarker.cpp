#include "playheadmarker.h"

PlayheadMarker::PlayheadMarker(QCustomPlot *plot, const QString &layer)
    : QCPLayerable(plot, layer)
{ }

PlayheadMarker::~PlayheadMarker() = default;

void PlayheadMarker::setPosition(double x, const QString &label)
{
    m_x = x;
    m_label = label;
}

QRect PlayheadMarker::area() const
{
    QRect area = mParentPlot->axisRect()->rect();
    for (const QCPAxisRect *rect : m_rects) {
        if (rect->layout())
            area = area.united(rect->rect());
    }
    return area;
}

bool PlayheadMarker::isNear(const QPointF &pixel) const
{
    const QRect area = this->area();
    if (pixel.y() < area.top() - 20 || pixel.y() > area.bottom())
        return false;
    return qAbs(pixel.x() - mParentPlot->xAxis->coordToPixel(m_x)) <= 6;
}

void PlayheadMarker::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, true, QCP::aeOther);
}

QRect PlayheadMarker::clipRect() const
{
    // The handle and its label stand above the axis rect.
    return area().adjusted(-40, -22, 40, 0);
}

void PlayheadMarker::draw(QCPPainter *painter)
{
    const QRect area = this->area();
    const double px = mParentPlot->xAxis->coordToPixel(m_x);
    const QPalette palette = mParentPlot->palette();

    // What has not happened yet is veiled, so the markers stay where they are but recede.
    QColor veil = palette.color(QPalette::Base);
    veil.setAlpha(150);
    QList<QRect> veiled { mParentPlot->axisRect()->rect() };
    for (const QCPAxisRect *rect : std::as_const(m_rects)) {
        if (rect->layout())
            veiled.append(rect->rect());
    }
    for (const QRect &rect : std::as_const(veiled)) {
        if (px < rect.right())
            painter->fillRect(QRectF(QPointF(qMax<double>(px, rect.left()), rect.top()),
                                     QPointF(rect.right(), rect.bottom())),
                              veil);
    }
    if (px < area.left() - 1 || px > area.right() + 1)
        return;

    const QColor accent(0xd6, 0x27, 0x28);
    painter->setPen(QPen(accent, 2));
    painter->drawLine(QPointF(px, area.top()), QPointF(px, area.bottom()));

    QFont font = mParentPlot->font();
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(m_label) + 10;
    const QRectF badge(px - width / 2, area.top() - 19, width, 17);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(badge, 4, 4);
    QPolygonF tip;
    tip << QPointF(px - 5, badge.bottom()) << QPointF(px + 5, badge.bottom())
        << QPointF(px, badge.bottom() + 5);
    painter->drawPolygon(tip);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, m_label);
}
