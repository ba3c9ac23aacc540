#pragma once

#include "ContactListInfo.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVector>

class Store;

// Lists and their members. Same rules as contacts: one transaction per write, a change-log
// entry for every row written, tombstones instead of deletes.
class ListRepository
{
    Q_DECLARE_TR_FUNCTIONS(ListRepository)

public:
    explicit ListRepository(Store& store)
        : m_store(store)
    {}

    Result<ContactListInfo> create(const QString& name, const QString& description = {});
    Result<ContactListInfo> rename(qint64 listId, const QString& newName);
    Result<void> remove(qint64 listId);

    QVector<ContactListInfo> all(); // live lists by name, with member counts
    std::optional<ContactListInfo> findById(qint64 listId);
    std::optional<ContactListInfo> findByName(const QString& name);

    // Returns how many contacts were added (those already in the list are skipped).
    Result<int> addMembers(qint64 listId, const QList<qint64>& contactIds);
    Result<int> removeMembers(qint64 listId, const QList<qint64>& contactIds);

private:
    Result<QString> validName(const QString& name, qint64 exceptId);

    Store& m_store;
};
