#include "prosereportreader.h"

#include "eventextractor.h"
#include "eventresolver.h"
#include "listedevents.h"
#include "matchfacts.h"
#include "prosedocument.h"
#include "prosetext.h"
#include "structuredreader.h"
#include "tablefacts.h"
#include "teamdirectory.h"
#include "teamdiscovery.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <optional>
#include "pattern.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcProse, "matchline.prose", QtWarningMsg)

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProseReportReader)
};

// Editorial notes in brackets are not part of the headline: "[headline not in stored text]".
QString cleanHeadline(const QString &headline)
{
    static const QRegularExpression brackets(u"\\[[^\\]]*\\]"_s);
    QString out = headline;
    out.replace(brackets, QString());
    return out.simplified();
}

} // namespace

ReadResult ProseReportReader::read(const QByteArray &bytes)
{
    return readText(ProseText::decode(bytes), TeamDirectory::builtIn());
}

namespace {

// "Madrid" for Real Madrid, "Palace" for Crystal Palace: a word of the name of a team the
// report names in full, written alone (no capitalized word beside it), stands for that team
// (or, when several such teams share it, for the one of them that plays).
void addShortTeamNames(ProseDocument &doc)
{
    const TeamDirectory &teams = *doc.directory;
    QHash<QString, QList<int>> byWord;
    for (const ProseDocument::TeamMention &m : std::as_const(doc.teams)) {
        if (m.nickname || m.ground || m.candidates.size() != 1)
            continue;
        const QStringList words = teams.team(m.candidates.first()).name.split(u' ');
        if (words.size() < 2)
            continue;
        for (const QString &w : words) {
            if (w.size() < 4 || !w.at(0).isUpper() || People::isLeadingWord(w)
                || People::isNeverWord(w))
                continue;
            QList<int> &ids = byWord[w];
            if (!ids.contains(m.candidates.first()))
                ids.append(m.candidates.first());
        }
    }
    if (byWord.isEmpty())
        return;
    QList<QPair<int, int>> taken;
    for (const ProseDocument::TeamMention &m : std::as_const(doc.teams))
        taken.append({ m.start, m.start + m.length });
    static const Pattern word(u"(?<![\\w'-])[A-Z][\\w]+(?![\\w-])"_s);
    static const Pattern capitalBefore(u"([A-Z][\\w'-]*)\\s$"_s);
    static const Pattern capitalAfter(u"^\\s[A-Z]"_s);
    static const Pattern possessiveAfter(u"^['\u2019]s?\\b"_s);
    QList<ProseDocument::TeamMention> added;
    auto it = word.globalMatch(doc.text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto found = byWord.constFind(m.captured(0));
        if (found == byWord.cend())
            continue;
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&](const auto &t) { return start < t.second && end > t.first; }))
            continue;
        const auto before = capitalBefore.match(
                QStringView(doc.text).mid(qMax(0, start - 30), qMin(30, start)));
        // ("Jun Amano Yokohama's second": the word ends a run of capitals, as a possessor.)
        const bool possessor = possessiveAfter.match(QStringView(doc.text).mid(end, 3)).hasMatch();
        if ((before.hasMatch() && !People::isLeadingWord(before.captured(1)) && !possessor)
            || capitalAfter.match(QStringView(doc.text).mid(end, 3)).hasMatch())
            continue;
        const int sentence = doc.sentenceAt(start);
        if (sentence < 0)
            continue;
        ProseDocument::TeamMention t;
        t.start = start;
        t.length = end - start;
        t.sentence = sentence;
        t.candidates = *found;
        t.nickname = true;
        added.append(t);
    }
    doc.teams += added;
    std::stable_sort(doc.teams.begin(), doc.teams.end(),
                     [](const auto &a, const auto &b) { return a.start < b.start; });
}

} // namespace

