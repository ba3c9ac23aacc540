#include "Account.h"
#include "ApiClient.h"
#include "HttpsTestServer.h"
#include "Keychain.h"

#include <QDirIterator>
#include <QSettings>
#include <QtTest>

// The real Secret Service (gnome-keyring in a private D-Bus session: CTest runs this
// through tests/run-with-keyring.sh) and the real sendtrix-server: the token of a
// remembered login is in the keychain and in no file; logout removes it; without a
// keychain the login still works for the session and says why it is not kept.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writeReadRemove();
    void cliLoginKeepsTheTokenOnlyInTheKeychain();
    void rememberOnAndOff();
    void withoutSessionBusTheLoginIsNotKept();

private:
    QUrl url() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_server.port())); }
    QString key() const
    {
        return Keychain::keyFor(url(), QString::fromLatin1(HttpsTestServer::Email));
    }
    // secret-tool lookup server Sendtrix user KEY: the secret, or a null string.
    static QString lookup(const QString& key);
    int cli(const QStringList& args, const QByteArray& input, QString* out, QString* err,
            bool withBus = true);
    QProcessEnvironment environment(bool withBus) const;

    HttpsTestServer m_server;
    QTemporaryDir m_home; // the CLI's HOME and XDG folders
};

QString TestKeychain::lookup(const QString& key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            Keychain::service(), QStringLiteral("user"), key});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QProcessEnvironment TestKeychain::environment(bool withBus) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("home/cache")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("DISPLAY"));
    if (!withBus)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
    return env;
}

int TestKeychain::cli(const QStringList& args, const QByteArray& input, QString* out, QString* err,
                      bool withBus)
{
    QProcess p;
    p.setProcessEnvironment(environment(withBus));
    p.start(QStringLiteral(SENDTRIX_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    const bool crashed = p.exitStatus() == QProcess::CrashExit;
    if (crashed || p.exitCode() != 0) {
        // What the command said, so that a failure in CI can be understood from its log.
        qWarning("sendtrix-cli %s %s %d\n--- stdout:\n%s--- stderr:\n%s",
                 qPrintable(args.join(QLatin1Char(' '))),
                 crashed ? "crashed with signal" : "exited with", p.exitCode(), qPrintable(*out),
                 qPrintable(*err));
    }
    return crashed ? -1000 - p.exitCode() : p.exitCode();
}

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this through tests/run-with-keyring.sh (ctest does)");
    QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"),
             "DISPLAY is set: a locked keyring would wait on a dialog forever");
    const Keychain::Result probe = Keychain(5000).probe();
    QVERIFY2(probe.ok(), qPrintable(probe.message + QLatin1Char(' ') + probe.detail));

    QCoreApplication::setOrganizationName(QStringLiteral("Sendtrix"));
    QCoreApplication::setApplicationName(QStringLiteral("Sendtrix"));
    QVERIFY(m_home.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("home/config")));
    const QString error = m_server.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start(QStringLiteral("certs/server")) > 0);
}

void TestKeychain::init()
{
    QSettings().clear();
}

void TestKeychain::writeReadRemove()
{
    Keychain keychain;
    const QString k = QStringLiteral("https://example.nl:443 test@example.nl");
    QCOMPARE(Keychain::keyFor(QUrl(QStringLiteral("https://Example.NL")),
                              QStringLiteral(" Test@Example.nl")),
             k);
    QCOMPARE(keychain.read(k).status, Keychain::Status::NotFound);
    const Keychain::Result written = keychain.write(k, QStringLiteral("s3cr3t-ü"));
    QVERIFY2(written.ok(), qPrintable(written.message + written.detail));
    const Keychain::Result read = keychain.read(k);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QStringLiteral("s3cr3t-ü"));
    // QtKeychain's attributes, as secret-tool sees them.
    QCOMPARE(lookup(k), QStringLiteral("s3cr3t-ü"));
    QVERIFY(keychain.remove(k).ok());
    QCOMPARE(keychain.read(k).status, Keychain::Status::NotFound);
    QVERIFY(lookup(k).isNull());
}

