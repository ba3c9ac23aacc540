// Sync end to end: two stores ("laptops") of one account and the real sendtrix-server,
// started as a process over real HTTPS with a certificate from its own `dev-certs`. Faults
// are real too: the server killed with SIGKILL mid-push, a TCP proxy that cuts the answer
// off, a port where nobody listens, a server that never answers.
#include "AccountEvents.h"
#include "ApiClient.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DataSubjectRights.h"
#include "ListRepository.h"
#include "Mailing.h"
#include "MailingRepository.h"
#include "PrivacyCentre.h"
#include "Segment.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "SuppressionList.h"
#include "SyncChange.h"
#include "SyncCodec.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "TagRepository.h"
#include "TemplateRepository.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <memory>

namespace {
const QString kServer = QStringLiteral(SENDTRIX_SERVER_PATH);
const QString kCli = QStringLiteral(SENDTRIX_CLI_PATH);
const QString kPassword = QStringLiteral("correct horse battery");
const QString kEmail = QStringLiteral("anna@voorbeeld.nl");

// A TCP relay in front of the server (TLS passes through untouched). It can cut a
// connection once the client has sent `cutAfterUpload` bytes and the server has begun to
// answer (the server did the work; the client never learns the answer), or swallow
// everything (a server that never answers).
class Relay : public QObject
{
public:
    explicit Relay(int target)
        : m_target(target)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    int port() const { return m_server.serverPort(); }
    qint64 cutAfterUpload = -1; // -1: never cut
    qint64 cutDownloadAt = -1;  // pass this many bytes of the answers, then cut both sides
    bool blackHole = false;
    int cuts = 0;

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            auto uploaded = std::make_shared<qint64>(0);
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_target));
            QObject::connect(client, &QTcpSocket::readyRead, client, [=] {
                if (blackHole) {
                    client->readAll();
                    return;
                }
                const QByteArray bytes = client->readAll();
                *uploaded += bytes.size();
                upstream->write(bytes);
            });
            auto swallowing = std::make_shared<bool>(false);
            auto downloaded = std::make_shared<qint64>(0);
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
                const QByteArray bytes = upstream->readAll();
                if (*swallowing)
                    return;
                if (cutDownloadAt >= 0 && *downloaded + bytes.size() > cutDownloadAt) {
                    // Part of an answer arrives, then the connection is gone (a proxy or
                    // a Wi-Fi hand-over dropping it in the middle).
                    client->write(bytes.left(cutDownloadAt - *downloaded));
                    client->flush();
                    ++cuts;
                    cutDownloadAt = -1;
                    *swallowing = true;
                    upstream->abort();
                    client->abort();
                    return;
                }
                *downloaded += bytes.size();
                if (cutAfterUpload >= 0 && *uploaded > cutAfterUpload) {
                    // The request went up and the server answered; the answer never
                    // arrives. (Closing the connection instead makes Qt send the request
                    // again by itself, which the batch id makes harmless, but then
                    // nothing is lost.)
                    ++cuts;
                    cutAfterUpload = -1;
                    *swallowing = true;
                    return;
                }
                client->write(bytes);
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
        }
    }

    QTcpServer m_server;
    int m_target;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void codecRoundTripWithoutNetwork();
    void secondLaptopGetsExactlyTheSameRows();
    void contactFieldsMergeAndTheLaterEditWins();
    void templateEditedOnBothGetsAConflictCopy();
    void unsubscribeOnEitherSideWins();
    void deletesAndErasuresPropagate();
    void serverKilledMidPushLosesAndDoublesNothing();
    void lostAnswerIsRetriedWithTheSameBatch();
    void offlineAndTimeoutAreReported();
    void connectionCutMidAnswerLosesNothing();
    void anEditWhileItsBatchIsOnItsWayIsNotLost();
    void aSyncedContactIsItsOwnBaseUntilItChanges();
    void serverFailureMidBatchLosesAndDoublesNothing();
    void refusedChangesAreKeptAsideAndTheRestGoesOn();
    void accountEventsAndNoticesReachTheOtherLaptop();
    void usageStatisticsGoOnlyWhenTurnedOn();
    void cliSyncsAndReportsJson();
    void theServerOwnsAMailingOnceScheduled();
    void engineSyncsOnItsOwnThread();
    void backoffGrowsWithJitter();

private:
    int serve();
    QString login();
    std::unique_ptr<ApiClient> client(int port = 0);
    SyncSession::Report sync(Store& store, int port = 0, int timeoutMs = 20000);
    // Every synced row as the codec reads it (no local ids), by type/uuid.
    QMap<QString, QJsonObject> snapshot(Store& store);
    void compareStores();
    qint64 serverRows(const QString& type = {});
    qint64 serverRev();                  // the newest revision on the server
    bool serverExec(const QString& sql); // on the server's database file, from outside
    void restartServer(const QByteArray& config);
    // The server's log lines written since the last call (it logs every request).
    QString serverLog();
    Contact addContact(Store& store, const QString& email, const QString& first);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_certs;
    QString m_config;
    QProcess m_server;
    int m_port = 0;
    QString m_token;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<Store> m_a;
    std::unique_ptr<Store> m_b;
};

int TestSync::serve()
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(kServer, {QStringLiteral("--database"), m_db, QStringLiteral("--config"),
                             m_config, QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                             m_certs + QStringLiteral("/server.pem"), QStringLiteral("--key"),
                             m_certs + QStringLiteral("/server.key")});
    QElapsedTimer clock;
    clock.start();
    while (!m_server.canReadLine() && m_server.state() != QProcess::NotRunning &&
           clock.elapsed() < 20000)
        m_server.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on 127.0.0.1:"))) {
        qWarning("%s", qPrintable(line + QString::fromUtf8(m_server.readAllStandardError())));
        return 0;
    }
    return line.section(QLatin1Char(':'), -1).toInt();
}

std::unique_ptr<ApiClient> TestSync::client(int port)
{
    auto api = std::make_unique<ApiClient>(
        QUrl(QStringLiteral("https://localhost:%1").arg(port ? port : m_port)));
    api->setTrustedCas(m_ca);
    api->setToken(m_token);
    return api;
}

QString TestSync::login()
{
    auto api = client();
    api->setToken({});
    const ApiClient::Reply r = api->call(
        "POST", QStringLiteral("/api/v1/session"),
        QJsonObject{{QStringLiteral("email"), kEmail}, {QStringLiteral("password"), kPassword}});
    return r.body.value(QStringLiteral("token")).toString();
}

SyncSession::Report TestSync::sync(Store& store, int port, int timeoutMs)
{
    auto api = client(port);
    api->setTimeoutMs(timeoutMs);
    SyncSession session(store, *api);
    return session.run();
}

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    m_certs = m_dir.filePath(QStringLiteral("certs"));
    QProcess devCerts;
    devCerts.start(kServer, {QStringLiteral("dev-certs"), m_certs});
    QVERIFY(devCerts.waitForFinished(30000));
    QCOMPARE(devCerts.exitCode(), 0);
    m_ca = QSslCertificate::fromPath(m_certs + QStringLiteral("/ca.pem"));
    QCOMPARE(m_ca.size(), 1);
    m_config = m_dir.filePath(QStringLiteral("server.ini"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[server]\nthreads = 4\n");
    config.close();
    QProcess account;
    account.start(kServer, {QStringLiteral("--database"), m_db, QStringLiteral("account"),
                            QStringLiteral("create"), QStringLiteral("--email"), kEmail});
    account.write(kPassword.toUtf8() + '\n');
    account.closeWriteChannel();
    QVERIFY(account.waitForFinished(60000));
    QCOMPARE(account.exitCode(), 0);
    m_port = serve();
    QVERIFY(m_port > 0);
    m_token = login();
    QVERIFY(!m_token.isEmpty());

    auto a = Store::open(m_dir.filePath(QStringLiteral("a.db")));
    QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
    m_a = std::move(a).value();
    m_a->setActor(QStringLiteral("desktop:a"));
    auto b = Store::open(m_dir.filePath(QStringLiteral("b.db")));
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    m_b = std::move(b).value();
    m_b->setActor(QStringLiteral("desktop:b"));
}

void TestSync::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }
}

