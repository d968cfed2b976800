#include "pattern.h"

#include <QAtomicInt>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

using namespace Qt::Literals::StringLiterals;

// The words a match can begin with, read off a pattern's text: the bits of their first three
// letters (see WordStarts) and whether a digit can begin one.
struct Pattern::StartWords
{
    std::bitset<8192> bits;
    bool digit = false;
};

namespace {

std::optional<Pattern::StartWords> startWordsOf(QStringView pattern); // below

QAtomicInt differenceCount = 0;

void countDifference(const QString &pattern)
{
    differenceCount.fetchAndAddRelaxed(1);
    qWarning("Pattern: %s found another match factored or run at its first words only",
             qPrintable(pattern));
}

bool isJitted(const std::shared_ptr<pcre2_real_code_16> &code)
{
    size_t size = 0;
    return code && pcre2_pattern_info(code.get(), PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

// Group pairs the per-thread match data holds; a pattern with more groups is refused.
constexpr int maxPairs = 64;

quint32 compileOptions(QRegularExpression::PatternOptions options)
{
    // As QRegularExpression compiles: always UTF, and its options mapped one to one.
    static constexpr std::pair<QRegularExpression::PatternOption, quint32> map[] = {
        { QRegularExpression::CaseInsensitiveOption, PCRE2_CASELESS },
        { QRegularExpression::DotMatchesEverythingOption, PCRE2_DOTALL },
        { QRegularExpression::MultilineOption, PCRE2_MULTILINE },
        { QRegularExpression::ExtendedPatternSyntaxOption, PCRE2_EXTENDED },
        { QRegularExpression::InvertedGreedinessOption, PCRE2_UNGREEDY },
        { QRegularExpression::DontCaptureOption, PCRE2_NO_AUTO_CAPTURE },
        { QRegularExpression::UseUnicodePropertiesOption, PCRE2_UCP },
    };
    quint32 pcre = PCRE2_UTF;
    for (const auto &[qt, flag] : map) {
        if (options & qt)
            pcre |= flag;
    }
    return pcre;
}

// What each thread reuses for every match: the offsets PCRE2 writes, and a JIT stack larger
// than the default 32 KiB of machine stack, so a long sentence cannot run the JIT out of stack.
struct ThreadMatchState
{
    ThreadMatchState()
        : data(pcre2_match_data_create(maxPairs, nullptr))
        , context(pcre2_match_context_create(nullptr))
        , stack(pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr))
    {
        if (context && stack)
            pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadMatchState()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
    ThreadMatchState(const ThreadMatchState &) = delete;
    ThreadMatchState &operator=(const ThreadMatchState &) = delete;

    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *stack;
};

ThreadMatchState &threadState()
{
    static thread_local ThreadMatchState state;
    return state;
}

std::shared_ptr<pcre2_real_code_16> compile(const QString &pattern,
                                            QRegularExpression::PatternOptions options,
                                            QString *errorString, quint32 extra = 0)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code =
            pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                          compileOptions(options) | extra, &error, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message / sizeof *message);
        *errorString = QStringLiteral("%1 at offset %2")
                               .arg(QString::fromUtf16(reinterpret_cast<const char16_t *>(message)))
                               .arg(errorOffset);
        return {};
    }
    quint32 groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    if (groups + 1 > quint32(maxPairs)) {
        pcre2_code_free(code);
        *errorString = QStringLiteral("more than %1 capturing groups").arg(maxPairs - 1);
        return {};
    }
    // Without JIT support PCRE2 runs the interpreter: slower, the same matches.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return std::shared_ptr<pcre2_real_code_16>(code, pcre2_code_free);
}

// The offsets of the match the thread's match data holds.
void takeOffsets(int found, QVarLengthArray<qsizetype, 12> *offsets)
{
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(threadState().data);
    offsets->resize(2 * found);
    for (int i = 0; i < 2 * found; ++i)
        (*offsets)[i] = ovector[i] == PCRE2_UNSET ? -1 : qsizetype(ovector[i]);
}

} // namespace

