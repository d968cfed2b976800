#include "matchcharts.h"

#include <cmath>

namespace {

// StatsBomb's pitch is 120 x 80, attacking towards x = 120.
constexpr double finalThird = 80;
constexpr double boxFrom = 102;
constexpr double boxTop = 18;
constexpr double boxBottom = 62;

double threat(const MatchEvent &e)
{
    if (e.hasXg())
        return e.xg;
    if (e.isGoal())
        return 0.3; // a goal without xG still counts for its minute
    if (!e.hasLocation())
        return 0;
    if (e.x >= boxFrom && e.y >= boxTop && e.y <= boxBottom)
        return 0.03;
    if (e.x >= finalThird)
        return 0.01;
    return 0;
}

} // namespace

bool MatchCharts::hasData(const Match &match)
{
    for (const MatchEvent &e : match.events) {
        if (e.hasXg() || e.hasLocation())
            return true;
    }
    return false;
}

MatchCharts::Momentum MatchCharts::momentum(const Match &match, const TimeScale &scale)
{
    Momentum m;
    const int bins = qMax(1, int(std::ceil(scale.end())));
    QList<double> home(bins, 0);
    QList<double> away(bins, 0);
    for (const MatchEvent &e : match.events) {
        if (e.side == Side::None || e.time.period() == MatchTime::Period::Shootout)
            continue;
        const double pos = scale.position(e.time);
        if (std::isnan(pos))
            continue;
        const int bin = qBound(0, int(pos), bins - 1);
        // An own goal is recorded for the side it counts for; its threat was the other side's.
        if (e.type == MatchEvent::Type::OwnGoal)
            continue;
        (e.side == Side::Home ? home : away)[bin] += threat(e);
    }
    // Smooth over three minutes so that a lone shot reads as a spell of pressure.
    auto smooth = [bins](const QList<double> &raw) {
        QList<double> out(bins, 0);
        for (int i = 0; i < bins; ++i) {
            const double left = i > 0 ? raw.at(i - 1) : raw.at(i);
            const double right = i + 1 < bins ? raw.at(i + 1) : raw.at(i);
            out[i] = 0.25 * left + 0.5 * raw.at(i) + 0.25 * right;
        }
        return out;
    };
    m.home = smooth(home);
    m.away = smooth(away);
    for (int i = 0; i < bins; ++i)
        m.position.append(i + 0.5);
    return m;
}

MatchCharts::XgRace MatchCharts::xgRace(const Match &match, const TimeScale &scale, Side side)
{
    XgRace race;
    race.position.append(0);
    race.total.append(0);
    race.rows.append(-1);
    double total = 0;
    for (int row = 0; row < match.events.size(); ++row) {
        const MatchEvent &e = match.events.at(row);
        if (e.side != side || !e.hasXg() || e.type == MatchEvent::Type::ShootoutKick)
            continue;
        const double pos = scale.position(e.time);
        if (std::isnan(pos))
            continue;
        total += e.xg;
        race.position.append(pos);
        race.total.append(total);
        race.rows.append(row);
    }
    race.position.append(scale.end());
    race.total.append(total);
    race.rows.append(-1);
    return race;
}
