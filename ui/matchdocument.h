#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QUndoStack;
class QWidget;
class MatchEventModel;
struct MatchEvent;

// The open match as a document: the undo stack of its edits, where it was opened from and where
// it is saved to, whether it has unsaved changes, and the recently opened files. Saving writes
// Matchline JSON and never the file that was opened.
class MatchDocument : public QObject
{
    Q_OBJECT
public:
    MatchDocument(MatchEventModel *events, QWidget *window);
    ~MatchDocument() override;

    QUndoStack *undoStack() const { return m_undo; }
    QString openedPath() const { return m_opened; }
    QString savePath() const { return m_savePath; }
    bool isModified() const;

    // A file was opened: a clean history, and no place to save to yet.
    void setOpened(const QString &path);
    // Saves to where it was last saved, or asks where.
    bool save();
    bool saveAs();
    // Writes to a path; refuses the opened file. Returns an error message, empty on success.
    QString saveTo(const QString &path);
    // Before the document is closed or replaced: offers to save unsaved changes. False: stop.
    bool maybeSave();

    void addEvent(const MatchEvent &event);
    void removeEvent(int row);

    QStringList recentFiles() const;
    static constexpr int maxRecentFiles = 10;

signals:
    void modifiedChanged(bool modified);
    void recentFilesChanged();
    void saved(const QString &path);

private:
    // saveTo(), with a message box when it fails.
    bool saveOrWarn(const QString &path);
    void remember(const QString &path);
    QString suggestedSavePath() const;

    // The model may go first when the window tears down its children.
    QPointer<MatchEventModel> m_events;
    QWidget *m_window;
    QUndoStack *m_undo;
    QString m_opened;
    QString m_savePath;
};
