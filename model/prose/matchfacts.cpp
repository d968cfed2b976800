#include "matchfacts.h"

#include "match.h"
#include "pattern.h"
#include "prosedocument.h"
#include "rulebook.h"
#include "taggedsentence.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

// The competition names of the list as one pattern: at the earliest place where a name is
// written, the first name of the list that is written there (the list puts the longer of two
// names that begin alike first). One scan of the text instead of one for each name.
const Pattern &competitionPattern()
{
    static const Pattern pattern = [] {
        QStringList names;
        QFile file(u":/matchline/data/competitions.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                const QString name = line.section(u'#', 0, 0).trimmed();
                if (!name.isEmpty())
                    names.append(QRegularExpression::escape(name) + u"\\b"_s);
            }
        }
        // No list: a pattern that matches nothing.
        return Pattern(names.isEmpty() ? u"(?!)"_s : u"\\b(?:"_s + names.join(u'|') + u')');
    }();
    return pattern;
}

// Teams mentioned in the text between two offsets, in order (plain names and unambiguous
// nicknames only: a shared nickname means nothing before the teams are known).
QList<int> teamsIn(const ProseDocument &doc, int from, int to)
{
    QList<int> out;
    for (const auto &t : doc.teams) {
        if (t.start >= from && t.start + t.length <= to && t.candidates.size() == 1 && !t.ground)
            out.append(t.candidates.first());
    }
    return out;
}

const ProseDocument::TeamMention *teamMentionAt(const ProseDocument &doc, int from, int to)
{
    for (const auto &t : doc.teams) {
        if (t.start >= from && t.start < to && t.candidates.size() == 1)
            return &t;
    }
    return nullptr;
}

bool isShootout(QStringView context)
{
    static const Pattern re(
            u"^\\s*(?:\\)\\s*)?(?:on|in\\s+(?:a|the))?\\s*(?:penalties|pens|penalty\\s+shoot-?out|shoot-?out)"_s,
            QRegularExpression::CaseInsensitiveOption);
    return re.match(context).hasMatch();
}

struct ScoreContext
{
    enum Kind { Final, Shootout, InGame, HalfTime, Other };
    Kind kind = Other;
    int winnerTeam = -1; // the team that got the larger number, when the wording tells
    int firstTeam = -1; // "A 2-3 B": A got the first number
};

