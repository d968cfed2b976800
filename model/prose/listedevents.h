#pragma once

#include "matchevent.h"

#include <QList>
#include <QString>

// The structured heads and tails published around a report's prose: scorer lists ("Everton:
// Ash 12, Bell 45 pen", "Everton 2 Ash 12, Dunn 77 Fulham 1 Bell 30"), card lists ("Booked:
// Ash, Cole"), line-ups with their substitutions, the referee and attendance lines, and a club
// site's key-moments list flattened into lines ("• Goal!" / "Tom Ash" / "30'"). A line is read
// only when the whole of it has the shape of a list, so that no sentence is ever taken for one;
// the text the lists take is given back, for the prose reader to leave alone.
//
// The words of the lists are data: resources/data/words/list-labels.txt (what a label heads),
// list-marks.txt ("pen", "og", "2nd yellow"), list-moments.txt and list-not-teams.txt.
class ListedEvents
{
public:
    struct Item
    {
        MatchEvent::Type type = MatchEvent::Type::Other;
        // For a substitution the player going off, as providers record it (MatchEvent does too).
        QString player;
        QString secondPlayer; // for a substitution, the player coming on
        // The side as the list writes it, empty when it names none. Lists put an own goal under
        // the side it counted for: that side is the team, and the player is of the other one.
        QString team;
        int minute = -1;
        int added = 0; // 90+3
        TextSpan span; // the entry: "Bell 45 pen", "Ash 7 (60. Roy 6)", or a key moment's lines

        MatchTime time() const
        {
            return minute < 0 ? MatchTime() : MatchTime::fromMinute(minute, added);
        }
    };
    // A team heading a list, as written: "Hearts 2", "Leicester: ...", "Everton (4-4-2): ...".
    struct TeamLine
    {
        QString team;
        int score = -1; // when the head states it
        TextSpan span;
    };
    // Everyone a list names, with the side it names them under (empty when it names none): the
    // line-ups, the benches, scorers and booked players. The scorer of an own goal is left out,
    // being listed under the other side.
    struct Player
    {
        QString name;
        QString team;
        TextSpan span;
    };
    struct Official
    {
        enum class Role : quint8 { Referee, Assistant, Manager };
        Role role = Role::Referee;
        QString name;
        QString team; // a manager's, when the list is a team's
        TextSpan span;
    };
    struct Result
    {
        QList<Item> items;
        QList<TeamLine> teams;
        QList<Player> players;
        QList<Official> officials;
        QString venue;
        int attendance = -1;
        // The text the lists take, in order, none overlapping: whole lines, with the white space
        // between lines of one list. The prose reader must not read it as sentences.
        QList<TextSpan> spans;
    };

    static Result read(const QString &text);
};
