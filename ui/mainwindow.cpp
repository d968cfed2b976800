#include "mainwindow.h"

#include "eventcommands.h"
#include "matchdocument.h"
#include "readers/eventscsvwriter.h"
#include "replaycontroller.h"
#include "timelineexporter.h"
#include "eventdetailspanel.h"
#include "eventfilterbar.h"
#include "eventfiltermodel.h"
#include "eventtable.h"
#include "matcheventmodel.h"
#include "matchloader.h"
#include "playhead.h"
#include "reporttextview.h"
#include "scoreboard.h"
#include "scrubbar.h"
#include "standingsmodel.h"
#include "standingspanel.h"
#include "timelineplot.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTableWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_playhead(new Playhead(this))
    , m_events(new MatchEventModel(m_playhead, this))
    , m_filtered(new EventFilterModel(this))
    , m_selection(new QItemSelectionModel(m_filtered, this))
    , m_standings(new StandingsModel(this))
    , m_loader(new MatchLoader(this))
{
    m_filtered->setSourceModel(m_events);
    m_replay = new ReplayController(m_playhead, this);
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scoreboard = new Scoreboard(m_events, m_playhead, central);
    m_timeline = new TimelinePlot(m_events, m_filtered, m_selection, m_playhead, central);
    m_scrubBar = new ScrubBar(m_playhead, central);
    layout->addWidget(m_scoreboard);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_scrubBar);
    setCentralWidget(central);

    m_table = new EventTable(this);
    m_table->setModel(m_filtered);
    m_table->setSelectionModel(m_selection);
    m_details = new EventDetailsPanel(m_events, m_selection, this);
    m_standingsPanel = new StandingsPanel(m_standings, this);
    m_report = new ReportTextView(m_events, m_filtered, m_selection, this);
    m_warnings = new QListWidget(this);
    m_warnings->setWordWrap(true);
    m_warnings->setAccessibleName(tr("Warnings"));

    m_document = new MatchDocument(m_events, this);
    connect(m_document, &MatchDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &MatchDocument::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    });
    // An edit changes scores: the live table and the title follow at once.
    connect(m_events, &MatchEventModel::eventsEdited, this, [this] {
        m_standings->setLiveScore(m_events->scoreAtPlayhead());
        updateTitle();
    });
    createActions();
    auto *eventsPanel = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPanel);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->setSpacing(0);
    m_filterBar = new EventFilterBar(m_events, m_filtered, eventsPanel);
    eventsLayout->addWidget(m_filterBar);
    eventsLayout->addWidget(m_table, 1);
    addDock(tr("Events"), u"events"_s, eventsPanel, Qt::BottomDockWidgetArea);
    addDock(tr("Details"), u"details"_s, m_details, Qt::RightDockWidgetArea);
    addDock(tr("Standings"), u"standings"_s, m_standingsPanel, Qt::RightDockWidgetArea);
    QDockWidget *report = addDock(tr("Report"), u"report"_s, m_report, Qt::BottomDockWidgetArea);
    QDockWidget *warnings =
            addDock(tr("Warnings"), u"warnings"_s, m_warnings, Qt::BottomDockWidgetArea);
    tabifyDockWidget(report, warnings);
    report->raise();
    // A warning about a place in the report shows that place.
    auto showWarning = [this, report](QListWidgetItem *item) {
        const QVariant data = item ? item->data(Qt::UserRole) : QVariant();
        const int offset = data.isValid() ? data.toInt() : -1;
        if (offset < 0)
            return;
        report->show();
        report->raise();
        m_report->showPosition(offset);
    };
    connect(m_warnings, &QListWidget::itemActivated, this, showWarning);
    connect(m_warnings, &QListWidget::itemClicked, this, showWarning);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Opening shows a busy bar and a Cancel button; the window keeps working meanwhile.
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setShortcut(Qt::Key_Escape); // only while it is shown, that is while loading
    m_cancel->setToolTip(tr("Stop opening the file (Esc)"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    showLoading(false);
    connect(m_cancel, &QPushButton::clicked, m_loader, &MatchLoader::cancel);

    connect(m_loader, &MatchLoader::started, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        showLoading(true);
    });
    connect(m_loader, &MatchLoader::cancelled, this, [this](const QString &path) {
        showLoading(false);
        statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()),
                                 5000);
    });
    connect(m_loader, &MatchLoader::loaded, this, &MainWindow::setMatch);
    connect(m_loader, &MatchLoader::failed, this, &MainWindow::showLoadError);
    connect(m_loader, &MatchLoader::resultsOffered, m_standingsPanel, &StandingsPanel::offerResults);
    connect(m_standingsPanel, &StandingsPanel::resultsAccepted, this, &MainWindow::openResults);
    connect(m_loader, &MatchLoader::resultsLoaded, this,
            [this](const SeasonResults &season, const QString &path) {
                m_standings->setSeason(season, QFileInfo(path).fileName());
                for (const ReadWarning &warning : season.warnings) {
                    auto *item = new QListWidgetItem(warning.message, m_warnings);
                    item->setData(Qt::UserRole, -1);
                }
                statusBar()->showMessage(tr("%1: %n result(s)", nullptr, int(season.results.size()))
                                                 .arg(QFileInfo(path).fileName()));
                emit resultsShown();
            });
    connect(m_loader, &MatchLoader::resultsFailed, this, &MainWindow::showLoadError);
    // The live table follows the score at the playhead.
    connect(m_playhead, &Playhead::currentTimeChanged, m_standings,
            [this] { m_standings->setLiveScore(m_events->scoreAtPlayhead()); });
    // Keep the selected event in view in the table, wherever it was selected.
    connect(m_selection, &QItemSelectionModel::currentChanged, m_table,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_table->scrollTo(current);
            });

    resize(1200, 800);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open Season &Results…"), this, &MainWindow::showOpenResultsDialog);
    file->addSeparator();
    file->addAction(tr("&Save"), m_document, &MatchDocument::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), m_document, &MatchDocument::saveAs)
            ->setShortcut(QKeySequence::SaveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Timeline as &Image (PNG)…"), this,
                          [this] { exportTimeline(u"png"_s); });
    exportMenu->addAction(tr("Timeline as &SVG…"), this, [this] { exportTimeline(u"svg"_s); });
    exportMenu->addAction(tr("Timeline as &PDF…"), this, [this] { exportTimeline(u"pdf"_s); });
    exportMenu->addAction(tr("Events as &CSV…"), this, &MainWindow::exportEvents);
    file->addAction(tr("&Print…"), this, &MainWindow::printTimeline)
            ->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&Add Event"), this, &MainWindow::addEvent);
    add->setShortcut(Qt::Key_Insert);
    QAction *remove = edit->addAction(tr("&Delete Event"), this, &MainWindow::deleteSelectedEvent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove); // Delete means the event only where events are listed
    addAction(add);

    // View
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu
            ->addAction(tr("Zoom &In"), this,
                        [this] { m_timeline->zoomAround(m_playhead->position(), 0.8); })
            ->setShortcut(QKeySequence::ZoomIn);
    m_viewMenu
            ->addAction(tr("Zoom &Out"), this,
                        [this] { m_timeline->zoomAround(m_playhead->position(), 1.25); })
            ->setShortcut(QKeySequence::ZoomOut);
    m_viewMenu->addAction(tr("&Fit Match"), m_timeline, &TimelinePlot::fitMatch)
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *follow = m_viewMenu->addAction(tr("Follow &Playhead"));
    follow->setCheckable(true);
    follow->setShortcut(Qt::Key_F);
    connect(follow, &QAction::toggled, m_timeline, &TimelinePlot::setFollowPlayhead);
    m_viewMenu->addSeparator();
    for (QAction *action : m_viewMenu->actions())
        addAction(action);

    // Go: the playhead by the minute and from event to event
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const struct
    {
        QString text;
        QList<QKeySequence> keys;
        std::function<void()> run;
    } steps[] = {
        { tr("Back One Minute"), { Qt::Key_Left }, [this] { m_playhead->stepMinutes(-1); } },
        { tr("Forward One Minute"), { Qt::Key_Right }, [this] { m_playhead->stepMinutes(1); } },
        { tr("Back Five Minutes"),
          { QKeySequence(Qt::SHIFT | Qt::Key_Left) },
          [this] { m_playhead->stepMinutes(-5); } },
        { tr("Forward Five Minutes"),
          { QKeySequence(Qt::SHIFT | Qt::Key_Right) },
          [this] { m_playhead->stepMinutes(5); } },
        { tr("Kick-off"), { Qt::Key_Home }, [this] { m_playhead->toStart(); } },
        { tr("Full Time"), { Qt::Key_End }, [this] { m_playhead->toEnd(); } },
        { tr("Previous Event"),
          { Qt::Key_PageUp, QKeySequence(Qt::CTRL | Qt::Key_Left) },
          [this] { stepToEvent(false); } },
        { tr("Next Event"),
          { Qt::Key_PageDown, QKeySequence(Qt::CTRL | Qt::Key_Right) },
          [this] { stepToEvent(true); } },
    };
    for (const auto &step : steps) {
        QAction *action = go->addAction(step.text, this, step.run);
        action->setShortcuts(step.keys);
        addAction(action); // works while any panel has the focus, even with the menu bar hidden
    }

    // Playback, with the keys of video tools
    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    const struct
    {
        QString text;
        QKeySequence key;
        std::function<void()> run;
    } transport[] = {
        { tr("Play / Pause"), Qt::Key_Space, [this] { m_replay->togglePlay(); } },
        { tr("Play Backward (Again: Faster)"), Qt::Key_J, [this] { m_replay->backward(); } },
        { tr("Stop"), Qt::Key_K, [this] { m_replay->pause(); } },
        { tr("Play Forward (Again: Faster)"), Qt::Key_L, [this] { m_replay->forward(); } },
    };
    for (const auto &t : transport) {
        QAction *action = play->addAction(t.text, this, t.run);
        action->setShortcut(t.key);
        addAction(action);
    }
    QMenu *speed = play->addMenu(tr("&Speed"));
    auto *speeds = new QActionGroup(this);
    for (double minutes : ReplayController::speeds()) {
        QAction *action = speed->addAction(
                tr("%1 match minute(s) a second", nullptr, int(minutes)).arg(minutes));
        action->setCheckable(true);
        action->setChecked(minutes == 1);
        speeds->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] {
            m_replay->setSpeed(m_replay->speed() < 0 ? -minutes : minutes);
        });
    }

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
            ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Matchline"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_document->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        m_recentMenu
                ->addAction(u"&%1 %2"_s.arg((i + 1) % 10).arg(QFileInfo(path).fileName()), this,
                            [this, path] { openFileAsked(path); })
                ->setToolTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showShortcuts()
{
    // Every action with a key, as the menus list them.
    auto *table = new QTableWidget(0, 2);
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                walk(action->menu(), path + action->menu()->title().remove(u'&') + u" › "_s);
                continue;
            }
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(path + action->text().remove(u'&')));
            table->setItem(row, 1, new QTableWidgetItem(keys.join(u", "_s)));
        }
    };
    for (QAction *menu : menuBar()->actions())
        walk(menu->menu(), menu->text().remove(u'&') + u" › "_s);
    table->resizeColumnsToContents();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
}

