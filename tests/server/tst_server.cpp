#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QtTest>
#include <functional>
#include <memory>
#include <utility>

// The real sendtrix-server, started as a process on loopback with a certificate from its
// own `dev-certs`, spoken to over real HTTPS that verifies that certificate. The same
// tests run on SQLite and on PostgreSQL: SENDTRIX_TEST_DATABASE=sqlite|postgres, and for
// PostgreSQL SENDTRIX_TEST_PG_URL (set by `./dev test`, which starts the database).
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void healthOverVerifiedHttpsOnly();
    void plainHttpIsRefused();
    void loginAndLogout();
    void databaseHoldsNoSecretInClear();
    void wrongPasswordsAreRateLimitedPerAccount();
    void wrongPasswordsAreRateLimitedPerAddress();
    void malformedRequestsGetAnErrorBody();
    void largeBodiesAreRefusedUnread();
    void silentClientsAreDroppedWhileOthersAreServed();
    void disabledAccountCannotLogIn();
    void operatorMistakesAreExplained();
    void syncRoundTripOfEveryType();
    void repeatedBatchGetsTheFirstAnswer();
    void staleBaseRevisionIsAConflict();
    void aBatchNamingARowTwiceIsAnsweredInOrder();
    void dataIsKeptAsSentHoweverTheBatchIsWritten();
    void historyIsAppendOnly();
    void badChangesAreRefusedWholly();
    void assetsByContentHash();
    void accountsAreIsolated();
    void policyTakesEffectAfterThirtyDaysNotice();
    void connectionsOverTheCapAreTurnedAwayAtOnce();
    void chunkedAndCompressedBodiesAreRefusedUnread();
    void parallelGuessesStayWithinTheLimit();
    void aPortInUseIsAnError();
    void slowClientsMeetADeadlineAndOneAddressACap();
    void rowsAndPagesAreBoundedInBytes();
    void announcementsAreServedUntilTheyEnd();
    void usageReportIsKeptWithoutItsSender();
    void usageReportsAreCheckedStrictly();
    void accountEventsAreChecked();
    void operatorStatisticsHideSmallGroups();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter;
    };
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {}, const QByteArray& type = "application/json");
    QString login(const QString& email, const QString& password, int* status = nullptr);
    // Runs sendtrix-server with the test's database; returns exit code, output in `out`.
    int runServerCommand(const QStringList& args, const QByteArray& input = {},
                         QString* out = nullptr);
    QSqlDatabase direct();
    Reply push(const QString& token, const QJsonArray& changes, const QString& batch = {});
    QJsonArray pullAll(const QString& token, qint64 since = 0, int limit = 1000);
    static QString uuid();
    QStringList databaseArgs() const { return {QStringLiteral("--database"), m_url}; }
    // Starts `sendtrix-server serve` with this configuration on a free port of loopback,
    // with the test certificate; the port, or 0 when it did not start.
    int serve(QProcess& server, const QString& configFile);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    bool m_postgres = false;
    QProcess m_server;
    int m_port = 0;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_net;
};

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
const QString kServer = QStringLiteral(SENDTRIX_SERVER_PATH);
} // namespace

int TestServer::runServerCommand(const QStringList& args, const QByteArray& input, QString* out)
{
    QProcess p;
    p.start(kServer, databaseArgs() + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

int TestServer::serve(QProcess& server, const QString& configFile)
{
    const QString certs = m_dir->filePath(QStringLiteral("certs"));
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(kServer,
                 databaseArgs() +
                     QStringList{QStringLiteral("--config"), configFile, QStringLiteral("serve"),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--cert"), certs + QStringLiteral("/server.pem"),
                                 QStringLiteral("--key"), certs + QStringLiteral("/server.key")});
    QElapsedTimer clock;
    clock.start();
    while (!server.canReadLine() && server.state() != QProcess::NotRunning &&
           clock.elapsed() < 20000)
        server.waitForReadyRead(100);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on 127.0.0.1:"))) {
        qWarning("%s", qPrintable(line + QString::fromUtf8(server.readAllStandardError())));
        return 0;
    }
    return line.section(QLatin1Char(':'), -1).toInt();
}

QSqlDatabase TestServer::direct()
{
    const QString name = QStringLiteral("direct");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db;
    if (m_postgres) {
        const QUrl url(m_url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.mid(7));
    }
    if (!db.open())
        qFatal("cannot open the test database: %s", qPrintable(db.lastError().text()));
    return db;
}

void TestServer::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QByteArray which = qgetenv("SENDTRIX_TEST_DATABASE");
    m_postgres = which == "postgres";
    if (m_postgres) {
        m_url = QString::fromLocal8Bit(qgetenv("SENDTRIX_TEST_PG_URL"));
        // Not skipped: a server suite that did not run on PostgreSQL has not passed.
        QVERIFY2(!m_url.isEmpty(), "SENDTRIX_TEST_PG_URL is not set: run the tests with "
                                   "./dev test, which starts PostgreSQL and sets it");
        // A clean database for this run.
        QSqlQuery q(direct());
        QVERIFY2(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
    } else {
        QCOMPARE(which, QByteArray("sqlite"));
        m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.db"));
    }

    const QString certs = m_dir->filePath(QStringLiteral("certs"));
    QProcess devCerts;
    devCerts.start(kServer, {QStringLiteral("dev-certs"), certs});
    QVERIFY(devCerts.waitForFinished(30000));
    QCOMPARE(devCerts.exitCode(), 0);
    const auto ca = QSslCertificate::fromPath(certs + QStringLiteral("/ca.pem"));
    QCOMPARE(ca.size(), 1);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(ca); // only our own CA is trusted

    QFile config(m_dir->filePath(QStringLiteral("server.ini")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[server]\n"
                 "threads = 8\n"
                 "max_body_bytes = 1048576\n"
                 "read_timeout_seconds = 2\n"
                 "keep_alive_timeout_seconds = 2\n"
                 "[login]\n"
                 "max_failures_per_account = 3\n"
                 "max_failures_per_address = 8\n"
                 "window_seconds = 60\n"
                 "[sync]\n"
                 "max_batch_changes = 50\n"
                 "max_asset_bytes = 65536\n"
                 "max_change_bytes = 4096\n"
                 "max_page_bytes = 20000\n");
    config.close();

    QString out;
    QCOMPARE(runServerCommand({QStringLiteral("account"), QStringLiteral("create"),
                               QStringLiteral("--email"), QStringLiteral("Anna@Voorbeeld.nl")},
                              kPassword.toUtf8() + '\n', &out),
             0);
    QCOMPARE(runServerCommand({QStringLiteral("account"), QStringLiteral("create"),
                               QStringLiteral("--email"), QStringLiteral("bob@voorbeeld.nl")},
                              kPassword.toUtf8() + '\n'),
             0);

    m_port = serve(m_server, config.fileName());
    QVERIFY(m_port > 0);
}

void TestServer::init()
{
    // Each test starts with no failed logins on record.
    QSqlQuery q(direct());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM login_failures")));
}

void TestServer::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate(); // SIGTERM: a clean stop
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
}

TestServer::Reply TestServer::call(const QByteArray& method, const QString& path,
                                   const QByteArray& body, const QString& token,
                                   const QByteArray& type)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_port).arg(path)));
    request.setSslConfiguration(m_tls);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_net.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.error = reply->error();
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

QString TestServer::login(const QString& email, const QString& password, int* status)
{
    const Reply r = call("POST", QStringLiteral("/api/v1/session"),
                         QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                   {QStringLiteral("password"), password}})
                             .toJson());
    if (status)
        *status = r.status;
    return r.json.value(QStringLiteral("token")).toString();
}

