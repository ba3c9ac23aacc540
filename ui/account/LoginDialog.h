#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Log in to a Sendtrix server: address, e-mail, password, "remember me" (the token then
// goes to the OS keychain, nowhere else), a line that says in plain words what failed
// (for TLS: expired, wrong host, unknown issuer, self-signed, key changed), and the way
// to trust a self-hosted server's own CA: choose its PEM file, compare the SHA-256
// fingerprint with the administrator's, confirm.
//
// The login itself waits for the server in a local event loop with the dialog disabled
// (user input is not processed meanwhile; painting is).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);

    // The File menu's entry: logs out when there is a session, else opens this dialog.
    static void logInOrOut(QWidget* parent);
    static QString logInOrOutText(); // "Log in…" or "Log out"

    QString errorText() const;
    // For a CA chosen without the file dialog (tests): asks for confirmation like a file.
    bool trustCaFile(const QString& path);

public slots:
    void accept() override;
    void chooseCa();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTrust();
    void showError(const QString& message);

    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_serverLabel;
    QLabel* m_emailLabel;
    QLabel* m_passwordLabel;
    QLabel* m_trust;
    QPushButton* m_trustButton;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
