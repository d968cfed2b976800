#pragma once

#include "matchevent.h"

#include <QIcon>
#include <QRectF>

class QPainter;

// How an event looks, drawn in one place for the timeline markers and the table icons: a ball
// for goals (a red dot for an own goal, a "P" for a penalty), card shapes, small rings for
// chances, flags for period markers.
class EventGlyph
{
public:
    static void paint(QPainter *painter, const QRectF &rect, MatchEvent::Type type,
                      MatchEvent::ChanceKind chance = MatchEvent::ChanceKind::None);
    static QIcon icon(MatchEvent::Type type,
                      MatchEvent::ChanceKind chance = MatchEvent::ChanceKind::None);
    // Relative size on the timeline: goals and cards large, chances and routine events small.
    static double scale(MatchEvent::Type type);
};