ScoreContext classify(const ProseDocument &doc, const ProseDocument::ScoreMention &s,
                      const QList<int> &matchTeams)
{
    ScoreContext ctx;
    const Sentence &sentence = doc.sentences.at(s.sentence);
    const QStringView lowBefore =
            QStringView(doc.folded).mid(sentence.start, s.start - sentence.start);
    const QStringView lowAfter =
            QStringView(doc.folded).mid(s.start + s.length, sentence.end - s.start - s.length);
    if (isShootout(lowAfter) || lowBefore.right(25).contains(u"shoot-out"_s)
        || lowBefore.right(25).contains(u"shootout"_s)) {
        ctx.kind = ScoreContext::Shootout;
        return ctx;
    }
    static const Pattern inGame(
            u"(?:made\\s+it|make\\s+it|level\\s+at|leveled\\s+at|levelled\\s+at|going|went|from|trailing|trailed|led|lead|leading|to\\s+make|restored|at)\\s*$"_s);
    static const Pattern inGameAfter(
            u"^\\s*(?:up|down|lead|deficit|advantage|at\\s+(?:half-?\\s?time|the\\s+(?:break|interval))|at\\s+half)"_s);
    if (inGame.match(lowBefore).hasMatch() || inGameAfter.match(lowAfter).hasMatch()) {
        ctx.kind = lowAfter.contains(u"half"_s) || lowAfter.contains(u"break"_s)
                        || lowAfter.contains(u"interval"_s)
                ? ScoreContext::HalfTime
                : ScoreContext::InGame;
        if (lowBefore.endsWith(u"at"_s) && !lowAfter.startsWith(u" half"_s)) {
            // "level at 1-1", a state during the game; "at 2-2" likewise.
            ctx.kind = ScoreContext::InGame;
        }
        return ctx;
    }
    // Which teams stand around the score in the same clause.
    const int clauseStart = qMax<int>(int(lowBefore.lastIndexOf(u',')) + 1, 0);
    QList<int> teamsBefore = teamsIn(doc, sentence.start + clauseStart, s.start);
    QList<int> teamsAfter = teamsIn(doc, s.start + s.length, sentence.end);
    const bool anyMatchTeam = std::any_of(teamsBefore.cbegin(), teamsBefore.cend(),
                                          [&](int t) { return matchTeams.contains(t); })
            || std::any_of(teamsAfter.cbegin(), teamsAfter.cend(),
                           [&](int t) { return matchTeams.contains(t); });
    const bool otherTeam = std::any_of(teamsBefore.cbegin(), teamsBefore.cend(),
                                       [&](int t) { return !matchTeams.contains(t); })
            || std::any_of(teamsAfter.cbegin(), teamsAfter.cend(),
                           [&](int t) { return !matchTeams.contains(t); });
    if (!matchTeams.isEmpty() && otherTeam && !anyMatchTeam)
        return ctx; // another match's result
    // Relative clause about another team: "Manchester City, who beat Aston Villa 4-2".
    static const Pattern relative(u",\\s*who\\s+[^,]*$"_s);
    if (relative.match(lowBefore).hasMatch() && otherTeam)
        return ctx;
    ctx.kind = ScoreContext::Final;

    // "A 2-3 B": the first team takes the first number.
    static const Pattern directBefore(u"([^\\s].*?)\\s*$"_s);
    if (!teamsBefore.isEmpty() && !teamsAfter.isEmpty()) {
        const auto *last = teamMentionAt(doc, sentence.start, s.start);
        const auto *next = teamMentionAt(doc, s.start + s.length, sentence.end);
        if (last && next && s.start - (last->start + last->length) <= 3
            && next->start - (s.start + s.length) <= 3) {
            // The last team before the score, directly before it.
            for (const auto &t : doc.teams) {
                if (t.start + t.length <= s.start && s.start - (t.start + t.length) <= 3
                    && t.candidates.size() == 1)
                    ctx.firstTeam = t.candidates.first();
            }
            return ctx;
        }
    }
    static const Pattern winVerbs(
            u"\\b(beat|beats|beating|edged|edge|edges|defeated|defeat|defeats|thrashed|thrash|hammered|routed|overcame|saw\\s+off|won|win|wins|winning|victory|triumph|stunned|downed|crushed|outclassed|brushed\\s+aside|eased\\s+past|swept\\s+aside)\\b"_s);
    // "suffered another 1-0 defeat": a defeat that is suffered is the subject's loss.
    static const Pattern loseVerbs(
            u"\\b(lost|lose|loses|losing|defeat\\s+(?:to|at|by)|beaten|fell|were\\s+beaten|went\\s+down|(?:suffered|suffer|suffers|suffering|slumped\\s+to|crashed\\s+to|fell\\s+to)\\s+(?:(?:a|an|another|their|its|yet|a\\s+further)\\s+)*(?:[\\w-]+\\s+){0,3}?(?:defeat|loss|reverse|setback))\\b"_s);
    // The winner is the match team written last before the verb of winning ("Inter edged
    // Juventus 3-2", "... for Airdrieonians to snatch a 3-2 win"); with a verb of losing, the other.
    const QStringView sentenceLow =
            QStringView(doc.folded).mid(sentence.start, sentence.end - sentence.start);
    auto lastTeamBefore = [&](int offset) {
        int team = -1;
        for (const auto &t : doc.teams) {
            if (t.sentence == s.sentence && t.start < offset && t.candidates.size() == 1
                && (matchTeams.isEmpty() || matchTeams.contains(t.candidates.first())))
                team = t.candidates.first();
        }
        return team;
    };
    const auto win = winVerbs.match(sentenceLow);
    const auto lose = loseVerbs.match(sentenceLow);
    static const Pattern nounWin(u"^(?:win|wins|winning|victory|triumph)$"_s);
    static const Pattern forTeamTo(u"\\bfor\\s+$"_s);
    if (win.hasMatch() && (!lose.hasMatch() || win.capturedStart() < lose.capturedStart())) {
        const int at = sentence.start + int(win.capturedStart());
        ctx.winnerTeam = lastTeamBefore(at);
        // "a 2-1 victory" is the sentence subject's, unless "for X to snatch a 3-2 win".
        if (nounWin.match(win.captured(1)).hasMatch()) {
            int first = -1;
            for (const auto &t : doc.teams) {
                if (t.sentence == s.sentence && t.candidates.size() == 1 && first < 0
                    && (matchTeams.isEmpty() || matchTeams.contains(t.candidates.first()))) {
                    first = t.candidates.first();
                }
            }
            bool infinitiveSubject = false;
            for (const auto &t : doc.teams) {
                if (t.sentence == s.sentence && t.start < at && t.candidates.size() == 1
                    && t.candidates.first() == ctx.winnerTeam
                    && forTeamTo
                               .match(QStringView(doc.folded)
                                              .mid(qMax(sentence.start, t.start - 6),
                                                   qMin(6, t.start - sentence.start)))
                               .hasMatch())
                    infinitiveSubject = true;
            }
            if (!infinitiveSubject && first >= 0)
                ctx.winnerTeam = first;
        }
    } else if (lose.hasMatch()) {
        const int loser = lastTeamBefore(sentence.start + int(lose.capturedStart()));
        for (int t : matchTeams) {
            if (t != loser && loser >= 0)
                ctx.winnerTeam = t;
        }
    }
    return ctx;
}


