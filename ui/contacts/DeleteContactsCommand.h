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

private:
    Workspace& m_workspace;
    QList<qint64> m_ids;
    ErrorHandler m_onError;
};
