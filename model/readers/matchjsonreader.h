#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QJsonObject>

// Reads Matchline's own JSON format. Fields it does not know are ignored, so that files written
// by a later version of the same format version still open; a newer format version is refused.
class MatchJsonReader
{
public:
    static ReadResult read(const QByteArray &data);
    static ReadResult fromJson(const QJsonObject &root);
    // True when the object carries the "format": "matchline" marker.
    static bool isMatchline(const QJsonObject &root);
};
