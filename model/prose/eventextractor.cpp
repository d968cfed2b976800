#include "eventextractor.h"

#include "cardreader.h"
#include "castreader.h"
#include "chancereader.h"
#include "goalreader.h"
#include "offencereader.h"
#include "prosedocument.h"
#include "rulebook.h"
#include "sentencecontext.h"
#include "substitutionreader.h"
#include "taggedsentence.h"

#include "pattern.h"
#include "wordstarts.h"

#include <QLoggingCategory>

#include <optional>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcProse)

namespace {

bool mentionsOtherMatch(const ProseDocument &doc, int sentence, bool *mentionsMatchTeam)
{
    bool other = false;
    *mentionsMatchTeam = false;
    for (const auto &t : doc.teams) {
        if (t.sentence != sentence || t.ground)
            continue;
        if (t.team >= 0 && (t.team == doc.homeTeam || t.team == doc.awayTeam))
            *mentionsMatchTeam = true;
        else if (t.team >= 0 && !t.nickname)
            other = true;
    }
    if (!other || *mentionsMatchTeam)
        return false;
    static const Pattern result(
            u"\\b(?:\\d{1,2}-\\d{1,2}|beat|beating|won|win|drew|draw|lost|defeat|victory|goalless|winning\\s+at|winning\\s+against)\\b"_s);
    const Sentence &s = doc.sentences.at(sentence);
    return result.match(QStringView(doc.folded).mid(s.start, s.end - s.start)).hasMatch();
}

} // namespace

QList<EventCandidate> EventExtractor::extract(ProseDocument &doc)
{
    QList<EventCandidate> out;
    NarrativeState reading;
    doc.plainTagged.resize(doc.sentences.size());
    for (int si = 0; si < doc.sentences.size(); ++si) {
        if (doc.sentences.at(si).list)
            continue; // read by StructuredReader
        bool matchTeam = false;
        const bool other = mentionsOtherMatch(doc, si, &matchTeam);
        if (other)
            reading.otherMatch = true;
        else if (matchTeam)
            reading.otherMatch = false;

        const QList<TaggedSentence::Slot> roles = CastReader::rolePhrases(doc, si);
        const TaggedSentence t = TaggedSentence::build(doc, si, roles);
        if (roles.isEmpty())
            doc.plainTagged[si].emplace(ProseDocument::Tagged { t, WordStarts(t.text) });
        qCDebug(lcProse).noquote() << "tagged" << si << t.text;
        CastReader::recordAffiliations(doc, t);
        if (reading.otherMatch)
            continue;

        std::optional<WordStarts> ownWords;
        const WordStarts &words =
                roles.isEmpty() ? doc.plainTagged.at(si)->words : ownWords.emplace(t.text);
        SentenceContext sc(doc, si, t, words);
        // A sentence about the shoot-out, and the sentences after it that go on about it
        // without a minute of play or a word of normal or extra time.
        const Sentence &sentence = doc.sentences.at(si);
        const QStringView plain =
                QStringView(doc.folded).mid(sentence.start, sentence.end - sentence.start);
        if (RuleBook::builtIn().firstMatch(u"shootout"_s, plain).rule) {
            reading.shootout = true;
        } else if (reading.shootout) {
            const bool play = RuleBook::builtIn().firstMatch(u"shootout-over"_s, plain).rule
                    || !sc.slotsIn(0, int(t.text.size()), u'M').isEmpty();
            reading.shootout = !play;
        }
        OffenceReader::read(sc, reading);
        CardReader::readManCounts(sc, reading, out);
        QList<QPair<int, int>> goalSpans; // tagged positions already read as goal triggers
        GoalReader::read(sc, reading, out, goalSpans);
        CardReader::read(sc, reading, out);
        ChanceReader::read(sc, reading, goalSpans, out);
        SubstitutionReader::read(sc, out);

        // The team this sentence is about, for "they" in the next one.
        for (const auto &slot : t.parts) {
            if (slot.kind == u'T' && (slot.index == doc.homeTeam || slot.index == doc.awayTeam)) {
                reading.lastTeamSubject = slot.index;
                break;
            }
        }
    }
    return out;
}
