#include "ServerDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {

// The schema, version by version. `{id}` is an auto-numbered primary key and `{blob}`
// binary data, in each dialect's own words; everything else is the SQL both speak.
// Every table that holds an account's data carries account_id, and every query of it
// names the account (see docs/server.md).
const QList<QStringList>& migrations()
{
    static const QList<QStringList> list{
        {
            R"(CREATE TABLE accounts (
                   id            {id},
                   email         TEXT    NOT NULL UNIQUE,
                   password_hash TEXT    NOT NULL,
                   disabled      INTEGER NOT NULL DEFAULT 0,
                   created_at    BIGINT  NOT NULL,
                   rev           BIGINT  NOT NULL DEFAULT 0
               ))",
            // Only a SHA-256 of each access token is kept: a copy of the database lets no
            // one in.
            R"(CREATE TABLE sessions (
                   id           {id},
                   account_id   BIGINT NOT NULL REFERENCES accounts(id),
                   token_hash   TEXT   NOT NULL UNIQUE,
                   created_at   BIGINT NOT NULL,
                   expires_at   BIGINT NOT NULL,
                   last_used_at BIGINT NOT NULL,
                   revoked_at   BIGINT
               ))",
            "CREATE INDEX sessions_by_account ON sessions(account_id)",
            // Failed logins, per e-mail address tried and per client address, for the
            // rate limit; in the database so that every instance sees them.
            R"(CREATE TABLE login_failures (
                   id      {id},
                   email   TEXT   NOT NULL,
                   address TEXT   NOT NULL,
                   at      BIGINT NOT NULL
               ))",
            "CREATE INDEX login_failures_by_email ON login_failures(email, at)",
            "CREATE INDEX login_failures_by_address ON login_failures(address, at)",
        },
        {
            // Every synced row of every account (docs/sync-protocol.md): the account is
            // part of the key, so one account's uuid never reaches another's row.
            R"(CREATE TABLE sync_rows (
                   account_id BIGINT  NOT NULL REFERENCES accounts(id),
                   type       TEXT    NOT NULL,
                   uuid       TEXT    NOT NULL,
                   rev        BIGINT  NOT NULL,
                   deleted    INTEGER NOT NULL DEFAULT 0,
                   updated_at BIGINT  NOT NULL,
                   data       TEXT    NOT NULL,
                   PRIMARY KEY (account_id, type, uuid)
               ))",
            "CREATE UNIQUE INDEX sync_rows_by_rev ON sync_rows(account_id, rev)",
            // The answer to each pushed batch, so that a retried batch gets it again.
            R"(CREATE TABLE sync_batches (
                   account_id BIGINT NOT NULL REFERENCES accounts(id),
                   batch      TEXT   NOT NULL,
                   answer     TEXT   NOT NULL,
                   created_at BIGINT NOT NULL,
                   PRIMARY KEY (account_id, batch)
               ))",
            R"(CREATE TABLE assets (
                   account_id BIGINT NOT NULL REFERENCES accounts(id),
                   sha256     TEXT   NOT NULL,
                   size       BIGINT NOT NULL,
                   content    {blob} NOT NULL,
                   created_at BIGINT NOT NULL,
                   PRIMARY KEY (account_id, sha256)
               ))",
        },
        {
            // Not per account: Sendtrix's own policy and service announcements, for all.
            R"(CREATE TABLE policy_versions (
                   id             TEXT   PRIMARY KEY,
                   published_at   BIGINT NOT NULL,
                   effective_at   BIGINT NOT NULL,
                   effective_date TEXT   NOT NULL,
                   document       TEXT   NOT NULL
               ))",
            R"(CREATE TABLE announcements (
                   id           {id},
                   kind         TEXT   NOT NULL,
                   starts_at    BIGINT NOT NULL,
                   ends_at      BIGINT NOT NULL,
                   published_at BIGINT NOT NULL,
                   document     TEXT   NOT NULL
               ))",
        },
        {
            // Anonymous usage statistics (POST /api/v1/usage): the day (UTC) and the
            // report's own fields, nothing else — no account, no address, no time of day.
            R"(CREATE TABLE usage_reports (
                   day          TEXT    NOT NULL,
                   schema       INTEGER NOT NULL,
                   app_version  TEXT    NOT NULL,
                   os           TEXT    NOT NULL,
                   language     TEXT    NOT NULL,
                   contacts     TEXT    NOT NULL,
                   templates    TEXT    NOT NULL,
                   mailings_30d TEXT    NOT NULL
               ))",
            "CREATE INDEX usage_reports_by_day ON usage_reports(day)",
            // The operator's statistics read every account's account_event rows.
            "CREATE INDEX sync_rows_by_type ON sync_rows(type, account_id)",
        },
        {
            // Those are the only rows read by type: the index holds nothing else, in the
            // order they are read, and a push of contacts writes one index less.
            "DROP INDEX sync_rows_by_type",
            "CREATE INDEX sync_rows_account_events ON sync_rows(account_id, rev) WHERE type = "
            "'account_event'",
        },
    };
    return list;
}

QString dialectSql(QString sql, ServerDatabase::Dialect dialect)
{
    const bool pg = dialect == ServerDatabase::Dialect::Postgres;
    sql.replace(QLatin1String("{id}"),
                pg ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                   : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return sql;
}

} // namespace