Pattern::Pattern(const QString &pattern, QRegularExpression::PatternOptions options)
    : m_source(pattern)
{
    const QString rewritten = factored(pattern);
    m_code = compile(rewritten, options, &m_error);
    if (rewritten != pattern) {
        if (m_code) {
            m_original = std::make_shared<Original>();
            m_original->options = options;
        } else {
            m_code = compile(pattern, options, &m_error); // its own error, or none
        }
    }
    m_jitted = isJitted(m_code);
    // A pattern whose text shows the words its matches begin with is run only at those (when
    // the JIT compiles it: anchored attempts through the interpreter would gain nothing).
    if (m_jitted) {
        if (const auto starts = startWordsOf(pattern)) {
            QString error;
            m_anchored = compile(rewritten, options, &error, PCRE2_ANCHORED);
            if (isJitted(m_anchored))
                m_startWords = std::make_shared<const StartWords>(*starts);
            else
                m_anchored.reset();
        }
    }
}

int Pattern::differences()
{
    return differenceCount.loadRelaxed();
}

void Pattern::verify(QStringView subject, qsizetype offset, quint32 options,
                     const PatternMatch &result) const
{
    std::call_once(m_original->once, [this] {
        QString error;
        m_original->code = compile(m_source, m_original->options, &error);
    });
    ThreadMatchState &state = threadState();
    const auto *text = reinterpret_cast<PCRE2_SPTR>(subject.utf16() ? subject.utf16() : u"");
    const int found = pcre2_match(m_original->code.get(), text, PCRE2_SIZE(subject.size()),
                                  PCRE2_SIZE(offset), options | PCRE2_NO_UTF_CHECK, state.data,
                                  state.context);
    QVarLengthArray<qsizetype, 12> expected;
    if (found > 0)
        takeOffsets(found, &expected);
    if (expected != result.m_offsets)
        countDifference(m_source);
}

PatternMatch Pattern::run(QStringView subject, qsizetype offset, quint32 options,
                          bool anchored) const
{
    PatternMatch result;
    if (!m_code || offset < 0 || offset > subject.size())
        return result;
    static const char16_t empty[] = u"";
    const auto *text = reinterpret_cast<PCRE2_SPTR>(subject.utf16() ? subject.utf16() : empty);
    ThreadMatchState &state = threadState();
    if (!state.data)
        return result;
    // The JIT entry point skips pcre2_match's checks of its arguments (a tenth of a short
    // match); it cannot anchor at match time, so an anchored retry goes through pcre2_match.
    // (The pattern compiled anchored is JIT-compiled whenever it exists.)
    const pcre2_code *code = anchored ? m_anchored.get() : m_code.get();
    const int found = anchored || (m_jitted && options == 0)
            ? pcre2_jit_match(code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset), 0,
                              state.data, state.context)
            : pcre2_match(code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset),
                          options | PCRE2_NO_UTF_CHECK, state.data, state.context);
    // No match, or an error (a match or depth limit hit): reported as no match, as
    // QRegularExpression does.
    if (found > 0) {
        result.m_subject = subject;
        takeOffsets(found, &result.m_offsets);
    }
    // (An anchored attempt is checked as a whole search by the calls that make them.)
    if (m_original && !anchored && WordStarts::verifying())
        verify(subject, offset, options, result);
    return result;
}

PatternMatch Pattern::match(const QString &subject, qsizetype offset) const
{
    PatternMatch result = run(subject, offset, 0);
    if (result.hasMatch())
        result.m_owner = subject;
    return result;
}

PatternMatch Pattern::match(QStringView subject, qsizetype offset) const
{
    return run(subject, offset, 0);
}

PatternMatchIterator Pattern::first(PatternMatch match) const
{
    PatternMatchIterator it;
    it.m_pattern = this;
    it.m_next = std::move(match);
    return it;
}

PatternMatchIterator Pattern::globalMatch(const QString &subject, qsizetype offset) const
{
    return first(match(subject, offset));
}

PatternMatchIterator Pattern::globalMatch(QStringView subject, qsizetype offset) const
{
    return first(match(subject, offset));
}

