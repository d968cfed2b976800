#include "listedevents.h"

#include "listentries.h"
#include "listgrammar.h"

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = MatchEvent::Type;
using Result = ListedEvents::Result;
using Item = ListedEvents::Item;
using Kind = ListGrammar::Kind;
using Piece = ListGrammar::Piece;

struct Segment
{
    std::optional<Kind> kind; // none for the text before a line's first label
    Piece text;
};

// The lines of a key-moments list.
struct Moment
{
    Type type = Type::Other;
    QString player, secondPlayer;
    TextSpan span;
    int minute = -1;
    int added = 0;
};

class Reader
{
public:
    explicit Reader(const QString &text);
    Result read();

private:
    enum class Labelled { No, Taken, Heading };

    void take(int line);
    bool blank(int line) const { return m_lines.at(line).isEmpty(); }

    QList<Segment> segments(const Piece &rest) const;
    bool readScorers(Piece list, int score, const QString &team, Result &out) const;

    Labelled readLabelled(const QRegularExpressionMatch &m, const Piece &line, Kind *kind);
    bool readUnder(Kind kind, const Piece &line);
    bool readTeamHead(const Piece &line);
    bool readScoreHead(int line, int *last);
    void readMoments();
    bool readMoment(int line, Moment *moment, int *next) const;

    const ListGrammar &g = ListGrammar::instance();
    QList<Piece> m_lines; // trimmed
    QList<bool> m_taken;
    Result m_result;
    QString m_blockTeam; // the team whose line-up heads the lines being read
    QString m_headingTeam; // the team of a label alone on its line ("Fulham bookings")
    int m_lastScoreLine = -2;
};

Reader::Reader(const QString &text)
{
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0)
            end = text.size();
        m_lines.append(Piece { int(from), QStringView(text).mid(from, end - from) }.trimmed());
        from = end + 1;
    }
    m_taken.fill(false, m_lines.size());
}

void Reader::take(int line)
{
    if (line < 0 || m_taken.at(line))
        return;
    m_taken[line] = true;
    m_result.spans.append(m_lines.at(line).span());
}

// The rest of a line cut at each label in it: "Referee: Ash (Leeds). Attendance: 20,447".
QList<Segment> Reader::segments(const Piece &rest) const
{
    QList<Segment> out;
    std::optional<Kind> kind;
    qsizetype from = 0;
    auto it = g.embeddedLabel.globalMatch(rest.text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({ kind, rest.mid(from, m.capturedStart() - from).withoutStop() });
        kind = g.labels.value(g.folded(m.capturedView(1)));
        from = m.capturedEnd();
    }
    out.append({ kind, rest.mid(from).withoutStop() });
    return out;
}

Reader::Labelled Reader::readLabelled(const QRegularExpressionMatch &m, const Piece &line,
                                      Kind *kind)
{
    *kind = g.labels.value(g.folded(m.capturedView(2)));
    const QStringView prefix = m.capturedView(1);
    if (!prefix.isEmpty() && g.notTeam(prefix))
        return Labelled::No;
    const QString team = prefix.isEmpty() ? m_blockTeam : prefix.toString();
    const Piece rest = line.mid(m.capturedEnd()).trimmed();
    if (rest.isEmpty()) {
        m_headingTeam = team;
        return Labelled::Heading;
    }
    Result r;
    if (!prefix.isEmpty())
        r.teams.append({ team, -1, line.mid(m.capturedStart(1), prefix.size()).span() });
    for (const Segment &s : segments(rest)) {
        if (!ListEntries::read(s.kind.value_or(*kind), s.text, team, r))
            return Labelled::No;
    }
    ListEntries::append(m_result, r);
    return Labelled::Taken;
}

bool Reader::readUnder(Kind kind, const Piece &line)
{
    if (const auto m = g.at(g.teamHead, line.text); m.hasMatch()) {
        Result lineUp;
        if (ListEntries::readLineUp(m.captured(1), line.mid(m.capturedEnd()).trimmed(),
                                    m.capturedLength(2) > 0, lineUp))
            return false;
    }
    Piece list = line;
    g.stripBullet(&list);
    Result r;
    if (!ListEntries::read(kind, list, m_headingTeam, r))
        return false;
    ListEntries::append(m_result, r);
    return true;
}

