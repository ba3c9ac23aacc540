#include "Account.h"
#include "ApiClient.h"
#include "account/LoginDialog.h"
#include "app/HttpsTestServer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtTest>

// The login dialog against the real sendtrix-server: the TLS problem named in the error
// line, trusting the server's CA after seeing its fingerprint, then a login. "Remember me"
// stays off here (the keychain has its own suite).
class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownIssuerThenTrustedCa();

private:
    HttpsTestServer m_server;
    QTemporaryDir m_home;
};

void TestLoginDialog::initTestCase()
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

void TestLoginDialog::unknownIssuerThenTrustedCa()
{
    QCOMPARE(LoginDialog::logInOrOutText(), QStringLiteral("&Log in…"));
    LoginDialog dialog;
    dialog.show();
    const QString server = QStringLiteral("localhost:%1").arg(m_server.port());
    dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit"))->setText(server);
    dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))
        ->setText(QString::fromLatin1(HttpsTestServer::Email));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QString::fromLatin1(HttpsTestServer::Password));
    dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);

    // The server's CA is not trusted yet: refused, and the error line says what to do.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("unknown issuer")),
             qPrintable(dialog.errorText()));
    QVERIFY(
        dialog.errorText().contains(QStringLiteral("Trust this server's certificate authority…")));

    // Trust it: the confirmation shows the fingerprint; the user confirms.
    QString shown;
    const QString fingerprint =
        ApiClient::fingerprint(QSslCertificate::fromPath(m_server.caFile()).first());
    QTimer::singleShot(100, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    QVERIFY(dialog.trustCaFile(m_server.caFile()));
    QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
    QVERIFY(dialog.errorText().isEmpty());

    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(LoginDialog::logInOrOutText(), QStringLiteral("Log &out"));
    Account account;
    QCOMPARE(account.email(), QString::fromLatin1(HttpsTestServer::Email));
    QVERIFY(!account.pinnedKey(account.server()).isEmpty());
    QVERIFY(account.logout().ok);
    QCOMPARE(LoginDialog::logInOrOutText(), QStringLiteral("&Log in…"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