PatternMatch Pattern::after(const PatternMatch &previous) const
{
    const QStringView subject = previous.m_subject;
    qsizetype offset = previous.capturedEnd();
    PatternMatch next;
    if (previous.capturedStart() == offset) {
        // After an empty match, first a non-empty one at the same place, then move on a
        // character (both halves of a surrogate pair), as QRegularExpression does.
        next = run(subject, offset, PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED);
        if (!next.hasMatch() && offset < subject.size()) {
            ++offset;
            if (offset < subject.size() && subject.at(offset).isLowSurrogate())
                ++offset;
            next = run(subject, offset, 0);
        }
    } else {
        next = run(subject, offset, 0);
    }
    if (next.hasMatch())
        next.m_owner = previous.m_owner;
    return next;
}

PatternMatch PatternMatchIterator::next()
{
    PatternMatch current = std::move(m_next);
    if (!m_queued.isEmpty())
        m_next = m_queued.takeFirst();
    else
        m_next = current.hasMatch() && m_pattern ? m_pattern->after(current) : PatternMatch();
    return current;
}

QString Pattern::removedFrom(const QString &subject) const
{
    QString kept;
    qsizetype from = 0;
    for (auto it = globalMatch(QStringView(subject)); it.hasNext();) {
        const PatternMatch m = it.next();
        kept += QStringView(subject).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    if (from == 0)
        return subject;
    kept += QStringView(subject).mid(from);
    return kept;
}

// ---- reading a pattern's text: atoms, quantifiers, groups

namespace {

bool isQuantifier(QChar c)
{
    return c == u'?' || c == u'*' || c == u'+' || c == u'{';
}

// The quantifier at i: its length (with a lazy or possessive mark), whether it allows none,
// and whether it allows at most one. Length 0 when there is none (or one not read here).
struct Quantifier
{
    qsizetype length = 0;
    bool optional = false;
    bool atMostOne = false;
};

Quantifier quantifierAt(QStringView p, qsizetype i)
{
    Quantifier q;
    if (i >= p.size())
        return q;
    const QChar c = p.at(i);
    if (c == u'?' || c == u'*' || c == u'+') {
        q.length = 1;
        q.optional = c != u'+';
        q.atMostOne = c == u'?';
    } else if (c == u'{') {
        const qsizetype close = p.indexOf(u'}', i);
        if (close < 0)
            return q;
        const QStringView body = p.mid(i + 1, close - i - 1);
        const qsizetype comma = body.indexOf(u',');
        bool ok = false;
        const int min = (comma < 0 ? body : body.left(comma)).toInt(&ok);
        if (!ok)
            return q;
        int max = min;
        if (comma >= 0)
            max = body.mid(comma + 1).isEmpty() ? -1 : body.mid(comma + 1).toInt(&ok);
        if (!ok)
            return q;
        q.length = close - i + 1;
        q.optional = min == 0;
        q.atMostOne = max == 1 || max == 0;
    } else {
        return q;
    }
    if (i + q.length < p.size() && (p.at(i + q.length) == u'?' || p.at(i + q.length) == u'+'))
        ++q.length;
    return q;
}

struct Atom
{
    QStringView text;
    bool single = false; // matches in exactly one way (no quantifier), so a shared prefix may merge
};

// The length of the atom at i (a character, an escape or a class, with its quantifier), or 0 when
// what starts there is not a plain atom (a group, an anchor of a group, an escape that refers
// to something).
qsizetype atomLength(QStringView p, qsizetype i, bool *quantified)
{
    qsizetype j = i;
    const QChar c = p.at(j);
    if (c == u'(' || c == u')' || c == u'|')
        return 0;
    if (c == u'\\') {
        if (j + 1 >= p.size())
            return 0;
        const QChar e = p.at(j + 1);
        // Letters other than the plain classes and assertions (\p{..}, \x{..}, \k<..>, \Q, \1 ...)
        // are not taken apart.
        if (e.isDigit() || (e.isLetter() && !QStringView(u"sSdDwWbB").contains(e)))
            return 0;
        j += 2;
    } else if (c == u'[') {
        qsizetype k = j + 1;
        if (k < p.size() && p.at(k) == u'^')
            ++k;
        if (k < p.size() && p.at(k) == u']')
            ++k;
        for (; k < p.size() && p.at(k) != u']'; ++k) {
            if (p.at(k) == u'\\')
                ++k;
            else if (p.at(k) == u'[')
                return 0; // a POSIX class: left alone
        }
        if (k >= p.size())
            return 0;
        j = k + 1;
    } else {
        j += 1;
    }
    const qsizetype quantifier = quantifierAt(p, j).length;
    *quantified = quantifier > 0;
    return j + quantifier - i;
}

// The end of the group that opens at i (its closing parenthesis), or -1.
qsizetype groupEnd(QStringView p, qsizetype i)
{
    qsizetype depth = 0;
    for (qsizetype j = i; j < p.size(); ++j) {
        const QChar c = p.at(j);
        if (c == u'\\') {
            ++j;
        } else if (c == u'[') {
            bool quantified = false;
            const qsizetype length = atomLength(p, j, &quantified);
            if (length == 0)
                return -1;
            j += length - 1;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return j;
        }
    }
    return -1;
}

// The length of the group that opens at i, with its quantifier, or 0. A group is an atom that
// never merges (it may match in more than one way).
qsizetype groupAtomLength(QStringView p, qsizetype i)
{
    const qsizetype end = groupEnd(p, i);
    if (end < 0)
        return 0;
    return end + 1 - i + quantifierAt(p, end + 1).length;
}

// The alternatives of a group's content as atoms; false when any is not a plain sequence.
bool splitAlternatives(QStringView content, QList<QList<Atom>> *alternatives)
{
    alternatives->append(QList<Atom>());
    qsizetype i = 0;
    while (i < content.size()) {
        if (content.at(i) == u'|') {
            alternatives->append(QList<Atom>());
            ++i;
            continue;
        }
        bool quantified = false;
        qsizetype n = 0;
        if (content.at(i) == u'(') {
            n = groupAtomLength(content, i);
            quantified = true;
        } else {
            n = atomLength(content, i, &quantified);
        }
        if (n == 0)
            return false;
        const QStringView text = content.mid(i, n);
        // ^ $ and . are one-way too; an anchor or a class never merges with a letter.
        alternatives->last().append({ text, !quantified });
        i += n;
    }
    return alternatives->size() > 1;
}

QString joined(const QList<Atom> &atoms, qsizetype from)
{
    QString out;
    for (qsizetype i = from; i < atoms.size(); ++i)
        out += atoms.at(i).text;
    return out;
}

// Alternatives that begin with the same one-way atom, one after the other, share it: "scored|
// scores|score" becomes "score(?:d|s|)". Only neighbours merge, so the alternatives are tried in
// the order written and every match is the one the original finds.
QString factorList(const QList<QList<Atom>> &alternatives, qsizetype depth)
{
    struct Child
    {
        Atom key;
        bool end = false;
        QList<QList<Atom>> members;
    };
    QList<Child> children;
    for (const QList<Atom> &alternative : alternatives) {
        const bool end = alternative.size() <= depth;
        if (!end && !children.isEmpty() && !children.last().end) {
            const Atom &last = children.last().key;
            const Atom &key = alternative.at(depth);
            if (last.single && key.single && last.text == key.text) {
                children.last().members.append(alternative);
                continue;
            }
        }
        Child child;
        child.end = end;
        if (!end)
            child.key = alternative.at(depth);
        child.members.append(alternative);
        children.append(child);
    }
    QStringList parts;
    for (const Child &child : children) {
        if (child.end)
            parts << QString();
        else if (child.members.size() == 1)
            parts << joined(child.members.first(), depth);
        else
            parts << child.key.text.toString() + factorList(child.members, depth + 1);
    }
    if (parts.size() == 1)
        return parts.first();
    return u"(?:"_s + parts.join(u'|') + u')';
}

// Every group of the pattern factored, innermost first.
QString factoredBody(const QString &pattern)
{
    QString out;
    qsizetype i = 0;
    const qsizetype n = pattern.size();
    while (i < n) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            out += QStringView(pattern).mid(i, 2);
            i += 2;
            continue;
        }
        if (c == u'[') {
            bool quantified = false;
            const qsizetype length = atomLength(pattern, i, &quantified);
            if (length == 0)
                return pattern; // a class we do not read: leave the whole pattern as written
            out += QStringView(pattern).mid(i, length);
            i += length;
            continue;
        }
        if (c != u'(') {
            out += c;
            ++i;
            continue;
        }
        // A group: find its end, factor what is inside, then the group itself when it is a
        // non-capturing alternation of plain sequences.
        const qsizetype j = groupEnd(pattern, i);
        if (j < 0)
            return pattern; // unbalanced, or a class we do not read: PCRE2 says what is wrong
        qsizetype open = i + 1; // after "("
        QString head = u"("_s;
        if (pattern.mid(i, 3) == u"(?:") {
            head = u"(?:"_s;
            open = i + 3;
        } else if (pattern.mid(i, 2) == u"(?") {
            // Lookarounds and other groups: their head is kept up to the first ':' '=' '!' or
            // '>' that opens the content.
            qsizetype k = i + 2;
            while (k < j && !QStringView(u":=!>").contains(pattern.at(k)))
                ++k;
            if (k >= j) { // an option setting or a comment: no content
                out += QStringView(pattern).mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
            head = pattern.mid(i, k + 1 - i);
            open = k + 1;
        }
        const QString inner = factoredBody(pattern.mid(open, j - open));
        QList<QList<Atom>> alternatives;
        if (head == u"(?:" && splitAlternatives(inner, &alternatives)) {
            const QString f = factorList(alternatives, 0);
            out += f.startsWith(u"(?:") ? f : u"(?:"_s + f + u')';
        } else if (head == u"(" && splitAlternatives(inner, &alternatives)) {
            out += u"("_s + factorList(alternatives, 0) + u')'; // the same text captured
        } else {
            out += head + inner + u')';
        }
        i = j + 1;
    }
    return out;
}

} // namespace