void TestServer::healthOverVerifiedHttpsOnly()
{
    const Reply ok = call("GET", QStringLiteral("/healthz"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    // A client that does not trust our CA gets no answer: the certificate is really
    // checked, nothing is accepted blindly.
    QNetworkAccessManager other;
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1/healthz").arg(m_port)));
    QNetworkReply* reply = other.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
}

void TestServer::plainHttpIsRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    answer += socket.readAll();
    QVERIFY2(!answer.contains("HTTP/1.1 200"), answer.constData());
    QVERIFY(!answer.contains("\"status\":\"ok\""));
}

void TestServer::loginAndLogout()
{
    int status = 0;
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword, &status);
    QCOMPARE(status, 201);
    QCOMPARE(token.size(), 43); // 256 bits, base64url
    // The address is found whatever its case.
    const QString second = login(QStringLiteral("ANNA@voorbeeld.NL"), kPassword, &status);
    QCOMPARE(status, 201);
    QVERIFY(second != token);

    Reply me = call("GET", QStringLiteral("/api/v1/account"), {}, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("email")).toString(),
             QStringLiteral("anna@voorbeeld.nl"));

    QCOMPARE(call("DELETE", QStringLiteral("/api/v1/session"), {}, token).status, 204);
    me = call("GET", QStringLiteral("/api/v1/account"), {}, token);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!me.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(call("DELETE", QStringLiteral("/api/v1/session"), {}, token).status, 401);
    // The other session of the same account is still valid.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/account"), {}, second).status, 200);
    // No token, or a made-up one.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/account")).status, 401);
    QCOMPARE(
        call("GET", QStringLiteral("/api/v1/account"), {}, QString(43, QLatin1Char('A'))).status,
        401);
}

void TestServer::databaseHoldsNoSecretInClear()
{
    const QString token = login(QStringLiteral("bob@voorbeeld.nl"), kPassword);
    QCOMPARE(token.size(), 43);
    QByteArray everything;
    QSqlQuery q(direct());
    for (const QString& table : {QStringLiteral("accounts"), QStringLiteral("sessions")}) {
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                everything += q.value(i).toString().toUtf8() + '\n';
    }
    QVERIFY(everything.contains("bob@voorbeeld.nl")); // the dump did read the tables
    QVERIFY(everything.contains("$argon2id$"));
    QVERIFY(!everything.contains(token.toLatin1()));
    QVERIFY(!everything.contains(kPassword.toUtf8()));
    if (!m_postgres) {
        // Nor anywhere in the files (the WAL included).
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_url.mid(7) + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(token.toLatin1()));
            QVERIFY(!bytes.contains(kPassword.toUtf8()));
        }
    }
}

void TestServer::wrongPasswordsAreRateLimitedPerAccount()
{
    int status = 0;
    for (int i = 0; i < 3; ++i) {
        login(QStringLiteral("anna@voorbeeld.nl"), QStringLiteral("wrong password %1").arg(i),
              &status);
        QCOMPARE(status, 401);
    }
    // Now even the right password waits.
    const Reply limited = call(
        "POST", QStringLiteral("/api/v1/session"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("anna@voorbeeld.nl")},
                                  {QStringLiteral("password"), kPassword}})
            .toJson());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("too_many_requests"));
    const int retry = limited.retryAfter.toInt();
    QVERIFY2(retry > 0 && retry <= 60, limited.retryAfter.constData());
    // Another account is not held up.
    login(QStringLiteral("bob@voorbeeld.nl"), kPassword, &status);
    QCOMPARE(status, 201);
}

void TestServer::wrongPasswordsAreRateLimitedPerAddress()
{
    int status = 0;
    // Guessing across many addresses from one client: 8 failures, then 429 for anyone.
    for (int i = 0; i < 8; ++i) {
        login(QStringLiteral("iemand%1@voorbeeld.nl").arg(i), QStringLiteral("raden"), &status);
        QCOMPARE(status, 401);
    }
    login(QStringLiteral("bob@voorbeeld.nl"), kPassword, &status);
    QCOMPARE(status, 429);
}

void TestServer::malformedRequestsGetAnErrorBody()
{
    Reply r = call("POST", QStringLiteral("/api/v1/session"), "{\"email\": \"anna@");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("malformed_json"));
    r = call("POST", QStringLiteral("/api/v1/session"), "[1, 2]");
    QCOMPARE(r.status, 400);
    r = call("POST", QStringLiteral("/api/v1/session"), "{\"email\": 5, \"password\": \"x\"}");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_field"));
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("email")));
    r = call("POST", QStringLiteral("/api/v1/session"), "{\"email\": \"anna@voorbeeld.nl\"}");
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("password")));
    r = call("POST", QStringLiteral("/api/v1/session"), "email=anna", {}, "text/plain");
    QCOMPARE(r.status, 415);
    r = call("GET", QStringLiteral("/api/v2/anything"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    // Still serving.
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestServer::largeBodiesAreRefusedUnread()
{
    // 50 MB announced, not one byte of it sent: the answer comes anyway, so the server
    // did not wait to buffer it.
    QSslSocket socket;
    socket.setSslConfiguration(m_tls);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), quint16(m_port));
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    socket.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("payload_too_large")),
                             5000);
    // Still serving.
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestServer::silentClientsAreDroppedWhileOthersAreServed()
{
    // Four clients connect (two finish TLS, two not even that) and send nothing.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 4; ++i) {
        if (i % 2 == 0) {
            auto tls = std::make_unique<QSslSocket>();
            tls->setSslConfiguration(m_tls);
            tls->connectToHostEncrypted(QStringLiteral("localhost"), quint16(m_port));
            QVERIFY(tls->waitForEncrypted(10000));
            silent.push_back(std::move(tls));
        } else {
            auto tcp = std::make_unique<QTcpSocket>();
            tcp->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            QVERIFY(tcp->waitForConnected(5000));
            silent.push_back(std::move(tcp));
        }
    }
    QElapsedTimer clock;
    clock.start();
    // Others are served meanwhile.
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
    QVERIFY(clock.elapsed() < 1500);
    // After the timeout (2 s here) every silent one is gone.
    for (auto& socket : silent)
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::UnconnectedState, 8000);
    QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
}

void TestServer::disabledAccountCannotLogIn()
{
    QString out;
    QCOMPARE(runServerCommand({QStringLiteral("account"), QStringLiteral("create"),
                               QStringLiteral("--email"), QStringLiteral("carla@voorbeeld.nl")},
                              kPassword.toUtf8() + '\n'),
             0);
    const QString token = login(QStringLiteral("carla@voorbeeld.nl"), kPassword);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/account"), {}, token).status, 200);
    QCOMPARE(runServerCommand({QStringLiteral("account"), QStringLiteral("disable"),
                               QStringLiteral("--email"), QStringLiteral("carla@voorbeeld.nl")},
                              {}, &out),
             0);
    QVERIFY(out.contains(QLatin1String("Disabled")));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/account"), {}, token).status, 401);
    int status = 0;
    login(QStringLiteral("carla@voorbeeld.nl"), kPassword, &status);
    QCOMPARE(status, 403);
    QCOMPARE(runServerCommand({QStringLiteral("account"), QStringLiteral("list")}, {}, &out), 0);
    QVERIFY(out.contains(QLatin1String("carla@voorbeeld.nl\t")));
    QVERIFY(out.contains(QLatin1String("disabled")));
    QVERIFY(out.contains(QLatin1String("anna@voorbeeld.nl\t")));
}

