#include "eventextractor.h"

#include "prosedocument.h"
#include "taggedsentence.h"

#include <QLoggingCategory>
#include "pattern.h"
#include "wordstarts.h"

#include <algorithm>
#include <optional>
#include <functional>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcProse)

namespace {

using Type = MatchEvent::Type;
using Effect = EventCandidate::Effect;

// Tokens in patterns: P a person, T a team, M a time, S a score.
QString expand(QString pattern)
{
    pattern.replace(u"{P}"_s, u"\u27e6P(\\d+)\u27e7"_s);
    pattern.replace(u"{T}"_s, u"\u27e6T(\\d+)\u27e7"_s);
    pattern.replace(u"{M}"_s, u"\u27e6M(\\d+)\u27e7"_s);
    pattern.replace(u"{S}"_s, u"\u27e6S(\\d+)\u27e7"_s);
    pattern.replace(u"{ANY}"_s, u"\u27e6[PTMS]\\d+\u27e7"_s);
    return pattern;
}

Pattern re(const QString &pattern)
{
    Pattern r(expand(pattern));
    Q_ASSERT_X(r.isValid(), "EventExtractor", qPrintable(r.errorString()));
    return r;
}

struct Clause
{
    int start = 0;
    int end = 0;
};

// Where one clause ends and the next begins: the conjunction opens the new clause.
QList<Clause> clausesOf(const QString &text, const WordStarts &words)
{
    static const Pattern boundary = re(
            u";|,\\s*(?=but\\s|while\\s|although\\s|though\\s|after\\s|before\\s|whereas\\s|only\\s+for\\s|and\\s+then\\s)|\\s(?=but\\s|while\\s|before\\s|until\\s|after\\s(?!being|going|having|picking|scoring|the\\s+(?:break|restart|interval)))|\\s-\\s"_s);
    // A boundary is a ';', a " - ", or one of these words: a sentence with none is one clause.
    static const WordStarts::Keys boundaryWords { "but",  "whil", "alth", "thou", "afte",
                                                  "befo", "wher", "only", "then", "unti" };
    if (!words.mayHold(boundaryWords) && !text.contains(u';') && !text.contains(u'-')) {
        if (WordStarts::verifying() && boundary.match(text).hasMatch())
            WordStarts::countMiss();
        return { { 0, int(text.size()) } };
    }
    QList<Clause> clauses;
    int start = 0;
    auto it = boundary.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int cut = int(m.capturedEnd());
        if (cut - start > 3) {
            clauses.append({ start, int(m.capturedStart()) });
            start = cut;
        }
    }
    clauses.append({ start, int(text.size()) });
    return clauses;
}

// ---- pattern tables -------------------------------------------------------------------------

// Words after which a mention is not a goal: the chance was missed, the goal did not stand, or
// it is a wish.
const Pattern &negation()
{
    static const Pattern r =
            re(u"\\b(?:could|should|would|might|must)\\s+(?:have|had)\\b|\\balmost\\b|\\bnearly\\b|\\bdenied\\b|\\bdeny\\b|\\bfailed\\s+to\\b|\\bunable\\s+to\\b|\\bcould\\s*n[o']t\\b|\\bwithout\\b|\\bthinking\\b|\\bhoping\\b|\\bin\\s+search\\s+of\\b|\\bchance\\s+to\\b|\\bwould\\b|\\bcut\\s+the\\s+gap\\b"_s)
                    .needing({ "coul", "shou", "woul", "migh", "must", "almo", "near", "deni",
                               "deny", "fail", "unab", "with", "thin", "hopi", "sear", "chan",
                               "cut" });
    return r;
}

const Pattern &notStood()
{
    static const Pattern r =
            re(u"\\b(?:ruled\\s+out|disallowed|chalked\\s+off|struck\\s+off|offside|overturned)\\b"_s)
                    .needing({ "rule", "disa", "chal", "stru", "offs", "over" });
    return r;
}

const Pattern &missedAfter()
{
    static const Pattern r = re(
            u"^[^\u27e6]{0,60}?\\b(?:wide|over\\s+the\\s+(?:bar|top)|(?:against|onto|off)\\s+the\\s+(?:post|bar|crossbar|woodwork|upright)|saved|blocked|off\\s+the\\s+line|straight\\s+at|just\\s+over|narrowly\\s+over|into\\s+the\\s+side[\\s-]netting)\\b"_s);
    return r;
}

struct GoalTrigger
{
    Pattern pattern;
    Type type;
    Effect effect;
    bool needsCompletion; // a shot verb: a goal only with "home", "in", "past"...
    bool noun; // a goal noun: its scorer is a possessor or follows "from"/"by"/"through"
    bool teamLevel; // the team, not a player, is the subject ("Vale levelled")
};

const QList<GoalTrigger> &goalTriggers()
{
    static const QList<GoalTrigger> list {
        { re(u"\\bown[\\s-]goals?\\b"_s).needing({ "own" }), Type::OwnGoal, Effect::None, false,
          true, false },
        { re(u"\\binto\\s+(?:his|her|their|the)\\s+own\\s+(?:net|goal)\\b"_s).needing({ "own" }),
          Type::OwnGoal, Effect::None, false, false, false },
        { re(u"\\binto\\s+the\\s+net\\s+off\\s+(?=(?:[a-z-]+\\s+){0,2}{P})"_s).needing({ "net" }),
          Type::OwnGoal, Effect::None, false, false, false },
        { re(u"\\b(?:cross|centre|center|pass|ball|delivery|free-kick|corner)\\s+(?:was\\s+)?(?:deflected|turned|diverted|sliced|steered|headed|bundled)\\s+(?:in\\s+|home\\s+)?(?:by|off)\\s+(?=(?:[a-z-]+\\s+){0,2}{P})"_s)
                  .needing({ "cro", "cen", "pas", "bal", "del", "fre", "cor" }),
          Type::OwnGoal, Effect::None, false, false, false },
        { re(u"\\b(?:converted|converts|converting|scored|netted|slotted|dispatched|stroked|tucked\\s+away|put\\s+away|rolled\\s+in|fired|firing|fires|smashed|drilled|placed|blasted)\\b(?:[^\u27e6]|{M}){0,40}?\\b(?:penalty|spot[\\s-]?kick|pen)\\b|\\b(?:from|through)\\s+the\\s+(?:penalty\\s+)?spot\\b|\\bfrom\\s+12\\s+yards\\b"_s)
                  .needing({ "pen", "spo", "12" }),
          Type::PenaltyGoal, Effect::None, false, false, false },
        { re(u"\\b(?:penalty|spot[\\s-]?kick)\\b"_s).needing({ "pen", "spo" }), Type::PenaltyGoal,
          Effect::None, false, true, false },
        { re(u"\\b(?:opened|open|opens|opening)\\s+(?:the\\s+scoring|accounts|their\\s+account|the\\s+floodgates)\\b|\\bbroke\\s+the\\s+deadlock\\b|\\bopener\\b|\\bfirst\\s+goal\\b"_s)
                  .needing({ "ope", "dea", "fir" }),
          Type::Goal, Effect::Opener, false, true, false },
        { re(u"\\b(?:equalised|equalized|equalises|equalizes|equalising|equalizing|levelled|leveled|levels|levelling|leveling|drew\\s+level|pulled\\s+level|restored\\s+parity|levelled\\s+things\\s+up|to\\s+(?:level|equalise|equalize)(?:\\s+the\\s+(?:score|scores|match|game))?)\\b"_s)
                  .needing({ "equ", "lev", "par" }),
          Type::Goal, Effect::Equaliser, false, false, true },
        { re(u"\\b(?:equaliser|equalizer|leveller|leveler)\\b"_s).needing({ "equ", "lev" }),
          Type::Goal, Effect::Equaliser, false, true, false },
        { re(u"\\b(?:winner|winning\\s+goal|match-winner|decider)\\b"_s).needing({ "win", "dec" }),
          Type::Goal, Effect::Winner, false, true, false },
        // "⟦P⟧ won it for ⟦T⟧ with 12 minutes left"
        { re(u"\\bwon\\s+it\\s+for\\b"_s).needing(WordStarts::Keys { "won" }.andOneOf({ "for" })),
          Type::Goal, Effect::Winner, false, false, false },
        { re(u"\\b(?:took|take|taken|takes|taking|grabbed|grabbing|snatched|snatching|seized|had|given|gave|giving|handed|hand|hands|handing|gives|give)\\s+(?:{T}\\s+|the\\s+(?:hosts|visitors|home\\s+side)\\s+|them\\s+)?(?:a|an|the)\\s+(?:(?:[\\w-]+|{M})\\s+){0,2}?lead\\b|\\b(?:put|puts|putting|sent|fired|headed|edged|nudged)\\s+(?:{T}|them|the\\s+(?:hosts|visitors|home\\s+side))\\s+(?:back\\s+)?(?:ahead|in\\s+front)\\b|\\b(?:went|go|goes|going|moved)\\s+(?:\\S+\\s+)?(?:ahead|in\\s+front)\\b|\\brestored\\s+(?:the|their|his|her)\\s+(?:lead|advantage)\\b"_s)
                  .needing({ "lead", "ahea", "fron", "adva" }),
          Type::Goal, Effect::Lead, false, false, true },
        // "⟦P⟧ restored the hosts' advantage", "restored ⟦T⟧'s lead"
        { re(u"\\b(?:restored|restores|restoring|re-established)\\s+(?:the|their|his|her|\u27e6T\\d+\u27e7'?s?|the\\s+(?:hosts|visitors|home\\s+side|away\\s+side)'s?)\\s+(?:[a-z-]+\\s+)?(?:lead|advantage)\\b"_s)
                  .needing(WordStarts::Keys { "rest", "re" }.andOneOf({ "lead", "adva" })),
          Type::Goal, Effect::Lead, false, false, true },
        { re(u"\\bdoubled\\s+(?:the|their|his|her|\u27e6T\\d+\u27e7's?)\\s+(?:lead|advantage)\\b|\\badded\\s+(?:a|the)\\s+(?:second|third|fourth|fifth|sixth)\\b"_s)
                  .needing({ "dou", "add" }),
          Type::Goal, Effect::Double, false, false, true },
        { re(u"\\b(?:replied|reply|responded|hit\\s+back|struck\\s+back|answered)\\b"_s)
                  .needing({ "rep", "res", "bac", "ans" }),
          Type::Goal, Effect::None, false, false, true },
        { re(u"\\b(?:pulled|pulls|pull)\\s+(?:one|a\\s+goal)\\s+back\\b|\\b(?:halved|reduced)\\s+(?:the|their|\u27e6T\\d+\u27e7's?)\\s+(?:deficit|arrears)\\b|\\bconsolation\\b(?!\\s+(?:to|that|in|for\\s+(?!the)))"_s)
                  .needing({ "bac", "def", "arr", "con" }),
          Type::Goal, Effect::PullBack, false, false, true },
        { re(u"\\bmade\\s+it\\s+{S}|\\bto\\s+make\\s+it\\s+{S}"_s).needing({ "mad", "mak" }),
          Type::Goal, Effect::None, false, false, true },
        { re(u"(?<!the\\s)\\b(?:scored|scores|scoring|score|netted|nets|netting|notched|bagged|found\\s+the\\s+(?:back\\s+of\\s+the\\s+)?net|on\\s+target|on\\s+the\\s+scoresheet|completed\\s+(?:his|her)\\s+(?:hat-trick|treble|brace)|struck\\s+(?:twice|again|late|early|first)|tapped\\s+in|tap\\s+in|headed\\s+in|fired\\s+in|poked\\s+in)\\b"_s)
                  .needing({ "scor", "net", "notc", "bagg", "targ", "comp", "stru", "tap", "head",
                             "fire", "poke" }),
          Type::Goal, Effect::None, false, false, false },
        { re(u"\\b(?:fired|fires|firing|struck|curled|curls|curling|drilled|drills|smashed|smashes|rifled|lashed|blasted|thumped|volleyed|volleys|headed|heads|heading|nodded|steered|steers|glanced|poked|pokes|slotted|slots|tapped|stabbed|swept|sweeps|turned|bundled|prodded|side-footed|lobbed|chipped|placed|guided|rolled|slid|squeezed|finished|finishes|powered|hooked|flicked|converted|converts|whipped|bent|to\\s+(?:power|fire|head|nod|tap|slot|poke|volley|curl|drill|smash|steer|glance|stab|sweep|turn|bundle|prod|lob|chip|place|guide|roll|slide|squeeze|finish|hook|flick|convert|whip|bend|rifle|lash|blast|thump|tuck|sidefoot|side-foot))\\b"_s)
                  .needing({ "fire", "firi", "stru", "curl", "dril", "smas", "rifl", "lash", "blas",
                             "thum", "voll", "head", "nod",  "stee", "glan", "poke", "slot", "tap",
                             "stab", "swep", "swee", "turn", "bund", "prod", "side", "lob",  "chip",
                             "plac", "guid", "roll", "slid", "sque", "fini", "powe", "hook", "flic",
                             "conv", "whip", "bent", "bend", "tuck" }),
          Type::Goal, Effect::None, true, false, false },
        { re(u"\\b(?:goal|goals|strike|effort|header|volley|finish|tap-in|brace|double|hat-trick|treble)\\b(?!-)"_s)
                  .needing({ "goal", "stri", "effo", "head", "voll", "fini", "tap", "brac", "doub",
                             "hat", "treb" }),
          Type::Goal, Effect::None, false, true, false },
    };
    return list;
}

