#include "tablefacts.h"

#include "match.h"
#include "numberwords.h"
#include "prosedocument.h"
#include "taggedsentence.h"

#include "pattern.h"
#include "wordstarts.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProseReportReader", text);
}

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

} // namespace

void TableFacts::extract(const ProseDocument &doc, Match &match)
{
    static const Pattern clauseSplit(
            u";|,\\s*(?=while\\s|whereas\\s|and\\s|but\\s)|\\s(?=while\\s|whereas\\s)|,\\s*(?=\\d+\\s+ahead|\\w+\\s+ahead|[a-z]+\\s+points?\\s+(?:clear|ahead|behind))"_s);
    static const Pattern points =
            re(u"\\b(?:to|on|with|have|has|of|at|level\\s+on)\\s+(\\d{1,3})\\s+points?\\b|\\bon\\s+(\\d{1,3})\\b(?!\\s*(?:minutes?|seconds?|%|-|per|games|matches))|\\b(\\d{1,3})\\s+points?\\s+(?:from|after|in)\\s+(\\d{1,2})\\b|\\balso\\s+have\\s+(\\d{1,3})\\s+points"_s)
                    .needing({ "#" });
    static const Pattern playedRe =
            Pattern(u"\\bpoints?\\s+(?:from|after|in)\\s+(\\d{1,2})\\b"_s).needing({ "poi" });
    static const Pattern placedTeam = re(u"\\b({N}|top)-placed\\s+{T}"_s).needing({ "pla" });
    static const Pattern positionRe =
            re(u"\\b(?:are|is|remain|remains|remained|stay|stays|stayed|sit|sits|sat|lie|lies|moved\\s+up\\s+to|moved\\s+to|climbed\\s+to|climbed\\s+up\\s+to|rose\\s+to|dropped\\s+to|slipped\\s+to|fell\\s+to|go|goes|went|in|into|now)\\s+(?:up\\s+to\\s+|down\\s+to\\s+)?({O}|top)\\b(?!\\s*-|\\s+(?:minute|half|goal|game|match|time|win|defeat|round|leg|season|straight|consecutive|successive|league\\s+game))"_s)
                    .needing({ "#", "top", "firs", "seco", "thir", "four", "fort", "fift", "sixt",
                               "seve", "eigh", "nint", "nine", "tent", "elev", "twel", "twen" });
    static const Pattern topRe =
            Pattern(u"\\b(?:top\\s+of\\s+the\\s+(?:table|standings|league)|at\\s+the\\s+(?:summit|top)|top\\s+spot|(?:the\\s+)?league\\s+leaders|reclaim(?:ed|s)?\\s+top|remain\\s+top|go\\s+top|went\\s+top|climbed\\s+top|back\\s+to\\s+the\\s+top|top\\s+the\\s+(?:table|standings|league))\\b"_s)
                    .needing({ "top", "sum", "lea" });
    static const Pattern ahead =
            re(u"\\b({N})\\s+(?:points?\\s+)?(ahead\\s+of|clear\\s+of|behind|adrift\\s+of)\\s+(?:the\\s+)?(?:({N}|top)-placed\\s+)?{T}(?:\\s+in\\s+({O}|top)(?:\\s+place)?\\b)?"_s)
                    .needing({ "ahe", "cle", "beh", "adr" });
    static const Pattern levelWith =
            re(u"\\blevel\\s+on\\s+(\\d{1,3})\\s+points\\s+with\\s+(?:the\\s+)?{T}"_s)
                    .needing({ "lev" });
    static const Pattern clear =
            Pattern(u"\\b([a-z]+|\\d+)\\s+points?\\s+clear\\b"_s).needing({ "cle" });
    static const Pattern fewer =
            Pattern(u"\\b(?:played\\s+(?:one|a|two|\\d+)\\s+(?:match|matches|game|games)\\s+(?:fewer|less|more)|(?:a|one|two|three|\\d+)\\s+(?:game|games|match|matches)\\s+in\\s+hand)\\b"_s)
                    .needing({ "few", "les", "mor", "han" });
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
                    Pattern(u"^\\W*(?:while\\s+|whereas\\s+|and\\s+|but\\s+)?the\\s+(hosts|home\\s+side|visitors|away\\s+side)\\b"_s)
                            .needing({ "host", "home", "visi", "away" });
            const auto roleSubject = sideRole.match(clause, words);
            // "⟦T⟧'s side have 60 points": a coach's side is the team last talked about.
            static const Pattern coach =
                    Pattern(u"\u27e6P\\d+\u27e7'?s?\\s+(?:side|men|team|charges)\\b"_s)
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
            else if (cm.hasMatch() && (!ft.hasMatch() || cm.capturedStart() < ft.capturedStart()))
                subject = lastSubject;
            else if (ft.hasMatch())
                subject = slotTeam(ft.captured(1));
            else if (roleSubject.hasMatch())
                subject = roleSubject.captured(1).startsWith(u'h') ? doc.homeTeam : doc.awayTeam;
            else if (pronounSubject.match(clause, words).hasMatch())
                subject = lastSubject;
            // "second-placed AC Milan": a place for that team, whoever the subject is.
            auto pit = placedTeam.globalMatch(clause, words);
            int placedSubject = -1;
            while (pit.hasNext()) {
                const auto m = pit.next();
                const auto position = ordinalPosition(m.captured(1));
                const int team = slotTeam(m.captured(2));
                if (position && team >= 0) {
                    rowFor(rows, teamName(doc, match, team)).position = *position;
                    if (ft.hasMatch() && m.captured(2) == ft.captured(1))
                        placedSubject = team;
                }
            }
            // "the win lifts ⟦T⟧ to fourth", "leaves ⟦T⟧ 15th": a place for the team named.
            static const Pattern movesTeam =
                    re(u"\\b(?:lifts?|lifted|lifting|takes?|took|taking|moves?|moved|moving|sends?|sent|sending|puts?|putting|keeps?|kept|keeping|leaves?|left|leaving|drops?|dropped|dropping)\\s+(?:the\\s+)?{T}\\s+(?:(?:up|down|back)\\s+)?(?:(?:in)?to\\s+)?({O}|top)\\b(?!\\s*-|\\s+(?:minute|half|goal|game|match|time|win|defeat|round|leg|season|straight|consecutive|successive))"_s)
                            .needing(WordStarts::Keys { "lift", "take", "took", "movi", "move",
                                                        "send", "sent", "put", "keep", "kept",
                                                        "leav", "left", "drop" }
                                             .andOneOf({ "#", "top", "firs", "seco", "thir", "four",
                                                         "fort", "fift", "sixt", "seve", "eigh",
                                                         "nint", "nine", "tent", "elev", "twel",
                                                         "twen" }));
            auto mit = movesTeam.globalMatch(clause, words);
            while (mit.hasNext()) {
                const auto m = mit.next();
                const auto position = ordinalPosition(m.captured(2));
                const int team = slotTeam(m.captured(1));
                if (!position || *position > 30 || team < 0)
                    continue;
                StandingRow &moved = rowFor(rows, teamName(doc, match, team));
                moved.position = *position;
                addEvidence(moved, doc.sentences.at(si));
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
            if (const auto m = levelWith.match(clause, words); m.hasMatch()) {
                const int value = m.captured(1).toInt();
                row().points = value;
                rowFor(rows, teamName(doc, match, slotTeam(m.captured(2)))).points = value;
                said = true;
            }
            if (const auto m = points.match(clause, words); m.hasMatch() && !row().points) {
                for (int g : { 1, 2, 3, 5 }) {
                    if (!m.captured(g).isEmpty()) {
                        row().points = m.captured(g).toInt();
                        break;
                    }
                }
                if (!m.captured(4).isEmpty())
                    row().played = m.captured(4).toInt();
                said = true;
            }
            if (const auto m = playedRe.match(clause, words); m.hasMatch() && !row().played) {
                row().played = m.captured(1).toInt();
                said = true;
            }
            if (topRe.match(clause, words).hasMatch() && !clause.contains(u"cut the gap"_s)
                && !clause.contains(u"could"_s) && !clause.contains(u"would"_s)) {
                row().position = 1;
                said = true;
            } else if (const auto m = positionRe.match(clause, words);
                       m.hasMatch() && placedSubject != subject && !gapClause) {
                if (const auto position = ordinalPosition(m.captured(1));
                    position && *position <= 30) {
                    if (!clause.contains(u"can move"_s) && !clause.contains(u"could"_s)) {
                        row().position = *position;
                        said = true;
                    }
                }
            }
            static const Pattern bottom =
                    Pattern(u"\\b(?:remain|remains|remained|stay|stays|stayed|are|is|sit|sits|go|goes|went|dropped|fell|slipped)\\s+(?:to\\s+the\\s+)?bottom\\b|\\bbottom\\s+of\\s+the\\s+(?:table|standings|league)\\b"_s)
                            .needing({ "bot" });
            if (bottom.match(clause, words).hasMatch() && !row().position) {
                addNote(row(), u"bottom of the table"_s);
                said = true;
            }
            if (const auto m = clear.match(clause, words); m.hasMatch()) {
                addNote(row(), m.captured(0));
                said = true;
            }
            if (const auto m = fewer.match(clause, words); m.hasMatch()) {
                addNote(row(), m.captured(0));
                said = true;
            }
            auto ait = ahead.globalMatch(clause, words);
            while (ait.hasNext()) {
                const auto m = ait.next();
                const auto gap = NumberWords::cardinal(m.captured(1));
                const int team = slotTeam(m.captured(4));
                if (!gap || team < 0 || team == subject)
                    continue;
                StandingRow &otherRow = rowFor(rows, teamName(doc, match, team));
                StandingRow &subjectRow = rowFor(rows, teamName(doc, match, subject));
                const bool behind = m.captured(2).startsWith(u"behind"_s)
                        || m.captured(2).startsWith(u"adrift"_s);
                if (subjectRow.points && !otherRow.points)
                    otherRow.points = *subjectRow.points + (behind ? *gap : -*gap);
                if (const auto position = ordinalPosition(m.captured(3)); position)
                    otherRow.position = *position;
                if (const auto position = ordinalPosition(m.captured(5));
                    position && *position <= 30)
                    otherRow.position = *position;
                // The other team's note says where it stands: "9 points behind Chelsea".
                addNote(otherRow,
                        tr("%1 points %2 %3")
                                .arg(*gap)
                                .arg(behind ? tr("ahead of") : tr("behind"),
                                     teamName(doc, match, subject)));
                said = true;
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