void TestServer::operatorMistakesAreExplained()
{
    QString out;
    const QStringList create{QStringLiteral("account"), QStringLiteral("create"),
                             QStringLiteral("--email")};
    QCOMPARE(
        runServerCommand(create + QStringList{QStringLiteral("dirk@voorbeeld.nl")}, "kort\n", &out),
        1);
    QVERIFY2(out.contains(QLatin1String("at least 10 characters")), qPrintable(out));
    QCOMPARE(runServerCommand(create + QStringList{QStringLiteral("anna@voorbeeld.nl")},
                              kPassword.toUtf8() + '\n', &out),
             1);
    QVERIFY2(out.contains(QLatin1String("already an account")), qPrintable(out));
    QCOMPARE(runServerCommand(create + QStringList{QStringLiteral("geen-adres")},
                              kPassword.toUtf8() + '\n', &out),
             1);
    QCOMPARE(runServerCommand({QStringLiteral("serve"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0")},
                              {}, &out),
             1);
    QVERIFY2(out.contains(QLatin1String("HTTPS only")), qPrintable(out));
    QFile bad(m_dir->filePath(QStringLiteral("bad.ini")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[server]\nthreds = 4\n");
    bad.close();
    QCOMPARE(runServerCommand({QStringLiteral("--config"), bad.fileName(),
                               QStringLiteral("account"), QStringLiteral("list")},
                              {}, &out),
             2);
    QVERIFY2(out.contains(QLatin1String("unknown setting server/threds")), qPrintable(out));
    QCOMPARE(runServerCommand({QStringLiteral("--database"), QStringLiteral("mysql://x/y"),
                               QStringLiteral("account"), QStringLiteral("list")},
                              {}, &out),
             2);
    QVERIFY2(out.contains(QLatin1String("unknown database URL")), qPrintable(out));
}

QString TestServer::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

TestServer::Reply TestServer::push(const QString& token, const QJsonArray& changes,
                                   const QString& batch)
{
    const QJsonObject body{{QStringLiteral("batch"), batch.isEmpty() ? uuid() : batch},
                           {QStringLiteral("changes"), changes}};
    return call("POST", QStringLiteral("/api/v1/changes"), QJsonDocument(body).toJson(), token);
}

// Every page from `since` on, as a client catching up does.
QJsonArray TestServer::pullAll(const QString& token, qint64 since, int limit)
{
    QJsonArray all;
    for (int page = 0; page < 1000; ++page) {
        const Reply r =
            call("GET", QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit),
                 {}, token);
        if (r.status != 200)
            return {};
        for (const auto& c : r.json.value(QStringLiteral("changes")).toArray())
            all.append(c);
        since = r.json.value(QStringLiteral("next")).toInteger();
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return all;
}

namespace {
QJsonObject change(const QString& type, const QString& id, const QJsonObject& data,
                   qint64 baseRev = 0, bool deleted = false)
{
    QJsonObject c{{QStringLiteral("type"), type},
                  {QStringLiteral("uuid"), id},
                  {QStringLiteral("base_rev"), baseRev},
                  {QStringLiteral("updated_at"), qint64(1795000000000)},
                  {QStringLiteral("data"), data}};
    if (deleted)
        c.insert(QStringLiteral("deleted"), true);
    return c;
}
} // namespace

void TestServer::syncRoundTripOfEveryType()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QStringList types{QStringLiteral("contact"),           QStringLiteral("list"),
                            QStringLiteral("list_member"),       QStringLiteral("tag"),
                            QStringLiteral("contact_tag"),       QStringLiteral("consent_event"),
                            QStringLiteral("consent_evidence"),  QStringLiteral("suppression"),
                            QStringLiteral("erasure"),           QStringLiteral("template"),
                            QStringLiteral("template_revision"), QStringLiteral("asset"),
                            QStringLiteral("segment"),           QStringLiteral("mailing"),
                            QStringLiteral("account_event")};
    QJsonArray changes;
    QHash<QString, QJsonObject> sent;
    for (int i = 0; i < types.size(); ++i) {
        // Account events have a fixed shape (the operator's statistics read them).
        const QJsonObject data =
            types.at(i) == QLatin1String("account_event")
                ? QJsonObject{{QStringLiteral("kind"), QStringLiteral("announcement_dismissed")},
                              {QStringLiteral("subject"), QStringLiteral("3")},
                              {QStringLiteral("value"), QString()},
                              {QStringLiteral("at"), qint64(1795000000000)}}
                : QJsonObject{
                      {QStringLiteral("n"), i},
                      {QStringLiteral("naam"), QStringLiteral("Zoë van 't Hoff")},
                      {QStringLiteral("nested"), QJsonObject{{QStringLiteral("ok"), true}}}};
        const QString id = uuid();
        sent.insert(id, data);
        changes.append(change(types.at(i), id, data));
    }
    const Reply r = push(token, changes);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), types.size());
    qint64 last = 0;
    for (const auto& v : results) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        const qint64 rev = o.value(QStringLiteral("rev")).toInteger();
        QVERIFY(rev > last); // per-account, monotonic
        last = rev;
    }
    QCOMPARE(r.json.value(QStringLiteral("rev")).toInteger(), last);
    // Pulled back, in small pages, exactly as sent.
    const QJsonArray pulled = pullAll(token, last - types.size(), 4);
    QCOMPARE(pulled.size(), types.size());
    for (const auto& v : pulled) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("uuid")).toString();
        QVERIFY(sent.contains(id));
        QCOMPARE(o.value(QStringLiteral("data")).toObject(), sent.value(id));
        QCOMPARE(o.value(QStringLiteral("deleted")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("updated_at")).toInteger(), 1795000000000);
    }
}

void TestServer::repeatedBatchGetsTheFirstAnswer()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QString batch = uuid();
    const QString id = uuid();
    const Reply first = push(token,
                             {change(QStringLiteral("contact"), id,
                                     {{QStringLiteral("email"), QStringLiteral("a@b.nl")}})},
                             batch);
    QCOMPARE(first.status, 200);
    const qint64 rev = first.json.value(QStringLiteral("rev")).toInteger();
    // The client did not hear the answer and sends the batch again (even changed): the
    // first answer comes back and nothing is written twice.
    const Reply again = push(token,
                             {change(QStringLiteral("contact"), id,
                                     {{QStringLiteral("email"), QStringLiteral("x@y.nl")}})},
                             batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json, first.json);
    QCOMPARE(pullAll(token, rev).size(), 0);
    const QJsonArray row = pullAll(token, rev - 1);
    QCOMPARE(row.size(), 1);
    QCOMPARE(row.at(0)
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("email")),
             QJsonValue(QStringLiteral("a@b.nl")));
}

void TestServer::staleBaseRevisionIsAConflict()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QString id = uuid();
    Reply r = push(token, {change(QStringLiteral("contact"), id,
                                  {{QStringLiteral("first_name"), QStringLiteral("Jan")}})});
    const qint64 r1 = r.json.value(QStringLiteral("rev")).toInteger();
    // Laptop A changes it, knowing r1.
    r = push(token, {change(QStringLiteral("contact"), id,
                            {{QStringLiteral("first_name"), QStringLiteral("Johan")}}, r1)});
    const QJsonObject accepted = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const qint64 r2 = accepted.value(QStringLiteral("rev")).toInteger();
    QVERIFY(r2 > r1);
    // Laptop B, still at r1, changes it too: a conflict, with the server's row to merge.
    r = push(token, {change(QStringLiteral("contact"), id,
                            {{QStringLiteral("first_name"), QStringLiteral("Jan-Willem")}}, r1)});
    QCOMPARE(r.status, 200);
    const QJsonObject conflict = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    const QJsonObject server = conflict.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("rev")).toInteger(), r2);
    QCOMPARE(server.value(QStringLiteral("data")).toObject().value(QStringLiteral("first_name")),
             QJsonValue(QStringLiteral("Johan")));
    // After merging, B pushes on the server's revision: accepted. Then a tombstone.
    r = push(token, {change(QStringLiteral("contact"), id,
                            {{QStringLiteral("first_name"), QStringLiteral("Johan Willem")}}, r2)});
    const qint64 r3 = r.json.value(QStringLiteral("results"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("rev"))
                          .toInteger();
    QVERIFY(r3 > r2);
    r = push(token, {change(QStringLiteral("contact"), id, {}, r3, true)});
    const qint64 r4 = r.json.value(QStringLiteral("rev")).toInteger();
    const QJsonArray tail = pullAll(token, r3);
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.at(0).toObject().value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(tail.at(0).toObject().value(QStringLiteral("rev")).toInteger(), r4);
}

void TestServer::aBatchNamingARowTwiceIsAnsweredInOrder()
{
    // The server looks the batch's rows up together: a row known before, a new one, and the
    // new one again in the same batch must be answered as if one after the other.
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QString old = uuid();
    Reply r = push(token, {change(QStringLiteral("contact"), old,
                                  {{QStringLiteral("first_name"), QStringLiteral("Oud")}})});
    const qint64 r1 = r.json.value(QStringLiteral("rev")).toInteger();
    const QString fresh = uuid();
    r = push(token,
             {change(QStringLiteral("contact"), old,
                     {{QStringLiteral("first_name"), QStringLiteral("Oud, bijgewerkt")}}, r1),
              change(QStringLiteral("contact"), fresh,
                     {{QStringLiteral("first_name"), QStringLiteral("Nieuw")}}),
              change(QStringLiteral("contact"), fresh,
                     {{QStringLiteral("first_name"), QStringLiteral("Nieuw, nog eens")}}),
              change(QStringLiteral("contact"), old,
                     {{QStringLiteral("first_name"), QStringLiteral("Oud, te laat")}}, r1)});
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    const auto at = [&](int i, const char* member) {
        return results.at(i).toObject().value(QLatin1String(member));
    };
    QCOMPARE(at(0, "status").toString(), QStringLiteral("accepted"));
    QCOMPARE(at(1, "status").toString(), QStringLiteral("accepted"));
    // The second change of the new row was based on nothing: it meets the first one.
    QCOMPARE(at(2, "status").toString(), QStringLiteral("conflict"));
    QCOMPARE(at(2, "server").toObject().value(QStringLiteral("rev")), at(1, "rev"));
    QCOMPARE(at(2, "server")
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("first_name")),
             QJsonValue(QStringLiteral("Nieuw")));
    QCOMPARE(at(3, "status").toString(), QStringLiteral("conflict"));
    QCOMPARE(at(3, "server").toObject().value(QStringLiteral("rev")), at(0, "rev"));
    QCOMPARE(at(3, "uuid").toString(), old);
    QCOMPARE(r.json.value(QStringLiteral("rev")).toInteger(), r1 + 2);
    // Kept: the old row and the new one, once each.
    const QJsonArray rows = pullAll(token, r1);
    QCOMPARE(rows.size(), 2);
}

