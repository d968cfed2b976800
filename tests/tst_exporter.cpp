#include "testdata.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The headless side of the program, run as a user runs it.
class TestExporter : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s); // the exporter must not need a display
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MATCHLINE_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(),
                 process.readAllStandardError() };
    }

private slots:
    void exportsJson()
    {
        const QString path = TestData::fixture(u"derby.json"_s);
        const QByteArray before = TestData::read(path);
        const Run r = run({ u"--export"_s, u"json"_s, path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root[u"home"_s][u"name"_s].toString(), u"Harbour Town"_s);
        QCOMPARE(root[u"events"_s].toArray().size(), 11);
        QCOMPARE(root[u"final_score"_s][u"home"_s].toInt(), 2);
        // The file the user opened is never written.
        QCOMPARE(TestData::read(path), before);
    }

    void refusesWithOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << TestData::fixture(u"no-such-file.txt"_s) << u"Cannot open"_s;
        QTest::addRow("truncated JSON")
                << TestData::fixture(u"truncated.json"_s) << u"truncated.json:1"_s;
        QTest::addRow("newer version")
                << TestData::fixture(u"newer-version.json"_s) << u"version 99"_s;
        QTest::addRow("a folder") << TestData::fixture(QString()) << u"folder"_s;
    }
    void refusesWithOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const Run r = run({ u"--export"_s, u"json"_s, file });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(u'\n'), 0);
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void screenshotRendersTheWindow()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"shot.png"_s);
        const Run r = run({ u"--screenshot"_s, out, TestData::fixture(u"derby.json"_s) });
        QCOMPARE(r.exitCode, 0);
        const QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        // Not a blank image: the window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
