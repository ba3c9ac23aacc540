#include "Store.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sendtrix-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Error corruptError(const QString& path, const QString& detail = {})
{
    QString message =
        Store::tr("“%1” is not a Sendtrix store, or it is damaged, so Sendtrix did not open it. "
                  "The file was not changed. Restore it from a backup, or choose another file.")
            .arg(nativePath(path));
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + Store::tr("(Details: %1)").arg(detail);
    return {Error::Code::Corrupt, message};
}

Error readOnlyError(const QString& path)
{
    return {Error::Code::ReadOnly,
            Store::tr("“%1” is read-only, so Sendtrix cannot save changes to it. The file was "
                      "not changed. Make the file and its folder writable, or copy it to a folder "
                      "you can write to, and open it again.")
                .arg(nativePath(path))};
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

bool isWritable(const QFileInfo& info)
{
    // The permission bits are checked as well as access(): a file marked read-only (a
    // backup, a file copied from a CD or a share) is respected even for an administrator.
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

bool isSqliteReadOnly(const QSqlError& error)
{
    // SQLITE_READONLY (8) and its extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 8;
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_sortOrders(std::make_unique<SortOrders>(m_path))
    , m_prefixSets(std::make_unique<PrefixSets>(m_path))
{}

Store::~Store()
{
    m_prefixSets.reset(); // waits for a background build before the connection goes
    m_statements.clear();
    m_failedStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::latestSchemaVersion()
{
    return storeMigrations().back().version;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    return openAtVersion(path, latestSchemaVersion());
}

Result<std::unique_ptr<Store>> Store::openAtVersion(const QString& path, int targetVersion)
{
    const QFileInfo info(path);
    const bool exists = info.exists();

    if (exists) {
        if (info.isDir())
            return Error{Error::Code::Corrupt,
                         tr("“%1” is a folder, not a Sendtrix store. Choose the store file "
                            "inside it (sendtrix.db), or another file.")
                             .arg(nativePath(path))};
        if (info.size() > 0 && !hasSqliteHeader(path))
            return corruptError(path);
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Code::ReadOnly,
                         tr("Sendtrix cannot create the folder “%1” for its store. Check that "
                            "you may write there, or choose another location.")
                             .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    // Look before touching: read the schema version through a read-only connection, so a
    // damaged file or one from a newer version is never written to (not even WAL mode).
    if (exists && info.size() > 0) {
        std::unique_ptr<Store> probe(new Store(path, nextConnectionName()));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return corruptError(path, db.lastError().text());
        auto version = probe->readVersion();
        if (!version.ok())
            return version.error();
        if (version.value() > latestSchemaVersion())
            return Error{Error::Code::TooNew,
                         tr("“%1” was written by a newer version of Sendtrix (store version %2; "
                            "this version understands up to %3), so it was not opened. The file "
                            "was not changed. Install the latest version of Sendtrix to open it.")
                             .arg(nativePath(path))
                             .arg(version.value())
                             .arg(latestSchemaVersion())};
        // Before a migration rewrites the schema, make sure the whole file is sound: a
        // damaged page found half-way would leave the user with less than they had.
        if (version.value() < targetVersion) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok"))
                return corruptError(path, check.lastError().isValid() ? check.lastError().text()
                                                                      : check.value(0).toString());
        }
    }
    if (exists && (!isWritable(info) || !isWritable(QFileInfo(info.absolutePath()))))
        return readOnlyError(path);

    std::unique_ptr<Store> store(new Store(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{
            Error::Code::Database,
            tr("Sendtrix could not open “%1”: %2").arg(nativePath(path), db.lastError().text())};

    if (auto configured = store->configure(); !configured.ok())
        return configured.error();
    auto version = store->readVersion();
    if (!version.ok())
        return version.error();
    store->m_version = version.value();
    if (auto migrated = store->migrateTo(targetVersion); !migrated.ok())
        return migrated.error();
    return store;
}

Result<void> Store::configure()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        if (isSqliteReadOnly(q.lastError()))
            return readOnlyError(m_path);
        return corruptError(m_path, q.lastError().text());
    }
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return readOnlyError(m_path);
    // Without it, searches take the plain SQL plans (see SearchHits).
    m_hits.install(handle());
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -48000",
                               // deleted personal data is overwritten, not left in free pages
                               "PRAGMA secure_delete = ON",
                               // a WAL grown by a large write shrinks back once it restarts
                               "PRAGMA journal_size_limit = 67108864"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return databaseError(q, QString::fromLatin1(pragma));
    }
    return {};
}

Result<int> Store::readVersion()
{
    QSqlQuery q(database());
    // Reading the schema is what fails on a damaged or foreign file.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return corruptError(m_path, q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (!tables.contains(QLatin1String("schema_version"))) {
        if (!tables.isEmpty())
            return corruptError(m_path);
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return corruptError(m_path, q.lastError().text());
    return q.value(0).toInt();
}

Result<void> Store::migrateTo(int targetVersion)
{
    if (m_version >= targetVersion)
        return {};

    // All pending migrations in one transaction: a failure or a kill leaves the old schema.
    if (auto begun = begin(); !begun.ok()) {
        if (begun.error().code == Error::Code::ReadOnly)
            return readOnlyError(m_path);
        return begun.error();
    }
    QSqlQuery q(database());
    auto fail = [&](const QString& what) -> Result<void> {
        const QSqlError error = q.lastError();
        rollback();
        if (isSqliteReadOnly(error))
            return readOnlyError(m_path);
        return Error{Error::Code::Database,
                     tr("Sendtrix could not update the store “%1” (%2): %3. The file was not "
                        "changed.")
                         .arg(nativePath(m_path), what, error.text())};
    };
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)")))
        return fail(QStringLiteral("schema_version"));

    for (const Migration& migration : storeMigrations()) {
        if (migration.version <= m_version || migration.version > targetVersion)
            continue;
        for (const QString& sql : migration.statements) {
            if (!q.exec(sql))
                return fail(tr("migration %1").arg(migration.version));
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at) "
                                 "VALUES (?, CAST(strftime('%s','now') AS INTEGER) * 1000)"));
        q.addBindValue(migration.version);
        if (!q.exec())
            return fail(tr("migration %1").arg(migration.version));
    }
    if (auto committed = commit(); !committed.ok()) {
        rollback();
        return committed.error();
    }
    m_version = targetVersion;
    return {};
}

