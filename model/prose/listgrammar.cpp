#include "listgrammar.h"

#include "wordlists.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The "kind: words" entries of a list file.
QList<std::pair<QString, QString>> kindsAndWords(const QString &list)
{
    QList<std::pair<QString, QString>> out;
    const QStringList entries = WordLists::builtIn().entries(list);
    for (const QString &entry : entries) {
        const qsizetype colon = entry.indexOf(u':');
        if (colon > 0)
            out.append({ entry.left(colon).trimmed(), entry.mid(colon + 1).trimmed() });
    }
    return out;
}

// The longest first, so that "Subs not used" is not read as "Subs"; a space matches any run.
QString alternation(QStringList words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &w : words)
        w = QRegularExpression::escape(w).replace(u"\\ "_s, u"\\s+"_s);
    return words.isEmpty() ? u"(?!)"_s : u"(?:"_s + words.join(u'|') + u')';
}

QRegularExpression compiled(const QString &pattern)
{
    QRegularExpression re(pattern);
    re.optimize();
    return re;
}

} // namespace

const ListGrammar &ListGrammar::instance()
{
    static const ListGrammar grammar;
    return grammar;
}

ListGrammar::ListGrammar()
{
    static const QHash<QString, Kind> kinds {
        { u"goals"_s, Kind::Goals },
        { u"bookings"_s, Kind::Bookings },
        { u"dismissals"_s, Kind::Dismissals },
        { u"substitutes"_s, Kind::Substitutes },
        { u"referee"_s, Kind::Referee },
        { u"assistants"_s, Kind::Assistants },
        { u"manager"_s, Kind::Manager },
        { u"attendance"_s, Kind::Attendance },
        { u"venue"_s, Kind::Venue },
        { u"score"_s, Kind::Score },
        { u"note"_s, Kind::Note },
    };
    QStringList labelWords;
    QStringList markWords;
    QStringList nameBreakers; // marks that end a name: "Bell OG 30"
    QStringList momentWords;
    for (const auto &[kind, words] : kindsAndWords(u"list-labels"_s)) {
        if (kinds.contains(kind)) {
            labels.insert(folded(words), kinds.value(kind));
            labelWords << words;
        }
    }
    for (const auto &[kind, words] : kindsAndWords(u"list-marks"_s)) {
        marks.insert(folded(words), kind);
        markWords << words;
        // "Bell OG 30" is Bell's own goal; "C Ash" is an initial, not the captain's mark.
        if (words.size() > 1)
            nameBreakers << words;
    }
    for (const auto &[kind, words] : kindsAndWords(u"list-moments"_s)) {
        moments.insert(folded(words), kind);
        momentWords << words;
    }
    const QString labelAlt = u"(?i:("_s + alternation(labelWords) + u"))"_s;
    const QString momentAlt = u"(?i:("_s + alternation(momentWords) + u"))"_s;
    const QString word = u"(?!(?i:"_s + alternation(nameBreakers)
            + uR"()(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}'’\-]*\.?)"_s;
    const QString particle =
            uR"((?:d[aeiou]|dos|das|del|della|dei|der|den|van|von|le|la|el|al|bin|ter|ten))"_s;
    const QString person = u"(?:"_s + particle + uR"(\s+)*)"_s + word + uR"((?:\s+(?:)"_s + particle
            + uR"(\s+)*)"_s + word + u"){0,4}"_s;
    const QString teamWord = uR"(\p{Lu}[\p{L}\p{M}'’.\-]*)"_s;
    const QString side =
            teamWord + uR"((?:\s+(?:)"_s + teamWord + uR"(|&|of|the|de|del|la|le)){0,5})"_s;
    // "Schalke 04:", but a number after a team with no colon is its score.
    const QString headSide =
            teamWord + uR"((?:\s+(?:)"_s + teamWord + uR"(|&|of|the|de|del|la|le|\d{2,4})){0,5})"_s;
    const QString clock = uR"(\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:['’′]+|mins?\.?(?![\p{L}])))"_s;
    const QString dot = uR"((?:[•·▪‣◦►]\s*|[*\-–]\s+))"_s;

    labelLine = compiled(u"(?:("_s + side + uR"()\s+)?)"_s + labelAlt
                         + uR"((?:\s*:|\s+[-–](?=\s)|(?=\s*\z))\s*)"_s);
    embeddedLabel = compiled(uR"((?:(?<=[.;,)])\s*|\s+))"_s + labelAlt + uR"(\s*:\s*)"_s);
    teamHead = compiled(u"("_s + headSide
                        + uR"()(?:\s*\((\d(?:\s*[-–]\s*\d){2,4})\))?(?:\s*:|\s+[-–](?=\s))\s*)"_s);
    teamScore = compiled(u"("_s + side + uR"()\s+(\d{1,2})(?=\s|\z|\())"_s);
    team = compiled(side + uR"(\z)"_s);
    name = compiled(person);
    minute = compiled(
            uR"((\d{1,3})(?:\s*\+\s*(\d{1,2}))?((?:st|nd|rd|th)(?![\p{L}]))?(?:\s*(['’′]+|(?:mins?|minutes?)(?![\p{L}])\.?))?(?![\p{L}\d])(?!\.\d))"_s);
    mark = compiled(u"(?i:("_s + alternation(markWords) + uR"())(?![\p{L}\p{M}]))"_s);
    rating = compiled(uR"(\d{1,2}(?:\.\d)?(?![\d'’′+]))"_s);
    squadNumber = compiled(uR"(\d{1,2}\.?\s+(?=\p{Lu}))"_s);
    bullet = compiled(dot);
    change = compiled(u"("_s + person + uR"()\s+\(?\s*(?:on\s+)?(?:for|replacing)\s+)"_s);
    momentMarker = compiled(dot + u"?"_s + momentAlt + uR"(\s*!?\s*\z)"_s);
    momentInline =
            compiled(u"(?:("_s + clock + uR"()\s*)?)"_s + dot + u"?"_s + momentAlt
                     + uR"((\s*[!:]\s*|\s+[-–]\s+|\s+)(.+?)(?:\s+()"_s + clock + uR"())?\s*\z)"_s);
    minuteLine = compiled(u"("_s + clock + uR"()\s*\z)"_s);
    momentAux = compiled(
            uR"((?:\d{1,2}|(?i:HT|FT|half[- ]time|full[- ]time)\s*:?\s*\d{1,2}\s*[-–]\s*\d{1,2})\s*\z)"_s);
    attendance = compiled(uR"((\d{1,3}(?:[,. ]?\d{3})*)(?:\s*\([^()]*\))?\s*\z)"_s);
    venue = compiled(teamWord + uR"((?:(?:\s*,\s*|\s+)(?:)"_s + teamWord
                     + uR"(|of|the|de|la|le|del|&))*(?:\s*\([^()]*\))?\s*\z)"_s);
    score = compiled(uR"(\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*\([^()]*\))?\s*\z)"_s);
    subsFor = compiled(u"("_s + person + uR"()\s+(?:on\s+for|for|replaces|replacing)\s+()"_s
                       + person + uR"()\s*\z)"_s);
    subsBy =
            compiled(u"("_s + person + uR"()\s+(?:replaced\s+by|off\s+for|makes\s+way\s+for)\s+()"_s
                     + person + uR"()\s*\z)"_s);
}