QString Pattern::factored(const QString &pattern)
{
    // The groups inside first, then the pattern's own alternatives ("\balmost\b|\bnearly\b"
    // becomes "\b(?:almost\b|nearly\b)": PCRE2 then finds where a match may start at once).
    const QString body = factoredBody(pattern);
    QList<QList<Atom>> alternatives;
    if (body.contains(u'|') && splitAlternatives(body, &alternatives))
        return factorList(alternatives, 0);
    return body;
}

// ---- running only where a match can begin

namespace {

// The top-level alternatives of a pattern (or of a group's content).
QList<QStringView> branchesOf(QStringView p)
{
    QList<QStringView> out;
    qsizetype from = 0;
    for (qsizetype j = 0; j < p.size(); ++j) {
        const QChar c = p.at(j);
        if (c == u'\\') {
            ++j;
        } else if (c == u'(' || c == u'[') {
            const qsizetype end = c == u'(' ? groupEnd(p, j) : [&] {
                bool quantified = false;
                const qsizetype length = atomLength(p, j, &quantified);
                return length == 0 ? qsizetype(-1) : j + length - 1;
            }();
            if (end < 0)
                return {};
            j = end;
        } else if (c == u'|') {
            out.append(p.mid(from, j - from));
            from = j + 1;
        }
    }
    out.append(p.mid(from));
    return out;
}

bool isLiteral(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// The length of a character (or class) at the start of rest that cannot be part of a word:
// not a letter, a digit or '_'. 0 when there is none.
qsizetype nonWordAtom(QStringView rest)
{
    if (rest.startsWith(u"\\s") || rest.startsWith(u"\\.") || rest.startsWith(u"\\-"))
        return 2;
    if (rest.startsWith(u'[') && !rest.startsWith(u"[^")) {
        const qsizetype close = rest.indexOf(u']', 1);
        if (close < 0)
            return 0;
        const QStringView members = rest.mid(1, close - 1);
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QChar c = members.at(i);
            if (c == u'[')
                return 0;
            if (c == u'\\') {
                ++i;
                if (i < members.size() && members.at(i) != u's' && members.at(i).isLetterOrNumber())
                    return 0;
            } else if (isLiteral(c) || c == u'_') {
                return 0;
            }
        }
        return close + 1;
    }
    if (!rest.isEmpty() && QStringView(u" -',\u27e6").contains(rest.at(0)))
        return 1;
    return 0;
}

// Notes the words every match of this branch can begin with; false when the text does not
// show that a match begins at a word (an optional first part, a class, no \b before it).
bool noteStarts(const QString &branch, QString prefix, bool boundary, int depth,
                Pattern::StartWords *out)
{
    if (depth > 12)
        return false;
    QStringView b = branch;
    while (prefix.isEmpty()) {
        if (b.startsWith(u"(?<!") || b.startsWith(u"(?<=")) { // looks back, takes nothing
            const qsizetype end = groupEnd(b, 0);
            if (end < 0)
                return false;
            b = b.mid(end + 1);
        } else if (b.startsWith(u"\\b")) {
            boundary = true;
            b = b.mid(2);
        } else {
            break;
        }
    }
    if (prefix.isEmpty() && b.startsWith(u"\\d")) {
        out->digit = true;
        return boundary; // without \b it may begin inside a word
    }
    qsizetype n = 0;
    while (n < b.size() && isLiteral(b.at(n)))
        ++n;
    if (n > 0 && prefix.isEmpty() && !boundary)
        return false; // it may begin inside a word
    if (n > 0 && n < b.size() && isQuantifier(b.at(n))) {
        // "goals?": the last letter is optional (or repeated).
        const Quantifier q = quantifierAt(b, n);
        if (prefix.size() + n - 1 >= 3) {
            n -= 1; // the letters before it are enough
        } else if (q.length > 0 && q.optional && q.atMostOne) {
            const QString after = b.mid(n + q.length).toString();
            return noteStarts(b.left(n).toString() + after, prefix, boundary, depth + 1, out)
                    && noteStarts(b.left(n - 1).toString() + after, prefix, boundary, depth + 1,
                                  out);
        } else {
            return false;
        }
    }
    prefix += b.left(n);
    const QStringView rest = b.mid(n);
    if (prefix.size() >= 3) { // the word's first three letters are known
        out->bits.set(WordStarts::bitOf(prefix, 3));
        return true;
    }
    if (rest.startsWith(u'(') && !rest.startsWith(u"(?") ? true : rest.startsWith(u"(?:")) {
        const qsizetype end = groupEnd(rest, 0);
        if (end < 0)
            return false;
        const Quantifier q = quantifierAt(rest, end + 1);
        if (end + 1 < rest.size() && isQuantifier(rest.at(end + 1)) && q.length == 0)
            return false;
        const qsizetype open = rest.startsWith(u"(?:") ? 3 : 1;
        const QString after = rest.mid(end + 1 + q.length).toString();
        const QList<QStringView> alternatives = branchesOf(rest.mid(open, end - open));
        if (alternatives.isEmpty())
            return false;
        for (QStringView alternative : alternatives) {
            if (!noteStarts(alternative.toString() + after, prefix, boundary, depth + 1, out))
                return false;
        }
        // An optional group: the match may also begin with what follows it.
        return !q.optional || noteStarts(after, prefix, boundary, depth + 1, out);
    }
    if (prefix.isEmpty())
        return false;
    if (rest.startsWith(u"\\b")) { // a short word written whole: "to\b"
        out->bits.set(WordStarts::bitOf(prefix, 3));
        return true;
    }
    // A short word followed by a space or a mark ends there ("to\s+", "an[\s-]"); when
    // that may be missing, the word may also go on with what follows.
    const qsizetype atom = nonWordAtom(rest);
    if (atom == 0)
        return false;
    const Quantifier q = quantifierAt(rest, atom);
    if (q.length == 0 && atom < rest.size() && isQuantifier(rest.at(atom)))
        return false; // a quantifier not read here
    out->bits.set(WordStarts::bitOf(prefix, 3));
    return !q.optional
            || noteStarts(rest.mid(atom + q.length).toString(), prefix, boundary, depth + 1, out);
}

std::optional<Pattern::StartWords> startWordsOf(QStringView pattern)
{
    Pattern::StartWords starts;
    const QList<QStringView> branches = branchesOf(pattern);
    if (branches.isEmpty())
        return std::nullopt;
    for (QStringView branch : branches) {
        if (!noteStarts(branch.toString(), QString(), false, 0, &starts))
            return std::nullopt;
    }
    return starts;
}

} // namespace