bool Reader::readTeamHead(const Piece &line)
{
    const auto m = g.at(g.teamHead, line.text);
    if (!m.hasMatch() || g.notTeam(m.capturedView(1)))
        return false;
    const QString team = m.captured(1);
    const QList<Segment> parts = segments(line.mid(m.capturedEnd()).trimmed());
    Result r;
    r.teams.append({ team, -1, line.mid(0, m.capturedLength(1)).span() });
    const bool lineUp =
            ListEntries::readLineUp(team, parts.first().text, m.capturedLength(2) > 0, r);
    // "Leicester: Draper 60, Roberts 82": scorers, when every one has a minute.
    if (!lineUp && !ListEntries::readEvents(Kind::Goals, parts.first().text, team, r, true))
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!ListEntries::read(*parts.at(i).kind, parts.at(i).text, team, r))
            return false;
    }
    ListEntries::append(m_result, r);
    if (lineUp)
        m_blockTeam = team;
    return true;
}

bool Reader::readScorers(Piece list, int score, const QString &team, Result &out) const
{
    list = list.trimmed();
    while (!list.isEmpty() && u"-–,;:"_s.contains(list.text.front()))
        list = list.mid(1).trimmed();
    list = list.withoutStop();
    if (list.text.startsWith(u'(') && g.closingBracket(list.text, 0) == list.text.size() - 1)
        list = list.mid(1, list.text.size() - 2).trimmed();
    if (score == 0)
        return list.isEmpty();
    int count = 0;
    return ListEntries::readEvents(Kind::Goals, list, team, out, false, &count) && count == score;
}

// "Everton 2 Ash 12, Dunn 77 Fulham 1 Bell 30", "Everton 1 Ash 45 Fulham 0", or a team and its
// score alone on a line with its scorers on the lines below, as many as the score says.
bool Reader::readScoreHead(int line, int *last)
{
    const Piece text = m_lines.at(line).withoutStop();
    const auto m = g.at(g.teamScore, text.text);
    if (!m.hasMatch() || g.notTeam(m.capturedView(1)))
        return false;
    const QString team = m.captured(1);
    const int score = m.capturedView(2).toInt();
    const Piece rest = text.mid(m.capturedEnd()).trimmed();
    Result r;
    r.teams.append({ team, score, text.mid(0, m.capturedEnd()).span() });
    const auto timed = [](const Result &result) {
        return std::any_of(result.items.cbegin(), result.items.cend(),
                           [](const Item &i) { return i.minute >= 0; });
    };
    *last = line;
    if (!rest.isEmpty()) {
        for (qsizetype p = 1; p < rest.text.size(); ++p) {
            if (!rest.text[p].isUpper() || !rest.text[p - 1].isSpace())
                continue;
            const auto other = g.at(g.teamScore, rest.text, p);
            if (!other.hasMatch() || g.notTeam(other.capturedView(1)))
                continue;
            Result both = r;
            const int otherScore = other.capturedView(2).toInt();
            both.teams.append(
                    { other.captured(1), otherScore, rest.mid(p, other.capturedEnd() - p).span() });
            if (readScorers(rest.mid(0, p), score, team, both)
                && readScorers(rest.mid(other.capturedEnd()), otherScore, other.captured(1), both)
                && timed(both)) {
                ListEntries::append(m_result, both);
                return true;
            }
        }
        // "Everton 2 Ash 12, Dunn 77"; but "Blackburn 1 Ashford 1" is two teams and a score.
        const auto bare = g.at(g.teamScore, rest.text);
        if (score > 0 && !(bare.hasMatch() && bare.capturedEnd() == rest.text.size())
            && readScorers(rest, score, team, r) && timed(r)) {
            ListEntries::append(m_result, r);
            return true;
        }
        return false;
    }
    int count = 0;
    int next = line + 1;
    while (count < score && next < m_lines.size() && !blank(next) && !m_taken.at(next)) {
        Piece scorers = m_lines.at(next).withoutStop();
        const bool bulleted = g.stripBullet(&scorers);
        int goals = 0;
        if (!ListEntries::readEvents(Kind::Goals, scorers, team, r, !bulleted, &goals))
            break;
        count += goals;
        ++next;
    }
    if ((next > line + 1 && count == score)
        || (score == 0 && next == line + 1 && m_lastScoreLine == line - 1)) {
        ListEntries::append(m_result, r);
        *last = next - 1;
        return true;
    }
    return false;
}

