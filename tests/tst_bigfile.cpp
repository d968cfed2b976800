#include "mainwindow.h"
#include "matcheventmodel.h"
#include "matchloader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

// A 300 MB season of events opens off the GUI thread: the window keeps repainting and answering
// while it is read and parsed, the load can be cancelled, and the file is refused with a message
// saying what it holds, not a freeze.
class TestBigFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path; // 300 MB of events: read and parsed, refused for its number of events
    QString m_huge; // 600 MB (sparse): refused by its size before it is read

    static void writeEvents(const QString &path, qint64 bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray event =
                R"({"id":"x","period":1,"minute":1,"second":2,"type":{"id":30,"name":"Pass"},"team":{"id":1,"name":"A"},"location":[60.0,40.0]},)";
        QByteArray block;
        for (int i = 0; i < 10000; ++i)
            block += event;
        file.write("[");
        while (file.size() < bytes)
            file.write(block);
        file.write(R"({"period":2,"minute":90,"type":{"name":"Half End"}}])");
    }

    // Opens a file and measures the longest gap between ticks of a 5 ms timer on the GUI thread
    // until the load is over.
    static qint64 longestStall(MainWindow &window, const QString &path)
    {
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
            const qint64 now = clock.elapsed();
            longest = qMax(longest, now - last);
            last = now;
        });
        QSignalSpy failed(window.loader(), &MatchLoader::failed);
        clock.start();
        ticker.start();
        window.openFile(path);
        if (!failed.wait(300000))
            return -1;
        ticker.stop();
        qInfo("%s: longest event-loop stall %lld ms, load %lld ms",
              qPrintable(QFileInfo(path).fileName()), longest, clock.elapsed());
        return longest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"season-of-events.json"_s);
        writeEvents(m_path, 300LL * 1024 * 1024);
        m_huge = m_dir.filePath(u"huge.json"_s);
        QFile huge(m_huge);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(R"([{"period":1,"minute":0,"type":{"name":"Pass"}},)");
        QVERIFY(huge.resize(600LL * 1024 * 1024));
    }

    void theWindowKeepsAnsweringWhileItLoads()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Read and parsed off the GUI thread, then refused for what it holds.
        const qint64 parsed = longestStall(window, m_path);
        QVERIFY(parsed >= 0);
        QVERIFY2(parsed < 100, qPrintable(QString::number(parsed)));
        QVERIFY2(window.lastError().contains(u"events"_s), qPrintable(window.lastError()));
        QVERIFY(!window.cancelButton()->isVisible());
        // Beyond the limit: refused by its size, before it is read.
        const qint64 refused = longestStall(window, m_huge);
        QVERIFY(refused >= 0);
        QVERIFY2(refused < 100, qPrintable(QString::number(refused)));
        QVERIFY2(window.lastError().contains(u"512 MB"_s), qPrintable(window.lastError()));
    }

    void aLoadCanBeCancelled()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy cancelled(window.loader(), &MatchLoader::cancelled);
        QSignalSpy failed(window.loader(), &MatchLoader::failed);
        window.openFile(m_path);
        QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!window.cancelButton()->isVisible());
        window.loader()->waitForFinished();
        QCoreApplication::processEvents();

        // Esc cancels too, while a file is loading.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openFile(m_path);
        QVERIFY(window.cancelButton()->isVisible());
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_COMPARE(cancelled.count(), 2); // a button's shortcut animates the click first
        QVERIFY(!window.cancelButton()->isVisible());
        window.loader()->waitForFinished();
        QCoreApplication::processEvents();
        // The reading thread's answer arrives and is thrown away.
        QCOMPARE(failed.count(), 0);
        QVERIFY(window.findChild<QMessageBox *>() == nullptr);
        QVERIFY(window.lastError().isEmpty());
    }
};

QTEST_MAIN(TestBigFile)
#include "tst_bigfile.moc"