bool Pattern::beginsWithWord(QStringView pattern)
{
    return startWordsOf(pattern).has_value();
}

PatternMatch Pattern::firstAtStartWords(QStringView subject, const QString *owner,
                                        const WordStarts &words, qsizetype from) const
{
    const std::bitset<8192> &bits = m_startWords->bits;
    const bool digit = m_startWords->digit;
    for (const WordStarts::Word &word : words.words()) {
        if (word.start < from)
            continue;
        if (!bits.test(word.bit3) && !(digit && word.digit))
            continue;
        PatternMatch m = run(subject, word.start, 0, true);
        if (m.hasMatch()) {
            if (owner)
                m.m_owner = *owner;
            return m;
        }
    }
    return {};
}

QList<PatternMatch> Pattern::allAtStartWords(QStringView subject, const QString *owner,
                                             const WordStarts &words) const
{
    QList<PatternMatch> out;
    qsizetype from = 0;
    for (;;) {
        PatternMatch m = firstAtStartWords(subject, owner, words, from);
        if (!m.hasMatch())
            break;
        // A match begins with a word, so it is never empty and the next one starts after it.
        from = qMax(m.capturedEnd(), m.capturedStart() + 1);
        out.append(std::move(m));
    }
    return out;
}

PatternMatch Pattern::matchAtWords(QStringView subject, const QString *owner,
                                   const WordStarts &words) const
{
    auto plain = [&] { return owner ? match(*owner) : match(subject); };
    if (!mayMatch(words, subject))
        return {};
    if (!m_anchored || !words.areOf(subject))
        return plain();
    PatternMatch found = firstAtStartWords(subject, owner, words, 0);
    if (WordStarts::verifying() && found.m_offsets != plain().m_offsets)
        countDifference(m_source);
    return found;
}