void TestServer::dataIsKeptAsSentHoweverTheBatchIsWritten()
{
    // The server keeps each change's data as the body has it (it is not serialized again).
    // Whatever a client pulls must still be what the server understood, however the batch
    // was written: spaces and newlines, members in any order, braces and quotes inside
    // strings, escapes, an escaped member name, a change whose data comes twice.
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    qint64 since = 0;
    for (const QJsonValue& row : pullAll(token))
        since = std::max(since, row.toObject().value(QStringLiteral("rev")).toInteger());
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << uuid();
    const QString tricky =
        QStringLiteral(R"({ "notes" : "a } b { \"q\" ] [ , : \\", "first_name" : "Zoë", "company" : "\" } ",
                 "last_name" : "\u00ebvers \/", "custom_fields" : { "lid sinds" :
                 [1, 2.5e3, -0.5, true, false, null, {"x": "}"}, []] } })");
    const QList<QByteArray> bodies = {
        // Plain: each data stored as sent.
        QStringLiteral(R"({
  "changes" : [
    { "data" : %1,
      "type" : "contact", "uuid" : "%2", "base_rev" : 0 , "updated_at":1795000000000 },
    {"type":"contact","uuid":"%3","data":{}} ,
    {"type":"contact","uuid":"%4","data":null,"deleted":true}
  ],
  "batch" : "%5"
}
)")
            .arg(tricky, ids.at(0), ids.at(1), ids.at(2), uuid())
            .toUtf8(),
        // Not plain: serialized as understood.
        QStringLiteral(R"({"batch":"%1","changes":[{"type":"contact","uuid":"%2",)"
                       R"("d\u0061ta":{"first_name":"Escaped member"}}]})")
            .arg(uuid(), ids.at(3))
            .toUtf8(),
        QStringLiteral(R"({"batch":"%1","changes":[{"type":"contact","uuid":"%2",)"
                       R"("data":{"first_name":"Eerste"},"data":{"first_name":"Tweede"}}]})")
            .arg(uuid(), ids.at(4))
            .toUtf8(),
        QStringLiteral(R"({"batch":"%1","changes":[{"type":"contact","uuid":"%2","data":%3}],)"
                       R"("changes":[]})")
            .arg(uuid(), ids.at(5), tricky)
            .toUtf8(),
    };
    QHash<QString, QJsonObject> understood;
    for (const QByteArray& body : bodies) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Reply r = call("POST", QStringLiteral("/api/v1/changes"), body, token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue& c : doc.object().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = c.toObject();
            understood.insert(o.value(QStringLiteral("uuid")).toString(),
                              o.value(QStringLiteral("data")).toObject());
        }
    }
    QVERIFY(understood.size() >= 5);
    QCOMPARE(understood.value(ids.at(0)).value(QStringLiteral("first_name")),
             QJsonValue(QStringLiteral("Zoë")));
    QCOMPARE(understood.value(ids.at(3)).value(QStringLiteral("first_name")),
             QJsonValue(QStringLiteral("Escaped member")));
    const QJsonArray rows = pullAll(token, since);
    QCOMPARE(rows.size(), understood.size());
    for (const QJsonValue& row : rows) {
        const QJsonObject o = row.toObject();
        const QString id = o.value(QStringLiteral("uuid")).toString();
        QVERIFY2(understood.contains(id), qPrintable(id));
        QCOMPARE(o.value(QStringLiteral("data")).toObject(), understood.value(id));
    }
    // The plain one is kept byte for byte.
    QSqlQuery q(direct());
    QVERIFY(q.prepare(QStringLiteral("SELECT data FROM sync_rows WHERE uuid = ?")));
    q.addBindValue(ids.at(0));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), tricky);
}

void TestServer::historyIsAppendOnly()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QString id = uuid();
    const QJsonObject event{{QStringLiteral("state"), QStringLiteral("subscribed")}};
    Reply r = push(token, {change(QStringLiteral("consent_event"), id, event)});
    const qint64 rev = r.json.value(QStringLiteral("rev")).toInteger();
    // Sent again from another device, even with a stale base: the same event, no conflict.
    r = push(token, {change(QStringLiteral("consent_event"), id,
                            {{QStringLiteral("state"), QStringLiteral("unsubscribed")}}, 0)});
    const QJsonObject result = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(result.value(QStringLiteral("rev")).toInteger(), rev);
    const QJsonArray rows = pullAll(token, rev - 1);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("data")).toObject(), event);
    // History cannot be deleted.
    r = push(token, {change(QStringLiteral("consent_event"), id, {}, rev, true)});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("history")));
}

void TestServer::badChangesAreRefusedWholly()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const qint64 before = call("GET", QStringLiteral("/api/v1/changes?since=0&limit=1"), {}, token)
                              .json.value(QStringLiteral("next"))
                              .toInteger();
    Q_UNUSED(before);
    const QJsonArray allBefore = pullAll(token);
    const QString good = uuid();
    // One bad change in a batch: nothing of it is written.
    Reply r = push(token, {change(QStringLiteral("contact"), good, {{QStringLiteral("a"), 1}}),
                           change(QStringLiteral("kontakt"), uuid(), {})});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_field"));
    QVERIFY2(
        r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("changes[1]")),
        qPrintable(r.json.value(QStringLiteral("message")).toString()));
    QCOMPARE(pullAll(token).size(), allBefore.size());
    r = push(token, {change(QStringLiteral("contact"), QStringLiteral("not-a-uuid"), {})});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("uuid")));
    QJsonObject noData = change(QStringLiteral("contact"), uuid(), {});
    noData.remove(QStringLiteral("data"));
    r = push(token, {noData});
    QCOMPARE(r.status, 400);
    r = call("POST", QStringLiteral("/api/v1/changes"),
             R"({"batch": "0f8fad5b-d9cb-469f-a165-70867728950e", "changes": {}})", token);
    QCOMPARE(r.status, 400);
    r = call("POST", QStringLiteral("/api/v1/changes"), R"({"batch": 7, "changes": []})", token);
    QCOMPARE(r.status, 400);
    r = call("GET", QStringLiteral("/api/v1/changes?since=abc"), {}, token);
    QCOMPARE(r.status, 400);
    // Over the batch limit (50 here).
    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(change(QStringLiteral("tag"), uuid(), {{QStringLiteral("i"), i}}));
    r = push(token, many);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("batch_too_large"));
    QCOMPARE(r.json.value(QStringLiteral("max_changes")).toInt(), 50); // what fits
    QCOMPARE(pullAll(token).size(), allBefore.size());
}

void TestServer::assetsByContentHash()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    QByteArray image(20000, '\0');
    for (int i = 0; i < image.size(); ++i)
        image[i] = char(i * 7 % 251);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
    const QString path = QStringLiteral("/api/v1/assets/") + sha;
    QCOMPARE(call("PUT", path, image, token, "application/octet-stream").status, 201);
    QCOMPARE(call("PUT", path, image, token, "application/octet-stream").status, 200);
    Reply r = call("GET", path, {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, image);
    // Content that is not what the name says.
    r = call("PUT", path, image + "x", token, "application/octet-stream");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
    // Over the asset limit (64 KiB here).
    const QByteArray big(70000, 'a');
    r = call(
        "PUT",
        QStringLiteral("/api/v1/assets/") +
            QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()),
        big, token, "application/octet-stream");
    QCOMPARE(r.status, 413);
    QCOMPARE(
        call("GET", QStringLiteral("/api/v1/assets/") + QString(64, QLatin1Char('0')), {}, token)
            .status,
        404);
}

