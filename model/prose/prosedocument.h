#pragma once

#include "listedevents.h"
#include "matchevent.h"
#include "people.h"
#include "sentencesplitter.h"
#include "taggedsentence.h"
#include "teamdirectory.h"
#include "timeexpressions.h"
#include "wordstarts.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A report as the passes of the prose pipeline see it: the normalized text, its sentences and
// every mention found in it, with offsets into the text.
struct ProseDocument
{
    struct TeamMention
    {
        int start = 0;
        int length = 0;
        int sentence = -1;
        QList<int> candidates; // directory indexes (several for a shared nickname)
        bool nickname = false;
        bool ground = false;
        int team = -1; // the team it means once the match's teams are known, else -1
    };

    struct ScoreMention
    {
        int start = 0;
        int length = 0;
        int sentence = -1;
        int first = 0;
        int second = 0;
    };

    QString text;
    // The text with its ASCII capitals in lower case: the same offsets, for the patterns that
    // read a passage in lower case (they are all ASCII).
    QString folded;
    // The words of each sentence of the folded text (WordStarts::over() gives them for the
    // text itself).
    QList<WordStarts> sentenceWords;
    QDate headerDate;
    QString headline;
    QList<Sentence> sentences;
    QList<TeamMention> teams;
    QList<TimeExpression> times; // offsets into text
    QList<int> timeSentence;
    QList<ScoreMention> scores;
    // The structured lists around the prose: scorers, bookings, line-ups, key moments.
    ListedEvents::Result lists;
    People people;
    // Sentences tagged with their mentions only (no role phrase read as a person), as the
    // event reading tagged them when it found no role phrase, with the words of the tagged
    // text: the table facts read these instead of tagging the sentence again. Indexed by
    // sentence; empty where not tagged.
    struct Tagged
    {
        TaggedSentence sentence;
        WordStarts words; // of sentence.text
    };
    QList<std::optional<Tagged>> plainTagged;
    const TeamDirectory *directory = nullptr;

    // The match's two teams as directory indexes, or -1 when the directory does not know them.
    int homeTeam = -1;
    int awayTeam = -1;
    // The report states a final score but not who won it ("suffered another 1-0 defeat"): its
    // order is the reader's guess, and the goals' sides may turn it round.
    bool finalWinnerGuessed = false;
    QString homeName;
    QString awayName;

    QString sentenceText(int index) const
    {
        const Sentence &s = sentences.at(index);
        return text.mid(s.start, s.end - s.start);
    }
    int sentenceAt(int offset) const;
    // The match team the evidence so far ties a person to ("Fulham defender ⟦P⟧", a line-up),
    // or -1: none when both teams have as much (the hash's order must not decide: it differs
    // from one run to the next).
    int matchTeamOf(int person) const;
    Side sideOfTeam(int team) const
    {
        if (team < 0)
            return Side::None;
        if (team == homeTeam)
            return Side::Home;
        if (team == awayTeam)
            return Side::Away;
        return Side::None;
    }
};
