#include "people.h"

#include <QFile>
#include "pattern.h"
#include "prosetext.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct NotNames
{
    QSet<QString> leading;
    QSet<QString> never;
    QSet<QString> describing; // words before a name that tell who the player is
    QSet<QString> dates; // months: no name only next to a number
};

// A nationality adjective ("Australian", "Colombian", "Japanese", "Danish") is not part of
// the name it comes before; a nationality noun may be a given name ("Dane", "Finn") and is
// kept.
bool isNationalityAdjective(const QString &word)
{
    static const QStringList endings { u"an"_s, u"ese"_s, u"ish"_s, u"i"_s, u"ic"_s, u"ch"_s };
    return !word.contains(u' ')
            && std::any_of(endings.cbegin(), endings.cend(),
                           [&](const QString &e) { return word.endsWith(e); });
}

const NotNames &wordLists()
{
    static const NotNames lists = [] {
        NotNames l;
        // "Hotshot Akram Afif", "Australian Hayley Raso", "Substitute Leo Dunn": a role or a
        // nationality before a name is not part of it (resources/data/words/).
        const ::WordLists &words = ::WordLists::builtIn();
        for (const QString &w : words.entries(u"player-roles"_s)) {
            if (!w.contains(u' '))
                l.describing.insert(w.toLower());
        }
        for (const QString &w : words.entries(u"nationalities"_s)) {
            if (isNationalityAdjective(w))
                l.describing.insert(w.toLower());
        }
        QFile file(u":/matchline/data/notnames.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return l;
        QSet<QString> *current = nullptr;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &raw : lines) {
            const QString line = raw.section(u'#', 0, 0).trimmed();
            if (line == u"[leading]")
                current = &l.leading;
            else if (line == u"[never]")
                current = &l.never;
            else if (line == u"[dates]")
                current = &l.dates;
            else if (current) {
                const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
                for (const QString &w : words)
                    current->insert(w);
            }
        }
        return l;
    }();
    return lists;
}

const QSet<QString> &particles()
{
    static const QSet<QString> set { u"de"_s,  u"di"_s,  u"da"_s,  u"van"_s, u"von"_s,
                                     u"der"_s, u"den"_s, u"le"_s,  u"la"_s,  u"del"_s,
                                     u"dos"_s, u"das"_s, u"ter"_s, u"ten"_s, u"el"_s,
                                     u"al"_s,  u"bin"_s, u"dei"_s, u"do"_s,  u"du"_s };
    return set;
}

// Words before a name that make its bearer an official rather than a player.
const QSet<QString> &officialWords()
{
    static const QSet<QString> set { u"referee"_s,  u"manager"_s,   u"boss"_s,  u"coach"_s,
                                     u"chairman"_s, u"president"_s, u"owner"_s, u"official"_s,
                                     u"director"_s, u"assistant"_s, u"head"_s,  u"pundit"_s,
                                     u"linesman"_s, u"umpire"_s };
    return set;
}

bool isNameChar(QChar c)
{
    return c.isLetter() || c == u'\'' || c == u'-';
}

// A word written in capitals ("SMITH") as a name is written ("Smith"); any other as it is.
QString titleCase(QStringView word)
{
    bool capitals = word.size() > 1 && word.at(0).isLetter();
    for (qsizetype i = 0; capitals && i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 0x80) { // a letter whose capital is longer ("ß") is not written in capitals
            capitals = word.toString() == word.toString().toUpper();
            break;
        }
        capitals = !(c >= u'a' && c <= u'z');
    }
    if (!capitals)
        return word.toString();
    QString out = word.toString().toLower();
    out[0] = out.at(0).toUpper();
    for (int i = 1; i < out.size(); ++i) {
        if (out.at(i - 1) == u'-' || out.at(i - 1) == u'\'')
            out[i] = out.at(i).toUpper();
    }
    return out;
}

// Whether a set of lower-case words holds this word, in any case.
bool holdsFolded(const QSet<QString> &set, QStringView word)
{
    return set.contains(ProseText::lookupKey(word, true));
}

