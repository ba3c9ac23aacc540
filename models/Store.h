#pragma once

#include "PrefixSets.h"
#include "Result.h"
#include "SearchHits.h"
#include "SortOrders.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <memory>
#include <vector>

// The local SQLite store: one file, WAL, foreign keys on, numbered migrations.
//
// open() refuses (and leaves untouched) a file that is damaged, read-only or written by
// a newer version, with a message that names the file and says what to do.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens (creating if needed) and migrates to the latest schema version.
    static Result<std::unique_ptr<Store>> open(const QString& path);
    // Opens and migrates only up to targetVersion: for migration tests.
    static Result<std::unique_ptr<Store>> openAtVersion(const QString& path, int targetVersion);

    static int latestSchemaVersion();
    int schemaVersion() const { return m_version; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // A statement prepared once per store and reused: the SQL text is the key.
    // The caller binds values, executes and calls finish() when done reading.
    QSqlQuery& statement(const QString& sql);

    // Copies what the WAL holds into the store file, without waiting for readers.
    void checkpoint();

    // While alive, this connection copies the WAL back into the store file only once the WAL
    // holds 256 MB (not every 4 MB), and once at the end: for many transactions in a row
    // that each touch most pages of the indexes (a first sync applies 5,000 contacts per
    // transaction), every copy and its fsync are paid once instead of after each one.
    class DeferredCheckpoint
    {
    public:
        explicit DeferredCheckpoint(Store& store);
        ~DeferredCheckpoint();
        DeferredCheckpoint(const DeferredCheckpoint&) = delete;
        DeferredCheckpoint& operator=(const DeferredCheckpoint&) = delete;

    private:
        Store& m_store;
        int m_pages = 1000; // the setting before
    };

    // Runs one statement without caching (schema work, pragmas).
    Result<void> exec(const QString& sql);

    // Transaction nesting: the outermost is BEGIN IMMEDIATE/COMMIT, inner ones savepoints.
    // Prefer the RAII Transaction guard to calling these directly.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // While alive, transactions nested in the current one open no savepoints: FTS5 writes
    // its pending index data at every savepoint, which makes a bulk import of a million
    // rows write a million tiny index segments. The price: an inner step that fails cannot
    // be undone alone, so the enclosing transaction then refuses to commit (it rolls back
    // and says so). For bulk work that is all or nothing anyway.
    class FlatNesting
    {
    public:
        explicit FlatNesting(Store& store);
        ~FlatNesting();
        FlatNesting(const FlatNesting&) = delete;
        FlatNesting& operator=(const FlatNesting&) = delete;

    private:
        Store& m_store;
        int m_previous;
    };

    // While alive, ChangeLog::append writes nothing: the sync engine applies rows pulled from
    // the server through this connection, and they must not be pushed back as local edits.
    // Merge results that must go to the server are logged by the engine itself.
    class ApplyingRemote
    {
    public:
        explicit ApplyingRemote(Store& store)
            : m_store(store)
        {
            ++m_store.m_applyingRemote;
        }
        ~ApplyingRemote() { --m_store.m_applyingRemote; }
        ApplyingRemote(const ApplyingRemote&) = delete;
        ApplyingRemote& operator=(const ApplyingRemote&) = delete;

    private:
        Store& m_store;
    };
    bool applyingRemote() const { return m_applyingRemote > 0; }

    // The connection's raw handle, for the few hot paths that need the C API.
    sqlite3* handle() const;
    // Full-text matches shared with SQL as sendtrix_hit(id); see SearchHits.
    // Returns the number of matches of the FTS5 expression, or -1 on failure.
    qint64 prepareSearchHits(const QString& ftsExpression);
    qint64 prepareSearchHits(const QString& ftsExpression, const SortOrders::DataStamp& stamp);
    const SearchHits& searchHits() const { return m_hits; }
    // Sort orders held in memory for searches; see SortOrders.
    SortOrders& sortOrders() { return *m_sortOrders; }
    // The broadest short-prefix searches, kept ready in the background; see PrefixSets.
    PrefixSets& prefixSets() { return *m_prefixSets; }
    void setUsePrefixSets(bool use) { m_usePrefixSets = use; } // off: FTS5 answers every search
    // Which state of the data the caches above belong to.
    SortOrders::DataStamp dataStamp();

    // Who writes through this store, recorded with consent events and erasures:
    // "desktop:anna", "cli:anna".
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    // Binds the values in order; a null QString binds as '' (text columns hold '', never
    // NULL), an invalid QVariant as NULL.
    static void bindAll(QSqlQuery& query, const QVariantList& values);

    // A translated sentence for a failed query, with the SQLite detail.
    static Error databaseError(const QSqlQuery& query, const QString& what);
    // The same for a statement run through the C API: its result code and message.
    static Error databaseError(int sqliteCode, const QString& detail, const QString& what);

private:
    Store(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrateTo(int targetVersion);
    Result<int> readVersion();

    QString m_path;
    QString m_connectionName;
    int m_version = 0;
    int m_depth = 0;
    int m_flatDepth = 0;     // depth of the transaction whose nested ones are flat; 0: none
    bool m_poisoned = false; // an inner step failed under FlatNesting
    std::vector<qint64> m_flatChanges; // total_changes() when each flat level began
    qint64 totalChanges();
    qint64 m_generation = 0; // commits on this connection
    SearchHits m_hits;
    std::unique_ptr<SortOrders> m_sortOrders;
    std::unique_ptr<PrefixSets> m_prefixSets;
    bool m_usePrefixSets = true;
    QString m_actor = QStringLiteral("unknown");
    int m_applyingRemote = 0; // see ApplyingRemote
    // unique_ptr: references handed out stay valid while the cache grows.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // Statements that did not prepare, kept while a caller may still hold a reference.
    std::vector<std::unique_ptr<QSqlQuery>> m_failedStatements;
};
