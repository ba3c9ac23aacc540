#include "Account.h"
#include "ApiClient.h"
#include "HttpsTestServer.h"

#include <QDirIterator>
#include <QSettings>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

// ApiClient and Account against the real sendtrix-server over real HTTPS: every TLS
// failure refused with its own message, the pin, login and logout. No keychain here
// ("remember me" off): tst_keychain covers that inside a D-Bus session.
class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void trustedCaIsAccepted();
    void systemCasDoNotKnowAPrivateCa();
    void selfSignedIsRefused();
    void expiredIsRefused();
    void wrongHostIsRefused();
    void unknownIssuerIsRefused();
    void changedKeyAfterPinningIsRefused();
    void loginAndLogoutRoundTrip();
    void wrongPasswordIsExplained();
    void logoutWithoutServerForgetsTheToken();
    void offlineAndTimeoutAreExplained();
    void callsWorkOnAWorkerThread();
    void cliLoginWithoutKeychain();
    void nothingSecretInSettings();

private:
    QUrl url() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_server.port())); }
    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(m_server.caFile()); }
    ApiClient::Reply health(const QList<QSslCertificate>& cas);
    void serve(const QString& name);
    QProcessEnvironment cliEnvironment() const;
    int filesWithoutSecrets(); // fails the test if one holds a token or password

    HttpsTestServer m_server;
    QTemporaryDir m_home;
    QStringList m_secrets; // every token and password seen: none may be in a file
};

void TestApiClient::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sendtrix"));
    QCoreApplication::setApplicationName(QStringLiteral("Sendtrix"));
    QVERIFY(m_home.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("config")));
    const QString error = m_server.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_secrets << QString::fromLatin1(HttpsTestServer::Password);
}

void TestApiClient::cleanupTestCase()
{
    m_server.stop();
}

void TestApiClient::init()
{
    QSettings().clear();
}

void TestApiClient::cleanup()
{
    QVERIFY(filesWithoutSecrets() >= 0);
}

int TestApiClient::filesWithoutSecrets()
{
    QSettings().sync();
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(f.fileName()));
            return -1;
        }
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QString& secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty() && bytes.contains(secret.toUtf8())) {
                qWarning("%s holds a secret", qPrintable(f.fileName()));
                return -1;
            }
        }
    }
    return files;
}

void TestApiClient::serve(const QString& name)
{
    QVERIFY(m_server.start(name) > 0);
}

ApiClient::Reply TestApiClient::health(const QList<QSslCertificate>& cas)
{
    ApiClient api(url());
    api.setTimeoutMs(10000);
    api.setTrustedCas(cas);
    return api.call("GET", QStringLiteral("/healthz"));
}

void TestApiClient::trustedCaIsAccepted()
{
    serve(QStringLiteral("certs/server"));
    const ApiClient::Reply r = health(ca());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.tls, ApiClient::TlsProblem::None);

    // The pinned hash is the SPKI hash that openssl computes.
    const auto leaf = QSslCertificate::fromPath(m_server.path(QStringLiteral("certs/server.pem")));
    QCOMPARE(leaf.size(), 1);
    QProcess pubkey;
    pubkey.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"),
                                             m_server.path(QStringLiteral("certs/server.pem")),
                                             QStringLiteral("-pubkey"), QStringLiteral("-noout")});
    QVERIFY(pubkey.waitForFinished());
    QProcess der;
    der.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                          QStringLiteral("-outform"), QStringLiteral("der")});
    der.write(pubkey.readAllStandardOutput());
    der.closeWriteChannel();
    QVERIFY(der.waitForFinished());
    const QByteArray expected =
        QCryptographicHash::hash(der.readAllStandardOutput(), QCryptographicHash::Sha256);
    QCOMPARE(ApiClient::keySha256(leaf.first()).toHex(), expected.toHex());
    QCOMPARE(r.peerKeySha256.toHex(), expected.toHex());

    // The fingerprint shown before trusting a CA is the certificate's SHA-256.
    const QString fp = ApiClient::fingerprint(ca().first());
    QCOMPARE(fp.size(), 32 * 3 - 1);
    QCOMPARE(fp, QString::fromLatin1(
                     ca().first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
}

void TestApiClient::systemCasDoNotKnowAPrivateCa()
{
    serve(QStringLiteral("certs/server"));
    const ApiClient::Reply r = health({});
    QCOMPARE(r.failure, ApiClient::Failure::Tls);
    QCOMPARE(r.tls, ApiClient::TlsProblem::UnknownIssuer);
    QVERIFY(r.body.isEmpty());
}

void TestApiClient::selfSignedIsRefused()
{
    serve(QStringLiteral("selfsigned"));
    for (const auto& cas : {ca(), QList<QSslCertificate>()}) {
        const ApiClient::Reply r = health(cas);
        QCOMPARE(r.failure, ApiClient::Failure::Tls);
        QCOMPARE(r.tls, ApiClient::TlsProblem::SelfSigned);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.message.contains(QLatin1String("self-signed")), qPrintable(r.message));
    }
}

