#include "rulebook.h"

#include "numberwords.h"
#include "wordlists.h"

#include <QAtomicInt>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcProse)

namespace {

thread_local RuleBook::Trace *currentTrace = nullptr;
QAtomicInt verifyingOn = 0;
QAtomicInt missCount = 0;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

} // namespace

RuleBook::~RuleBook() = default;
RuleBook::RuleBook(RuleBook &&) noexcept = default;
RuleBook &RuleBook::operator=(RuleBook &&) noexcept = default;

const RuleBook &RuleBook::builtIn()
{
    static const RuleBook book = [] {
        RuleBook b = fromDirectory(u":/matchline/data/rules"_s, WordLists::builtIn());
        for (const QString &error : b.errors())
            qCWarning(lcProse, "rules: %s", qPrintable(error));
        return b;
    }();
    return book;
}

RuleBook RuleBook::fromDirectory(const QString &path, const WordLists &words)
{
    RuleBook book;
    const QDir dir(path);
    for (const QString &file : dir.entryList({ u"*.rules"_s }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            book.addFile(file, QString::fromUtf8(f.readAll()), words);
        else
            book.m_errors.append(file + u": "_s + f.errorString());
    }
    return book;
}

QString RuleBook::expand(const QString &pattern, const WordLists &words, QStringList *unknown,
                         bool loose)
{
    static const QHash<QString, QString> tokens {
        { u"P"_s, u"\u27e6P(\\d+)\u27e7"_s },      { u"T"_s, u"\u27e6T(\\d+)\u27e7"_s },
        { u"M"_s, u"\u27e6M(\\d+)\u27e7"_s },      { u"S"_s, u"\u27e6S(\\d+)\u27e7"_s },
        { u"ANY"_s, u"\u27e6[PTMS]\\d+\u27e7"_s }, { u"NOTOKEN"_s, u"[^\u27e6]"_s },
    };
    QString out;
    out.reserve(pattern.size() * 2);
    bool inClass = false;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            // "[]..." and "[^]..." hold a literal ']'
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^')
                out += pattern.at(++i);
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u']')
                out += pattern.at(++i);
            continue;
        }
        if (c == u' ') {
            while (i + 1 < pattern.size() && pattern.at(i + 1) == u' ')
                ++i;
            out += u"\\s+"_s;
            continue;
        }
        if (c == u'{') {
            const int close = int(pattern.indexOf(u'}', i));
            const QString inner = close > i ? pattern.mid(i + 1, close - i - 1) : QString();
            if (tokens.contains(inner)) {
                out += tokens.value(inner);
                i = close;
                continue;
            }
            // A number is any word to a prefilter: the number words are a large alternation
            // that only slows its compiling.
            if (inner == u"N") {
                out += loose ? u"[\\w-]+"_s : u"(?:"_s + NumberWords::pattern() + u')';
                i = close;
                continue;
            }
            if (inner == u"ORD") {
                out += loose ? u"[\\w-]+"_s : u"(?:"_s + NumberWords::ordinalPattern() + u')';
                i = close;
                continue;
            }
        }
        if (c == u'@') {
            int end = i + 1;
            while (end < pattern.size() && isNameChar(pattern.at(end)))
                ++end;
            // A name never ends with a hyphen: "@score-verbs-" is the list and a '-'.
            while (end > i + 1 && pattern.at(end - 1) == u'-')
                --end;
            const QString name = pattern.mid(i + 1, end - i - 1);
            if (!name.isEmpty()) {
                if (!words.has(name) && unknown)
                    unknown->append(name);
                out += words.alternation(name, true);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

void RuleBook::addFile(const QString &fileName, const QString &text, const WordLists &words)
{
    const QStringList lines = text.split(u'\n');
    Rule *current = nullptr;
    auto finish = [&] {
        if (!current)
            return;
        if (current->source.isEmpty())
            m_errors.append(QStringLiteral("%1:%2: rule %3 has no pattern")
                                    .arg(fileName)
                                    .arg(current->line)
                                    .arg(current->name));
        current = nullptr;
    };
    for (int n = 0; n < lines.size(); ++n) {
        const QString &raw = lines.at(n);
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!raw.at(0).isSpace()) {
            finish();
            if (!line.startsWith(u"rule "_s)) {
                m_errors.append(
                        QStringLiteral("%1:%2: expected 'rule NAME'").arg(fileName).arg(n + 1));
                continue;
            }
            Rule rule;
            rule.name = line.mid(5).trimmed();
            rule.group = rule.name.section(u'.', 0, 0);
            rule.file = fileName;
            rule.line = n + 1;
            m_rules.append(rule);
            current = &m_rules.last();
            continue;
        }
        if (!current) {
            m_errors.append(
                    QStringLiteral("%1:%2: a value outside a rule").arg(fileName).arg(n + 1));
            continue;
        }
        const int space = int(line.indexOf(u' '));
        const QString key = space < 0 ? line : line.left(space);
        const QString value = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (key == u"match") {
            current->source = value;
        } else if (key == u"e.g.") {
            const int arrow = int(value.indexOf(u"=>"_s));
            Rule::Example example;
            example.line = n + 1;
            example.text = (arrow < 0 ? value : value.left(arrow)).trimmed();
            example.expected = arrow < 0 ? QString() : value.mid(arrow + 2).trimmed();
            current->examples.append(example);
        } else {
            current->values.insert(key, value);
        }
    }
    finish();

    // Compile what this file added.
    for (Rule &rule : m_rules) {
        if (rule.file != fileName || rule.source.isEmpty() || rule.pattern.isValid())
            continue;
        QStringList unknown;
        rule.expanded = expand(rule.source, words, &unknown);
        rule.loose = expand(rule.source, words, nullptr, true);
        for (const QString &list : unknown)
            m_errors.append(QStringLiteral("%1:%2: rule %3: no word list '%4'")
                                    .arg(rule.file)
                                    .arg(rule.line)
                                    .arg(rule.name, list));
        const bool caseless = rule.flag(u"caseless"_s);
        rule.pattern = Pattern(rule.expanded,
                               caseless ? QRegularExpression::CaseInsensitiveOption
                                        : QRegularExpression::NoPatternOption);
        if (!rule.pattern.isValid())
            m_errors.append(QStringLiteral("%1:%2: rule %3: %4")
                                    .arg(rule.file)
                                    .arg(rule.line)
                                    .arg(rule.name, rule.pattern.errorString()));
    }
    m_groups.clear();
    m_groupOrder.clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        const QString &g = m_rules.at(i).group;
        if (!m_groups.contains(g))
            m_groupOrder.append(g);
        m_groups[g].rules.append(i);
    }
}

