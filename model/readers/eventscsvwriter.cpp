#include "eventscsvwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray EventsCsvWriter::write(const Match &match)
{
    QByteArray out = "time,minute,added,period,team,side,type,player,second_player,detail,score_"
                     "home,score_away,xg\n";
    const QList<Score> scores = match.runningScores();
    for (qsizetype i = 0; i < match.events.size(); ++i) {
        const MatchEvent &e = match.events.at(i);
        const MatchTime &t = e.time;
        const QString type =
                e.isPeriodMarker() ? MatchEvent::markerKey(e.type) : MatchEvent::typeKey(e.type);
        const QStringList fields {
            field(t.label()),
            t.hasMinute() ? QString::number(t.minute()) : QString(),
            t.hasMinute() && t.added() != MatchTime::UnknownAdded ? QString::number(t.added())
                                                                  : QString(),
            t.isKnown() ? QString::number(int(t.period())) : QString(),
            field(match.teamName(e.side)),
            MatchEvent::sideKey(e.side),
            type,
            field(e.player),
            field(e.secondPlayer),
            field(e.detail),
            QString::number(scores.at(i).home),
            QString::number(scores.at(i).away),
            e.hasXg() ? QString::number(e.xg, 'f', 4) : QString(),
        };
        out += fields.join(u',').toUtf8() + '\n';
    }
    return out;
}