QSqlQuery& Store::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(database());
        q->setForwardOnly(true);
        // A failed prepare surfaces as a failed exec() with the error text; it is not kept,
        // so the next use prepares again (a busy schema is a passing state).
        if (!q->prepare(sql)) {
            // Callers nest statements (one binds a value another computes), so the last few
            // failures stay alive; the oldest goes once there are many.
            if (m_failedStatements.size() >= 16)
                m_failedStatements.erase(m_failedStatements.begin());
            m_failedStatements.push_back(std::move(q));
            return *m_failedStatements.back();
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

void Store::checkpoint()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Store::DeferredCheckpoint::DeferredCheckpoint(Store& store)
    : m_store(store)
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next())
        m_pages = q.value(0).toInt();
    q.finish();
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 65536"));
}

Store::DeferredCheckpoint::~DeferredCheckpoint()
{
    {
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_pages));
    }
    m_store.checkpoint();
}

Result<void> Store::exec(const QString& sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return databaseError(q, sql);
    if (m_depth == 0)
        ++m_generation; // it may have written: cached search results are stale
    return {};
}

Result<void> Store::begin()
{
    if (m_depth > 0 && m_flatDepth > 0 && m_depth >= m_flatDepth) {
        ++m_depth; // inside a flat scope: no savepoint (see FlatNesting)
        m_flatChanges.push_back(totalChanges());
        return {};
    }
    // Prepared once per nesting depth: a bulk write opens thousands of savepoints.
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    QSqlQuery& q = statement(sql);
    if (!q.exec())
        return databaseError(q, sql);
    q.finish();
    ++m_depth;
    return {};
}

