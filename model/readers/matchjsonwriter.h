#pragma once

#include "match.h"

#include <QByteArray>
#include <QJsonObject>

// Writes a Match in Matchline's own JSON format (see docs in the README). The same document is
// what `matchline --export json` prints.
class MatchJsonWriter
{
public:
    static constexpr int formatVersion = 1;

    static QJsonObject toJson(const Match &match);
    static QByteArray write(const Match &match);
};
