#include "TagRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Store.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

Result<qint64> TagRepository::ensureTag(const QString& name, qint64 now)
{
    QSqlQuery& find = m_store.statement(
        QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE AND deleted = 0"));
    find.bindValue(0, name);
    if (!find.exec())
        return Store::databaseError(find, QStringLiteral("find tag"));
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    find.finish();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO tags(uuid, updated_at, name) VALUES (?, ?, ?)"));
    q.bindValue(0, uuid);
    q.bindValue(1, now);
    q.bindValue(2, name);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert tag"));
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, QStringLiteral("tag"), uuid, ChangeLog::Op::Upsert, now);
        !logged.ok())
        return logged.error();
    return id;
}

Result<void> TagRepository::setTags(qint64 contactId, const QStringList& wanted)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();

    QStringList names;
    for (const QString& t : wanted) {
        const QString name = t.simplified();
        if (name.isEmpty())
            continue;
        if (name.size() > 100)
            return Error{
                Error::Code::Invalid,
                tr("The tag “%1…” is too long: at most 100 characters.").arg(name.left(20)),
                QStringLiteral("tags")};
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    // Remove the tags no longer wanted.
    QSqlQuery& current = m_store.statement(QStringLiteral(
        "SELECT ct.uuid, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND ct.deleted = 0"));
    current.bindValue(0, contactId);
    if (!current.exec())
        return Store::databaseError(current, QStringLiteral("tags of contact"));
    QList<QPair<QString, QString>> existing;
    while (current.next())
        existing.append({current.value(0).toString(), current.value(1).toString()});
    current.finish();
    for (const auto& entry : existing) {
        // Named copies: clang before 16 cannot capture structured bindings in a lambda.
        const QString& uuid = entry.first;
        const QString& name = entry.second;
        if (names.contains(name, Qt::CaseInsensitive)) {
            names.removeIf(
                [&](const QString& n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
            continue;
        }
        QSqlQuery& q = m_store.statement(
            QStringLiteral("UPDATE contact_tags SET deleted = 1, updated_at = ? WHERE uuid = ?"));
        q.bindValue(0, now);
        q.bindValue(1, uuid);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("untag"));
        if (auto logged = ChangeLog::append(m_store, QStringLiteral("contact_tag"), uuid,
                                            ChangeLog::Op::Delete, now);
            !logged.ok())
            return logged.error();
    }
    // Add the new ones (reviving an earlier tombstone keeps its uuid).
    for (const QString& name : names) {
        auto tagId = ensureTag(name, now);
        if (!tagId.ok())
            return tagId.error();
        QSqlQuery& find = m_store.statement(
            QStringLiteral("SELECT uuid FROM contact_tags WHERE tag_id = ? AND contact_id = ?"));
        find.bindValue(0, tagId.value());
        find.bindValue(1, contactId);
        if (!find.exec())
            return Store::databaseError(find, QStringLiteral("find contact tag"));
        QString uuid = find.next() ? find.value(0).toString() : QString();
        find.finish();
        if (uuid.isEmpty()) {
            uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlQuery& q =
                m_store.statement(QStringLiteral("INSERT INTO contact_tags(uuid, updated_at, "
                                                 "tag_id, contact_id) VALUES (?, ?, ?, ?)"));
            q.bindValue(0, uuid);
            q.bindValue(1, now);
            q.bindValue(2, tagId.value());
            q.bindValue(3, contactId);
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("tag"));
        } else {
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "UPDATE contact_tags SET deleted = 0, updated_at = ? WHERE uuid = ?"));
            q.bindValue(0, now);
            q.bindValue(1, uuid);
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("retag"));
        }
        if (auto logged = ChangeLog::append(m_store, QStringLiteral("contact_tag"), uuid,
                                            ChangeLog::Op::Upsert, now);
            !logged.ok())
            return logged.error();
    }
    return tx.commit();
}

QStringList TagRepository::tagsOf(qint64 contactId)
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND ct.deleted = 0 ORDER BY t.name COLLATE NOCASE"));
    q.bindValue(0, contactId);
    QStringList tags;
    if (q.exec()) {
        while (q.next())
            tags << q.value(0).toString();
    }
    q.finish();
    return tags;
}

QStringList TagRepository::allTags()
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT name FROM tags WHERE deleted = 0 ORDER BY name COLLATE NOCASE"));
    QStringList tags;
    if (q.exec()) {
        while (q.next())
            tags << q.value(0).toString();
    }
    q.finish();
    return tags;
}
