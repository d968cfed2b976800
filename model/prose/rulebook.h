#pragma once

#include "pattern.h"
#include "prefilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class WordLists;

// One rule of the prose reader, as written in a resources/data/rules/*.rules file:
//
//     rule goal.equaliser-verb
//         match   \b@equalise-verbs\b
//         effect  equaliser
//         e.g.    Ian Bell equalised for Fulham in the 40th minute.  =>  goal 40' away Ian Bell
//
// Its name (the group it belongs to, a dot, what it reads), a pattern, named values that say
// what it makes, and examples of our own that are its test rows (tst_proserules reads every one
// and checks that the rule fires on it and the reader gives what the example says).
struct Rule
{
    struct Example
    {
        QString text;
        QString expected; // as the group's test writes it; "nothing" for no result
        int line = 0;
    };

    QString name; // "goal.equaliser-verb"
    QString group; // "goal"
    QString source; // the pattern as written in the file
    QString expanded; // as compiled
    QString loose; // as the prefilter compiles it: matching all it matches, and more
    Pattern pattern;
    QHash<QString, QString> values;
    QList<Example> examples;
    QString file;
    int line = 0;

    QString value(const QString &key, const QString &fallback = QString()) const
    {
        return values.value(key, fallback);
    }
    bool flag(const QString &key) const { return values.value(key) == u"yes"; }
};

// A match of one rule in a text.
struct RuleMatch
{
    const Rule *rule = nullptr;
    PatternMatch match;
};

// Every rule of the prose reader, read from resources/data/rules/, grouped by the part of their
// name before the dot, in the order written. In a rule's pattern: {P} a person, {T} a team, {M}
// a time, {S} a score (each capturing its slot number), {ANY} any of them, {N} a number in
// words or digits, @NAME any entry of a word list, and a space any run of white space; the
// rest is PCRE syntax, over the tagged sentence (see TaggedSentence: lower case, mentions
// replaced by tokens) unless the group reads plain text.
class RuleBook
{
public:
    RuleBook() = default;
    ~RuleBook();
    RuleBook(RuleBook &&) noexcept;
    RuleBook &operator=(RuleBook &&) noexcept;

    static const RuleBook &builtIn();
    // Rules from the *.rules files of a folder, with the word lists given (for tests and tools).
    static RuleBook fromDirectory(const QString &path, const WordLists &words);
    void addFile(const QString &fileName, const QString &text, const WordLists &words);

    // The rules of a group, in the order written.
    QList<const Rule *> group(const QString &name) const;
    const Rule *rule(const QString &name) const;
    QStringList groups() const;
    const QList<Rule> &rules() const { return m_rules; }
    // Problems found reading the files: unknown word lists, patterns that do not compile.
    QStringList errors() const { return m_errors; }

    // Every match of the group's rules in a text, rule after rule in the group's order, each
    // rule's matches in text order. Rules that cannot match the text are not run: a
    // prefilter built from the group's patterns says which (see Prefilter).
    QList<RuleMatch> matches(const QString &group, const QString &text) const;
    // The first match of the group's rules in a text, in the group's order (a rule's earliest
    // match); no prefilter (for short parts of a sentence).
    RuleMatch firstMatch(const QString &group, QStringView text) const;

    // The token patterns a rule may use, expanded, for the code that reads tagged sentences.
    // loose: the superset a prefilter compiles (a number is any word).
    static QString expand(const QString &pattern, const WordLists &words, QStringList *unknown,
                          bool loose = false);

    // Which rules matched while a trace is open on this thread (the rule examples' test).
    class Trace
    {
    public:
        Trace();
        ~Trace();
        Trace(const Trace &) = delete;
        Trace &operator=(const Trace &) = delete;
        const QStringList &fired() const { return m_fired; }

    private:
        friend class RuleBook;
        QStringList m_fired;
        Trace *m_outer = nullptr;
    };
    static void noteFired(const Rule *rule);

    // While on, every rule the prefilter rules out is run anyway and a match it hid counted
    // (see tst_proserules): the prefilter must never hide a match.
    static void setVerifying(bool on);
    static int prefilterMisses();

private:
    struct Group
    {
        QList<int> rules; // indexes into m_rules
        std::shared_ptr<Prefilter> prefilter; // built on first use
        std::shared_ptr<std::once_flag> once = std::make_shared<std::once_flag>();
    };
    const Prefilter &prefilterOf(const Group &group) const;
    QStringList prefilterPatterns(const Group &group, bool *caseless) const;

    QList<Rule> m_rules;
    QHash<QString, Group> m_groups;
    QStringList m_groupOrder;
    QStringList m_errors;
};