// What the rules of facts.rules say of one score: its kind and the teams it names by their
// parts (directory indexes).
struct Reading
{
    enum Kind { Final, Shootout, Interim, Other };
    Kind kind = Final;
    int winner = -1;
    int loser = -1;
    int first = -1;
    int home = -1;
    QList<int> teams; // every team its words name, once
};

// Whether a team written after these (lower-case) words is the object of "against", "over",
// "to", "beat"...: not the one the clause is about.
bool isObject(QStringView before)
{
    static const Pattern objectBefore(
            u"\\b(?:against|over|past|to|at|v|vs|versus|with|beat|beats|beating|defeated|defeating|of|from|by)\\s+(?:(?!(?:and|but|as|then|while)\\s)[a-z0-9'-]+\\s+){0,3}$"_s);
    return objectBefore.match(before.right(60)).hasMatch();
}

// The team a clause is about, for a rule that names none ("beating them 4-2", "a 2-1 win"):
// the nearest team of the match before the words in their clause that is not the object of
// "against", "over", "to"...; else the first such team of the sentence before them; else, when
// one of the two teams is such an object, the other.
int subjectOf(const TaggedSentence &t, int position, const QList<int> &matchTeams)
{
    static const Pattern clauseBreak(
            u"[;:]|,\\s|\\s(?:as|after|when|while|whereas|before|but|with)\\s"_s);
    int clauseStart = 0;
    for (auto it = clauseBreak.globalMatch(QStringView(t.text).left(position)); it.hasNext();)
        clauseStart = int(it.next().capturedEnd());
    auto isMatchTeam = [&](int team) {
        return team >= 0 && (matchTeams.isEmpty() || matchTeams.contains(team));
    };
    int nearest = -1;
    int firstInSentence = -1;
    QList<int> objects;
    for (const TaggedSentence::Slot &slot : t.parts) {
        if (slot.kind != u'T' || !isMatchTeam(slot.index))
            continue;
        const bool object = isObject(QStringView(t.text).left(slot.tokenStart));
        if (object) {
            if (!objects.contains(slot.index))
                objects.append(slot.index);
            continue;
        }
        if (slot.tokenEnd > position)
            continue;
        if (slot.tokenStart >= clauseStart)
            nearest = slot.index;
        if (firstInSentence < 0)
            firstInSentence = slot.index;
    }
    if (nearest >= 0)
        return nearest;
    if (firstInSentence >= 0)
        return firstInSentence;
    if (objects.size() == 1 && matchTeams.size() == 2)
        return matchTeams.at(0) == objects.first() ? matchTeams.at(1) : matchTeams.at(0);
    return -1;
}

