#pragma once

#include "Result.h"
#include "Store.h"

#include <QSqlQuery>
#include <QString>

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

// For the writers of many rows (ContactBulkWriter, a first sync's new contacts).
// Include it only from sources of sendtrix_models, which know SENDTRIX_SQLITE_C_API.
// One statement prepared once and bound directly: over the SQLite C API on Qt's own
// connection where the build has it (no QVariant per value, no UTF-8 copy: the text is
// bound as UTF-16 where it lies), through Qt SQL otherwise. Indexes start at 0.
class BulkStatement
{
public:
    BulkStatement(Store& store, const QString& sql)
    {
#if SENDTRIX_SQLITE_C_API
        m_db = store.handle();
        if (m_db) {
            const QByteArray utf8 = sql.toUtf8();
            m_prepareRc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                             SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
            if (m_prepareRc != SQLITE_OK) {
                m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
                sqlite3_finalize(m_stmt);
                m_stmt = nullptr;
            }
            return;
        }
#endif
        m_query = &store.statement(sql);
    }
    ~BulkStatement()
    {
#if SENDTRIX_SQLITE_C_API
        if (m_stmt)
            sqlite3_finalize(m_stmt);
#endif
    }
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    void bind(int i, qint64 value)
    {
#if SENDTRIX_SQLITE_C_API
        if (m_db) {
            if (m_stmt)
                sqlite3_bind_int64(m_stmt, i + 1, value);
            return;
        }
#endif
        m_query->bindValue(i, value);
    }
    // The text must stay alive until exec(). A null string binds '' (text columns hold ''),
    // as ContactRepository does.
    void bind(int i, const QString& value)
    {
#if SENDTRIX_SQLITE_C_API
        if (m_db) {
            static const char16_t empty[] = u"";
            if (m_stmt)
                sqlite3_bind_text16(m_stmt, i + 1,
                                    value.isEmpty() ? static_cast<const void*>(empty)
                                                    : static_cast<const void*>(value.constData()),
                                    int(value.size() * 2), SQLITE_STATIC);
            return;
        }
#endif
        m_query->bindValue(i, value.isNull() ? QStringLiteral("") : value);
    }
    void bindNull(int i)
    {
#if SENDTRIX_SQLITE_C_API
        if (m_db) {
            if (m_stmt)
                sqlite3_bind_null(m_stmt, i + 1);
            return;
        }
#endif
        m_query->bindValue(i, QVariant());
    }

    // Runs the statement to its end; changes() and lastInsertId() then tell what it did.
    Result<void> exec(const QString& what)
    {
#if SENDTRIX_SQLITE_C_API
        if (m_db) {
            if (!m_stmt)
                return Store::databaseError(m_prepareRc, m_prepareError, what);
            int rc = SQLITE_ROW;
            while (rc == SQLITE_ROW)
                rc = sqlite3_step(m_stmt);
            if (rc != SQLITE_DONE) {
                const Error error = Store::databaseError(
                    sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), what);
                sqlite3_reset(m_stmt);
                return error;
            }
            m_changes = sqlite3_changes(m_db);
            m_lastId = sqlite3_last_insert_rowid(m_db);
            sqlite3_reset(m_stmt);
            return {};
        }
#endif
        if (!m_query->exec())
            return Store::databaseError(*m_query, what);
        m_changes = m_query->numRowsAffected();
        m_lastId = m_query->lastInsertId().toLongLong();
        m_query->finish();
        return {};
    }
    qint64 changes() const
    {
        return m_changes;
    }
    qint64 lastInsertId() const
    {
        return m_lastId;
    }

private:
    QSqlQuery* m_query = nullptr;
#if SENDTRIX_SQLITE_C_API
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareRc = 0;
    QString m_prepareError;
#endif
    qint64 m_changes = 0;
    qint64 m_lastId = 0;
};
