#pragma once

#include "matchtime.h"
#include "wordstarts.h"

#include <QList>
#include <QString>

// A time phrase found in a sentence: a clock minute ("in the 83rd", "90+3", "on the stroke of
// halftime"), a time relative to another event ("nine minutes later"), or only a period ("in
// the second half", "in first-half stoppage time" when no minute can be given).
struct TimeExpression
{
    enum class Kind { Minute, Relative, Period };
    enum class Anchor { Previous, SameSentence };

    Kind kind = Kind::Minute;
    int start = 0; // in the text the expressions were found in
    int length = 0;
    MatchTime time; // Minute: the minute (added may be MatchTime::UnknownAdded); Period: period
    QList<MatchTime> moreTimes; // "in the 80th and 81st minutes": the second and later minutes
    int offset = 0; // Relative: minutes after (+) or before (-) the anchor
    bool offsetKnown = true; // false for "moments later", "soon after"
    Anchor anchor = Anchor::Previous;
    bool approximate = false; // "just after the hour", "last-minute"
    QString rule; // the rule of resources/data/rules/times.rules that read it ("time.nth-minute")
};

// The time phrases of a text, read by the "time." rules of the rule book
// (resources/data/rules/times.rules, where what each rule makes is written too).
class TimeExpressions
{
public:
    // Every time phrase in the text, in order, none overlapping: where two phrases overlap, the
    // one of the earlier rule is taken. The text must hold no lone surrogates
    // (ProseText::normalized() text never does): see Pattern.
    static QList<TimeExpression> find(const QString &text);
    // The same for each of many texts (the sentences of a report), given with their ASCII
    // letters in lower case (ProseText::foldedAscii()), with the words of each.
    static QList<QList<TimeExpression>> findEach(const QList<QStringView> &folded,
                                                 const QList<WordStarts> &words);
};
