#pragma once

#include "ChangeLog.h"
#include "Clock.h"
#include "Result.h"
#include "Store.h"

#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <optional>

// The reads and the tombstone shared by repositories of sync-ready rows that carry a name
// unique among live rows (templates, segments). `table` and `columns` are the
// repository's own constants, never user input; every value is bound.
template <typename Row> class NamedRows
{
public:
    using From = Row (*)(const QSqlQuery&);
    NamedRows(Store& store, QString table, QString columns, From from)
        : m_store(store)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_from(from)
    {}

    std::optional<Row> byId(qint64 id) // tombstones too
    {
        return one(QStringLiteral(" WHERE id = ?"), id);
    }
    std::optional<Row> byName(const QString& name) // live only, ignoring case
    {
        return one(QStringLiteral(" WHERE name = ? COLLATE NOCASE AND deleted = 0"),
                   name.simplified());
    }
    QVector<Row> all() // live rows by name
    {
        QSqlQuery& q = m_store.statement(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 "
                                                        "ORDER BY name COLLATE NOCASE")
                                             .arg(m_columns, m_table));
        QVector<Row> out;
        if (q.exec())
            while (q.next())
                out << m_from(q);
        q.finish();
        return out;
    }
    // The live row's name that `name` (simplified) would clash with, ignoring case.
    std::optional<QString> takenName(const QString& name, qint64 exceptId)
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT name FROM %1 WHERE name = ? COLLATE NOCASE AND deleted = 0 "
                           "AND id <> ?")
                .arg(m_table));
        q.bindValue(0, name);
        q.bindValue(1, exceptId);
        std::optional<QString> existing;
        if (q.exec() && q.next())
            existing = q.value(0).toString();
        q.finish();
        return existing;
    }
    // Marks the row deleted and logs it for sync; the caller holds the transaction.
    Result<void> tombstone(qint64 id, const QString& uuid, qint64 updatedAt, const QString& entity)
    {
        const qint64 now = std::max(Clock::nowMs(), updatedAt);
        QSqlQuery& q = m_store.statement(
            QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ? WHERE id = ?").arg(m_table));
        q.bindValue(0, now);
        q.bindValue(1, id);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("delete from ") + m_table);
        q.finish();
        return ChangeLog::append(m_store, entity, uuid, ChangeLog::Op::Delete, now);
    }

private:
    std::optional<Row> one(const QString& where, const QVariant& value)
    {
        QSqlQuery& q =
            m_store.statement(QStringLiteral("SELECT %1 FROM %2").arg(m_columns, m_table) + where);
        q.bindValue(0, value);
        std::optional<Row> row;
        if (q.exec() && q.next())
            row = m_from(q);
        q.finish();
        return row;
    }

    Store& m_store;
    QString m_table;
    QString m_columns;
    From m_from;
};
