#include "timeexpressions.h"

#include "numberwords.h"
#include "prosetext.h"

#include "pattern.h"
#include "wordstarts.h"

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

using Build = std::function<bool(const PatternMatch &, TimeExpression *)>;

struct Rule
{
    // Word beginnings of which the sentence must hold one for the pattern to be tried at all
    // ("#": a digit); most sentences hold few, and most patterns then cost nothing.
    WordStarts::Keys keys;
    QString pattern; // {N} stands for any number word or digits
    Build build;
};

int number(const PatternMatch &m, int group)
{
    return NumberWords::value(m.captured(group)).value_or(-1);
}

bool firstHalfHint(const QString &text)
{
    return text.contains(u"first-half"_s, Qt::CaseInsensitive)
            || text.contains(u"first half"_s, Qt::CaseInsensitive)
            || text.contains(u"before half"_s, Qt::CaseInsensitive)
            || text.contains(u"before the break"_s, Qt::CaseInsensitive);
}

MatchTime minuteOf(int minute, int added = 0)
{
    return MatchTime::fromMinute(minute, added);
}

bool setMinute(TimeExpression *e, int minute, int added = 0, bool approximate = false)
{
    if (minute < 0 || minute > 130)
        return false;
    e->kind = TimeExpression::Kind::Minute;
    e->time = minuteOf(minute, added);
    e->approximate = approximate;
    return true;
}

bool setPeriod(TimeExpression *e, MatchTime::Period period)
{
    e->kind = TimeExpression::Kind::Period;
    e->time = MatchTime::inPeriod(period);
    return true;
}

bool setStoppage(TimeExpression *e, bool firstHalf, int added)
{
    e->kind = TimeExpression::Kind::Minute;
    e->time = MatchTime(firstHalf ? MatchTime::Period::FirstHalf : MatchTime::Period::SecondHalf,
                        firstHalf ? 45 : 90, added);
    return true;
}

bool setRelative(TimeExpression *e, int offset, bool known, TimeExpression::Anchor anchor)
{
    e->kind = TimeExpression::Kind::Relative;
    e->offset = offset;
    e->offsetKnown = known;
    e->anchor = anchor;
    return true;
}

const QString halfTime = u"(?:half-?\\s?time|the\\s+(?:break|interval))"_s;
const QString stoppage = u"(?:stoppage|added(?:-on)?|injury|additional|extra)[\\s-]time"_s;

