#pragma once

#include <QHash>
#include <QList>
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
    // A team the list does not have, with its names and the short names a report may use
    // alone for it (read as this team only when it plays in the match): for a club a report
    // introduces (see TeamDiscovery). Returns its index.
    int addTeam(const QStringList &names, const QStringList &shortNames);
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
    // Builds the tables findAll reads, once every line is in.
    void indexWritten();
    // How many words the longest name beginning with this word has (a possessive or a full
    // stop after a one-word name: 1); 0 for a word that begins none.
    int wordsOfNamesBeginning(QStringView word) const;

    // A name, nickname or ground as written: its teams, and which of the three it is (a name
    // before a nickname before a ground, where one string is more than one).
    struct Written
    {
        QList<int> teams;
        enum Kind { Name, Nickname, Ground } kind = Name;
    };
    const Written *written(QStringView text) const;

    QList<Team> m_teams;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byNickname;
    QHash<QString, QList<int>> m_byGround;
    QHash<QString, int> m_byFolded;
    QHash<QString, Written> m_written; // every name, nickname and ground
    // The first word of every name, nickname and ground, and the most words of one beginning
    // with it.
    QHash<QString, int> m_firstWords;
};