// "⟦P⟧'s penalty", "⟦P⟧ penalty": the player the penalty belongs to, just before it.
const Pattern &possessorBefore()
{
    static const Pattern r = re(u"{P}'?s?\\s+(?:[\\w-]+\\s+)?$"_s);
    return r;
}

const Pattern &completion()
{
    static const Pattern r = re(
            u"^(?:[^\u27e6.]{0,50}?)\\b(?:home|in|into\\s+(?:the|an?)\\s+(?:\\w+\\s+)?(?:net|corner|goal)|past|beyond|inside\\s+the|between|under|in\\s+off|to\\s+(?:score|make\\s+it|give|put|level|win|equalise|equalize|seal|secure)|the\\s+(?:winner|equaliser|equalizer|opener|leveller)|low\\s+into|high\\s+into)\\b"_s);
    return r;
}

// Nouns for the pass or cross that made a goal: their possessor assisted, did not score.
const Pattern &assistNoun()
{
    static const Pattern r = re(
            u"^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:cross|crosses|pass|through\\s+ball|ball|corner|free[\\s-]kick|delivery|flick|lay-off|knockdown|knock-down|cut-back|cutback|assist|set-piece|throw|shot)\\b"_s);
    return r;
}

// --- helpers ----------------------------------------------------------------------------------

struct Context
{
    ProseDocument &doc;
    const TaggedSentence &tagged;
    Clause clause;
    QList<EventCandidate> &out;
};

// The slots of one kind between two positions of the tagged text: "⟦P3⟧" gives 3 for 'P'.
using Slots = QVarLengthArray<int, 8>;

Slots slotsIn(const TaggedSentence &t, int from, int to, QChar kind)
{
    Slots out;
    for (int k = 0; k < t.parts.size(); ++k) {
        const TaggedSentence::Slot &slot = t.parts.at(k);
        if (slot.kind == kind && slot.tokenStart >= from && slot.tokenStart < to)
            out.append(k);
    }
    return out;
}

int slotPosition(const TaggedSentence &t, int slot)
{
    return t.parts.at(slot).tokenStart;
}

int slotEnd(const TaggedSentence &t, int slot)
{
    return t.parts.at(slot).tokenEnd;
}

bool isOfficial(const ProseDocument &doc, const TaggedSentence &t, int slot)
{
    const auto &s = t.parts.at(slot);
    return s.kind == u'P' && doc.people.person(s.index).official;
}

// What the words just around a person say of them, whatever the trigger: worked out once per
// person of a sentence (a sentence's people are scored against each of its triggers).
struct SlotCues
{
    double score = 0; // the part of scorerScore that depends on neither trigger nor own goal
    bool victim = false; // "fouled ⟦P⟧", "against ⟦P⟧"
    bool netOff = false; // "into his own net off ⟦P⟧"
};
// The cues of a sentence's people, as they are worked out, and the sentence's words.
struct SlotCueCache
{
    const WordStarts &words;
    QList<std::optional<SlotCues>> cues;
};

SlotCues slotCues(const TaggedSentence &t, int slot, const WordStarts &words)
{
    const int pos = slotPosition(t, slot);
    const int end = slotEnd(t, slot);
    const QStringView before = QStringView(t.text).mid(qMax(0, pos - 40), qMin(40, pos));
    const QStringView after = QStringView(t.text).mid(end, 60);
    const bool possessive = after.startsWith(u'\'');
    double score = 0;
    static const Pattern keeperBefore =
            Pattern(u"\\b(?:past|beat|beating|beyond|sending|sent|over|rounded|rounding|beaten)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?$|\\b(?:goalkeeper|keeper|custodian|goalie)\\s+$"_s)
                    .needing({ "past", "beat", "beyo", "send", "sent", "over", "roun", "goal",
                               "keep", "cust" });
    static const Pattern victimBefore(
            u"\\b(?:on|against|fouled|fouling|tripped|upended|felled|pushed|pulled|robbed|skinned|beat|beating|ahead\\s+of|in\\s+front\\s+of|off(?:\\s+defender)?|fouled\\s+by|brought\\s+down\\s+by|above|marker)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?$"_s);
    static const Pattern assistVerbAfter(
            u"^(?:,)?\\s*(?:who\\s+|then\\s+|had\\s+)?(?:crossed|crosses|passed|squared|set\\s+up|laid|teed\\s+up|played|slipped|whipped\\s+(?:over|in)|sent\\s+a\\s+cross|flicked\\s+the\\s+ball|found|picked\\s+out|delivered|to\\s+cross|skinned|broke|was\\s+(?:fouled|brought|upended|pulled|pushed))\\b"_s);
    static const Pattern victimAfter =
            Pattern(u"^\\s+(?:was|were|had\\s+been)\\s+(?:fouled|brought|upended|tripped|pushed|pulled)"_s)
                    .needing(WordStarts::Keys { "was", "were", "had" }.andOneOf(
                            { "foul", "brou", "upen", "trip", "push", "pull" }));

    if (keeperBefore.match(before, words).hasMatch())
        score -= 8;
    static const Pattern crossFrom =
            Pattern(u"\\b(?:cross|pass|corner|delivery|through\\s+ball|free[\\s-]kick|lay-off|flick)\\s+from\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?$"_s)
                    .needing(WordStarts::Keys { "cros", "pass", "corn", "deli", "ball", "kick",
                                                "lay", "flic" }
                                     .andOneOf({ "from" }));
    if (crossFrom.match(before, words).hasMatch())
        score -= 8;
    static const Pattern steppedUp =
            Pattern(u"^\\s+(?:then\\s+)?stepped\\s+up\\b"_s).needing({ "step" });
    if (steppedUp.match(after, words).hasMatch())
        score += 6;
    if (possessive && assistNoun().match(after).hasMatch())
        score -= 8;
    if (assistVerbAfter.match(after).hasMatch())
        score -= 7;
    if (victimAfter.match(after, words).hasMatch())
        score -= 8;
    // "with ⟦P⟧ sending the goalkeeper the wrong way": the taker of a penalty.
    static const Pattern wrongWay =
            Pattern(u"^\\s+(?:then\\s+)?(?:sending|sent|sends|send)\\s+[^.;,]{0,50}?\\bthe\\s+wrong\\s+way\\b"_s)
                    .needing({ "wron" });
    if (wrongWay.match(after, words).hasMatch())
        score += 8;
    return { score, victimBefore.match(before).hasMatch(), before.contains(u"net off"_s) };
}