void TestServer::accountsAreIsolated()
{
    const QString anna = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const QString bob = login(QStringLiteral("bob@voorbeeld.nl"), kPassword);
    QVERIFY(!anna.isEmpty() && !bob.isEmpty());
    // Anna's data: a contact, an asset, a batch.
    const QString contactId = uuid();
    const QString batch = uuid();
    const QString secret = QStringLiteral("geheim-van-anna");
    Reply r = push(
        anna, {change(QStringLiteral("contact"), contactId, {{QStringLiteral("notes"), secret}})},
        batch);
    const qint64 annaRev = r.json.value(QStringLiteral("rev")).toInteger();
    const QByteArray image("anna's logo");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
    QCOMPARE(call("PUT", QStringLiteral("/api/v1/assets/") + sha, image, anna,
                  "application/octet-stream")
                 .status,
             201);

    // Bob calls every endpoint with Anna's ids.
    const QJsonArray bobsView = pullAll(bob);
    for (const auto& v : bobsView)
        QVERIFY(v.toObject().value(QStringLiteral("uuid")).toString() != contactId);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/assets/") + sha, {}, bob).status, 404);
    // Anna's batch id from Bob is Bob's own batch: not Anna's answer.
    r = push(bob,
             {change(QStringLiteral("contact"), contactId,
                     {{QStringLiteral("notes"), QStringLiteral("van bob")}}, annaRev)},
             batch);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains(secret.toUtf8()));
    const QJsonObject result = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QVERIFY(!result.contains(QStringLiteral("server"))); // no conflict with Anna's row
    QVERIFY(!pullAll(bob).isEmpty());
    for (const auto& v : pullAll(bob))
        QVERIFY(!QJsonDocument(v.toObject()).toJson().contains(secret.toUtf8()));
    // Anna's row is as she left it.
    const QJsonArray annas = pullAll(anna, annaRev - 1);
    QCOMPARE(annas.size(), 1);
    QCOMPARE(annas.at(0)
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("notes")),
             QJsonValue(secret));
    // And without a token, nothing at all.
    for (const auto& [method, path] :
         QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/api/v1/changes?since=0")},
                                           {"POST", QStringLiteral("/api/v1/changes")},
                                           {"GET", QStringLiteral("/api/v1/assets/") + sha},
                                           {"PUT", QStringLiteral("/api/v1/assets/") + sha},
                                           {"GET", QStringLiteral("/api/v1/account")},
                                           {"DELETE", QStringLiteral("/api/v1/session")}}) {
        r = call(method, path, method == "GET" || method == "DELETE" ? QByteArray() : "{}");
        QVERIFY2(
            r.status == 401,
            qPrintable(
                QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path).arg(r.status)));
    }
}

void TestServer::policyTakesEffectAfterThirtyDaysNotice()
{
    QFile file(m_dir->filePath(QStringLiteral("policy.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("2027-01")},
                {QStringLiteral("nl"),
                 QJsonObject{
                     {QStringLiteral("title"), QStringLiteral("Privacybeleid")},
                     {QStringLiteral("text"), QStringLiteral("Wij verkopen nooit gegevens.")},
                     {QStringLiteral("changes"),
                      QStringLiteral("Nieuw: statistieken alleen met toestemming.")}}},
                {QStringLiteral("en"),
                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Privacy policy")},
                             {QStringLiteral("text"), QStringLiteral("We never sell data.")},
                             {QStringLiteral("changes"),
                              QStringLiteral("New: statistics only with consent.")}}}})
            .toJson());
    file.close();
    // "Today" as the server counts it: in the Netherlands.
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    QString out;
    const QStringList publish{QStringLiteral("policy"), QStringLiteral("publish"), file.fileName(),
                              QStringLiteral("--effective")};
    QCOMPARE(
        runServerCommand(publish + QStringList{today.addDays(29).toString(Qt::ISODate)}, {}, &out),
        1);
    QVERIFY2(out.contains(QLatin1String("at least 30 days")), qPrintable(out));
    QVERIFY(out.contains(today.addDays(30).toString(Qt::ISODate)));
    QCOMPARE(
        runServerCommand(publish + QStringList{today.addDays(30).toString(Qt::ISODate)}, {}, &out),
        0);
    // Once only.
    QCOMPARE(
        runServerCommand(publish + QStringList{today.addDays(60).toString(Qt::ISODate)}, {}, &out),
        1);
    QVERIFY(out.contains(QLatin1String("already")));

    const Reply r = call("GET", QStringLiteral("/api/v1/policy"));
    QCOMPARE(r.status, 200);
    const QJsonArray versions = r.json.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 1);
    const QJsonObject v = versions.at(0).toObject();
    QCOMPARE(v.value(QStringLiteral("id")).toString(), QStringLiteral("2027-01"));
    QCOMPARE(v.value(QStringLiteral("effective_date")).toString(),
             today.addDays(30).toString(Qt::ISODate));
    QVERIFY(v.value(QStringLiteral("effective_at")).toInteger() -
                v.value(QStringLiteral("published_at")).toInteger() >=
            qint64(29) * 24 * 3600 * 1000);
    QCOMPARE(v.value(QStringLiteral("nl")).toObject().value(QStringLiteral("changes")).toString(),
             QStringLiteral("Nieuw: statistieken alleen met toestemming."));
    QCOMPARE(v.value(QStringLiteral("en")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Privacy policy"));

    // A document without its English text is refused, naming what is missing.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"id": "2027-02", "nl": {"title": "a", "text": "b", "changes": "c"}})");
    file.close();
    QCOMPARE(
        runServerCommand(publish + QStringList{today.addDays(40).toString(Qt::ISODate)}, {}, &out),
        1);
    QVERIFY2(out.contains(QLatin1String("en.title")), qPrintable(out));
}

void TestServer::announcementsAreServedUntilTheyEnd()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto write = [this](const QString& name, const QDateTime& starts, const QDateTime& ends) {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("kind"), QStringLiteral("maintenance")},
                           {QStringLiteral("starts"), starts.toString(Qt::ISODate)},
                           {QStringLiteral("ends"), ends.toString(Qt::ISODate)},
                           {QStringLiteral("nl"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Onderhoud")},
                                        {QStringLiteral("body"),
                                         QStringLiteral("Zondagnacht even geen synchronisatie.")}}},
                           {QStringLiteral("en"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Maintenance")},
                                        {QStringLiteral("body"),
                                         QStringLiteral("No sync on Sunday night.")}}}})
                       .toJson());
        return file.fileName();
    };
    QString out;
    QCOMPARE(runServerCommand({QStringLiteral("announce"), write(QStringLiteral("past.json"),
                                                                 now.addDays(-3), now.addDays(-2))},
                              {}, &out),
             0);
    QCOMPARE(runServerCommand(
                 {QStringLiteral("announce"), write(QStringLiteral("soon.json"), now.addDays(2),
                                                    now.addDays(2).addSecs(4 * 3600))},
                 {}, &out),
             0);
    QVERIFY2(out.contains(QLatin1String("Published announcement")), qPrintable(out));
    const Reply r = call("GET", QStringLiteral("/api/v1/announcements"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(QStringLiteral("announcements")).toArray();
    QCOMPARE(list.size(), 1); // the one that ended is not sent
    const QJsonObject a = list.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("maintenance"));
    QCOMPARE(a.value(QStringLiteral("nl")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Onderhoud"));
    QCOMPARE(a.value(QStringLiteral("starts_at")).toInteger(),
             now.addDays(2).toMSecsSinceEpoch() / 1000 * 1000);
    // Ends before it starts: refused.
    QCOMPARE(runServerCommand({QStringLiteral("announce"),
                               write(QStringLiteral("bad.json"), now.addDays(2), now.addDays(1))},
                              {}, &out),
             1);
    QVERIFY2(out.contains(QLatin1String("ends after starts")), qPrintable(out));
}

void TestServer::connectionsOverTheCapAreTurnedAwayAtOnce()
{
    // A second server with one worker and room for one waiting connection.
    QFile config(m_dir->filePath(QStringLiteral("tiny.ini")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[server]\nthreads = 1\nmax_connections = 1\nread_timeout_seconds = 3\n"
                 "keep_alive_timeout_seconds = 3\n");
    config.close();
    QProcess tiny;
    const int port = serve(tiny, config.fileName());
    QVERIFY(port > 0);
    // Two silent clients: one holds the worker, one waits.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 2; ++i) {
        auto tcp = std::make_unique<QTcpSocket>();
        tcp->connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        QVERIFY(tcp->waitForConnected(5000));
        silent.push_back(std::move(tcp));
        QTest::qWait(200);
    }
    // The next is answered at once: busy, try again shortly.
    QSslSocket socket;
    socket.setSslConfiguration(m_tls);
    QElapsedTimer clock;
    clock.start();
    socket.connectToHostEncrypted(QStringLiteral("localhost"), quint16(port));
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
    QVERIFY(answer.contains("Retry-After: 1"));
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    tiny.terminate();
    QVERIFY(tiny.waitForFinished(10000));
}

void TestServer::chunkedAndCompressedBodiesAreRefusedUnread()
{
    // The size limit can only be checked against a Content-Length: a chunked body (no
    // length) or a gzip one (that grows when unzipped) is refused before it is read.
    const auto send = [this](const QByteArray& headers) {
        QSslSocket socket;
        socket.setSslConfiguration(m_tls);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), quint16(m_port));
        if (!socket.waitForEncrypted(10000))
            return QByteArray("no connection");
        socket.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\n" +
                     headers + "\r\n");
        // The start of a body that would go on for 100 MB; no more is sent.
        socket.write(headers.contains("chunked") ? QByteArray("100000\r\n") + QByteArray(4096, 'x')
                                                 : QByteArray(4096, '\x1f'));
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (!answer.contains("\r\n\r\n") && clock.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        return answer;
    };
    QByteArray answer = send("Transfer-Encoding: chunked\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    answer = send("Content-Encoding: gzip\r\nContent-Length: 4096\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 415"), answer.constData());
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestServer::parallelGuessesStayWithinTheLimit()
{
    // Twelve wrong passwords at once (per-account limit 3): the limit holds, not "as many
    // as there are threads".
    std::vector<QNetworkReply*> replies;
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("https://localhost:%1/api/v1/session").arg(m_port)));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        replies.push_back(m_net.post(
            request,
            QJsonDocument(
                QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@voorbeeld.nl")},
                            {QStringLiteral("password"), QStringLiteral("raden %1").arg(i)}})
                .toJson()));
    }
    int wrong = 0;
    int limited = 0;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        wrong += status == 401;
        limited += status == 429;
        reply->deleteLater();
    }
    QVERIFY2(wrong <= 3, qPrintable(QStringLiteral("%1 guesses were checked").arg(wrong)));
    QCOMPARE(wrong + limited, 12);
}

