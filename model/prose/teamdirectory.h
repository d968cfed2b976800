#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The teams a report may name, read from the team-name list that ships with Matchline
// (resources/data/teams.txt): full names, short names, nicknames and grounds.
class TeamDirectory
{
public:
    struct Team
    {
        QString name; // the name shown
        QStringList names; // every unambiguous name, the shown one included
        QStringList nicknames; // names other teams may share
        QStringList grounds;
    };

    struct Found
    {
        int start = 0;
        int length = 0;
        QList<int> teams; // more than one only for a shared nickname or ground
        bool nickname = false;
        bool ground = false;
    };

    TeamDirectory() = default;
    // Parses the list format; lines it cannot read are skipped.
    static TeamDirectory fromText(const QString &text);
    // The list that ships with Matchline.
    static const TeamDirectory &builtIn();

    int size() const { return int(m_teams.size()); }
    const Team &team(int index) const { return m_teams.at(index); }
    // Teams known by exactly this name or nickname (case-sensitive, as names are written).
    QList<int> lookup(const QString &name) const;
    // The team a name stands for, ignoring case and punctuation: for results files.
    int find(const QString &name) const;
    // Every team name, nickname or ground written in the text, longest first where they overlap.
    QList<Found> findAll(const QString &text) const;
    // True when two names (as written anywhere) denote the same team.
    bool sameTeam(const QString &a, const QString &b) const;

private:
    int addOrMerge(const QStringList &names);
    bool beginsName(QStringView word) const;

    QList<Team> m_teams;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byNickname;
    QHash<QString, QList<int>> m_byGround;
    QHash<QString, int> m_byFolded;
    QSet<QString> m_firstWords; // the first word of every name, nickname and ground
    int m_longestWords = 1;
};