// How strongly the wording makes a person the scorer of the goal a trigger names.
double scorerScore(const ProseDocument &doc, const TaggedSentence &t, int slot, int triggerStart,
                   int triggerEnd, bool noun, bool ownGoal, SlotCueCache &cache)
{
    if (isOfficial(doc, t, slot))
        return -100;
    const int pos = slotPosition(t, slot);
    const int end = slotEnd(t, slot);
    const QStringView before = QStringView(t.text).mid(qMax(0, pos - 40), qMin(40, pos));
    const bool possessive = end >= 0 && end < t.text.size() && t.text.at(end) == u'\'';
    static const Pattern subjectVerbAfter(
            u"^(?:,\\s*(?:however|though|then|meanwhile)\\s*,)?\\s*(?:(?:then|also|later|again|duly|coolly|calmly|deservedly|finally|eventually|had|has|who|quickly|superbly|brilliantly)\\s+){0,2}"_s);
    static const Pattern byBefore(
            u"\\b(?:from|by|through|courtesy\\s+of)\\s+(?:(?:the\\s+)?(?:substitute|sub|defender|midfielder|striker|forward|winger|captain|skipper|teenager|veteran|youngster|playmaker|[\\w-]+back)\\s+)?$"_s);
    if (cache.cues.size() < t.parts.size())
        cache.cues.resize(t.parts.size());
    std::optional<SlotCues> &cues = cache.cues[slot];
    if (!cues)
        cues = slotCues(t, slot, cache.words);
    double score = cues->score;
    const bool victim = cues->victim;
    if (victim && !ownGoal)
        score -= 6;
    if (ownGoal && cues->netOff)
        score += 8;
    // "took a lead through ⟦P⟧", "a winner from ⟦P⟧"
    if (!noun && pos >= triggerEnd && pos - triggerEnd <= 30 && byBefore.match(before).hasMatch())
        score += 6;
    if (noun) {
        // "⟦P⟧'s header", "⟦P⟧ penalty", "winner from ⟦P⟧"
        static const Pattern timeToken(u"\u27e6M\\d+\u27e7"_s);
        const QString between = timeToken.removedFrom(t.text.mid(end, qMax(0, triggerStart - end)));
        if (end <= triggerStart && between.size() <= 32 && !between.contains(u'\u27e6')
            && (possessive || between.size() <= 1))
            score += 6;
        if (pos >= triggerEnd && pos - triggerEnd <= 40 && byBefore.match(before).hasMatch()
            && !victim) // "a spot kick when ⟦P⟧ was fouled by ⟦P⟧"
            score += 6;
    }
    // The person is the subject of the trigger verb: "⟦P⟧ fired home", "⟦P⟧, however, equalised",
    // "⟦P⟧, who surged into the box and calmly placed it".
    static const Pattern relative(u"^,\\s*who\\s+[^\u27e6,.;]{0,70}$"_s);
    if (end <= triggerStart && triggerStart - end <= 80) {
        const QStringView between = QStringView(t.text).mid(end, triggerStart - end);
        const auto m = subjectVerbAfter.match(between);
        static const Pattern verbObject(
                u"^\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:the\\s+)?\u27e6P\\d+\u27e7'?s?\\s+(?:[a-z]+\\s+)?$"_s);
        if (!possessive && m.hasMatch() && m.capturedLength() == between.size())
            score += 6;
        else if (!possessive && relative.match(between).hasMatch())
            score += 5;
        else if (!possessive && !between.contains(u'\u27e6') && !between.contains(u',')
                 && between.size() < 45)
            score += 3;
        else if (!possessive && QStringView(t.text).mid(triggerStart, 3) == u"to "
                 && verbObject.match(between).hasMatch())
            score += 4; // "⟦P⟧ rose above ⟦P⟧ to power in a header"
    }
    // The subject that opens the clause, with no other name before the trigger: "⟦P⟧ wrote his
    // name into folklore by handing the visitors the lead".
    static const Pattern clauseOpening(
            u"(?:^|[.;:]\\s|,\\s(?:but|and|while)\\s|\\s(?:but|while|before|after|until)\\s)(?:[a-z-]+\\s+){0,2}$"_s);
    if (end <= triggerStart
        && !QStringView(t.text).mid(end, triggerStart - end).contains(u"\u27e6P")
        && clauseOpening.match(QStringView(t.text).left(pos)).hasMatch() && !possessive)
        score += 3;
    // ", with ⟦P⟧ levelling": another player's event.
    static const Pattern subClause(u",\\s*(?:with|as)\\s"_s);
    if (subClause.match(QStringView(t.text).mid(qMin(end, triggerStart), qAbs(triggerStart - end)))
                .hasMatch()
        || (pos > triggerEnd
            && subClause.match(QStringView(t.text).mid(triggerEnd, pos - triggerEnd)).hasMatch()))
        score -= 5;
    const int distance = pos < triggerStart ? triggerStart - end : pos - triggerEnd;
    score -= distance * 0.02;
    return score;
}

// The time phrase of the clause nearest to a trigger.
int nearestTime(const ProseDocument &doc, const TaggedSentence &t, const Clause &clause,
                int triggerStart, bool backReferences = false)
{
    int best = -1;
    int bestDistance = 1 << 30;
    for (int slot : slotsIn(t, clause.start, clause.end, u'M')) {
        const TimeExpression &e = doc.times.at(t.parts.at(slot).index);
        // "six minutes previously" dates what happened before, not the event itself.
        if (!backReferences && e.kind == TimeExpression::Kind::Relative && e.offset < 0)
            continue;
        // "a lead in the eighth minute, with ⟦P⟧ levelling": each side of ", with" has its own.
        {
            static const Pattern subClause(u",\\s*(?:with|as)\\s|\\sand\\s+(?=\u27e6P)"_s);
            const int at = slotPosition(t, slot);
            const int from = qMin(at, triggerStart);
            if (subClause.match(QStringView(t.text).mid(from, qAbs(at - triggerStart))).hasMatch())
                continue;
        }
        const int pos = slotPosition(t, slot);
        const int distance = qAbs(pos - triggerStart) + (pos < triggerStart ? 10 : 0);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = slot;
        }
    }
    return best;
}

// The side a clause credits: "for Fiorentina", "handed Inter a lead", "Vale levelled",
// "the hosts", "Wolves' 56th-minute leveller".
int creditedTeam(ProseDocument &doc, const TaggedSentence &t, const WordStarts &words,
                 const Clause &clause, int triggerStart, int lastTeamSubject)
{
    // "them" is the match team named last before the trigger in the same sentence; "they"
    // opening a clause may also be the last sentence's subject.
    int pronounTeam = -1;
    for (int k = 0; k < t.parts.size(); ++k) {
        const auto &slot = t.parts.at(k);
        if (slot.kind == u'T' && slotPosition(t, k) < triggerStart
            && (slot.index == doc.homeTeam || slot.index == doc.awayTeam))
            pronounTeam = slot.index;
    }
    const QStringView text = QStringView(t.text).mid(clause.start, clause.end - clause.start);
    static const Pattern forTeam =
            re(u"\\bfor\\s+(?:the\\s+)?(?:{T}|hosts|visitors|home\\s+side|away\\s+side|home\\s+team)"_s)
                    .needing({ "for" });
    static const Pattern handed =
            re(u"\\b(?:handed|handing|gave|giving|given|give|gives|hand|hands|put|puts|putting|sent|sending|earned|secured|helped)\\s+(?:(?:the\\s+)?{T}|them|the\\s+(?:hosts|visitors|home\\s+side))"_s)
                    .needing({ "hand", "gave", "givi", "give", "put", "sent", "send", "earn",
                               "secu", "help" });
    static const Pattern subjectTeam = re(
            u"^\\s*(?:(?:but|and|then|however|yet|,)\\s+)*(?:the\\s+)?(?:{T}|(?:hosts|visitors|home\\s+side)\\b)"_s);
    static const Pattern possessiveTeam =
            re(u"(?:{T}|\\bthe\\s+(?:hosts|home\\s+side|visitors|away\\s+side))'s?\\s+(?:(?:[\\w-]+|{M})\\s+){0,2}?(?:leveller|equaliser|equalizer|winner|opener|goal|fightback|comeback|lead|advantage)\\b"_s)
                    .needing({ "leve", "equa", "winn", "open", "goal", "figh", "come", "lead",
                               "adva" });
    static const Pattern pronounSubject =
            re(u"^\\s*(?:(?:but|and|then|however|,)\\s+)*(?:they|it)\\b"_s);
    auto resolve = [&](const PatternMatch &m) {
        const QString word = m.captured(0);
        static const Pattern teamToken(u"\u27e6T(\\d+)\u27e7"_s);
        if (const auto tm = teamToken.match(word); tm.hasMatch())
            return t.parts.at(tm.captured(1).toInt()).index;
        if (word.contains(u"hosts"_s) || word.contains(u"home"_s))
            return doc.homeTeam;
        if (word.contains(u"visitors"_s) || word.contains(u"away"_s))
            return doc.awayTeam;
        if (word.contains(u"them"_s) || word.contains(u"they"_s))
            return pronounTeam;
        return -1;
    };
    static const Pattern subClause(u",\\s*(?:with|as)\\s|(?:\\sand|,)\\s+(?=\u27e6P)"_s);
    for (const Pattern *r : { &possessiveTeam, &forTeam, &handed }) {
        auto it = r->globalMatch(text, words);
        int best = -1;
        int bestDistance = 1 << 30;
        while (it.hasNext()) {
            const auto m = it.next();
            const int at = int(clause.start + m.capturedStart());
            const int d = qAbs(at - triggerStart);
            // "given the hosts a lead through a penalty, with ⟦P⟧ levelling": not the same goal.
            if (subClause.match(QStringView(t.text).mid(qMin(at, triggerStart), d)).hasMatch())
                continue;
            const int team = resolve(m);
            if (team >= 0 && d < bestDistance) {
                best = team;
                bestDistance = d;
            }
        }
        if (best >= 0)
            return best;
    }
    if (const auto m = subjectTeam.match(text); m.hasMatch()) {
        const int team = resolve(m);
        if (team >= 0)
            return team;
    }
    if (pronounSubject.match(text).hasMatch())
        return pronounTeam >= 0 ? pronounTeam : lastTeamSubject;
    return -1;
}

// The team a dismissed player plays for, when the clause says whose men were sent off:
// "Hertha finished with nine men after ...", "Juventus ... despite having ⟦P⟧ sent off".
int cardTeam(const ProseDocument &doc, const TaggedSentence &t, int triggerStart)
{
    static const Pattern losing = re(
            u"{T}(?:'s?)?[^\u27e6.;]{0,70}?\\b(?:had|having|finished|ended|reduced|down\\s+to|lose|lost|losing|saw|seeing|were\\s+left)\\b"_s);
    const auto m = losing.match(t.text.left(triggerStart));
    if (!m.hasMatch())
        return -1;
    const int team = t.parts.at(m.captured(1).toInt()).index;
    return (team == doc.homeTeam || team == doc.awayTeam) ? team : -1;
}

// In a part of a sentence whose words are given.
MatchEvent::BodyPart bodyPartIn(QStringView text, const WordStarts &words)
{
    static const Pattern head = Pattern(u"\\b(?:header|headed|heading|nodded|glanced)\\b"_s)
                                        .needing({ "head", "nodd", "glan" });
    static const Pattern left = Pattern(u"\\bleft[\\s-]foot(?:ed)?\\b"_s).needing({ "left" });
    static const Pattern right = Pattern(u"\\bright[\\s-]foot(?:ed)?\\b"_s).needing({ "righ" });
    if (head.match(text, words).hasMatch())
        return MatchEvent::BodyPart::Head;
    if (left.match(text, words).hasMatch())
        return MatchEvent::BodyPart::LeftFoot;
    if (right.match(text, words).hasMatch())
        return MatchEvent::BodyPart::RightFoot;
    return MatchEvent::BodyPart::Unknown;
}

