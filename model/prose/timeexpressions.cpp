#include "timeexpressions.h"

#include "numberwords.h"
#include "prosetext.h"
#include "rulebook.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcProse)

namespace {

const QString timeGroup = u"time"_s;

// A sum of whole numbers and captured numbers, as a rule writes it: "90-$1", "+$1", "60".
struct Sum
{
    struct Term
    {
        int sign = 1;
        int value = 0;
        int group = 0; // when above 0, the number this group captured instead of value
    };
    QList<Term> terms;

    bool isEmpty() const { return terms.isEmpty(); }
};

// What a rule makes, read once from its values (see the head of times.rules).
struct Recipe
{
    TimeExpression::Kind kind = TimeExpression::Kind::Minute;
    Sum amount; // the minute, or the offset of a relative time
    bool amountUnknown = false; // "relative unknown"
    Sum added;
    bool addedUnknown = false; // "added unknown"
    Sum also;
    MatchTime::Period period = MatchTime::Period::Unknown;
    TimeExpression::Anchor anchor = TimeExpression::Anchor::Previous;
    bool seconds = false;
    bool approximate = false;
    bool fromHalf = false; // "from half": minutes counted from the start of the half the
            // sentence is about ("the second half ... three minutes in")
    bool nothing = false; // "makes nothing": words that look like a time and are none
};

std::optional<Sum> readSum(QStringView text)
{
    Sum sum;
    qsizetype i = 0;
    while (i < text.size()) {
        Sum::Term term;
        if (text.at(i) == u'+' || text.at(i) == u'-') {
            term.sign = text.at(i) == u'-' ? -1 : 1;
            ++i;
        } else if (!sum.isEmpty()) {
            return std::nullopt;
        }
        const bool captured = i < text.size() && text.at(i) == u'$';
        if (captured)
            ++i;
        const qsizetype digits = i;
        while (i < text.size() && text.at(i).isDigit())
            ++i;
        bool ok = false;
        const int n = text.mid(digits, i - digits).toInt(&ok);
        if (!ok || (captured && n == 0))
            return std::nullopt;
        (captured ? term.group : term.value) = n;
        sum.terms.append(term);
    }
    if (sum.isEmpty())
        return std::nullopt;
    return sum;
}

// Sets *sum from a word of the rule; false when the word is no sum.
bool readSumInto(const QStringList &words, qsizetype at, Sum *sum)
{
    if (at >= words.size())
        return false;
    const auto read = readSum(words.at(at));
    if (read)
        *sum = *read;
    return bool(read);
}

std::optional<MatchTime::Period> periodNamed(const QString &name)
{
    static const QHash<QString, MatchTime::Period> periods {
        { u"first-half"_s, MatchTime::Period::FirstHalf },
        { u"second-half"_s, MatchTime::Period::SecondHalf },
        { u"extra-time"_s, MatchTime::Period::ExtraTimeFirst },
        { u"extra-time-second"_s, MatchTime::Period::ExtraTimeSecond },
    };
    const auto it = periods.constFind(name);
    if (it == periods.cend())
        return std::nullopt;
    return *it;
}

// The recipe a rule's values write, or an error message.
std::optional<Recipe> readRecipe(const Rule &rule, QString *error)
{
    static const QStringList keys { u"makes"_s, u"also"_s,        u"anchor"_s,
                                    u"unit"_s,  u"approximate"_s, u"from"_s };
    for (auto it = rule.values.cbegin(); it != rule.values.cend(); ++it) {
        if (!keys.contains(it.key())) {
            *error = u"no key '%1'"_s.arg(it.key());
            return std::nullopt;
        }
    }
    Recipe r;
    const QStringList makes = rule.value(u"makes"_s).split(u' ', Qt::SkipEmptyParts);
    const QString kind = makes.value(0);
    bool ok = false;
    if (kind == u"minute") {
        r.kind = TimeExpression::Kind::Minute;
        ok = readSumInto(makes, 1, &r.amount);
        if (ok && makes.size() > 2) {
            r.addedUnknown = makes.value(3) == u"unknown";
            ok = makes.at(2) == u"added" && makes.size() == 4
                    && (r.addedUnknown || readSumInto(makes, 3, &r.added));
        }
    } else if (kind == u"relative") {
        r.kind = TimeExpression::Kind::Relative;
        r.amountUnknown = makes.value(1) == u"unknown";
        ok = makes.size() == 2 && (r.amountUnknown || readSumInto(makes, 1, &r.amount));
    } else if (kind == u"nothing") {
        r.nothing = true;
        ok = makes.size() == 1;
    } else if (kind == u"period") {
        r.kind = TimeExpression::Kind::Period;
        const auto period = periodNamed(makes.value(1));
        ok = makes.size() == 2 && period;
        r.period = period.value_or(MatchTime::Period::Unknown);
    }
    if (!ok) {
        *error = u"cannot read 'makes %1'"_s.arg(makes.join(u' '));
        return std::nullopt;
    }
    const QString also = rule.value(u"also"_s);
    if (!also.isEmpty() && !readSumInto({ also }, 0, &r.also)) {
        *error = u"cannot read 'also %1'"_s.arg(also);
        return std::nullopt;
    }
    const QString anchor = rule.value(u"anchor"_s, u"previous"_s);
    if (anchor != u"previous" && anchor != u"same-sentence") {
        *error = u"no anchor '%1'"_s.arg(anchor);
        return std::nullopt;
    }
    r.anchor = anchor == u"same-sentence" ? TimeExpression::Anchor::SameSentence
                                          : TimeExpression::Anchor::Previous;
    const QString unit = rule.value(u"unit"_s, u"minutes"_s);
    if (unit != u"minutes" && unit != u"seconds") {
        *error = u"no unit '%1'"_s.arg(unit);
        return std::nullopt;
    }
    r.seconds = unit == u"seconds";
    r.approximate = rule.flag(u"approximate"_s);
    const QString from = rule.value(u"from"_s, u"kick-off"_s);
    if (from != u"kick-off" && from != u"half") {
        *error = u"no 'from %1'"_s.arg(from);
        return std::nullopt;
    }
    r.fromHalf = from == u"half";
    return r;
}

// The recipes of the rule book's time rules, read once; a rule whose values cannot be read
// makes nothing (and is reported).
const QHash<const Rule *, Recipe> &recipes()
{
    static const QHash<const Rule *, Recipe> table = [] {
        QHash<const Rule *, Recipe> out;
        for (const Rule *rule : RuleBook::builtIn().group(timeGroup)) {
            QString error;
            if (const auto recipe = readRecipe(*rule, &error))
                out.insert(rule, *recipe);
            else
                qCWarning(lcProse, "%s:%d: rule %s: %s", qPrintable(rule->file), rule->line,
                          qPrintable(rule->name), qPrintable(error));
        }
        return out;
    }();
    return table;
}

// A sum's value in a match; nothing when a group it reads took no part or holds no number.
std::optional<int> evaluate(const Sum &sum, const PatternMatch &m, bool seconds)
{
    int total = 0;
    for (const Sum::Term &term : sum.terms) {
        int value = term.value;
        if (term.group > 0) {
            const auto n = NumberWords::value(m.capturedView(term.group));
            if (!n)
                return std::nullopt;
            // The minute a second falls in: second 0 to 60 is the first.
            value = seconds ? qMax(1, (*n + 59) / 60) : *n;
        }
        total += term.sign * value;
    }
    return total;
}

bool build(const Recipe &r, const PatternMatch &m, TimeExpression *e)
{
    e->kind = r.kind;
    switch (r.kind) {
    case TimeExpression::Kind::Minute: {
        const auto minute = evaluate(r.amount, m, r.seconds);
        if (!minute || *minute < 0 || *minute > 130)
            return false;
        const int added = r.addedUnknown ? MatchTime::UnknownAdded
                                         : evaluate(r.added, m, r.seconds).value_or(0);
        e->time = MatchTime::fromMinute(*minute, added);
        if (!r.also.isEmpty()) {
            if (const auto more = evaluate(r.also, m, r.seconds))
                e->moreTimes.append(MatchTime::fromMinute(*more));
        }
        e->approximate = r.approximate;
        return true;
    }
    case TimeExpression::Kind::Relative: {
        e->anchor = r.anchor;
        e->offsetKnown = !r.amountUnknown;
        if (r.amountUnknown)
            return true;
        const auto offset = evaluate(r.amount, m, r.seconds);
        e->offset = offset.value_or(0);
        return bool(offset);
    }
    case TimeExpression::Kind::Period:
        e->time = MatchTime::inPeriod(r.period);
        return true;
    }
    return false;
}

bool firstHalfHint(QStringView text)
{
    return text.contains(u"first-half", Qt::CaseInsensitive)
            || text.contains(u"first half", Qt::CaseInsensitive)
            || text.contains(u"before half", Qt::CaseInsensitive)
            || text.contains(u"before the break", Qt::CaseInsensitive);
}

} // namespace

