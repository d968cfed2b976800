#include "prose/prosereportreader.h"
#include "ratchet.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The prose reader on every real report beside the project that has hand-made truth, scored the
// way the project's scorer (shared/tools/score_reports.py) scores it: a goal or card is found
// when its kind, side, player (surname) and minute (within one) agree with the truth. Each
// figure is a ratchet (ratchet.h): it may rise, never fall; the misses are named.
class TestRealReports : public QObject
{
    Q_OBJECT

    struct Item
    {
        QString kind; // "goal", "yellow", "red"
        QString type;
        std::optional<int> minute;
        QString side; // "home", "away" or empty
        QString player;
        QString label() const
        {
            return type + u' ' + (minute ? QString::number(*minute) + u'\'' : u"?"_s) + u' '
                    + (side.isEmpty() ? u"-"_s : side) + u' ' + player;
        }
    };

    static QString norm(const QString &text)
    {
        QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
        folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        for (QChar &c : folded) {
            if (!c.isLetterOrNumber())
                c = u' ';
        }
        return folded.simplified();
    }

    static bool samePlayer(const QString &a, const QString &b)
    {
        const QString x = norm(a);
        const QString y = norm(b);
        if (x.isEmpty() || y.isEmpty())
            return false;
        if (x == y)
            return true;
        const QStringList tx = x.split(u' ');
        const QStringList ty = y.split(u' ');
        const QSet<QString> sx(tx.cbegin(), tx.cend());
        const QSet<QString> sy(ty.cbegin(), ty.cend());
        return tx.last() == ty.last() || sx.contains(sy) || sy.contains(sx);
    }

    static double teamOverlap(const QString &a, const QString &b)
    {
        static const QSet<QString> filler { u"fc"_s,  u"cf"_s, u"ac"_s,   u"afc"_s, u"sc"_s,
                                            u"ssc"_s, u"as"_s, u"club"_s, u"de"_s,  u"the"_s };
        auto words = [](const QString &name) {
            const QStringList list = norm(name).split(u' ', Qt::SkipEmptyParts);
            QSet<QString> out(list.cbegin(), list.cend());
            return out.subtract(filler);
        };
        const QSet<QString> x = words(a);
        const QSet<QString> y = words(b);
        if (x.isEmpty() || y.isEmpty())
            return 0;
        return double(QSet<QString>(x).intersect(y).size())
                / double(QSet<QString>(x).unite(y).size());
    }

    static QString kindOf(const QString &type)
    {
        if (type == u"goal" || type == u"own_goal" || type == u"penalty_goal")
            return u"goal"_s;
        if (type == u"yellow" || type == u"yellow_card")
            return u"yellow"_s;
        if (type == u"red" || type == u"red_card" || type == u"second_yellow")
            return u"red"_s;
        return {};
    }

