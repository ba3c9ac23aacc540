#include "ChangeLog.h"
#include "ContactRepository.h"
#include "Migrations.h"
#include "Store.h"
#include "TestStore.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void opensNewStoreAtLatestVersion();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void failedMigrationChangesNothing();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void refusesForeignDatabase();
    void refusesReadOnlyFile();
    void refusesNewerVersion();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionRollsBackOnlyInner();
    void flatNestingRefusesToCommitAfterAFailedWrite();
};

void TestStoreMigrations::opensNewStoreAtLatestVersion()
{
    QTemporaryDir dir;
    auto store = TestStore::openFresh(dir);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(TestStore::scalar(*store, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(TestStore::scalar(*store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char* table : {"contacts", "change_log", "contacts_fts", "lists", "list_members",
                              "tags", "contact_tags", "schema_version"}) {
        QVERIFY2(TestStore::scalar(
                     *store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                 .arg(QLatin1String(table)))
                         .toInt() == 1,
                 table);
    }
    // Every synced table has the sync columns.
    for (const char* table : {"contacts", "lists", "list_members", "tags", "contact_tags"}) {
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, rev, updated_at, deleted FROM %1")
                           .arg(QLatin1String(table))));
    }
    // Reopening is a no-op.
    const QString path = store->path();
    store.reset();
    auto again = Store::open(path);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(
        TestStore::scalar(*again.value(), QStringLiteral("SELECT count(*) FROM schema_version"))
            .toInt(),
        Store::latestSchemaVersion());
}

void TestStoreMigrations::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Store::latestSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestStoreMigrations::migratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Store::openAtVersion(path, from);
        QVERIFY2(old.ok(), qPrintable(old.errorMessage()));
        QCOMPARE(old.value()->schemaVersion(), from);
        // Data as the old version wrote it (contacts exist from v1 on), in plain SQL: today's
        // repositories expect today's tables.
        QSqlQuery q(old.value()->database());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO contacts(uuid, created_at, updated_at, email, first_name) "
                     "VALUES ('6a1c2b0e-0000-4000-8000-000000000001', 1, 1, "
                     "'anna@voorbeeld.nl', 'Anna')")),
                 qPrintable(q.lastError().text()));
    }
    auto store = Store::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
    ContactRepository repo(*store.value());
    const auto anna = repo.findByEmail(QStringLiteral("anna@voorbeeld.nl"));
    QVERIFY(anna.has_value());
    QCOMPARE(anna->firstName, QStringLiteral("Anna"));
    QCOMPARE(TestStore::scalar(*store.value(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QSqlQuery fk(store.value()->database());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!fk.next());
}

void TestStoreMigrations::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        auto old = Store::openAtVersion(path, 1);
        QVERIFY(old.ok());
        // Something in the way of migration 2, as a damaged or hand-edited file might have.
        QVERIFY(old.value()->exec(QStringLiteral("CREATE TABLE tags (x)")).ok());
    }
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::Database);
    QVERIFY(store.errorMessage().contains(QStringLiteral("v1.db")));
    // One transaction: migration 2's first tables were rolled back with the rest.
    auto v1 = Store::openAtVersion(path, 1);
    QVERIFY(v1.ok());
    QCOMPARE(v1.value()->schemaVersion(), 1);
    QCOMPARE(
        TestStore::scalar(*v1.value(),
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'lists'"))
            .toInt(),
        0);
}

void TestStoreMigrations::refusesCorruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("text file") << QByteArray("Naam;E-mail\nJan;jan@example.nl\n");
    QTest::addRow("random bytes") << QByteArray(4096, '\x5a');
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(8192, '\xff'));
    QTest::addRow("valid header, damaged pages") << damaged;
}

void TestStoreMigrations::refusesCorruptFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("klanten.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = TestStore::fileHash(path);

    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::Corrupt);
    QVERIFY2(store.errorMessage().contains(QStringLiteral("klanten.db")),
             qPrintable(store.errorMessage()));
    QVERIFY(store.errorMessage().contains(QStringLiteral("backup")));
    QCOMPARE(TestStore::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStoreMigrations::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other-app.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, total REAL)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = TestStore::fileHash(path);
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::Corrupt);
    QVERIFY(store.errorMessage().contains(QStringLiteral("other-app.sqlite")));
    QCOMPARE(TestStore::fileHash(path), before);
}