std::optional<Score> scoreAfterIn(const ProseDocument &doc, const TaggedSentence &t,
                                  const Clause &clause)
{
    static const Pattern made =
            re(u"\\b(?:made\\s+it|make\\s+it|making\\s+it|for)\\s+{S}|\\bgoing\\s+{S}\\s+up\\b"_s);
    if (slotsIn(t, clause.start, clause.end, u'S').isEmpty())
        return std::nullopt; // no score written in the clause
    const auto m = made.match(QStringView(t.text).mid(clause.start, clause.end - clause.start));
    if (!m.hasMatch())
        return std::nullopt;
    const QString slotText = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    const auto &sc = doc.scores.at(t.parts.at(slotText.toInt()).index);
    return Score { sc.first, sc.second };
}

// In a part of a sentence whose words are given.
int goalCount(QStringView text, const WordStarts &words)
{
    static const Pattern three =
            Pattern(u"\\b(?:hat-trick|hat\\s+trick|treble|three\\s+goals|three\\s+times)\\b"_s)
                    .needing({ "hat", "treb", "thre" });
    static const Pattern two =
            Pattern(u"\\b(?:brace|double|twice|two\\s+goals|(?:his|her)\\s+second\\s+goal|scored\\s+again|struck\\s+again|(?:his|her)\\s+second(?:\\s+goal|\\s+of\\s+the\\s+(?:game|match|night|afternoon|evening)|[,.]))\\b"_s)
                    .needing({ "brac", "doub", "twic", "two", "seco", "agai" });
    if (three.match(text, words).hasMatch())
        return 3;
    if (two.match(text, words).hasMatch())
        return 2;
    return 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------

namespace {

struct CardTrigger
{
    Pattern pattern;
    Type type;
    int count; // "two bookings": a yellow, then a second yellow
};

const QList<CardTrigger> &cardTriggers()
{
    static const QList<CardTrigger> list {
        { re(u"\\b(?:second\\s+(?:yellow|booking|caution|bookable\\s+offen[cs]e)|cautioned\\s+for\\s+a\\s+second\\s+time|booked\\s+for\\s+a\\s+second\\s+time|yellow-red|two\\s+yellows)\\b"_s)
                  .needing({ "seco", "caut", "book", "yell" }),
          Type::SecondYellow, 1 },
        { re(u"\\b(?:two\\s+(?:bookings|yellow\\s+cards|cautions))\\b"_s).needing({ "two" }),
          Type::SecondYellow, 2 },
        { re(u"\\b(?:sent\\s+off|sending\\s+off|sendings\\s+off|sent\\s+packing|red[\\s-]carded|(?:straight\\s+)?red\\s+cards?|straight\\s+reds?|reds\\b|sees\\s+red|saw\\s+red|marching\\s+orders|dismissed|dismissals?|early\\s+bath|given\\s+his\\s+(?:marching\\s+)?orders)"_s)
                  .needing({ "sent", "send", "red", "marc", "dism", "bath", "orde" }),
          Type::RedCard, 1 },
        { re(u"(?<!already\\s)\\b(?:booked|yellow\\s+card|cautioned|booking|yellow\\b)"_s)
                  .needing({ "book", "yell", "caut" }),
          Type::YellowCard, 1 },
    };
    return list;
}

// The players a card trigger names: the subject written just before it (with any joined by
// "and"), a possessor ("⟦P⟧'s sending off"), or those listed after "for", "of" or "to".
QList<int> cardPersons(const ProseDocument &doc, const TaggedSentence &t, const Clause &clause,
                       int triggerStart, int triggerEnd)
{
    static const Pattern tokenRe(u"\u27e6P(\\d+)\u27e7"_s);
    static const Pattern gapBefore(
            u"^(?:'s?)?(?:\\s+(?:was|were|is|has\\s+been|had\\s+been|had|been|being|then|also|later|duly|both|each|shown|received|receiving|picked\\s+up|picking\\s+up|saw|sees|given|handed|got|earned|collected|a|an|the|his|her|their|straight|second|yellow|early|for|to|off|sent|quickly|subsequently|controversially|rightly|harshly|\\d+\\w*|[\\w-]+ly))*\\s*$"_s);
    static const Pattern joiner(
            u"^(?:'s?)?\\s*(?:,|and|,\\s*and)\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+(?:[a-z-]+\\s+)?|(?:substitute|defender|midfielder|striker|forward|winger|captain|goalkeeper|keeper)\\s+)?$"_s);
    static const Pattern listAfter(
            u"^\\s*(?:cards?|reds?|yellows?|orders|bookings?)?\\s*(?:for|of|to|on)\\s+(?:the\\s+)?(?:(?:\u27e6T\\d+\u27e7'?s?|[a-z-]+)\\s+){0,2}$"_s);
    QList<QPair<int, int>> persons; // slot, position
    auto it = tokenRe.globalMatch(t.text, clause.start);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() >= clause.end)
            break;
        const int slot = m.captured(1).toInt();
        if (!isOfficial(doc, t, slot))
            persons.append({ slot, int(m.capturedStart()) });
    }
    static const Pattern relativeClause(
            u",\\s*(?:who\\s+[^,]*|already\\s+(?:booked|cautioned|on\\s+a\\s+(?:yellow|booking))|[a-z]+ly)\\s*,"_s);
    QList<int> chosen;
    auto add = [&](int slot) {
        const int person = t.parts.at(slot).index;
        if (!chosen.contains(person))
            chosen.append(person);
    };
    // A card verb with its object: "the referee booked ⟦P⟧", "Bell sent off ⟦T⟧'s ⟦P⟧", "...
    // booked ⟦T⟧ midfielder ⟦P⟧". The person named right after is the player; whoever is named
    // before gave the card.
    static const Pattern activeVerb(u"^(?:booked|cautioned|sent\\s+off|dismissed)$"_s);
    static const Pattern objectGap(
            u"^\\s+(?:(?:the\\s+)?\u27e6T\\d+\u27e7'?s?\\s+)?(?:[a-z-]+\\s+)?$"_s);
    if (activeVerb.match(QStringView(t.text).mid(triggerStart, triggerEnd - triggerStart))
                .hasMatch()) {
        for (int i = 0; i < persons.size(); ++i) {
            if (persons.at(i).second < triggerEnd)
                continue;
            if (!objectGap
                         .match(QStringView(t.text).mid(triggerEnd,
                                                        persons.at(i).second - triggerEnd))
                         .hasMatch())
                break;
            add(persons.at(i).first);
            for (int j = i + 1; j < persons.size(); ++j) {
                const int prevEnd = slotEnd(t, persons.at(j - 1).first);
                if (!joiner.match(QStringView(t.text).mid(prevEnd, persons.at(j).second - prevEnd))
                             .hasMatch())
                    break;
                add(persons.at(j).first);
            }
            return chosen;
        }
    }
    // Before the trigger: the nearest person with nothing but auxiliary words in between, then
    // those joined to it.
    for (int i = int(persons.size()) - 1; i >= 0; --i) {
        const int end = slotEnd(t, persons.at(i).first);
        if (end > triggerStart)
            continue;
        QString gap = t.text.mid(end, triggerStart - end);
        gap = relativeClause.removedFrom(gap);
        if (!gapBefore.match(gap).hasMatch())
            break;
        add(persons.at(i).first);
        for (int j = i - 1; j >= 0; --j) {
            const int jEnd = slotEnd(t, persons.at(j).first);
            if (!joiner.match(t.text.mid(jEnd, persons.at(j + 1).second - jEnd)).hasMatch())
                break;
            add(persons.at(j).first);
        }
        break;
    }
    // After the trigger: "for ⟦P⟧ and ⟦P⟧", "of ⟦P⟧".
    for (int i = 0; i < persons.size(); ++i) {
        if (persons.at(i).second < triggerEnd)
            continue;
        const QString gap = t.text.mid(triggerEnd, persons.at(i).second - triggerEnd);
        if (!listAfter.match(gap).hasMatch() || gap.startsWith(u" on"_s))
            break;
        add(persons.at(i).first);
        for (int j = i + 1; j < persons.size(); ++j) {
            const int prevEnd = slotEnd(t, persons.at(j - 1).first);
            if (!joiner.match(t.text.mid(prevEnd, persons.at(j).second - prevEnd)).hasMatch())
                break;
            add(persons.at(j).first);
        }
        break;
    }
    return chosen;
}

const Pattern &cardNegation()
{
    static const Pattern r =
            re(u"\\b(?:should\\s+have|could\\s+have|would\\s+have|might\\s+have|escaped|avoided|lucky\\s+not|appealed|claims?\\s+for|no\\s+(?:red|yellow)|ago\\b|last\\s+season|earlier\\s+(?:this|in\\s+the)\\s+season|of\\s+the\\s+season|season\\s+running|ban\\b|suspended|suspension|tally|will\\s+miss|miss\\s+(?:the|next)|rescinded|overturned)"_s)
                    .needing({ "shou", "coul", "woul", "migh", "esca", "avoi", "luck", "appe",
                               "clai", "no", "ago", "seas", "ban", "susp", "tall", "miss", "resc",
                               "over" });
    return r;
}

const Pattern &manCount()
{
    // "10-man Juventus", "reduced to 10 men", "finished with nine men", "down to 10 men"
    static const Pattern r =
            re(u"\\b(ten|10|nine|9|eight|8)[\\s-]man\\s+{T}|{T}'s?\\s+(ten|10|nine|9|eight|8)\\s+men\\b|(?:{T}|the\\s+(?:hosts|visitors|home\\s+(?:side|team)|away\\s+(?:side|team)))[^\u27e6.;]{0,40}?\\b(?:reduced\\s+to|down\\s+to|finished\\s+with|ended\\s+with|playing\\s+with|with\\s+only|left\\s+with)\\s+(?:only\\s+)?(ten|10|nine|9|eight|8)\\s+men|\\bboth\\s+(?:sides|teams)\\s+(?:finished|ended|went\\s+down|were\\s+reduced|reduced)\\s+(?:with|to)\\s+(ten|10)\\s+men|{T}[^\u27e6.;]{0,60}?\\b(?:lose|lost|had)\\s+(two|three|2|3)\\s+(?:players|men)\\s+(?:to\\s+red\\s+cards|sent\\s+off)"_s)
                    .needing(WordStarts::Keys { "man", "men", "play" }.andOneOf(
                            { "ten", "nine", "eigh", "two", "thre", "#" }));
    return r;
}

