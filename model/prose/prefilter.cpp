#include "prefilter.h"

#include "pattern.h"

#include <hs/hs.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <QLoggingCategory>

#include <algorithm>
#include <string>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcProse)

struct Prefilter::Engine
{
    re2::FilteredRE2 filter { 3 }; // atoms shorter than three letters say too little
    std::vector<int> patternOf; // FilteredRE2's number of a pattern to ours
    std::vector<std::string> atoms;
    hs_database_t *literals = nullptr; // the atoms, for Vectorscan
    ~Engine() { hs_free_database(literals); }
};

namespace {

// Scratch space for scanning, one per thread, grown once for each database it is used with
// (asking Vectorscan whether a scratch fits costs as much as many scans).
struct ThreadScratch
{
    hs_scratch_t *scratch = nullptr;
    std::vector<const hs_database_t *> fitted;
    ~ThreadScratch() { hs_free_scratch(scratch); }
};

hs_scratch_t *scratchFor(const hs_database_t *db)
{
    static thread_local ThreadScratch local;
    if (std::find(local.fitted.cbegin(), local.fitted.cend(), db) != local.fitted.cend())
        return local.scratch;
    if (hs_alloc_scratch(db, &local.scratch) != HS_SUCCESS)
        return nullptr;
    local.fitted.push_back(db);
    return local.scratch;
}

// The pattern without its lookarounds, which RE2 does not take: it matches all the pattern
// matches and more, which is all a prefilter needs.
QString withoutLookarounds(const QString &pattern)
{
    const QStringView p(pattern);
    QString out;
    out.reserve(p.size());
    for (qsizetype i = 0; i < p.size();) {
        const QStringView rest = p.mid(i);
        if (rest.startsWith(u"(?=") || rest.startsWith(u"(?!") || rest.startsWith(u"(?<=")
            || rest.startsWith(u"(?<!")) {
            // Skip to the parenthesis that closes the lookaround.
            int depth = 0;
            do {
                if (p.at(i) == u'(')
                    ++depth;
                else if (p.at(i) == u')')
                    --depth;
                i = regexTokenEnd(p, i);
            } while (i < p.size() && depth > 0);
            continue;
        }
        const qsizetype end = regexTokenEnd(p, i);
        out += p.mid(i, end - i);
        i = end;
    }
    return out;
}

} // namespace

Prefilter::Prefilter() = default;

Prefilter::Prefilter(const QStringList &patterns, bool caseless)
    : m_engine(std::make_unique<Engine>())
    , m_count(int(patterns.size()))
{
    re2::RE2::Options options;
    options.set_case_sensitive(!caseless);
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    for (int i = 0; i < patterns.size(); ++i) {
        const std::string utf8 = withoutLookarounds(patterns.at(i)).toStdString();
        int id = -1;
        if (m_engine->filter.Add(utf8, options, &id) != re2::RE2::NoError) {
            m_error += QStringLiteral("pattern %1: RE2 cannot read it\n").arg(i);
            m_alwaysRun.append(i);
            continue;
        }
        m_engine->patternOf.resize(size_t(id) + 1, -1);
        m_engine->patternOf[size_t(id)] = i;
    }
    if (m_engine->filter.NumRegexps() > 0)
        m_engine->filter.Compile(&m_engine->atoms);
    if (!m_engine->atoms.empty()) {
        std::vector<const char *> expressions;
        std::vector<size_t> lengths;
        std::vector<unsigned> flags;
        std::vector<unsigned> ids;
        for (size_t a = 0; a < m_engine->atoms.size(); ++a) {
            expressions.push_back(m_engine->atoms[a].data());
            lengths.push_back(m_engine->atoms[a].size());
            flags.push_back(HS_FLAG_SINGLEMATCH);
            ids.push_back(unsigned(a));
        }
        hs_compile_error_t *error = nullptr;
        if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                                 unsigned(expressions.size()), HS_MODE_BLOCK, nullptr,
                                 &m_engine->literals, &error)
            != HS_SUCCESS) {
            // Without the atoms' matcher every pattern is run.
            m_error += QString::fromUtf8(error ? error->message : "cannot compile the atoms");
            hs_free_compile_error(error);
            m_engine.reset();
        }
    }
    if (!m_error.isEmpty())
        qCWarning(lcProse, "prefilter: %s", qPrintable(m_error));
}

Prefilter::~Prefilter() = default;
Prefilter::Prefilter(Prefilter &&) noexcept = default;
Prefilter &Prefilter::operator=(Prefilter &&) noexcept = default;

QList<bool> Prefilter::mayMatch(const QString &text) const
{
    QList<bool> out(m_count, false);
    if (!m_engine) {
        out.fill(true);
        return out;
    }
    for (int id : m_alwaysRun)
        out[id] = true;
    if (m_engine->filter.NumRegexps() == 0)
        return out;
    // The atoms are lowercase: so is the text they are looked for in.
    std::vector<int> found;
    if (m_engine->literals) {
        const QByteArray lower = text.toLower().toUtf8();
        hs_scratch_t *scratch = scratchFor(m_engine->literals);
        auto onMatch = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                          void *context) -> int {
            static_cast<std::vector<int> *>(context)->push_back(int(id));
            return 0;
        };
        if (!scratch
            || hs_scan(m_engine->literals, lower.constData(), unsigned(lower.size()), 0, scratch,
                       onMatch, &found)
                    != HS_SUCCESS) {
            out.fill(true);
            return out;
        }
    }
    std::vector<int> potential;
    m_engine->filter.AllPotentials(found, &potential);
    for (int id : potential)
        out[m_engine->patternOf[size_t(id)]] = true;
    return out;
}