void TestApiClient::expiredIsRefused()
{
    serve(QStringLiteral("expired"));
    const ApiClient::Reply r = health(ca());
    QCOMPARE(r.failure, ApiClient::Failure::Tls);
    QCOMPARE(r.tls, ApiClient::TlsProblem::Expired);
    QVERIFY2(r.message.contains(QLatin1String("has expired")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("2021")), qPrintable(r.message)); // when
    QVERIFY2(r.message.contains(QLatin1String("renew")), qPrintable(r.message));
}

void TestApiClient::wrongHostIsRefused()
{
    serve(QStringLiteral("wronghost"));
    const ApiClient::Reply r = health(ca());
    QCOMPARE(r.failure, ApiClient::Failure::Tls);
    QCOMPARE(r.tls, ApiClient::TlsProblem::WrongHost);
    QVERIFY2(r.message.contains(QLatin1String("other.example.nl")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("localhost:%1").arg(m_server.port())),
             qPrintable(r.message));
}

void TestApiClient::unknownIssuerIsRefused()
{
    serve(QStringLiteral("other/server")); // another CA's certificate for localhost
    const ApiClient::Reply r = health(ca());
    QCOMPARE(r.failure, ApiClient::Failure::Tls);
    QCOMPARE(r.tls, ApiClient::TlsProblem::UnknownIssuer);
    QVERIFY2(r.message.contains(QStringLiteral("Trust this server's certificate authority…")),
             qPrintable(r.message));

    // Through Account too: the login is refused with that sentence, nothing is kept.
    Account account;
    account.trustCas(url(), ca());
    const Account::Outcome out =
        account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                      QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY(!out.ok);
    QCOMPARE(out.reply.tls, ApiClient::TlsProblem::UnknownIssuer);
    QCOMPARE(out.message, r.message);
    QVERIFY(account.pinnedKey(url()).isEmpty());
    QVERIFY(account.token().isEmpty());
}

void TestApiClient::changedKeyAfterPinningIsRefused()
{
    serve(QStringLiteral("certs/server"));
    const int port = m_server.port();
    Account account;
    account.trustCas(url(), ca());
    Account::Outcome out = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                                         QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY2(out.ok, qPrintable(out.message));
    m_secrets << account.token();
    const QByteArray pin = account.pinnedKey(url());
    const auto leaf = QSslCertificate::fromPath(m_server.path(QStringLiteral("certs/server.pem")));
    QCOMPARE(pin.toHex(), ApiClient::keySha256(leaf.first()).toHex());
    QCOMPARE(Account().pinnedKey(url()), pin); // kept in the settings

    auto api = account.client();
    QVERIFY(api->call("GET", QStringLiteral("/api/v1/account")).ok());

    // Same port, same trusted CA, a new key: refused, and the token was never sent.
    QVERIFY(m_server.start(QStringLiteral("rekeyed"), port) == port);
    const int requestsBefore = m_server.log().count("\"event\":\"request\"");
    auto again = account.client();
    const ApiClient::Reply r = again->call("GET", QStringLiteral("/api/v1/account"));
    QCOMPARE(r.failure, ApiClient::Failure::Tls);
    QCOMPARE(r.tls, ApiClient::TlsProblem::PinChanged);
    QVERIFY2(r.message.contains(QLatin1String("key has changed")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("intercepting")), qPrintable(r.message));
    // The client that had a kept-alive connection to the old server meets the new one too.
    QCOMPARE(api->call("GET", QStringLiteral("/api/v1/account")).tls,
             ApiClient::TlsProblem::PinChanged);
    out = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                        QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY(!out.ok);
    QCOMPARE(out.reply.tls, ApiClient::TlsProblem::PinChanged);
    QTest::qWait(200);
    QCOMPARE(m_server.log().count("\"event\":\"request\""), requestsBefore);

    // Trusting the CA again (the user confirmed) forgets the pin; the new key is pinned.
    account.trustCas(url(), ca());
    QVERIFY(account.pinnedKey(url()).isEmpty());
    out = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                        QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY2(out.ok, qPrintable(out.message));
    m_secrets << account.token();
    const auto rekeyed = QSslCertificate::fromPath(m_server.path(QStringLiteral("rekeyed.pem")));
    QCOMPARE(account.pinnedKey(url()).toHex(), ApiClient::keySha256(rekeyed.first()).toHex());
    QVERIFY(account.logout().ok);
}

