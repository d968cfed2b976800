#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Whatever a person opens, the program answers within seconds with a view (exit code 0) or one
// line saying why not (exit code 2): never a crash, a hang, or a sanitizer report.
class TestNastyFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        qint64 ms = 0;
        QString err;
        QByteArray out;
    };
    static Run exportFile(const QStringList &extra, const QString &path)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(MATCHLINE_EXECUTABLE),
                      QStringList { u"--export"_s, u"json"_s } + extra + QStringList { path });
        Run r;
        r.finished = process.waitForFinished(60000);
        r.ms = timer.elapsed();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.err = QString::fromUtf8(process.readAllStandardError());
        r.out = process.readAllStandardOutput();
        if (!r.finished)
            process.kill();
        return r;
    }
    void check(const Run &r, const QString &name)
    {
        QVERIFY2(r.finished, qPrintable(name + u": did not finish"_s));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2,
                 qPrintable(name + u": exit code "_s + QString::number(r.exitCode) + u'\n' + r.err));
        QVERIFY2(!r.err.contains(u"Sanitizer"_s) && !r.err.contains(u"runtime error"_s),
                 qPrintable(r.err));
        if (r.exitCode == 2)
            QVERIFY2(r.err.trimmed().count(u'\n') == 0 && !r.err.trimmed().isEmpty(),
                     qPrintable(r.err));
        // Sanitizer builds run several times slower; the limit is for the build people use.
        const qint64 limit = qEnvironmentVariableIsSet("MATCHLINE_SANITIZED") ? 60000 : 5000;
        QVERIFY2(r.ms < limit, qPrintable(name + u" took "_s + QString::number(r.ms) + u" ms"_s));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Too big to keep in the repository: made here.
        QFile line(m_dir.filePath(u"one-line-10mb.txt"_s));
        QVERIFY(line.open(QIODevice::WriteOnly));
        const QByteArray chunk = "Tom Ash scored in the 9th minute and the crowd roared, ";
        for (qsizetype written = 0; written < 10 * 1024 * 1024; written += chunk.size())
            line.write(chunk);
        line.close();
        QFile deep(m_dir.filePath(u"nested-100000.json"_s));
        QVERIFY(deep.open(QIODevice::WriteOnly));
        deep.write(QByteArray(100000, '['));
        deep.write(QByteArray(100000, ']'));
        deep.close();
        QFile deepObject(m_dir.filePath(u"nested-object-100000.json"_s));
        QVERIFY(deepObject.open(QIODevice::WriteOnly));
        deepObject.write(QByteArray("{\"format\":\"matchline\",\"a\":").repeated(1)
                         + QByteArray("{\"a\":").repeated(100000));
        deepObject.close();
    }

    void everyFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expected"); // -1: either
        const QString nasty = TestData::fixture(u"nasty"_s);
        const QStringList files = QDir(nasty).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << nasty + u'/' + file << -1;
        QTest::addRow("one 10 MB line") << m_dir.filePath(u"one-line-10mb.txt"_s) << 2;
        QTest::addRow("array nested 100000 deep") << m_dir.filePath(u"nested-100000.json"_s) << 2;
        QTest::addRow("object nested 100000 deep")
                << m_dir.filePath(u"nested-object-100000.json"_s) << 2;
        QTest::addRow("a folder") << nasty << 2;
        QTest::addRow("missing") << nasty + u"/missing.txt"_s << 2;
    }
    void everyFile()
    {
        QFETCH(QString, path);
        QFETCH(int, expected);
        const Run r = exportFile({}, path);
        check(r, path);
        if (expected >= 0)
            QCOMPARE(r.exitCode, expected);
    }

    void aResultsFileWithAMissingColumn()
    {
        const Run r =
                exportFile({ u"--results"_s, TestData::fixture(u"nasty/missing-column.csv"_s) },
                           TestData::fixture(u"report-hibernian-aberdeen.txt"_s));
        check(r, u"results"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"FTAG"_s));
    }

    void namesSurviveARoundTrip()
    {
        // UTF-16 and Windows-1252 reports keep their names through the export and back.
        for (const QString &file : { u"utf16-bom.txt"_s, u"windows-1252.txt"_s }) {
            const Run r = exportFile({}, TestData::fixture(u"nasty/"_s + file));
            QCOMPARE(r.exitCode, 0);
            const QString json = QString::fromUtf8(r.out);
            QVERIFY2(json.contains(u"Thomas Müller"_s), qPrintable(file));
            if (file.startsWith(u"utf16"_s)) {
                QVERIFY(json.contains(u"Gündoğan"_s));
                QVERIFY(json.contains(u"Đoković"_s));
            }
            const QString saved = m_dir.filePath(file + u".json"_s);
            QFile out(saved);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(r.out);
            out.close();
            const Run again = exportFile({}, saved);
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(again.out, r.out);
        }
    }
};

QTEST_GUILESS_MAIN(TestNastyFiles)
#include "tst_nastyfiles.moc"