// Whether a number is written just before or just after a word ("3 June", "Jun 3").
bool numberBeside(QStringView sentence, qsizetype start, qsizetype end)
{
    const QStringView before = sentence.left(start).trimmed();
    const QStringView after = sentence.mid(end).trimmed();
    return (!before.isEmpty() && before.back().isDigit())
            || (!after.isEmpty() && after.front().isDigit());
}

bool isParticle(QStringView word)
{
    return particles().contains(ProseText::lookupKey(word));
}

} // namespace

bool People::isLeadingWord(QStringView word)
{
    return holdsFolded(wordLists().leading, word);
}

bool People::isNeverWord(QStringView word)
{
    return holdsFolded(wordLists().never, word);
}

bool People::isRoleWord(QStringView word)
{
    return holdsFolded(officialWords(), word);
}

QList<People::Candidate> People::candidates(const QString &text, int sentenceStart, int sentenceEnd,
                                            int sentenceIndex, const QList<QPair<int, int>> &skip)
{
    struct Word
    {
        int start;
        int end;
        QStringView text; // in text; a copy is made only for the words of a capitalised run
    };
    QList<Word> words;
    words.reserve((sentenceEnd - sentenceStart) / 4 + 1);
    int i = sentenceStart;
    while (i < sentenceEnd) {
        if (!isNameChar(text.at(i)) || text.at(i) == u'\'' || text.at(i) == u'-') {
            ++i;
            continue;
        }
        int j = i;
        while (j < sentenceEnd && isNameChar(text.at(j)))
            ++j;
        words.append({ i, j, QStringView(text).mid(i, j - i) });
        i = j;
    }
    auto skipped = [&skip](int start, int end) {
        for (const auto &s : skip) {
            if (start < s.first + s.second && s.first < end)
                return true;
        }
        return false;
    };
    // The first word of the sentence, or the first after an opening quote or a colon.
    auto opensClause = [&](int index) {
        if (index == 0)
            return true;
        const int gapStart = words.at(index - 1).end;
        const QStringView gap = QStringView(text).mid(gapStart, words.at(index).start - gapStart);
        return gap.contains(u'"') || gap.contains(u':') || gap.contains(u'(');
    };

    QList<Candidate> out;
    int w = 0;
    while (w < words.size()) {
        auto capital = [&](int k) {
            const QStringView t = words.at(k).text;
            return t.at(0).isUpper() && !skipped(words.at(k).start, words.at(k).end);
        };
        if (!capital(w)) {
            ++w;
            continue;
        }
        // Extend the run over capitalized words and name particles, one space apart.
        int end = w;
        while (end + 1 < words.size()) {
            const QStringView gap = QStringView(text).mid(
                    words.at(end).end, words.at(end + 1).start - words.at(end).end);
            if (gap != u" ")
                break;
            if (capital(end + 1)) {
                ++end;
                continue;
            }
            if (isParticle(words.at(end + 1).text) && end + 2 < words.size() && capital(end + 2)
                && QStringView(text).mid(words.at(end + 1).end,
                                         words.at(end + 2).start - words.at(end + 1).end)
                        == u" ") {
                end += 2;
                continue;
            }
            break;
        }
        // A lower-case particle just before the run ("di Maria") belongs to it.
        int first = w;
        if (w > 0 && isParticle(words.at(w - 1).text)
            && QStringView(text).mid(words.at(w - 1).end, words.at(w).start - words.at(w - 1).end)
                    == u" ")
            first = w - 1;

        bool official = false;
        const bool initial = opensClause(first);
        // Sentence-opening words are dropped; a title or a competition word splits the run.
        int runFirst = first;
        while (runFirst <= end && initial && runFirst == first) {
            const QStringView whole = words.at(runFirst).text;
            const qsizetype hyphen = whole.indexOf(u'-');
            const QStringView token = hyphen < 0 ? whole : whole.first(hyphen);
            if (!isLeadingWord(token) && !isLeadingWord(whole))
                break;
            ++runFirst;
            first = runFirst <= end ? runFirst : first;
        }
        // The pieces of the run between such words, as first and last word.
        QVarLengthArray<std::pair<int, int>, 4> pieces;
        bool pieceOpen = false;
        for (int k = runFirst; k <= end; ++k) {
            QStringView bare = words.at(k).text;
            if (bare.endsWith(u"'s"))
                bare.chop(2);
            // A month next to a number ("3 June", "Jun 3") is a date, elsewhere maybe a name.
            const bool date =
                    holdsFolded(wordLists().dates, bare)
                    && numberBeside(
                            QStringView(text).mid(sentenceStart, sentenceEnd - sentenceStart),
                            words.at(k).start - sentenceStart, words.at(k).end - sentenceStart);
            if (date || isNeverWord(bare) || bare.endsWith(u"-year-old")) {
                if (isRoleWord(bare))
                    official = true;
                // What comes just before a competition's, a ground's or a club's word names
                // it, not a person: "FA Cup", "DStv Premiership", "Wembley Stadium".
                else if (pieceOpen && !bare.endsWith(u"-year-old"))
                    pieces.removeLast();
                pieceOpen = false;
                continue;
            }
            // "VAR-awarded", "Europe-chasing", "COVID-19": a word that goes on in lower case or
            // in figures after a hyphen describes; a name goes on in capitals
            // ("Pierre-Emerick", "Alexander-Arnold").
            const qsizetype hyphen = bare.indexOf(u'-');
            const bool describes = hyphen > 0
                    && (hyphen + 1 == bare.size() || bare.at(hyphen + 1).isLower()
                        || bare.at(hyphen + 1).isDigit());
            if (describes || holdsFolded(wordLists().describing, bare)) {
                pieceOpen = false;
                continue;
            }
            if (pieceOpen)
                pieces.last().second = k;
            else
                pieces.append({ k, k });
            pieceOpen = true;
        }
        // The last piece is the one a title inside the run, or before it, applies to: none
        // when the run ends with such a word.
        const bool endsInPiece = pieceOpen;
        // A title written before the run: "referee Simon Mather", "manager David Hodgson".
        if (first > 0 && isRoleWord(words.at(first - 1).text))
            official = true;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const auto [pieceFirst, last] = pieces.at(p);
            Candidate c;
            c.start = words.at(pieceFirst).start;
            const QStringView lastText = words.at(last).text;
            int lastEnd = words.at(last).end;
            if (lastText.endsWith(u"'s")) {
                c.possessive = true;
                lastEnd -= 2;
            } else if (lastText.endsWith(u'\'')) {
                c.possessive = true;
                lastEnd -= 1;
            }
            c.length = lastEnd - c.start;
            qsizetype letters = 0;
            for (int k = pieceFirst; k <= last; ++k) {
                QStringView token = words.at(k).text;
                if (k == last && c.possessive)
                    token.chop(token.endsWith(u"'s") ? 2 : 1);
                c.tokens.append(titleCase(token));
                letters += c.tokens.last().size();
            }
            if (letters < 2)
                continue;
            // "League One", "Serie A": a lone number word or letter after a competition word.
            if (c.tokens.size() == 1 && pieceFirst > first && isLeadingWord(c.tokens.first()))
                continue;
            // "at a wet Wembley", "in the packed Bernabeu": a single word after "at" or "in" and
            // an article is a place.
            if (c.tokens.size() == 1 && !c.possessive && pieceFirst == first) {
                static const Pattern placeBefore(
                        u"\\b(?:[Aa]t|[Ii]n|[Ii]nside|[Aa]round)\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+)?$"_s);
                const int from = qMax(sentenceStart, c.start - 40);
                if (placeBefore.match(QStringView(text).mid(from, c.start - from)).hasMatch())
                    continue;
            }
            c.sentenceInitial = initial && pieceFirst == first;
            if (c.sentenceInitial && c.tokens.size() == 1 && !c.possessive) {
                static const Pattern verbAfter(
                        u"^,?\\s+(?:(?:then|later|also|duly|finally|quickly)\\s+)?(?:[a-z]{2,}ed|struck|hit|put|got|won|made|gave|took|drew|broke|shot|beat|found|sent|set|ran|rose|swept|stole|slid|stuck|bent|smashed|tapped|nodded|poked)\\b"_s);
                c.actsAfter =
                        verbAfter.match(QStringView(text).mid(c.start + c.length, 40)).hasMatch();
            }
            c.official = official && endsInPiece && p == pieces.size() - 1;
            c.sentence = sentenceIndex;
            // "X's side" names a manager.
            if (c.possessive && !c.official) {
                static const Pattern cueRe1(u"^'s?\\s+(side|men|team|charges|troops|players)\\b"_s);
                const QString after = text.mid(c.start + c.length, 12).toLower();
                if (cueRe1.match(after).hasMatch())
                    c.official = true;
            }
            out.append(c);
        }
        w = end + 1;
    }
    return out;
}

