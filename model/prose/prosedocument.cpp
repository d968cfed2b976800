#include "prosedocument.h"

int ProseDocument::sentenceAt(int offset) const
{
    int lo = 0;
    int hi = int(sentences.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (offset < sentences.at(mid).start)
            hi = mid - 1;
        else if (offset >= sentences.at(mid).end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

int ProseDocument::matchTeamOf(int person) const
{
    if (person < 0)
        return -1;
    const auto &votes = people.person(person).teamVotes;
    const int home = homeTeam >= 0 ? votes.value(homeTeam) : 0;
    const int away = awayTeam >= 0 ? votes.value(awayTeam) : 0;
    if (home == away)
        return -1;
    return home > away ? homeTeam : awayTeam;
}