int menNumber(const QString &word)
{
    static const QHash<QString, int> words {
        { u"ten"_s, 10 }, { u"nine"_s, 9 }, { u"eight"_s, 8 }, { u"two"_s, 2 }, { u"three"_s, 3 }
    };
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : words.value(word, -1);
}

} // namespace

namespace {

// State carried from sentence to sentence.
struct Reading
{
    bool otherMatch = false; // the report has moved on to another match's result
    int lastTeamSubject = -1;
    int previousParagraph = -1;
    // The last timed foul or handball and who committed it: "⟦P⟧ then handled in the area ten
    // minutes from time". The penalty told next ("put away the penalty") took place then, and
    // so did the dismissal a man count tells next ("down to nine men").
    int offenceSentence = -1;
    int offender = -1;
    bool offenceGavePenalty = false;
    std::optional<TimeExpression> offenceTime;
};

const Pattern &offence()
{
    static const Pattern pattern =
            Pattern(u"\\b(?:handled|handball|fouled|felled|tripped|brought\\s+down|hauled\\s+down|pulled\\s+down|upended|clipped|bundled\\s+over|(?:a|his|her)\\s+(?:foul|challenge|tackle|lunge)\\s+on|lunged\\s+(?:at|in)|headbutt(?:ed)?|elbowed|kicked\\s+out|stamped|squaring\\s+up|conceded\\s+(?:a|the)\\s+penalty|gave\\s+away\\s+(?:a|the)\\s+penalty)\\b"_s)
                    .needing({ "hand", "foul", "fell", "trip", "down", "upen", "clip", "bund",
                               "chal", "tack", "lung", "head", "elbo", "kick", "stam", "squa",
                               "pena" });
    return pattern;
}

// The offence gave a penalty: it happened in the area, or the words say so.
const Pattern &penaltyAwarded()
{
    static const Pattern pattern(
            u"\\b(?:in|inside)\\s+the\\s+(?:penalty\\s+)?(?:area|box)\\b|\\bpenalty\\b|\\bspot[\\s-]?kick\\b|\\bpointed\\s+to\\s+the\\s+spot\\b"_s);
    return pattern;
}

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

// "the Juventus fullback", "the Brazilian defender", "the 24-year-old": the latest player
// mentioned before, who is not the victim of a foul or the passer of a cross.
QList<TaggedSentence::Slot> rolePhrases(const ProseDocument &doc, int sentence)
{
    static const Pattern role =
            Pattern(u"\\b(?:the|The)\\s+(?:former\\s+|ex-)?((?:[A-Z][\\w'.-]*\\s+){0,3})?(?:(?:\\d+|[a-z]+)-year-old|(?:[a-z-]+\\s+)?(?:fullback|full-back|defender|midfielder|forward|striker|winger|keeper|goalkeeper|captain|skipper|substitute|teenager|youngster|veteran|playmaker|centre-back|center-back|wing-back|left-back|right-back|attacker|international|debutant|marksman|frontman|centre-half|stopper|loanee|newcomer|Brazilian|Argentine|Argentinian|Spaniard|Frenchman|Dutchman|Englishman|Portuguese|Italian|German|Scot|Welshman|Irishman|Norwegian|Belgian|Croatian|Uruguayan|Colombian|Moroccan|Senegalese|Nigerian|Ghanaian|Ivorian|Serbian|Swede|Dane|Pole|Austrian|Swiss|American|Japanese|Australian|Mexican|Egyptian|Algerian|Cameroonian|Ecuadorian|Chilean|Peruvian))\\b"_s)
                    .needing({ "year", "full", "defe", "midf", "forw", "stri", "wing", "keep",
                               "goal", "capt", "skip", "subs", "teen", "youn", "vete", "play",
                               "cent", "left", "righ", "atta", "inte", "debu", "mark", "fron",
                               "stop", "loan", "newc", "braz", "arge", "span", "fren", "dutc",
                               "engl", "port", "ital", "germ", "scot", "wels", "iris", "norw",
                               "belg", "croa", "urug", "colo", "moro", "sene", "nige", "ghan",
                               "ivor", "serb", "swed", "dane", "pole", "aust", "swis", "amer",
                               "japa", "mexi", "egyp", "alge", "came", "ecua", "chil", "peru" });
    static const Pattern pronoun =
            Pattern(u"\\b(?:he|she|He|She)\\b(?!'s)"_s).needing({ "he", "she" });
    QList<TaggedSentence::Slot> out;
    const Sentence &s = doc.sentences.at(sentence);
    const QStringView text = QStringView(doc.text).mid(s.start, s.end - s.start);
    const auto &mentions = doc.people.mentions();
    auto resolve = [&](int at, int roleTeam) {
        for (int i = int(mentions.size()) - 1; i >= 0; --i) {
            const auto &m = mentions.at(i);
            if (m.start >= at)
                continue;
            if (doc.sentences.at(m.sentence).paragraph < s.paragraph - 2)
                break;
            const auto &person = doc.people.person(m.person);
            if (person.official)
                continue;
            const QStringView before =
                    QStringView(doc.folded).mid(qMax(0, m.start - 12), qMin(12, m.start));
            static const Pattern cueRe1(
                    u"\\b(?:on|against|by|past|fouled|from|beat|beating)\\s+(?:[a-z-]+\\s+)?$"_s);
            if (cueRe1.match(before).hasMatch())
                continue;
            if (m.possessive
                && assistNoun().match(QStringView(doc.folded).mid(m.start + m.length, 40)).hasMatch())
                continue;
            if (roleTeam >= 0 && !person.teamVotes.isEmpty() && !person.teamVotes.contains(roleTeam))
                continue;
            return m.person;
        }
        return -1;
    };
    auto teamIn = [&](int from, int to) {
        for (const auto &t : doc.teams) {
            if (t.start >= from && t.start + t.length <= to && t.team >= 0)
                return t.team;
        }
        return -1;
    };
    const WordStarts words = doc.sentenceWords.at(sentence).over(text);
    auto it = role.globalMatch(text, words);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = s.start + int(m.capturedStart());
        const int end = s.start + int(m.capturedEnd());
        // A run of capitals that is a person is not a role: "the Brazilian" yes, "the Kalulu" no.
        if (!m.captured(1).isEmpty() && teamIn(start, end) < 0
            && !People::isNeverWord(m.captured(1).trimmed()))
            continue;
        int roleTeam = m.captured(0).contains(u"former"_s) ? -1 : teamIn(start, end);
        if (roleTeam != doc.homeTeam && roleTeam != doc.awayTeam)
            roleTeam = -1; // "the Ireland international" in a club match

        const int person = resolve(start, roleTeam);
        if (person < 0)
            continue;
        TaggedSentence::Slot slot { u'P', person, -1, start, end };
        slot.implicit = true;
        slot.roleTeam = roleTeam;
        out.append(slot);
    }
    auto pit = pronoun.globalMatch(text, words);
    while (pit.hasNext()) {
        const auto m = pit.next();
        const int start = s.start + int(m.capturedStart());
        const int person = resolve(start, -1);
        if (person < 0)
            continue;
        TaggedSentence::Slot slot { u'P', person, -1, start, start + int(m.capturedLength()) };
        slot.implicit = true;
        out.append(slot);
    }
    return out;
}

// A team written right before a person names the person's club: "Juventus captain Manuel
// Locatelli", "Chelsea's Guro Reiten", "Oldham midfielder Gary McDonald".
void recordAffiliations(ProseDocument &doc, const TaggedSentence &t)
{
    static const Pattern clubBefore =
            re(u"{T}(?:'s?)?\\s+((?:(?:[a-z-]+|[A-Z][a-z]+)\\s+){0,3}?)$"_s);
    static const Pattern roleWords(
            u"^(?:(?:captain|skipper|defender|midfielder|striker|forward|winger|keeper|goalkeeper|substitute|sub|teenager|youngster|veteran|playmaker|fullback|full-back|centre-back|center-back|centre-half|wing-back|left-back|right-back|attacker|international|debutant|loanee|star|talisman|new|signing|top|scorer|top-scorer|midfield|pacy|young|experienced|stand-in|academy|graduate|striker|frontman|number|no|9|10|home|)\\s+)*$"_s);
    for (int k = 0; k < t.parts.size(); ++k) {
        const auto &slot = t.parts.at(k);
        if (slot.kind != u'P')
            continue;
        if (slot.implicit) {
            if (slot.roleTeam >= 0)
                doc.people.person(slot.index).teamVotes[slot.roleTeam] += 2;
            continue;
        }
        const int pos = slotPosition(t, k);
        // "Sonia Bompastor's Blues": a person whose team it is manages it.
        static const Pattern possessesTeam(u"^'s?\\s+\u27e6T\\d+\u27e7"_s);
        if (possessesTeam.match(QStringView(t.text).mid(slotEnd(t, k), 12)).hasMatch())
            doc.people.person(slot.index).official = true;
        const QStringView before = QStringView(t.text).left(pos);
        if (!before.right(80).contains(u"\u27e6T"))
            continue; // no team written before the person
        const auto m = clubBefore.match(before.right(80));
        if (!m.hasMatch())
            continue;
        if (!roleWords.match(m.captured(2)).hasMatch())
            continue;
        const QStringView preceding = before.right(80).left(int(m.capturedStart()));
        static const Pattern cueRe2(
                u"\\b(?:former|ex-|old|against|beat|beating|over|past|on|from|to|at|of|with)\\s*$"_s);
        // "against Arsenal's Saka" still names Saka's club; "against Arsenal Saka" may not.
        const bool possessive = m.captured(0).contains(u'\'');
        if (!possessive && cueRe2.match(preceding).hasMatch())
            continue;
        const int team = t.parts.at(m.captured(1).toInt()).index;
        doc.people.person(slot.index).teamVotes[team] += 2;
    }
}

} // namespace