// Most specific first: a phrase taken by one rule is not looked at again.
const QList<Rule> &rules()
{
    static const QList<Rule> list {
        // 90+3, 45 + 2'
        { { "45", "90", "105", "120" },
          u"\\b(45|90|105|120)\\s*\\+\\s*(\\d{1,2})\\b'?"_s,
          [](const auto &m, TimeExpression *e) {
              return setMinute(e, m.captured(1).toInt(), m.captured(2).toInt());
          } },
        // in the sixth minute of added time
        { WordStarts::Keys { "min" }.andOneOf({ "tim" }),
          u"\\b(?:in\\s+)?the\\s+({N})\\s+minute\\s+of\\s+(first-half\\s+|second-half\\s+)?"_s
                  + stoppage,
          [](const auto &m, TimeExpression *e) {
              return setStoppage(e, m.captured(2).startsWith(u'f'), number(m, 1));
          } },
        // six minutes into stoppage time, one minute into first-half added time
        { WordStarts::Keys { "min" }.andOneOf({ "tim" }),
          u"\\b({N})\\s+minutes?\\s+(?:into|of)\\s+(first-half\\s+|second-half\\s+)?"_s + stoppage,
          [](const auto &m, TimeExpression *e) {
              return setStoppage(e, !m.captured(2).isEmpty() && m.captured(2).startsWith(u'f'),
                                 number(m, 1));
          } },
        // in first-half injury time, deep in stoppage time, a stoppage-time winner
        { { "tim" },
          u"\\b(?:(?:deep\\s+)?(?:in|into|during)\\s+)?(?:the\\s+)?(first-half\\s+|second-half\\s+|first\\s+half\\s+)?(?:stoppage|injury|added(?:-on)?)[\\s-]time\\b"_s,
          [](const auto &m, TimeExpression *e) {
              return setStoppage(e, m.captured(1).startsWith(u'f'), MatchTime::UnknownAdded);
          } },
        // in the 80th and 81st minutes; the 23rd minute; a 17th-minute lead; the fourth-minute
        { { "min" },
          u"(?:\\b(?:in|on|at|by|during|from)\\s+the\\s+)?\\b({N})(?:\\s*(?:,|and)\\s*({N}))?[\\s-]minutes?\\b(?!\\s+(?:of\\s+(?:stoppage|added|injury)|later|earlier))"_s,
          [](const auto &m, TimeExpression *e) {
              const auto first = NumberWords::ordinal(m.captured(1));
              if (!first || !setMinute(e, *first))
                  return false;
              if (auto second = NumberWords::ordinal(m.captured(2)))
                  e->moreTimes.append(minuteOf(*second));
              return true;
          } },
        // in the 83rd
        { { "#" },
          u"\\bin\\s+the\\s+(\\d{1,3}(?:st|nd|rd|th))\\b(?!\\s*(?:-|half|round|leg|place|spot|game|match|season|time|consecutive|straight|league|successive))"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, number(m, 1)); } },
        // took 90 seconds, inside 40 seconds
        { { "sec" },
          u"\\b(?:took|after|inside|within|in)\\s+(?:just\\s+|only\\s+)?({N})\\s+seconds\\b"_s,
          [](const auto &m, TimeExpression *e) {
              const int seconds = number(m, 1);
              return seconds >= 0 && setMinute(e, qMax(1, (seconds + 59) / 60));
          } },
        // six minutes before half-time, five minutes before the break
        { WordStarts::Keys { "min" }.andOneOf({ "hal", "bre", "int" }),
          u"\\b({N})\\s+minutes?\\s+(?:before|from)\\s+"_s + halfTime,
          [](const auto &m, TimeExpression *e) { return setMinute(e, 45 - number(m, 1)); } },
        // ten minutes from time, five minutes from the end
        { WordStarts::Keys { "min" }.andOneOf({ "end", "tim", "ful", "whi" }),
          u"\\b({N})\\s+minutes?\\s+(?:before|from)\\s+(?:the\\s+end|time|full-?\\s?time|the\\s+final\\s+whistle)"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, 90 - number(m, 1)); } },
        // with five minutes left to play
        { WordStarts::Keys { "min" }.andOneOf({ "lef", "rem", "go" }),
          u"\\b(?:with\\s+)?({N})\\s+minutes?\\s+(?:left|remaining|to\\s+go)(?:\\s+to\\s+play)?"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, 90 - number(m, 1)); } },
        // nine minutes after the restart, five minutes into the second half
        { WordStarts::Keys { "min" }.andOneOf({ "bre", "res", "re", "int", "hal", "sec" }),
          u"\\b({N})\\s+minutes?\\s+(?:after|into)\\s+(?:the\\s+)?(?:break|restart|re-start|interval|half-?\\s?time|second\\s+half|second\\s+period|resumption)"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, 45 + number(m, 1)); } },
        // three minutes into extra time
        { WordStarts::Keys { "min" }.andOneOf({ "ext" }),
          u"\\b({N})\\s+minutes?\\s+into\\s+extra[\\s-]time"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, 90 + number(m, 1)); } },
        // 20 minutes into the game
        { WordStarts::Keys { "min" }.andOneOf({ "int" }),
          u"\\b({N})\\s+minutes?\\s+into\\s+(?:the\\s+)?(?:game|match|contest|first\\s+half|tie)"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, number(m, 1)); } },
        // after 14 minutes, on 42 minutes
        { WordStarts::Keys { "min" }.andOneOf({ "aft", "on", "ins" }),
          u"\\b(?:after|on|inside)\\s+(?:just\\s+|only\\s+)?({N})\\s+minutes?\\b(?!\\s+(?:of|later|earlier|previously|into|left|remaining|to\\s+(?:go|play)))"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, number(m, 1), 0, false); } },
        // 20 minutes in
        { WordStarts::Keys { "min" }.andOneOf({ "in" }),
          u"\\b({N})\\s+minutes\\s+in\\b(?!\\s+(?:the|a|an|his|her|their))"_s,
          [](const auto &m, TimeExpression *e) { return setMinute(e, number(m, 1)); } },
        // on the stroke of half-time
        { { "str" },
          u"\\b(?:on|at|right\\s+on)\\s+the\\s+stroke\\s+of\\s+half-?\\s?time"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 45, 0, true); } },
        { { "hou" },
          u"\\bon\\s+the\\s+half[\\s-]hour(?:\\s+mark)?"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 30, 0, true); } },
        { { "hou" },
          u"\\bjust\\s+(?:after|past)\\s+the\\s+hour(?:\\s+mark)?"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 61, 0, true); } },
        { { "hou" },
          u"\\bjust\\s+before\\s+the\\s+hour(?:\\s+mark)?"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 59, 0, true); } },
        { { "hou" },
          u"\\b(?:on|around|about|at)\\s+the\\s+hour(?:\\s+mark)?"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 60, 0, true); } },
        // in the last minute, a last-gasp winner
        { { "min", "gas", "dit" },
          u"\\b(?:in\\s+the\\s+(?:last|final|dying|90th)\\s+minute|last[\\s-](?:gasp|minute|ditch))\\b"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 90, 0, true); } },
        { WordStarts::Keys { "min" }.andOneOf({ "tim" }),
          u"\\bone\\s+minute\\s+before\\s+(?:stoppage|injury|added)\\s+time"_s,
          [](const auto &, TimeExpression *e) { return setMinute(e, 89, 0, true); } },
        // nine minutes later, a minute later
        { WordStarts::Keys { "min" }.andOneOf({ "lat", "aft" }),
          u"\\b(?:just\\s+|only\\s+|barely\\s+)?({N})\\s+minutes?\\s+(?:later|after(?:wards)?(?!\\s+(?:the|his|her|their|a|an)\\b))"_s,
          [](const auto &m, TimeExpression *e) {
              return setRelative(e, number(m, 1), true, TimeExpression::Anchor::Previous);
          } },
        // five minutes earlier, six minutes previously
        { WordStarts::Keys { "min" }.andOneOf({ "ear", "pre", "bef" }),
          u"\\b({N})\\s+minutes?\\s+(?:earlier|previously|before(?!\\s+(?:the|his|her|their|a|an|half|full)\\b))"_s,
          [](const auto &m, TimeExpression *e) {
              return setRelative(e, -number(m, 1), true, TimeExpression::Anchor::SameSentence);
          } },
        // parity lasted just five minutes
        { WordStarts::Keys { "min" }.andOneOf({ "las" }),
          u"\\blasted\\s+(?:just\\s+|only\\s+|barely\\s+)?({N})\\s+minutes?"_s,
          [](const auto &m, TimeExpression *e) {
              return setRelative(e, number(m, 1), true, TimeExpression::Anchor::Previous);
          } },
        // moments later, minutes after
        { { "lat", "aft", "imm" },
          u"\\b(?:moments|minutes|seconds)\\s+(?:later|after(?:wards)?)\\b|\\balmost\\s+immediately\\b|\\bsoon\\s+after(?:wards)?\\b(?!\\s+the\\s+(?:break|restart|interval|half))"_s,
          [](const auto &, TimeExpression *e) {
              return setRelative(e, 0, false, TimeExpression::Anchor::Previous);
          } },
        // in extra time
        { { "ext" },
          u"\\b(?:in|during|into)\\s+(?:the\\s+)?(?:first\\s+(?:half|period)\\s+of\\s+)?extra[\\s-]time\\b"_s,
          [](const auto &m, TimeExpression *e) {
              Q_UNUSED(m)
              return setPeriod(e, MatchTime::Period::ExtraTimeFirst);
          } },
        // first half, before the break, soon after the restart
        { { "fir", "bef" },
          u"\\b(?:first[\\s-]half|(?:just\\s+|shortly\\s+|moments\\s+|right\\s+)?before\\s+"_s
                  + halfTime
                  + u"|(?:early|midway\\s+through|in)\\s+the\\s+first\\s+(?:half|period))\\b"_s,
          [](const auto &, TimeExpression *e) {
              return setPeriod(e, MatchTime::Period::FirstHalf);
          } },
        { { "sec", "aft" },
          u"\\b(?:second[\\s-]half|(?:soon\\s+|shortly\\s+|just\\s+|right\\s+)?after\\s+(?:half-?\\s?time|the\\s+(?:break|interval|restart|re-start))|(?:early|midway\\s+through|late|at\\s+the\\s+start\\s+of)\\s+(?:in\\s+)?(?:the\\s+|an?\\s+\\w+\\s+)?second\\s+(?:half|period))\\b"_s,
          [](const auto &, TimeExpression *e) {
              return setPeriod(e, MatchTime::Period::SecondHalf);
          } },
    };
    return list;
}

