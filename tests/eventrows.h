#pragma once

#include "matchevent.h"
#include "matcheventmodel.h"

#include <QAbstractItemModel>
#include <QString>

// The row of an event in a model of events (the table's filter model, say), found by its player
// and type; -1 when it is not there.
inline int eventRow(const QAbstractItemModel *model, const QString &player, MatchEvent::Type type)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(MatchEventModel::PlayerRole).toString() == player
            && MatchEvent::Type(index.data(MatchEventModel::TypeRole).toInt()) == type)
            return row;
    }
    return -1;
}
