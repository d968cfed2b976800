#include "tablefacts.h"

#include "match.h"
#include "numberwords.h"
#include "prosedocument.h"
#include "rulebook.h"
#include "taggedsentence.h"

#include "pattern.h"
#include "wordstarts.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableFacts)
};

Pattern re(QString pattern)
{
    pattern.replace(u"{T}"_s, u"\u27e6T(\\d+)\u27e7"_s);
    pattern.replace(u"{N}"_s, u"(?:\\d{1,3}|"_s + NumberWords::pattern() + u')');
    pattern.replace(u"{O}"_s, NumberWords::ordinalPattern());
    return Pattern(pattern);
}

std::optional<int> ordinalPosition(const QString &word)
{
    if (word == u"top" || word == u"first")
        return 1;
    return NumberWords::ordinal(word);
}

QString teamName(const ProseDocument &doc, const Match &match, int team)
{
    if (team == doc.homeTeam)
        return match.homeTeam;
    if (team == doc.awayTeam)
        return match.awayTeam;
    QString best;
    for (const auto &t : doc.teams) {
        if (t.team == team && !t.nickname && !t.ground && t.length > best.size())
            best = doc.text.mid(t.start, t.length);
    }
    return best.isEmpty() ? doc.directory->team(team).name : best;
}

StandingRow &rowFor(QList<StandingRow> &rows, const QString &team)
{
    for (StandingRow &row : rows) {
        if (row.team == team)
            return row;
    }
    StandingRow row;
    row.team = team;
    rows.append(row);
    return rows.last();
}

// The sentence as evidence of a row, once.
void addEvidence(StandingRow &row, const Sentence &s)
{
    const TextSpan span { s.start, s.end - s.start };
    if (!row.evidence.contains(span))
        row.evidence.append(span);
}

void addNote(StandingRow &row, const QString &note)
{
    if (note.isEmpty() || row.note.contains(note))
        return;
    row.note = row.note.isEmpty() ? note : row.note + u"; "_s + note;
}


// The capturing groups a rule's pattern opens itself, as group numbers of the compiled pattern
// (its tokens {P}, {T}, {M}, {S} capture too, and are not counted).
QList<int> ownGroups(const Rule &rule)
{
    static QMutex lock;
    static QHash<const Rule *, QList<int>> known;
    QMutexLocker locker(&lock);
    if (const auto it = known.constFind(&rule); it != known.cend())
        return *it;
    QList<int> out;
    const QString &source = rule.source;
    int group = 0;
    for (qsizetype i = 0; i < source.size(); i = regexTokenEnd(source, i)) {
        const QChar c = source.at(i);
        if (c == u'(' && (i + 1 >= source.size() || source.at(i + 1) != u'?')) {
            out.append(++group);
        } else if (c == u'{' && i + 2 < source.size() && source.at(i + 2) == u'}'
                   && QStringView(u"PTMS").contains(source.at(i + 1))) {
            ++group;
        }
    }
    known.insert(&rule, out);
    return out;
}

// The first of the rule's own captures a value names ("points 1 2": the first or the second)
// that took part in the match.
QStringView ownCapture(const RuleMatch &rm, const QString &key)
{
    const QList<int> groups = ownGroups(*rm.rule);
    const QStringList numbers = rm.rule->value(key).split(u' ', Qt::SkipEmptyParts);
    for (const QString &number : numbers) {
        const int n = number.toInt() - 1;
        if (n >= 0 && n < groups.size() && rm.match.capturedStart(groups.at(n)) >= 0)
            return rm.match.capturedView(groups.at(n));
    }
    return {};
}

std::optional<int> number(QStringView text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    return text.isEmpty() ? std::nullopt : NumberWords::cardinal(text);
}

// The slots of the {T}s of a match, in order.
QList<int> teamSlots(const PatternMatch &m)
{
    static const Pattern token(u"\u27e6T(\\d+)\u27e7"_s);
    QList<int> out;
    for (auto it = token.globalMatch(m.capturedView(0)); it.hasNext();)
        out.append(it.next().capturedView(1).toInt());
    return out;
}

