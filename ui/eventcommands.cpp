#include "eventcommands.h"

#include "matcheventmodel.h"

#include <QCoreApplication>

namespace {

QString describe(const MatchEvent &e)
{
    QString text = MatchEvent::typeName(e.type);
    if (!e.player.isEmpty())
        text += u' ' + e.player;
    return text;
}

} // namespace

EditEventCommand::EditEventCommand(MatchEventModel *model, int row, const MatchEvent &changed)
    : m_model(model)
    , m_row(row)
    , m_before(model->event(row))
    , m_after(changed)
{
    setText(QCoreApplication::translate("EventCommands", "Edit %1").arg(describe(changed)));
}

EditEventCommand::~EditEventCommand() = default;

void EditEventCommand::redo()
{
    m_row = m_model->setEvent(m_row, m_after);
}

void EditEventCommand::undo()
{
    m_row = m_model->setEvent(m_row, m_before);
}

AddEventCommand::AddEventCommand(MatchEventModel *model, const MatchEvent &event)
    : m_model(model)
    , m_event(event)
{
    setText(QCoreApplication::translate("EventCommands", "Add %1").arg(describe(event)));
}

AddEventCommand::~AddEventCommand() = default;

void AddEventCommand::redo()
{
    m_row = m_model->insertEvent(m_event);
}

void AddEventCommand::undo()
{
    m_model->removeEvent(m_row);
}

RemoveEventCommand::RemoveEventCommand(MatchEventModel *model, int row)
    : m_model(model)
    , m_row(row)
    , m_event(model->event(row))
{
    setText(QCoreApplication::translate("EventCommands", "Delete %1").arg(describe(m_event)));
}

RemoveEventCommand::~RemoveEventCommand() = default;

void RemoveEventCommand::redo()
{
    m_model->removeEvent(m_row);
}

void RemoveEventCommand::undo()
{
    m_row = m_model->insertEvent(m_event);
}