Contact TestSync::addContact(Store& store, const QString& email, const QString& first)
{
    Contact c;
    c.email = email;
    c.firstName = first;
    c.lastName = QStringLiteral("van den Berg");
    c.city = QStringLiteral("Utrecht");
    c.customFields.insert(QStringLiteral("klant_sinds"), QStringLiteral("2019"));
    auto made = ContactRepository(store).create(c);
    if (!made.ok())
        qFatal("cannot create a contact: %s", qPrintable(made.errorMessage()));
    return made.value();
}

QMap<QString, QJsonObject> TestSync::snapshot(Store& store)
{
    static const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("list"), QStringLiteral("lists")},
        {QStringLiteral("list_member"), QStringLiteral("list_members")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("contact_tag"), QStringLiteral("contact_tags")},
        {QStringLiteral("consent_event"), QStringLiteral("consent_events")},
        {QStringLiteral("consent_evidence"), QStringLiteral("consent_evidence")},
        {QStringLiteral("suppression"), QStringLiteral("suppressions")},
        {QStringLiteral("erasure"), QStringLiteral("erasures")},
        {QStringLiteral("template"), QStringLiteral("templates")},
        {QStringLiteral("template_revision"), QStringLiteral("template_revisions")},
        {QStringLiteral("asset"), QStringLiteral("assets")},
        {QStringLiteral("segment"), QStringLiteral("segments")},
        {QStringLiteral("mailing"), QStringLiteral("mailings")},
    };
    SyncCodec codec(store);
    QMap<QString, QJsonObject> rows;
    for (const auto& [type, table] : tables) {
        QStringList uuids;
        {
            QSqlQuery q(store.database());
            if (!q.exec(QStringLiteral("SELECT uuid FROM %1").arg(table)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                uuids << q.value(0).toString();
        }
        for (const QString& uuid : uuids) {
            auto c = codec.read(type, uuid);
            if (!c)
                continue;
            QJsonObject data = c->data;
            data.remove(QStringLiteral("salt")); // each store's own until it adopts one
            if (type == QLatin1String("suppression"))
                data.remove(QStringLiteral("email_hash"));
            rows.insert(type + QLatin1Char('/') + uuid,
                        QJsonObject{{QStringLiteral("deleted"), c->deleted},
                                    {QStringLiteral("updated_at"), c->updatedAt},
                                    {QStringLiteral("data"), data}});
        }
    }
    return rows;
}

void TestSync::compareStores()
{
    const auto a = snapshot(*m_a);
    const auto b = snapshot(*m_b);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        QVERIFY2(b.contains(it.key()), qPrintable(QStringLiteral("B lacks ") + it.key()));
        if (b.value(it.key()) != it.value())
            QFAIL(qPrintable(
                QStringLiteral("%1 differs:\nA %2\nB %3")
                    .arg(
                        it.key(),
                        QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(b.value(it.key())).toJson(QJsonDocument::Compact)))));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        QVERIFY2(a.contains(it.key()), qPrintable(QStringLiteral("A lacks ") + it.key()));
    // Both ledgers verify, and the derived tables agree.
    QVERIFY2(ConsentRepository(*m_a).verify().ok(),
             qPrintable(ConsentRepository(*m_a).verify().problems.join('\n')));
    QVERIFY2(ConsentRepository(*m_b).verify().ok(),
             qPrintable(ConsentRepository(*m_b).verify().problems.join('\n')));
    // The search index is sound (rows pulled in bulk included); that it holds the live
    // contacts is compared below (tombstones are left out of it on purpose, so the check
    // against the content table does not apply).
    for (Store* s : {m_a.get(), m_b.get()}) {
        QSqlQuery check(s->database());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")),
                 qPrintable(s->path() + QLatin1Char(' ') + check.lastError().text()));
    }
    for (const QString& sql :
         {QStringLiteral("SELECT value FROM counters WHERE name = 'live_contacts'"),
          QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"),
          QStringLiteral("SELECT group_concat(name || '=' || value) FROM (SELECT * FROM counters "
                         "WHERE name LIKE 'consent:%' ORDER BY name)"),
          QStringLiteral("SELECT count(*) FROM suppressions WHERE deleted = 0"),
          QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'berg'"),
          QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'klant*'"),
          QStringLiteral("SELECT count(*) FROM contacts c WHERE deleted = 0 AND NOT EXISTS "
                         "(SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH 'email:\"' || "
                         "replace(c.email, '\"', '') || '\"' AND rowid = c.id)")}) {
        QSqlQuery qa(m_a->database()), qb(m_b->database());
        QVERIFY(qa.exec(sql) && qa.next());
        QVERIFY(qb.exec(sql) && qb.next());
        QCOMPARE(qb.value(0).toString(), qa.value(0).toString());
        if (sql.contains(QLatin1String("NOT EXISTS"))) // every live contact can be found
            QCOMPARE(qa.value(0).toInt(), 0);
    }
}

bool TestSync::serverExec(const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("srv-exec"));
        db.setDatabaseName(m_db.mid(7));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("srv-exec"));
    return ok;
}

QString TestSync::serverLog()
{
    // A request of its own as a marker: once its line is in, so are the lines of every
    // request answered before it (also on a loaded machine).
    const QString marker = QStringLiteral("/healthz");
    auto api = client();
    (void)api->call("GET", marker, {});
    QString log;
    QElapsedTimer clock;
    clock.start();
    while (!log.contains(marker) && clock.elapsed() < 10000) {
        m_server.waitForReadyRead(100);
        QCoreApplication::processEvents();
        log += QString::fromUtf8(m_server.readAllStandardError());
    }
    return log;
}

void TestSync::restartServer(const QByteArray& config)
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(10000));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(config);
    file.close();
    m_port = serve();
    QVERIFY(m_port > 0);
}

qint64 TestSync::serverRev()
{
    qint64 rev = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("srv-rev"));
        db.setDatabaseName(m_db.mid(7));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT max(rev) FROM sync_rows")) && q.next())
                rev = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("srv-rev"));
    return rev;
}

qint64 TestSync::serverRows(const QString& type)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("srv"));
    db.setDatabaseName(m_db.mid(7));
    qint64 n = -1;
    if (db.open()) {
        QSqlQuery q(db);
        q.prepare(type.isEmpty() ? QStringLiteral("SELECT count(*) FROM sync_rows")
                                 : QStringLiteral("SELECT count(*) FROM sync_rows WHERE type = ?"));
        if (!type.isEmpty())
            q.addBindValue(type);
        if (q.exec() && q.next())
            n = q.value(0).toLongLong();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("srv"));
    return n;
}

