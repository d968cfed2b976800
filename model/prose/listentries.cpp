#include "listentries.h"

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = MatchEvent::Type;
using Result = ListedEvents::Result;
using Item = ListedEvents::Item;
using Kind = ListGrammar::Kind;
using Piece = ListGrammar::Piece;

struct Hit
{
    int minute = -1;
    int added = 0;
    QString mark;
};

// A player of a list and what the list writes after them: "Bell 30 og", "Ash (Everton) 12".
struct Entry
{
    Piece name;
    QString team;
    QList<Hit> hits;
    QString mark; // one written with no minute: "Goals: Ash (pen)"
    int end = 0;
};

// A player of a line-up, of a bench or an official: a name, what is in brackets after it, and
// whether a number follows it (a rating, in a line-up).
struct Member
{
    Piece name;
    QList<Piece> brackets; // with the brackets
    bool rated = false;
};

std::optional<Type> typeFor(Kind kind, const QString &mark, int nth)
{
    if (mark.isEmpty()) {
        switch (kind) {
        case Kind::Goals:
            return Type::Goal;
        case Kind::Bookings:
            // A player booked twice in one list was booked a second time.
            return nth > 0 ? Type::SecondYellow : Type::YellowCard;
        case Kind::Dismissals:
            return Type::RedCard;
        default:
            return std::nullopt;
        }
    }
    Type type;
    if (!MatchEvent::typeFromKey(mark, &type))
        return std::nullopt;
    const bool goal = MatchEvent::isGoalType(type) || type == Type::MissedPenalty;
    const bool card =
            type == Type::YellowCard || type == Type::SecondYellow || type == Type::RedCard;
    if (kind == Kind::Goals ? goal : card)
        return type;
    return std::nullopt;
}

bool parseEntry(const Piece &part, Entry *entry)
{
    const ListGrammar &g = ListGrammar::instance();
    const QStringView s = part.text;
    qsizetype pos = 0;
    if (const auto m = g.at(g.name, s); m.hasMatch()) {
        entry->name = part.mid(0, m.capturedLength());
        pos = m.capturedEnd();
    }
    QString pending;
    while (true) {
        while (pos < s.size()) {
            const QChar c = s[pos];
            // A dash only between the name and the times: "Ash - 12" but never "Fulham 2-1".
            if (!(c.isSpace() || u",:.)"_s.contains(c)
                  || ((c == u'-' || c == u'–') && entry->hits.isEmpty())))
                break;
            ++pos;
        }
        if (pos == s.size())
            break;
        if (s[pos] == u'(') {
            const qsizetype close = s.indexOf(u')', pos);
            const QStringView inner =
                    close > pos ? s.mid(pos + 1, close - pos - 1).trimmed() : QStringView();
            if (!entry->name.isEmpty() && entry->team.isEmpty() && g.isTeam(inner)) {
                entry->team = inner.toString();
                pos = close + 1;
            } else {
                ++pos;
            }
            continue;
        }
        if (const auto m = g.at(g.mark, s, pos); m.hasMatch()) {
            const QString key = g.marks.value(g.folded(m.capturedView(1)));
            pos = m.capturedEnd();
            if (key == u"tag")
                continue;
            if (!pending.isEmpty())
                return false;
            if (!entry->hits.isEmpty() && entry->hits.last().mark.isEmpty())
                entry->hits.last().mark = key;
            else
                pending = key;
            continue;
        }
        if (const auto m = g.at(g.minute, s, pos); m.hasMatch()) {
            const Hit hit { m.capturedView(1).toInt(), m.capturedView(2).toInt(), pending };
            if (hit.minute < 1 || hit.minute > 130 || hit.added > 30)
                return false;
            entry->hits.append(hit);
            pending.clear();
            pos = m.capturedEnd();
            continue;
        }
        return false;
    }
    entry->mark = pending;
    entry->end = part.end();
    return !entry->name.isEmpty() || !entry->hits.isEmpty();
}

