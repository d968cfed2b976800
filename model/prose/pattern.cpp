#include "pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace {

// Group pairs the per-thread match data holds; a pattern with more groups is refused.
constexpr int maxPairs = 64;

quint32 compileOptions(QRegularExpression::PatternOptions options)
{
    // As QRegularExpression compiles: always UTF, and its options mapped one to one.
    quint32 pcre = PCRE2_UTF;
    if (options & QRegularExpression::CaseInsensitiveOption)
        pcre |= PCRE2_CASELESS;
    if (options & QRegularExpression::DotMatchesEverythingOption)
        pcre |= PCRE2_DOTALL;
    if (options & QRegularExpression::MultilineOption)
        pcre |= PCRE2_MULTILINE;
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        pcre |= PCRE2_EXTENDED;
    if (options & QRegularExpression::InvertedGreedinessOption)
        pcre |= PCRE2_UNGREEDY;
    if (options & QRegularExpression::DontCaptureOption)
        pcre |= PCRE2_NO_AUTO_CAPTURE;
    if (options & QRegularExpression::UseUnicodePropertiesOption)
        pcre |= PCRE2_UCP;
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

} // namespace

Pattern::Pattern(const QString &pattern, QRegularExpression::PatternOptions options)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code =
            pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                          compileOptions(options), &error, &errorOffset, nullptr);
    if (code) {
        quint32 groups = 0;
        pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
        if (groups + 1 > quint32(maxPairs)) {
            pcre2_code_free(code);
            m_error = QStringLiteral("more than %1 capturing groups").arg(maxPairs - 1);
            return;
        }
        // Without JIT support PCRE2 runs the interpreter: slower, the same matches.
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
        m_code.reset(code, pcre2_code_free);
    } else {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message / sizeof *message);
        m_error = QStringLiteral("%1 at offset %2")
                          .arg(QString::fromUtf16(reinterpret_cast<const char16_t *>(message)))
                          .arg(errorOffset);
    }
}

PatternMatch Pattern::run(QStringView subject, qsizetype offset, quint32 options) const
{
    PatternMatch result;
    if (!m_code || offset < 0 || offset > subject.size())
        return result;
    static const char16_t empty[] = u"";
    const auto *text = reinterpret_cast<PCRE2_SPTR>(subject.utf16() ? subject.utf16() : empty);
    ThreadMatchState &state = threadState();
    if (!state.data)
        return result;
    const int found =
            pcre2_match(m_code.get(), text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset),
                        options | PCRE2_NO_UTF_CHECK, state.data, state.context);
    // No match, or an error (a match or depth limit hit): reported as no match, as
    // QRegularExpression does.
    if (found <= 0)
        return result;
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(state.data);
    result.m_subject = subject;
    result.m_offsets.resize(2 * found);
    for (int i = 0; i < 2 * found; ++i)
        result.m_offsets[i] = ovector[i] == PCRE2_UNSET ? -1 : qsizetype(ovector[i]);
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
    m_next = current.hasMatch() ? m_pattern->after(current) : PatternMatch();
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
