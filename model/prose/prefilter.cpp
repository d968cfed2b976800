#include "prefilter.h"

#include <hs/hs.h>

using namespace Qt::Literals::StringLiterals;

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
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

// The pattern without its lookarounds, and with every bounded repeat made unbounded ("x{0,60}"
// is "x*", "x{1,3}" is "x+"): it matches all the pattern matches and more, which is all a
// prefilter needs. Vectorscan matches such a pattern exactly (its prefiltering mode, which
// takes lookarounds, was seen to miss matches), and compiles an unbounded repeat in a fraction
// of the time a bounded one takes.
QString loosened(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size());
    const qsizetype n = pattern.size();
    bool inClass = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < n) {
            out += c;
            out += pattern.at(++i);
            continue;
        }
        if (inClass) {
            inClass = c != u']';
            out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            if (i + 1 < n && pattern.at(i + 1) == u'^')
                out += pattern.at(++i);
            if (i + 1 < n && pattern.at(i + 1) == u']')
                out += pattern.at(++i);
            continue;
        }
        const QStringView rest = QStringView(pattern).mid(i);
        if (rest.startsWith(u"(?=") || rest.startsWith(u"(?!") || rest.startsWith(u"(?<=")
            || rest.startsWith(u"(?<!")) {
            // Skip to the parenthesis that closes the lookaround.
            int depth = 0;
            bool cls = false;
            qsizetype k = i;
            for (; k < n; ++k) {
                const QChar d = pattern.at(k);
                if (d == u'\\') {
                    ++k;
                } else if (cls) {
                    cls = d != u']';
                } else if (d == u'[') {
                    cls = true;
                    if (k + 1 < n && pattern.at(k + 1) == u'^')
                        ++k;
                    if (k + 1 < n && pattern.at(k + 1) == u']')
                        ++k;
                } else if (d == u'(') {
                    ++depth;
                } else if (d == u')' && --depth == 0) {
                    break;
                }
            }
            i = k;
            continue;
        }
        if (c == u'{') {
            // "{m,n}" or "{m,}", maybe lazy: a repeat with no upper bound.
            qsizetype k = i + 1;
            while (k < n && pattern.at(k).isDigit())
                ++k;
            const qsizetype comma = k;
            if (k > i + 1 && k < n && pattern.at(k) == u',') {
                ++k;
                while (k < n && pattern.at(k).isDigit())
                    ++k;
                if (k < n && pattern.at(k) == u'}') {
                    const bool none = QStringView(pattern).mid(i + 1, comma - i - 1).toInt() == 0;
                    out += none ? u'*' : u'+';
                    i = k;
                    if (i + 1 < n && pattern.at(i + 1) == u'?')
                        ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Prefilter::Prefilter(const QStringList &patterns, bool caseless)
    : m_count(int(patterns.size()))
{
    QList<int> ids;
    for (int i = 0; i < patterns.size(); ++i)
        ids.append(i);
    const unsigned flags = HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY
            | (caseless ? HS_FLAG_CASELESS : 0);
    // A pattern Vectorscan refuses is taken out and always run; the rest compile together.
    while (!ids.isEmpty()) {
        std::vector<QByteArray> utf8;
        std::vector<const char *> expressions;
        std::vector<unsigned> flagList;
        std::vector<unsigned> idList;
        for (int id : ids) {
            utf8.push_back(loosened(patterns.at(id)).toUtf8());
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

QByteArray Prefilter::serialized() const
{
    if (!m_db || !m_db->db)
        return {};
    char *bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(m_db->db, &bytes, &length) != HS_SUCCESS)
        return {};
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << qint32(m_count) << m_alwaysRun << QByteArray(bytes, qsizetype(length));
    free(bytes); // allocated by Vectorscan's allocator, which is malloc
    return out;
}

std::optional<Prefilter> Prefilter::fromSerialized(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    qint32 count = 0;
    QList<int> alwaysRun;
    QByteArray database;
    stream >> count >> alwaysRun >> database;
    if (stream.status() != QDataStream::Ok || database.isEmpty())
        return std::nullopt;
    hs_database_t *db = nullptr;
    if (hs_deserialize_database(database.constData(), size_t(database.size()), &db) != HS_SUCCESS)
        return std::nullopt;
    Prefilter p;
    p.m_db = std::make_unique<Database>();
    p.m_db->db = db;
    p.m_count = count;
    p.m_alwaysRun = alwaysRun;
    return p;
}

QByteArray Prefilter::fingerprint(const QStringList &patterns, bool caseless)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(hs_version()));
    // How the patterns are loosened (see loosened()): change it when that changes.
    hash.addData(QByteArrayView("\nloosened: no lookarounds, unbounded repeats, exact mode\n"));
    hash.addData(caseless ? QByteArrayView("\ncaseless\n") : QByteArrayView("\ncase\n"));
    for (const QString &p : patterns) {
        hash.addData(p.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result();
}

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
