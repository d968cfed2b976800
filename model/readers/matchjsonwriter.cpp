#include "matchjsonwriter.h"

#include <QJsonArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue scoreJson(const std::optional<Score> &score)
{
    if (!score)
        return QJsonValue::Null;
    return QJsonObject { { u"home"_s, score->home }, { u"away"_s, score->away } };
}

QJsonArray spansJson(const QList<TextSpan> &spans)
{
    QJsonArray array;
    for (const TextSpan &span : spans)
        array.append(QJsonObject { { u"start"_s, span.start }, { u"length"_s, span.length } });
    return array;
}

QJsonObject eventJson(const MatchEvent &event, const Score &scoreAfter)
{
    QJsonObject object;
    object.insert(u"type"_s, MatchEvent::typeKey(event.type));
    if (event.isPeriodMarker())
        object.insert(u"marker"_s, MatchEvent::markerKey(event.type));
    const MatchTime &t = event.time;
    object.insert(u"minute"_s, t.hasMinute() ? QJsonValue(t.minute()) : QJsonValue::Null);
    object.insert(u"added"_s,
                  t.hasMinute() && t.added() != MatchTime::UnknownAdded ? QJsonValue(t.added())
                                                                        : QJsonValue::Null);
    if (t.second() != 0)
        object.insert(u"second"_s, t.second());
    object.insert(u"period"_s, t.isKnown() ? QJsonValue(int(t.period())) : QJsonValue::Null);
    object.insert(u"time"_s, t.label());
    object.insert(u"team"_s, optionalString(MatchEvent::sideKey(event.side)));
    object.insert(u"player"_s, optionalString(event.player));
    object.insert(u"second_player"_s, optionalString(event.secondPlayer));
    object.insert(u"detail"_s, event.detail);
    if (event.chance != MatchEvent::ChanceKind::None)
        object.insert(u"chance"_s, MatchEvent::chanceKey(event.chance));
    if (event.bodyPart != MatchEvent::BodyPart::Unknown)
        object.insert(u"body_part"_s, MatchEvent::bodyPartKey(event.bodyPart));
    if (event.hasXg())
        object.insert(u"xg"_s, event.xg);
    if (!event.outcome.isEmpty())
        object.insert(u"outcome"_s, event.outcome);
    if (event.hasLocation())
        object.insert(u"location"_s, QJsonArray { event.x, event.y });
    object.insert(u"score"_s, scoreJson(scoreAfter));
    if (!event.evidence.isEmpty())
        object.insert(u"evidence"_s, spansJson(event.evidence));
    return object;
}

QJsonObject standingJson(const StandingRow &row)
{
    QJsonObject object {
        { u"team"_s, row.team },
        { u"position"_s, optionalInt(row.position) },
        { u"points"_s, optionalInt(row.points) },
    };
    const std::pair<QString, std::optional<int>> optionalFields[] = {
        { u"played"_s, row.played },      { u"won"_s, row.won },
        { u"drawn"_s, row.drawn },        { u"lost"_s, row.lost },
        { u"goals_for"_s, row.goalsFor }, { u"goals_against"_s, row.goalsAgainst },
    };
    for (const auto &[key, value] : optionalFields) {
        if (value)
            object.insert(key, *value);
    }
    if (!row.form.isEmpty())
        object.insert(u"form"_s, row.form);
    if (!row.note.isEmpty())
        object.insert(u"note"_s, row.note);
    if (!row.evidence.isEmpty())
        object.insert(u"evidence"_s, spansJson(row.evidence));
    return object;
}

} // namespace

QJsonObject MatchJsonWriter::toJson(const Match &match)
{
    QJsonObject root;
    root.insert(u"format"_s, u"matchline"_s);
    root.insert(u"version"_s, formatVersion);
    root.insert(u"home"_s, QJsonObject { { u"name"_s, match.homeTeam } });
    root.insert(u"away"_s, QJsonObject { { u"name"_s, match.awayTeam } });
    root.insert(u"date"_s,
                match.date.isValid() ? QJsonValue(match.date.toString(Qt::ISODate))
                                     : QJsonValue::Null);
    root.insert(u"competition"_s, optionalString(match.competition));
    root.insert(u"venue"_s, optionalString(match.venue));
    root.insert(u"headline"_s, optionalString(match.headline));
    root.insert(u"referee"_s, optionalString(match.referee));
    root.insert(u"final_score"_s, scoreJson(match.finalScore));
    root.insert(u"shootout_score"_s, scoreJson(match.shootoutScore));

    const QList<Score> scores = match.runningScores();
    QJsonArray events;
    for (qsizetype i = 0; i < match.events.size(); ++i)
        events.append(eventJson(match.events.at(i), scores.at(i)));
    root.insert(u"events"_s, events);

    QJsonArray standings;
    for (const StandingRow &row : match.standings)
        standings.append(standingJson(row));
    root.insert(u"standings"_s, standings);

    QJsonArray warnings;
    for (const ReadWarning &warning : match.warnings) {
        QJsonObject object { { u"message"_s, warning.message } };
        if (warning.offset >= 0)
            object.insert(u"offset"_s, warning.offset);
        if (warning.line >= 0)
            object.insert(u"line"_s, warning.line);
        warnings.append(object);
    }
    root.insert(u"warnings"_s, warnings);

    root.insert(u"source"_s,
                QJsonObject { { u"format"_s, Match::sourceFormatKey(match.sourceFormat) },
                              { u"text"_s, optionalString(match.sourceText) } });
    return root;
}

QByteArray MatchJsonWriter::write(const Match &match)
{
    return QJsonDocument(toJson(match)).toJson(QJsonDocument::Indented);
}

QString MatchJsonWriter::save(const Match &match, const QString &path)
{
    QSaveFile file(path);
    return save(match, file);
}

QString MatchJsonWriter::save(const Match &match, QSaveFile &file)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("MatchJsonWriter", "Cannot write %1: %2")
                .arg(name, file.errorString());
    const QByteArray data = write(match);
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("MatchJsonWriter", "Cannot write %1: %2").arg(name, error);
    }
    if (!file.commit())
        return QCoreApplication::translate("MatchJsonWriter", "Cannot save %1: %2")
                .arg(name, file.errorString());
    return {};
}
