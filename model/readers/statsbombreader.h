#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QString>

// Reads StatsBomb open-data event files (a JSON array of events), recognised by content. Key
// events (goals, own goals, penalties, cards, substitutions, period markers, the shoot-out) go on
// the timeline; every other event (passes, carries, pressures...) is kept as "other" with its
// player, side, time and location, so the charts and the "all events" filter can use it.
// A matches file and a lineups file for the same match found beside the events (same folder, or
// the open-data layout events/ID.json, matches/*/*.json, lineups/ID.json) give the date,
// competition, stadium, referee, final score and the players' short names.
class StatsBombReader
{
public:
    // A match has about 4,000 events; a file with far more is several matches, or not events.
    static constexpr qsizetype maxEvents = 100000;

    static ReadResult readFile(const QString &path);
    // Events only, with optional lineups and matches documents for the metadata.
    static ReadResult read(const QByteArray &events, const QByteArray &lineups = {},
                           const QByteArray &matches = {}, qint64 matchId = -1);
    // The start of an array of objects with StatsBomb's "type" and "period" keys.
    static bool looksLikeEvents(const QByteArray &head);

private:
    static ReadResult tooManyEvents();
};
