#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>

class QEventLoop;
class QNetworkAccessManager;

// HTTPS to sendtrix-server (docs/sync-protocol.md). Certificates are always verified by Qt
// Network/OpenSSL against the system's CAs, or against the one CA the user chose to trust
// for a self-hosted server; once a server has been reached, the SHA-256 of its public key
// can be pinned, and a different key is refused. There is no way to ignore a TLS error.
//
// Lives on one thread: create it on the thread that uses it (the GUI thread, the sync
// worker, the CLI). call() runs a local event loop until the answer, a timeout, or a
// failure; it is for worker threads and the CLI, never the GUI thread.
class ApiClient
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)

public:
    enum class Failure {
        None,
        Offline,   // no route, DNS failure, connection refused
        Timeout,   // no answer within timeoutMs
        Tls,       // see tls
        Http,      // a status >= 400 (see status, error)
        BadAnswer, // not the JSON the API promises
        Cancelled,
    };
    enum class TlsProblem {
        None,
        Expired,       // or not yet valid
        WrongHost,     // the certificate is for another name
        UnknownIssuer, // signed by a CA nobody trusted
        SelfSigned,    // a self-signed certificate that was not trusted
        PinChanged,    // the server's key is not the one pinned
        Other,
    };
    struct Reply
    {
        Failure failure = Failure::None;
        TlsProblem tls = TlsProblem::None;
        int status = 0;       // HTTP status, 0 when there was none
        QString error;        // the API's "error" code ("unauthorized"), when it sent one
        QString message;      // translated, plain words for the user: what failed and what to do
        QJsonObject body;     // the JSON answer (empty for 204)
        QByteArray raw;       // the body as received
        int retryAfterS = -1; // Retry-After, when given
        QByteArray
            peerKeySha256; // SHA-256 of the server's public key (SPKI), when TLS got that far

        bool ok() const { return failure == Failure::None; }
    };

    explicit ApiClient(const QUrl& server);
    ~ApiClient();

    QUrl server() const { return m_server; }
    // Bearer token for every call; empty: none.
    void setToken(const QString& token) { m_token = token; }
    // Trust exactly these CAs (a self-hosted server's own) instead of the system's.
    void setTrustedCas(const QList<QSslCertificate>& cas);
    // Refuse a server whose public key's SHA-256 is not this (empty: no pin).
    void setPinnedKey(const QByteArray& sha256);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The same server, trust and timeout, without the token and on connections of its own
    // (for what must not be linked to the account: anonymous usage statistics).
    std::unique_ptr<ApiClient> anonymousCopy() const;
    // The same server, trust, timeout and token, for another thread (a page fetched ahead).
    std::unique_ptr<ApiClient> copy() const;

    // Thread-safe: ends the call in flight (Failure::Cancelled) and refuses later ones
    // until clearCancel().
    void cancel();
    void clearCancel() { m_cancelled.storeRelease(0); }

    // method: "GET", "POST", "PUT", "DELETE"; path: "/api/v1/changes?since=0".
    Reply call(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    Reply callRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                  const QByteArray& contentType);

    // The SHA-256 of a certificate's public key, as pinned.
    static QByteArray keySha256(const QSslCertificate& certificate);
    // "AB:CD:…" of the certificate's SHA-256, as shown to the user before trusting a CA.
    static QString fingerprint(const QSslCertificate& certificate);
    // The plain-language sentence for a TLS problem with this certificate on host[:port].
    static QString tlsMessage(TlsProblem problem, const QSslCertificate& certificate,
                              const QString& host);
    // The sentence for an HTTP error status and the API's error code.
    static QString httpMessage(int status, const QString& error, int retryAfterS,
                               const QString& host);

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body,
               const QByteArray& contentType, bool expectJson);

    QUrl m_server;
    QString m_token;
    QList<QSslCertificate> m_cas;
    QByteArray m_pin;
    int m_timeoutMs = 30000;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QAtomicInt m_cancelled;
    QMutex m_loopMutex;
    QEventLoop* m_loop = nullptr; // the call in flight's, guarded by m_loopMutex
};