bool parseEntries(const Piece &list, QList<Entry> *entries)
{
    const ListGrammar &g = ListGrammar::instance();
    for (const Piece &part : g.split(list, u",;")) {
        if (part.isEmpty())
            continue;
        Entry e;
        if (!parseEntry(part, &e)) {
            // "Booked: Ash, Cole and Dunn"
            qsizetype cut = part.text.indexOf(u" and "_s);
            const qsizetype length = cut < 0 ? 3 : 5;
            if (cut < 0)
                cut = part.text.indexOf(u" & "_s);
            Entry a;
            Entry b;
            if (cut < 0 || !parseEntry(part.mid(0, cut).trimmed(), &a) || a.name.isEmpty()
                || !parseEntry(part.mid(cut + length).trimmed(), &b) || b.name.isEmpty())
                return false;
            entries->append(a);
            entries->append(b);
            continue;
        }
        if (e.name.isEmpty()) {
            // "Ash 12, 45": the 45 is Ash's too.
            if (entries->isEmpty() || !e.mark.isEmpty())
                return false;
            entries->last().hits += e.hits;
            entries->last().end = e.end;
            continue;
        }
        entries->append(e);
    }
    return !entries->isEmpty();
}

bool parseMember(const Piece &part, Member *member)
{
    const ListGrammar &g = ListGrammar::instance();
    const QStringView s = part.text;
    qsizetype pos = 0;
    if (const auto n = g.at(g.squadNumber, s); n.hasMatch())
        pos = n.capturedEnd();
    const auto n = g.at(g.name, s, pos);
    if (!n.hasMatch())
        return false;
    member->name = part.mid(pos, n.capturedLength());
    pos = n.capturedEnd();
    while (true) {
        while (pos < s.size() && (s[pos].isSpace() || s[pos] == u'*' || s[pos] == u'.'))
            ++pos;
        if (pos == s.size())
            return true;
        if (s[pos] == u'(') {
            const qsizetype close = g.closingBracket(s, pos);
            if (close < 0)
                return false;
            member->brackets.append(part.mid(pos, close - pos + 1));
            pos = close + 1;
        } else if (const auto r = g.at(g.rating, s, pos); r.hasMatch()) {
            member->rated = true;
            pos = r.capturedEnd();
        } else if (const auto k = g.at(g.mark, s, pos);
                   k.hasMatch() && g.marks.value(g.folded(k.capturedView(1))) == u"tag") {
            pos = k.capturedEnd();
        } else {
            return false;
        }
    }
}

// What a line-up writes in brackets after a player: the changes ("Roy 61'", "60. Stuart 7",
// "Roy 61, Cole 80": Cole on for Roy later), a card ("booked 30"), tags ("GK"). A bare number
// after a name is a rating when the line rates its players, and never a minute then.
void readBracket(const Piece &inner, QString off, const QString &team, bool ratings, TextSpan span,
                 Result &out)
{
    const ListGrammar &g = ListGrammar::instance();
    int lastChange = -1;
    for (const Piece &part : g.split(inner.trimmed(), u",;")) {
        const QStringView s = part.text;
        qsizetype pos = 0;
        QString card;
        for (auto k = g.at(g.mark, s, pos); k.hasMatch(); k = g.at(g.mark, s, pos)) {
            const QString key = g.marks.value(g.folded(k.capturedView(1)));
            if (key != u"tag")
                card = key;
            pos = k.capturedEnd();
            while (pos < s.size() && s[pos].isSpace())
                ++pos;
        }
        int minute = -1;
        int added = 0;
        bool leading = false;
        if (const auto m = g.at(g.minute, s, pos); m.hasMatch()) {
            minute = m.capturedView(1).toInt();
            added = m.capturedView(2).toInt();
            pos = m.capturedEnd();
            while (pos < s.size() && (s[pos].isSpace() || s[pos] == u'.'))
                ++pos;
            leading = true;
        }
        if (!card.isEmpty()) {
            const auto type = typeFor(Kind::Bookings, card, 0);
            if (type) {
                Item item;
                item.type = *type;
                item.player = off;
                item.team = team;
                item.minute = minute;
                item.added = added;
                item.span = span;
                out.items.append(item);
            }
            continue;
        }
        const auto n = g.at(g.name, s, pos);
        if (!n.hasMatch()) {
            // "(Roy, 61)": the minute of the change before.
            if (leading && pos == s.size() && lastChange >= 0 && out.items[lastChange].minute < 0) {
                out.items[lastChange].minute = minute;
                out.items[lastChange].added = added;
            }
            continue;
        }
        const QString on = n.captured();
        pos = n.capturedEnd();
        QList<Piece> nested;
        while (pos < s.size()) {
            if (s[pos].isSpace() || s[pos] == u'.') {
                ++pos;
            } else if (s[pos] == u'(') {
                const qsizetype close = g.closingBracket(s, pos);
                if (close < 0)
                    break;
                nested.append(part.mid(pos + 1, close - pos - 1));
                pos = close + 1;
            } else if (const auto m = g.at(g.minute, s, pos); m.hasMatch()) {
                const bool marked = m.capturedLength(2) > 0 || m.capturedLength(3) > 0
                        || m.capturedLength(4) > 0;
                if (minute < 0 && (marked || (!ratings && !leading))) {
                    minute = m.capturedView(1).toInt();
                    added = m.capturedView(2).toInt();
                }
                pos = m.capturedEnd();
            } else if (const auto r = g.at(g.rating, s, pos); r.hasMatch()) {
                pos = r.capturedEnd();
            } else {
                break;
            }
        }
        Item item;
        item.type = Type::Substitution;
        item.player = off;
        item.secondPlayer = on;
        item.team = team;
        item.minute = minute;
        item.added = added;
        item.span = span;
        lastChange = int(out.items.size());
        out.items.append(item);
        out.players.append(
                { on, team, { part.start + int(n.capturedStart()), int(n.capturedLength()) } });
        for (const Piece &p : std::as_const(nested))
            readBracket(p, on, team, ratings, span, out);
        off = on;
    }
}

