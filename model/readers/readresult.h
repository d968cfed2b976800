#pragma once

#include "match.h"

// What a reader returns: the match, or why there is none and where in the file.
struct ReadResult
{
    Match match;
    QString error; // empty on success
    int errorLine = -1;
    int errorOffset = -1;

    bool ok() const { return error.isEmpty(); }
    static ReadResult failure(const QString &message, int line = -1, int offset = -1)
    {
        ReadResult result;
        result.error = message;
        result.errorLine = line;
        result.errorOffset = offset;
        return result;
    }
};