void TestServer::aPortInUseIsAnError()
{
    // A second server on the running one's port must not start (and take half its
    // connections): it stops with a message.
    const QString certs = m_dir->filePath(QStringLiteral("certs"));
    QString out;
    QCOMPARE(runServerCommand({QStringLiteral("serve"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--cert"),
                               certs + QStringLiteral("/server.pem"), QStringLiteral("--key"),
                               certs + QStringLiteral("/server.key")},
                              {}, &out),
             1);
    QVERIFY2(out.contains(QLatin1String("cannot listen")), qPrintable(out));
}

void TestServer::slowClientsMeetADeadlineAndOneAddressACap()
{
    QFile config(m_dir->filePath(QStringLiteral("guarded.ini")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[server]\nthreads = 8\nread_timeout_seconds = 2\nkeep_alive_timeout_seconds = 2\n"
                 "request_deadline_seconds = 3\nmax_connections_per_address = 3\n");
    config.close();
    QProcess guarded;
    const int port = serve(guarded, config.fileName());
    QVERIFY(port > 0);

    // A client that sends one header line a second (each within the 2 s read timeout)
    // never finishes its request: the 3 s deadline ends it.
    QSslSocket slow;
    slow.setSslConfiguration(m_tls);
    slow.connectToHostEncrypted(QStringLiteral("localhost"), quint16(port));
    QVERIFY(slow.waitForEncrypted(5000));
    QElapsedTimer clock;
    clock.start();
    slow.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n");
    int lines = 0;
    while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 10000) {
        slow.write("X-Slow-" + QByteArray::number(lines++) + ": 1\r\n");
        slow.waitForBytesWritten(1000);
        QTest::qWait(1000);
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(clock.elapsed() >= 2500 && clock.elapsed() < 7000,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!slow.readAll().contains("200 OK"));

    // Three connections from one address are allowed; a fourth fails its handshake.
    std::vector<std::unique_ptr<QSslSocket>> open;
    for (int i = 0; i < 3; ++i) {
        auto s = std::make_unique<QSslSocket>();
        s->setSslConfiguration(m_tls);
        s->connectToHostEncrypted(QStringLiteral("localhost"), quint16(port));
        QVERIFY2(s->waitForEncrypted(5000), qPrintable(s->errorString()));
        open.push_back(std::move(s));
    }
    QSslSocket fourth;
    fourth.setSslConfiguration(m_tls);
    clock.restart();
    fourth.connectToHostEncrypted(QStringLiteral("localhost"), quint16(port));
    QVERIFY(!fourth.waitForEncrypted(3000));
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    // Once they are gone (the keep-alive timeout), the address may connect again.
    for (auto& s : open)
        s->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 QSslSocket again;
                                 again.setSslConfiguration(m_tls);
                                 again.connectToHostEncrypted(QStringLiteral("localhost"),
                                                              quint16(port));
                                 return again.waitForEncrypted(2000);
                             }()),
                             8000);
    guarded.terminate();
    QVERIFY(guarded.waitForFinished(10000));
}

void TestServer::rowsAndPagesAreBoundedInBytes()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    // One row over 4 KiB (the limit here): refused, naming it.
    Reply r = push(token, {change(QStringLiteral("template"), uuid(),
                                  {{QStringLiteral("html"), QString(5000, QLatin1Char('x'))}})});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("change_too_large"));
    QVERIFY(
        r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("changes[0]")));
    // Ten rows of 3 KB: accepted; a pull of them comes in pages of about 20 KB, not at once.
    QJsonArray ten;
    for (int i = 0; i < 10; ++i)
        ten.append(change(QStringLiteral("template"), uuid(),
                          {{QStringLiteral("html"), QString(3000, QLatin1Char('a' + i))}}));
    r = push(token, ten);
    QCOMPARE(r.status, 200);
    const qint64 last = r.json.value(QStringLiteral("rev")).toInteger();
    const Reply page =
        call("GET", QStringLiteral("/api/v1/changes?since=%1&limit=100").arg(last - 10), {}, token);
    QCOMPARE(page.status, 200);
    const int rows = int(page.json.value(QStringLiteral("changes")).toArray().size());
    QVERIFY2(rows >= 6 && rows <= 8, qPrintable(QString::number(rows)));
    QVERIFY(page.json.value(QStringLiteral("more")).toBool());
    QCOMPARE(pullAll(token, last - 10).size(), 10);
}

namespace {
QJsonObject usageReport(const QString& os = QStringLiteral("linux"),
                        const QString& language = QStringLiteral("nl"))
{
    return QJsonObject{{QStringLiteral("schema"), 1},
                       {QStringLiteral("app_version"), QStringLiteral("0.9.0")},
                       {QStringLiteral("os"), os},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("contacts"), QStringLiteral("100-999")},
                       {QStringLiteral("templates"), QStringLiteral("1-99")},
                       {QStringLiteral("mailings_30d"), QStringLiteral("0")}};
}

QJsonObject accountEvent(const QString& kind, const QString& subject, const QString& value,
                         qint64 at)
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("at"), at}};
}

// The server's log lines (JSON) whose path is `path`.
QList<QJsonObject> logLines(const QByteArray& log, const QString& path)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : log.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("path")).toString() == path)
            lines.append(o);
    }
    return lines;
}
} // namespace