bool readSubstitutes(const Piece &list, const QString &team, Result &out)
{
    const ListGrammar &g = ListGrammar::instance();
    Result r;
    QList<int> bench; // players whose side a later "(Leicester)" may give: "Gee, Ward (Leicester)"
    for (const Piece &part : g.split(list, u",;")) {
        if (part.isEmpty())
            continue;
        if (const auto m = g.at(g.change, part.text); m.hasMatch()) {
            // "Roy for Bell 61"
            Entry off;
            if (!parseEntry(part.mid(m.capturedEnd()), &off) || off.name.isEmpty()
                || !off.mark.isEmpty() || off.hits.size() > 1
                || (!off.hits.isEmpty() && !off.hits.first().mark.isEmpty()))
                return false;
            Item item;
            item.type = Type::Substitution;
            item.player = off.name.toString();
            item.secondPlayer = m.captured(1);
            item.team = off.team.isEmpty() ? team : off.team;
            if (!off.hits.isEmpty()) {
                item.minute = off.hits.first().minute;
                item.added = off.hits.first().added;
            }
            item.span = part.span();
            r.items.append(item);
            r.players.append(
                    { item.secondPlayer, item.team, part.mid(0, m.capturedLength(1)).span() });
            r.players.append({ item.player, item.team, off.name.span() });
            continue;
        }
        Member member;
        if (!parseMember(part, &member) || member.rated)
            return false;
        bench.append(int(r.players.size()));
        r.players.append({ member.name.toString(), team, member.name.span() });
        for (const Piece &b : std::as_const(member.brackets)) {
            const QStringView inner = b.text.mid(1, b.text.size() - 2).trimmed();
            if (!g.isTeam(inner))
                continue;
            for (int i : std::as_const(bench))
                r.players[i].team = inner.toString();
            bench.clear();
        }
    }
    ListEntries::append(out, r);
    return true;
}

} // namespace

void ListEntries::append(Result &to, const Result &from)
{
    to.items += from.items;
    to.teams += from.teams;
    to.players += from.players;
    to.officials += from.officials;
    if (!from.venue.isEmpty())
        to.venue = from.venue;
    if (from.attendance >= 0)
        to.attendance = from.attendance;
}

bool ListEntries::readEvents(Kind kind, const Piece &list, const QString &team, Result &out,
                             bool needMinutes, int *count)
{
    QList<Entry> entries;
    if (!parseEntries(list, &entries))
        return false;
    Result r;
    int n = 0;
    for (const Entry &e : std::as_const(entries)) {
        if ((needMinutes && e.hits.isEmpty()) || (!e.hits.isEmpty() && !e.mark.isEmpty()))
            return false;
        const QList<Hit> hits = e.hits.isEmpty() ? QList<Hit> { Hit { -1, 0, e.mark } } : e.hits;
        const QString side = e.team.isEmpty() ? team : e.team;
        bool ownGoals = true;
        for (int i = 0; i < hits.size(); ++i) {
            const auto type = typeFor(kind, hits.at(i).mark, i);
            if (!type)
                return false;
            ownGoals = ownGoals && *type == Type::OwnGoal;
            Item item;
            item.type = *type;
            item.player = e.name.toString();
            item.team = side;
            item.minute = hits.at(i).minute;
            item.added = hits.at(i).added;
            item.span = { e.name.start, e.end - e.name.start };
            r.items.append(item);
        }
        if (!ownGoals)
            r.players.append({ e.name.toString(), side, e.name.span() });
        n += int(hits.size());
    }
    append(out, r);
    if (count != nullptr)
        *count = n;
    return true;
}

