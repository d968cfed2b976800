#include "matchevent.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TypeRow
{
    MatchEvent::Type type;
    const char16_t *key;
    const char16_t *marker; // the marker key of a period event, else nullptr
    const char *name;
};

// One row per type: the file key, the marker key for period events, the name people read.
const std::array<TypeRow, 17> typeTable { {
        { MatchEvent::Type::Goal, u"goal", nullptr, QT_TRANSLATE_NOOP("MatchEvent", "Goal") },
        { MatchEvent::Type::OwnGoal, u"own_goal", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Own goal") },
        { MatchEvent::Type::PenaltyGoal, u"penalty_goal", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Penalty goal") },
        { MatchEvent::Type::MissedPenalty, u"missed_penalty", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Missed penalty") },
        { MatchEvent::Type::YellowCard, u"yellow_card", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Yellow card") },
        { MatchEvent::Type::SecondYellow, u"second_yellow", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Second yellow") },
        { MatchEvent::Type::RedCard, u"red_card", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Red card") },
        { MatchEvent::Type::Substitution, u"substitution", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Substitution") },
        { MatchEvent::Type::Var, u"var", nullptr, QT_TRANSLATE_NOOP("MatchEvent", "VAR decision") },
        { MatchEvent::Type::Chance, u"chance", nullptr, QT_TRANSLATE_NOOP("MatchEvent", "Chance") },
        { MatchEvent::Type::KickOff, u"period", u"kick_off",
          QT_TRANSLATE_NOOP("MatchEvent", "Kick-off") },
        { MatchEvent::Type::HalfTime, u"period", u"half_time",
          QT_TRANSLATE_NOOP("MatchEvent", "Half-time") },
        { MatchEvent::Type::FullTime, u"period", u"full_time",
          QT_TRANSLATE_NOOP("MatchEvent", "Full-time") },
        { MatchEvent::Type::ExtraTime, u"period", u"extra_time",
          QT_TRANSLATE_NOOP("MatchEvent", "Extra time") },
        { MatchEvent::Type::Shootout, u"period", u"shootout",
          QT_TRANSLATE_NOOP("MatchEvent", "Penalty shoot-out") },
        { MatchEvent::Type::ShootoutKick, u"shootout_kick", nullptr,
          QT_TRANSLATE_NOOP("MatchEvent", "Shoot-out kick") },
        { MatchEvent::Type::Other, u"other", nullptr, QT_TRANSLATE_NOOP("MatchEvent", "Other") },
} };

const TypeRow &rowOf(MatchEvent::Type type)
{
    for (const TypeRow &row : typeTable) {
        if (row.type == type)
            return row;
    }
    return typeTable.back();
}

struct ChanceRow
{
    MatchEvent::ChanceKind kind;
    const char16_t *key;
    const char *name;
};

const std::array<ChanceRow, 7> chanceTable { {
        { MatchEvent::ChanceKind::None, u"", "" },
        { MatchEvent::ChanceKind::Woodwork, u"woodwork",
          QT_TRANSLATE_NOOP("MatchEvent", "hit the woodwork") },
        { MatchEvent::ChanceKind::OffTheLine, u"off_the_line",
          QT_TRANSLATE_NOOP("MatchEvent", "cleared off the line") },
        { MatchEvent::ChanceKind::Miss, u"miss", QT_TRANSLATE_NOOP("MatchEvent", "missed") },
        { MatchEvent::ChanceKind::Save, u"save", QT_TRANSLATE_NOOP("MatchEvent", "saved") },
        { MatchEvent::ChanceKind::Blocked, u"blocked", QT_TRANSLATE_NOOP("MatchEvent", "blocked") },
        { MatchEvent::ChanceKind::Disallowed, u"disallowed",
          QT_TRANSLATE_NOOP("MatchEvent", "goal disallowed") },
} };

struct BodyPartRow
{
    MatchEvent::BodyPart part;
    const char16_t *key;
};

const std::array<BodyPartRow, 6> bodyPartTable { {
        { MatchEvent::BodyPart::Unknown, u"" },
        { MatchEvent::BodyPart::Head, u"head" },
        { MatchEvent::BodyPart::LeftFoot, u"left_foot" },
        { MatchEvent::BodyPart::RightFoot, u"right_foot" },
        { MatchEvent::BodyPart::Foot, u"foot" },
        { MatchEvent::BodyPart::Other, u"other" },
} };

bool sameXg(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

bool MatchEvent::isPeriodMarker() const
{
    return rowOf(type).marker != nullptr;
}

QString MatchEvent::typeKey(Type type)
{
    return QString::fromUtf16(rowOf(type).key);
}

bool MatchEvent::typeFromKey(const QString &key, Type *type)
{
    for (const TypeRow &row : typeTable) {
        if (!row.marker && key == QStringView(row.key)) {
            *type = row.type;
            return true;
        }
    }
    return false;
}

QString MatchEvent::markerKey(Type type)
{
    const TypeRow &row = rowOf(type);
    return row.marker ? QString::fromUtf16(row.marker) : QString();
}

bool MatchEvent::markerFromKey(const QString &key, Type *type)
{
    for (const TypeRow &row : typeTable) {
        if (row.marker && key == QStringView(row.marker)) {
            *type = row.type;
            return true;
        }
    }
    return false;
}

QString MatchEvent::typeName(Type type)
{
    return QCoreApplication::translate("MatchEvent", rowOf(type).name);
}

QString MatchEvent::chanceKey(ChanceKind kind)
{
    for (const ChanceRow &row : chanceTable) {
        if (row.kind == kind)
            return QString::fromUtf16(row.key);
    }
    return {};
}

MatchEvent::ChanceKind MatchEvent::chanceFromKey(const QString &key)
{
    for (const ChanceRow &row : chanceTable) {
        if (key == QStringView(row.key))
            return row.kind;
    }
    return ChanceKind::None;
}

QString MatchEvent::chanceName(ChanceKind kind)
{
    for (const ChanceRow &row : chanceTable) {
        if (row.kind == kind)
            return QCoreApplication::translate("MatchEvent", row.name);
    }
    return {};
}

QString MatchEvent::bodyPartKey(BodyPart part)
{
    for (const BodyPartRow &row : bodyPartTable) {
        if (row.part == part)
            return QString::fromUtf16(row.key);
    }
    return {};
}

MatchEvent::BodyPart MatchEvent::bodyPartFromKey(const QString &key)
{
    for (const BodyPartRow &row : bodyPartTable) {
        if (key == QStringView(row.key))
            return row.part;
    }
    return BodyPart::Unknown;
}

QString MatchEvent::sideKey(Side side)
{
    switch (side) {
    case Side::Home:
        return u"home"_s;
    case Side::Away:
        return u"away"_s;
    case Side::None:
        break;
    }
    return {};
}

Side MatchEvent::sideFromKey(const QString &key)
{
    if (key == u"home")
        return Side::Home;
    if (key == u"away")
        return Side::Away;
    return Side::None;
}

bool operator==(const MatchEvent &a, const MatchEvent &b)
{
    return a.type == b.type && a.time == b.time && a.side == b.side && a.player == b.player
            && a.secondPlayer == b.secondPlayer && a.detail == b.detail && a.chance == b.chance
            && a.bodyPart == b.bodyPart && sameXg(a.xg, b.xg) && a.outcome == b.outcome
            && sameXg(a.x, b.x) && sameXg(a.y, b.y) && a.evidence == b.evidence;
}