QList<TimeExpression> TimeExpressions::find(const QString &text)
{
    // Caseless matching costs the engine more than folding the text once; the phrases are all
    // ASCII, and folding only ASCII keeps every offset.
    const QString folded = ProseText::foldedAscii(text);
    return findEach({ folded }, {}).first();
}

QList<QList<TimeExpression>> TimeExpressions::findEach(const QList<QStringView> &folded,
                                                       const QList<WordStarts> &words)
{
    // The rule book's prefilter, derived from the rules, says which rules may match a text:
    // the words were what hand-kept key lists were checked against, and are kept for callers.
    Q_UNUSED(words)
    const RuleBook &book = RuleBook::builtIn();
    const QHash<const Rule *, Recipe> &made = recipes();
    QList<QList<TimeExpression>> out;
    out.reserve(folded.size());
    for (QStringView text : folded) {
        QList<bool> taken(text.size(), false);
        QList<TimeExpression> found;
        for (const RuleMatch &rm : book.matches(timeGroup, text.toString())) {
            const auto recipe = made.constFind(rm.rule);
            if (recipe == made.cend())
                continue;
            const int start = int(rm.match.capturedStart(0));
            const int length = int(rm.match.capturedLength(0));
            if (std::any_of(taken.cbegin() + start, taken.cbegin() + start + length,
                            [](bool t) { return t; }))
                continue;
            if (recipe->nothing) {
                // Taken, so that no rule after reads a time in it.
                std::fill(taken.begin() + start, taken.begin() + start + length, true);
                continue;
            }
            TimeExpression e;
            e.start = start;
            e.length = length;
            e.rule = rm.rule->name;
            if (!build(*recipe, rm.match, &e))
                continue;
            // Counted from the start of the second half when the sentence is about it.
            if (recipe->fromHalf && e.kind == TimeExpression::Kind::Minute) {
                static const Pattern secondHalf(
                        u"\\b(?:second[\\s-]half|after\\s+the\\s+(?:break|interval|restart)|the\\s+restart)\\b"_s);
                if (secondHalf.match(text.left(start)).hasMatch() && e.time.minute() <= 45)
                    e.time = MatchTime::fromMinute(45 + e.time.minute());
            }
            if (e.kind == TimeExpression::Kind::Minute
                && e.time.period() == MatchTime::Period::SecondHalf
                && e.time.added() == MatchTime::UnknownAdded
                && firstHalfHint(rm.match.capturedView(0)))
                e.time = MatchTime(MatchTime::Period::FirstHalf, 45, MatchTime::UnknownAdded);
            std::fill(taken.begin() + start, taken.begin() + start + length, true);
            found.append(e);
        }
        std::sort(found.begin(), found.end(), [](const TimeExpression &a, const TimeExpression &b) {
            return a.start < b.start;
        });
        out.append(std::move(found));
    }
    return out;
}