PatternMatchIterator Pattern::globalMatchAtWords(QStringView subject, const QString *owner,
                                                 const WordStarts &words) const
{
    auto plain = [&] { return owner ? globalMatch(*owner) : globalMatch(subject); };
    if (!mayMatch(words, subject))
        return {};
    if (!m_anchored || !words.areOf(subject))
        return plain();
    QList<PatternMatch> found = allAtStartWords(subject, owner, words);
    if (WordStarts::verifying()) {
        auto expected = plain();
        const bool same = std::all_of(found.cbegin(), found.cend(), [&](const PatternMatch &m) {
            return expected.hasNext() && expected.next().m_offsets == m.m_offsets;
        });
        if (!same || expected.hasNext())
            countDifference(m_source);
    }
    PatternMatchIterator it;
    if (!found.isEmpty()) {
        it.m_next = found.takeFirst();
        it.m_queued = std::move(found);
    }
    return it;
}

PatternMatch Pattern::match(const QString &subject, const WordStarts &words) const
{
    return matchAtWords(subject, &subject, words);
}

PatternMatch Pattern::match(QStringView subject, const WordStarts &words) const
{
    return matchAtWords(subject, nullptr, words);
}

PatternMatchIterator Pattern::globalMatch(const QString &subject, const WordStarts &words) const
{
    return globalMatchAtWords(subject, &subject, words);
}

PatternMatchIterator Pattern::globalMatch(QStringView subject, const WordStarts &words) const
{
    return globalMatchAtWords(subject, nullptr, words);
}

qsizetype regexTokenEnd(QStringView pattern, qsizetype i)
{
    const qsizetype n = pattern.size();
    if (pattern.at(i) == u'\\')
        return qMin(i + 2, n);
    if (pattern.at(i) != u'[')
        return i + 1;
    qsizetype k = i + 1;
    if (k < n && pattern.at(k) == u'^')
        ++k;
    if (k < n && pattern.at(k) == u']') // a ']' first is one of the class's characters
        ++k;
    for (; k < n && pattern.at(k) != u']'; ++k) {
        if (pattern.at(k) == u'\\')
            ++k;
    }
    return qMin(k + 1, n);
}