// A key moment starting at a line: "• Goal!" with the player on the next line (two players,
// off then on, for a substitution), or all on one line: "30' Goal! Tom Ash", "Yellow Card! Sam
// Cole 62'".
bool Reader::readMoment(int line, Moment *moment, int *next) const
{
    const QStringView s = m_lines.at(line).text;
    const auto typeOf = [&](QStringView words) {
        Type type = Type::Other;
        MatchEvent::typeFromKey(g.moments.value(g.folded(words)), &type);
        return type;
    };
    const auto isName = [&](int i) {
        return i < m_lines.size() && !m_taken.at(i) && g.whole(g.name, m_lines.at(i).text)
                && !g.whole(g.momentMarker, m_lines.at(i).text);
    };
    if (const auto m = g.at(g.momentMarker, s); m.hasMatch()) {
        moment->type = typeOf(m.capturedView(1));
        if (moment->type == Type::Other || !isName(line + 1))
            return false;
        int end = line + 1;
        moment->player = m_lines.at(end).toString();
        if (moment->type == Type::Substitution && isName(end + 1))
            moment->secondPlayer = m_lines.at(++end).toString();
        moment->span = { m_lines.at(line).start, m_lines.at(end).end() - m_lines.at(line).start };
        *next = end + 1;
        return true;
    }
    const auto m = g.at(g.momentInline, s);
    if (!m.hasMatch()
        || (m.capturedLength(1) == 0 && m.capturedLength(5) == 0
            && !m.capturedView(3).contains(u'!') && !m.capturedView(3).contains(u':')))
        return false;
    moment->type = typeOf(m.capturedView(2));
    const QStringView who = m.capturedView(4);
    if (moment->type == Type::Substitution) {
        if (const auto f = g.at(g.subsFor, who); f.hasMatch()) {
            moment->player = f.captured(2);
            moment->secondPlayer = f.captured(1);
        } else if (const auto b = g.at(g.subsBy, who); b.hasMatch()) {
            moment->player = b.captured(1);
            moment->secondPlayer = b.captured(2);
        } else if (g.whole(g.name, who)) {
            moment->player = who.toString();
        } else {
            return false;
        }
    } else if (moment->type == Type::Other || !g.whole(g.name, who)) {
        return false;
    } else {
        moment->player = who.toString();
    }
    const QStringView minute = m.capturedLength(1) > 0 ? m.capturedView(1) : m.capturedView(5);
    if (const auto t = g.at(g.minute, minute); t.hasMatch()) {
        moment->minute = t.capturedView(1).toInt();
        moment->added = t.capturedView(2).toInt();
    }
    moment->span = m_lines.at(line).span();
    *next = line + 1;
    return true;
}

// Key moments as a club site shows them in two columns, flattened into lines: each minute on a
// line of its own, after the home side's moments and before the away side's, and written once
// for two moments of one minute. A minute goes to the moment it alone can belong to first.
void Reader::readMoments()
{
    const auto isMinute = [&](int i) {
        return !m_taken.at(i) && g.whole(g.minuteLine, m_lines.at(i).text);
    };
    const auto isAux = [&](int i) {
        const QStringView s = m_lines.at(i).text;
        const auto m = g.at(g.momentMarker, s);
        return !m_taken.at(i)
                && (g.whole(g.momentAux, s)
                    || (m.hasMatch() && g.moments.value(g.folded(m.capturedView(1))) == u"period"));
    };
    // A line of the list: a moment, a minute, or neither ("• HT", a score).
    struct Slot
    {
        int moment = -1;
        int minuteLine = -1;
        bool used = false;
    };
    for (int i = 0; i < m_lines.size(); ++i) {
        Moment moment;
        int next = 0;
        if (m_taken.at(i) || blank(i) || !readMoment(i, &moment, &next))
            continue;
        int top = i;
        while (top > 0 && !blank(top - 1) && (isAux(top - 1) || isMinute(top - 1)))
            --top;
        QList<Moment> moments;
        QList<Slot> places;
        int bottom = top;
        for (int j = top; j < m_lines.size() && !m_taken.at(j);) {
            if (blank(j)) {
                int k = j;
                while (k < m_lines.size() && blank(k))
                    ++k;
                Moment probe;
                if (k == m_lines.size()
                    || !(isMinute(k) || isAux(k) || readMoment(k, &probe, &next)))
                    break;
                j = k;
                continue;
            }
            if (Moment found; readMoment(j, &found, &next)) {
                places.append({ int(moments.size()), -1 });
                moments.append(found);
                j = next;
            } else if (isMinute(j) || isAux(j)) {
                places.append({ -1, isMinute(j) ? j : -1 });
                ++j;
            } else {
                break;
            }
            bottom = j - 1;
        }
        const auto minuteAt = [&](int k) {
            return k >= 0 && k < places.size() && places.at(k).minuteLine >= 0;
        };
        const auto untimed = [&](int k) {
            return k >= 0 && k < places.size() && places.at(k).moment >= 0
                            && moments.at(places.at(k).moment).minute < 0
                    ? places.at(k).moment
                    : -1;
        };
        const auto give = [&](int k, int to) {
            const auto t = g.at(g.minute, m_lines.at(places.at(k).minuteLine).text);
            moments[to].minute = t.capturedView(1).toInt();
            moments[to].added = t.capturedView(2).toInt();
            places[k].used = true;
        };
        // First the minutes that only one moment beside them can take, then the moments that
        // have only one minute left beside them.
        for (bool changed = true; changed;) {
            changed = false;
            for (int k = 0; k < places.size(); ++k) {
                if (!minuteAt(k) || places.at(k).used)
                    continue;
                const int before = untimed(k - 1);
                const int after = untimed(k + 1);
                if ((before < 0) != (after < 0)) {
                    give(k, std::max(before, after));
                    changed = true;
                }
            }
            for (int k = 0; k < places.size() && !changed; ++k) {
                if (untimed(k) < 0)
                    continue;
                QList<int> free;
                for (int n : { k - 1, k + 1 }) {
                    if (minuteAt(n) && !places.at(n).used)
                        free.append(n);
                }
                if (free.size() == 1) {
                    give(free.first(), places.at(k).moment);
                    changed = true;
                }
            }
        }
        // A moment with no minute line beside it shares the minute of the one before it.
        const Moment *previous = nullptr;
        for (int k = 0; k < places.size(); ++k) {
            if (places.at(k).moment < 0)
                continue;
            Moment &m = moments[places.at(k).moment];
            if (m.minute < 0 && previous != nullptr && !minuteAt(k - 1) && !minuteAt(k + 1)) {
                m.minute = previous->minute;
                m.added = previous->added;
            }
            previous = &m;
        }
        for (const Moment &m : std::as_const(moments)) {
            Item item;
            item.type = m.type;
            item.player = m.player;
            item.secondPlayer = m.secondPlayer;
            item.minute = m.minute;
            item.added = m.added;
            item.span = m.span;
            m_result.items.append(item);
            m_result.players.append({ m.player, QString(), m.span });
            if (!m.secondPlayer.isEmpty())
                m_result.players.append({ m.secondPlayer, QString(), m.span });
        }
        for (int k = top; k <= bottom; ++k) {
            if (!blank(k))
                take(k);
        }
        i = bottom;
    }
}

