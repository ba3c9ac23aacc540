#include "ListRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Store.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kList = QStringLiteral("list");
const QString kMember = QStringLiteral("list_member");

const char* const kSelect =
    "SELECT l.id, l.uuid, l.rev, l.updated_at, l.deleted, l.name, l.description, "
    "(SELECT count(*) FROM list_members m JOIN contacts c ON c.id = m.contact_id "
    " WHERE m.list_id = l.id AND m.deleted = 0 AND c.deleted = 0) FROM lists l ";

ContactListInfo readList(const QSqlQuery& q)
{
    ContactListInfo l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        l.rev = q.value(2).toLongLong();
    l.updatedAt = q.value(3).toLongLong();
    l.deleted = q.value(4).toInt() != 0;
    l.name = q.value(5).toString();
    l.description = q.value(6).toString();
    l.memberCount = q.value(7).toLongLong();
    return l;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<QString> ListRepository::validName(const QString& name, qint64 exceptId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, tr("A list needs a name."), QStringLiteral("name")};
    if (trimmed.size() > 200)
        return Error{Error::Code::Invalid, tr("A list name can be at most 200 characters long.")};
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT name FROM lists WHERE name = ? COLLATE NOCASE AND deleted = 0 AND id <> ?"));
    q.bindValue(0, trimmed);
    q.bindValue(1, exceptId);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("list name"));
    const QString existing = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!existing.isEmpty())
        return Error{Error::Code::Duplicate,
                     tr("There is already a list called “%1”. Choose another name.").arg(existing)};
    return trimmed;
}

Result<ContactListInfo> ListRepository::create(const QString& name, const QString& description)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto valid = validName(name, 0);
    if (!valid.ok())
        return valid.error();
    ContactListInfo l;
    l.uuid = newUuid();
    l.updatedAt = Clock::nowMs();
    l.name = valid.value();
    l.description = description.trimmed();
    if (l.description.isNull())
        l.description = QStringLiteral("");
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO lists(uuid, updated_at, name, description) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, l.uuid);
    q.bindValue(1, l.updatedAt);
    q.bindValue(2, l.name);
    q.bindValue(3, l.description);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert list"));
    l.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged = ChangeLog::append(m_store, kList, l.uuid, ChangeLog::Op::Upsert, l.updatedAt);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return l;
}

Result<ContactListInfo> ListRepository::rename(qint64 listId, const QString& newName)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto list = findById(listId);
    if (!list || list->deleted)
        return Error{Error::Code::NotFound, tr("This list no longer exists.")};
    auto valid = validName(newName, listId);
    if (!valid.ok())
        return valid.error();
    list->name = valid.value();
    list->updatedAt = std::max(Clock::nowMs(), list->updatedAt);
    QSqlQuery& q =
        m_store.statement(QStringLiteral("UPDATE lists SET name = ?, updated_at = ? WHERE id = ?"));
    q.bindValue(0, list->name);
    q.bindValue(1, list->updatedAt);
    q.bindValue(2, listId);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("rename list"));
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kList, list->uuid, ChangeLog::Op::Upsert, list->updatedAt);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return *list;
}

Result<void> ListRepository::remove(qint64 listId)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto list = findById(listId);
    if (!list || list->deleted)
        return Error{Error::Code::NotFound, tr("This list no longer exists.")};
    // The memberships go with the list (the contacts themselves stay).
    QSqlQuery& log = m_store.statement(QStringLiteral(
        "INSERT INTO change_log(entity, uuid, op, changed_at) "
        "SELECT ?, uuid, 'delete', ? FROM list_members WHERE list_id = ? AND deleted = 0"));
    log.bindValue(0, kMember);
    log.bindValue(1, now);
    log.bindValue(2, listId);
    if (!log.exec())
        return Store::databaseError(log, QStringLiteral("log list members"));
    QSqlQuery& members = m_store.statement(QStringLiteral(
        "UPDATE list_members SET deleted = 1, updated_at = ? WHERE list_id = ? AND deleted = 0"));
    members.bindValue(0, now);
    members.bindValue(1, listId);
    if (!members.exec())
        return Store::databaseError(members, QStringLiteral("delete list members"));
    QSqlQuery& q = m_store.statement(
        QStringLiteral("UPDATE lists SET deleted = 1, updated_at = ? WHERE id = ?"));
    q.bindValue(0, now);
    q.bindValue(1, listId);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("delete list"));
    if (auto logged = ChangeLog::append(m_store, kList, list->uuid, ChangeLog::Op::Delete, now);
        !logged.ok())
        return logged.error();
    return tx.commit();
}