void TestApiClient::loginAndLogoutRoundTrip()
{
    serve(QStringLiteral("certs/server"));
    Account account;
    account.trustCas(url(), ca());
    QVERIFY(!account.loggedIn());
    const Account::Outcome in =
        account.login(url(), QStringLiteral("Anna@Voorbeeld.nl"),
                      QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY2(in.ok, qPrintable(in.message));
    QVERIFY(in.warning.isEmpty()); // "remember me" off: the keychain is not asked
    QCOMPARE(account.email(), QStringLiteral("anna@voorbeeld.nl"));
    QCOMPARE(account.server(), url());
    QVERIFY(!account.remember());
    const QString token = account.token();
    QCOMPARE(token.size(), 43);
    m_secrets << token;

    // Another Account of this process sees the session; the API answers with the token.
    Account other;
    QCOMPARE(other.token(), token);
    auto api = other.client();
    const ApiClient::Reply me = api->call("GET", QStringLiteral("/api/v1/account"));
    QVERIFY2(me.ok(), qPrintable(me.message));
    QCOMPARE(me.body.value(QLatin1String("email")).toString(), QStringLiteral("anna@voorbeeld.nl"));

    const Account::Outcome out = account.logout();
    QVERIFY(out.ok);
    QVERIFY2(out.warning.isEmpty(), qPrintable(out.warning));
    QCOMPARE(out.reply.status, 204);
    QString why;
    QVERIFY(account.token(&why).isEmpty());
    QVERIFY(!why.isEmpty());

    // The old token is refused by the server: 401, "log in again".
    const ApiClient::Reply after = api->call("GET", QStringLiteral("/api/v1/account"));
    QCOMPARE(after.failure, ApiClient::Failure::Http);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.error, QStringLiteral("unauthorized"));
    QVERIFY2(after.message.contains(QLatin1String("Log in again")), qPrintable(after.message));

    // A second logout has nothing to end.
    const Account::Outcome again = account.logout();
    QVERIFY(again.ok);
    QVERIFY(again.warning.isEmpty());
}

void TestApiClient::wrongPasswordIsExplained()
{
    serve(QStringLiteral("certs/server"));
    Account account;
    account.trustCas(url(), ca());
    const Account::Outcome out = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                                               QStringLiteral("not the password"), false);
    QVERIFY(!out.ok);
    QCOMPARE(out.reply.status, 401);
    QCOMPARE(out.reply.error, QStringLiteral("invalid_credentials"));
    QVERIFY2(out.message.contains(QLatin1String("password is not right")), qPrintable(out.message));
    QVERIFY(account.token().isEmpty());

    // Not an https address: refused before anything is sent.
    QVERIFY(Account::serverUrl(QStringLiteral("http://localhost:1")).isEmpty());
    QCOMPARE(Account::serverUrl(QStringLiteral("sendtrix.example.nl:8443")),
             QUrl(QStringLiteral("https://sendtrix.example.nl:8443")));
    QVERIFY(!account
                 .login(QUrl(QStringLiteral("http://localhost:1")),
                        QString::fromLatin1(HttpsTestServer::Email),
                        QString::fromLatin1(HttpsTestServer::Password), false)
                 .ok);
}

void TestApiClient::logoutWithoutServerForgetsTheToken()
{
    serve(QStringLiteral("certs/server"));
    const int port = m_server.port();
    Account account;
    account.trustCas(url(), ca());
    QVERIFY(account
                .login(url(), QString::fromLatin1(HttpsTestServer::Email),
                       QString::fromLatin1(HttpsTestServer::Password), false)
                .ok);
    const QString token = account.token();
    m_secrets << token;
    m_server.stop();

    account.setTimeoutMs(5000);
    const Account::Outcome out = account.logout();
    QVERIFY(out.ok);
    QCOMPARE(out.reply.failure, ApiClient::Failure::Offline);
    QVERIFY2(out.warning.contains(QLatin1String("could not be ended on the server")),
             qPrintable(out.warning));
    QVERIFY(account.token().isEmpty());

    // The session is still alive on the server (it could not be told).
    QCOMPARE(m_server.start(QStringLiteral("certs/server"), port), port);
    ApiClient api(url());
    api.setTrustedCas(ca());
    api.setToken(token);
    QVERIFY(api.call("GET", QStringLiteral("/api/v1/account")).ok());
    QCOMPARE(api.call("DELETE", QStringLiteral("/api/v1/session")).status, 204);
}