int People::link(const QStringList &tokens) const
{
    // The latest person whose name ends with these words (a surname, "Mac Allister"), or whose
    // name is exactly these words.
    for (int p = int(m_persons.size()) - 1; p >= 0; --p) {
        const QStringList &known = m_persons.at(p).tokens;
        if (known == tokens)
            return p;
    }
    for (int p = int(m_persons.size()) - 1; p >= 0; --p) {
        const QStringList &known = m_persons.at(p).tokens;
        if (tokens.size() < known.size() && known.mid(known.size() - tokens.size()) == tokens)
            return p;
    }
    return -1;
}

void People::build(const QList<Candidate> &runs)
{
    // A single word that opens a sentence is a name only if the report also writes it where
    // capitals mean names, or a verb of an event follows it ("Zielinski fired home").
    QSet<QString> namesElsewhere;
    for (const Candidate &c : runs) {
        if (!c.sentenceInitial || c.tokens.size() > 1) {
            for (const QString &t : c.tokens)
                namesElsewhere.insert(t);
        }
    }
    for (const Candidate &c : runs) {
        // Unless a verb of an event follows it: "Casemiro headed Madrid back in front".
        if (c.sentenceInitial && c.tokens.size() == 1 && !namesElsewhere.contains(c.tokens.first())
            && !c.actsAfter)
            continue;
        int index = link(c.tokens);
        if (index < 0 && c.tokens.size() > 1) {
            // A full name after its surname alone: "Reiten" first, "Guro Reiten" later.
            for (int p = int(m_persons.size()) - 1; p >= 0 && index < 0; --p) {
                Person &known = m_persons[p];
                if (known.tokens.size() < c.tokens.size()
                    && c.tokens.mid(c.tokens.size() - known.tokens.size()) == known.tokens) {
                    known.tokens = c.tokens;
                    known.name = c.tokens.join(u' ');
                    index = p;
                }
            }
        }
        if (index < 0) {
            index = int(m_persons.size());
            m_persons.append(Person { c.tokens.join(u' '), c.tokens, false, {} });
        }
        if (c.official)
            m_persons[index].official = true;
        m_mentions.append(Mention { c.start, c.length, index, c.possessive, c.sentence });
    }
}