// False when the clause holds what the rule's "unless" pattern says it must not ("could").
bool allowed(const RuleMatch &rm, const QString &clause)
{
    const QString unless = rm.rule->value(u"unless"_s);
    if (unless.isEmpty())
        return true;
    static QMutex lock;
    static QHash<QString, Pattern> compiled;
    QMutexLocker locker(&lock);
    auto it = compiled.constFind(unless);
    if (it == compiled.cend())
        it = compiled.insert(unless, Pattern(unless));
    return !it->match(clause).hasMatch();
}

} // namespace

void TableFacts::extract(const ProseDocument &doc, Match &match)
{
    static const Pattern clauseSplit(
            u";|,\\s*(?=while\\s|whereas\\s|and\\s|but\\s)|\\s(?=while\\s|whereas\\s)|,\\s*(?=\\d+\\s+ahead|\\w+\\s+ahead|[a-z]+\\s+points?\\s+(?:clear|ahead|behind)|[a-z]+\\s+(?:behind|adrift)\\s)"_s);
    static const Pattern pronounSubject =
            Pattern(u"^\\s*(?:they|it|and\\s+they)\\b"_s).needing({ "they", "it" });

    QList<StandingRow> rows;
    int lastSubject = -1;
    for (int si = 0; si < doc.sentences.size(); ++si) {
        if (doc.sentences.at(si).headline)
            continue;
        const bool tagged = si < doc.plainTagged.size() && doc.plainTagged.at(si);
        const TaggedSentence t =
                tagged ? doc.plainTagged.at(si)->sentence : TaggedSentence::build(doc, si, {});
        // While the reader's shortcuts are verified (see WordStarts), the tagging reused is
        // checked against tagging the sentence again.
        if (tagged && WordStarts::verifying()) {
            const TaggedSentence again = TaggedSentence::build(doc, si, {});
            if (again.text != t.text || again.raw != t.raw) {
                qWarning("TableFacts: the tagging reused for sentence %d differs", si);
                WordStarts::countMiss();
            }
        }
        const QString text = t.text;
        std::optional<WordStarts> ownWords;
        const WordStarts &words = tagged ? doc.plainTagged.at(si)->words : ownWords.emplace(text);
        // Clauses, each about its first team. A sentence with no ';', no ',' and no "while" or
        // "whereas" is one.
        QList<QPair<int, int>> clauses;
        int start = 0;
        static const WordStarts::Keys clauseWords { "whil", "wher" };
        if (text.contains(u';') || text.contains(u',') || words.mayHold(clauseWords)) {
            auto it = clauseSplit.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                clauses.append({ start, int(m.capturedStart()) });
                start = int(m.capturedEnd());
            }
        } else if (WordStarts::verifying() && clauseSplit.match(text).hasMatch()) {
            WordStarts::countMiss();
        }
        clauses.append({ start, int(text.size()) });
        auto slotTeam = [&](const QString &capture) { return t.parts.at(capture.toInt()).index; };
        auto coachTeam = [&](const QString &capture) {
            const People::Person &coach = doc.people.person(t.parts.at(capture.toInt()).index);
            int team = -1;
            for (auto it = coach.teamVotes.cbegin(); it != coach.teamVotes.cend(); ++it) {
                if ((it.key() == doc.homeTeam || it.key() == doc.awayTeam)
                    && (team < 0 || it.value() > coach.teamVotes.value(team)))
                    team = it.key();
            }
            return team >= 0 ? team : lastSubject;
        };
        // The side a role names: the hosts, the visitors, and (by the final score) the winners
        // or the losers.
        auto roleTeam = [&](const QString &role) {
            if (role.startsWith(u'h'))
                return doc.homeTeam;
            if (role.startsWith(u"vis") || role.startsWith(u'a'))
                return doc.awayTeam;
            if (!match.finalScore || match.finalScore->home == match.finalScore->away)
                return -1;
            const bool homeWon = match.finalScore->home > match.finalScore->away;
            return (role.startsWith(u'l') ? !homeWon : homeWon) ? doc.homeTeam : doc.awayTeam;
        };
        for (const auto &[from, to] : clauses) {
            const QStringView clause = QStringView(text).mid(from, to - from);
            static const Pattern teamToken = re(u"{T}"_s);
            int subject = -1;
            // The subject is the first team named, not a ground ("at Molineux") or a place.
            PatternMatch ft;
            for (auto tit = teamToken.globalMatch(clause); tit.hasNext();) {
                const auto m = tit.next();
                const TaggedSentence::Slot &slot = t.parts.at(m.captured(1).toInt());
                const bool ground = slot.mention >= 0 && doc.teams.at(slot.mention).ground;
                static const Pattern place(u"\\b(?:at|in)\\s+(?:the\\s+)?$"_s);
                if (ground || place.match(clause.left(m.capturedStart())).hasMatch())
                    continue;
                ft = m;
                break;
            }
            // "the hosts remain bottom": the sides by their roles.
            static const Pattern sideRole =
                    Pattern(u"^\\W*(?:while\\s+|whereas\\s+|and\\s+|but\\s+|with\\s+)?the\\s+(hosts|home\\s+side|visitors|away\\s+side|victors|winners|losers)\\b"_s)
                            .needing({ "host", "home", "visi", "away", "vict", "winn", "lose" });
            // "completed the hosts' comeback, lifting them to 54 points": a clause that names
            // no team is about the side it names by its role.
            static const Pattern sideRoleAnywhere =
                    Pattern(u"\\bthe\\s+(hosts|home\\s+side|visitors|away\\s+side|victors|winners|losers)\\b"_s)
                            .needing({ "host", "home", "visi", "away", "vict", "winn", "lose" });
            const auto roleSubject = sideRole.match(clause, words);
            // "⟦P⟧'s side have 60 points": a coach's side is the team the report ties him to,
            // else the team last talked about.
            static const Pattern coach =
                    Pattern(u"\u27e6P(\\d+)\u27e7'?s?\\s+(?:side|men|team|charges)\\b"_s)
                            .needing({ "side", "men", "team", "char" });
            const auto cm = coach.match(clause, words);
            // ", nine ahead of Manchester City": a gap with no subject of its own is the last
            // subject's, and the team it names is the other one.
            static const Pattern gapOpening =
                    re(u"^\\s*(?:(?:and|but|while|whereas)\\s+)?{N}\\s+(?:points?\\s+)?(?:ahead|clear|behind|adrift)\\b"_s)
                            .needing({ "ahea", "clea", "behi", "adri" });
            // A clause that only gives a gap: a place in it is the other team's ("two points
            // behind Betis in sixth").
            const bool gapClause = gapOpening.match(clause, words).hasMatch();
            if (gapClause)
                subject = lastSubject;
            else if (roleSubject.hasMatch())
                subject = roleTeam(roleSubject.captured(1));
            else if (cm.hasMatch() && (!ft.hasMatch() || cm.capturedStart() < ft.capturedStart()))
                subject = coachTeam(cm.captured(1));
            else if (ft.hasMatch())
                subject = slotTeam(ft.captured(1));
            else if (const auto role = sideRoleAnywhere.match(clause, words); role.hasMatch())
                subject = roleTeam(role.captured(1));
            else if (pronounSubject.match(clause, words).hasMatch())
                subject = lastSubject;
            // What the rules of table.rules read in the clause, rule after rule.
            const QString clauseText = clause.toString();
            const QList<RuleMatch> facts = RuleBook::builtIn().matches(u"table"_s, clauseText);
            auto teamOf = [&](const RuleMatch &rm, const QString &key) {
                const int n = rm.rule->value(key).toInt() - 1;
                const QList<int> named = teamSlots(rm.match);
                return n >= 0 && n < named.size() ? t.parts.at(named.at(n)).index : -1;
            };
            // "second-placed AC Milan", "the win lifts ⟦T⟧ to fourth": a place for the team
            // named, whoever the subject is.
            int placedSubject = -1;
            for (const RuleMatch &rm : facts) {
                if (rm.rule->value(u"fact"_s) != u"placed" || !allowed(rm, clauseText))
                    continue;
                const auto position = ordinalPosition(ownCapture(rm, u"position"_s).toString());
                const int team = teamOf(rm, u"team"_s);
                if (!position || *position > 30 || team < 0)
                    continue;
                StandingRow &placed = rowFor(rows, teamName(doc, match, team));
                placed.position = *position;
                addEvidence(placed, doc.sentences.at(si));
                if (team == subject)
                    placedSubject = team;
            }
            if (subject < 0)
                continue;
            const QString subjectName = teamName(doc, match, subject);
            rowFor(rows, subjectName);
            // Looked up at each use: adding another team's row ("level on 64 points with the
            // Gunners") may move the rows in memory.
            auto row = [&]() -> StandingRow & { return rowFor(rows, subjectName); };
            bool said = false;
            bool placedByRule = false;
            for (const RuleMatch &rm : facts) {
                const QString fact = rm.rule->value(u"fact"_s);
                if (fact == u"placed" || !allowed(rm, clauseText))
                    continue;
                // A fact about the team the rule names ("Fulham (15-4-5, 50 points)"), else
                // about the subject.
                const int named = rm.rule->value(u"team"_s).isEmpty() ? -1 : teamOf(rm, u"team"_s);
                if (named >= 0 && named != subject) {
                    StandingRow &other = rowFor(rows, teamName(doc, match, named));
                    if (const auto n = number(ownCapture(rm, u"points"_s)); n && !other.points)
                        other.points = *n;
                    addEvidence(other, doc.sentences.at(si));
                    continue;
                }
                if (fact == u"level") {
                    const auto n = number(ownCapture(rm, u"points"_s));
                    const int other = teamOf(rm, u"other"_s);
                    if (!n || other < 0)
                        continue;
                    row().points = *n;
                    rowFor(rows, teamName(doc, match, other)).points = *n;
                    said = true;
                } else if (fact == u"points") {
                    if (const auto n = number(ownCapture(rm, u"points"_s)); n && !row().points) {
                        row().points = *n;
                        if (const auto p = number(ownCapture(rm, u"played"_s)); p)
                            row().played = *p;
                        said = true;
                    }
                } else if (fact == u"played") {
                    if (const auto n = number(ownCapture(rm, u"played"_s)); n && !row().played) {
                        row().played = *n;
                        said = true;
                    }
                } else if (fact == u"top") {
                    if (!placedByRule) {
                        row().position = 1;
                        placedByRule = said = true;
                    }
                } else if (fact == u"position") {
                    if (placedByRule || placedSubject == subject || gapClause)
                        continue;
                    if (const auto position =
                                ordinalPosition(ownCapture(rm, u"position"_s).toString());
                        position && *position <= 30) {
                        row().position = *position;
                        placedByRule = said = true;
                    }
                } else if (fact == u"bottom") {
                    if (!row().position && !placedByRule) {
                        addNote(row(), u"bottom of the table"_s);
                        said = true;
                    }
                } else if (fact == u"note") {
                    addNote(row(), rm.match.captured(0));
                    said = true;
                } else if (fact == u"gap") {
                    const auto gap = NumberWords::cardinal(ownCapture(rm, u"gap"_s));
                    const int team = teamOf(rm, u"other"_s);
                    if (!gap || team < 0 || team == subject)
                        continue;
                    StandingRow &otherRow = rowFor(rows, teamName(doc, match, team));
                    StandingRow &subjectRow = rowFor(rows, subjectName);
                    const QStringView direction = ownCapture(rm, u"direction"_s);
                    const bool behind =
                            direction.startsWith(u"behind"_s) || direction.startsWith(u"adrift"_s);
                    if (subjectRow.points && !otherRow.points)
                        otherRow.points = *subjectRow.points + (behind ? *gap : -*gap);
                    if (const auto position =
                                ordinalPosition(ownCapture(rm, u"otherposition"_s).toString());
                        position && *position <= 30)
                        otherRow.position = *position;
                    // The other team's note says where it stands: "9 points behind Chelsea".
                    addNote(otherRow,
                            Text::tr("%1 points %2 %3")
                                    .arg(*gap)
                                    .arg(behind ? Text::tr("ahead of") : Text::tr("behind"),
                                         subjectName));
                    said = true;
                }
            }
            if (said)
                addEvidence(rowFor(rows, teamName(doc, match, subject)), doc.sentences.at(si));
            if (subject == doc.homeTeam || subject == doc.awayTeam || said)
                lastSubject = subject;
        }
    }
    // Only teams the report says something of.
    rows.removeIf([](const StandingRow &row) {
        return !row.points && !row.position && !row.played && row.note.isEmpty();
    });
    match.standings = rows;
}