// Reads the scores of the sentences given with the rules of facts.rules: the reading of each
// score a rule holds, by score index. matchTeams empty: any team may be one of the match's.
QHash<int, Reading> readScores(const ProseDocument &doc, const QList<int> &sentences,
                               const QList<int> &matchTeams)
{
    QHash<int, Reading> out;
    const RuleBook &book = RuleBook::builtIn();
    static const QString kindNames[] { u"final"_s, u"shootout"_s, u"interim"_s, u"other"_s };
    QSet<int> withScores;
    for (const auto &score : doc.scores)
        withScores.insert(score.sentence);
    for (int si : sentences) {
        if (!withScores.contains(si))
            continue;
        const TaggedSentence t = TaggedSentence::build(doc, si, {});
        for (const RuleMatch &rm : book.matches(u"score"_s, t.text)) {
            const int start = int(rm.match.capturedStart());
            const int end = int(rm.match.capturedEnd());
            QList<int> teams;
            int score = -1;
            for (const TaggedSentence::Slot &slot : t.parts) {
                if (slot.tokenStart < start || slot.tokenEnd > end)
                    continue;
                if (slot.kind == u'T')
                    teams.append(slot.index);
                else if (slot.kind == u'S' && score < 0)
                    score = slot.index;
            }
            if (score < 0 || out.contains(score))
                continue;
            const Rule &rule = *rm.rule;
            Reading reading;
            const QString kind = rule.value(u"kind"_s, u"final"_s);
            for (int k = 0; k < 4; ++k) {
                if (kind == kindNames[k])
                    reading.kind = Reading::Kind(k);
            }
            bool valid = true;
            bool otherMatch = false;
            auto team = [&](const QString &key) {
                const QString value = rule.value(key);
                if (value.isEmpty())
                    return -1;
                if (value == u"subject")
                    return subjectOf(t, start, matchTeams);
                const int n = value.toInt() - 1;
                if (n < 0 || n >= teams.size()) {
                    valid = false;
                    return -1;
                }
                if (!matchTeams.isEmpty() && !matchTeams.contains(teams.at(n)))
                    otherMatch = true;
                return teams.at(n);
            };
            reading.winner = team(u"winner"_s);
            reading.loser = team(u"loser"_s);
            reading.first = team(u"first"_s);
            reading.home = team(u"home"_s);
            if (!valid)
                continue;
            if (otherMatch)
                reading.kind = Reading::Other;
            if (reading.winner >= 0 && reading.winner == reading.loser)
                reading.winner = reading.loser = -1;
            for (int team : std::as_const(teams)) {
                if (!reading.teams.contains(team))
                    reading.teams.append(team);
            }
            out.insert(score, reading);
        }
    }
    return out;
}

// The team whose name or city is the city of the report's dateline ("SAN JOSE, Calif. -",
// "TURIN, Italy -"): a report is filed from where the match was played. -1 when neither or both.
int datelineTeam(const ProseDocument &doc, int home, int away)
{
    const auto body = std::find_if(doc.sentences.cbegin(), doc.sentences.cend(),
                                   [](const Sentence &s) { return !s.headline; });
    if (body == doc.sentences.cend())
        return -1;
    static const Pattern dateline(
            u"^\\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})\\s*(?:,|\\(|[-\u2013\u2014])"_s);
    const auto m = dateline.match(QStringView(doc.text).mid(body->start, 60));
    if (!m.hasMatch())
        return -1;
    QString city = m.captured(1).toLower();
    for (qsizetype i = 0; i < city.size(); ++i) {
        if (i == 0 || city.at(i - 1) == u' ')
            city[i] = city.at(i).toUpper();
    }
    auto named = [&](int team) {
        if (team < 0)
            return false;
        const TeamDirectory::Team &t = doc.directory->team(team);
        const QStringList names = t.names + t.nicknames + t.grounds;
        return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
            return QString(u' ' + name + u' ').contains(QString(u' ' + city + u' '));
        });
    };
    if (named(home) == named(away))
        return -1;
    return named(home) ? home : away;
}

} // namespace