void MainWindow::addEvent()
{
    // A new event at the playhead, to be filled in where events are listed.
    MatchEvent event;
    event.type = MatchEvent::Type::Goal;
    event.time = m_playhead->time();
    m_document->addEvent(event);
    for (int row = 0; row < m_events->rowCount(); ++row) {
        if (m_events->event(row) == event) {
            const QModelIndex index =
                    m_filtered->mapFromSource(m_events->index(row, MatchEventModel::PlayerColumn));
            if (index.isValid()) {
                m_selection->setCurrentIndex(
                        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_table->edit(index);
            }
            break;
        }
    }
}

void MainWindow::deleteSelectedEvent()
{
    const QModelIndex current = m_filtered->mapToSource(m_selection->currentIndex());
    if (current.isValid())
        m_document->removeEvent(current.row());
}

void MainWindow::exportTimeline(const QString &suffix)
{
    const QString base = QFileInfo(m_path).completeBaseName();
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Timeline"), base + u'.' + suffix,
                                         tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const QString error =
            TimelineExporter::save(m_timeline, m_events->match(), m_scoreboard->scoreText(), path,
                                   TimelineExporter::formatFor(path));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportEvents()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Events"), QFileInfo(m_path).completeBaseName() + u".csv"_s,
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(EventsCsvWriter::write(m_events->match())) < 0 || !file.commit())
        QMessageBox::warning(
                this, tr("Export"),
                tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

void MainWindow::printTimeline()
{
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        TimelineExporter::print(m_timeline, m_events->match(), m_scoreboard->scoreText(), &printer);
}

void MainWindow::openFileAsked(const QString &path)
{
    if (m_document->maybeSave())
        openFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFileAsked(urls.first().toLocalFile());
}

void MainWindow::showOpenDialog()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Match"), dir,
            tr("Match files (*.txt *.json);;Match reports (*.txt);;JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFileAsked(path);
}

void MainWindow::openFile(const QString &path)
{
    m_loader->load(path);
}

void MainWindow::openResults(const QString &path)
{
    m_loader->loadResults(path);
}

void MainWindow::showOpenResultsDialog()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Season Results"), dir,
            tr("Season results (*.txt *.csv);;openfootball match lists (*.txt);;football-data CSV "
               "(*.csv);;All files (*)"));
    if (!path.isEmpty())
        openResults(path);
}

