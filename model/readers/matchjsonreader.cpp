#include "matchjsonreader.h"

#include "matchjsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MatchJsonReader)
};

// Whole numbers only, within what a football file can mean; anything else counts as missing.
std::optional<int> intValue(const QJsonValue &value, int lowest = -1000000, int highest = 1000000)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < lowest || d > highest)
        return std::nullopt;
    return int(d);
}

std::optional<Score> scoreValue(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const auto home = intValue(value[u"home"_s], 0, 999);
    const auto away = intValue(value[u"away"_s], 0, 999);
    if (!home || !away)
        return std::nullopt;
    return Score { *home, *away };
}

QList<TextSpan> spansValue(const QJsonValue &value)
{
    QList<TextSpan> spans;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const auto start = intValue(item[u"start"_s], 0);
        const auto length = intValue(item[u"length"_s], 0);
        if (start && length)
            spans.append(TextSpan { *start, *length });
    }
    return spans;
}

MatchTime timeValue(const QJsonObject &object)
{
    const auto minute = intValue(object[u"minute"_s], 0, 200);
    const auto periodNumber = intValue(object[u"period"_s], 1, 5);
    const auto period =
            periodNumber ? MatchTime::Period(*periodNumber) : MatchTime::Period::Unknown;
    if (!minute)
        return periodNumber ? MatchTime::inPeriod(period) : MatchTime();
    const QJsonValue addedValue = object[u"added"_s];
    const int added =
            addedValue.isNull() ? MatchTime::UnknownAdded : intValue(addedValue, 0, 60).value_or(0);
    const int second = intValue(object[u"second"_s], 0, 59).value_or(0);
    if (!periodNumber)
        return MatchTime::fromMinute(*minute, added);
    return MatchTime(period, *minute, added, second);
}

} // namespace

bool MatchJsonReader::isMatchline(const QJsonObject &root)
{
    return root.value(u"format"_s).toString() == u"matchline";
}

ReadResult MatchJsonReader::read(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        return ReadResult::failure(
                Text::tr("Not valid JSON: %1 (line %2)").arg(error.errorString()).arg(line), line,
                error.offset);
    }
    if (!doc.isObject())
        return ReadResult::failure(Text::tr("Not a Matchline file: the JSON is not an object."));
    return fromJson(doc.object());
}

ReadResult MatchJsonReader::fromJson(const QJsonObject &root)
{
    if (!isMatchline(root))
        return ReadResult::failure(
                Text::tr("Not a Matchline file: \"format\": \"matchline\" is missing."));
    const auto version = intValue(root[u"version"_s], 0);
    if (!version)
        return ReadResult::failure(Text::tr("Matchline file without a valid \"version\" number."));
    if (*version > MatchJsonWriter::formatVersion) {
        return ReadResult::failure(Text::tr("This file uses Matchline format version %1, newer "
                                            "than the version %2 this "
                                            "program reads. Open it with a newer Matchline.")
                                           .arg(*version)
                                           .arg(MatchJsonWriter::formatVersion));
    }

    ReadResult result;
    Match &match = result.match;
    match.homeTeam = root[u"home"_s][u"name"_s].toString();
    match.awayTeam = root[u"away"_s][u"name"_s].toString();
    match.date = QDate::fromString(root[u"date"_s].toString(), Qt::ISODate);
    match.competition = root[u"competition"_s].toString();
    match.venue = root[u"venue"_s].toString();
    match.headline = root[u"headline"_s].toString();
    match.referee = root[u"referee"_s].toString();
    match.finalScore = scoreValue(root[u"final_score"_s]);
    match.shootoutScore = scoreValue(root[u"shootout_score"_s]);

    const QJsonArray events = root[u"events"_s].toArray();
    int index = 0;
    for (const QJsonValue &value : events) {
        ++index;
        const QJsonObject object = value.toObject();
        MatchEvent event;
        const QString key = object[u"type"_s].toString();
        bool known = key == u"period"
                ? MatchEvent::markerFromKey(object[u"marker"_s].toString(), &event.type)
                : MatchEvent::typeFromKey(key, &event.type);
        if (!known) {
            match.warnings.append(
                    { Text::tr("Event %1 has an unknown type \"%2\"; it is kept as \"other\".")
                              .arg(index)
                              .arg(key) });
            event.type = MatchEvent::Type::Other;
        }
        event.time = timeValue(object);
        event.side = MatchEvent::sideFromKey(object[u"team"_s].toString());
        event.player = object[u"player"_s].toString();
        event.secondPlayer = object[u"second_player"_s].toString();
        event.detail = object[u"detail"_s].toString();
        event.chance = MatchEvent::chanceFromKey(object[u"chance"_s].toString());
        event.bodyPart = MatchEvent::bodyPartFromKey(object[u"body_part"_s].toString());
        const QJsonValue xg = object[u"xg"_s];
        if (xg.isDouble() && std::isfinite(xg.toDouble()))
            event.xg = xg.toDouble();
        event.outcome = object[u"outcome"_s].toString();
        const QJsonArray location = object[u"location"_s].toArray();
        if (location.size() >= 2 && location.at(0).isDouble() && location.at(1).isDouble()) {
            event.x = location.at(0).toDouble();
            event.y = location.at(1).toDouble();
        }
        event.evidence = spansValue(object[u"evidence"_s]);
        match.events.append(event);
    }

    const QJsonArray standings = root[u"standings"_s].toArray();
    for (const QJsonValue &value : standings) {
        StandingRow row;
        row.team = value[u"team"_s].toString();
        if (row.team.isEmpty())
            continue;
        row.position = intValue(value[u"position"_s], 1, 1000);
        row.points = intValue(value[u"points"_s], -1000, 1000);
        row.played = intValue(value[u"played"_s], 0, 1000);
        row.won = intValue(value[u"won"_s], 0, 1000);
        row.drawn = intValue(value[u"drawn"_s], 0, 1000);
        row.lost = intValue(value[u"lost"_s], 0, 1000);
        row.goalsFor = intValue(value[u"goals_for"_s], 0, 10000);
        row.goalsAgainst = intValue(value[u"goals_against"_s], 0, 10000);
        row.form = value[u"form"_s].toString();
        row.note = value[u"note"_s].toString();
        row.evidence = spansValue(value[u"evidence"_s]);
        match.standings.append(row);
    }

    const QJsonArray warnings = root[u"warnings"_s].toArray();
    for (const QJsonValue &value : warnings) {
        ReadWarning warning;
        warning.message = value[u"message"_s].toString();
        warning.offset = intValue(value[u"offset"_s], 0).value_or(-1);
        warning.line = intValue(value[u"line"_s], 0).value_or(-1);
        if (!warning.message.isEmpty())
            match.warnings.append(warning);
    }

    const QJsonValue source = root[u"source"_s];
    match.sourceFormat = Match::sourceFormatFromKey(source[u"format"_s].toString());
    if (match.sourceFormat == Match::SourceFormat::Unknown)
        match.sourceFormat = Match::SourceFormat::Native;
    match.sourceText = source[u"text"_s].toString();
    return result;
}
