#pragma once

#include <QString>

struct Score
{
    int home = 0;
    int away = 0;

    QString toString() const { return QString::number(home) + u'-' + QString::number(away); }
    int difference() const { return home - away; }

    friend bool operator==(const Score &a, const Score &b)
    {
        return a.home == b.home && a.away == b.away;
    }
    friend bool operator!=(const Score &a, const Score &b) { return !(a == b); }
};
