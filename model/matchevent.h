#pragma once

#include "matchtime.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>

enum class Side : quint8 { None, Home, Away };

// A stretch of the source text an event or fact was read from.
struct TextSpan
{
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const TextSpan &a, const TextSpan &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

struct MatchEvent
{
    enum class Type : quint8 {
        Goal,
        OwnGoal,
        PenaltyGoal,
        MissedPenalty,
        YellowCard,
        SecondYellow,
        RedCard,
        Substitution,
        Var,
        Chance,
        KickOff,
        HalfTime,
        FullTime,
        ExtraTime,
        Shootout,
        ShootoutKick,
        Other,
    };
    enum class ChanceKind : quint8 { None, Woodwork, OffTheLine, Miss, Save, Blocked, Disallowed };
    enum class BodyPart : quint8 { Unknown, Head, LeftFoot, RightFoot, Foot, Other };

    Type type = Type::Other;
    MatchTime time;
    // The side the event belongs to; for an own goal the side whose score goes up, so that the
    // score is always the sum of each side's goals.
    Side side = Side::None;
    QString player;
    // The assist for a goal, the player replaced in a substitution, the fouled player...
    QString secondPlayer;
    QString detail;
    ChanceKind chance = ChanceKind::None;
    BodyPart bodyPart = BodyPart::Unknown;
    double xg = std::numeric_limits<double>::quiet_NaN();
    // For shoot-out kicks and shots: "Goal", "Saved", "Off T"...
    QString outcome;
    // Where on the pitch, in the provider's coordinates from the acting team's side (StatsBomb:
    // 0-120 towards the opponent's goal, 0-80 across); NaN when unknown.
    double x = std::numeric_limits<double>::quiet_NaN();
    double y = std::numeric_limits<double>::quiet_NaN();
    // Sentences or fields of the source the event was read from.
    QList<TextSpan> evidence;

    bool isGoal() const { return isGoalType(type); }
    bool isCard() const
    {
        return type == Type::YellowCard || type == Type::SecondYellow || type == Type::RedCard;
    }
    bool isPeriodMarker() const;
    bool isKeyEvent() const { return type != Type::Other; }
    bool hasXg() const { return !std::isnan(xg); }
    bool hasLocation() const { return !std::isnan(x) && !std::isnan(y); }

    static bool isGoalType(Type type)
    {
        return type == Type::Goal || type == Type::OwnGoal || type == Type::PenaltyGoal;
    }
    // The names used in files and on the command line: "goal", "own_goal", "period"...
    static QString typeKey(Type type);
    static bool typeFromKey(const QString &key, Type *type);
    // For period markers: "kick_off", "half_time"...
    static QString markerKey(Type type);
    static bool markerFromKey(const QString &key, Type *type);
    static QString typeName(Type type); // what a person reads: "Own goal"
    static QString chanceKey(ChanceKind kind);
    static ChanceKind chanceFromKey(const QString &key);
    static QString chanceName(ChanceKind kind);
    static QString bodyPartKey(BodyPart part);
    static BodyPart bodyPartFromKey(const QString &key);
    static QString sideKey(Side side); // "home", "away" or empty
    static Side sideFromKey(const QString &key);

    friend bool operator==(const MatchEvent &a, const MatchEvent &b);
    friend bool operator!=(const MatchEvent &a, const MatchEvent &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(MatchEvent::Type)