void MatchFacts::determine(ProseDocument &doc, Match &match)
{
    const TeamDirectory &dir = *doc.directory;
    // Weighted votes: the headline and the opening paragraph say who played.
    QHash<int, double> weight;
    QHash<int, int> firstSeen;
    for (const auto &t : doc.teams) {
        if (t.candidates.size() != 1 || t.ground)
            continue;
        const Sentence &s = doc.sentences.at(t.sentence);
        const double w = s.headline ? 4 : (s.paragraph <= 1 ? 3 : (s.paragraph <= 2 ? 1.5 : 1));
        const int team = t.candidates.first();
        weight[team] += t.nickname ? w * 0.5 : w;
        if (!firstSeen.contains(team))
            firstSeen.insert(team, t.start);
    }
    QList<int> ranked = weight.keys();
    std::sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        if (weight.value(a) != weight.value(b))
            return weight.value(a) > weight.value(b);
        return firstSeen.value(a) < firstSeen.value(b);
    });

    // "A 2-3 B", "A v B", "A 1 B 1" in the headline or a standalone line decide it outright.
    int home = -1;
    int away = -1;
    static const Pattern pairing(u"^\\s*(?:\\d{1,2}\\s*-\\s*\\d{1,2}|v|vs\\.?|\\d{1,2})\\s*$"_s);
    for (int si = 0; si < doc.sentences.size() && home < 0; ++si) {
        const Sentence &s = doc.sentences.at(si);
        if (!s.headline && s.paragraph > 2)
            break;
        QList<const ProseDocument::TeamMention *> inSentence;
        for (const auto &t : doc.teams) {
            if (t.sentence == si && t.candidates.size() == 1 && !t.ground)
                inSentence.append(&t);
        }
        for (int i = 0; i + 1 < inSentence.size(); ++i) {
            const auto *a = inSentence.at(i);
            const auto *b = inSentence.at(i + 1);
            const QString between =
                    doc.text.mid(a->start + a->length, b->start - a->start - a->length);
            if (pairing.match(between).hasMatch()
                && a->candidates.first() != b->candidates.first()) {
                home = a->candidates.first();
                away = b->candidates.first();
                break;
            }
        }
    }
    const bool paired = home >= 0;
    if (!paired && !ranked.isEmpty()) {
        // A result the headline or the first paragraph states with both teams named ("Fulham
        // beat Everton 2-1") says who played.
        for (auto &t : doc.teams)
            t.team = t.candidates.size() == 1 ? t.candidates.first() : -1;
        QList<int> opening;
        for (int si = 0; si < doc.sentences.size(); ++si) {
            if (doc.sentences.at(si).headline || doc.sentences.at(si).paragraph <= 1)
                opening.append(si);
        }
        const QHash<int, Reading> early = readScores(doc, opening, {});
        for (int i = 0; i < doc.scores.size() && home < 0; ++i) {
            const auto it = early.constFind(i);
            if (it == early.cend() || it->kind != Reading::Final || it->teams.size() != 2)
                continue;
            home = it->teams.at(0);
            away = it->teams.at(1);
        }
        if (home < 0) {
            home = ranked.first();
            away = ranked.size() > 1 ? ranked.at(1) : -1;
        }
    }

    // Resolve every mention now that the two teams are known: a shared nickname or a ground
    // means the match team that has it.
    for (auto &t : doc.teams) {
        t.team = -1;
        for (int candidate : t.candidates) {
            if (candidate == home || candidate == away) {
                t.team = candidate;
                break;
            }
        }
        if (t.team < 0 && t.candidates.size() == 1 && !t.nickname)
            t.team = t.candidates.first();
    }
    // A nickname of another club ("the Gunners") is the club the report named plainly before it,
    // when exactly one of its clubs was.
    for (auto &t : doc.teams) {
        if (t.team >= 0 || !t.nickname)
            continue;
        int named = -1;
        int count = 0;
        for (int candidate : t.candidates) {
            const bool before =
                    std::any_of(doc.teams.cbegin(), doc.teams.cend(), [&](const auto &o) {
                        return o.team == candidate && !o.nickname && !o.ground && o.start < t.start;
                    });
            if (before) {
                named = candidate;
                ++count;
            }
        }
        if (count == 1)
            t.team = named;
    }


    const QList<int> matchTeams = QList<int> { home, away }.toVector();
    QList<int> everySentence(doc.sentences.size());
    std::iota(everySentence.begin(), everySentence.end(), 0);
    const QHash<int, Reading> readings = home >= 0 && away >= 0
            ? readScores(doc, everySentence, matchTeams)
            : QHash<int, Reading>();

    if (!paired && home >= 0 && away >= 0) {
        auto swapIf = [&](bool condition) {
            if (condition)
                std::swap(home, away);
        };
        bool decided = false;
        // A result that says where it was won: "won 3-2 at home to", "a 2-0 win at <team>".
        for (int i = 0; i < doc.scores.size() && !decided; ++i) {
            const auto it = readings.constFind(i);
            if (it != readings.cend() && it->kind == Reading::Final && it->home >= 0) {
                swapIf(it->home == away);
                decided = true;
            }
        }
        // Who was at home: "at <team or ground>", "visitors <team>", "the host <team>".
        for (const auto &t : doc.teams) {
            if (decided)
                break;
            const QStringView before =
                    QStringView(doc.folded).mid(qMax(0, t.start - 48), qMin(48, t.start));
            static const Pattern cueRe1(u"\\bat\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?$"_s);
            const bool atHomeOf =
                    cueRe1.match(before).hasMatch() && !before.endsWith(u"at the top of "_s);
            static const Pattern cueRe2(u"\\b(?:visitors|visiting|away\\s+side)\\s+$"_s);
            const bool visitors = cueRe2.match(before).hasMatch();
            static const Pattern cueRe3(u"\\b(?:the\\s+host|hosts|home\\s+side)\\s+$"_s);
            const bool hosts = cueRe3.match(before).hasMatch();
            // A ground or city both teams share says nothing.
            if (t.candidates.contains(home) && t.candidates.contains(away))
                continue;
            for (int candidate : t.candidates) {
                if (candidate != home && candidate != away)
                    continue;
                if (atHomeOf || hosts) {
                    swapIf(candidate == away);
                    decided = true;
                } else if (visitors) {
                    swapIf(candidate == home);
                    decided = true;
                }
                break;
            }
        }
        if (!decided) {
            if (const int team = datelineTeam(doc, home, away); team >= 0) {
                swapIf(team == away);
                decided = true;
            }
        }
        if (!decided) {
            // "... against Fiorentina at home": the subject of that sentence is at home, not
            // the team it played ("failure to beat Fulham at home").
            const int atHome = int(doc.folded.indexOf(u" at home"_s));
            if (atHome >= 0) {
                const int si = doc.sentenceAt(atHome);
                const int from = doc.sentences.at(si).start;
                int subject = -1;
                int object = -1;
                for (const auto &t : doc.teams) {
                    if (t.start < from || t.start >= atHome || t.ground
                        || (t.team != home && t.team != away))
                        continue;
                    if (!isObject(QStringView(doc.folded).mid(from, t.start - from))) {
                        subject = t.team;
                        break;
                    }
                    if (object < 0)
                        object = t.team;
                }
                if (subject < 0 && object >= 0)
                    subject = object == home ? away : home;
                if (subject >= 0)
                    swapIf(subject == away);
            } else {
                swapIf(firstSeen.value(away) < firstSeen.value(home));
            }
        }
    }
    doc.homeTeam = home;
    doc.awayTeam = away;

    // Shown names: the longest name of the team that the report itself writes.
    auto shownName = [&](int team) {
        if (team < 0)
            return QString();
        QString best;
        for (const auto &t : doc.teams) {
            if (t.team == team && !t.nickname && !t.ground) {
                const QString written = doc.text.mid(t.start, t.length);
                if (written.size() > best.size())
                    best = written;
            }
        }
        return best.isEmpty() ? dir.team(team).name : best;
    };
    match.homeTeam = doc.homeName = shownName(home);
    match.awayTeam = doc.awayName = shownName(away);

    // The final score: the first score a rule reads as the result, else the first the words
    // around it make the result. The shoot-out's likewise.
    std::optional<Score> final;
    bool finalRead = false;
    for (int i = 0; i < doc.scores.size(); ++i) {
        const auto &s = doc.scores.at(i);
        const int hi = qMax(s.first, s.second);
        const int lo = qMin(s.first, s.second);
        auto oriented = [&](int winner) {
            return winner == away ? Score { lo, hi } : Score { hi, lo };
        };
        const auto read = readings.constFind(i);
        if (read != readings.cend()) {
            const Reading &r = *read;
            const int winner = r.winner >= 0 ? r.winner
                    : r.loser >= 0           ? (r.loser == home ? away : home)
                                             : -1;
            if (r.kind == Reading::Shootout && !match.shootoutScore && hi != lo) {
                match.shootoutScore = oriented(winner);
            } else if (r.kind == Reading::Final && !finalRead) {
                if (r.first >= 0) {
                    final = r.first == away ? Score { s.second, s.first }
                                            : Score { s.first, s.second };
                    finalRead = true;
                } else if (winner >= 0 || hi == lo) {
                    final = oriented(winner);
                    finalRead = true;
                } else if (!final) {
                    // Words that say this was the result but not who won it.
                    const int guessedWinner = classify(doc, s, matchTeams).winnerTeam;
                    final = oriented(guessedWinner);
                    doc.finalWinnerGuessed = guessedWinner < 0 && hi != lo;
                }
            }
            continue;
        }
        const ScoreContext ctx = classify(doc, s, matchTeams);
        if (ctx.kind == ScoreContext::Shootout && !match.shootoutScore) {
            match.shootoutScore = Score { hi, lo };
            // The shoot-out winner is the team named with it, usually first in the sentence.
            const Sentence &sentence = doc.sentences.at(s.sentence);
            const QList<int> teams = teamsIn(doc, sentence.start, sentence.end);
            if (!teams.isEmpty() && teams.first() == away)
                match.shootoutScore = Score { lo, hi };
            continue;
        }
        if (ctx.kind != ScoreContext::Final || final)
            continue;
        if (ctx.firstTeam >= 0) {
            final = ctx.firstTeam == away ? Score { s.second, s.first }
                                          : Score { s.first, s.second };
        } else {
            final = oriented(ctx.winnerTeam);
            doc.finalWinnerGuessed = ctx.winnerTeam < 0 && hi != lo;
        }
    }
    if (!final) {
        // A standalone line "Scunthorpe 1 Oldham 1", or a result as agencies write it,
        // "Galaxy 3, Earthquakes 2".
        static const Pattern digit(u"^\\s*(\\d{1,2})\\s*,?\\s*$"_s);
        for (int i = 0; i + 1 < doc.teams.size() && !final; ++i) {
            const auto &a = doc.teams.at(i);
            const auto &b = doc.teams.at(i + 1);
            if (a.sentence != b.sentence || a.team < 0 || b.team < 0 || a.team == b.team)
                continue;
            const Sentence &s = doc.sentences.at(a.sentence);
            const auto first =
                    digit.match(doc.text.mid(a.start + a.length, b.start - a.start - a.length));
            const auto second =
                    digit.match(doc.text.mid(b.start + b.length, s.end - b.start - b.length));
            if (first.hasMatch() && second.hasMatch()) {
                const int x = first.captured(1).toInt();
                const int y = second.captured(1).toInt();
                final = a.team == away ? Score { y, x } : Score { x, y };
            }
        }
    }
    if (!final) {
        // Lists headed by each team with its goals: "Everton 2 ... Fulham 1".
        int homeGoals = -1;
        int awayGoals = -1;
        for (const ListedEvents::TeamLine &line : std::as_const(doc.lists.teams)) {
            if (line.score < 0)
                continue;
            const QList<int> teams = dir.lookup(line.team);
            const int team = dir.find(line.team);
            if (teams.contains(home) || team == home)
                homeGoals = line.score;
            else if (teams.contains(away) || team == away)
                awayGoals = line.score;
        }
        if (homeGoals >= 0 && awayGoals >= 0)
            final = Score { homeGoals, awayGoals };
    }
    if (!final) {
        // Goalless draws in words.
        static const Pattern words(
                u"\\b(goalless|scoreless|0-0|nil-nil|without\\s+either\\s+[^.]{0,40}\\s+scoring)\\b"_s,
                QRegularExpression::CaseInsensitiveOption);
        if (words.match(doc.text).hasMatch())
            final = Score { 0, 0 };
    }
    match.finalScore = final;

    // Venue: a ground of the home side, or "at the <Name> Stadium".
    for (const auto &t : doc.teams) {
        if (t.ground && (t.team == home || t.team == away || t.team < 0)) {
            match.venue = doc.text.mid(t.start, t.length);
            break;
        }
    }
    if (match.venue.isEmpty()) {
        static const Pattern ground(
                u"\\bat\\s+(?:the\\s+)?((?:[A-Z][\\w'.-]*\\s+){0,4}(?:Stadium|Arena|Park|Ground|Stadion|Stade|Estadio|Stadio)(?:\\s+[A-Z][\\w'.-]*){0,2})"_s);
        const auto m = ground.match(doc.text);
        if (m.hasMatch())
            match.venue = m.captured(1).trimmed();
    }

    // Competition: the first name from the list in the headline or opening paragraphs.
    const auto competition = competitionPattern().match(doc.text);
    if (competition.hasMatch())
        match.competition = competition.captured(0);

    match.date = doc.headerDate;
}
