#include "structuredreader.h"

#include "prosedocument.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The match team a list's team name stands for, or -1.
int matchTeam(const ProseDocument &doc, const QString &written)
{
    if (written.isEmpty())
        return -1;
    QList<int> candidates = doc.directory->lookup(written);
    if (candidates.isEmpty()) {
        const int found = doc.directory->find(written);
        if (found >= 0)
            candidates.append(found);
    }
    for (int team : std::as_const(candidates)) {
        if (team == doc.homeTeam || team == doc.awayTeam)
            return team;
    }
    return -1;
}

int sentenceAt(const ProseDocument &doc, int offset)
{
    const int s = doc.sentenceAt(offset);
    return s >= 0 ? s : 0;
}

} // namespace

void StructuredReader::readCast(ProseDocument &doc)
{
    for (const ListedEvents::Player &p : std::as_const(doc.lists.players)) {
        const int team = matchTeam(doc, p.team);
        if (team < 0)
            continue;
        const int person = doc.people.findOrAdd(p.name);
        // A line-up is the surest word on whom a player plays for.
        if (person >= 0)
            doc.people.person(person).teamVotes[team] += 4;
    }
    for (const ListedEvents::Official &o : std::as_const(doc.lists.officials)) {
        const int person = doc.people.find(o.name);
        if (person >= 0)
            doc.people.person(person).official = true;
    }
}

QList<EventCandidate> StructuredReader::read(ProseDocument &doc)
{
    QList<EventCandidate> out;
    for (const ListedEvents::Item &item : std::as_const(doc.lists.items)) {
        EventCandidate c;
        c.type = item.type;
        c.sentence = sentenceAt(doc, item.span.start);
        c.offset = item.span.start;
        c.person = item.player.isEmpty() ? -1 : doc.people.findOrAdd(item.player);
        if (item.type == MatchEvent::Type::Substitution) {
            c.secondPerson =
                    item.secondPlayer.isEmpty() ? -1 : doc.people.findOrAdd(item.secondPlayer);
        }
        c.team = matchTeam(doc, item.team);
        // A list names the scoring side of a goal (the side an own goal counted for) and the
        // side of a booked or substituted player.
        c.teamFromPlayer = !MatchEvent::isGoalType(item.type);
        if (item.minute >= 0) {
            TimeExpression t;
            t.kind = TimeExpression::Kind::Minute;
            t.time = item.time();
            t.start = item.span.start;
            t.length = item.span.length;
            c.time = t;
        }
        c.detail = doc.text.mid(item.span.start, item.span.length).simplified();
        // A list is a record of the match, surer than a sentence's wording.
        c.confidence = 1.5;
        c.listed = true;
        out.append(c);
    }
    return out;
}
