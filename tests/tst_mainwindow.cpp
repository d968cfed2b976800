#include "eventdetailspanel.h"
#include "eventrows.h"
#include "eventfilterbar.h"
#include "eventfiltermodel.h"
#include "eventtable.h"
#include "mainwindow.h"
#include "matcheventmodel.h"
#include "matchloader.h"
#include "playhead.h"
#include "readers/reportreader.h"
#include "reporttextview.h"
#include "scoreboard.h"
#include "scrubbar.h"
#include "standingsmodel.h"
#include "standingspanel.h"
#include "testdata.h"
#include "timelineplot.h"

#include <QItemSelectionModel>
#include <QDockWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace Qt::Literals::StringLiterals;

// The window driven as a person drives it: clicks, drags and keys on the real widgets.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    int filteredRowOf(const QString &player, MatchEvent::Type type) const
    {
        return eventRow(m_window->filterModel(), player, type);
    }
    QCustomPlot *plot() const { return m_window->timeline()->plot(); }
    void settle()
    {
        QCoreApplication::processEvents();
        plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCoreApplication::processEvents();
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(TestData::fixture(u"derby.json"_s));
        QVERIFY(shown.wait(10000));
        settle();
    }
    void cleanup() { m_window.reset(); }

    void opensTheFileOffTheGuiThread()
    {
        QCOMPARE(m_window->eventModel()->rowCount(), 11);
        QVERIFY(m_window->windowTitle().contains(u"Harbour Town 2-2 Millbrook Rovers"_s));
        QCOMPARE(m_window->scoreboard()->scoreText(), u"2-2"_s);
        QCOMPARE(m_window->scoreboard()->timeText(), u"FT"_s);
        QCOMPARE(m_window->standingsPanel()->view()->model()->rowCount(), 2);
    }

    void clickingAMarkerSelectsTheRowAndShowsDetails()
    {
        const int row = filteredRowOf(u"Kai Moor"_s, MatchEvent::Type::PenaltyGoal);
        QVERIFY(row >= 0);
        const QRectF marker = m_window->timeline()->markerRect(row);
        QVERIFY(!marker.isEmpty());
        QTest::mouseClick(plot(), Qt::LeftButton, {}, marker.center().toPoint());
        const QModelIndex current = m_window->selectionModel()->currentIndex();
        QCOMPARE(current.row(), row);
        QVERIFY(m_window->selectionModel()->isRowSelected(row, {}));
        QCOMPARE(m_window->eventTable()->selectionModel()->selectedRows().first().row(), row);
        const QString details = m_window->detailsPanel()->text();
        QVERIFY2(details.contains(u"Kai Moor scored from the penalty spot for Millbrook Rovers"_s),
                 qPrintable(details));
        QVERIFY(details.contains(u"1-2"_s));
        QVERIFY(details.contains(u"71st minute"_s));
    }

    void selectingARowHighlightsTheMarker()
    {
        const int row = filteredRowOf(u"Tom Brae"_s, MatchEvent::Type::OwnGoal);
        QTableView *table = m_window->eventTable();
        const QRect cell =
                table->visualRect(table->model()->index(row, MatchEventModel::PlayerColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->selectionModel()->currentIndex().row(), row);
        const QString details = m_window->detailsPanel()->text();
        QVERIFY2(details.contains(u"own net"_s), qPrintable(details));
        QVERIFY(details.contains(u"counts for Millbrook Rovers"_s));
    }

    void draggingThePlayheadUpdatesTheScoreboard()
    {
        Playhead *playhead = m_window->playhead();
        TimelinePlot *timeline = m_window->timeline();
        const QPoint start = timeline->pixelForPosition(playhead->position());
        const QPoint to = timeline->pixelForPosition(30.5);
        QTest::mousePress(plot(), Qt::LeftButton, {}, start);
        QTest::mouseMove(plot(), timeline->pixelForPosition(60));
        QTest::mouseMove(plot(), to);
        QTest::mouseRelease(plot(), Qt::LeftButton, {}, to);
        QVERIFY(qAbs(playhead->position() - 30.5) < 0.3);
        QCOMPARE(m_window->scoreboard()->scoreText(), u"1-0"_s);
        QVERIFY(m_window->scoreboard()->timeText().startsWith(u"3"_s));
        // Rows after the playhead are dimmed in the table.
        const int later = filteredRowOf(u"Kai Moor"_s, MatchEvent::Type::PenaltyGoal);
        QVERIFY(!m_window->filterModel()->index(later, 0).data(MatchEventModel::PlayedRole).toBool());
        // Scrubbing past the own goal at 45+2 makes it 1-1.
        QTest::mousePress(plot(), Qt::LeftButton, {}, to);
        QTest::mouseMove(plot(), timeline->pixelForPosition(47.5));
        QTest::mouseRelease(plot(), Qt::LeftButton, {}, timeline->pixelForPosition(47.5));
        QCOMPARE(m_window->scoreboard()->scoreText(), u"1-1"_s);
    }

    void keysMoveThePlayhead()
    {
        Playhead *playhead = m_window->playhead();
        m_window->eventTable()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(playhead->position(), 0.0);
        QCOMPARE(m_window->scoreboard()->scoreText(), u"0-0"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(playhead->position(), 1.0);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(playhead->position(), 6.0);
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(playhead->position(), 5.0);
        // Next event: Ada Lind's goal at 12'.
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(playhead->time().label(), u"12'"_s);
        QCOMPARE(m_window->scoreboard()->scoreText(), u"1-0"_s);
        const QModelIndex current = m_window->selectionModel()->currentIndex();
        QCOMPARE(current.data(MatchEventModel::PlayerRole).toString(), u"Ada Lind"_s);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(playhead->time().label(), u"30'"_s);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(playhead->time().label(), u"12'"_s);
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(playhead->position(), m_window->eventModel()->timeScale().end());
    }

    void theSliderMovesThePlayhead()
    {
        QSlider *slider = m_window->scrubBar()->slider();
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        slider->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QCOMPARE(m_window->playhead()->position(), 5.0);
        // The slider follows the playhead when something else moves it.
        m_window->playhead()->setPosition(20);
        QCOMPARE(slider->value(), 20 * 60);
    }

    void hoveringThePlayheadShowsTheResizeCursor()
    {
        const QPoint at = m_window->timeline()->pixelForPosition(m_window->playhead()->position());
        QTest::mouseMove(plot(), at + QPoint(0, -40));
        QTest::mouseMove(plot(), at);
        QCOMPARE(plot()->cursor().shape(), Qt::SizeHorCursor);
    }

    void badFileGivesAMessage()
    {
        QSignalSpy failed(m_window->loader(), &MatchLoader::failed);
        m_window->openFile(TestData::fixture(u"truncated.json"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(m_window->lastError().contains(u"truncated.json"_s));
        QMessageBox *box = m_window->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"Not valid JSON"_s));
        box->close();
        // The match that was open stays open.
        QCOMPARE(m_window->eventModel()->rowCount(), 11);
    }

    void theReportTextFollowsTheSelectionBothWays()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(TestData::fixture(u"report-hibernian-aberdeen.txt"_s));
        QVERIFY(shown.wait(10000));
        ReportTextView *report = m_window->reportView();
        QVERIFY(report->toPlainText().contains(u"Lucas Moreau heading the winner"_s));
        // Selecting Falk's goal scrolls the report to the sentence it was read from.
        const int row = filteredRowOf(u"Jonas Falk"_s, MatchEvent::Type::Goal);
        m_window->selectionModel()->setCurrentIndex(m_window->filterModel()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        const int start = report->selectedEvidenceStart();
        QVERIFY(start >= 0);
        QVERIFY(report->toPlainText().mid(start).startsWith(
                u"Aberdeen went ahead in the 12th minute"_s));
        QVERIFY(m_window->detailsPanel()->text().contains(
                u"Aberdeen went ahead in the 12th minute"_s));
        // Clicking the sentence about Reid's equaliser selects that goal.
        report->show();
        m_window->findChildren<QDockWidget *>().first()->show();
        const int at = int(report->toPlainText().indexOf(u"Hibernian levelled"_s)) + 5;
        QTextCursor cursor(report->document());
        cursor.setPosition(at);
        const QPoint point = report->cursorRect(cursor).center();
        QTest::mouseClick(report->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_window->selectionModel()
                         ->currentIndex()
                         .data(MatchEventModel::PlayerRole)
                         .toString(),
                 u"Callum Reid"_s);
    }

    void theLeagueTableFollowsThePlayhead()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        QSignalSpy offered(m_window->loader(), &MatchLoader::resultsOffered);
        m_window->openFile(TestData::fixture(u"report-hibernian-aberdeen.txt"_s));
        QVERIFY(shown.wait(10000));
        // The season's results beside the report are offered; one click uses them.
        QVERIFY(offered.count() > 0 || offered.wait(10000));
        StandingsPanel *panel = m_window->standingsPanel();
        QVERIFY(panel->offerButton()->isVisible());
        QSignalSpy results(m_window.get(), &MainWindow::resultsShown);
        QTest::mouseClick(panel->offerButton(), Qt::LeftButton);
        QVERIFY(results.wait(10000));
        QAbstractItemModel *table = panel->view()->model();
        QCOMPARE(table->rowCount(), 4);
        auto top = [&]() -> QString {
            return table->index(0, StandingsModel::TeamColumn).data().toString() + u' '
                    + table->index(0, StandingsModel::PointsColumn).data().toString();
        };
        QCOMPARE(top(), u"Hibernian 7"_s);
        // The report's 24 and 29 points disagree with this file: the panel says so.
        QVERIFY(panel->disagreementText().contains(u"24"_s));
        // Drag the playhead back to the 30th minute, after Aberdeen's goal: Aberdeen top.
        settle();
        TimelinePlot *timeline = m_window->timeline();
        const QPoint from = timeline->pixelForPosition(m_window->playhead()->position());
        QTest::mousePress(plot(), Qt::LeftButton, {}, from);
        QTest::mouseMove(plot(), timeline->pixelForPosition(30));
        QTest::mouseRelease(plot(), Qt::LeftButton, {}, timeline->pixelForPosition(30));
        QCOMPARE(m_window->scoreboard()->scoreText(), u"0-1"_s);
        QCOMPARE(top(), u"Aberdeen 8"_s);
        // Across Reid's equaliser at 47': both on a point.
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->scoreboard()->scoreText(), u"1-1"_s);
        QCOMPARE(top(), u"Celtic 6"_s);
        QVERIFY(panel->caption().contains(u"1-1"_s));
    }

    void providerDataShowsChartsAndAShotIsClickable()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(TestData::fixture(u"statsbomb-mini.json"_s));
        QVERIFY(shown.wait(10000));
        settle();
        TimelinePlot *timeline = m_window->timeline();
        QVERIFY(timeline->chartsShown());
        QCOMPARE(m_window->scoreboard()->xgText(), u"xG 0.76 \u2013 1.84"_s);
        // Ivo Renn's saved shot at 71' on the xG chart.
        int row = -1;
        for (int r = 0; r < m_window->eventModel()->rowCount(); ++r) {
            const MatchEvent &e = m_window->eventModel()->event(r);
            if (e.player == u"Ivo Renn"_s && e.type == MatchEvent::Type::Chance)
                row = r;
        }
        QVERIFY(row >= 0);
        const QPointF point = timeline->xgPoint(row);
        QVERIFY(!point.isNull());
        QTest::mouseClick(plot(), Qt::LeftButton, {}, point.toPoint());
        QCOMPARE(m_window->selectionModel()
                         ->currentIndex()
                         .data(MatchEventModel::PlayerRole)
                         .toString(),
                 u"Ivo Renn"_s);
        const QString details = m_window->detailsPanel()->text();
        QVERIFY2(details.contains(u"xG): 0.12"_s), qPrintable(details));
        QVERIFY(details.contains(u"Saved"_s));
        // At half-time the xG beside the score is the first half's.
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        for (int i = 0; i < 45; ++i)
            QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_window->scoreboard()->xgText(), u"xG 0.31 \u2013 0.00"_s);
    }

    void filtersShowTheSameEventsInTheListAndOnTheTimeline()
    {
        EventFilterBar *bar = m_window->filterBar();
        // Pick "Goals" with the keyboard, as a user would.
        bar->kindBox()->setFocus();
        QTest::keyClick(bar->kindBox(), Qt::Key_Down);
        QCOMPARE(bar->kindBox()->currentText(), u"Goals"_s);
        QCOMPARE(m_window->filterModel()->rowCount(), 4);
        settle();
        for (int row = 0; row < 4; ++row)
            QVERIFY(!m_window->timeline()->markerRect(row).isEmpty());
        QVERIFY(m_window->timeline()->markerRect(4).isEmpty());
        // Millbrook Rovers only.
        bar->teamBox()->setFocus();
        QTest::keyClick(bar->teamBox(), Qt::Key_Down);
        QTest::keyClick(bar->teamBox(), Qt::Key_Down);
        QCOMPARE(bar->teamBox()->currentText(), u"Millbrook Rovers"_s);
        QCOMPARE(m_window->filterModel()->rowCount(), 2); // the own goal counts for them
        // A player, typed, with both teams again.
        QTest::keyClick(bar->teamBox(), Qt::Key_Up);
        QTest::keyClick(bar->teamBox(), Qt::Key_Up);
        QCOMPARE(bar->teamBox()->currentText(), u"Both teams"_s);
        QTest::keyClicks(bar->playerEdit(), u"ada"_s);
        QCOMPARE(m_window->filterModel()->rowCount(), 1);
        QCOMPARE(m_window->filterModel()->index(0, 0).data(MatchEventModel::PlayerRole).toString(),
                 u"Ada Lind"_s);
        QVERIFY(bar->playerEdit()->completer()->completionCount() >= 1);
        // Up to the playhead: nothing at kick-off.
        bar->playerEdit()->clear();
        QTest::mouseClick(bar->upToPlayheadBox(), Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(m_window->filterModel()->rowCount(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(m_window->filterModel()->rowCount(), 4);
    }

    // A dark palette switched on while the window is open: the timeline follows it at once.
    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x15));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        settle();

        const QImage image = plot()->grab().toImage();
        const QRect area = plot()->axisRect()->rect();
        // The background of the lanes (a corner, away from markers) is the dark base.
        const QColor background = image.pixelColor(area.left() + 3, area.top() + 3);
        QVERIFY2(background.lightness() < 60, qPrintable(background.name()));
        // Period lines and their labels stand out from it, and so do the axis labels.
        bool sawPeriod = false;
        for (int i = 0; i < plot()->itemCount(); ++i) {
            auto *line = qobject_cast<QCPItemStraightLine *>(plot()->item(i));
            if (!line)
                continue;
            sawPeriod = true;
            QVERIFY(line->pen().color().lightness() - background.lightness() > 70);
        }
        QVERIFY(sawPeriod);
        QVERIFY(plot()->xAxis->tickLabelColor().lightness() > 180);
        QVERIFY(plot()->graph(0)->pen().color().lightness() - background.lightness() > 70);

        QApplication::setPalette(light);
        settle();
        const QColor back = plot()->grab().toImage().pixelColor(area.left() + 3, area.top() + 3);
        QVERIFY2(back.lightness() > 200, qPrintable(back.name()));
    }

    // One report after another: a wire report of a final told winner first opens with its
    // score the right way round and nothing to warn about; then a report whose goals do not add
    // up to its score says so in the Warnings panel, and clicking the warning about a goal
    // shows that goal's sentence in the report.
    void reportsOneAfterAnotherShowTheirScoreAndWarnings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QString &text) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(text.toUtf8());
            return file.fileName();
        };
        const QString final = write(
                u"final.txt"_s,
                u"date 2024-07-14 Fulham crowned champions\n\n"
                "LISBON (Reuters) - Fulham won the Atlantic Cup on Sunday, beating Everton 4-2.\n\n"
                "Fulham took the lead in the 18th minute when Everton defender Tom Ash headed a "
                "Sam Cole free kick into his own net. Everton levelled 10 minutes later through "
                "Leo Dunn.\n\n"
                "Ian Bell restored Fulham's lead with a penalty in the 38th minute. Bell's second arrived in the 65th minute and Jack Hart added a fourth four minutes later. Mark Lowe pulled one back for Everton in the 80th minute.\n"_s);
        const QString unfinished =
                write(u"unfinished.txt"_s,
                      u"date 2024-03-02 Everton 1-0 Fulham\n\n"
                      "Everton beat Fulham 1-0 on Saturday. Tom Ash scored in the 10th minute.\n\n"
                      "Leo Dunn added a second in the 50th minute.\n"_s);
        QVERIFY(!final.isEmpty() && !unfinished.isEmpty());

        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(final);
        QVERIFY(shown.wait(10000));
        settle();
        const bool fulhamHome = m_window->windowTitle().contains(u"Fulham 4-2 Everton"_s);
        QVERIFY2(fulhamHome || m_window->windowTitle().contains(u"Everton 2-4 Fulham"_s),
                 qPrintable(m_window->windowTitle()));
        QCOMPARE(m_window->scoreboard()->scoreText(), fulhamHome ? u"4-2"_s : u"2-4"_s);
        QCOMPARE(m_window->eventModel()->rowCount(), 6);
        QCOMPARE(eventRow(m_window->eventModel(), u"Sam Cole"_s, MatchEvent::Type::OwnGoal), -1);
        QVERIFY(eventRow(m_window->eventModel(), u"Tom Ash"_s, MatchEvent::Type::OwnGoal) >= 0);
        QCOMPARE(m_window->warningsList()->count(), 0);

        m_window->openFile(unfinished);
        QVERIFY(shown.wait(10000));
        settle();
        QVERIFY(m_window->windowTitle().contains(u"Everton"_s));
        QListWidget *warnings = m_window->warningsList();
        QStringList messages;
        for (int i = 0; i < warnings->count(); ++i)
            messages << warnings->item(i)->text();
        // One of the two goals is left out, so that they add up to 1-0, and the panel says which.
        QCOMPARE(m_window->eventModel()->rowCount(), 1);
        QCOMPARE(warnings->count(), 1);
        QVERIFY2(messages.first().startsWith(u"Left out the goal by "_s),
                 qPrintable(messages.first()));
        // The first file's events are gone.
        QCOMPARE(eventRow(m_window->eventModel(), u"Mark Lowe"_s, MatchEvent::Type::Goal), -1);

        // Clicking the warning selects the sentence of the goal left out in the report.
        QListWidgetItem *item = warnings->item(0);
        const int offset = item->data(Qt::UserRole).toInt();
        QVERIFY(offset >= 0);
        warnings->parentWidget()->show();
        warnings->show();
        QTest::mouseClick(warnings->viewport(), Qt::LeftButton, {},
                          warnings->visualItemRect(item).center());
        const QTextCursor cursor = m_window->reportView()->textCursor();
        const QString selected = cursor.selectedText();
        QVERIFY(cursor.selectionStart() <= offset && offset < cursor.selectionEnd());
        QVERIFY2(selected.endsWith(u"minute."_s), qPrintable(selected));
        const QString leftOut =
                messages.first().contains(u"Tom Ash"_s) ? u"Tom Ash"_s : u"Leo Dunn"_s;
        QVERIFY2(selected.startsWith(leftOut), qPrintable(selected));
    }

    void aLaterOpenSupersedesAnEarlierOne()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::matchShown);
        m_window->openFile(TestData::fixture(u"truncated.json"_s));
        m_window->openFile(TestData::fixture(u"report-hibernian-aberdeen.txt"_s));
        QVERIFY(shown.wait(10000));
        m_window->loader()->waitForFinished();
        QCoreApplication::processEvents();
        QVERIFY(m_window->lastError().isEmpty());
        QVERIFY(m_window->findChild<QMessageBox *>() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
