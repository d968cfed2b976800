#include "eventglyph.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor yellowCard(0xf5, 0xc5, 0x18);
const QColor redCard(0xd6, 0x27, 0x28);
const QColor ink(0x20, 0x20, 0x20);

QPolygonF pentagon(const QPointF &centre, double radius)
{
    QPolygonF polygon;
    for (int i = 0; i < 5; ++i) {
        const double angle = -M_PI / 2 + i * 2 * M_PI / 5;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

void paintBall(QPainter *p, const QRectF &r)
{
    const double radius = qMin(r.width(), r.height()) / 2 - 0.5;
    const QPointF c = r.center();
    p->setPen(QPen(ink, qMax(1.0, radius / 7)));
    p->setBrush(Qt::white);
    p->drawEllipse(c, radius, radius);
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    p->drawPolygon(pentagon(c, radius * 0.38));
    // The patches at the rim that make a disc read as a football.
    for (int i = 0; i < 5; ++i) {
        const double angle = -M_PI / 2 + i * 2 * M_PI / 5;
        const QPointF rim =
                c + QPointF(radius * 0.86 * std::cos(angle), radius * 0.86 * std::sin(angle));
        p->drawEllipse(rim, radius * 0.16, radius * 0.16);
    }
}

void paintCard(QPainter *p, const QRectF &r, const QColor &colour, double tilt = 0)
{
    const double h = qMin(r.width(), r.height()) * 0.92;
    const double w = h * 0.68;
    p->save();
    p->translate(r.center());
    p->rotate(tilt);
    const QRectF card(-w / 2, -h / 2, w, h);
    p->setPen(QPen(ink, qMax(0.8, h / 22)));
    p->setBrush(colour);
    p->drawRoundedRect(card, w * 0.12, w * 0.12);
    p->restore();
}

void paintBadge(QPainter *p, const QRectF &r, const QString &letter, const QColor &fill)
{
    const double size = qMin(r.width(), r.height()) * 0.5;
    const QRectF badge(r.right() - size, r.bottom() - size, size, size);
    p->setPen(QPen(Qt::white, qMax(0.6, size / 10)));
    p->setBrush(fill);
    p->drawEllipse(badge);
    if (!letter.isEmpty()) {
        QFont font = p->font();
        font.setPixelSize(qMax(5, int(size * 0.8)));
        font.setBold(true);
        p->setFont(font);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, letter);
    }
}

void paintChance(QPainter *p, const QRectF &r, MatchEvent::ChanceKind kind)
{
    const double radius = qMin(r.width(), r.height()) * 0.3;
    const QPointF c = r.center();
    p->setPen(QPen(ink, qMax(1.0, radius / 3)));
    p->setBrush(Qt::white);
    p->drawEllipse(c, radius, radius);
    if (kind == MatchEvent::ChanceKind::Woodwork || kind == MatchEvent::ChanceKind::OffTheLine) {
        // A post beside the ball.
        p->setPen(QPen(ink, qMax(1.2, radius / 2.5)));
        p->drawLine(QPointF(c.x() + radius * 1.5, c.y() - radius * 1.4),
                    QPointF(c.x() + radius * 1.5, c.y() + radius * 1.4));
    }
}

void paintFlag(QPainter *p, const QRectF &r)
{
    const double h = qMin(r.width(), r.height()) * 0.8;
    const QPointF base(r.center().x() - h * 0.3, r.center().y() + h / 2);
    p->setPen(QPen(ink, qMax(1.0, h / 12)));
    p->drawLine(base, base - QPointF(0, h));
    QPolygonF flag;
    flag << base - QPointF(0, h) << base - QPointF(-h * 0.6, h * 0.8) << base - QPointF(0, h * 0.6);
    p->setBrush(QColor(0x2e, 0x7d, 0x32));
    p->drawPolygon(flag);
}

void paintSubstitution(QPainter *p, const QRectF &r)
{
    const double s = qMin(r.width(), r.height()) * 0.8;
    const QPointF c = r.center();
    auto arrow = [&](double dx, double dir, const QColor &colour) {
        QPolygonF shape;
        const double x = c.x() + dx;
        shape << QPointF(x, c.y() - dir * s / 2) << QPointF(x - s * 0.22, c.y() - dir * s * 0.1)
              << QPointF(x + s * 0.22, c.y() - dir * s * 0.1);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawPolygon(shape);
        p->fillRect(QRectF(x - s * 0.08, qMin(c.y() - dir * s * 0.1, c.y() + dir * s / 2), s * 0.16,
                           s * 0.6),
                    colour);
    };
    arrow(-s * 0.22, 1, QColor(0x2e, 0x7d, 0x32));
    arrow(s * 0.22, -1, redCard);
}

void paintVar(QPainter *p, const QRectF &r)
{
    const double s = qMin(r.width(), r.height()) * 0.8;
    const QRectF screen(r.center().x() - s / 2, r.center().y() - s * 0.35, s, s * 0.7);
    p->setPen(QPen(ink, qMax(1.0, s / 14)));
    p->setBrush(Qt::NoBrush);
    p->drawRect(screen);
}

void paintDot(QPainter *p, const QRectF &r)
{
    const double radius = qMin(r.width(), r.height()) * 0.18;
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x80, 0x80, 0x80));
    p->drawEllipse(r.center(), radius, radius);
}