void TestStoreMigrations::refusesReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.db"));
    TestStore::openFresh(dir, QStringLiteral("readonly.db")).reset();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    const QByteArray before = TestStore::fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::ReadOnly);
    QVERIFY(store.errorMessage().contains(QStringLiteral("readonly.db")));
    QVERIFY(store.errorMessage().contains(QStringLiteral("writable")));
    QCOMPARE(TestStore::fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreMigrations::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto store = TestStore::openFresh(dir, QStringLiteral("future.db"));
        QVERIFY(store->exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")).ok());
        QVERIFY(store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = TestStore::fileHash(path);
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Error::Code::TooNew);
    QVERIFY(store.errorMessage().contains(QStringLiteral("future.db")));
    QVERIFY(store.errorMessage().contains(QStringLiteral("99")));
    QVERIFY(store.errorMessage().contains(QStringLiteral("newer version")));
    QCOMPARE(TestStore::fileHash(path), before);
    // Still unknown after a second attempt: nothing was migrated in between.
    QCOMPARE(Store::open(path).error().code, Error::Code::TooNew);
    // Read-only as well: the version is what the user must act on, not the permissions.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QCOMPARE(Store::open(path).error().code, Error::Code::TooNew);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreMigrations::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto store = TestStore::openFresh(dir);
    {
        Transaction tx(*store);
        QVERIFY(tx.isActive());
        QVERIFY(ChangeLog::append(*store, QStringLiteral("contact"), QStringLiteral("u1"),
                                  ChangeLog::Op::Upsert, 1)
                    .ok());
        // No commit: leaving the scope rolls back.
    }
    QCOMPARE(ChangeLog::pendingCount(*store), 0);
    {
        Transaction tx(*store);
        QVERIFY(ChangeLog::append(*store, QStringLiteral("contact"), QStringLiteral("u2"),
                                  ChangeLog::Op::Upsert, 1)
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(ChangeLog::pendingCount(*store), 1);
    QVERIFY(!store->inTransaction());
}

void TestStoreMigrations::nestedTransactionRollsBackOnlyInner()
{
    QTemporaryDir dir;
    auto store = TestStore::openFresh(dir);
    {
        Transaction outer(*store);
        QVERIFY(ChangeLog::append(*store, QStringLiteral("contact"), QStringLiteral("a"),
                                  ChangeLog::Op::Upsert, 1)
                    .ok());
        {
            Transaction inner(*store);
            QVERIFY(inner.isActive());
            QVERIFY(ChangeLog::append(*store, QStringLiteral("contact"), QStringLiteral("b"),
                                      ChangeLog::Op::Upsert, 1)
                        .ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(ChangeLog::pendingCount(*store), 1);
    QCOMPARE(TestStore::scalar(*store, QStringLiteral("SELECT uuid FROM change_log")).toString(),
             QStringLiteral("a"));
}

void TestStoreMigrations::flatNestingRefusesToCommitAfterAFailedWrite()
{
    QTemporaryDir dir;
    auto store = TestStore::openFresh(dir);
    ContactRepository repo(*store);
    auto countContacts = [&] { return repo.count({}); };
    // An inner step that gives up before writing leaves the outer transaction usable.
    {
        Transaction outer(*store);
        Store::FlatNesting flat(*store);
        Contact a;
        a.email = QStringLiteral("a@voorbeeld.nl");
        QVERIFY(repo.create(a).ok());
        {
            Transaction inner(*store); // gives up, wrote nothing
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(countContacts(), 1);
    // One that wrote and then failed poisons it: nothing of it is kept.
    {
        Transaction outer(*store);
        Store::FlatNesting flat(*store);
        Contact b;
        b.email = QStringLiteral("b@voorbeeld.nl");
        QVERIFY(repo.create(b).ok());
        {
            Transaction inner(*store);
            QVERIFY(store->exec(QStringLiteral("UPDATE contacts SET notes = 'x'")).ok());
        } // rolled back without a savepoint to go back to
        const auto committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY(committed.errorMessage().contains(QLatin1String("undone")));
    }
    QCOMPARE(countContacts(), 1);
    QVERIFY(!store->inTransaction());
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store.moc"
