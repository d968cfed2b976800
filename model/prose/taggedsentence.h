#pragma once

#include <QList>
#include <QString>

struct ProseDocument;

// A sentence with every mention replaced by a token (⟦P0⟧ a person, ⟦T1⟧ a team, ⟦M2⟧ a time,
// ⟦S3⟧ a score) and the rest in lower case, so that event patterns are written over words and
// parts instead of names: "⟦P0⟧'s header ⟦M1⟧ put them back ahead".
struct TaggedSentence
{
    struct Slot
    {
        QChar kind; // 'P', 'T', 'M', 'S'
        int index = -1; // person (People index), team (directory index), time or score index
        int mention = -1; // the mention in the document's list
        int start = 0; // in the document
        int end = 0;
        bool possessive = false;
        bool implicit = false; // a role phrase or pronoun resolved to a person
        int roleTeam = -1; // "the Juventus fullback": the team the phrase names
        int tokenStart = -1; // where the slot's token is in the tagged text
        int tokenEnd = -1;
    };

    int sentence = -1;
    QString text;
    QList<Slot> parts;
    QList<int> raw; // document offset of each character of text

    static TaggedSentence build(const ProseDocument &doc, int sentence,
                                const QList<Slot> &extraPeople);
    int documentOffset(int position) const
    {
        return raw.isEmpty() ? 0 : raw.at(qBound(0, position, int(raw.size()) - 1));
    }
    // The document text a stretch of the tagged text stands for, names and times written out.
    QString original(const QString &documentText, int from, int to) const;
};
