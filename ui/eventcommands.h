#pragma once

#include "matchevent.h"

#include <QUndoCommand>

class MatchEventModel;

// The undoable changes to a match's events. Rows move when a time changes, so each command
// remembers where its event is now.

class EditEventCommand : public QUndoCommand
{
public:
    EditEventCommand(MatchEventModel *model, int row, const MatchEvent &changed);
    ~EditEventCommand() override;
    void redo() override;
    void undo() override;

private:
    MatchEventModel *m_model;
    int m_row;
    MatchEvent m_before;
    MatchEvent m_after;
};

class AddEventCommand : public QUndoCommand
{
public:
    AddEventCommand(MatchEventModel *model, const MatchEvent &event);
    ~AddEventCommand() override;
    void redo() override;
    void undo() override;
    int row() const { return m_row; }

private:
    MatchEventModel *m_model;
    MatchEvent m_event;
    int m_row = -1;
};

class RemoveEventCommand : public QUndoCommand
{
public:
    RemoveEventCommand(MatchEventModel *model, int row);
    ~RemoveEventCommand() override;
    void redo() override;
    void undo() override;

private:
    MatchEventModel *m_model;
    int m_row;
    MatchEvent m_event;
};