const QList<Pattern> &compiled()
{
    static const QList<Pattern> list = [] {
        QList<Pattern> out;
        for (const Rule &rule : rules()) {
            QString pattern = rule.pattern;
            pattern.replace(u"{N}"_s, NumberWords::pattern());
            // Matched against ASCII-lowercased text, only on sentences with the rule's words.
            Pattern re = Pattern(pattern).needing(rule.keys);
            Q_ASSERT(re.isValid());
            out.append(re);
        }
        return out;
    }();
    return list;
}

} // namespace

QList<TimeExpression> TimeExpressions::find(const QString &text)
{
    const QString folded = ProseText::foldedAscii(text);
    return findEach({ folded }, { WordStarts(folded) }).first();
}

QList<QList<TimeExpression>> TimeExpressions::findEach(const QList<QStringView> &folded,
                                                       const QList<WordStarts> &words)
{
    // Caseless matching costs the engine more than folding the text once; the phrases are all
    // ASCII, and folding only ASCII keeps every offset.
    struct Text
    {
        QStringView folded;
        const WordStarts &words;
        QList<bool> taken;
        QList<TimeExpression> found;
    };
    std::vector<Text> all;
    all.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i)
        all.push_back({ folded.at(i), words.at(i), QList<bool>(folded.at(i).size(), false), {} });
    const auto &patterns = compiled();
    for (int r = 0; r < patterns.size(); ++r) {
        for (Text &one : all) {
            auto it = patterns.at(r).globalMatch(one.folded, one.words);
            while (it.hasNext()) {
                const auto m = it.next();
                const int start = int(m.capturedStart(0));
                const int length = int(m.capturedLength(0));
                bool free = true;
                for (int i = start; i < start + length && free; ++i)
                    free = !one.taken.at(i);
                if (!free)
                    continue;
                TimeExpression e;
                e.start = start;
                e.length = length;
                if (!rules().at(r).build(m, &e))
                    continue;
                if (e.kind == TimeExpression::Kind::Minute
                    && e.time.period() == MatchTime::Period::SecondHalf
                    && e.time.added() == MatchTime::UnknownAdded && firstHalfHint(m.captured(0)))
                    e.time = MatchTime(MatchTime::Period::FirstHalf, 45, MatchTime::UnknownAdded);
                for (int i = start; i < start + length; ++i)
                    one.taken[i] = true;
                one.found.append(e);
            }
        }
    }
    QList<QList<TimeExpression>> out;
    out.reserve(folded.size());
    for (Text &one : all) {
        std::sort(
                one.found.begin(), one.found.end(),
                [](const TimeExpression &a, const TimeExpression &b) { return a.start < b.start; });
        out.append(std::move(one.found));
    }
    return out;
}
