#pragma once

#include "match.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSaveFile>

// Writes a Match in Matchline's own JSON format (see docs in the README). The same document is
// what `matchline --export json` prints.
class MatchJsonWriter
{
public:
    static constexpr int formatVersion = 1;

    static QJsonObject toJson(const Match &match);
    static QByteArray write(const Match &match);
    // Writes the match to a file through QSaveFile: the file is replaced only once everything
    // is written, so a crash or a full disk leaves the old file as it was. Returns an error
    // message, empty on success.
    static QString save(const Match &match, const QString &path);
    static QString save(const Match &match, QSaveFile &file);
};
