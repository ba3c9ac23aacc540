#pragma once

#include <QList>
#include <QUndoCommand>
#include <functional>

class Workspace;

// Deleting contacts is undoable (Ctrl+Z): the rows become tombstones and come back.
class DeleteContactsCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString&)>;

    DeleteContactsCommand(Workspace& workspace, QList<qint64> ids, ErrorHandler onError);

    void redo() override;
    void undo() override;
    // Whether the last redo() or undo() did what it says; a failed one makes the command
    // obsolete, so the undo stack never offers to repeat what did not happen.
    bool succeeded() const { return m_succeeded; }

private:
    Workspace& m_workspace;
    QList<qint64> m_ids;
    ErrorHandler m_onError;
    bool m_succeeded = false;
};