    // One-to-one, greedy in the truth's order, the nearest minute first.
    static int matchItems(const QList<Item> &truth, const QList<Item> &found, QList<Item> *missed,
                          QList<Item> *extra)
    {
        QSet<int> used;
        int right = 0;
        for (const Item &t : truth) {
            int best = -1;
            int bestDistance = 1 << 30;
            for (int i = 0; i < found.size(); ++i) {
                const Item &p = found.at(i);
                if (used.contains(i) || p.kind != t.kind)
                    continue;
                if (!t.side.isEmpty() && p.side != t.side)
                    continue;
                if (!t.player.isEmpty() && !samePlayer(t.player, p.player))
                    continue;
                int distance = 0;
                if (t.minute) {
                    if (!p.minute || qAbs(*p.minute - *t.minute) > 1)
                        continue;
                    distance = qAbs(*p.minute - *t.minute);
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
            if (best >= 0) {
                used.insert(best);
                ++right;
            } else {
                missed->append(t);
            }
        }
        for (int i = 0; i < found.size(); ++i) {
            if (!used.contains(i))
                extra->append(found.at(i));
        }
        return right;
    }

private slots:
    void everyReport()
    {
        const QString dir = TestData::shared(u"reports"_s);
        if (!QFile::exists(dir))
            QSKIP("../shared/data is not beside the project");
        Ratchet goals(u"goals found"_s);
        Ratchet cards(u"cards found"_s);
        Ratchet standings(u"table facts with points found"_s);
        Ratchet sides(u"reports with home and away named as the truth names them"_s);
        // Events read that the truth does not hold: counted the other way round, as reports
        // without a spurious goal (or card).
        Ratchet cleanGoals(u"reports without a spurious goal"_s);
        Ratchet cleanCards(u"reports without a spurious card"_s);
        const QStringList truths = QDir(dir).entryList({ u"*.truth.json"_s });
        for (const QString &truthName : truths) {
            const QJsonObject truth =
                    QJsonDocument::fromJson(TestData::read(dir + u'/' + truthName)).object();
            const QString reportPath =
                    dir + u'/' + QString(truthName).replace(u".truth.json"_s, u".txt"_s);
            const QString name = QFileInfo(reportPath).completeBaseName();
            const Match match = ProseReportReader::read(TestData::read(reportPath)).match;
            const QString home = truth.value(u"home"_s).toString();
            const QString away = truth.value(u"away"_s).toString();
            const bool crossed =
                    teamOverlap(match.homeTeam, away) + teamOverlap(match.awayTeam, home)
                    > teamOverlap(match.homeTeam, home) + teamOverlap(match.awayTeam, away);
            sides.check(!crossed, name,
                        match.homeTeam + u" v "_s + match.awayTeam + u" read, the truth says "_s
                                + home + u" v "_s + away);

            QList<Item> truthItems;
            const QJsonArray events = truth.value(u"events"_s).toArray();
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                Item item;
                item.type = e.value(u"type"_s).toString();
                item.kind = kindOf(item.type);
                if (item.kind.isEmpty())
                    continue;
                if (e.value(u"minute"_s).isDouble())
                    item.minute = e.value(u"minute"_s).toInt();
                const QString team = e.value(u"team"_s).toString();
                const double h = teamOverlap(team, home);
                const double a = teamOverlap(team, away);
                item.side = h > a ? u"home"_s : (a > h ? u"away"_s : QString());
                item.player = e.value(u"player"_s).toString();
                truthItems.append(item);
            }
            QList<Item> foundItems;
            for (const MatchEvent &e : match.events) {
                Item item;
                item.type = MatchEvent::typeKey(e.type);
                item.kind = kindOf(item.type);
                if (item.kind.isEmpty())
                    continue;
                if (e.time.hasMinute())
                    item.minute = e.time.minute();
                Side side = e.side;
                if (crossed)
                    side = side == Side::Home ? Side::Away
                                              : (side == Side::Away ? Side::Home : Side::None);
                item.side = side == Side::Home ? u"home"_s
                                               : (side == Side::Away ? u"away"_s : QString());
                item.player = e.player;
                foundItems.append(item);
            }
            for (const QString &kind : { u"goal"_s, u"card"_s }) {
                auto ofKind = [&](const QList<Item> &items) {
                    QList<Item> out;
                    for (const Item &i : items) {
                        if ((kind == u"goal") == (i.kind == u"goal"))
                            out.append(i);
                    }
                    return out;
                };
                QList<Item> missed;
                QList<Item> extra;
                const QList<Item> truthOfKind = ofKind(truthItems);
                matchItems(truthOfKind, ofKind(foundItems), &missed, &extra);
                Ratchet &found = kind == u"goal" ? goals : cards;
                for (int i = 0; i < truthOfKind.size() - missed.size(); ++i)
                    found.right();
                for (const Item &m : missed)
                    found.miss(name, m.label());
                QStringList extras;
                for (const Item &x : extra)
                    extras << x.label();
                (kind == u"goal" ? cleanGoals : cleanCards)
                        .check(extra.isEmpty(), name, u"also read: "_s + extras.join(u", "_s));
            }

            const QJsonArray facts = truth.value(u"standings"_s).toArray();
            for (const QJsonValue &v : facts) {
                const QJsonObject fact = v.toObject();
                if (!fact.value(u"points"_s).isDouble())
                    continue;
                const int points = fact.value(u"points"_s).toInt();
                const QString team = fact.value(u"team"_s).toString();
                const bool hit =
                        std::any_of(match.standings.cbegin(), match.standings.cend(),
                                    [&](const StandingRow &r) {
                                        return teamOverlap(team, r.team) > 0 && r.points == points;
                                    });
                standings.check(hit, name, team + u' ' + QString::number(points));
            }
        }
        RATCHET_HOLDS(goals, 161);
        RATCHET_HOLDS(cards, 51);
        RATCHET_HOLDS(standings, 34);
        RATCHET_HOLDS(sides, 59);
        RATCHET_HOLDS(cleanGoals, 43);
        RATCHET_HOLDS(cleanCards, 57);
    }
};

QTEST_GUILESS_MAIN(TestRealReports)
#include "tst_realreports.moc"