void TestApiClient::offlineAndTimeoutAreExplained()
{
    // Nothing listens on this port any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    ApiClient refused(QUrl(QStringLiteral("https://localhost:%1").arg(closed)));
    ApiClient::Reply r = refused.call("GET", QStringLiteral("/healthz"));
    QCOMPARE(r.failure, ApiClient::Failure::Offline);
    QVERIFY2(r.message.contains(QLatin1String("cannot be reached")), qPrintable(r.message));

    // A server that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiClient slow(QUrl(QStringLiteral("https://localhost:%1").arg(silent.serverPort())));
    slow.setTimeoutMs(700);
    QElapsedTimer clock;
    clock.start();
    r = slow.call("GET", QStringLiteral("/healthz"));
    QCOMPARE(r.failure, ApiClient::Failure::Timeout);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY2(r.message.contains(QLatin1String("did not answer")), qPrintable(r.message));

    // Cancelled from another thread while waiting.
    ApiClient cancelled(QUrl(QStringLiteral("https://localhost:%1").arg(silent.serverPort())));
    cancelled.setTimeoutMs(20000);
    std::unique_ptr<QThread> canceller(QThread::create([&] {
        QThread::msleep(300);
        cancelled.cancel();
    }));
    canceller->start();
    clock.restart();
    r = cancelled.call("GET", QStringLiteral("/healthz"));
    canceller->wait();
    QCOMPARE(r.failure, ApiClient::Failure::Cancelled);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(cancelled.call("GET", QStringLiteral("/healthz")).failure,
             ApiClient::Failure::Cancelled);
}

void TestApiClient::callsWorkOnAWorkerThread()
{
    serve(QStringLiteral("certs/server"));
    ApiClient::Reply fromWorker;
    const QUrl server = url();
    const auto cas = ca();
    // Made and used on a thread that never ran an event loop of its own.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        ApiClient api(server);
        api.setTrustedCas(cas);
        fromWorker = api.call("GET", QStringLiteral("/healthz"));
        fromWorker = api.call("GET", QStringLiteral("/healthz"));
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(fromWorker.ok(), qPrintable(fromWorker.message));
    QCOMPARE(fromWorker.status, 200);
}

QProcessEnvironment TestApiClient::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("cli-home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               m_home.filePath(QStringLiteral("cli-home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("cli-home/data")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

void TestApiClient::cliLoginWithoutKeychain()
{
    serve(QStringLiteral("certs/server"));
    auto cli = [&](const QStringList& args, const QByteArray& input, QString* out, QString* err) {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(SENDTRIX_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    const QByteArray password = QByteArray(HttpsTestServer::Password) + '\n';
    const QString server = QStringLiteral("localhost:%1").arg(m_server.port());
    // A password is never an argument.
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), server,
                  QStringLiteral("--email"), QString::fromLatin1(HttpsTestServer::Email),
                  QStringLiteral("--password"), QStringLiteral("x")},
                 {}, &out, &err),
             2);
    // Without the CA: the unknown issuer, named.
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), server,
                  QStringLiteral("--email"), QString::fromLatin1(HttpsTestServer::Email)},
                 password, &out, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("unknown issuer")), qPrintable(err));
    // With it: the fingerprint is shown, the login works, "not kept" is said.
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), server,
                  QStringLiteral("--email"), QString::fromLatin1(HttpsTestServer::Email),
                  QStringLiteral("--ca-file"), m_server.caFile(), QStringLiteral("--no-remember")},
                 password, &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Logged in to https://localhost:")), qPrintable(out));
    QVERIFY2(err.contains(ApiClient::fingerprint(ca().first())), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("session has ended")), qPrintable(err));
    QCOMPARE(cli({QStringLiteral("logout")}, {}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("Logged out")), qPrintable(out));
    QVERIFY(cli({QStringLiteral("--help")}, {}, &out, &err) == 0);
    QVERIFY(out.contains(QLatin1String("login --server URL --email E")));
}

void TestApiClient::nothingSecretInSettings()
{
    serve(QStringLiteral("certs/server"));
    Account account;
    account.trustCas(url(), ca());
    QVERIFY(account
                .login(url(), QString::fromLatin1(HttpsTestServer::Email),
                       QString::fromLatin1(HttpsTestServer::Password), false)
                .ok);
    m_secrets << account.token();
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // What is there: the server, the address, the CA and the pin, which are public.
    QVERIFY(bytes.contains(url().toString().toUtf8()));
    QVERIFY(bytes.contains(HttpsTestServer::Email));
    QVERIFY(bytes.contains("BEGIN CERTIFICATE"));
    QVERIFY(bytes.contains(account.pinnedKey(url()).toHex()));
    // What is not: a token or password, in this file or any other this test or its CLI
    // runs wrote (every test checks that on its way out as well).
    QVERIFY(m_secrets.size() > 4);
    QVERIFY(filesWithoutSecrets() >= 2);
    QVERIFY(account.logout().ok);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
