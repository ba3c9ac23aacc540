#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <mutex>

// The server's database, chosen by a URL: `sqlite:PATH` (the default: one file, WAL,
// nothing to install) or `postgresql://USER:PASSWORD@HOST:PORT/NAME` (Qt's QPSQL driver)
// for production. Handlers run on the HTTP library's pool threads and a Qt Sql
// connection belongs to the thread that opened it, so each thread gets its own
// connection, opened on first use. The schema is one list of numbered migrations for
// both dialects.
class ServerDatabase
{
public:
    enum class Dialect { Sqlite, Postgres };

    ~ServerDatabase();
    // Parses and checks the URL (nothing is opened yet). An empty URL means an SQLite
    // file in `dataDir`.
    static Result<std::unique_ptr<ServerDatabase>> fromUrl(const QString& url,
                                                           const QString& dataDir);

    Dialect dialect() const { return m_dialect; }
    // The URL without its password, for logs and messages.
    QString describe() const;

    // This thread's connection (opened on first use).
    Result<QSqlDatabase> connection();
    // Brings the schema to the newest version, in one transaction; several instances
    // starting at once on PostgreSQL take turns (an advisory lock).
    Result<int> migrate();
    static int latestVersion();

    // Runs one statement with positional values on this thread's connection.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});

    // An error of the database as a value, with what was being done.
    static Error error(const QSqlQuery& q, const QString& doing);

private:
    ServerDatabase() = default;

    Dialect m_dialect = Dialect::Sqlite;
    QString m_path; // SQLite
    QString m_host, m_user, m_password, m_name, m_options;
    int m_port = 5432;
    QString m_id; // prefix of this instance's connection names
    std::mutex m_mutex;
    QStringList m_connections;
};

// Commits on commit(), rolls back otherwise: all or nothing, as in the desktop store.
// On SQLite it begins IMMEDIATE: a write transaction that waits for the lock at its start
// instead of failing half-way when another thread writes too.
class ServerTransaction
{
public:
    ServerTransaction(QSqlDatabase db, ServerDatabase::Dialect dialect);
    ~ServerTransaction();
    bool isActive() const { return m_active; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
