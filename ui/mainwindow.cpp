#include "mainwindow.h"

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
    QDockWidget *warnings = addDock(tr("Warnings"), u"warnings"_s, m_warnings, Qt::BottomDockWidgetArea);
    tabifyDockWidget(report, warnings);
    report->raise();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Opening shows a busy bar and a Cancel button; the window keeps working meanwhile.
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), this);
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
        statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()), 5000);
    });
    connect(m_loader, &MatchLoader::loaded, this, &MainWindow::setMatch);
    connect(m_loader, &MatchLoader::failed, this, &MainWindow::showLoadError);
    connect(m_loader, &MatchLoader::resultsOffered, m_standingsPanel, &StandingsPanel::offerResults);
    connect(m_standingsPanel, &StandingsPanel::resultsAccepted, this, &MainWindow::openResults);
    connect(m_loader, &MatchLoader::resultsLoaded, this, [this](const SeasonResults &season, const QString &path) {
        m_standings->setSeason(season, QFileInfo(path).fileName());
        for (const ReadWarning &warning : season.warnings)
            m_warnings->addItem(warning.message);
        statusBar()->showMessage(tr("%1: %n result(s)", nullptr, int(season.results.size())).arg(QFileInfo(path).fileName()));
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Season &Results…"), this, &MainWindow::showOpenResultsDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const struct
    {
        QString text;
        QKeySequence key;
        std::function<void()> run;
    } steps[] = {
        { tr("Back One Minute"), Qt::Key_Left, [this] { m_playhead->stepMinutes(-1); } },
        { tr("Forward One Minute"), Qt::Key_Right, [this] { m_playhead->stepMinutes(1); } },
        { tr("Back Five Minutes"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
          [this] { m_playhead->stepMinutes(-5); } },
        { tr("Forward Five Minutes"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
          [this] { m_playhead->stepMinutes(5); } },
        { tr("Kick-off"), Qt::Key_Home, [this] { m_playhead->toStart(); } },
        { tr("Full Time"), Qt::Key_End, [this] { m_playhead->toEnd(); } },
        { tr("Previous Event"), Qt::Key_PageUp, [this] { stepToEvent(false); } },
        { tr("Next Event"), Qt::Key_PageDown, [this] { stepToEvent(true); } },
    };
    for (const auto &step : steps) {
        QAction *action = go->addAction(step.text, this, step.run);
        action->setShortcut(step.key);
        addAction(action); // works while any panel has the focus, even with the menu bar hidden
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Matchline"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showOpenDialog()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Match"), dir,
            tr("Match files (*.txt *.json);;Match reports (*.txt);;JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
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
            tr("Season results (*.txt *.csv);;openfootball match lists (*.txt);;football-data CSV (*.csv);;All files (*)"));
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
    m_lastError.clear();
    m_selection->clear();
    m_events->setMatch(match);
    m_standings->setMatch(match);
    m_standings->setLiveScore(m_events->scoreAtPlayhead());
    m_standingsPanel->offerResults(QString());
    m_warnings->clear();
    for (const ReadWarning &warning : match.warnings)
        m_warnings->addItem(warning.message);
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
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Matchline"), message, QMessageBox::Ok,
                                this);
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
    setWindowTitle(title.isEmpty() ? u"Matchline"_s
                                   : title + u" \u2014 "_s + QFileInfo(m_path).fileName()
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
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}