void TestKeychain::cliLoginKeepsTheTokenOnlyInTheKeychain()
{
    QString out, err;
    // A store in the CLI's data folder, so that it is among the files searched below.
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                  QStringLiteral("klant@voorbeeld.nl")},
                 {}, &out, &err),
             0);
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), url().toString(),
                  QStringLiteral("--email"), QString::fromLatin1(HttpsTestServer::Email),
                  QStringLiteral("--ca-file"), m_server.caFile()},
                 QByteArray(HttpsTestServer::Password) + '\n', &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("kept in this computer's keychain")),
             qPrintable(out + err));

    const QString token = lookup(key());
    QCOMPARE(token.size(), 43);
    ApiClient api(url());
    api.setTrustedCas(QSslCertificate::fromPath(m_server.caFile()));
    api.setToken(token);
    QVERIFY(api.call("GET", QStringLiteral("/api/v1/account")).ok());

    // No file of the profile, the settings or the store holds the token or the password.
    int files = 0;
    bool sawStore = false, sawSettings = false;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        ++files;
        sawStore = sawStore || f.fileName().endsWith(QLatin1String("sendtrix.db"));
        sawSettings = sawSettings || bytes.contains("pinnedKeySha256");
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains(HttpsTestServer::Password), qPrintable(f.fileName()));
    }
    QVERIFY(sawStore);
    QVERIFY(sawSettings);
    QVERIFY(files >= 2);
    // Nor did the server log it.
    QVERIFY(!m_server.log().contains(token.toUtf8()));

    // Logout: revoked on the server, gone from the keychain.
    QCOMPARE(cli({QStringLiteral("logout")}, {}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("Logged out")), qPrintable(out + err));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(lookup(key()).isNull());
    const ApiClient::Reply after = api.call("GET", QStringLiteral("/api/v1/account"));
    QCOMPARE(after.status, 401);
    QVERIFY(after.message.contains(QLatin1String("Log in again")));
}

void TestKeychain::rememberOnAndOff()
{
    Account account;
    account.trustCas(url(), QSslCertificate::fromPath(m_server.caFile()));
    Account::Outcome in = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                                        QString::fromLatin1(HttpsTestServer::Password), true);
    QVERIFY2(in.ok, qPrintable(in.message));
    QVERIFY2(in.warning.isEmpty(), qPrintable(in.warning));
    QVERIFY(account.remember());
    const QString remembered = lookup(key());
    QCOMPARE(remembered, account.token());
    QVERIFY(!QSettings().allKeys().isEmpty());
    for (const QString& k : QSettings().allKeys())
        QVERIFY(!QSettings().value(k).toString().contains(remembered));

    // Logging in again without "remember me": the saved login goes.
    in = account.login(url(), QString::fromLatin1(HttpsTestServer::Email),
                       QString::fromLatin1(HttpsTestServer::Password), false);
    QVERIFY(in.ok);
    QVERIFY(!account.remember());
    QVERIFY(lookup(key()).isNull());
    QVERIFY(!account.token().isEmpty()); // for this session
    QVERIFY(account.logout().ok);
    ApiClient old(url());
    old.setTrustedCas(QSslCertificate::fromPath(m_server.caFile()));
    old.setToken(remembered); // the first session was never revoked by the second login
    QVERIFY(old.call("DELETE", QStringLiteral("/api/v1/session")).ok());
}

void TestKeychain::withoutSessionBusTheLoginIsNotKept()
{
    QString out, err;
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), url().toString(),
                  QStringLiteral("--email"), QString::fromLatin1(HttpsTestServer::Email),
                  QStringLiteral("--ca-file"), m_server.caFile()},
                 QByteArray(HttpsTestServer::Password) + '\n', &out, &err, false),
             0);
    QVERIFY(clock.elapsed() < 20000);
    QVERIFY2(out.contains(QLatin1String("Logged in to")), qPrintable(out + err));
    QVERIFY2(err.contains(QLatin1String("No keychain is available: Sendtrix keeps working "
                                        "offline and asks for your password each time.")),
             qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("session has ended")), qPrintable(err));
    QVERIFY(lookup(key()).isNull());
    // The next command has no login to use.
    QCOMPARE(cli({QStringLiteral("logout")}, {}, &out, &err, false), 0);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