bool ListEntries::readLineUp(const QString &team, const Piece &list, bool formation, Result &out)
{
    const ListGrammar &g = ListGrammar::instance();
    QList<Member> members;
    qsizetype rated = 0;
    for (const Piece &part : g.split(list, u",;", true)) {
        if (part.isEmpty())
            continue;
        Member member;
        if (!parseMember(part, &member))
            return false;
        if (member.rated)
            ++rated;
        members.append(member);
    }
    const bool ratings = rated * 2 >= members.size();
    Result r;
    for (const Member &m : std::as_const(members)) {
        r.players.append({ m.name.toString(), team, m.name.span() });
        for (const Piece &b : m.brackets) {
            readBracket(b.mid(1, b.text.size() - 2), m.name.toString(), team, ratings,
                        { m.name.start, b.end() - m.name.start }, r);
        }
    }
    const bool timedChange = std::any_of(r.items.cbegin(), r.items.cend(), [](const Item &i) {
        return i.type == Type::Substitution && i.minute >= 0;
    });
    // A line-up by its shape: a formation, a full side, or a change with its minute.
    if (!formation && members.size() < 9 && !(list.text.contains(u';') && members.size() >= 7)
        && !timedChange)
        return false;
    append(out, r);
    return true;
}

bool ListEntries::read(Kind kind, const Piece &list, const QString &team, Result &out)
{
    const ListGrammar &g = ListGrammar::instance();
    if (g.isNothing(list.text))
        return true;
    Result r;
    switch (kind) {
    case Kind::Goals:
    case Kind::Bookings:
    case Kind::Dismissals:
    case Kind::Substitutes: {
        const auto readList = [&](const Piece &part, const QString &side, Result &to) {
            return kind == Kind::Substitutes ? readSubstitutes(part, side, to)
                                             : readEvents(kind, part, side, to);
        };
        // "Bookings: Everton - Ash (23), Cole (67); Fulham - Bell (80)"
        for (const Piece &segment : g.split(list, u";")) {
            if (segment.isEmpty())
                continue;
            const auto m = g.at(g.teamHead, segment.text);
            if (m.hasMatch() && m.capturedLength(2) == 0 && !g.notTeam(m.capturedView(1))) {
                Result t;
                t.teams.append({ m.captured(1), -1, segment.mid(0, m.capturedLength(1)).span() });
                if (readList(segment.mid(m.capturedEnd()).trimmed(), m.captured(1), t)) {
                    append(r, t);
                    continue;
                }
            }
            if (!readList(segment, team, r))
                return false;
        }
        break;
    }
    case Kind::Referee:
    case Kind::Assistants:
    case Kind::Manager:
    case Kind::Note:
        for (const Piece &part : g.split(list, u",;")) {
            Member member;
            if (!parseMember(part, &member) || member.rated)
                return false;
            if (kind == Kind::Note) {
                r.players.append({ member.name.toString(), team, member.name.span() });
                continue;
            }
            using Role = ListedEvents::Official::Role;
            const Role role = kind == Kind::Referee ? Role::Referee
                    : kind == Kind::Manager         ? Role::Manager
                                                    : Role::Assistant;
            r.officials.append({ role, member.name.toString(),
                                 role == Role::Manager ? team : QString(), member.name.span() });
        }
        break;
    case Kind::Attendance: {
        const auto m = g.at(g.attendance, list.text);
        if (!m.hasMatch())
            return false;
        QString digits = m.captured(1);
        digits.remove(u',').remove(u'.').remove(u' ');
        r.attendance = digits.toInt();
        break;
    }
    case Kind::Venue:
        if (!g.whole(g.venue, list.text))
            return false;
        r.venue = list.toString();
        break;
    case Kind::Score:
        if (!g.whole(g.score, list.text))
            return false;
        break;
    }
    append(out, r);
    return true;
}
