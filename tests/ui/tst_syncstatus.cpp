#include "Account.h"
#include "ContactRepository.h"
#include "Workspace.h"
#include "app/HttpsTestServer.h"
#include "sync/SyncStatusWidget.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

// The status bar's sync state against the real sendtrix-server over real HTTPS: "not
// syncing" until someone logs in, then the account's engine syncs in the background and
// says so; a contact added on one "laptop" reaches another; logging out stops it.
class TestSyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notLoggedInOffersTheLogin();
    void syncsInTheBackgroundOnceLoggedIn();

private:
    HttpsTestServer m_server;
    QTemporaryDir m_home;
};

void TestSyncStatus::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sendtrix"));
    QCoreApplication::setApplicationName(QStringLiteral("Sendtrix"));
    QVERIFY(m_home.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    const QString error = m_server.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start(QStringLiteral("certs/server")) > 0);
}

void TestSyncStatus::notLoggedInOffersTheLogin()
{
    auto ws = Workspace::open(m_home.filePath(QStringLiteral("none.db")), QStringLiteral("test"));
    QVERIFY(ws.ok());
    SyncStatusWidget status(*ws.value());
    QVERIFY(!status.engine());
    QVERIFY2(status.text().contains(QLatin1String("Not syncing")), qPrintable(status.text()));
    QSignalSpy login(&status, &SyncStatusWidget::loginRequested);
    status.findChild<QToolButton*>(QStringLiteral("syncNowButton"))->click();
    QCOMPARE(login.count(), 1);
}

void TestSyncStatus::syncsInTheBackgroundOnceLoggedIn()
{
    const QUrl server(QStringLiteral("https://localhost:%1").arg(m_server.port()));
    {
        Account account;
        QString error;
        account.trustCas(server, Account::readCaFile(m_server.caFile(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto in = account.login(server, QString::fromLatin1(HttpsTestServer::Email),
                                      QString::fromLatin1(HttpsTestServer::Password), false);
        QVERIFY2(in.ok, qPrintable(in.message));
    }
    auto a = Workspace::open(m_home.filePath(QStringLiteral("a.db")), QStringLiteral("test:a"));
    auto b = Workspace::open(m_home.filePath(QStringLiteral("b.db")), QStringLiteral("test:b"));
    QVERIFY(a.ok() && b.ok());
    Contact c;
    c.email = QStringLiteral("anneke@example.nl");
    c.firstName = QStringLiteral("Anneke");
    QVERIFY(a.value()->addContact(c).ok());

    SyncStatusWidget onA(*a.value());
    QVERIFY(onA.engine());
    QTRY_VERIFY_WITH_TIMEOUT(onA.text().startsWith(QLatin1String("Synced")), 30000);
    QCOMPARE(onA.engine()->lastReport().pending, 0);
    QVERIFY(onA.engine()->lastReport().pushed >= 1);
    QVERIFY2(onA.toolTip().contains(QLatin1String("Last sync")), qPrintable(onA.toolTip()));

    // The second laptop pulls it; its window learns of it without a restart.
    QSignalSpy changed(b.value().get(), &Workspace::contactsChanged);
    SyncStatusWidget onB(*b.value());
    QTRY_VERIFY_WITH_TIMEOUT(onB.text().startsWith(QLatin1String("Synced")), 30000);
    QVERIFY(b.value()->contacts().findByEmail(QStringLiteral("anneke@example.nl")));
    QTRY_VERIFY(changed.count() >= 1);

    // "Sync now" runs another sync at once.
    QSignalSpy finished(onA.engine(), &SyncEngine::finished);
    onA.findChild<QToolButton*>(QStringLiteral("syncNowButton"))->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    // Logged out: the engines stop and say so.
    QVERIFY(Account().logout().ok);
    onA.reconnect();
    QVERIFY(!onA.engine());
    QVERIFY(onA.text().contains(QLatin1String("Not syncing")));
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
