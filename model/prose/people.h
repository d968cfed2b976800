#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The people a report names. Full names are linked to later mentions by surname ("Zielinski" is
// "Piotr Zielinski"); officials (referees, managers) are told apart from players.
class People
{
public:
    struct Person
    {
        QString name;
        QStringList tokens;
        bool official = false;
        QHash<int, int> teamVotes; // TeamDirectory index -> evidence count
    };

    struct Mention
    {
        int start = 0; // offset in the document
        int length = 0;
        int person = -1;
        bool possessive = false;
        int sentence = -1;
    };

    // A capitalized run of words in a sentence, before it is known to be a person.
    struct Candidate
    {
        int start = 0;
        int length = 0;
        QStringList tokens;
        bool possessive = false;
        bool sentenceInitial = false;
        bool actsAfter = false; // a verb of an event follows ("Casemiro headed", "Zizo struck")
        bool official = false;
        int sentence = -1;
    };

    // Capitalized runs in one sentence, skipping the given spans (teams, times).
    static QList<Candidate> candidates(const QString &text, int sentenceStart, int sentenceEnd,
                                       int sentenceIndex, const QList<QPair<int, int>> &skip);

    // Turns the runs of a whole document into people and mentions.
    void build(const QList<Candidate> &runs);

    // The person a name written elsewhere (a list, "G Shinnie") stands for: the same words, the
    // surname of someone named in full, or an initial and a surname; -1 for nobody named.
    int find(const QString &name) const;
    // That person, or a new one of that name.
    int findOrAdd(const QString &name);

    const QList<Person> &persons() const { return m_persons; }
    Person &person(int index) { return m_persons[index]; }
    const Person &person(int index) const { return m_persons.at(index); }
    const QList<Mention> &mentions() const { return m_mentions; }

    static bool isRoleWord(QStringView word);
    static bool isLeadingWord(QStringView word);
    static bool isNeverWord(QStringView word);

private:
    int link(const QStringList &tokens) const;

    QList<Person> m_persons;
    QList<Mention> m_mentions;
};