void TestSync::codecRoundTripWithoutNetwork()
{
    // Read from one store, apply to another: the same row, references by uuid.
    QTemporaryDir dir;
    auto x = Store::open(dir.filePath(QStringLiteral("x.db")));
    auto y = Store::open(dir.filePath(QStringLiteral("y.db")));
    QVERIFY(x.ok() && y.ok());
    Store& sx = *x.value();
    Store& sy = *y.value();
    const Contact c = addContact(sx, QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("Jan"));
    auto list = ListRepository(sx).create(QStringLiteral("Klanten"));
    QVERIFY(list.ok());
    QVERIFY(ListRepository(sx).addMembers(list.value().id, {c.id}).ok());
    ConsentEvent e;
    e.contactId = c.id;
    e.state = ConsentEvent::State::Subscribed;
    e.basis = ConsentEvent::Basis::Consent;
    e.source = QStringLiteral("paper_form");
    QVERIFY(ConsentRepository(sx).record(e).ok());

    SyncCodec from(sx), to(sy);
    qint64 rev = 0;
    QSqlQuery q(sx.database());
    QVERIFY(q.exec(QStringLiteral("SELECT entity, uuid FROM change_log ORDER BY seq")));
    QVector<SyncChange> changes;
    while (q.next()) {
        auto change = from.read(q.value(0).toString(), q.value(1).toString());
        QVERIFY(change);
        change->rev = ++rev;
        changes.push_back(*change);
    }
    // Children first: the member waits for its contact and list, then goes in.
    std::reverse(changes.begin(), changes.end());
    const qint64 before = ChangeLog::pendingCount(sy);
    int deferred = 0;
    QVector<SyncChange> waiting;
    for (const SyncChange& change : changes) {
        Transaction tx(sy);
        auto applied = to.apply(change);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        if (applied.value() == SyncCodec::Outcome::Deferred) {
            ++deferred;
            waiting << change;
        }
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(deferred > 0);
    for (const SyncChange& change : waiting) {
        auto applied = to.apply(change);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), SyncCodec::Outcome::Applied);
    }
    QCOMPARE(ChangeLog::pendingCount(sy), before); // applying writes no change-log entry
    for (const SyncChange& change : changes) {
        auto back = to.read(change.type, change.uuid);
        QVERIFY(back);
        QCOMPARE(back->data, change.data);
    }
    QVERIFY(ConsentRepository(sy).verify().ok());
    const auto state = ConsentRepository(sy).current(
        ContactRepository(sy).findByEmail(QStringLiteral("jan@voorbeeld.nl"))->id,
        ConsentEvent::Purpose::Newsletter);
    QVERIFY(state);
    QCOMPARE(state->state, ConsentEvent::State::Subscribed);
    // A second apply of the same revision changes nothing.
    auto again = to.apply(changes.first());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), SyncCodec::Outcome::Skipped);
}

void TestSync::secondLaptopGetsExactlyTheSameRows()
{
    Store& a = *m_a;
    const Contact jan = addContact(a, QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("Jan"));
    const Contact piet = addContact(a, QStringLiteral("piet@voorbeeld.nl"), QStringLiteral("Piet"));
    addContact(a, QStringLiteral("els@voorbeeld.nl"), QStringLiteral("Els"));
    auto list =
        ListRepository(a).create(QStringLiteral("Klanten"), QStringLiteral("Vaste klanten"));
    QVERIFY(list.ok());
    QVERIFY(ListRepository(a).addMembers(list.value().id, {jan.id, piet.id}).ok());
    QVERIFY(
        TagRepository(a).setTags(jan.id, {QStringLiteral("vip"), QStringLiteral("beurs")}).ok());
    ConsentRepository consent(a);
    auto evidence = consent.storeEvidence(QByteArray("%PDF-1.4 getekend formulier"),
                                          QStringLiteral("application/pdf"));
    QVERIFY(evidence.ok());
    for (const Contact& c : {jan, piet}) {
        ConsentEvent e;
        e.contactId = c.id;
        e.state = ConsentEvent::State::Subscribed;
        e.basis = ConsentEvent::Basis::Consent;
        e.source = QStringLiteral("paper_form");
        e.evidenceSha256 = evidence.value();
        e.evidenceName = QStringLiteral("formulier.pdf");
        QVERIFY(consent.record(e).ok());
    }
    TemplateRepository templates(a);
    auto t = templates.create(QStringLiteral("Nieuwsbrief"), QStringLiteral("Nieuws"),
                              QStringLiteral("<p>Hallo {{first_name}}</p>{{unsubscribe_url}}"));
    QVERIFY(t.ok());
    QVERIFY(templates
                .addAsset(QStringLiteral("logo.png"), QStringLiteral("image/png"),
                          QByteArray("\x89PNG fake image", 14))
                .ok());
    SegmentRule rule;
    auto segment = SegmentRepository(a).create(QStringLiteral("Utrechters"), rule);
    QVERIFY2(segment.ok(), qPrintable(segment.errorMessage()));

    const auto pushed = sync(a);
    QVERIFY2(pushed.ok, qPrintable(pushed.message));
    QVERIFY(pushed.pushed > 10);
    QCOMPARE(pushed.pending, 0);
    QCOMPARE(ChangeLog::pendingCount(a), 0);
    // Nobody else wrote in between: nothing of it comes back to the laptop that sent it.
    QCOMPARE(pushed.received, 0);
    QCOMPARE(pushed.cursor, serverRev());
    const auto pulled = sync(*m_b);
    QVERIFY2(pulled.ok, qPrintable(pulled.message));
    QCOMPARE(pulled.pulled, pushed.pushed);
    QCOMPARE(ChangeLog::pendingCount(*m_b), 0); // nothing pulled goes back as an edit
    compareStores();
    QCOMPARE(ConsentRepository(*m_b).evidence(evidence.value()).value(),
             QByteArray("%PDF-1.4 getekend formulier"));

    // Contacts read in bulk for a push (JSON text from SQLite) are what read() gives.
    {
        QStringList uuids;
        QSqlQuery all(a.database());
        QVERIFY(all.exec(QStringLiteral("SELECT uuid FROM contacts")));
        while (all.next())
            uuids << all.value(0).toString();
        QVERIFY(uuids.size() >= 3);
        SyncCodec codec(a);
        const QHash<QString, SyncChange> bulk = codec.readContacts(uuids);
        QCOMPARE(bulk.size(), uuids.size());
        for (const QString& uuid : std::as_const(uuids)) {
            const auto one = codec.read(QStringLiteral("contact"), uuid);
            QVERIFY(one);
            const SyncChange& many = bulk.value(uuid);
            QCOMPARE(QJsonDocument::fromJson(many.dataJson).object(), one->data);
            QCOMPARE(many.baseRev, one->baseRev);
            QCOMPARE(many.deleted, one->deleted);
            QCOMPARE(many.updatedAt, one->updatedAt);
        }
    }

    // A sync with nothing new is a no-op on both sides.
    const qint64 rows = serverRows();
    const auto noop = sync(*m_b);
    QVERIFY(noop.ok);
    QCOMPARE(noop.pushed + noop.pulled, 0);
    QCOMPARE(serverRows(), rows);
}

void TestSync::contactFieldsMergeAndTheLaterEditWins()
{
    ContactRepository ra(*m_a), rb(*m_b);
    Contact a = *ra.findByEmail(QStringLiteral("els@voorbeeld.nl"));
    Contact b = *rb.findByEmail(QStringLiteral("els@voorbeeld.nl"));
    // Offline on both: different fields.
    a.city = QStringLiteral("Amersfoort");
    a.customFields.insert(QStringLiteral("klant_sinds"), QStringLiteral("2020"));
    b.phone = QStringLiteral("06-12345678");
    b.customFields.insert(QStringLiteral("beurs"), QStringLiteral("Jaarbeurs"));
    QVERIFY(ra.update(a).ok());
    QVERIFY(rb.update(b).ok());
    QVERIFY(sync(*m_a).ok);
    const auto merged = sync(*m_b);
    QVERIFY2(merged.ok, qPrintable(merged.message));
    QVERIFY(merged.merged + merged.conflicts > 0);
    QVERIFY(sync(*m_a).ok);
    for (Store* s : {m_a.get(), m_b.get()}) {
        const Contact c = *ContactRepository(*s).findByEmail(QStringLiteral("els@voorbeeld.nl"));
        QCOMPARE(c.city, QStringLiteral("Amersfoort"));
        QCOMPARE(c.phone, QStringLiteral("06-12345678"));
        QCOMPARE(c.customFields.value(QStringLiteral("klant_sinds")), QStringLiteral("2020"));
        QCOMPARE(c.customFields.value(QStringLiteral("beurs")), QStringLiteral("Jaarbeurs"));
    }
    compareStores();

    // The same field on both: the later edit wins, whichever syncs first.
    a = *ra.findByEmail(QStringLiteral("els@voorbeeld.nl"));
    b = *rb.findByEmail(QStringLiteral("els@voorbeeld.nl"));
    b.company = QStringLiteral("Bakkerij Eerst");
    QVERIFY(rb.update(b).ok());
    QThread::msleep(20);
    a.company = QStringLiteral("Bakkerij Later");
    QVERIFY(ra.update(a).ok());
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    QVERIFY(sync(*m_a).ok);
    for (Store* s : {m_a.get(), m_b.get()})
        QCOMPARE(ContactRepository(*s).findByEmail(QStringLiteral("els@voorbeeld.nl"))->company,
                 QStringLiteral("Bakkerij Later"));
    compareStores();
}