class GlyphIconEngine : public QIconEngine
{
public:
    GlyphIconEngine(MatchEvent::Type type, MatchEvent::ChanceKind chance)
        : m_type(type)
        , m_chance(chance)
    { }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        EventGlyph::paint(painter, rect, m_type, m_chance);
        painter->restore();
    }
    QIconEngine *clone() const override { return new GlyphIconEngine(m_type, m_chance); }

private:
    MatchEvent::Type m_type;
    MatchEvent::ChanceKind m_chance;
};

} // namespace

void EventGlyph::paint(QPainter *painter, const QRectF &rect, MatchEvent::Type type,
                       MatchEvent::ChanceKind chance)
{
    using Type = MatchEvent::Type;
    painter->save();
    switch (type) {
    case Type::Goal:
        paintBall(painter, rect);
        break;
    case Type::OwnGoal:
        paintBall(painter, rect);
        paintBadge(painter, rect, u"o"_s, redCard);
        break;
    case Type::PenaltyGoal:
        paintBall(painter, rect);
        paintBadge(painter, rect, u"P"_s, ink);
        break;
    case Type::MissedPenalty:
        painter->setOpacity(painter->opacity() * 0.55);
        paintBall(painter, rect);
        painter->setOpacity(1);
        paintBadge(painter, rect, u"\u00d7"_s, redCard);
        break;
    case Type::ShootoutKick:
        paintBall(painter,
                  rect.adjusted(rect.width() * 0.15, rect.height() * 0.15, -rect.width() * 0.15,
                                -rect.height() * 0.15));
        break;
    case Type::YellowCard:
        paintCard(painter, rect, yellowCard);
        break;
    case Type::SecondYellow:
        paintCard(painter, rect.translated(-rect.width() * 0.12, 0), yellowCard, -12);
        paintCard(painter, rect.translated(rect.width() * 0.12, 0), redCard, 10);
        break;
    case Type::RedCard:
        paintCard(painter, rect, redCard);
        break;
    case Type::Chance:
        paintChance(painter, rect, chance);
        break;
    case Type::Substitution:
        paintSubstitution(painter, rect);
        break;
    case Type::Var:
        paintVar(painter, rect);
        break;
    case Type::KickOff:
    case Type::HalfTime:
    case Type::FullTime:
    case Type::ExtraTime:
    case Type::Shootout:
        paintFlag(painter, rect);
        break;
    case Type::Other:
        paintDot(painter, rect);
        break;
    }
    painter->restore();
}

QIcon EventGlyph::icon(MatchEvent::Type type, MatchEvent::ChanceKind chance)
{
    static QHash<int, QIcon> cache;
    const int key = int(type) * 16 + int(chance);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(new GlyphIconEngine(type, chance)));
    return *it;
}

double EventGlyph::scale(MatchEvent::Type type)
{
    switch (type) {
    case MatchEvent::Type::Chance:
    case MatchEvent::Type::Substitution:
    case MatchEvent::Type::Var:
        return 0.7;
    case MatchEvent::Type::Other:
        return 0.45;
    default:
        break;
    }
    return 1.0;
}
