#pragma once

#include "listedevents.h"
#include "listgrammar.h"

// The entries of one list of a report's head or tail, read into a ListedEvents::Result: players
// with their minutes and marks ("Ash 12, Bell 45 pen", "Everton - Ash (23); Fulham - Bell (80)"),
// a line-up with its changes, a bench, officials, the attendance. Each returns false, and adds
// nothing, when the text is not such a list.
namespace ListEntries {
// The list after a label ("Booked: ...") or on a line under a label alone on its line.
bool read(ListGrammar::Kind kind, const ListGrammar::Piece &list, const QString &team,
          ListedEvents::Result &out);
// Players with events: scorers, cards. With needMinutes every player must have a minute, as a
// team's scorers do when no label says what the list is; count gets the number of events.
bool readEvents(ListGrammar::Kind kind, const ListGrammar::Piece &list, const QString &team,
                ListedEvents::Result &out, bool needMinutes = false, int *count = nullptr);
// A team's line-up, when the list has the shape of one: a formation, a full side, or a change
// with its minute.
bool readLineUp(const QString &team, const ListGrammar::Piece &list, bool formation,
                ListedEvents::Result &out);
void append(ListedEvents::Result &to, const ListedEvents::Result &from);
} // namespace ListEntries