ServerDatabase::~ServerDatabase()
{
    // Connections of threads that have ended are closed with the process; removing a
    // connection of another thread is not allowed, so only names are forgotten here.
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::fromUrl(const QString& urlText,
                                                                const QString& dataDir)
{
    std::unique_ptr<ServerDatabase> db(new ServerDatabase);
    db->m_id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString url = urlText.trimmed();
    if (url.isEmpty())
        url = QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("sendtrix.db"));
    if (url.startsWith(QLatin1String("sqlite:"))) {
        db->m_dialect = Dialect::Sqlite;
        db->m_path = url.mid(7);
        if (db->m_path.startsWith(QLatin1String("//")))
            db->m_path = db->m_path.mid(2);
        if (db->m_path.isEmpty())
            return Error{Error::Code::Invalid,
                         QStringLiteral("--database sqlite:PATH needs a file name")};
        return db;
    }
    const QUrl parsed(url);
    if (parsed.isValid() && (parsed.scheme() == QLatin1String("postgresql") ||
                             parsed.scheme() == QLatin1String("postgres"))) {
        db->m_dialect = Dialect::Postgres;
        db->m_host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
        db->m_port = parsed.port(5432);
        db->m_user = parsed.userName();
        db->m_password = parsed.password();
        db->m_name = parsed.path().mid(1);
        // Connection options as libpq takes them (sslmode=require, connect_timeout=5).
        QStringList options;
        for (const auto& item : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
            options << item.first + QLatin1Char('=') + item.second;
        db->m_options = options.join(QLatin1Char(';'));
        if (db->m_name.isEmpty())
            return Error{Error::Code::Invalid,
                         QStringLiteral("the PostgreSQL URL names no database: "
                                        "postgresql://USER:PASSWORD@HOST:PORT/NAME")};
        return db;
    }
    return Error{Error::Code::Invalid,
                 QStringLiteral("unknown database URL \"%1\": use sqlite:PATH or "
                                "postgresql://USER:PASSWORD@HOST:PORT/NAME")
                     .arg(url.section(QLatin1Char('@'), -1))};
}

QString ServerDatabase::describe() const
{
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_name);
}

Result<QSqlDatabase> ServerDatabase::connection()
{
    const QString name =
        QStringLiteral("sendtrix-server-%1-%2").arg(m_id).arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db;
    if (m_dialect == Dialect::Sqlite) {
        const QFileInfo file(m_path);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{Error::Code::ReadOnly,
                         QStringLiteral("cannot create the folder %1").arg(file.absolutePath())};
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_name);
        db.setConnectOptions(m_options);
    }
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Error::Code::Database,
                     QStringLiteral("cannot open %1: %2").arg(describe(), why)};
    }
    QSqlQuery q(db);
    if (m_dialect == Dialect::Sqlite) {
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA foreign_keys = ON"})
            q.exec(QLatin1String(pragma));
    } else {
        q.exec(QStringLiteral("SET client_min_messages TO warning")); // no NOTICEs on stderr
    }
    std::lock_guard lock(m_mutex);
    m_connections << name;
    return db;
}

Error ServerDatabase::error(const QSqlQuery& q, const QString& doing)
{
    return Error{Error::Code::Database, QStringLiteral("%1: %2").arg(doing, q.lastError().text())};
}

Result<QSqlQuery> ServerDatabase::exec(const QString& sql, const QVariantList& values)
{
    auto db = connection();
    if (!db.ok())
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true); // read once, in order: no copy of every row in memory
    if (!q.prepare(sql))
        return error(q, QStringLiteral("prepare"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return error(q, QStringLiteral("query"));
    return q;
}

int ServerDatabase::latestVersion()
{
    return int(migrations().size());
}

Result<int> ServerDatabase::migrate()
{
    auto db = connection();
    if (!db.ok())
        return db.error();
    ServerTransaction tx(db.value(), m_dialect);
    if (!tx.isActive())
        return Error{Error::Code::Database, QStringLiteral("cannot begin the migration")};
    QSqlQuery q(db.value());
    if (m_dialect == Dialect::Postgres &&
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7305218)")))
        return error(q, QStringLiteral("migration lock"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                               "NOT NULL)")))
        return error(q, QStringLiteral("schema_version"));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    if (version > latestVersion())
        return Error{Error::Code::TooNew,
                     QStringLiteral("the database has schema version %1, newer than this "
                                    "server (%2): upgrade the server")
                         .arg(version)
                         .arg(latestVersion())};
    for (int v = version; v < latestVersion(); ++v) {
        for (const QString& statement : migrations().at(v)) {
            if (!q.exec(dialectSql(statement, m_dialect)))
                return error(q, QStringLiteral("migration %1").arg(v + 1));
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES (?)"));
        q.addBindValue(v + 1);
        if (!q.exec())
            return error(q, QStringLiteral("migration %1").arg(v + 1));
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return latestVersion();
}

ServerTransaction::ServerTransaction(QSqlDatabase db, ServerDatabase::Dialect dialect)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(dialect == ServerDatabase::Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                 : QStringLiteral("BEGIN"));
}

ServerTransaction::~ServerTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> ServerTransaction::commit()
{
    if (!m_active)
        return Error{Error::Code::Database, QStringLiteral("no transaction")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return ServerDatabase::error(q, QStringLiteral("commit")); // the destructor rolls back
    m_active = false;
    return {};
}