void TestSync::templateEditedOnBothGetsAConflictCopy()
{
    TemplateRepository ta(*m_a), tb(*m_b);
    Template a = *ta.findByName(QStringLiteral("Nieuwsbrief"));
    Template b = *tb.findByName(QStringLiteral("Nieuwsbrief"));
    a.html = QStringLiteral("<p>Versie van laptop A</p>{{unsubscribe_url}}");
    b.html = QStringLiteral("<p>Versie van laptop B</p>{{unsubscribe_url}}");
    QVERIFY(ta.save(a).ok());
    QVERIFY(tb.save(b).ok());
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    QVERIFY(sync(*m_a).ok);
    for (Store* s : {m_a.get(), m_b.get()}) {
        TemplateRepository t(*s);
        QCOMPARE(t.findByName(QStringLiteral("Nieuwsbrief"))->html,
                 QStringLiteral("<p>Versie van laptop A</p>{{unsubscribe_url}}"));
        int copies = 0;
        for (const Template& x : t.all()) {
            if (x.name.startsWith(QLatin1String("Nieuwsbrief (conflict copy from "))) {
                ++copies;
                QCOMPARE(x.html, QStringLiteral("<p>Versie van laptop B</p>{{unsubscribe_url}}"));
            }
        }
        QCOMPARE(copies, 1);
    }
    compareStores();
}

void TestSync::unsubscribeOnEitherSideWins()
{
    const auto idIn = [](Store& s) {
        return ContactRepository(s).findByEmail(QStringLiteral("piet@voorbeeld.nl"))->id;
    };
    // A: Piet unsubscribes. B, offline and later: Piet is (re)subscribed at a fair.
    ConsentEvent out;
    out.contactId = idIn(*m_a);
    out.state = ConsentEvent::State::Unsubscribed;
    out.source = QStringLiteral("manual");
    QVERIFY(ConsentRepository(*m_a).record(out).ok());
    QThread::msleep(20);
    ConsentEvent in;
    in.contactId = idIn(*m_b);
    in.state = ConsentEvent::State::Subscribed;
    in.basis = ConsentEvent::Basis::Consent;
    in.source = QStringLiteral("paper_form");
    QVERIFY(ConsentRepository(*m_b).record(in).ok());

    int resolved = 0;
    for (int round = 0; round < 2; ++round) {
        const auto ra = sync(*m_a);
        QVERIFY2(ra.ok, qPrintable(ra.message));
        const auto rb = sync(*m_b);
        QVERIFY2(rb.ok, qPrintable(rb.message));
        resolved += ra.consentResolved + rb.consentResolved;
    }
    // B, which learned of the withdrawal second, recorded once that it wins (pushed in the
    // same sync, so A had nothing left to resolve).
    QCOMPARE(resolved, 1);
    for (Store* s : {m_a.get(), m_b.get()}) {
        const auto state =
            ConsentRepository(*s).current(idIn(*s), ConsentEvent::Purpose::Newsletter);
        QVERIFY(state);
        QCOMPARE(state->state, ConsentEvent::State::Unsubscribed);
        QVERIFY(SuppressionList(*s).find(QStringLiteral("piet@voorbeeld.nl")));
    }
    compareStores();
}

void TestSync::deletesAndErasuresPropagate()
{
    ContactRepository ra(*m_a);
    const Contact jan = *ra.findByEmail(QStringLiteral("jan@voorbeeld.nl"));
    const Contact els = *ra.findByEmail(QStringLiteral("els@voorbeeld.nl"));
    QCOMPARE(ra.remove({els.id}).value(), 1);
    auto list = ListRepository(*m_a).findByName(QStringLiteral("Klanten"));
    QVERIFY(list);
    QVERIFY(ListRepository(*m_a).removeMembers(list->id, {jan.id}).ok());
    QVERIFY(DataSubjectRights(*m_a)
                .eraseAddress(QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("desktop:a"))
                .ok());
    const auto ra1 = sync(*m_a);
    QVERIFY2(ra1.ok, qPrintable(ra1.message));
    const auto rb1 = sync(*m_b);
    QVERIFY2(rb1.ok, qPrintable(rb1.message));

    ContactRepository rb(*m_b);
    QVERIFY(!rb.findByEmail(QStringLiteral("els@voorbeeld.nl"))); // a tombstone, not live
    QVERIFY(!rb.findByEmail(QStringLiteral("jan@voorbeeld.nl")));
    QSqlQuery q(m_b->database());
    q.prepare(QStringLiteral("SELECT erased, email, first_name FROM contacts WHERE uuid = ?"));
    q.addBindValue(jan.uuid);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.value(1).toString().endsWith(QLatin1String("@erased.invalid")));
    QCOMPARE(q.value(2).toString(), QString());
    q.prepare(QStringLiteral("SELECT count(*) FROM consent_events WHERE contact_uuid = ?"));
    q.addBindValue(jan.uuid);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // B adopted A's salt: the erased address is suppressed there too, by its hash alone.
    const auto entry = SuppressionList(*m_b).find(QStringLiteral("jan@voorbeeld.nl"));
    QVERIFY(entry);
    QCOMPARE(entry->reason, SuppressionList::Reason::Erased);
    QVERIFY(!DataSubjectRights(*m_b).purgePending());
    compareStores();
}

