#pragma once

#include "matchevent.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

// The patterns of the lists in a report's head or tail (see ListedEvents), built once from the
// word lists resources/data/words/list-*.txt, and the text operations their readers share.
class ListGrammar
{
public:
    // What a labelled list holds (see resources/data/words/list-labels.txt).
    enum class Kind : quint8 {
        Goals,
        Bookings,
        Dismissals,
        Substitutes,
        Referee,
        Assistants,
        Manager,
        Attendance,
        Venue,
        Score,
        Note,
    };

    // A stretch of the text with its offset, so that whatever is read from it keeps its place.
    struct Piece
    {
        int start = 0;
        QStringView text;

        int end() const { return start + int(text.size()); }
        bool isEmpty() const { return text.isEmpty(); }
        TextSpan span() const { return { start, int(text.size()) }; }
        QString toString() const { return text.toString(); }
        Piece mid(qsizetype from, qsizetype length = -1) const
        {
            return { start + int(from), text.mid(from, length) };
        }
        Piece trimmed() const
        {
            qsizetype b = 0;
            qsizetype e = text.size();
            while (b < e && text[b].isSpace())
                ++b;
            while (e > b && text[e - 1].isSpace())
                --e;
            return mid(b, e - b);
        }
        // Without the full stop or separator a line or a part of one may end with.
        Piece withoutStop() const
        {
            const Piece t = trimmed();
            return !t.isEmpty() && QStringView(u".,;").contains(t.text.back())
                    ? t.mid(0, t.text.size() - 1).trimmed()
                    : t;
        }
    };

    static const ListGrammar &instance();

    // A match anchored at from.
    QRegularExpressionMatch at(const QRegularExpression &re, QStringView s,
                               qsizetype from = 0) const;
    // Whether the pattern matches the whole of the text.
    bool whole(const QRegularExpression &re, QStringView s) const;
    QString folded(QStringView s) const; // the key of the lookups: simplified, lower case
    // A head that begins with a word of list-not-teams.txt: "Saturday:", "Possession:".
    bool notTeam(QStringView head) const;
    bool isTeam(QStringView s) const;
    bool isNothing(QStringView s) const; // "Booked: None"
    qsizetype closingBracket(QStringView s, qsizetype open) const;
    // The parts of a list, split at any of the separators outside brackets ("Ash (12, 45 pen)"
    // is one part), and at a spaced dash when asked (line-ups written "Pick - Ash, Bell - ...").
    QList<Piece> split(const Piece &p, QStringView separators, bool dashes = false) const;
    // Takes a leading bullet ("• ", "- ") off; false when there is none.
    bool stripBullet(Piece *p) const;

    QHash<QString, Kind> labels; // folded label: what its list holds
    QHash<QString, QString> marks; // folded mark: a type key, or "tag" for one making no event
    QHash<QString, QString> moments; // folded key-moment word: a type key, or "period"

    // [team] label, then ":", " - " or the end of the line; team in group 1, label in group 2.
    QRegularExpression labelLine;
    QRegularExpression embeddedLabel; // a label later in a line: ". Attendance: "
    // team [(formation)] then ":" or " - ": "Everton (4-4-2):"; formation in group 2.
    QRegularExpression teamHead;
    QRegularExpression teamScore; // "Everton 2"
    QRegularExpression team;
    QRegularExpression name; // a player: "T Ash", "Ian Bell", "van Dunn", never "Bell OG"
    // 12, 12', (12), 45+2, 12th minute, 60min: minute, added, ordinal and unit in groups 1-4.
    QRegularExpression minute;
    QRegularExpression mark; // "pen", "o.g.", "2nd yellow", "GK"
    QRegularExpression rating; // a player's mark out of ten in a fan's line-up: 7, 6.5
    QRegularExpression squadNumber; // "1 Pick, 2 Ash"
    QRegularExpression bullet;
    QRegularExpression change; // "Roy for Bell 61": the player coming on in group 1
    QRegularExpression momentMarker; // "• Goal!" alone on its line
    QRegularExpression momentInline; // "30' Goal! Tom Ash", "Yellow Card! Sam Cole 62'"
    QRegularExpression minuteLine; // "30'"
    QRegularExpression momentAux; // lines a key-moments list holds besides moments: "2", "HT: 1 - 0"
    QRegularExpression attendance; // "20,447"
    QRegularExpression venue; // "Harbour Road, Harbour Town"
    QRegularExpression score; // "1 - 0"
    // "Roy for Ash" (on, off) and "Ash replaced by Roy" (off, on) in a key moment.
    QRegularExpression subsFor;
    QRegularExpression subsBy;

private:
    ListGrammar();
};
