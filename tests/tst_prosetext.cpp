#include "prose/pattern.h"
#include "prose/prosetext.h"
#include "prose/sentencesplitter.h"
#include "prose/wordstarts.h"
#include "testdata.h"

#include <QDir>
#include <QTest>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestProseText : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        const QString names = u"Müller, Gündoğan, Đoković"_s;
        QTest::addRow("utf-8") << names.toUtf8() << names << int(ProseText::Encoding::Utf8);
        QTest::addRow("utf-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + names.toUtf8()) << names
                                        << int(ProseText::Encoding::Utf8);
        QByteArray le("\xFF\xFE");
        for (QChar c : names) {
            le.append(char(c.unicode() & 0xFF));
            le.append(char(c.unicode() >> 8));
        }
        QTest::addRow("utf-16 LE with BOM") << le << names << int(ProseText::Encoding::Utf16LE);
        // Windows-1252: ü is 0xFC, the curly apostrophe 0x92, the euro sign 0x80.
        QTest::addRow("windows-1252") << QByteArray("M\xFCller\x92s \x80") << u"Müller’s €"_s
                                      << int(ProseText::Encoding::Windows1252);
        QTest::addRow("empty") << QByteArray() << QString() << int(ProseText::Encoding::Utf8);
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, encoding);
        ProseText::Encoding found;
        QCOMPARE(ProseText::decode(bytes, &found), text);
        QCOMPARE(int(found), encoding);
    }

    void normalizesOneCharacterForOne()
    {
        const QString raw = u"Neymar’s “cross” – 90+3\u00a0mins\u2026"_s;
        const QString out = ProseText::normalized(raw);
        QCOMPARE(out.size(),
                 raw.size()); // offsets into the normalized text are offsets into the original
        QCOMPARE(out, u"Neymar's \"cross\" - 90+3 mins."_s);
    }

    void leavesNoHalfOfASurrogatePair()
    {
        // An emoji (two UTF-16 units), a lone high and a lone low surrogate: every unit becomes
        // one replacement character, so the length stays and no substring is invalid UTF-16.
        QString raw = u"Goal \U0001F525 for Ash"_s;
        raw += QChar(0xD800);
        raw += u" and "_s;
        raw += QChar(0xDC00);
        const QString out = ProseText::normalized(raw);
        QCOMPARE(out.size(), raw.size());
        QVERIFY(std::none_of(out.cbegin(), out.cend(), [](QChar c) { return c.isSurrogate(); }));
        QVERIFY(out.startsWith(u"Goal \ufffd\ufffd for Ash"_s));
    }

    void readsTheHeaderLine()
    {
        const QString text = u"date 2026-02-14 Inter edge Juve\n\nInter won."_s;
        const ProseText::Header header = ProseText::header(text);
        QCOMPARE(header.date, QDate(2026, 2, 14));
        QCOMPARE(header.headline, u"Inter edge Juve"_s);
        QCOMPARE(text.mid(header.headlineStart, header.headline.size()), header.headline);
        QCOMPARE(text.mid(header.bodyStart).trimmed(), u"Inter won."_s);
        QVERIFY(!ProseText::header(u"Inter won."_s).date.isValid());
    }

    void splitsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::addRow("two") << u"Ada scored. Kai replied."_s
                             << QStringList { u"Ada scored."_s, u"Kai replied."_s };
        QTest::addRow("initial") << u"D. Kinsombi scored late. It ended 2-1."_s
                                 << QStringList { u"D. Kinsombi scored late."_s,
                                                  u"It ended 2-1."_s };
        QTest::addRow("abbreviation")
                << u"They play at St. James Park. Fine."_s
                << QStringList { u"They play at St. James Park."_s, u"Fine."_s };
        QTest::addRow("lines are paragraphs") << u"First line\nSecond line"_s
                                              << QStringList { u"First line"_s, u"Second line"_s };
        QTest::addRow("crlf") << u"One.\r\n\r\nTwo."_s << QStringList { u"One."_s, u"Two."_s };
    }
    void splitsSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList found;
        for (const Sentence &s : SentenceSplitter::split(text, 0, -1, -1))
            found << text.mid(s.start, s.end - s.start);
        QCOMPARE(found, sentences);
    }

    // SentenceSplitter finds sentence ends itself in text of ASCII and Latin letters; they must
    // be where QTextBoundaryFinder puts them, on written lines and on lines of random pieces.
    void sentenceBoundariesAsQTextBoundaryFinder_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("empty") << QString();
        QTest::addRow("plain") << u"Ada scored. Kai replied! Who? Nobody."_s;
        QTest::addRow("no end") << u"Ada scored"_s;
        QTest::addRow("quote closes") << u"He said \"go.\" Then he went. (Later.) Fine"_s;
        QTest::addRow("decimal and initials")
                << u"It was 3.5 goals. The U.S. team. A. Smith won."_s;
        QTest::addRow("lower after a stop") << u"Ends in 2-1, i.e. a win. etc. and so on."_s;
        QTest::addRow("continues") << u"Wait. , she said. Go: now.. Really?! Yes... ok"_s;
        QTest::addRow("spaces at the end") << u"One.   "_s;
        QTest::addRow("return") << u"One.\rTwo\r three.\r"_s;
        QTest::addRow("accents") << u"Mbappé scored. Émile replied. ça va. Ørsted. ǅemal. ×2."_s;
        QTest::addRow("other scripts") << u"Он забил. Потом ушёл. «Да.» Итог — 2:1."_s;
        QTest::addRow("tabs and odd spaces") << u"One.\tTwo.\u000bThree.\u000cFour."_s;
        // Random lines from the characters that decide sentence ends (a fixed seed: the same
        // lines on every run).
        const QString alphabet = u"aZ1.!?\"'()[]{},:;- \t\rÉéǅƻ×#"_s;
        quint32 seed = 20261126;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        for (int row = 0; row < 1000; ++row) {
            QString line;
            const int length = int(next() % 24);
            for (int i = 0; i < length; ++i)
                line += alphabet.at(int(next() % alphabet.size()));
            QTest::addRow("random %d", row) << line;
        }
        if (TestData::haveShared(u"reports"_s)) {
            QDir dir(TestData::shared(u"reports"_s));
            for (const QString &name : dir.entryList({ u"*.txt"_s })) {
                const QStringList lines =
                        ProseText::normalized(QString::fromUtf8(TestData::read(dir.filePath(name))))
                                .split(u'\n');
                for (int i = 0; i < lines.size(); ++i)
                    QTest::addRow("%s line %d", qPrintable(name), i) << lines.at(i);
            }
        }
    }
    void sentenceBoundariesAsQTextBoundaryFinder()
    {
        QFETCH(QString, line);
        QList<int> expected;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
        while (finder.toNextBoundary() != -1)
            expected.append(int(finder.position()));
        QCOMPARE(SentenceSplitter::boundaries(line), expected);
    }

    // Pattern runs PCRE2 itself; every match, group and offset must be what QRegularExpression
    // gives for the same pattern and text.
    void patternMatchesAsQRegularExpression_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseless");
        QTest::addColumn<QString>("subject");
        QTest::addRow("minutes") << u"\\b(\\d+)(?:st|nd|rd|th)?(?:\\+(\\d+))?'?"_s << false
                                 << u"Goals in the 9th, 45+2' and 90th minutes."_s;
        QTest::addRow("unset middle group") << u"(a)|(b)(c)?"_s << false << u"abcab"_s;
        QTest::addRow("caseless, accents")
                << u"\\bmüller\\b"_s << true << u"MÜLLER passed to Müller."_s;
        QTest::addRow("empty matches") << u"x*"_s << false << u"axxb\u00e9x"_s;
        QTest::addRow("empty matches by a surrogate pair")
                << u"(?=.)"_s << false << u"a\U0001F600b"_s;
        QTest::addRow("anchored end") << u"\\bat\\s+$"_s << false << u"scored at "_s;
        QTest::addRow("no match") << u"red card"_s << true << u"A yellow card."_s;
        QTest::addRow("empty subject") << u"\\s*"_s << false << QString();
        // Word lists Pattern factors: the same matches, in the same order of preference.
        QTest::addRow("word list") << u"\\b(?:scored|scores|score|scoring)\\b"_s << true
                                   << u"He scores, she scored; Scoring, a score."_s;
        QTest::addRow("shorter first") << u"(?:score|scored)"_s << false << u"scored score"_s;
        QTest::addRow("longer first") << u"(?:scored|score)"_s << false << u"scored score"_s;
        QTest::addRow("prefix apart") << u"(?:ab|c|a|abc)(\\w*)"_s << false << u"abcd ab a c"_s;
        QTest::addRow("spaces and classes")
                << u"\\b(?:brought\\s+down|brought\\s+on|bring[\\s-]on|brings)\\b"_s << true
                << u"Brought  down, brought on, bring-on, brings."_s;
        QTest::addRow("quantified atoms do not merge")
                << u"(?:a+b|a+c|a?d)"_s << false << u"aab aac ad d"_s;
        QTest::addRow("nested and capturing")
                << u"\\b(?:in|on)\\s+the\\s+((?:first|fifth|fiftieth)\\s+(?:minute|min))"_s << false
                << u"in the fifth minute, on the fiftieth min"_s;
        QTest::addRow("lookbehind and lookahead")
                << u"(?<!the\\s)\\b(?:net|nets|netted)(?=\\s(?:a|an|the)\\b)"_s << false
                << u"the net the. he netted a goal, nets the"_s;
        QTest::addRow("alternatives of the whole pattern")
                << u"\\bcould\\s+(?:have|had)\\b|\\balmost\\b|\\bcut\\s+the\\s+gap\\b|;|,\\s*(?=but\\s)"_s
                << true << u"He could have; almost, but Could had. cut the gap, but"_s;
        QTest::addRow("escapes and tokens") << u"(?:\u27e6T(\\d+)\u27e7|\u27e6P(\\d+)\u27e7)'?s?"_s
                                            << false << u"\u27e6T0\u27e7's \u27e6P1\u27e7"_s;
    }
    void patternMatchesAsQRegularExpression()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseless);
        QFETCH(QString, subject);
        const auto options = caseless ? QRegularExpression::CaseInsensitiveOption
                                      : QRegularExpression::NoPatternOption;
        const QRegularExpression expected(pattern, options);
        const Pattern actual(pattern, options);
        QVERIFY(expected.isValid());
        QVERIFY(actual.isValid());
        auto describe = [](const auto &m) {
            QStringList groups;
            for (int g = 0; g <= m.lastCapturedIndex(); ++g)
                groups << u"%1:%2:%3"_s.arg(m.capturedStart(g))
                                  .arg(m.capturedEnd(g))
                                  .arg(m.captured(g).isNull() ? u"null"_s : m.captured(g));
            return groups.join(u' ');
        };
        QStringList want, got;
        for (auto it = expected.globalMatch(subject); it.hasNext();)
            want << describe(it.next());
        for (auto it = actual.globalMatch(subject); it.hasNext();)
            got << describe(it.next());
        QCOMPARE(got, want);
        QCOMPARE(actual.match(subject).hasMatch(), expected.match(subject).hasMatch());
        QCOMPARE(actual.foundIn(subject), subject.contains(expected));
        QCOMPARE(actual.removedFrom(subject), QString(subject).remove(expected));
        // From an offset inside the text (a character boundary, as the reader's offsets are).
        const qsizetype from = qMin<qsizetype>(3, subject.size());
        QCOMPARE(describe(actual.match(QStringView(subject), from)),
                 describe(expected.match(QStringView(subject), from)));
    }
    void factorsWordLists()
    {
        QCOMPARE(Pattern::factored(u"\\b(?:scored|scores|score)\\b"_s),
                 u"\\b(?:score(?:d|s|))\\b"_s);
        // Alternatives merge only with their neighbour: the order of trial stays as written.
        QCOMPARE(Pattern::factored(u"(?:ab|c|ad)"_s), u"(?:ab|c|ad)"_s);
        // A quantified atom does not merge, nor does a group; a lookahead is not factored; a
        // capturing group keeps what it captures.
        QCOMPARE(Pattern::factored(u"(?:\\s+a|\\s+b)"_s), u"(?:\\s+a|\\s+b)"_s);
        QCOMPARE(Pattern::factored(u"(?:(a)b|(a)c)"_s), u"(?:(a)b|(a)c)"_s);
        QCOMPARE(Pattern::factored(u"(ab|ac)(?=xy|xz)"_s), u"(a(?:b|c))(?=xy|xz)"_s);
        // The pattern's own alternatives share their \\b.
        QCOMPARE(Pattern::factored(u"\\balmost\\b|\\bnearly\\b|\\bcould\\s+(?:have|had)\\b"_s),
                 u"\\b(?:almost\\b|nearly\\b|could\\s+(?:ha(?:ve|d))\\b)"_s);
        QCOMPARE(Pattern::factored(u"[(](?:ab|ac)"_s), u"[(](?:a(?:b|c))"_s);
    }

    // A pattern whose text shows the words its matches begin with runs only at those words of
    // a sentence, and finds what QRegularExpression finds scanning the whole of it.
    void runsOnlyAtFirstWords_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addRow("word list") << u"\\b(?:scored|netted|to\\s+(?:fire|head))\\b"_s
                                   << u"He scored, then netted; rescored; to head, to fire"_s;
        QTest::addRow("after an accented letter")
                << u"\\b(?:scored|netted)"_s << u"\u00e9scored, caf\u00e9 netted, _scored"_s;
        QTest::addRow("digits and number words")
                << u"\\b(\\d{1,3}|ten|an?)\\s+minutes?"_s
                << u"In 10 minutes, an minute, a minute, ten minutes, x5 minutes"_s;
        QTest::addRow("optional first word") << u"\\b(?:just\\s+|only\\s+)?(\\d+)\\s+min"_s
                                             << u"just 5 min, only 7 min, 9 min, adjust 3 min"_s;
        QTest::addRow("a short word that may run into the next")
                << u"\\b(an?|\\d+)(?:\\s*(?:,|and)\\s*(\\d+))?[\\s-]minutes?"_s
                << u"an minute, aand 5 minutes, 3,4 minutes, a-minute, 2 and 3 minutes"_s;
        QTest::addRow("looking back")
                << u"(?<!the\\s)\\b(?:score|scores)\\b"_s << u"the score, to score, scores"_s;
    }
    void runsOnlyAtFirstWords()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QVERIFY(Pattern::beginsWithWord(pattern));
        const Pattern actual(pattern);
        QVERIFY(actual.runsAtWords());
        const QRegularExpression expected(pattern);
        const WordStarts words(subject);
        QStringList want, got;
        for (auto it = expected.globalMatch(subject); it.hasNext();) {
            const auto m = it.next();
            want << u"%1-%2"_s.arg(m.capturedStart()).arg(m.capturedEnd());
        }
        for (auto it = actual.globalMatch(subject, words); it.hasNext();) {
            const auto m = it.next();
            got << u"%1-%2"_s.arg(m.capturedStart()).arg(m.capturedEnd());
        }
        QCOMPARE(got, want);
        QVERIFY(!want.isEmpty());
        QCOMPARE(actual.match(subject, words).capturedStart(),
                 expected.match(subject).capturedStart());
    }

    void tellsWhenAMatchMayBeginAnywhere_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addRow("no boundary") << u"(?:scored|netted)"_s;
        QTest::addRow("a class first") << u"\\b[a-z]+ed\\b"_s;
        QTest::addRow("a short word that may go on") << u"\\bon(?:[a-z]+)"_s;
        QTest::addRow("one branch unknown") << u"\\bscored|\\w+ing"_s;
        QTest::addRow("a short word that may go on unknown") << u"\\ba\\s*x"_s;
        QTest::addRow("a token first") << u"\u27e6P\\d+\u27e7\\s+scored"_s;
    }
    void tellsWhenAMatchMayBeginAnywhere()
    {
        QFETCH(QString, pattern);
        QVERIFY(!Pattern::beginsWithWord(pattern));
        QVERIFY(!Pattern(pattern).runsAtWords());
    }

    void badPatternSaysWhy()
    {
        const Pattern broken(u"(unclosed"_s);
        QVERIFY(!broken.isValid());
        QVERIFY(broken.errorString().contains(u"offset"_s));
        QVERIFY(!broken.match(u"unclosed"_s).hasMatch());
        QVERIFY(!broken.globalMatch(u"unclosed"_s).hasNext());
    }
};

QTEST_GUILESS_MAIN(TestProseText)
#include "tst_prosetext.moc"