int People::find(const QString &name) const
{
    QStringList tokens;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        tokens.append(titleCase(word));
    if (tokens.isEmpty())
        return -1;
    // "G Shinnie": the initial of a first name and a surname.
    QString initial;
    if (tokens.size() > 1 && tokens.first().size() <= 2
        && (tokens.first().size() == 1 || tokens.first().endsWith(u'.'))) {
        initial = tokens.first().left(1);
        tokens.removeFirst();
    }
    if (initial.isEmpty()) {
        const int linked = link(tokens);
        if (linked >= 0)
            return linked;
    }
    for (int p = int(m_persons.size()) - 1; p >= 0; --p) {
        const QStringList &known = m_persons.at(p).tokens;
        if (known.size() < tokens.size() || known.mid(known.size() - tokens.size()) != tokens)
            continue;
        if (initial.isEmpty() || (known.size() > tokens.size() && known.first().startsWith(initial)))
            return p;
    }
    return -1;
}

int People::findOrAdd(const QString &name)
{
    const int found = find(name);
    if (found >= 0)
        return found;
    QStringList tokens;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        tokens.append(titleCase(word));
    if (tokens.isEmpty())
        return -1;
    m_persons.append(Person { tokens.join(u' '), tokens, false, {} });
    return int(m_persons.size()) - 1;
}