QVector<ContactListInfo> ListRepository::all()
{
    QSqlQuery& q =
        m_store.statement(QLatin1String(kSelect) +
                          QStringLiteral("WHERE l.deleted = 0 ORDER BY l.name COLLATE NOCASE"));
    QVector<ContactListInfo> lists;
    if (q.exec()) {
        while (q.next())
            lists.push_back(readList(q));
    }
    q.finish();
    return lists;
}

std::optional<ContactListInfo> ListRepository::findById(qint64 listId)
{
    QSqlQuery& q = m_store.statement(QLatin1String(kSelect) + QStringLiteral("WHERE l.id = ?"));
    q.bindValue(0, listId);
    std::optional<ContactListInfo> result;
    if (q.exec() && q.next())
        result = readList(q);
    q.finish();
    return result;
}

std::optional<ContactListInfo> ListRepository::findByName(const QString& name)
{
    QSqlQuery& q =
        m_store.statement(QLatin1String(kSelect) +
                          QStringLiteral("WHERE l.name = ? COLLATE NOCASE AND l.deleted = 0"));
    q.bindValue(0, name.simplified());
    std::optional<ContactListInfo> result;
    if (q.exec() && q.next())
        result = readList(q);
    q.finish();
    return result;
}

Result<int> ListRepository::addMembers(qint64 listId, const QList<qint64>& contactIds)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto list = findById(listId);
    if (!list || list->deleted)
        return Error{Error::Code::NotFound, tr("This list no longer exists.")};
    int added = 0;
    for (qint64 contactId : contactIds) {
        // A membership that was removed earlier comes back with its own uuid.
        QSqlQuery& find = m_store.statement(QStringLiteral(
            "SELECT m.uuid, m.deleted FROM list_members m JOIN contacts c ON c.id = m.contact_id "
            "WHERE m.list_id = ? AND m.contact_id = ? AND c.deleted = 0"));
        find.bindValue(0, listId);
        find.bindValue(1, contactId);
        if (!find.exec())
            return Store::databaseError(find, QStringLiteral("find member"));
        QString uuid;
        bool wasDeleted = true;
        if (find.next()) {
            uuid = find.value(0).toString();
            wasDeleted = find.value(1).toInt() != 0;
        }
        find.finish();
        if (!uuid.isEmpty() && !wasDeleted)
            continue;

        if (uuid.isEmpty()) {
            uuid = newUuid();
            QSqlQuery& q = m_store.statement(
                QStringLiteral("INSERT INTO list_members(uuid, updated_at, list_id, contact_id) "
                               "SELECT ?, ?, ?, id FROM contacts WHERE id = ? AND deleted = 0"));
            q.bindValue(0, uuid);
            q.bindValue(1, now);
            q.bindValue(2, listId);
            q.bindValue(3, contactId);
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("add member"));
            const bool inserted = q.numRowsAffected() > 0;
            q.finish();
            if (!inserted)
                continue; // no such live contact
        } else {
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "UPDATE list_members SET deleted = 0, updated_at = ? WHERE uuid = ?"));
            q.bindValue(0, now);
            q.bindValue(1, uuid);
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("re-add member"));
            q.finish();
        }
        if (auto logged = ChangeLog::append(m_store, kMember, uuid, ChangeLog::Op::Upsert, now);
            !logged.ok())
            return logged.error();
        ++added;
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return added;
}

Result<int> ListRepository::removeMembers(qint64 listId, const QList<qint64>& contactIds)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    int removed = 0;
    for (qint64 contactId : contactIds) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("UPDATE list_members SET deleted = 1, updated_at = ? "
                           "WHERE list_id = ? AND contact_id = ? AND deleted = 0 RETURNING uuid"));
        q.bindValue(0, now);
        q.bindValue(1, listId);
        q.bindValue(2, contactId);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("remove member"));
        const QString uuid = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (uuid.isEmpty())
            continue;
        if (auto logged = ChangeLog::append(m_store, kMember, uuid, ChangeLog::Op::Delete, now);
            !logged.ok())
            return logged.error();
        ++removed;
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return removed;
}
