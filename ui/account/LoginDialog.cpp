#include "LoginDialog.h"

#include "Account.h"
#include "ApiClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_serverLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_trust(new QLabel(this))
    , m_trustButton(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_trustButton->setObjectName(QStringLiteral("trustCaButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_remember->setChecked(true);
    m_trust->setWordWrap(true);
    m_trust->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_serverLabel->setBuddy(m_server);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_trust);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const Account account;
    if (!account.server().isEmpty())
        m_server->setText(account.server().toString());
    m_email->setText(account.email());
    (m_server->text().isEmpty()  ? m_server
     : m_email->text().isEmpty() ? m_email
                                 : m_password)
        ->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trustButton, &QPushButton::clicked, this, &LoginDialog::chooseCa);
    connect(m_server, &QLineEdit::textChanged, this, &LoginDialog::updateTrust);
    retranslate();
    setMinimumWidth(460);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in to a Sendtrix server"));
    m_serverLabel->setText(tr("&Server:"));
    m_emailLabel->setText(tr("&E-mail address:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("https://sendtrix.example.nl:8443"));
    m_remember->setText(tr("&Remember me on this computer (in the system keychain)"));
    m_trustButton->setText(tr("&Trust this server's certificate authority…"));
    m_trustButton->setToolTip(tr("For your organisation's own server: choose its CA certificate "
                                 "(a PEM file from the server's administrator)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateTrust();
}

void LoginDialog::updateTrust()
{
    const QUrl server = Account::serverUrl(m_server->text());
    const QList<QSslCertificate> cas = Account().trustedCas(server);
    if (cas.isEmpty()) {
        m_trust->hide();
        return;
    }
    const QStringList names = cas.first().subjectInfo(QSslCertificate::CommonName);
    m_trust->setText(tr("Trusted certificate authority for this server: %1\nSHA-256 %2")
                         .arg(names.isEmpty() ? tr("(no name)") : names.join(QStringLiteral(", ")),
                              ApiClient::fingerprint(cas.first())));
    m_trust->show();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::chooseCa()
{
    if (Account::serverUrl(m_server->text()).isEmpty()) {
        showError(tr("Enter the server's address first: the certificate authority is trusted "
                     "for that server only."));
        m_server->setFocus();
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The server's CA certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        trustCaFile(path);
}

bool LoginDialog::trustCaFile(const QString& path)
{
    const QUrl server = Account::serverUrl(m_server->text());
    if (server.isEmpty())
        return false;
    QString error;
    const QList<QSslCertificate> cas = Account::readCaFile(path, &error);
    if (cas.isEmpty()) {
        showError(error);
        return false;
    }
    QStringList shown;
    for (const QSslCertificate& ca : cas) {
        const QStringList names = ca.subjectInfo(QSslCertificate::CommonName);
        shown << tr("%1\nvalid until %2\nSHA-256 fingerprint:\n%3")
                     .arg(names.isEmpty() ? tr("(no name)") : names.join(QStringLiteral(", ")),
                          QLocale().toString(ca.expiryDate().date(), QLocale::LongFormat),
                          ApiClient::fingerprint(ca));
    }
    QMessageBox box(QMessageBox::Question, tr("Trust this certificate authority?"),
                    tr("Sendtrix will accept any certificate this authority signs for %1.\n\n%2"
                       "\n\nOnly continue if this fingerprint is the one the server's "
                       "administrator gave you.")
                        .arg(server.toString(), shown.join(QStringLiteral("\n\n"))),
                    QMessageBox::NoButton, this);
    QPushButton* trust = box.addButton(tr("&Trust"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("trustCaConfirmation"));
    box.exec();
    if (box.clickedButton() != trust)
        return false;
    Account().trustCas(server, cas);
    showError({});
    updateTrust();
    return true;
}

void LoginDialog::accept()
{
    const QUrl server = Account::serverUrl(m_server->text());
    if (server.isEmpty()) {
        showError(tr("“%1” is not a server address. It starts with https://, for example "
                     "https://sendtrix.example.nl:8443.")
                      .arg(m_server->text()));
        m_server->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your e-mail address and password."));
        (m_email->text().trimmed().isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    showError(tr("Logging in…"));
    setEnabled(false);
    Account account;
    const Account::Outcome out =
        account.login(server, m_email->text(), m_password->text(), m_remember->isChecked());
    setEnabled(true);
    if (!out.ok) {
        showError(out.message);
        const auto tls = out.reply.tls;
        if (tls == ApiClient::TlsProblem::UnknownIssuer ||
            tls == ApiClient::TlsProblem::SelfSigned || tls == ApiClient::TlsProblem::PinChanged)
            m_trustButton->setFocus();
        else
            m_password->setFocus();
        return;
    }
    m_password->clear();
    showError({});
    if (!out.warning.isEmpty())
        QMessageBox::information(this, tr("Logged in"),
                                 out.message + QStringLiteral("\n\n") + out.warning);
    QDialog::accept();
}

QString LoginDialog::logInOrOutText()
{
    return Account().hasSession() ? tr("Log &out") : tr("&Log in…");
}

void LoginDialog::logInOrOut(QWidget* parent)
{
    Account account;
    if (!account.hasSession()) {
        LoginDialog dialog(parent);
        dialog.exec();
        return;
    }
    if (QMessageBox::question(parent, tr("Log out"),
                              tr("Log out of %1 as %2? Sendtrix stops syncing until you log in "
                                 "again; your work on this computer is kept.")
                                  .arg(account.server().toString(), account.email())) !=
        QMessageBox::Yes)
        return;
    const Account::Outcome out = account.logout();
    if (!out.warning.isEmpty())
        QMessageBox::warning(parent, tr("Logged out"),
                             out.message + QStringLiteral("\n\n") + out.warning);
}
