#pragma once

#include "match.h"

#include <QByteArray>

// The events of a match as CSV, one row per event with the score after it, for spreadsheets
// and scripts (File > Export > Events as CSV, `matchline --export csv`).
class EventsCsvWriter
{
public:
    static QByteArray write(const Match &match);
};