Result Reader::read()
{
    readMoments();
    Kind heading = Kind::Goals;
    int headingLine = -1; // a label alone on its line, heading the lines below it
    int zeroLine = -1; // "Fulham 0" over the other side's scorers: taken with them
    Result zero;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_taken.at(i) || blank(i))
            continue;
        const Piece line = m_lines.at(i).withoutStop();
        // No list line is this long; a paragraph of prose often is.
        if (line.text.size() > 2000) {
            m_blockTeam.clear();
            headingLine = -1;
            continue;
        }
        const auto label = g.at(g.labelLine, line.text);
        if (headingLine >= 0 && !label.hasMatch() && readUnder(heading, line)) {
            take(headingLine);
            take(i);
            continue;
        }
        headingLine = -1;
        if (label.hasMatch()) {
            Kind kind = Kind::Goals;
            switch (readLabelled(label, line, &kind)) {
            case Labelled::Taken:
                take(i);
                continue;
            case Labelled::Heading:
                heading = kind;
                headingLine = i;
                continue;
            case Labelled::No:
                // A label line that is not a list is prose ("Full-time: Everton 2, Fulham 1"
                // is not a list of scorers).
                m_blockTeam.clear();
                continue;
            }
        }
        int last = i;
        if (readScoreHead(i, &last)) {
            if (zeroLine == i - 1) {
                ListEntries::append(m_result, zero);
                take(zeroLine);
            }
            for (int k = i; k <= last; ++k)
                take(k);
            m_lastScoreLine = last;
            i = last;
            continue;
        }
        if (const auto m = g.at(g.teamScore, line.text);
            m.hasMatch() && m.capturedEnd() == line.text.size() && m.capturedView(2) == u"0") {
            zero = {};
            zero.teams.append({ m.captured(1), 0, line.span() });
            zeroLine = i;
        }
        if (readTeamHead(line)) {
            take(i);
            continue;
        }
        m_blockTeam.clear();
    }

    const auto byStart = [](const auto &a, const auto &b) { return a.span.start < b.span.start; };
    std::stable_sort(m_result.items.begin(), m_result.items.end(), byStart);
    std::stable_sort(m_result.teams.begin(), m_result.teams.end(), byStart);
    std::stable_sort(m_result.players.begin(), m_result.players.end(), byStart);
    std::stable_sort(m_result.officials.begin(), m_result.officials.end(), byStart);
    return m_result;
}

} // namespace

ListedEvents::Result ListedEvents::read(const QString &text)
{
    Result result = Reader(text).read();
    // One span for each run of list lines with nothing but white space between them.
    QList<TextSpan> &spans = result.spans;
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan &s : std::as_const(spans)) {
        if (!merged.isEmpty()
            && QStringView(text)
                       .mid(merged.last().end(), s.start - merged.last().end())
                       .trimmed()
                       .isEmpty())
            merged.last().length = s.end() - merged.last().start;
        else
            merged.append(s);
    }
    spans = merged;
    return result;
}
