#include "statsbombreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = MatchEvent::Type;
using simdjson::dom::element;
using simdjson::dom::object;

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatsBombReader)
};

std::string_view stringAt(const simdjson::simdjson_result<element> &value)
{
    std::string_view s;
    if (value.get_string().get(s) != simdjson::SUCCESS)
        return {};
    return s;
}

qint64 intAt(const simdjson::simdjson_result<element> &value, qint64 fallback = -1)
{
    int64_t i = 0;
    if (value.get_int64().get(i) == simdjson::SUCCESS)
        return i;
    double d = 0;
    if (value.get_double().get(d) == simdjson::SUCCESS && std::isfinite(d) && std::fabs(d) < 1e9)
        return qint64(d);
    return fallback;
}

double doubleAt(const simdjson::simdjson_result<element> &value)
{
    double d = 0;
    if (value.get_double().get(d) == simdjson::SUCCESS && std::isfinite(d))
        return d;
    int64_t i = 0;
    if (value.get_int64().get(i) == simdjson::SUCCESS)
        return double(i);
    return std::numeric_limits<double>::quiet_NaN();
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Strings repeated thousands of times (team and player names, event types) are made once.
class Strings
{
public:
    const QString &operator()(std::string_view s)
    {
        const QByteArray key(s.data(), qsizetype(s.size()));
        auto it = m_cache.find(key);
        if (it == m_cache.end())
            it = m_cache.insert(key, text(s));
        return *it;
    }

private:
    QHash<QByteArray, QString> m_cache;
};

MatchEvent::BodyPart bodyPartOf(std::string_view name)
{
    if (name == "Head")
        return MatchEvent::BodyPart::Head;
    if (name == "Left Foot")
        return MatchEvent::BodyPart::LeftFoot;
    if (name == "Right Foot")
        return MatchEvent::BodyPart::RightFoot;
    if (name.empty())
        return MatchEvent::BodyPart::Unknown;
    return MatchEvent::BodyPart::Other;
}

MatchEvent::ChanceKind chanceOf(std::string_view outcome)
{
    if (outcome == "Post")
        return MatchEvent::ChanceKind::Woodwork;
    if (outcome.substr(0, 5) == "Saved")
        return MatchEvent::ChanceKind::Save;
    if (outcome == "Blocked")
        return MatchEvent::ChanceKind::Blocked;
    return MatchEvent::ChanceKind::Miss;
}

bool cardType(std::string_view name, Type *type)
{
    if (name == "Yellow Card")
        *type = Type::YellowCard;
    else if (name == "Second Yellow")
        *type = Type::SecondYellow;
    else if (name == "Red Card")
        *type = Type::RedCard;
    else
        return false;
    return true;
}

// The event types StatsBomb documents; anything else is kept and reported.
const QSet<QString> &knownTypes()
{
    static const QSet<QString> set {
        u"Starting XI"_s,
        u"Half Start"_s,
        u"Half End"_s,
        u"Pass"_s,
        u"Ball Receipt*"_s,
        u"Carry"_s,
        u"Pressure"_s,
        u"Dispossessed"_s,
        u"Duel"_s,
        u"Clearance"_s,
        u"Ball Recovery"_s,
        u"Dribbled Past"_s,
        u"Dribble"_s,
        u"Interception"_s,
        u"Block"_s,
        u"Miscontrol"_s,
        u"Foul Committed"_s,
        u"Foul Won"_s,
        u"Shot"_s,
        u"Goal Keeper"_s,
        u"Injury Stoppage"_s,
        u"Substitution"_s,
        u"Tactical Shift"_s,
        u"Shield"_s,
        u"Bad Behaviour"_s,
        u"Own Goal Against"_s,
        u"Own Goal For"_s,
        u"Player Off"_s,
        u"Player On"_s,
        u"Offside"_s,
        u"Error"_s,
        u"50/50"_s,
        u"Referee Ball-Drop"_s,
        u"Camera On"_s,
        u"Camera off"_s,
    };
    return set;
}

struct Metadata
{
    QString home;
    QString away;
    QDate date;
    QString competition;
    QString venue;
    QString referee;
    std::optional<Score> score;
};

std::optional<Metadata> matchMetadata(const QByteArray &matches, qint64 matchId)
{
    if (matches.isEmpty())
        return std::nullopt;
    simdjson::dom::parser parser;
    element root;
    if (parser.parse(matches.constData(), size_t(matches.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::array list;
    if (root.get_array().get(list) != simdjson::SUCCESS)
        return std::nullopt;
    for (element item : list) {
        if (intAt(item["match_id"]) != matchId)
            continue;
        Metadata m;
        m.home = text(stringAt(item["home_team"]["home_team_name"]));
        m.away = text(stringAt(item["away_team"]["away_team_name"]));
        m.date = QDate::fromString(text(stringAt(item["match_date"])), Qt::ISODate);
        m.competition = text(stringAt(item["competition"]["competition_name"]));
        const QString stage = text(stringAt(item["competition_stage"]["name"]));
        if (!stage.isEmpty() && stage != u"Regular Season")
            m.competition += u", "_s + stage;
        m.venue = text(stringAt(item["stadium"]["name"]));
        m.referee = text(stringAt(item["referee"]["name"]));
        const qint64 home = intAt(item["home_score"]);
        const qint64 away = intAt(item["away_score"]);
        if (home >= 0 && away >= 0)
            m.score = Score { int(home), int(away) };
        return m;
    }
    return std::nullopt;
}

// Player id -> short name ("Lionel Messi" for "Lionel Andrés Messi Cuccittini"), and the team
// each player is listed for.
void readLineups(const QByteArray &lineups, QHash<qint64, QString> *names,
                 QHash<qint64, QString> *teams)
{
    if (lineups.isEmpty())
        return;
    simdjson::dom::parser parser;
    element root;
    if (parser.parse(lineups.constData(), size_t(lineups.size())).get(root) != simdjson::SUCCESS)
        return;
    simdjson::dom::array list;
    if (root.get_array().get(list) != simdjson::SUCCESS)
        return;
    for (element team : list) {
        const QString teamName = text(stringAt(team["team_name"]));
        simdjson::dom::array players;
        if (team["lineup"].get_array().get(players) != simdjson::SUCCESS)
            continue;
        for (element player : players) {
            const qint64 id = intAt(player["player_id"]);
            std::string_view nickname = stringAt(player["player_nickname"]);
            if (nickname.empty())
                nickname = stringAt(player["player_name"]);
            if (id >= 0 && !nickname.empty()) {
                names->insert(id, text(nickname));
                teams->insert(id, teamName);
            }
        }
    }
}

// The number of elements of a top-level JSON array, counted on the bytes (no parse, no memory):
// a season of events is refused before simdjson builds a document of gigabytes. Stops counting
// past `enough`. Not a validator: malformed JSON gets a rough count and the parser's error later.
qsizetype topLevelElements(const QByteArray &json, qsizetype enough)
{
    const char *p = json.constData();
    const char *const end = p + json.size();
    int depth = 0;
    qsizetype commas = 0;
    bool any = false;
    while (p < end) {
        const char c = *p++;
        switch (c) {
        case '"': // skip the string
            while (p < end) {
                const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return commas + (any ? 1 : 0);
                const char *back = quote;
                while (back > p && back[-1] == '\\')
                    --back;
                p = quote + 1;
                if ((quote - back) % 2 == 0)
                    break; // not escaped
            }
            any = any || depth >= 1;
            break;
        case '[':
        case '{':
            any = any || depth >= 1;
            ++depth;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            if (depth == 1 && ++commas >= enough)
                return commas + 1;
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            any = any || depth >= 1;
        }
    }
    return commas + (any ? 1 : 0);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return {};
    return file.readAll();
}

} // namespace

bool StatsBombReader::looksLikeEvents(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && std::isspace(uchar(head.at(i))))
        ++i;
    if (i >= head.size() || head.at(i) != '[')
        return false;
    return head.contains("\"type\"") && head.contains("\"period\"");
}

ReadResult StatsBombReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(
                Text::tr("Cannot open %1: %2").arg(info.fileName(), file.errorString()));
    // Read with simdjson's padding after the end, so that the parser does not copy it all.
    QByteArray events(file.size() + qint64(simdjson::SIMDJSON_PADDING), Qt::Uninitialized);
    const qint64 got = file.read(events.data(), file.size());
    if (got < 0)
        return ReadResult::failure(
                Text::tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    events.resize(got); // keeps the allocation, padding included

    // The match id: the number in the file name ("15986", "events_3869685_excerpt").
    static const QRegularExpression digits(u"(\\d{3,})"_s);
    const auto idMatch = digits.match(info.completeBaseName());
    const qint64 matchId = idMatch.hasMatch() ? idMatch.captured(1).toLongLong() : -1;

    // Lineups: "<name>_lineup.json" or "lineup.json" beside, or ../lineups/ID.json.
    QByteArray lineups;
    const QDir dir = info.dir();
    QStringList lineupCandidates;
    QString base = info.completeBaseName();
    base.replace(QRegularExpression(u"_?events?$"_s), QString());
    lineupCandidates << dir.filePath(base + u"_lineup.json"_s)
                     << dir.filePath(base + u"_lineups.json"_s);
    if (matchId >= 0) {
        lineupCandidates << dir.filePath(u"../lineups/%1.json"_s.arg(matchId))
                         << dir.filePath(u"lineups_%1.json"_s.arg(matchId));
    }
    lineupCandidates << dir.filePath(u"lineup.json"_s) << dir.filePath(u"lineups.json"_s);
    for (const QString &candidate : lineupCandidates) {
        if (QFileInfo::exists(candidate) && candidate != info.absoluteFilePath()) {
            lineups = readAll(candidate);
            break;
        }
    }

    // Matches: any JSON beside (or in ../matches/*/) whose records carry this match id.
    QByteArray matches;
    if (matchId >= 0) {
        QFileInfoList candidates = dir.entryInfoList({ u"*match*.json"_s }, QDir::Files);
        QDir matchesDir(dir.filePath(u"../matches"_s));
        if (matchesDir.exists()) {
            const QStringList competitions =
                    matchesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &competition : competitions)
                candidates += QDir(matchesDir.filePath(competition))
                                      .entryInfoList({ u"*.json"_s }, QDir::Files);
        }
        const QByteArray needle = "\"match_id\"";
        for (const QFileInfo &candidate : candidates) {
            if (candidate.absoluteFilePath() == info.absoluteFilePath())
                continue;
            const QByteArray data = readAll(candidate.absoluteFilePath());
            if (data.contains(needle) && data.contains(QByteArray::number(matchId))) {
                matches = data;
                break;
            }
        }
    }
    return read(events, lineups, matches, matchId);
}

ReadResult StatsBombReader::tooManyEvents()
{
    return ReadResult::failure(Text::tr("More than %1 events: far more than one match has (about "
                                        "4,000). Open one match's events file at a time.")
                                       .arg(QLocale().toString(maxEvents)));
}

ReadResult StatsBombReader::read(const QByteArray &events, const QByteArray &lineups,
                                 const QByteArray &matches, qint64 matchId)
{
    if (const qsizetype count = topLevelElements(events, maxEvents + 1); count > maxEvents)
        return tooManyEvents();
    simdjson::dom::parser parser;
    element root;
    const bool padded = events.capacity() - events.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    if (const auto error =
                parser.parse(events.constData(), size_t(events.size()), !padded).get(root)) {
        return ReadResult::failure(Text::tr("Not valid JSON: %1.")
                                           .arg(QString::fromUtf8(simdjson::error_message(error))));
    }
    simdjson::dom::array list;
    if (root.get_array().get(list) != simdjson::SUCCESS)
        return ReadResult::failure(
                Text::tr("Not StatsBomb event data: the JSON is not an array of events."));
    if (qsizetype(list.size()) > maxEvents)
        return tooManyEvents();

    QHash<qint64, QString> shortNames;
    QHash<qint64, QString> playerTeams;
    readLineups(lineups, &shortNames, &playerTeams);
    const std::optional<Metadata> meta = matchMetadata(matches, matchId);

    ReadResult result;
    Match &match = result.match;
    match.sourceFormat = Match::SourceFormat::StatsBomb;
    Strings strings;
    QStringList teamOrder;
    QHash<QString, int> unknownTypes;
    QHash<QString, QString> passPlayer; // pass id -> the passer, for assists
    QSet<QPair<int, int>> markers; // (type, period) already added
    int untimed = 0;
    int notObjects = 0;
    match.events.reserve(qsizetype(list.size()));

    auto playerName = [&](const simdjson::simdjson_result<element> &player) -> QString {
        const qint64 id = intAt(player["id"]);
        if (const auto it = shortNames.constFind(id); it != shortNames.cend())
            return *it;
        return strings(stringAt(player["name"]));
    };

    struct Pending
    {
        int index;
        QString keyPass;
    };
    QList<Pending> assists;
    QList<QString> eventTeams; // the team of each event, by index
    eventTeams.reserve(qsizetype(list.size()));
    for (element value : list) {
        object e;
        if (value.get_object().get(e) != simdjson::SUCCESS) {
            ++notObjects;
            continue;
        }
        const std::string_view typeName = stringAt(e["type"]["name"]);
        const QString &team = strings(stringAt(e["team"]["name"]));
        if (!team.isEmpty() && !teamOrder.contains(team) && typeName == "Starting XI")
            teamOrder.append(team);
        const qint64 period = intAt(e["period"]);
        const qint64 minute = intAt(e["minute"]);
        const qint64 second = intAt(e["second"], 0);

        MatchEvent event;
        event.type = Type::Other;
        if (period >= 1 && period <= 5 && minute >= 0 && minute < 200)
            event.time = MatchTime::fromElapsed(MatchTime::Period(period), int(minute),
                                                int(qBound(qint64(0), second, qint64(59))));
        else
            ++untimed;
        event.player = playerName(e["player"]);
        event.detail = strings(typeName);
        simdjson::dom::array location;
        if (e["location"].get_array().get(location) == simdjson::SUCCESS && location.size() >= 2) {
            event.x = doubleAt(location.at(0));
            event.y = doubleAt(location.at(1));
        }
        // The side is resolved once both teams are known.
        eventTeams.append(team);

        if (typeName == "Shot") {
            const auto shot = e["shot"];
            const std::string_view outcome = stringAt(shot["outcome"]["name"]);
            const bool penalty = stringAt(shot["type"]["name"]) == "Penalty";
            event.xg = doubleAt(shot["statsbomb_xg"]);
            event.bodyPart = bodyPartOf(stringAt(shot["body_part"]["name"]));
            const std::string_view technique = stringAt(shot["technique"]["name"]);
            QStringList detail { strings(stringAt(shot["type"]["name"])) };
            if (!technique.empty() && technique != "Normal")
                detail << strings(technique);
            detail << strings(outcome);
            event.detail = detail.join(u", "_s);
            if (period == 5) {
                event.type = Type::ShootoutKick;
            } else if (outcome == "Goal") {
                event.type = penalty ? Type::PenaltyGoal : Type::Goal;
            } else {
                event.type = penalty ? Type::MissedPenalty : Type::Chance;
                event.chance = chanceOf(outcome);
            }
            const std::string_view keyPass = stringAt(shot["key_pass_id"]);
            if (!keyPass.empty())
                assists.append({ int(match.events.size()), text(keyPass) });
            event.outcome = strings(outcome);
        } else if (typeName == "Own Goal Against") {
            event.type = Type::OwnGoal;
            event.detail = Text::tr("Own goal");
        } else if (typeName == "Foul Committed" || typeName == "Bad Behaviour") {
            Type card;
            const auto holder =
                    typeName == "Foul Committed" ? e["foul_committed"] : e["bad_behaviour"];
            if (cardType(stringAt(holder["card"]["name"]), &card)) {
                event.type = card;
                event.detail =
                        typeName == "Foul Committed" ? Text::tr("Foul") : Text::tr("Bad behaviour");
                if (holder["penalty"].is_bool() && bool(holder["penalty"]))
                    event.detail += Text::tr(", penalty conceded");
            }
        } else if (typeName == "Substitution") {
            event.type = Type::Substitution;
            event.secondPlayer = playerName(e["substitution"]["replacement"]);
            event.detail = strings(stringAt(e["substitution"]["outcome"]["name"]));
        } else if (typeName == "Half Start" || typeName == "Half End") {
            const bool start = typeName == "Half Start";
            Type marker = Type::Other;
            switch (period) {
            case 1:
                marker = start ? Type::KickOff : Type::HalfTime;
                break;
            case 2:
                marker = start ? Type::KickOff : Type::FullTime;
                break;
            case 3:
                marker = start ? Type::ExtraTime : Type::HalfTime;
                break;
            case 4:
                marker = start ? Type::ExtraTime : Type::FullTime;
                break;
            case 5:
                marker = start ? Type::Shootout : Type::Other;
                break;
            default:
                break;
            }
            // Both teams record the same whistle: one marker per period.
            const QPair<int, int> key { int(typeName == "Half Start"), int(period) };
            if (marker != Type::Other && !markers.contains(key)) {
                markers.insert(key);
                event.type = marker;
                // A period starts on the whistle: 0' and 45', not the first minute played.
                if (start && period >= 1 && period <= 4)
                    event.time = MatchTime(MatchTime::Period(period),
                                           MatchTime::periodStartMinute(MatchTime::Period(period)));
                event.player.clear();
                eventTeams.last().clear();
            }
        } else if (typeName == "Pass") {
            const std::string_view id = stringAt(e["id"]);
            if (!id.empty())
                passPlayer.insert(text(id), event.player);
        } else if (!knownTypes().contains(strings(typeName))) {
            unknownTypes[typeName.empty() ? Text::tr("(no type)") : strings(typeName)] += 1;
        }
        match.events.append(std::move(event));
    }

    // Teams: the matches file, else the Starting XI events (home first), else first seen.
    if (meta) {
        match.homeTeam = meta->home;
        match.awayTeam = meta->away;
        match.date = meta->date;
        match.competition = meta->competition;
        match.venue = meta->venue;
        match.referee = meta->referee;
    } else {
        for (const QString &team : std::as_const(eventTeams)) {
            if (teamOrder.size() >= 2)
                break;
            if (!team.isEmpty() && !teamOrder.contains(team))
                teamOrder.append(team);
        }
        match.homeTeam = teamOrder.value(0);
        match.awayTeam = teamOrder.value(1);
    }
    for (const Pending &pending : std::as_const(assists)) {
        MatchEvent &shot = match.events[pending.index];
        if (shot.isGoal())
            shot.secondPlayer = passPlayer.value(pending.keyPass);
    }
    Score shootout;
    bool anyShootout = false;
    QStringList inconsistent;
    for (qsizetype i = 0; i < match.events.size(); ++i) {
        MatchEvent &event = match.events[i];
        const QString &team = eventTeams.at(i);
        Side side = team == match.homeTeam ? Side::Home
                                           : (team == match.awayTeam ? Side::Away : Side::None);
        // "Own Goal Against" is recorded for the team that conceded: the goal is the other's.
        if (event.type == Type::OwnGoal)
            side = side == Side::Home ? Side::Away : (side == Side::Away ? Side::Home : Side::None);
        event.side = side;
        if (event.type == Type::ShootoutKick) {
            anyShootout = true;
            if (event.outcome == u"Goal") {
                if (side == Side::Home)
                    ++shootout.home;
                else if (side == Side::Away)
                    ++shootout.away;
            }
        }
    }
    // An own goal by a player the lineups list for the side it counts for does not add up.
    if (!playerTeams.isEmpty()) {
        QHash<QString, QString> teamOfPlayer;
        for (auto it = playerTeams.cbegin(); it != playerTeams.cend(); ++it)
            teamOfPlayer.insert(shortNames.value(it.key()), it.value());
        for (const MatchEvent &event : std::as_const(match.events)) {
            if (event.type == Type::OwnGoal
                && teamOfPlayer.value(event.player) == match.teamName(event.side))
                inconsistent << event.time.label() + u' ' + event.player;
        }
    }
    if (anyShootout)
        match.shootoutScore = shootout;
    match.finalScore = meta && meta->score ? meta->score : std::nullopt;

    const Score computed = match.scoreFromEvents();
    if (match.finalScore && computed != *match.finalScore) {
        match.warnings.append(
                { Text::tr("The matches file gives the final score as %1, but the goals in "
                           "the events add up to %2.")
                          .arg(match.finalScore->toString(), computed.toString()) });
    }
    for (const QString &og : std::as_const(inconsistent)) {
        match.warnings.append(
                { Text::tr("The own goal at %1 is by a player of the team it counts for: "
                           "the event data contradicts itself.")
                          .arg(og) });
    }
    if (!unknownTypes.isEmpty()) {
        QStringList kinds;
        for (auto it = unknownTypes.cbegin(); it != unknownTypes.cend(); ++it)
            kinds << u"%1 (%2)"_s.arg(it.key()).arg(it.value());
        kinds.sort();
        match.warnings.append(
                { Text::tr("Event types Matchline does not know were kept as \"other\": %1.")
                          .arg(kinds.join(u", "_s)) });
    }
    if (untimed > 0)
        match.warnings.append(
                { Text::tr("%n event(s) have no period or minute and are shown without a time.",
                           nullptr, untimed) });
    if (notObjects > 0)
        match.warnings.append(
                { Text::tr("%n entry(ies) of the array are not events and were skipped.", nullptr,
                           notObjects) });
    if (match.homeTeam.isEmpty())
        match.warnings.append({ Text::tr("No team names were found in the events.") });
    // Events in the order they happened; the file's order is the provider's index order.
    std::stable_sort(match.events.begin(), match.events.end(),
                     [](const MatchEvent &a, const MatchEvent &b) { return a.time < b.time; });
    return result;
}