void TestServer::usageReportIsKeptWithoutItsSender()
{
    QSqlQuery q(direct());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_reports")));
    QByteArray log = m_server.readAllStandardError(); // what came before
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);

    // No token: the report is anonymous.
    Reply r = call("POST", QStringLiteral("/api/v1/usage"), QJsonDocument(usageReport()).toJson());
    QCOMPARE(r.status, 204);
    // A token sent along anyway is not looked at: nothing links the report to Anna.
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    r = call("POST", QStringLiteral("/api/v1/usage"),
             QJsonDocument(usageReport(QStringLiteral("windows"), QStringLiteral("en"))).toJson(),
             token);
    QCOMPARE(r.status, 204);

    // Stored with its day and its own members, and nothing else.
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM usage_reports ORDER BY os")));
    QStringList columns;
    for (int i = 0; i < q.record().count(); ++i)
        columns << q.record().fieldName(i);
    QCOMPARE(columns, (QStringList{QStringLiteral("day"), QStringLiteral("schema"),
                                   QStringLiteral("app_version"), QStringLiteral("os"),
                                   QStringLiteral("language"), QStringLiteral("contacts"),
                                   QStringLiteral("templates"), QStringLiteral("mailings_30d")}));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), today);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("0.9.0"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("linux"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("nl"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("100-999"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("1-99"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("0"));
    QVERIFY(q.next());
    QCOMPARE(q.value(3).toString(), QStringLiteral("windows"));
    QVERIFY(!q.next());
    q.finish();

    // The request log names neither the client's address nor the account for this path
    // (it does for the others).
    QTRY_VERIFY_WITH_TIMEOUT((log += m_server.readAllStandardError(),
                              logLines(log, QStringLiteral("/api/v1/usage")).size() == 2),
                             5000);
    for (const QJsonObject& line : logLines(log, QStringLiteral("/api/v1/usage"))) {
        const QString text = QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        QVERIFY2(!line.contains(QStringLiteral("remote")), qPrintable(text));
        QVERIFY2(!line.contains(QStringLiteral("account")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
        QCOMPARE(line.value(QStringLiteral("status")).toInt(), 204);
    }
    const auto health = logLines(log, QStringLiteral("/healthz"));
    QVERIFY(!health.isEmpty());
    QCOMPARE(health.last().value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));
}

void TestServer::usageReportsAreCheckedStrictly()
{
    QSqlQuery q(direct());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM usage_reports")) && q.next());
    const int before = q.value(0).toInt();
    q.finish();

    struct Case
    {
        QString field;
        QJsonValue value; // undefined: the member is left out
    };
    const QList<Case> cases{
        {QStringLiteral("os"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("account"), QStringLiteral("anna@voorbeeld.nl")},
        {QStringLiteral("time"), qint64(1795000000000)},
        {QStringLiteral("schema"), 2},
        {QStringLiteral("schema"), QStringLiteral("1")},
        {QStringLiteral("schema"), QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("app_version"), QStringLiteral("0.9.0-beta")},
        {QStringLiteral("app_version"), QStringLiteral("1")},
        {QStringLiteral("app_version"), QStringLiteral("1.2.3.4.5")},
        {QStringLiteral("app_version"), QStringLiteral("1234.0")},
        {QStringLiteral("app_version"), 9},
        {QStringLiteral("os"), QStringLiteral("beos")},
        {QStringLiteral("language"), QStringLiteral("de")},
        {QStringLiteral("contacts"), QStringLiteral("5")},
        {QStringLiteral("templates"), 3},
        {QStringLiteral("mailings_30d"), QStringLiteral("10000-")},
        {QStringLiteral("mailings_30d"), QJsonValue(QJsonValue::Undefined)},
    };
    for (const Case& c : cases) {
        QJsonObject report = usageReport();
        if (c.value.isUndefined())
            report.remove(c.field);
        else
            report.insert(c.field, c.value);
        const Reply r =
            call("POST", QStringLiteral("/api/v1/usage"), QJsonDocument(report).toJson());
        const QString what =
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
        QVERIFY2(r.status == 400, qPrintable(what));
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_field"));
        const QString message = r.json.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("“%1”").arg(c.field)),
                 qPrintable(what + QStringLiteral(" → ") + message));
    }
    // Not JSON, not an object, not JSON's type, over 2 KB (refused unread).
    Reply r = call("POST", QStringLiteral("/api/v1/usage"), "{\"schema\": 1,");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("malformed_json"));
    QCOMPARE(call("POST", QStringLiteral("/api/v1/usage"), "[1]").status, 400);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/usage"), "schema=1", {}, "text/plain").status,
             415);
    QJsonObject padded = usageReport();
    padded.insert(QStringLiteral("padding"), QString(3000, QLatin1Char('x')));
    r = call("POST", QStringLiteral("/api/v1/usage"), QJsonDocument(padded).toJson());
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("payload_too_large"));

    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM usage_reports")) && q.next());
    QCOMPARE(q.value(0).toInt(), before); // none of them was stored
    QCOMPARE(call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestServer::accountEventsAreChecked()
{
    const QString token = login(QStringLiteral("anna@voorbeeld.nl"), kPassword);
    const qint64 at = 1795000000000;
    const auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject e = accountEvent(QStringLiteral("consent_changed"),
                                     QStringLiteral("product_news"), QStringLiteral("on"), at);
        if (value.isUndefined())
            e.remove(key);
        else
            e.insert(key, value);
        return e;
    };
    const QList<QJsonObject> bad{
        with(QStringLiteral("email"), QStringLiteral("anna@voorbeeld.nl")),
        with(QStringLiteral("kind"), QStringLiteral("signed_up")),
        with(QStringLiteral("kind"), QJsonValue(QJsonValue::Undefined)),
        with(QStringLiteral("value"), QStringLiteral("maybe")),
        with(QStringLiteral("subject"), QStringLiteral("newsletter")),
        with(QStringLiteral("at"), QStringLiteral("yesterday")),
        with(QStringLiteral("at"), 1.5),
        with(QStringLiteral("at"), QJsonValue(QJsonValue::Undefined)),
        accountEvent(QStringLiteral("policy_acknowledged"), QStringLiteral("anna@voorbeeld.nl"),
                     QString(), at),
        accountEvent(QStringLiteral("policy_acknowledged"), QStringLiteral("2026-12"),
                     QStringLiteral("on"), at),
        accountEvent(QStringLiteral("announcement_dismissed"), QStringLiteral("drie"), QString(),
                     at),
        {},
    };
    const int rowsBefore = int(pullAll(token).size());
    for (const QJsonObject& data : bad) {
        const Reply r =
            push(token, {change(QStringLiteral("contact"), uuid(), {{QStringLiteral("a"), 1}}),
                         change(QStringLiteral("account_event"), uuid(), data)});
        const QString what = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
        QVERIFY2(r.status == 400, qPrintable(what));
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_field"));
        QVERIFY2(r.json.value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QLatin1String("changes[1]: ")),
                 qPrintable(what + QStringLiteral(" → ") +
                            r.json.value(QStringLiteral("message")).toString()));
    }
    QCOMPARE(pullAll(token).size(), rowsBefore); // nothing of those batches was written
    // The three kinds as the desktop sends them.
    const Reply r = push(
        token, {change(QStringLiteral("account_event"), uuid(),
                       accountEvent(QStringLiteral("policy_acknowledged"),
                                    QStringLiteral("2025-01"), QString(), at)),
                change(QStringLiteral("account_event"), uuid(),
                       accountEvent(QStringLiteral("consent_changed"),
                                    QStringLiteral("usage_statistics"), QStringLiteral("off"), at)),
                change(QStringLiteral("account_event"), uuid(),
                       accountEvent(QStringLiteral("announcement_dismissed"), QStringLiteral("12"),
                                    QString(), at))});
    QCOMPARE(r.status, 200);
    for (const auto& v : r.json.value(QStringLiteral("results")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
}

void TestServer::operatorStatisticsHideSmallGroups()
{
    // Twelve more accounts (Anna's password hash, so each can log in with kPassword).
    QSqlQuery q(direct());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM accounts WHERE email = "
                                  "'anna@voorbeeld.nl'")) &&
            q.next());
    const QString hash = q.value(0).toString();
    q.finish();
    QStringList emails;
    QStringList tokens;
    for (int i = 0; i < 12; ++i) {
        emails << QStringLiteral("statistiek%1@voorbeeld.nl").arg(i);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO accounts(email, password_hash, disabled, "
                                         "created_at, rev) VALUES (?, ?, 0, ?, 0)")));
        q.addBindValue(emails.last());
        q.addBindValue(hash);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        tokens << login(emails.last(), kPassword);
        QCOMPARE(tokens.last().size(), 43);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
    const qint64 accounts = q.value(0).toLongLong();
    q.finish();
    QVERIFY(accounts >= 14);
    QStringList ids; // every account id, to look for in the output
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM accounts")));
    while (q.next())
        ids << q.value(0).toString();
    q.finish();

    // All twelve acknowledge policy 2026-12; three turn product news on. Usage statistics:
    // accounts 0–10 turn it on at T; 0 turns it off later (off), 1 sends an off of before T
    // after it (still on), 11 turns it on and then off at the same T (off: the later
    // revision wins a tie). So ten have it on now.
    const qint64 t = 1795000000000;
    QStringList eventIds;
    const auto send = [&](int account, const QJsonObject& data) {
        eventIds << uuid();
        return push(tokens.at(account),
                    {change(QStringLiteral("account_event"), eventIds.last(), data)})
            .status;
    };
    const QString off = QStringLiteral("off");
    const QString on = QStringLiteral("on");
    const QString usage = QStringLiteral("usage_statistics");
    const QString consent = QStringLiteral("consent_changed");
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(send(i, accountEvent(QStringLiteral("policy_acknowledged"),
                                      QStringLiteral("2026-12"), QString(), t)),
                 200);
        if (i < 3)
            QCOMPARE(send(i, accountEvent(consent, QStringLiteral("product_news"), on, t)), 200);
        QCOMPARE(send(i, accountEvent(consent, usage, on, t)), 200);
    }
    QCOMPARE(send(0, accountEvent(consent, usage, off, t + 1000)), 200);
    QCOMPARE(send(1, accountEvent(consent, usage, off, t - 1000)), 200);
    QCOMPARE(send(11, accountEvent(consent, usage, off, t)), 200);

    // Usage reports: ten from Linux in Dutch, one from Windows in English.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM usage_reports")));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/usage"), QJsonDocument(usageReport()).toJson())
                .status,
            204);
    QCOMPARE(
        call("POST", QStringLiteral("/api/v1/usage"),
             QJsonDocument(usageReport(QStringLiteral("windows"), QStringLiteral("en"))).toJson())
            .status,
        204);

    // A server with the operator's token configured (only its SHA-256 in the file).
    const QString operatorToken = QStringLiteral("operator-") + uuid();
    QFile config(m_dir->filePath(QStringLiteral("operator.ini")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        "[server]\nthreads = 4\n[operator]\ntoken_sha256 = " +
        QCryptographicHash::hash(operatorToken.toUtf8(), QCryptographicHash::Sha256).toHex() +
        "\n");
    config.close();
    QProcess withOperator;
    const int port = serve(withOperator, config.fileName());
    QVERIFY(port > 0);
    const auto stopIt = qScopeGuard([&withOperator] {
        withOperator.terminate();
        withOperator.waitForFinished(10000);
    });
    const QString statsPath = QStringLiteral("/api/v1/operator/stats");

    // The server without the setting has no such endpoint, whatever is sent.
    Reply r = call("GET", statsPath, {}, operatorToken);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));

    const int mainPort = std::exchange(m_port, port);
    const auto restorePort = qScopeGuard([this, mainPort] { m_port = mainPort; });
    QCOMPARE(call("GET", statsPath).status, 401);
    QCOMPARE(call("GET", statsPath, {}, operatorToken + QLatin1Char('x')).status, 401);
    QCOMPARE(call("GET", statsPath, {}, tokens.first()).status, 401); // an account's token
    r = call("GET", statsPath, {}, operatorToken);
    QCOMPARE(r.status, 200);
    const QJsonObject stats = r.json;
    const QByteArray endpointText = r.body;
    m_port = mainPort;

    QCOMPARE(stats.value(QStringLiteral("accounts")).toInteger(), accounts);
    const QJsonObject policies = stats.value(QStringLiteral("policy_acknowledged")).toObject();
    QCOMPARE(policies.value(QStringLiteral("2026-12")), QJsonValue(12));
    QCOMPARE(policies.value(QStringLiteral("2027-01")), QJsonValue(QStringLiteral("<10")));
    // A version not published here, acknowledged by fewer than ten (Anna, above): not named.
    QVERIFY(!policies.contains(QStringLiteral("2025-01")));
    QCOMPARE(policies.value(QStringLiteral("other")), QJsonValue(QStringLiteral("<10")));
    const QJsonObject consents = stats.value(QStringLiteral("consent_on")).toObject();
    QCOMPARE(consents.value(QStringLiteral("product_news")), QJsonValue(QStringLiteral("<10")));
    QCOMPARE(consents.value(QStringLiteral("usage_statistics")), QJsonValue(10));
    const QJsonObject reports = stats.value(QStringLiteral("usage_reports")).toObject();
    QCOMPARE(reports.value(QStringLiteral("reports")), QJsonValue(11));
    QCOMPARE(reports.value(QStringLiteral("os")).toObject().value(QStringLiteral("linux")),
             QJsonValue(10));
    QCOMPARE(reports.value(QStringLiteral("os")).toObject().value(QStringLiteral("windows")),
             QJsonValue(QStringLiteral("<10")));
    QCOMPARE(reports.value(QStringLiteral("os")).toObject().value(QStringLiteral("macos")),
             QJsonValue(QStringLiteral("<10")));
    QCOMPARE(reports.value(QStringLiteral("language")).toObject().value(QStringLiteral("nl")),
             QJsonValue(10));
    QCOMPARE(reports.value(QStringLiteral("app_version")).toObject().value(QStringLiteral("0.9.0")),
             QJsonValue(11));
    QCOMPARE(reports.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("100-999")),
             QJsonValue(11));
    QCOMPARE(reports.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("0")),
             QJsonValue(QStringLiteral("<10")));

    // The same from the command line, as JSON and as a table.
    QProcess cli;
    cli.start(kServer,
              databaseArgs() + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray cliJson = cli.readAllStandardOutput();
    QJsonObject fromCli = QJsonDocument::fromJson(cliJson).object();
    QVERIFY2(!fromCli.isEmpty(), cliJson.constData());
    fromCli.remove(QStringLiteral("generated_at"));
    QJsonObject fromEndpoint = stats;
    fromEndpoint.remove(QStringLiteral("generated_at"));
    QCOMPARE(fromCli, fromEndpoint);
    QString table;
    QCOMPARE(runServerCommand({QStringLiteral("stats")}, {}, &table), 0);
    QVERIFY2(table.contains(QRegularExpression(QStringLiteral("\\n  2026-12 +12\\n"))),
             qPrintable(table));
    QVERIFY2(table.contains(QRegularExpression(QStringLiteral("\\n  product_news +<10\\n"))),
             qPrintable(table));
    QVERIFY2(table.contains(QRegularExpression(QStringLiteral("\\nAccounts +%1\\n").arg(accounts))),
             qPrintable(table));

    // No personal data in any of them: no address, account id, uuid or token.
    const QRegularExpression uuidPattern(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}"));
    std::function<void(const QJsonValue&)> noIdentifiers = [&](const QJsonValue& v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                for (const char* forbidden : {"id", "account", "account_id", "email", "uuid",
                                              "token", "ids", "accounts_list"})
                    QVERIFY2(it.key() != QLatin1String(forbidden), qPrintable(it.key()));
                QVERIFY2(!ids.contains(it.key()), qPrintable(it.key()));
                noIdentifiers(it.value());
            }
        } else if (v.isArray()) {
            QFAIL("the statistics hold no lists");
        } else if (v.isString()) {
            QVERIFY2(!ids.contains(v.toString()), qPrintable(v.toString()));
        }
    };
    noIdentifiers(stats);
    noIdentifiers(QJsonDocument::fromJson(cliJson).object());
    for (const QByteArray& text : {endpointText, cliJson, table.toUtf8()}) {
        QVERIFY2(!text.contains('@'), text.constData());
        QVERIFY2(!uuidPattern.match(QString::fromUtf8(text)).hasMatch(), text.constData());
        for (const QString& email : emails + QStringList{QStringLiteral("anna@voorbeeld.nl"),
                                                         QStringLiteral("bob@voorbeeld.nl")})
            QVERIFY(!text.contains(email.toUtf8()));
        for (const QString& id : std::as_const(eventIds))
            QVERIFY(!text.contains(id.toUtf8()));
        for (const QString& token : std::as_const(tokens))
            QVERIFY(!text.contains(token.toUtf8()));
    }

    // The operator's token is never logged.
    withOperator.terminate();
    QVERIFY(withOperator.waitForFinished(10000));
    const QByteArray log = withOperator.readAllStandardError();
    QCOMPARE(logLines(log, statsPath).size(), 4);
    QVERIFY(!log.contains(operatorToken.toUtf8()));
    QVERIFY(!log.contains(operatorToken.toUtf8().toBase64()));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
