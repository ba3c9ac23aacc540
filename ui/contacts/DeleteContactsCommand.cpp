#include "DeleteContactsCommand.h"

#include "Workspace.h"

#include <QCoreApplication>

DeleteContactsCommand::DeleteContactsCommand(Workspace& workspace, QList<qint64> ids,
                                             ErrorHandler onError)
    : m_workspace(workspace)
    , m_ids(std::move(ids))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("DeleteContactsCommand", "Delete %n contact(s)", nullptr,
                                        int(m_ids.size())));
}

void DeleteContactsCommand::redo()
{
    auto removed = m_workspace.deleteContacts(m_ids);
    m_succeeded = removed.ok();
    if (!m_succeeded) {
        setObsolete(true);
        if (m_onError)
            m_onError(removed.errorMessage());
    }
}

void DeleteContactsCommand::undo()
{
    // All or nothing: when one address has been taken again meanwhile, none come back and
    // the message names that contact.
    auto restored = m_workspace.restoreContacts(m_ids);
    m_succeeded = restored.ok();
    if (!m_succeeded) {
        setObsolete(true);
        if (m_onError)
            m_onError(restored.errorMessage());
    }
}
