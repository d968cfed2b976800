#include "eventdetailspanel.h"
#include "eventrows.h"
#include "eventfiltermodel.h"
#include "eventtable.h"
#include "mainwindow.h"
#include "matchdocument.h"
#include "matcheventmodel.h"
#include "matchloader.h"
#include "playhead.h"
#include "readers/eventscsvwriter.h"
#include "readers/matchjsonwriter.h"
#include "readers/reportreader.h"
#include "replaycontroller.h"
#include "scoreboard.h"
#include "testdata.h"
#include "timelineexporter.h"
#include "timelineplot.h"

#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace Qt::Literals::StringLiterals;

// Writes refuse after a few bytes, as a full disk would.
class FullDiskSaveFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_written > 64)
            return -1;
        m_written += len;
        return QSaveFile::writeData(data, qMin<qint64>(len, 64));
    }

private:
    qint64 m_written = 0;
};

// Correcting what was read, keeping it, and taking it out of the program: as a person does.
class TestEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_opened;

    int rowOf(const QString &player, MatchEvent::Type type) const
    {
        return eventRow(m_window->filterModel(), player, type);
    }
    void typeIntoCell(int row, int column, const QString &text)
    {
        QTableView *table = m_window->eventTable();
        const QModelIndex index = table->model()->index(row, column);
        table->scrollTo(index);
        const QRect cell = table->visualRect(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex(), index);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"MatchlineTests"_s);
        QSettings().clear();
        // Work on a copy: the original fixture is never touched anyway, but this is the file
        // the window "opened".
        m_opened = m_dir.filePath(u"derby.json"_s);
        QFile::copy(TestData::fixture(u"derby.json"_s), m_opened);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(m_opened);
        QVERIFY(shown.wait(10000));
        QCoreApplication::processEvents();
    }
    void cleanup()
    {
        // Nothing to keep: discard edits without a question.
        m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void editACellAndUndoIt()
    {
        const int row = rowOf(u"Kai Moor"_s, MatchEvent::Type::PenaltyGoal);
        typeIntoCell(row, MatchEventModel::PlayerColumn, u"Kai Moore"_s);
        QCOMPARE(
                m_window->filterModel()->index(row, MatchEventModel::PlayerColumn).data().toString(),
                u"Kai Moore"_s);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(
                m_window->filterModel()->index(row, MatchEventModel::PlayerColumn).data().toString(),
                u"Kai Moor"_s);
        QVERIFY(!m_window->isWindowModified());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(
                m_window->filterModel()->index(row, MatchEventModel::PlayerColumn).data().toString(),
                u"Kai Moore"_s);
    }

    void aNewTimeMovesTheEventAndTheScores()
    {
        // Noor Vale's 90+4 equaliser moved to the 20th minute: 2-0 by then, 2-2 at the end.
        const int row = rowOf(u"Noor Vale"_s, MatchEvent::Type::Goal);
        typeIntoCell(row, MatchEventModel::TimeColumn, u"20"_s);
        const int moved = rowOf(u"Noor Vale"_s, MatchEvent::Type::Goal);
        QVERIFY(moved < row);
        QCOMPARE(
                m_window->filterModel()->index(moved, MatchEventModel::TimeColumn).data().toString(),
                u"20'"_s);
        QCOMPARE(
                m_window->filterModel()->index(moved, MatchEventModel::ScoreColumn).data().toString(),
                u"2-0"_s);
        m_window->playhead()->setPosition(21);
        QCOMPARE(m_window->scoreboard()->scoreText(), u"2-0"_s);
        // Added time typed as such.
        typeIntoCell(moved, MatchEventModel::TimeColumn, u"45+1"_s);
        QCOMPARE(m_window->filterModel()
                         ->index(rowOf(u"Noor Vale"_s, MatchEvent::Type::Goal),
                                 MatchEventModel::TimeColumn)
                         .data()
                         .toString(),
                 u"45+1'"_s);
    }

    void f2EditsAfterARowMoved()
    {
        const int row = rowOf(u"Noor Vale"_s, MatchEvent::Type::Goal);
        typeIntoCell(row, MatchEventModel::TimeColumn, u"20"_s);
        QTableView *table = m_window->eventTable();
        const QModelIndex other = table->model()->index(
                rowOf(u"Piet Saar"_s, MatchEvent::Type::YellowCard), MatchEventModel::DetailColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    }

    void correctAnEventInTheDetailsPanel()
    {
        const int row = rowOf(u"Piet Saar"_s, MatchEvent::Type::YellowCard);
        m_window->selectionModel()->setCurrentIndex(m_window->filterModel()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        EventDetailsPanel *details = m_window->detailsPanel();
        QCOMPARE(details->playerEdit()->text(), u"Piet Saar"_s);
        details->playerEdit()->selectAll();
        QTest::keyClicks(details->playerEdit(), u"Pieter Saar"_s);
        details->timeEdit()->selectAll();
        QTest::keyClicks(details->timeEdit(), u"45+1"_s);
        QTest::mouseClick(details->applyButton(), Qt::LeftButton);
        const int moved = rowOf(u"Pieter Saar"_s, MatchEvent::Type::YellowCard);
        QVERIFY(moved >= 0);
        QCOMPARE(
                m_window->filterModel()->index(moved, MatchEventModel::TimeColumn).data().toString(),
                u"45+1'"_s);
        QVERIFY(details->text().contains(u"Pieter Saar was shown a yellow card"_s));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(rowOf(u"Piet Saar"_s, MatchEvent::Type::YellowCard) >= 0);
    }

    void addAndDeleteEvents()
    {
        MatchEventModel *model = m_window->eventModel();
        const int before = model->rowCount();
        m_window->playhead()->setPosition(30.5);
        QTest::keyClick(m_window.get(), Qt::Key_Insert);
        // The new row opens for typing the player.
        QWidget *editor = QApplication::focusWidget();
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        QTest::keyClicks(line, u"Ada Lind"_s);
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), before + 1);
        // A goal for nobody yet: give it to Harbour Town; the score after it becomes 2-0.
        const int row = rowOf(u"Ada Lind"_s, MatchEvent::Type::Goal) + 1;
        Q_UNUSED(row)
        int added = -1;
        for (int r = 0; r < m_window->filterModel()->rowCount(); ++r) {
            const QModelIndex i = m_window->filterModel()->index(r, 0);
            if (i.data(MatchEventModel::PlayerRole).toString() == u"Ada Lind"
                && i.data(MatchEventModel::TimeLabelRole).toString() == u"30'")
                added = r;
        }
        QVERIFY(added >= 0);
        m_window->filterModel()->setData(
                m_window->filterModel()->index(added, MatchEventModel::TeamColumn), int(Side::Home));
        QCOMPARE(
                m_window->filterModel()->index(added, MatchEventModel::ScoreColumn).data().toString(),
                u"2-0"_s);
        QCOMPARE(model->scoreAfter(model->rowCount() - 1), (Score { 3, 2 }));
        // Delete it from the list with the Delete key.
        QTableView *table = m_window->eventTable();
        table->setFocus();
        m_window->selectionModel()->setCurrentIndex(m_window->filterModel()->index(added, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(model->scoreAfter(model->rowCount() - 1), (Score { 2, 2 }));
        // Every step undoes.
        QUndoStack *undo = m_window->document()->undoStack();
        QCOMPARE(undo->count(), 4);
        undo->undo();
        QCOMPARE(model->rowCount(), before + 1);
        undo->undo();
        undo->undo();
        undo->undo();
        QCOMPARE(model->rowCount(), before);
        QVERIFY(!m_window->isWindowModified());
    }

    void saveThenReopenGivesTheSameMatch()
    {
        const int row = rowOf(u"Ada Lind"_s, MatchEvent::Type::Goal);
        typeIntoCell(row, MatchEventModel::AssistColumn, u"Tom Brae"_s);
        MatchDocument *document = m_window->document();
        // Never over the file that was opened.
        QVERIFY(!document->saveTo(m_opened).isEmpty());
        QCOMPARE(TestData::read(m_opened), TestData::read(TestData::fixture(u"derby.json"_s)));
        const QString saved = m_dir.filePath(u"edited.json"_s);
        QCOMPARE(document->saveTo(saved), QString());
        QVERIFY(!m_window->isWindowModified());
        const Match edited = m_window->eventModel()->match();
        const ReadResult back = ReportReader::readFile(saved);
        QVERIFY(back.ok());
        QVERIFY(back.match == edited);
        QVERIFY(document->recentFiles().contains(QFileInfo(saved).absoluteFilePath()));
    }

    void aFailedSaveLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(u"kept.json"_s);
        const QByteArray old = "{ \"an old\": \"file\" }";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        FullDiskSaveFile failing(path);
        const QString error = MatchJsonWriter::save(m_window->eventModel()->match(), failing);
        QVERIFY(!error.isEmpty());
        QCOMPARE(TestData::read(path), old);
    }

    void ctrlWheelZoomsAroundTheMouse()
    {
        TimelinePlot *timeline = m_window->timeline();
        QCustomPlot *plot = timeline->plot();
        const QPoint at = timeline->pixelForPosition(30);
        const double before = timeline->positionForPixel(at.x());
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        const auto range = timeline->visibleRange();
        QVERIFY(range.second - range.first < 70); // zoomed in from the whole match
        QVERIFY(qAbs(timeline->positionForPixel(at.x()) - before) < 0.05); // the minute stays put
        // The plain wheel pans; Fit Match shows everything again.
        QWheelEvent pan(at, plot->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &pan);
        QVERIFY(timeline->visibleRange().first > range.first);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(timeline->visibleRange().second - timeline->visibleRange().first > 90);
    }

    void replayAdvancesThePlayhead()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QVERIFY(m_window->replay()->isPlaying());
        QTest::qWait(500);
        const double after = m_window->playhead()->position();
        QVERIFY2(after > 0.2 && after < 1.5,
                 qPrintable(QString::number(after))); // about a minute a second
        QTest::keyClick(m_window.get(), Qt::Key_L); // faster
        QCOMPARE(m_window->replay()->speed(), 2.0);
        QTest::keyClick(m_window.get(), Qt::Key_K);
        QVERIFY(!m_window->replay()->isPlaying());
        const double stopped = m_window->playhead()->position();
        QTest::qWait(100);
        QCOMPARE(m_window->playhead()->position(), stopped);
        QTest::keyClick(m_window.get(), Qt::Key_J); // backwards
        QTest::qWait(300);
        QVERIFY(m_window->playhead()->position() < stopped);
        QTest::keyClick(m_window.get(), Qt::Key_K);
    }

    void droppingAFileOpensIt()
    {
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(TestData::fixture(u"report-hibernian-aberdeen.txt"_s)) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(shown.wait(10000));
        QCOMPARE(m_window->eventModel()->match().homeTeam, u"Hibernian"_s);
    }

    void exportsCarryTheMatch()
    {
        const Match &match = m_window->eventModel()->match();
        TimelinePlot *timeline = m_window->timeline();
        const QString score = m_window->scoreboard()->scoreText();
        for (const QString &name : { u"t.png"_s, u"t.svg"_s, u"t.pdf"_s }) {
            const QString path = m_dir.filePath(name);
            QCOMPARE(TimelineExporter::save(timeline, match, score, path,
                                            TimelineExporter::formatFor(path)),
                     QString());
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(name));
        }
        const QImage image(m_dir.filePath(u"t.png"_s));
        QVERIFY(image.width() >= timeline->plot()->width());
        const QString svg = QString::fromUtf8(TestData::read(m_dir.filePath(u"t.svg"_s)));
        QVERIFY(svg.contains(u"Harbour Town 2-2 Millbrook Rovers"_s));
        QVERIFY(TestData::read(m_dir.filePath(u"t.pdf"_s)).startsWith("%PDF"));
        const QStringList csv =
                QString::fromUtf8(EventsCsvWriter::write(match)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + 11);
        QVERIFY(csv.at(0).startsWith(u"time,minute,added"_s));
        QVERIFY(csv.contains(u"71',71,0,2,Millbrook Rovers,away,penalty_goal,Kai Moor,,,1,2,"_s));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