ReadResult ProseReportReader::readText(const QString &decoded, const TeamDirectory &directory)
{
    ReadResult result;
    Match &match = result.match;
    match.sourceFormat = Match::SourceFormat::Prose;
    match.sourceText = decoded;

    ProseDocument doc;
    doc.directory = &directory;
    doc.text = ProseText::normalized(decoded);
    const ProseText::Header header = ProseText::header(doc.text);
    doc.headerDate = header.date;
    // Bracketed editorial notes in the headline are blanked, keeping offsets.
    if (header.headlineStart >= 0) {
        static const Pattern brackets(u"\\[[^\\]\\n]*\\]"_s);
        const int end = header.headlineStart + int(header.headline.size());
        auto it = brackets.globalMatch(
                doc.text.mid(header.headlineStart, end - header.headlineStart));
        while (it.hasNext()) {
            const auto m = it.next();
            for (int i = 0; i < m.capturedLength(); ++i)
                doc.text[header.headlineStart + int(m.capturedStart()) + i] = u' ';
        }
        match.headline = cleanHeadline(header.headline);
    }
    doc.folded = ProseText::foldedAscii(doc.text);
    doc.sentences = SentenceSplitter::split(doc.text, header.bodyStart, header.headlineStart,
                                            header.headlineStart + int(header.headline.size()));
    if (doc.sentences.isEmpty()) {
        match.warnings.append({ Text::tr("The file holds no text: nothing was found.") });
        return result;
    }
    // Lists around the prose (scorers, bookings, line-ups) are read as lists, not sentences.
    doc.lists = ListedEvents::read(doc.text);
    for (Sentence &sentence : doc.sentences) {
        for (const TextSpan &span : std::as_const(doc.lists.spans)) {
            if (sentence.start >= span.start && sentence.start < span.end()) {
                sentence.list = true;
                break;
            }
        }
    }

    // Mentions: teams, times and scores first, then people in what is left.
    static const Pattern nameAfter(u"^ (?!(?:FC|AFC|CF|SC)\\b)[A-Z][a-z][\\w'-]*"_s);
    // Clubs the team list does not know, read off the report's score line or opening: the
    // report is read with a copy of the list that has them.
    std::optional<TeamDirectory> withDiscovered;
    {
        const QString headline = header.headlineStart >= 0
                ? doc.text.mid(header.headlineStart, header.headline.size())
                : QString();
        const QList<TeamDiscovery::Team> discovered =
                TeamDiscovery::unknownTeams(headline, doc.text.mid(header.bodyStart), directory);
        if (!discovered.isEmpty()) {
            withDiscovered = directory;
            for (const TeamDiscovery::Team &team : discovered)
                withDiscovered->addTeam(team.names, team.shortNames);
            doc.directory = &*withDiscovered;
        }
    }
    const TeamDirectory &teams = *doc.directory;
    for (const TeamDirectory::Found &f : teams.findAll(doc.text)) {
        const int sentence = doc.sentenceAt(f.start);
        if (sentence < 0)
            continue;
        // "Nelson Semedo" is a person whose first name is also a club's.
        const auto after = nameAfter.match(QStringView(doc.text).mid(f.start + f.length, 30));
        if (after.hasMatch() && !f.ground) {
            const QString word = after.captured(0).trimmed();
            if (teams.lookup(word).isEmpty() && !People::isNeverWord(word)
                && !People::isLeadingWord(word))
                continue;
        }
        ProseDocument::TeamMention m;
        m.start = f.start;
        m.length = f.length;
        m.sentence = sentence;
        m.candidates = f.teams;
        m.nickname = f.nickname;
        m.ground = f.ground;
        doc.teams.append(m);
    }
    addShortTeamNames(doc);
    static const Pattern scorePattern(
            u"(?<![\\d.,-])(\\d{1,2})\\s?-\\s?(\\d{1,2})(?![\\d-])(?!\\s*-\\s*\\d)"_s);
    QList<QStringView> foldedSentences;
    foldedSentences.reserve(doc.sentences.size());
    doc.sentenceWords.reserve(doc.sentences.size());
    for (const Sentence &s : doc.sentences) {
        foldedSentences.append(QStringView(doc.folded).mid(s.start, s.end - s.start));
        doc.sentenceWords.append(WordStarts(foldedSentences.last()));
    }
    const QList<QList<TimeExpression>> times =
            TimeExpressions::findEach(foldedSentences, doc.sentenceWords);
    for (int si = 0; si < doc.sentences.size(); ++si) {
        const Sentence &s = doc.sentences.at(si);
        for (TimeExpression t : times.at(si)) {
            t.start += s.start;
            doc.times.append(t);
            doc.timeSentence.append(si);
        }
    }
    for (int si = 0; si < doc.sentences.size(); ++si) {
        const Sentence &s = doc.sentences.at(si);
        const QStringView text = QStringView(doc.text).mid(s.start, s.end - s.start);
        auto it = scorePattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // "(3-1-1)" is a record of wins, draws and defeats; a year range is not a score.
            const int a = m.captured(1).toInt();
            const int b = m.captured(2).toInt();
            doc.scores.append(
                    { s.start + int(m.capturedStart()), int(m.capturedLength()), si, a, b });
        }
    }
    QList<People::Candidate> runs;
    for (int si = 0; si < doc.sentences.size(); ++si) {
        QList<QPair<int, int>> skip;
        for (const auto &t : doc.teams) {
            if (t.sentence == si)
                skip.append({ t.start, t.length });
        }
        for (int i = 0; i < doc.times.size(); ++i) {
            if (doc.timeSentence.at(i) == si)
                skip.append({ doc.times.at(i).start, doc.times.at(i).length });
        }
        const Sentence &s = doc.sentences.at(si);
        runs += People::candidates(doc.text, s.start, s.end, si, skip);
    }
    doc.people.build(runs);

    MatchFacts::determine(doc, match);
    StructuredReader::readCast(doc);
    QList<EventCandidate> candidates = EventExtractor::extract(doc);
    candidates += StructuredReader::read(doc);
    if (lcProse().isDebugEnabled()) {
        for (const EventCandidate &c : candidates) {
            qCDebug(lcProse).noquote()
                    << "candidate" << MatchEvent::typeKey(c.type) << "person"
                    << (c.person >= 0 ? doc.people.person(c.person).name : u"-"_s) << "team"
                    << (c.team >= 0 ? teams.team(c.team).name : u"-"_s) << "time"
                    << (c.time ? c.time->time.label() + u" kind "_s
                                        + QString::number(int(c.time->kind)) + u" off "_s
                                        + QString::number(c.time->offset)
                               : u"-"_s)
                    << "effect" << int(c.effect) << "count" << c.count << "countOnly"
                    << c.goalsFromCount << "|" << c.detail << "| s" << c.sentence;
        }
        for (const auto &p : doc.people.persons()) {
            QStringList votes;
            for (auto it = p.teamVotes.cbegin(); it != p.teamVotes.cend(); ++it)
                votes << teams.team(it.key()).name + u':' + QString::number(it.value());
            qCDebug(lcProse).noquote()
                    << "person" << p.name << (p.official ? "official" : "") << votes.join(u", "_s);
        }
    }
    EventResolver::resolve(doc, candidates, match);
    TableFacts::extract(doc, match);

    if (match.homeTeam.isEmpty() && match.awayTeam.isEmpty())
        match.warnings.append({ Text::tr("No team names were recognised in the report.") });
    if (match.events.isEmpty())
        match.warnings.append({ Text::tr("No match events were found in this text.") });
    qCDebug(lcProse) << "read" << match.events.size() << "events," << match.standings.size()
                     << "table facts";
    return result;
}