QList<EventCandidate> EventExtractor::extract(ProseDocument &doc)
{
    QList<EventCandidate> out;
    Reading reading;
    doc.plainTagged.resize(doc.sentences.size());
    for (int si = 0; si < doc.sentences.size(); ++si) {
        const Sentence &sentence = doc.sentences.at(si);
        if (sentence.paragraph != reading.previousParagraph) {
            reading.previousParagraph = sentence.paragraph;
        }
        bool matchTeam = false;
        const bool other = mentionsOtherMatch(doc, si, &matchTeam);
        if (other)
            reading.otherMatch = true;
        else if (matchTeam)
            reading.otherMatch = false;

        const QList<TaggedSentence::Slot> roles = rolePhrases(doc, si);
        const TaggedSentence t = TaggedSentence::build(doc, si, roles);
        if (roles.isEmpty()) {
            doc.plainTagged[si].emplace(ProseDocument::Tagged { t, WordStarts(t.text) });
        }
        qCDebug(lcProse).noquote() << "tagged" << si << t.text;
        recordAffiliations(doc, t);
        if (reading.otherMatch)
            continue;

        const QString &text = t.text;
        std::optional<WordStarts> ownWords;
        const WordStarts &words =
                roles.isEmpty() ? doc.plainTagged.at(si)->words : ownWords.emplace(text);
        SlotCueCache cues { words, {} }; // filled as the sentence's people are scored
        const QList<Clause> clauses = clausesOf(text, words);
        auto clauseOf = [&](int pos) {
            for (const Clause &c : clauses) {
                if (pos >= c.start && pos < c.end)
                    return c;
            }
            return clauses.last();
        };
        auto addTime = [&](EventCandidate &c, int slot) {
            if (slot < 0)
                return;
            c.time = doc.times.at(t.parts.at(slot).index);
        };
        // The time of an event whose clause has none: the sentence's only time, when the
        // sentence is one clause (in another clause it is that clause's: "X was booked, while
        // Y was sent off in the 81st minute"); else -1.
        auto soleTime = [&] {
            if (clauses.size() != 1)
                return -1;
            const Slots times = slotsIn(t, 0, int(text.size()), u'M');
            return times.size() == 1 ? times.first() : -1;
        };

        // ---- a timed foul or handball, for the penalty or dismissal told after it
        {
            auto it = offence().globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                const int at = int(m.capturedStart());
                const Clause clause = clauseOf(at);
                const int timeSlot = nearestTime(doc, t, clause, at);
                if (timeSlot < 0)
                    continue;
                const TimeExpression &time = doc.times.at(t.parts.at(timeSlot).index);
                if (time.kind != TimeExpression::Kind::Minute || !time.time.hasMinute())
                    continue;
                // Who did it: the clause's person just before the verb, with nothing but a few
                // words ("then", "needlessly") between them.
                int person = -1;
                for (int slot : slotsIn(t, clause.start, at, u'P')) {
                    const QStringView between =
                            QStringView(text).mid(slotEnd(t, slot), at - slotEnd(t, slot));
                    static const Pattern passive(u"\\b(?:was|were|been|being|is|are|got|get)\\b"_s);
                    if (between.count(u' ') <= 3 && !between.contains(u'\u27e6'))
                        person = passive.match(between).hasMatch() ? -1 : t.parts.at(slot).index;
                }
                if (person < 0 && reading.offenceSentence == si)
                    person = reading.offender; // "... and made things worse by squaring up"
                reading.offenceSentence = si;
                reading.offender = person;
                reading.offenceTime = time;
                reading.offenceGavePenalty =
                        penaltyAwarded()
                                .match(QStringView(text).mid(clause.start,
                                                             clause.end - clause.start))
                                .hasMatch();
            }
        }
        const bool offenceJustBefore = reading.offenceTime && si > reading.offenceSentence
                && si - reading.offenceSentence <= 1;

        // ---- team man counts ("10-man Juventus") become a fact the resolver uses
        {
            auto it = manCount().globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                EventCandidate c;
                c.type = Type::RedCard;
                c.sentence = si;
                c.offset = t.documentOffset(int(m.capturedStart()));
                c.goalsFromCount = true; // a count of dismissals, not a card by itself
                QString number;
                int teamSlot = -1;
                for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
                    if (m.captured(g).isEmpty())
                        continue;
                    const bool slotDigits = m.capturedStart(g) >= 2
                            && QStringView(text).mid(m.capturedStart(g) - 2, 2) == u"\u27e6T";
                    if (slotDigits)
                        teamSlot = m.captured(g).toInt();
                    else if (menNumber(m.captured(g)) > 0)
                        number = m.captured(g);
                }
                const int n = menNumber(number);
                if (n <= 0)
                    continue;
                c.count = n >= 8 ? 11 - n : n;
                static const Pattern home(u"\\b(?:hosts|home\\s+(?:side|team))\\b"_s);
                static const Pattern away(u"\\b(?:visitors|away\\s+(?:side|team))\\b"_s);
                if (home.match(m.captured(0)).hasMatch())
                    c.team = doc.homeTeam;
                else if (away.match(m.captured(0)).hasMatch())
                    c.team = doc.awayTeam;
                else if (teamSlot >= 0)
                    c.team = t.parts.at(teamSlot).index;
                c.detail = m.captured(0).startsWith(u"both"_s) ? u"both"_s : QString();
                out.append(c);
                // "⟦P⟧ then handled in the area ten minutes from time. With the home side down
                // to nine men, ...": the offender was sent off for it, then.
                const bool cardWords = std::any_of(
                        cardTriggers().cbegin(), cardTriggers().cend(), [&](const CardTrigger &k) {
                            return k.pattern.match(text, words).hasMatch();
                        });
                if (offenceJustBefore && reading.offender >= 0 && !cardWords && c.detail.isEmpty()) {
                    EventCandidate red;
                    red.type = Type::RedCard;
                    red.person = reading.offender;
                    red.sentence = si;
                    red.offset = c.offset;
                    red.time = reading.offenceTime;
                    red.detail = t.original(doc.text, int(m.capturedStart()), int(m.capturedEnd()));
                    out.append(red);
                    reading.offender = -1;
                }
            }
        }

        // ---- goals
        const int clauseStartIndex = int(out.size());
        QList<QPair<int, int>> goalSpans; // tagged positions already read as goal triggers
        for (const GoalTrigger &trigger : goalTriggers()) {
            auto it = trigger.pattern.globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                const int ts = int(m.capturedStart());
                const int te = int(m.capturedEnd());
                const Clause clause = clauseOf(ts);
                const bool overlapping =
                        std::any_of(goalSpans.cbegin(), goalSpans.cend(),
                                    [&](const auto &s) { return ts < s.second && s.first < te; });
                if (overlapping)
                    continue;
                const QStringView clauseText =
                        QStringView(text).mid(clause.start, clause.end - clause.start);
                const QStringView beforeTrigger =
                        QStringView(text).mid(clause.start, ts - clause.start);
                const QStringView afterTrigger = QStringView(text).mid(te, clause.end - te);
                if (negation().match(beforeTrigger, words).hasMatch())
                    continue;
                const bool disallowed = notStood().match(clauseText, words).hasMatch()
                        || notStood().match(QStringView(text).mid(te), words).hasMatch();
                bool chance = false;
                if (trigger.needsCompletion) {
                    if (missedAfter().match(afterTrigger).hasMatch())
                        chance = true;
                    else if (!completion().match(afterTrigger).hasMatch()
                             && !(m.captured(0).startsWith(u"convert"_s)))
                        continue;
                }
                if (trigger.type == Type::PenaltyGoal && trigger.noun) {
                    // "penalty" alone: a goal only when the clause says it went in.
                    static const Pattern scoredIt(
                            u"\\b(?:scored|scores|converted|converts|netted|made\\s+it|gave|gives|give|given|giving|handing|lead\\s+through|handed|sent|secured|earned|won\\s+it|win\\s+it|levelled|equalised|put|halved|restored|opened|goal|winner|late\\s+penalty|stoppage-time\\s+penalty|\\S+-minute\\s+penalty)\\b"_s);
                    static const Pattern notScored(
                            u"\\b(?:saved|missed|miss|hit\\s+the\\s+(?:post|bar)|wide|over|appeal|appeals|screamed|shouts?|claims?|awarded|won\\s+(?:a|the)\\s+penalty|conceded|gave\\s+away|penalty\\s+area|penalty\\s+box|penalty\\s+spot)\\b"_s);
                    if (notScored.match(clauseText).hasMatch()
                        && !clauseText.contains(u"from the penalty spot"_s)) {
                        static const Pattern missed(
                                u"\\b(?:saved|missed|hit\\s+the\\s+(?:post|bar)|wide|over\\s+the\\s+bar|kept\\s+out|failed\\s+to\\s+convert)\\b"_s);
                        if (missed.match(clauseText).hasMatch()
                            && !negation().match(beforeTrigger).hasMatch())
                            chance = true; // a missed penalty, handled below
                        else
                            continue;
                    } else if (!scoredIt.match(clauseText).hasMatch()
                               && !possessorBefore().match(beforeTrigger).hasMatch()) {
                        continue;
                    }
                }
                // "a three-point lead" is the league table's, not the match's.
                if (trigger.effect == Effect::Lead && m.captured(0).contains(u"point"_s))
                    continue;
                goalSpans.append({ ts, te });

                EventCandidate c;
                c.sentence = si;
                c.offset = t.documentOffset(ts);
                c.type = trigger.type;
                c.effect = trigger.effect;
                if (trigger.type == Type::PenaltyGoal)
                    c.penaltyKnown = true;
                if (disallowed) {
                    c.type = Type::Chance;
                    c.chance = MatchEvent::ChanceKind::Disallowed;
                } else if (chance) {
                    c.type = trigger.type == Type::PenaltyGoal ? Type::MissedPenalty : Type::Chance;
                    c.chance = MatchEvent::ChanceKind::Miss;
                }
                // Scorer
                const bool ownGoal = c.type == Type::OwnGoal;
                double best = 0.5;
                for (int slot : slotsIn(t, clause.start, clause.end, u'P')) {
                    const double s = scorerScore(doc, t, slot, ts, te, trigger.noun, ownGoal, cues);
                    if (s > best) {
                        best = s;
                        c.person = t.parts.at(slot).index;
                    }
                }
                static const Pattern teamOpens(
                        u"^\\s*(?:(?:but|and|then|however|yet|,)\\s+)*(?:the\\s+)?(?:\u27e6T|hosts|visitors|home\\s+side|they)"_s);
                if (c.person < 0
                    && (!trigger.teamLevel || !teamOpens.match(clauseText).hasMatch())) {
                    // A bare verb with no clear subject: the clause's only non-negative person.
                    const Slots persons = slotsIn(t, clause.start, clause.end, u'P');
                    int candidates = 0;
                    int only = -1;
                    for (int slot : persons) {
                        if (scorerScore(doc, t, slot, ts, te, trigger.noun, ownGoal, cues) > -2) {
                            ++candidates;
                            only = t.parts.at(slot).index;
                        }
                    }
                    if (candidates == 1)
                        c.person = only;
                }
                // Assist: "⟦P⟧'s cross", "from ⟦P⟧'s pass"
                for (int slot : slotsIn(t, clause.start, clause.end, u'P')) {
                    const auto &s = t.parts.at(slot);
                    if (s.index != c.person && s.possessive
                        && assistNoun().match(QStringView(text).mid(slotEnd(t, slot), 40)).hasMatch()
                        && !QStringView(text).mid(slotEnd(t, slot), 40).contains(u"shot")) {
                        c.secondPerson = s.index;
                        break;
                    }
                }
                // "directing the ball into his own net": the player who did it comes before.
                if (ownGoal && c.person < 0) {
                    for (int slot : slotsIn(t, clause.start, ts, u'P')) {
                        if (scorerScore(doc, t, slot, ts, te, false, true, cues) > -3)
                            c.person = t.parts.at(slot).index;
                    }
                }
                c.team = creditedTeam(doc, t, words, clause, ts, reading.lastTeamSubject);
                const bool generic = &trigger == &goalTriggers().last();
                static const Pattern stopped(
                        u"\\b(?:save|saves|claimed|claiming|saved|saving|blocked|blocking|parried|parrying|tipped|held|gathered|kept\\s+out|denied|straight\\s+at|wide|over\\s+the\\s+bar|cleared|clearing|missed|misses|missing|wasted|squandered|spurned|fluffed|scuffed|dragged)\\b"_s);
                static const Pattern subClauseEnd(u"\\s(?:and|but|,)\\s"_s);
                const int windowStart = qMax(clause.start, ts - 30);
                int windowEnd = qMin(clause.end, te + 30);
                if (const auto cut = subClauseEnd.match(text, te);
                    cut.hasMatch() && cut.capturedStart() < windowEnd)
                    windowEnd = int(cut.capturedStart());
                if (generic
                    && stopped.match(QStringView(text).mid(windowStart, windowEnd - windowStart))
                               .hasMatch())
                    continue; // a shot that was stopped: the chance rules read it
                if (generic && best < 5 && c.team < 0)
                    continue; // "in front of goal", "a goal" with nobody and no side
                if (generic && m.captured(0).endsWith(u's') && goalCount(clauseText, words) == 1)
                    continue; // "goals for the visitors": several goals, none of them placed
                if (c.person < 0 && c.team < 0 && !trigger.teamLevel && trigger.noun
                    && !m.captured(0).startsWith(u"penalty"_s) && c.type != Type::OwnGoal)
                    continue; // nothing to place
                addTime(c, nearestTime(doc, t, clause, ts));
                if (!c.time)
                    addTime(c, soleTime());
                // "⟦P⟧ handled in the area ten minutes from time. ... ⟦P⟧ put away the penalty":
                // the penalty was taken when it was given.
                if (!c.time && (c.type == Type::PenaltyGoal || c.type == Type::MissedPenalty)
                    && offenceJustBefore && reading.offenceGavePenalty) {
                    c.time = reading.offenceTime;
                    reading.offenceGavePenalty = false;
                }
                c.scoreAfter = scoreAfterIn(doc, t, clause);
                if (c.scoreAfter && c.effect == Effect::None
                    && c.scoreAfter->home == c.scoreAfter->away)
                    c.effect = Effect::Equaliser;
                c.bodyPart = bodyPartIn(clauseText, words);
                // "scored in the 20th minute and again in the 50th": the same scorer's next
                // goal, at the minute written after "again".
                if (c.time && c.time->kind == TimeExpression::Kind::Minute) {
                    static const Pattern again =
                            Pattern(u"^[^\u27e6]{0,20}\\band\\s+again\\s+(?:[a-z]+\\s+){0,3}?\u27e6M(\\d+)\u27e7"_s)
                                    .needing(WordStarts::Keys { "agai" }.andOneOf({ "and" }));
                    const int timeSlot = nearestTime(doc, t, clause, ts);
                    const int from = timeSlot >= 0 ? slotEnd(t, timeSlot) : -1;
                    if (from >= te) {
                        const auto m =
                                again.match(QStringView(text).mid(from, clause.end - from), words);
                        const int slot = m.hasMatch() ? m.capturedView(1).toInt() : -1;
                        if (slot >= 0 && slot < t.parts.size()) {
                            const TimeExpression &next = doc.times.at(t.parts.at(slot).index);
                            if (next.kind == TimeExpression::Kind::Minute)
                                c.time->moreTimes.append(next.time);
                        }
                    }
                }
                c.count = goalCount(clauseText, words);
                if (c.time && !c.time->moreTimes.isEmpty())
                    c.count = qMax(c.count, int(c.time->moreTimes.size()) + 1);
                c.detail = t.original(doc.text, ts, te);
                // "X scored a hat-trick": how many, not which; "completed his hat-trick" is the last.
                static const Pattern countNoun(u"\\b(?:brace|double|hat-trick|treble|twice)\\b"_s);
                static const Pattern completed(
                        u"\\b(?:completed|sealed|secured)\\s+(?:his|her)\\b"_s);
                if (c.count > 1 && countNoun.match(clauseText).hasMatch()
                    && !completed.match(clauseText).hasMatch()
                    && !(c.time && !c.time->moreTimes.isEmpty())
                    && !(c.time && c.time->kind == TimeExpression::Kind::Minute))
                    c.goalsFromCount = true;
                // Two triggers of one clause about the same scorer are one mention:
                // "made amends by scoring an equaliser nine minutes later".
                bool merged = false;
                for (int k = clauseStartIndex; k < out.size() && !merged; ++k) {
                    EventCandidate &o = out[k];
                    if (o.sentence != si || o.clause != clause.start
                        || !MatchEvent::isGoalType(o.type) || o.goalsFromCount != c.goalsFromCount)
                        continue;
                    if (o.person >= 0 && c.person >= 0 && o.person != c.person)
                        continue;
                    if (o.time && c.time && o.time->start != c.time->start
                        && o.time->kind == TimeExpression::Kind::Minute
                        && c.time->kind == TimeExpression::Kind::Minute)
                        continue; // two minutes, two goals
                    if (o.person < 0)
                        o.person = c.person;
                    if (c.type == Type::OwnGoal
                        || (c.type == Type::PenaltyGoal && o.type == Type::Goal))
                        o.type = c.type;
                    if (o.effect == Effect::None)
                        o.effect = c.effect;
                    if (!o.time)
                        o.time = c.time;
                    if (o.team < 0)
                        o.team = c.team;
                    if (!o.scoreAfter)
                        o.scoreAfter = c.scoreAfter;
                    if (o.secondPerson < 0)
                        o.secondPerson = c.secondPerson;
                    o.count = qMax(o.count, c.count);
                    o.penaltyKnown = o.penaltyKnown || c.penaltyKnown;
                    merged = true;
                }
                if (!merged) {
                    c.clause = clause.start;
                    out.append(c);
                }
            }
        }
        // "Goals from ⟦P⟧ six minutes before half-time and ⟦P⟧ just before the hour": one goal per
        // name, each with the time written after it.
        {
            static const Pattern list =
                    re(u"\\b(?:goals|strikes|efforts)\\s+(?:from|by)\\s+"_s)
                            .needing(WordStarts::Keys { "goal", "stri", "effo" }.andOneOf(
                                    { "from", "by" }));
            auto it = list.globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                const Clause clause = clauseOf(int(m.capturedStart()));
                // Names joined by "and" or commas, each maybe followed by its time; the list ends at
                // the first other word.
                static const Pattern listGap(
                        u"^(?:\\s*\u27e6M\\d+\u27e7)?\\s*(?:,|and|,\\s*and)\\s+(?:substitute\\s+)?$"_s);
                QList<int> persons;
                for (int slot : slotsIn(t, int(m.capturedEnd()), clause.end, u'P')) {
                    if (isOfficial(doc, t, slot))
                        break;
                    if (!persons.isEmpty()) {
                        const int prevEnd = slotEnd(t, persons.last());
                        if (!listGap.match(QStringView(text).mid(prevEnd,
                                                                 slotPosition(t, slot) - prevEnd))
                                     .hasMatch())
                            break;
                    }
                    persons.append(slot);
                }
                if (persons.size() < 2)
                    continue;
                // Drop the single candidate the generic trigger made for this list.
                out.removeIf([&](const EventCandidate &o) {
                    return o.sentence == si && o.clause == clause.start
                            && MatchEvent::isGoalType(o.type);
                });
                for (int i = 0; i < persons.size(); ++i) {
                    EventCandidate c;
                    c.type = Type::Goal;
                    c.sentence = si;
                    c.clause = clause.start;
                    const int pos = slotPosition(t, persons.at(i));
                    c.offset = t.documentOffset(pos);
                    c.person = t.parts.at(persons.at(i)).index;
                    const int next = i + 1 < persons.size() ? slotPosition(t, persons.at(i + 1))
                                                            : clause.end;
                    const Slots times = slotsIn(t, pos, next, u'M');
                    if (!times.isEmpty())
                        addTime(c, times.first());
                    c.team = creditedTeam(doc, t, words, clause, pos, reading.lastTeamSubject);
                    c.detail = doc.text.mid(t.documentOffset(int(m.capturedStart())),
                                            m.capturedLength());
                    out.append(c);
                }
            }
        }

        // "to send the match into extra time, where ⟦P⟧ scored again": a period named earlier in
        // the sentence holds for the events after it that have no time of their own.
        for (int k = clauseStartIndex; k < out.size(); ++k) {
            EventCandidate &c = out[k];
            if (c.sentence != si || c.time)
                continue;
            for (int slot : slotsIn(t, 0, int(text.size()), u'M')) {
                const TimeExpression &e = doc.times.at(t.parts.at(slot).index);
                const bool extraTime = QStringView(doc.text)
                                               .mid(e.start, e.length)
                                               .contains(u"extra", Qt::CaseInsensitive);
                if (e.kind == TimeExpression::Kind::Period && extraTime
                    && t.documentOffset(slotPosition(t, slot)) < c.offset)
                    c.time = e;
            }
        }

        // ---- cards
        QList<QPair<int, int>> cardSpans;
        // In the order of the text, so that "..., picking up two bookings" finds the player the
        // sentence sent off before it.
        struct CardMatch
        {
            const CardTrigger *trigger;
            int start;
            int end;
        };
        QList<CardMatch> cardMatches;
        for (const CardTrigger &trigger : cardTriggers()) {
            auto it = trigger.pattern.globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                cardMatches.append({ &trigger, int(m.capturedStart()), int(m.capturedEnd()) });
            }
        }
        std::stable_sort(cardMatches.begin(), cardMatches.end(),
                         [](const CardMatch &a, const CardMatch &b) { return a.start < b.start; });
        for (const CardMatch &cm : cardMatches) {
            const CardTrigger &trigger = *cm.trigger;
            {
                const int ts = cm.start;
                const int te = cm.end;
                const bool overlapping =
                        std::any_of(cardSpans.cbegin(), cardSpans.cend(), [&](const auto &s) {
                            return ts < s.second + 12 && s.first < te + 12;
                        });
                if (overlapping) {
                    // "sent off for a second bookable offence": the same card, said more exactly.
                    if (trigger.type == Type::SecondYellow && trigger.count == 1) {
                        for (int k = int(out.size()) - 1; k >= 0 && out.at(k).sentence == si; --k) {
                            if (out.at(k).type == Type::RedCard && !out.at(k).goalsFromCount)
                                out[k].type = Type::SecondYellow;
                        }
                    }
                    cardSpans.append({ ts, te });
                    continue;
                }
                const Clause clause = clauseOf(ts);
                const QStringView clauseText =
                        QStringView(text).mid(clause.start, clause.end - clause.start);
                if (cardNegation().match(clauseText, words).hasMatch())
                    continue;
                static const Pattern cueRe4(
                        u"\\b(?:should|could|would)\\s+have\\s+(?:been\\s+)?$"_s);
                if (cueRe4.foundIn(QStringView(text).mid(qMax(0, ts - 25), qMin(25, ts))))
                    continue;
                // Everyone the card is for: "⟦P⟧ and ⟦P⟧ were shown red cards", "the dismissals
                // of ⟦P⟧ and ⟦P⟧", "⟦P⟧'s sending off", "having ⟦P⟧ sent off", "a red card for ⟦P⟧".
                QList<int> chosen = cardPersons(doc, t, clause, ts, te);
                if (chosen.isEmpty()) {
                    // "..., picking up two bookings": the player of the sentence's other card.
                    for (int k = int(out.size()) - 1; k >= 0 && chosen.isEmpty(); --k) {
                        const EventCandidate &o = out.at(k);
                        if (o.sentence == si && o.person >= 0
                            && (o.type == Type::RedCard || o.type == Type::SecondYellow
                                || o.type == Type::YellowCard)
                            && !o.goalsFromCount)
                            chosen.append(o.person);
                    }
                }
                const int timeSlot = nearestTime(doc, t, clause, ts);
                const int team = cardTeam(doc, t, ts);
                auto make = [&](int person, Type type) {
                    EventCandidate c;
                    c.type = type;
                    c.person = person;
                    c.sentence = si;
                    c.offset = t.documentOffset(ts);
                    c.team = team;
                    c.teamFromPlayer = true;
                    addTime(c, timeSlot);
                    if (!c.time)
                        addTime(c, soleTime());
                    c.detail = t.original(doc.text, ts, te);
                    return c;
                };
                if (chosen.isEmpty())
                    continue; // a card for nobody named: the man counts cover it
                cardSpans.append({ ts, te });
                for (int person : chosen) {
                    if (trigger.count == 2) {
                        // "two bookings in two minutes": the first a minute or so before.
                        EventCandidate second = make(person, Type::SecondYellow);
                        EventCandidate first = make(person, Type::YellowCard);
                        static const Pattern span(
                                u"\\bin\\s+(?:the\\s+space\\s+of\\s+)?(two|2|three|3)\\s+minutes\\b"_s);
                        if (second.time && second.time->kind == TimeExpression::Kind::Minute
                            && span.match(clauseText).hasMatch()) {
                            TimeExpression earlier = *second.time;
                            earlier.time = MatchTime::fromMinute(second.time->time.minute() - 1);
                            first.time = earlier;
                        } else {
                            first.time.reset();
                        }
                        out.append(first);
                        out.append(second);
                    } else {
                        out.append(make(person, trigger.type));
                    }
                }
            }
        }

        // ---- chances, substitutions, VAR
        static const Pattern woodwork =
                Pattern(u"\\b(?:hit|struck|rattled|smacked|clipped|against|onto|off)\\s+the\\s+(?:post|bar|crossbar|woodwork|upright)\\b|\\bheaded\\s+against\\s+the\\s+(?:post|bar)"_s)
                        .needing({ "pos", "bar", "cro", "woo", "upr" });
        static const Pattern offLine =
                Pattern(u"\\b(?:off\\s+the\\s+(?:goal-?\\s?)?line|goal-?line\\s+clearance|on\\s+the\\s+(?:goal\\s+)?line)\\b"_s)
                        .needing({ "lin", "goa" });
        static const Pattern saved =
                Pattern(u"\\b(?:saved|superb\\s+save|great\\s+save|brilliant\\s+save|outstanding\\s+save|fine\\s+save|forced\\s+(?:a|an)\\s+(?:\\w+\\s+)?save|kept\\s+out|denied|tipped)\\b"_s)
                        .needing({ "sav", "kep", "den", "tip" });
        static const Pattern wide =
                Pattern(u"\\b(?:wide|over\\s+the\\s+(?:bar|top)|missed|miss|went\\s+over|could\\s+not\\s+find\\s+the\\s+net)\\b"_s)
                        .needing({ "wid", "ove", "mis", "net" });
        for (const Clause &clause : clauses) {
            const QStringView clauseText =
                    QStringView(text).mid(clause.start, clause.end - clause.start);
            const bool inGoal =
                    std::any_of(goalSpans.cbegin(), goalSpans.cend(), [&](const auto &s) {
                        return s.first >= clause.start && s.first < clause.end;
                    });
            if (inGoal)
                continue;
            MatchEvent::ChanceKind kind = MatchEvent::ChanceKind::None;
            PatternMatch m;
            if ((m = woodwork.match(clauseText, words)).hasMatch())
                kind = MatchEvent::ChanceKind::Woodwork;
            else if ((m = offLine.match(clauseText, words)).hasMatch())
                kind = MatchEvent::ChanceKind::OffTheLine;
            else if ((m = saved.match(clauseText, words)).hasMatch())
                kind = MatchEvent::ChanceKind::Save;
            else if ((m = wide.match(clauseText, words)).hasMatch()
                     && !clauseText.contains(u"penalty"_s))
                kind = MatchEvent::ChanceKind::Miss;
            if (kind == MatchEvent::ChanceKind::None)
                continue;
            const int ts = clause.start + int(m.capturedStart());
            EventCandidate c;
            c.type = Type::Chance;
            c.chance = kind;
            c.sentence = si;
            c.offset = t.documentOffset(ts);
            // The shooter: a person whose shot or effort it was, not the keeper who saved it.
            double best = -0.5;
            for (int slot : slotsIn(t, clause.start, clause.end, u'P')) {
                double s = scorerScore(doc, t, slot, ts, ts + int(m.capturedLength()), true, false,
                                       cues);
                const int pos = slotPosition(t, slot);
                const QStringView after = QStringView(text).mid(slotEnd(t, slot), 30);
                static const Pattern cueRe5(
                        u"^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:shot|effort|header|attempt|strike|volley)"_s);
                if (t.parts.at(slot).possessive && cueRe5.foundIn(after))
                    s += 6;
                static const Pattern cueRe6(
                        u"^\\s+(?:saved|superbly|made|kept|denied|tipped|could\\s+only)"_s);
                if (kind == MatchEvent::ChanceKind::Save && cueRe6.foundIn(after))
                    s -= 10; // the goalkeeper
                static const Pattern cueRe7(u"^\\s+(?:cleared|blocked|hooked|headed)"_s);
                if (kind == MatchEvent::ChanceKind::OffTheLine && cueRe7.foundIn(after))
                    s -= 10; // the defender
                Q_UNUSED(pos)
                if (s > best) {
                    best = s;
                    c.person = t.parts.at(slot).index;
                }
            }
            c.team = creditedTeam(doc, t, words, clause, ts, reading.lastTeamSubject);
            c.teamFromPlayer = true;
            addTime(c, nearestTime(doc, t, clause, ts));
            c.detail = t.original(doc.text, clause.start, clause.end);
            if (c.person >= 0 || c.team >= 0)
                out.append(c);
        }

        static const Pattern sub =
                re(u"(?:{P}\\s+)?(?:(?:came|comes|coming|went|brought)\\s+on\\s+(?:as\\s+a\\s+substitute\\s+)?for|replaced|replacing|(?<=\u27e7)\\s*on\\s+for|entered\\s+the\\s+fray|came\\s+off\\s+the\\s+bench|was\\s+replaced\\s+by|made\\s+way\\s+for)\\s*(?:{P})?"_s)
                        .needing(WordStarts::Keys { "on", "repl", "fray", "benc", "way" }.andOneOf(
                                { "for", "repl", "fray", "benc" }));
        {
            auto it = sub.globalMatch(text, words);
            while (it.hasNext()) {
                const auto m = it.next();
                const int ts = int(m.capturedStart());
                const Clause clause = clauseOf(ts);
                EventCandidate c;
                c.type = Type::Substitution;
                c.sentence = si;
                c.offset = t.documentOffset(ts);
                int on = m.captured(1).isEmpty() ? -1 : t.parts.at(m.captured(1).toInt()).index;
                int off = m.captured(2).isEmpty() ? -1 : t.parts.at(m.captured(2).toInt()).index;
                if (m.captured(0).contains(u"replaced by"_s)
                    || m.captured(0).contains(u"made way"_s))
                    std::swap(on, off);
                if (on < 0) {
                    // "Having only entered the fray...": the subject comes after the clause.
                    for (int slot : slotsIn(t, 0, int(text.size()), u'P')) {
                        if (t.parts.at(slot).index != off && !isOfficial(doc, t, slot)) {
                            on = t.parts.at(slot).index;
                            if (slotPosition(t, slot) > ts)
                                break;
                        }
                    }
                }
                if (on < 0)
                    continue;
                c.person = off; // the player going off, as providers record it
                c.secondPerson = on;
                if (c.person < 0) {
                    c.person = on;
                    c.secondPerson = -1;
                    c.detail = u"came on"_s;
                }
                addTime(c, nearestTime(doc, t, clause, ts, true));
                if (c.time && c.time->kind == TimeExpression::Kind::Relative && c.time->offset < 0)
                    c.backReference = true;
                c.teamFromPlayer = true;
                out.append(c);
            }
        }
        static const Pattern var = Pattern(u"\\bvar\\b"_s).needing({ "var" });
        static const Pattern noReview(u"\\bvar\\s+(?:was|is)\\s+not\\b"_s);
        if (var.match(text, words).hasMatch() && !noReview.match(text).hasMatch()) {
            EventCandidate c;
            c.type = Type::Var;
            c.sentence = si;
            c.offset = sentence.start;
            const Slots persons = slotsIn(t, 0, int(text.size()), u'P');
            if (!persons.isEmpty())
                c.person = t.parts.at(persons.first()).index;
            const int timeSlot = nearestTime(doc, t, clauses.first(), 0);
            addTime(c, timeSlot);
            c.detail = doc.sentenceText(si).trimmed();
            out.append(c);
        }

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