QRegularExpressionMatch ListGrammar::at(const QRegularExpression &re, QStringView s,
                                        qsizetype from) const
{
    return re.match(s, from, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption);
}

bool ListGrammar::whole(const QRegularExpression &re, QStringView s) const
{
    const auto m = at(re, s);
    return m.hasMatch() && m.capturedLength() == s.size();
}

bool ListGrammar::notTeam(QStringView head) const
{
    const qsizetype space = head.indexOf(u' ');
    return WordLists::builtIn().contains(u"list-not-teams"_s, space < 0 ? head : head.left(space));
}

bool ListGrammar::isTeam(QStringView s) const
{
    return whole(team, s) && !notTeam(s) && !marks.contains(folded(s));
}

bool ListGrammar::isNothing(QStringView s) const
{
    static const QStringList nothing { u"none"_s, u"nil"_s, u"n/a"_s, u"-"_s, u"–"_s };
    return nothing.contains(folded(s));
}

qsizetype ListGrammar::closingBracket(QStringView s, qsizetype open) const
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'(')
            ++depth;
        else if (s[i] == u')' && --depth == 0)
            return i;
    }
    return -1;
}

QList<ListGrammar::Piece> ListGrammar::split(const Piece &p, QStringView separators,
                                             bool dashes) const
{
    QList<Piece> parts;
    const QStringView s = p.text;
    int depth = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0
                   && (separators.contains(c)
                       || (dashes && (c == u'-' || c == u'–') && i > 0 && s[i - 1] == u' '
                           && i + 1 < s.size() && s[i + 1] == u' '))) {
            parts.append(p.mid(from, i - from).trimmed());
            from = i + 1;
        }
    }
    parts.append(p.mid(from).trimmed());
    return parts;
}

bool ListGrammar::stripBullet(Piece *p) const
{
    const auto m = at(bullet, p->text);
    if (!m.hasMatch())
        return false;
    *p = p->mid(m.capturedEnd()).trimmed();
    return true;
}

QString ListGrammar::folded(QStringView s) const
{
    return s.toString().simplified().toLower();
}