void MainWindow::showLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

void MainWindow::setMatch(const Match &match, const QString &path)
{
    showLoading(m_loader->isLoading());
    m_path = path;
    m_document->setOpened(path);
    m_replay->pause();
    m_lastError.clear();
    m_selection->clear();
    m_events->setMatch(match);
    m_standings->setMatch(match);
    m_standings->setLiveScore(m_events->scoreAtPlayhead());
    m_standingsPanel->offerResults(QString());
    m_warnings->clear();
    for (const ReadWarning &warning : match.warnings) {
        auto *item = new QListWidgetItem(warning.message, m_warnings);
        item->setData(Qt::UserRole, match.sourceText.isEmpty() ? -1 : warning.offset);
        if (warning.offset >= 0 && !match.sourceText.isEmpty())
            item->setToolTip(tr("Click to show this place in the report."));
    }
    if (match.events.isEmpty())
        m_warnings->addItem(tr("No match events were found in this file."));
    statusBar()->showMessage(tr("%1: %n event(s)", nullptr, int(match.events.size()))
                                     .arg(QFileInfo(path).fileName()));
    updateTitle();
    emit matchShown();
}

void MainWindow::showLoadError(const QString &message)
{
    showLoading(m_loader->isLoading());
    m_lastError = message;
    statusBar()->showMessage(message.section(u'\n', 0, 0));
    auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Matchline"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::stepToEvent(bool forward)
{
    const QModelIndex index = m_filtered->adjacentEvent(m_playhead->position(), forward);
    if (!index.isValid())
        return;
    m_playhead->setPosition(index.data(MatchEventModel::PlayPositionRole).toDouble());
    m_selection->setCurrentIndex(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::updateTitle()
{
    const Match &match = m_events->match();
    QString title;
    if (!match.homeTeam.isEmpty() || !match.awayTeam.isEmpty()) {
        title = match.homeTeam + u' ' + match.finalOrComputedScore().toString() + u' '
                + match.awayTeam;
    }
    setWindowFilePath(m_path);
    // "[*]" shows that there are unsaved edits.
    setWindowTitle(title.isEmpty() ? u"Matchline[*]"_s
                                   : title + u"[*] \u2014 "_s + QFileInfo(m_path).fileName()
                                   + u" \u2014 Matchline"_s);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Matchline"),
            tr("<h3>Matchline %1</h3>"
               "<p>A football match timeline viewer: open a match report, see the match.</p>"
               "<p>Built with:</p><ul>"
               "<li>Qt %2 \u2014 LGPL v3 (The Qt Company)</li>"
               "<li>QCustomPlot 2.1 \u2014 GPL v3 (Emanuel Eichhammer)</li>"
               "</ul><p>Team names: openfootball (public domain, CC0).</p>"
               "<p>StatsBomb open data, when opened, is provided by StatsBomb.</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}
