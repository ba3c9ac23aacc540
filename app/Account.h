#pragma once

#include "ApiClient.h"
#include "Keychain.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>

// The signed-in account of this computer: which server, which e-mail address, which CA is
// trusted for a self-hosted server and which server key is pinned. Those are preferences
// (QSettings, group "account"): none of them is a secret. The access token is kept only in
// the OS keychain ("remember me"), or only in this process's memory; never in settings,
// the store or a log.
//
// Trust and pinning: a server with a certificate from a public CA is checked against the
// system's CAs and not pinned (its key changes at every renewal). A self-hosted server's
// own CA is trusted only when the user chose it (after seeing its SHA-256 fingerprint);
// from the first login after that, the server's public key is pinned, and a different key
// is refused until the user trusts the CA again (which clears the pin).
//
// Every method blocks (network, keychain): for the CLI, worker threads, and short modal
// steps of the GUI.
class Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // translated: what happened, for the user
        QString warning; // translated: what did not work but did not stop it (keychain)
        ApiClient::Reply reply;
    };

    Account();

    // The account last logged in to (kept after logout, to fill in the login form).
    QUrl server() const { return m_server; }
    QString email() const { return m_email; }
    bool remember() const { return m_remember; }

    // "sendtrix.example.nl:8443" → "https://sendtrix.example.nl:8443"; an empty URL when
    // the text is no https address.
    static QUrl serverUrl(const QString& text);

    // The CA trusted for this server (empty: the system's CAs), and its pinned key.
    QList<QSslCertificate> trustedCas(const QUrl& server) const;
    QByteArray pinnedKey(const QUrl& server) const;
    // Trusts these CA certificates for the server (the user saw the fingerprint and
    // confirmed), forgets the pin; an empty list goes back to the system's CAs.
    void trustCas(const QUrl& server, const QList<QSslCertificate>& cas);
    // Reads CA certificates from a PEM file; a translated message in *error otherwise.
    static QList<QSslCertificate> readCaFile(const QString& path, QString* error);

    // POST /api/v1/session. On success the account is this one; the token is kept in the
    // keychain when remember is on (else, or when no keychain works: in memory only, with
    // outcome.warning saying so), and the server's key is pinned when a CA of its own is
    // trusted.
    Outcome login(const QUrl& server, const QString& email, const QString& password, bool remember);
    // DELETE /api/v1/session, then forgets the token here and in the keychain, also when
    // the server cannot be reached (outcome.warning says so).
    Outcome logout();

    // The token: from this process's memory, else from the keychain. Empty when there is
    // none; *why then says why (translated) if given.
    QString token(QString* why = nullptr);
    bool loggedIn() { return !token().isEmpty(); }
    // Without asking the keychain: a token in this process's memory, or one saved.
    bool hasSession() const;

    // An ApiClient for the account's server with its trust, pin and token (see token();
    // no token when not logged in). For a worker thread: make it here, move nothing, and
    // call it there (it makes its network manager on the calling thread).
    std::unique_ptr<ApiClient> client();

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

private:
    void save() const;

    QUrl m_server;
    QString m_email;
    bool m_remember = false;
    int m_timeoutMs = 30000;
    int m_keychainTimeoutMs = Keychain::DefaultTimeoutMs;
};
