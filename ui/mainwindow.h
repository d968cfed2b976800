#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QItemSelectionModel;
class QListWidget;
class QProgressBar;
class QPushButton;
class ReportTextView;
class EventDetailsPanel;
class EventFilterBar;
class MatchDocument;
class ReplayController;
class EventFilterModel;
class EventTable;
class MatchEventModel;
class MatchLoader;
class Playhead;
class Scoreboard;
class ScrubBar;
class StandingsModel;
class StandingsPanel;
class TimelinePlot;
struct Match;

// Puts the panels together: creates the shared models, the docks and the actions, and opens
// files. Each panel sets itself up and talks only to the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    // A season's results for the full league table around the match.
    void openResults(const QString &path);
    void setMatch(const Match &match, const QString &path);

    MatchLoader *loader() const { return m_loader; }
    Playhead *playhead() const { return m_playhead; }
    MatchEventModel *eventModel() const { return m_events; }
    EventFilterModel *filterModel() const { return m_filtered; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    TimelinePlot *timeline() const { return m_timeline; }
    EventTable *eventTable() const { return m_table; }
    EventFilterBar *filterBar() const { return m_filterBar; }
    EventDetailsPanel *detailsPanel() const { return m_details; }
    Scoreboard *scoreboard() const { return m_scoreboard; }
    ScrubBar *scrubBar() const { return m_scrubBar; }
    StandingsPanel *standingsPanel() const { return m_standingsPanel; }
    QListWidget *warningsList() const { return m_warnings; }
    ReportTextView *reportView() const { return m_report; }
    QString lastError() const { return m_lastError; }
    QPushButton *cancelButton() const { return m_cancel; }

    StandingsModel *standingsModel() const { return m_standings; }
    MatchDocument *document() const { return m_document; }
    ReplayController *replay() const { return m_replay; }

signals:
    void matchShown();
    void resultsShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget,
                         Qt::DockWidgetArea area);
    void showOpenDialog();
    void openFileAsked(const QString &path); // after offering to save unsaved edits
    void fillRecentMenu();
    void showShortcuts();
    void addEvent();
    void deleteSelectedEvent();
    void exportTimeline(const QString &suffix);
    void exportEvents();
    void printTimeline();
    void showOpenResultsDialog();
    void showLoadError(const QString &message);
    void stepToEvent(bool forward);
    void showAbout();
    void updateTitle();
    void showLoading(bool loading);

    Playhead *m_playhead;
    MatchEventModel *m_events;
    EventFilterModel *m_filtered;
    QItemSelectionModel *m_selection;
    StandingsModel *m_standings;
    MatchLoader *m_loader;

    Scoreboard *m_scoreboard = nullptr;
    TimelinePlot *m_timeline = nullptr;
    ScrubBar *m_scrubBar = nullptr;
    EventTable *m_table = nullptr;
    EventFilterBar *m_filterBar = nullptr;
    EventDetailsPanel *m_details = nullptr;
    StandingsPanel *m_standingsPanel = nullptr;
    QListWidget *m_warnings = nullptr;
    ReportTextView *m_report = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    MatchDocument *m_document = nullptr;
    ReplayController *m_replay = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_path;
    QString m_lastError;
};