Result<void> Store::commit()
{
    if (m_depth == 0)
        return {};
    if (m_flatDepth > 0 && m_depth > m_flatDepth) {
        --m_depth;
        m_flatChanges.pop_back();
        return {};
    }
    if (m_poisoned && m_depth == m_flatDepth) {
        // An inner step failed while savepoints were off: its half-done work cannot be
        // taken back on its own, so nothing of this transaction may be kept.
        rollback();
        return Error{Error::Code::Database,
                     tr("A step of a bulk change failed, so the whole change was undone.")};
    }
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    QSqlQuery& q = statement(sql);
    if (!q.exec())
        return databaseError(q, sql);
    q.finish();
    --m_depth;
    if (m_depth == 0)
        ++m_generation; // cached search results are stale now
    return {};
}

void Store::rollback()
{
    if (m_depth == 0)
        return;
    if (m_flatDepth > 0 && m_depth > m_flatDepth) {
        --m_depth;
        // A step that gave up before writing anything (a refused consent) leaves nothing
        // behind; one that wrote and then failed does.
        if (m_flatChanges.empty() || m_flatChanges.back() != totalChanges())
            m_poisoned = true;
        if (!m_flatChanges.empty())
            m_flatChanges.pop_back();
        return;
    }
    if (m_depth == m_flatDepth)
        m_poisoned = false;
    QSqlQuery q(database());
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

sqlite3* Store::handle() const
{
#if !SENDTRIX_SQLITE_C_API
    return nullptr;
#endif
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

SortOrders::DataStamp Store::dataStamp()
{
    // data_version changes when another connection (the CLI, say) commits; total_changes
    // counts this connection's writes, also those made outside Transaction.
    QSqlQuery& q = statement(QStringLiteral("SELECT total_changes()"));
    const qint64 changes = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    QSqlQuery& v = statement(QStringLiteral("PRAGMA data_version"));
    const qint64 dataVersion = v.exec() && v.next() ? v.value(0).toLongLong() : -1;
    v.finish();
    return {m_generation, changes, dataVersion};
}

qint64 Store::prepareSearchHits(const QString& ftsExpression)
{
    return prepareSearchHits(ftsExpression, dataStamp());
}

qint64 Store::prepareSearchHits(const QString& ftsExpression, const SortOrders::DataStamp& stamp)
{
    if (m_hits.holds(ftsExpression, stamp))
        return m_hits.count();
    // A lone one- or two-character prefix ("de"*) may be ready in PrefixSets.
    static const QRegularExpression shortPrefix(QStringLiteral("^\"([a-z0-9]{1,2})\"\\*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shortPrefix.match(ftsExpression);
    if (m_usePrefixSets && match.hasMatch() && handle()) {
        if (auto set = m_prefixSets->get(match.captured(1).toLower(), stamp))
            return m_hits.adopt(ftsExpression, stamp, set->bits, set->count);
    }
    return m_hits.prepare(handle(), ftsExpression, stamp);
}

Error Store::databaseError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return databaseError(ok ? code : 1, error.text(), what);
}

Error Store::databaseError(int sqliteCode, const QString& detail, const QString& what)
{
    if ((sqliteCode & 0xff) == 8) // SQLITE_READONLY and its extended codes
        return {
            Error::Code::ReadOnly,
            tr("The store is read-only, so the change was not saved. (Details: %1)").arg(detail)};
    return {
        Error::Code::Database,
        tr("The store reported an error, so the change was not saved: %1 (%2)").arg(detail, what)};
}

Store::FlatNesting::FlatNesting(Store& store)
    : m_store(store)
    , m_previous(store.m_flatDepth)
{
    if (store.m_depth > 0 && store.m_flatDepth == 0) {
        store.m_flatDepth = store.m_depth;
        store.m_poisoned = false;
    }
}

Store::FlatNesting::~FlatNesting()
{
    m_store.m_flatDepth = m_previous;
}

qint64 Store::totalChanges()
{
    QSqlQuery& q = statement(QStringLiteral("SELECT total_changes()"));
    qint64 n = -1;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

void Store::bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
}