void TestSync::serverKilledMidPushLosesAndDoublesNothing()
{
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 2500; ++i)
            addContact(*m_a, QStringLiteral("klant%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Klant %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    auto api = client();
    SyncSession session(*m_a, *api);
    session.setBatchLimit(1000);
    bool killed = false;
    session.setProgress([&](SyncSession::Phase phase, qint64 done, qint64) {
        if (phase == SyncSession::Phase::Pushing && done >= 1000 && !killed) {
            m_server.kill(); // SIGKILL: no clean shutdown
            m_server.waitForFinished(5000);
            killed = true;
        }
    });
    const auto broken = session.run();
    QVERIFY(killed);
    QVERIFY(!broken.ok);
    QCOMPARE(broken.failure, ApiClient::Failure::Offline);
    QVERIFY(broken.pending > 0 || SyncJournal(*m_a).unansweredBatches() > 0);

    m_port = serve();
    QVERIFY(m_port > 0);
    const auto ra = sync(*m_a);
    QVERIFY2(ra.ok, qPrintable(ra.message));
    QCOMPARE(ra.pending, 0);
    const auto rb = sync(*m_b);
    QVERIFY2(rb.ok, qPrintable(rb.message));
    compareStores();
    // The server holds each row once: as many contacts as either store.
    QSqlQuery q(m_a->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next());
    QCOMPARE(serverRows(QStringLiteral("contact")), q.value(0).toLongLong());
}

void TestSync::lostAnswerIsRetriedWithTheSameBatch()
{
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 400; ++i)
            addContact(*m_a, QStringLiteral("relay%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Relay %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    Relay relay(m_port);
    relay.cutAfterUpload = 50000; // the batch went up; its answer never comes back
    const auto cut = sync(*m_a, relay.port(), 3000);
    QCOMPARE(relay.cuts, 1);
    QVERIFY(!cut.ok);
    QCOMPARE(cut.failure, ApiClient::Failure::Timeout);
    QCOMPARE(cut.pushed, 0);
    QCOMPARE(SyncJournal(*m_a).unansweredBatches(), 1);
    const qint64 onServer = serverRows(QStringLiteral("contact"));

    // The retry sends the same batch id: the server answers as the first time.
    const auto again = sync(*m_a, relay.port());
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(SyncJournal(*m_a).unansweredBatches(), 0);
    QCOMPARE(serverRows(QStringLiteral("contact")), onServer);
    QVERIFY(sync(*m_b).ok);
    compareStores();
}

void TestSync::offlineAndTimeoutAreReported()
{
    addContact(*m_a, QStringLiteral("offline@voorbeeld.nl"), QStringLiteral("Offline"));
    const qint64 waiting = SyncJournal(*m_a).waitingEntries();
    QVERIFY(waiting > 0);
    // Nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int closed = probe.serverPort();
    probe.close();
    const auto offline = sync(*m_a, closed);
    QVERIFY(!offline.ok);
    QCOMPARE(offline.failure, ApiClient::Failure::Offline);
    QVERIFY(!offline.message.isEmpty());
    QCOMPARE(offline.pending, waiting); // nothing lost, nothing marked done
    QCOMPARE(SyncJournal(*m_a).waitingEntries(), waiting);
    // A server that takes the connection and never answers.
    Relay hole(m_port);
    hole.blackHole = true;
    QElapsedTimer clock;
    clock.start();
    const auto timeout = sync(*m_a, hole.port(), 1000);
    QVERIFY(!timeout.ok);
    QCOMPARE(timeout.failure, ApiClient::Failure::Timeout);
    QVERIFY(clock.elapsed() < 10000);
    // Back online: all of it arrives.
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    compareStores();
}

void TestSync::connectionCutMidAnswerLosesNothing()
{
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 1500; ++i)
            addContact(*m_a, QStringLiteral("trein%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Trein %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(sync(*m_a).ok);
    const qint64 cursorBefore = SyncJournal(*m_b).cursor();
    QSqlQuery count(m_b->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM contacts")) && count.next());
    const qint64 contactsBefore = count.value(0).toLongLong();
    count.finish();

    // Laptop B pulls the page of 1,500 contacts; 30,000 bytes in, the connection is cut.
    Relay relay(m_port);
    relay.cutDownloadAt = 30000;
    const auto cut = sync(*m_b, relay.port(), 5000);
    QCOMPARE(relay.cuts, 1);
    QVERIFY(!cut.ok);
    QVERIFY(!cut.message.isEmpty());
    // Nothing of the broken page was applied: no half page, the cursor where it was.
    QCOMPARE(SyncJournal(*m_b).cursor(), cursorBefore);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM contacts")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), contactsBefore);
    count.finish();

    // Again, in pages of 200: each next page is fetched while the one before is applied.
    auto api = client();
    SyncSession session(*m_b, *api);
    session.setPageLimit(200);
    const auto again = session.run();
    QVERIFY2(again.ok, qPrintable(again.message));
    QVERIFY(again.pulled >= 1500);
    QCOMPARE(SyncJournal(*m_b).cursor(), serverRev());
    compareStores();
}

void TestSync::anEditWhileItsBatchIsOnItsWayIsNotLost()
{
    // 1,200 new contacts: two batches, the second built while the first is on its way.
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 1200; ++i)
            addContact(*m_a, QStringLiteral("onderweg%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Onderweg %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    ContactRepository contacts(*m_a);
    auto api = client();
    SyncSession session(*m_a, *api);
    session.setBatchLimit(1000);
    bool edited = false;
    session.setProgress([&](SyncSession::Phase phase, qint64 done, qint64) {
        if (phase == SyncSession::Phase::Pushing && done == 0 && !edited) {
            // The first batch is built (it holds this contact) and about to go: an edit now
            // must go in a later batch, based on the first one's answer.
            Contact c = *contacts.findByEmail(QStringLiteral("onderweg3@voorbeeld.nl"));
            c.city = QStringLiteral("Zwolle");
            QVERIFY(contacts.update(c).ok());
            edited = true;
        }
    });
    const auto r = session.run();
    QVERIFY(edited);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.conflicts, 0);
    QCOMPARE(r.pending, 0);
    QVERIFY(sync(*m_b).ok);
    QCOMPARE(ContactRepository(*m_b).findByEmail(QStringLiteral("onderweg3@voorbeeld.nl"))->city,
             QStringLiteral("Zwolle"));
    compareStores();
}

void TestSync::aSyncedContactIsItsOwnBaseUntilItChanges()
{
    // 250 new contacts: B takes them in one page, on the bulk path.
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 250; ++i)
            addContact(*m_a, QStringLiteral("basis%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Basis %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    ContactRepository ra(*m_a), rb(*m_b);
    Contact full = *ra.findByEmail(QStringLiteral("basis7@voorbeeld.nl"));
    full.lastName = QStringLiteral("de Vries-Ëmans");
    full.company = QStringLiteral("Bakkerij “De Korenbloem”");
    full.phone = QStringLiteral("030-1234567");
    full.street = QStringLiteral("Oudegracht 1");
    full.postalCode = QStringLiteral("3511 AA");
    full.country = QStringLiteral("Nederland");
    full.website = QStringLiteral("https://korenbloem.example");
    full.notes = QStringLiteral("Regel één\nRegel twee, met \"aanhalingstekens\"");
    full.customFields.insert(QStringLiteral("beurs"), QStringLiteral("Jaarbeurs"));
    QVERIFY(ra.update(full).ok());
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    // Base rows of the 250 (with `condition` on b, the row, and c, the contact).
    const auto bases = [](Store& s, const QString& condition) {
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("SELECT count(*) FROM sync_base b JOIN contacts c ON c.uuid = "
                              "b.uuid WHERE b.type = 'contact' AND c.email LIKE "
                              "'basis%@voorbeeld.nl' AND ") +
               condition);
        return q.next() ? q.value(0).toInt() : -1;
    };
    const auto synced = [](Store& s) {
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE email LIKE "
                              "'basis%@voorbeeld.nl' AND rev IS NOT NULL"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    // Neither store wrote the contacts a second time as their base, nor a base row at all:
    // each is its own base at its revision.
    QCOMPARE(synced(*m_a), 250);
    QCOMPARE(synced(*m_b), 250);
    QCOMPARE(bases(*m_a, QStringLiteral("true")), 0);
    QCOMPARE(bases(*m_b, QStringLiteral("true")), 0);

    // Changed on B: just before, the base is written as the contact was, in the codec's JSON,
    // at the revision it had.
    SyncCodec codec(*m_b);
    const QJsonObject before =
        QJsonDocument::fromJson(codec.readContacts({full.uuid}).value(full.uuid).dataJson).object();
    QCOMPARE(before.value(QStringLiteral("notes")).toString(), full.notes);
    QCOMPARE(before.value(QStringLiteral("custom_fields")).toObject().size(), 2);
    const auto own = codec.base(QStringLiteral("contact"), full.uuid);
    QVERIFY(own);
    QCOMPARE(own->data, before);
    QVERIFY(own->rev > 0);
    QCOMPARE(codec.baseRev(QStringLiteral("contact"), full.uuid), std::optional<qint64>(own->rev));
    QCOMPARE(*rb.findByEmail(full.email)->rev, own->rev);
    Contact b = *rb.findByEmail(QStringLiteral("basis7@voorbeeld.nl"));
    b.city = QStringLiteral("Deventer");
    QVERIFY(rb.update(b).ok());
    QCOMPARE(bases(*m_b, QStringLiteral("b.data IS NOT NULL")), 1);
    QCOMPARE(codec.base(QStringLiteral("contact"), full.uuid)->data, before);
    QCOMPARE(codec.base(QStringLiteral("contact"), full.uuid)->rev, own->rev);
    // A second change keeps the first base.
    b.city = QStringLiteral("Zwolle");
    QVERIFY(rb.update(b).ok());
    QCOMPARE(codec.base(QStringLiteral("contact"), full.uuid)->data, before);
    b.city = QStringLiteral("Deventer");
    QVERIFY(rb.update(b).ok());

    // Another field on A: B's merge against that base keeps both changes.
    Contact a = *ra.findByEmail(QStringLiteral("basis7@voorbeeld.nl"));
    a.phone = QStringLiteral("06-87654321");
    QVERIFY(ra.update(a).ok());
    QVERIFY(sync(*m_a).ok);
    const auto merged = sync(*m_b);
    QVERIFY2(merged.ok, qPrintable(merged.message));
    QVERIFY(merged.merged + merged.conflicts > 0);
    QVERIFY(sync(*m_a).ok);
    for (Store* st : {m_a.get(), m_b.get()}) {
        const Contact c =
            *ContactRepository(*st).findByEmail(QStringLiteral("basis7@voorbeeld.nl"));
        QCOMPARE(c.city, QStringLiteral("Deventer"));
        QCOMPARE(c.phone, QStringLiteral("06-87654321"));
        QCOMPARE(c.company, full.company);
    }
    compareStores();

    // A batch answered after one of its contacts changed keeps what was sent as that
    // contact's base; the others are their own base.
    {
        Contact x = *ra.findByEmail(QStringLiteral("basis20@voorbeeld.nl"));
        Contact y = *ra.findByEmail(QStringLiteral("basis21@voorbeeld.nl"));
        x.notes = QStringLiteral("verstuurd");
        y.notes = QStringLiteral("verstuurd");
        QVERIFY(ra.update(x).ok());
        QVERIFY(ra.update(y).ok());
        SyncJournal journal(*m_a);
        auto batch = journal.nextBatch();
        QVERIFY(batch.ok() && batch.value());
        QCOMPARE(batch.value()->changes.size(), 2);
        auto api = client();
        const auto reply = api->callRaw("POST", QStringLiteral("/api/v1/changes"),
                                        batch.value()->body, "application/json");
        QVERIFY(reply.ok());
        x.notes = QStringLiteral("gewijzigd onderweg");
        QVERIFY(ra.update(x).ok());
        QVERIFY(journal.completeBatch(*batch.value(), reply.body).ok());
        SyncCodec codecA(*m_a);
        QCOMPARE(codecA.base(QStringLiteral("contact"), x.uuid)
                     ->data.value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("verstuurd"));
        QCOMPARE(bases(*m_a, QStringLiteral("b.data IS NOT NULL AND b.uuid = '%1'").arg(x.uuid)),
                 1);
        // y, unchanged since it was sent, is its own base again: its row is gone.
        QCOMPARE(bases(*m_a, QStringLiteral("b.uuid = '%1'").arg(y.uuid)), 0);
        QCOMPARE(codecA.base(QStringLiteral("contact"), y.uuid)
                     ->data.value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("verstuurd"));
        QCOMPARE(codecA.base(QStringLiteral("contact"), y.uuid)->rev,
                 *ra.findByEmail(y.email)->rev);
        QVERIFY(sync(*m_a).ok);
        QVERIFY(sync(*m_b).ok);
        QCOMPARE(ContactRepository(*m_b).findByEmail(x.email)->notes,
                 QStringLiteral("gewijzigd onderweg"));
    }

    // An erased person leaves nothing in the base, also after a change had written it.
    Contact e = *rb.findByEmail(QStringLiteral("basis9@voorbeeld.nl"));
    e.city = QStringLiteral("Gouda");
    QVERIFY(rb.update(e).ok());
    {
        QSqlQuery q(m_b->database());
        q.prepare(QStringLiteral("SELECT data FROM sync_base WHERE type = 'contact' AND uuid = ?"));
        q.addBindValue(e.uuid);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("basis9@voorbeeld.nl")));
    }
    QVERIFY(DataSubjectRights(*m_b)
                .eraseAddress(QStringLiteral("basis9@voorbeeld.nl"), QStringLiteral("desktop:b"))
                .ok());
    {
        QSqlQuery q(m_b->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM sync_base WHERE data LIKE ?"));
        q.addBindValue(QStringLiteral("%basis9@voorbeeld.nl%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // Erased while its batch is on its way: the answer does not bring the person back into
    // the base.
    {
        Contact z = *rb.findByEmail(QStringLiteral("basis11@voorbeeld.nl"));
        z.notes = QStringLiteral("nog even");
        QVERIFY(rb.update(z).ok());
        SyncJournal journal(*m_b);
        auto batch = journal.nextBatch();
        QVERIFY(batch.ok() && batch.value());
        auto api = client();
        const auto reply = api->callRaw("POST", QStringLiteral("/api/v1/changes"),
                                        batch.value()->body, "application/json");
        QVERIFY(reply.ok());
        QVERIFY(
            DataSubjectRights(*m_b)
                .eraseAddress(QStringLiteral("basis11@voorbeeld.nl"), QStringLiteral("desktop:b"))
                .ok());
        QVERIFY(journal.completeBatch(*batch.value(), reply.body).ok());
        QSqlQuery q(m_b->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM sync_base WHERE data LIKE ?"));
        q.addBindValue(QStringLiteral("%basis11@voorbeeld.nl%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QVERIFY(sync(*m_b).ok);
    QVERIFY(sync(*m_a).ok);
    compareStores();
}

void TestSync::serverFailureMidBatchLosesAndDoublesNothing()
{
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 300; ++i)
            addContact(*m_a, QStringLiteral("fout%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Fout %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    const qint64 onServer = serverRows(QStringLiteral("contact"));
    // The server's database fails on the 150th new row, after the batch wrote the ones
    // before it: the server answers with an error (5xx) and must have kept none of them.
    QVERIFY(serverExec(QStringLiteral(
        "CREATE TRIGGER injected_failure BEFORE INSERT ON sync_rows WHEN new.data LIKE "
        "'%fout150@voorbeeld.nl%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    const auto failed = sync(*m_a);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.failure, ApiClient::Failure::Http);
    QVERIFY2(failed.message.contains(QLatin1String("busy or in maintenance")),
             qPrintable(failed.message));
    QVERIFY(failed.retryAfterS > 0);
    QCOMPARE(serverRows(QStringLiteral("contact")), onServer);
    QCOMPARE(SyncJournal(*m_a).waitingEntries(), 300); // nothing marked done

    QVERIFY(serverExec(QStringLiteral("DROP TRIGGER injected_failure")));
    const auto ra = sync(*m_a);
    QVERIFY2(ra.ok, qPrintable(ra.message));
    QCOMPARE(ra.pending, 0);
    QVERIFY(sync(*m_b).ok);
    compareStores();
    QSqlQuery q(m_a->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next());
    QCOMPARE(serverRows(QStringLiteral("contact")), q.value(0).toLongLong());
}

void TestSync::refusedChangesAreKeptAsideAndTheRestGoesOn()
{
    // A server that takes at most 100 changes a batch and 20,000 bytes a change.
    restartServer("[server]\nthreads = 4\n[sync]\nmax_batch_changes = 100\n"
                  "max_change_bytes = 20000\n");
    ContactRepository contacts(*m_a);
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 250; ++i)
            addContact(*m_a, QStringLiteral("deel%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Deel %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    Contact big = addContact(*m_a, QStringLiteral("lang@voorbeeld.nl"), QStringLiteral("Lang"));
    big.notes = QString(30000, QLatin1Char('x')); // a whole document pasted into the notes
    QVERIFY(contacts.update(big).ok());

    const qint64 before = serverRows(QStringLiteral("contact"));
    const auto r = sync(*m_a);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejectedTotal, 1);
    QCOMPARE(r.pending, 0);
    QCOMPARE(SyncJournal(*m_a).unansweredBatches(), 0);
    QCOMPARE(r.rejectedDetails.size(), 1);
    QVERIFY2(r.rejectedDetails.first().contains(QLatin1String("lang@voorbeeld.nl")) &&
                 r.rejectedDetails.first().contains(QLatin1String("too large")),
             qPrintable(r.rejectedDetails.first()));
    // Everything else arrived, in batches the server accepts.
    QCOMPARE(serverRows(QStringLiteral("contact")), before + 250);
    // The server said how many changes it takes; the next syncs send no more than that.
    {
        QSqlQuery q(m_a->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'sync_batch_limit'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        Transaction tx(*m_a);
        for (int i = 250; i < 400; ++i)
            addContact(*m_a, QStringLiteral("deel%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Deel %1").arg(i));
        QVERIFY(tx.commit().ok());
        (void)serverLog();
        const auto more = sync(*m_a);
        QVERIFY2(more.ok, qPrintable(more.message));
        const QString log = serverLog();
        QVERIFY2(log.contains(QLatin1String("/api/v1/changes")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("\"status\":413")), qPrintable(log));
        QCOMPARE(serverRows(QStringLiteral("contact")), before + 400);
    }
    // The next sync does not try it again, and says so.
    const auto quiet = sync(*m_a);
    QVERIFY(quiet.ok);
    QCOMPARE(quiet.rejected, 0);
    QCOMPARE(quiet.rejectedTotal, 1);

    // Shortened, it goes, and is no longer kept aside.
    big = *contacts.findByEmail(QStringLiteral("lang@voorbeeld.nl"));
    big.notes = QStringLiteral("Belt liever dan dat hij mailt.");
    QVERIFY(contacts.update(big).ok());
    const auto fixed = sync(*m_a);
    QVERIFY2(fixed.ok, qPrintable(fixed.message));
    QCOMPARE(fixed.rejectedTotal, 0);
    QVERIFY(SyncJournal(*m_a).rejected().isEmpty());
    QCOMPARE(serverRows(QStringLiteral("contact")), before + 401);
    QVERIFY(sync(*m_b).ok);
    compareStores();
    restartServer("[server]\nthreads = 4\n");
}

void TestSync::cliSyncsAndReportsJson()
{
    addContact(*m_b, QStringLiteral("cli@voorbeeld.nl"), QStringLiteral("Cli"));
    QProcess cli;
    cli.start(kCli,
              {QStringLiteral("--db"), m_b->path(), QStringLiteral("sync"),
               QStringLiteral("--json"), QStringLiteral("--server"),
               QStringLiteral("https://localhost:%1").arg(m_port), QStringLiteral("--token-stdin"),
               QStringLiteral("--ca-file"), m_certs + QStringLiteral("/ca.pem")});
    cli.write(m_token.toUtf8() + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, out + cli.readAllStandardError());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("pushed")).toInt() >= 1);
    QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 0);
    QVERIFY(sync(*m_a).ok);
    compareStores();
}

void TestSync::theServerOwnsAMailingOnceScheduled()
{
    const Contact c =
        addContact(*m_a, QStringLiteral("lezer@voorbeeld.nl"), QStringLiteral("Lezer"));
    ConsentEvent e;
    e.contactId = c.id;
    e.state = ConsentEvent::State::Subscribed;
    e.basis = ConsentEvent::Basis::Consent;
    e.source = QStringLiteral("web_form");
    QVERIFY(ConsentRepository(*m_a).record(e).ok());
    auto list = ListRepository(*m_a).create(QStringLiteral("Lezers"));
    QVERIFY(list.ok());
    QVERIFY(ListRepository(*m_a).addMembers(list.value().id, {c.id}).ok());
    const Template t = *TemplateRepository(*m_a).findByName(QStringLiteral("Nieuwsbrief"));
    Mailing draft;
    draft.name = QStringLiteral("Voorjaar");
    draft.subject = QStringLiteral("Het voorjaar komt");
    draft.templateId = t.id;
    draft.audience.includeLists = {list.value().uuid};
    auto made = MailingRepository(*m_a).create(draft);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    compareStores();

    // B edits the draft offline while A schedules it: the server's (A's) version wins.
    MailingRepository mb(*m_b);
    Mailing onB = *mb.findByName(QStringLiteral("Voorjaar"));
    QVERIFY(!onB.isSealed());
    onB.subject = QStringLiteral("Bewerkt op laptop B");
    QVERIFY(mb.save(onB).ok());
    auto sealed = MailingRepository(*m_a).seal(
        made.value().id, t, QStringLiteral("Hallo"),
        QJsonObject{{QStringLiteral("company"), QStringLiteral("Bakkerij")}}, Clock::nowMs());
    QVERIFY2(sealed.ok(), qPrintable(sealed.errorMessage()));
    QVERIFY(sync(*m_a).ok);
    const auto rb = sync(*m_b);
    QVERIFY2(rb.ok, qPrintable(rb.message));
    onB = *mb.findByName(QStringLiteral("Voorjaar"));
    QVERIFY(onB.isSealed());
    QCOMPARE(onB.subject, QStringLiteral("Het voorjaar komt"));
    QCOMPARE(onB.state, MailingState::Scheduled);
    QCOMPARE(onB.templateHtml, t.html);
    compareStores();

    // From then on only the state moves (the sealed-row triggers allow nothing else).
    QVERIFY(MailingRepository(*m_a).transition(made.value().id, MailingState::Sending).ok());
    QVERIFY(sync(*m_a).ok);
    QVERIFY(sync(*m_b).ok);
    QCOMPARE(mb.findByName(QStringLiteral("Voorjaar"))->state, MailingState::Sending);
    compareStores();
}

void TestSync::accountEventsAndNoticesReachTheOtherLaptop()
{
    // On laptop A the user turns product news on and acknowledges the policy in force.
    QVERIFY(AccountEvents(*m_a).setConsent(AccountEvents::ProductNews, true).value());
    QVERIFY(AccountEvents(*m_a)
                .record(AccountEvents::PolicyAcknowledged, QStringLiteral("2026-12"))
                .ok());
    // The operator publishes a new policy version (30 days' notice at least) and a
    // maintenance announcement.
    const QDate effective = QDate::currentDate().addDays(40);
    QFile policy(m_dir.filePath(QStringLiteral("policy.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"id": "2027-test",
        "nl": {"title": "Privacybeleid", "text": "# Privacybeleid\n\nNieuw.", "changes": "Kortere bewaartermijnen."},
        "en": {"title": "Privacy policy", "text": "# Privacy policy\n\nNew.", "changes": "Shorter retention."}})");
    policy.close();
    QFile notice(m_dir.filePath(QStringLiteral("announce.json")));
    QVERIFY(notice.open(QIODevice::WriteOnly));
    notice.write(
        QStringLiteral(R"({"kind": "maintenance", "starts": "%1", "ends": "%2",
        "nl": {"title": "Onderhoud", "body": "Even geen synchronisatie."},
        "en": {"title": "Maintenance", "body": "No sync for a while."}})")
            .arg(QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate),
                 QDateTime::currentDateTimeUtc().addDays(2).addSecs(3600).toString(Qt::ISODate))
            .toUtf8());
    notice.close();
    for (const QStringList& args :
         {QStringList{QStringLiteral("policy"), QStringLiteral("publish"), policy.fileName(),
                      QStringLiteral("--effective"), effective.toString(Qt::ISODate)},
          QStringList{QStringLiteral("announce"), notice.fileName()}}) {
        QProcess tool;
        tool.start(kServer, QStringList{QStringLiteral("--database"), m_db} + args);
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError());
    }

    QVERIFY(sync(*m_a).ok);
    // What the server publishes for everyone is asked for at most every 15 minutes.
    Clock::setSource([] { return QDateTime::currentMSecsSinceEpoch() + 16 * 60 * 1000; });
    const auto rb = sync(*m_b);
    Clock::setSource({});
    QVERIFY2(rb.ok, qPrintable(rb.message));
    QVERIFY(rb.noticesFetched);
    // B knows A's choices (the latest wins) and the acknowledgment.
    QVERIFY(AccountEvents(*m_b).consent(AccountEvents::ProductNews));
    QVERIFY(!AccountEvents(*m_b).consent(AccountEvents::UsageStatistics));
    QVERIFY(AccountEvents(*m_b).acknowledged(QStringLiteral("2026-12")));
    compareStores();
    // And what the server published, kept for offline.
    PrivacyCentre centre(*m_b);
    const auto next = centre.upcoming();
    QVERIFY(next);
    QCOMPARE(next->id, QStringLiteral("2027-test"));
    QCOMPARE(next->effective, effective);
    QCOMPARE(next->changes(QStringLiteral("en")), QStringLiteral("Shorter retention."));
    QList<PrivacyCentre::Announcement> shown = centre.announcements(QStringLiteral("nl"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().title, QStringLiteral("Onderhoud"));
    // Offline: still there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int closed = probe.serverPort();
    probe.close();
    QVERIFY(!sync(*m_b, closed).ok);
    QCOMPARE(centre.announcements(QStringLiteral("en")).size(), 1);
    // Dismissed on B: gone on A after both synced.
    QVERIFY(centre.dismiss(shown.first().id).ok());
    QVERIFY(sync(*m_b).ok);
    QVERIFY(sync(*m_a).ok);
    QVERIFY(PrivacyCentre(*m_a).announcements(QStringLiteral("en")).isEmpty());
    compareStores();
}

void TestSync::usageStatisticsGoOnlyWhenTurnedOn()
{
    (void)serverLog();
    // Off (the default): a sync makes no such request. Observed at the server, which logs
    // every request it gets.
    QVERIFY(!AccountEvents(*m_a).consent(AccountEvents::UsageStatistics));
    addContact(*m_a, QStringLiteral("stat@voorbeeld.nl"), QStringLiteral("Stat"));
    QVERIFY(sync(*m_a).ok);
    const QString quiet = serverLog();
    QVERIFY2(quiet.contains(QLatin1String("/api/v1/changes")), qPrintable(quiet));
    QVERIFY2(!quiet.contains(QLatin1String("/api/v1/usage")), qPrintable(quiet));

    // On: one report, without the account's token, and not again the same day.
    QVERIFY(AccountEvents(*m_a).setConsent(AccountEvents::UsageStatistics, true).value());
    const auto on = sync(*m_a);
    QVERIFY2(on.ok, qPrintable(on.message));
    QVERIFY(on.usageSent);
    const QString sent = serverLog();
    QCOMPARE(sent.count(QLatin1String("/api/v1/usage")), 1);
    QVERIFY(!sync(*m_a).usageSent);
    QVERIFY(!serverLog().contains(QLatin1String("/api/v1/usage")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("srv-usage"));
        db.setDatabaseName(m_db.mid(7));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(contacts) FROM usage_reports")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.value(1).toString().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("srv-usage"));

    // Off again: nothing the next day either.
    QVERIFY(AccountEvents(*m_a).setConsent(AccountEvents::UsageStatistics, false).value());
    Clock::setSource([] { return QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000; });
    const auto off = sync(*m_a);
    Clock::setSource({});
    QVERIFY(off.ok);
    QVERIFY(!off.usageSent);
    QVERIFY(!serverLog().contains(QLatin1String("/api/v1/usage")));
}

void TestSync::engineSyncsOnItsOwnThread()
{
    {
        Transaction tx(*m_a);
        for (int i = 0; i < 1500; ++i)
            addContact(*m_a, QStringLiteral("engine%1@voorbeeld.nl").arg(i),
                       QStringLiteral("Engine %1").arg(i));
        QVERIFY(tx.commit().ok());
    }
    SyncEngine engine(m_a->path());
    engine.setConnection(
        {QUrl(QStringLiteral("https://localhost:%1").arg(m_port)), m_token, m_ca, {}, 20000});
    QStringList texts;
    connect(&engine, &SyncEngine::statusChanged, this,
            [&](SyncEngine::Status, const QString& text) { texts << text; });
    // The GUI thread stays free: a 5 ms timer measures the longest gap while syncing.
    QElapsedTimer gap;
    qint64 longest = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (gap.isValid())
            longest = std::max(longest, gap.elapsed());
        gap.start();
    });
    ticker.start(5);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.syncNow();
    QCOMPARE(engine.status(), SyncEngine::Status::Syncing);
    QVERIFY(done.wait(60000));
    ticker.stop();
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(engine.status(), SyncEngine::Status::Synced);
    QCOMPARE(engine.statusText(), QStringLiteral("Synced"));
    QVERIFY(engine.nextAttemptAt() > Clock::nowMs());
    qInfo("longest pause of the GUI thread during a sync of 1,500 contacts: %lld ms", longest);
    // The target is 50 ms; the bound leaves room for a loaded test machine.
    QVERIFY2(longest < 200, qPrintable(QString::number(longest)));

    // Offline: the status says so, with the changes waiting, and the next try backs off.
    engine.setConnection({QUrl(QStringLiteral("https://localhost:1")), m_token, m_ca, {}, 2000});
    addContact(*m_a, QStringLiteral("waiting@voorbeeld.nl"), QStringLiteral("Wacht"));
    done.clear();
    engine.syncNow();
    QVERIFY(done.wait(30000));
    QCOMPARE(engine.status(), SyncEngine::Status::Offline);
    QCOMPARE(engine.statusText(), QStringLiteral("Offline: 1 change(s) waiting to be sent"));
    QCOMPARE(engine.consecutiveFailures(), 1);
    QVERIFY(engine.nextAttemptAt() >= Clock::nowMs() + 1000);
    engine.setConnection(
        {QUrl(QStringLiteral("https://localhost:%1").arg(m_port)), m_token, m_ca, {}, 20000});
    done.clear();
    engine.syncNow();
    QVERIFY(done.wait(60000));
    QCOMPARE(engine.status(), SyncEngine::Status::Synced);
    QVERIFY(sync(*m_b).ok);
    compareStores();
}

void TestSync::backoffGrowsWithJitter()
{
    QCOMPARE(SyncEngine::backoffMs(0, 0.5), 0);
    qint64 previous = 0;
    for (int n = 1; n < 12; ++n) {
        const qint64 low = SyncEngine::backoffMs(n, 0.0);
        const qint64 high = SyncEngine::backoffMs(n, 0.999);
        QVERIFY(low >= previous);
        QVERIFY(high > low);
        QVERIFY(high < 15 * 60 * 1000);
        previous = low;
    }
    QCOMPARE(SyncEngine::backoffMs(40, 0.0), 15 * 60 * 1000 / 2);
}

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