QList<const Rule *> RuleBook::group(const QString &name) const
{
    QList<const Rule *> out;
    const auto it = m_groups.constFind(name);
    if (it == m_groups.cend())
        return out;
    for (int i : it->rules)
        out.append(&m_rules.at(i));
    return out;
}

const Rule *RuleBook::rule(const QString &name) const
{
    for (const Rule &r : m_rules) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList RuleBook::groups() const
{
    return m_groupOrder;
}

QStringList RuleBook::prefilterPatterns(const Group &group, bool *caseless) const
{
    QStringList patterns;
    *caseless = false;
    for (int i : group.rules) {
        patterns.append(m_rules.at(i).loose);
        *caseless = *caseless || m_rules.at(i).flag(u"caseless"_s);
    }
    return patterns;
}

const Prefilter &RuleBook::prefilterOf(const Group &group) const
{
    std::call_once(*group.once, [&] {
        bool caseless = false;
        const QStringList patterns = prefilterPatterns(group, &caseless);
        const_cast<Group &>(group).prefilter = std::make_shared<Prefilter>(patterns, caseless);
    });
    return *group.prefilter;
}

QList<RuleMatch> RuleBook::matches(const QString &groupName, const QString &text) const
{
    QList<RuleMatch> out;
    const auto it = m_groups.constFind(groupName);
    if (it == m_groups.cend())
        return out;
    const QList<bool> may = prefilterOf(*it).mayMatch(text);
    const bool verify = verifyingOn.loadRelaxed();
    for (int k = 0; k < it->rules.size(); ++k) {
        const Rule &rule = m_rules.at(it->rules.at(k));
        if (!rule.pattern.isValid())
            continue;
        if (!may.at(k)) {
            if (verify && rule.pattern.match(text).hasMatch()) {
                missCount.fetchAndAddRelaxed(1);
                qCWarning(lcProse, "prefilter hid a match of %s in: %s", qPrintable(rule.name),
                          qPrintable(text));
            }
            continue;
        }
        auto matches = rule.pattern.globalMatch(text);
        bool fired = false;
        while (matches.hasNext()) {
            out.append({ &rule, matches.next() });
            fired = true;
        }
        if (fired)
            noteFired(&rule);
    }
    return out;
}

RuleMatch RuleBook::firstMatch(const QString &groupName, QStringView text) const
{
    const auto it = m_groups.constFind(groupName);
    if (it == m_groups.cend())
        return {};
    for (int i : it->rules) {
        const Rule &rule = m_rules.at(i);
        if (!rule.pattern.isValid())
            continue;
        PatternMatch m = rule.pattern.match(text);
        if (m.hasMatch()) {
            noteFired(&rule);
            return { &rule, std::move(m) };
        }
    }
    return {};
}

RuleBook::Trace::Trace()
    : m_outer(currentTrace)
{
    currentTrace = this;
}

RuleBook::Trace::~Trace()
{
    currentTrace = m_outer;
}

void RuleBook::noteFired(const Rule *rule)
{
    for (Trace *t = currentTrace; t; t = t->m_outer) {
        if (!t->m_fired.contains(rule->name))
            t->m_fired.append(rule->name);
    }
}

void RuleBook::setVerifying(bool on)
{
    verifyingOn.storeRelaxed(on ? 1 : 0);
}

int RuleBook::prefilterMisses()
{
    return missCount.loadRelaxed();
}
