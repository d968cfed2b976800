#include "matchdocument.h"

#include "eventcommands.h"
#include "matcheventmodel.h"
#include "readers/matchjsonwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString recentKey = u"files/recent"_s;
}

MatchDocument::MatchDocument(MatchEventModel *events, QWidget *window)
    : QObject(window)
    , m_events(events)
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // Every edit made in a view becomes an undoable command.
    m_events->setEventEditor([this](int row, const MatchEvent &changed) {
        m_undo->push(new EditEventCommand(m_events, row, changed));
    });
}

MatchDocument::~MatchDocument()
{
    if (m_events)
        m_events->setEventEditor({});
}

bool MatchDocument::isModified() const
{
    return !m_undo->isClean();
}

void MatchDocument::setOpened(const QString &path)
{
    m_undo->clear();
    m_opened = path;
    m_savePath.clear();
    remember(path);
    emit modifiedChanged(false);
}

QString MatchDocument::suggestedSavePath() const
{
    if (!m_savePath.isEmpty())
        return m_savePath;
    const QFileInfo opened(m_opened);
    QString base = opened.completeBaseName();
    // Beside the file it came from, never the same name.
    const QString dir =
            opened.absolutePath().isEmpty() || opened.fileName().startsWith(u"matchline-sample-"_s)
            ? QDir::homePath()
            : opened.absolutePath();
    return dir + u'/' + base + u".matchline.json"_s;
}

QString MatchDocument::saveTo(const QString &path)
{
    if (!m_opened.isEmpty()
        && QFileInfo(path).absoluteFilePath() == QFileInfo(m_opened).absoluteFilePath())
        return tr("Matchline does not write over the file it opened (%1). Choose another name.")
                .arg(QFileInfo(path).fileName());
    const QString error = MatchJsonWriter::save(m_events->match(), path);
    if (!error.isEmpty())
        return error;
    m_savePath = path;
    m_undo->setClean();
    remember(path);
    emit saved(path);
    return {};
}

bool MatchDocument::save()
{
    if (m_savePath.isEmpty())
        return saveAs();
    return saveOrWarn(m_savePath);
}

bool MatchDocument::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Match"), suggestedSavePath(), tr("Matchline match (*.json)"));
    if (path.isEmpty())
        return false;
    return saveOrWarn(path);
}

bool MatchDocument::saveOrWarn(const QString &path)
{
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Save"), error);
    return error.isEmpty();
}

bool MatchDocument::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
            m_window, tr("Unsaved Changes"),
            tr("The match has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MatchDocument::addEvent(const MatchEvent &event)
{
    m_undo->push(new AddEventCommand(m_events, event));
}

void MatchDocument::removeEvent(int row)
{
    if (row >= 0 && row < m_events->rowCount())
        m_undo->push(new RemoveEventCommand(m_events, row));
}

QStringList MatchDocument::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void MatchDocument::remember(const QString &path)
{
    if (path.isEmpty() || QFileInfo(path).fileName().startsWith(u"matchline-sample-"_s))
        return; // the bundled sample, copied out of the program: not worth remembering
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    emit recentFilesChanged();
}
