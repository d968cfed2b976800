#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class TeamDirectory;

// Teams a report names that the team list does not know: read off the shapes that say who
// played whom ("Harbour Town 2-1 Northfield Rovers" as a headline or a line of its own,
// "Harbour Town 2, Northfield Rovers 1", "Harbour Town v Northfield Rovers", "Harbour Town beat
// Northfield Rovers 2-1", "a 2-1 win over Northfield Rovers") at the top of the report. A
// club from a league the list does not cover is then read like any other: its full name, the
// name without "FC" or "AFC", and the short forms a report uses for it ("Harbour", "Rovers").
class TeamDiscovery
{
public:
    struct Team
    {
        QString name; // as written
        QStringList names; // the name and its unambiguous variants
        QStringList shortNames; // words a report may use alone for it
    };

    // The teams of the headline and the opening lines that the directory does not know.
    // headline is the report's headline (may be empty); body is the text after it.
    static QList<Team> unknownTeams(const QString &headline, const QString &body,
                                    const TeamDirectory &directory);
    // The variants of a club's name: the name, without club-type words, and its short forms.
    static Team variants(const QString &name);
};
