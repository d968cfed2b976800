#include "prefilter.h"

#include <hs/hs.h>

#include <QByteArray>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcProse)

struct Prefilter::Database
{
    hs_database_t *db = nullptr;
    ~Database() { hs_free_database(db); }
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

} // namespace

Prefilter::Prefilter(const QStringList &patterns, bool caseless)
    : m_count(int(patterns.size()))
{
    QList<int> ids;
    for (int i = 0; i < patterns.size(); ++i)
        ids.append(i);
    const unsigned flags = HS_FLAG_PREFILTER | HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH
            | HS_FLAG_ALLOWEMPTY | (caseless ? HS_FLAG_CASELESS : 0);
    // A pattern Vectorscan refuses is taken out and always run; the rest compile together.
    while (!ids.isEmpty()) {
        std::vector<QByteArray> utf8;
        std::vector<const char *> expressions;
        std::vector<unsigned> flagList;
        std::vector<unsigned> idList;
        for (int id : ids) {
            utf8.push_back(patterns.at(id).toUtf8());
            flagList.push_back(flags);
            idList.push_back(unsigned(id));
        }
        for (const QByteArray &bytes : utf8)
            expressions.push_back(bytes.constData());
        hs_database_t *db = nullptr;
        hs_compile_error_t *error = nullptr;
        const hs_error_t status =
                hs_compile_multi(expressions.data(), flagList.data(), idList.data(),
                                 unsigned(expressions.size()), HS_MODE_BLOCK, nullptr, &db, &error);
        if (status == HS_SUCCESS) {
            m_db = std::make_unique<Database>();
            m_db->db = db;
            break;
        }
        const int bad = error ? error->expression : -1;
        const QString message = error ? QString::fromUtf8(error->message) : QString();
        hs_free_compile_error(error);
        if (bad < 0 || bad >= ids.size()) {
            // Not one pattern's fault: run them all.
            m_error = message;
            m_alwaysRun = ids;
            break;
        }
        m_error += QStringLiteral("pattern %1: %2\n").arg(ids.at(bad)).arg(message);
        m_alwaysRun.append(ids.at(bad));
        ids.removeAt(bad);
    }
    if (!m_error.isEmpty())
        qCWarning(lcProse, "prefilter: %s", qPrintable(m_error));
}

Prefilter::~Prefilter() = default;
Prefilter::Prefilter(Prefilter &&) noexcept = default;
Prefilter &Prefilter::operator=(Prefilter &&) noexcept = default;

QList<bool> Prefilter::mayMatch(const QString &text) const
{
    return mayMatchUtf8(text.toUtf8());
}

QList<bool> Prefilter::mayMatchUtf8(const QByteArray &utf8) const
{
    QList<bool> out(m_count, false);
    for (int id : m_alwaysRun)
        out[id] = true;
    if (!m_db || !m_db->db)
        return out;
    hs_scratch_t *scratch = scratchFor(m_db->db);
    if (!scratch) {
        out.fill(true);
        return out;
    }
    auto onMatch = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                      void *context) -> int {
        (*static_cast<QList<bool> *>(context))[int(id)] = true;
        return 0;
    };
    if (hs_scan(m_db->db, utf8.constData(), unsigned(utf8.size()), 0, scratch, onMatch, &out)
        != HS_SUCCESS)
        out.fill(true);
    return out;
}
