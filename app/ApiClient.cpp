#include "ApiClient.h"

#include <QCryptographicHash>
#include <QDate>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QThread>
#include <QTimer>

namespace {

QString longDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

// The names a certificate is good for: its DNS and IP subject alternative names, else its
// common name.
QString certificateNames(const QSslCertificate& certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

ApiClient::TlsProblem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return ApiClient::TlsProblem::Expired;
    case QSslError::HostNameMismatch:
        return ApiClient::TlsProblem::WrongHost;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return ApiClient::TlsProblem::SelfSigned;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return ApiClient::TlsProblem::UnknownIssuer;
    default:
        return ApiClient::TlsProblem::Other;
    }
}

// When a certificate has several problems, the one the user must act on first: a server
// nobody vouches for matters more than its dates or names.
int rank(ApiClient::TlsProblem p)
{
    switch (p) {
    case ApiClient::TlsProblem::SelfSigned:
        return 0;
    case ApiClient::TlsProblem::UnknownIssuer:
        return 1;
    case ApiClient::TlsProblem::Expired:
        return 2;
    case ApiClient::TlsProblem::WrongHost:
        return 3;
    default:
        return 4;
    }
}

bool isOffline(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiClient::ApiClient(const QUrl& server)
    : m_server(server)
{}

ApiClient::~ApiClient()
{
    // A manager made on another thread than the one destroying us is deleted by its own
    // thread's event loop, if it ever runs one again (it holds no secret).
    if (m_network && m_network->thread() != QThread::currentThread())
        m_network.release()->deleteLater();
}

void ApiClient::setTrustedCas(const QList<QSslCertificate>& cas)
{
    m_cas = cas;
    // Kept-alive connections were verified under the old trust: never reuse them.
    if (m_network && m_network->thread() == QThread::currentThread())
        m_network->clearConnectionCache();
}

void ApiClient::setPinnedKey(const QByteArray& sha256)
{
    m_pin = sha256;
    if (m_network && m_network->thread() == QThread::currentThread())
        m_network->clearConnectionCache();
}

void ApiClient::cancel()
{
    m_cancelled.storeRelease(1);
    QMutexLocker lock(&m_loopMutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, "quit", Qt::QueuedConnection);
}

std::unique_ptr<ApiClient> ApiClient::copy() const
{
    auto copy = anonymousCopy();
    copy->setToken(m_token);
    return copy;
}

std::unique_ptr<ApiClient> ApiClient::anonymousCopy() const
{
    auto copy = std::make_unique<ApiClient>(m_server);
    copy->setTrustedCas(m_cas);
    copy->setPinnedKey(m_pin);
    copy->setTimeoutMs(m_timeoutMs);
    return copy;
}

QByteArray ApiClient::keySha256(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    // Qt writes a public key as SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"), so this is the
    // SPKI hash of HTTP public key pinning: `openssl x509 -pubkey -noout | openssl pkey
    // -pubin -outform der | sha256sum` gives the same.
    const QByteArray der = certificate.publicKey().toDer();
    if (der.isEmpty())
        return {};
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

QString ApiClient::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString ApiClient::tlsMessage(TlsProblem problem, const QSslCertificate& certificate,
                              const QString& host)
{
    switch (problem) {
    case TlsProblem::None:
        return {};
    case TlsProblem::Expired:
        if (!certificate.isNull() && certificate.effectiveDate() > QDateTime::currentDateTimeUtc())
            return tr("The server's certificate is not valid yet (it starts on %1). Check that "
                      "this computer's date and time are right, or ask the server's "
                      "administrator.")
                .arg(longDate(certificate.effectiveDate()));
        if (!certificate.isNull())
            return tr("The server's certificate has expired (on %1). Ask the server's "
                      "administrator to renew it.")
                .arg(longDate(certificate.expiryDate()));
        return tr("The server's certificate has expired. Ask the server's administrator to "
                  "renew it.");
    case TlsProblem::WrongHost:
        return tr("The server presents a certificate for another name (%1), not for %2. Check "
                  "the server address; if it is right, ask the server's administrator for a "
                  "certificate that names it.")
            .arg(certificate.isNull() ? tr("unknown") : certificateNames(certificate), host);
    case TlsProblem::UnknownIssuer:
        return tr("The server's certificate comes from an unknown issuer, so Sendtrix cannot "
                  "tell that it is really %1. If this is your organisation's own server, trust "
                  "its certificate authority (CA) when you log in: “Trust this server's "
                  "certificate authority…” (sendtrix-cli: --ca-file).")
            .arg(host);
    case TlsProblem::SelfSigned:
        return tr("The server %1 presents a self-signed certificate that nobody vouches for, so "
                  "Sendtrix does not connect. If this is your organisation's own server, ask its "
                  "administrator for its CA certificate and trust that when you log in.")
            .arg(host);
    case TlsProblem::PinChanged:
        return tr("The server's key has changed since you last connected to %1. Either the "
                  "server was set up again, or someone may be intercepting the connection. "
                  "Nothing was sent. Ask the server's administrator; if the change is expected, "
                  "trust the server's CA again when you log in.")
            .arg(host);
    case TlsProblem::Other:
        break;
    }
    return tr("A secure connection to %1 could not be set up. Nothing was sent.").arg(host);
}

ApiClient::Reply ApiClient::call(const QByteArray& method, const QString& path,
                                 const QJsonObject& body)
{
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    return send(method, path,
                hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
                hasBody ? QByteArrayLiteral("application/json") : QByteArray(), true);
}

ApiClient::Reply ApiClient::callRaw(const QByteArray& method, const QString& path,
                                    const QByteArray& body, const QByteArray& contentType)
{
    return send(method, path, body, contentType, false);
}

ApiClient::Reply ApiClient::send(const QByteArray& method, const QString& path,
                                 const QByteArray& body, const QByteArray& contentType,
                                 bool expectJson)
{
    Reply result;
    const QString host = m_server.port() > 0
                             ? QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port())
                             : m_server.host();
    if (m_server.scheme() != QLatin1String("https") || m_server.host().isEmpty()) {
        result.failure = Failure::Offline;
        result.message = tr("“%1” is not a server address. It starts with https://, for "
                            "example https://sendtrix.example.nl:8443.")
                             .arg(m_server.toDisplayString());
        return result;
    }
    if (m_cancelled.loadAcquire()) {
        result.failure = Failure::Cancelled;
        result.message = tr("Cancelled.");
        return result;
    }

    if (!m_network || m_network->thread() != QThread::currentThread()) {
        if (m_network)
            m_network.release()->deleteLater();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    // "/api/v1/changes?since=0" replaces the server address's path, keeps its host and port.
    const QUrl url = m_server.resolved(QUrl(path));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_cas.isEmpty())
        tls.setCaCertificates(m_cas); // exactly these, not the system's
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (expectJson)
        request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Sendtrix");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    QNetworkReply* reply = body.isEmpty() && !(method == "POST" || method == "PUT")
                               ? m_network->sendCustomRequest(request, method)
                               : m_network->sendCustomRequest(request, method, body);

    QList<QSslError> sslErrors;
    bool pinMismatch = false;
    bool timedOut = false;
    QSslCertificate peer;
    const QByteArray pin = m_pin;

    auto checkPin = [&](QNetworkReply* r) {
        const QSslCertificate certificate = r->sslConfiguration().peerCertificate();
        if (certificate.isNull())
            return;
        peer = certificate;
        result.peerKeySha256 = keySha256(certificate);
        if (!pin.isEmpty() && result.peerKeySha256 != pin)
            pinMismatch = true;
    };

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    // encrypted(): the handshake is done and nothing has been sent yet (Qt emits it before
    // writing the request), so a wrong key is refused before the token leaves.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
        checkPin(reply);
        if (pinMismatch)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&](const QList<QSslError>& errors) { sslErrors += errors; });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, [&, reply] {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_timeoutMs);
    {
        QMutexLocker lock(&m_loopMutex);
        m_loop = &loop;
    }
    if (!reply->isFinished() && !m_cancelled.loadAcquire())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    {
        QMutexLocker lock(&m_loopMutex);
        m_loop = nullptr;
    }
    timer.stop();
    const bool cancelled = !reply->isFinished();
    if (cancelled) {
        QObject::disconnect(reply, nullptr, &loop, nullptr);
        reply->abort();
    }

    // A connection kept alive from an earlier call emits no encrypted(): check its
    // certificate here too (a certificate that failed verification is reported as such).
    if (!pinMismatch && sslErrors.isEmpty())
        checkPin(reply);

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.raw = reply->readAll();
    if (reply->hasRawHeader("Retry-After"))
        result.retryAfterS = reply->rawHeader("Retry-After").trimmed().toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString contentTypeAnswer = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    // No event loop may run on this thread after us: delete it now, not later.
    delete reply;

    if (pinMismatch) {
        const QByteArray key = result.peerKeySha256;
        result = Reply();
        result.failure = Failure::Tls;
        result.tls = TlsProblem::PinChanged;
        result.peerKeySha256 = key;
        result.message = tlsMessage(TlsProblem::PinChanged, peer, host);
        m_network->clearConnectionCache();
        return result;
    }
    if (cancelled || (m_cancelled.loadAcquire() && error == QNetworkReply::OperationCanceledError &&
                      !timedOut)) {
        result.failure = Failure::Cancelled;
        result.status = 0;
        result.message = tr("Cancelled.");
        return result;
    }
    if (timedOut) {
        result.failure = Failure::Timeout;
        result.status = 0;
        result.message = tr("The server %1 did not answer within %n second(s). Sendtrix tries "
                            "again later.",
                            nullptr, qMax(1, m_timeoutMs / 1000))
                             .arg(host);
        return result;
    }
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        TlsProblem problem = TlsProblem::Other;
        QSslCertificate concerned;
        for (const QSslError& e : std::as_const(sslErrors)) {
            const TlsProblem p = problemOf(e.error());
            if (rank(p) < rank(problem)) {
                problem = p;
                concerned = e.certificate();
            }
        }
        if (concerned.isNull())
            concerned = peer;
        result.failure = Failure::Tls;
        result.tls = problem;
        result.status = 0;
        result.message = tlsMessage(problem, concerned, host);
        return result;
    }

    if (result.status == 0) {
        if (isOffline(error) || error == QNetworkReply::OperationCanceledError) {
            result.failure = Failure::Offline;
            result.message = tr("The server %1 cannot be reached. Check the internet "
                                "connection and the server address; your work is kept and "
                                "Sendtrix tries again later.")
                                 .arg(host);
        } else if (error == QNetworkReply::TimeoutError) {
            result.failure = Failure::Timeout;
            result.message =
                tr("The server %1 did not answer in time. Sendtrix tries again later.").arg(host);
        } else {
            result.failure = Failure::Offline;
            result.message =
                tr("The connection to %1 failed. Sendtrix tries again later.").arg(host);
        }
        return result;
    }

    const bool json = contentTypeAnswer.startsWith(QLatin1String("application/json"));
    bool parsed = false;
    if (!result.raw.isEmpty() && (json || expectJson)) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.raw);
        parsed = doc.isObject();
        if (parsed)
            result.body = doc.object();
    }
    if (result.status >= 400) {
        result.failure = Failure::Http;
        result.error = result.body.value(QLatin1String("error")).toString();
        result.message = httpMessage(result.status, result.error, result.retryAfterS, host);
        return result;
    }
    const bool notJson = (json || expectJson) && !result.raw.isEmpty() && !parsed;
    if (result.status >= 300 || result.status < 200 || notJson) {
        result.failure = Failure::BadAnswer;
        result.message = tr("The server %1 sent an answer Sendtrix does not understand. Is this "
                            "address a Sendtrix server?")
                             .arg(host);
    }
    return result;
}

QString ApiClient::httpMessage(int status, const QString& error, int retryAfterS,
                               const QString& host)
{
    if (status == 401 && error == QLatin1String("invalid_credentials"))
        return tr("The e-mail address or the password is not right.");
    if (status == 401)
        return tr("Your session on %1 has ended. Log in again.").arg(host);
    if (status == 403 && error == QLatin1String("account_disabled"))
        return tr("This account has been disabled. Ask the server's administrator.");
    if (status == 429) {
        const int minutes = retryAfterS > 0 ? (retryAfterS + 59) / 60 : 15;
        return tr("Too many failed attempts. Wait %n minute(s) and try again.", nullptr, minutes);
    }
    if (status == 413)
        return tr("The server %1 refused the data as too large.").arg(host);
    if (status == 503)
        return tr("The server %1 is busy or in maintenance. Sendtrix tries again shortly.")
            .arg(host);
    if (status >= 500)
        return tr("The server %1 had a problem (error %2). Sendtrix tries again later; if it "
                  "keeps happening, tell the server's administrator.")
            .arg(host)
            .arg(status);
    if (status == 404)
        return tr("The server %1 does not know this request (error 404). Is this address a "
                  "Sendtrix server, and is it up to date?")
            .arg(host);
    return tr("The server %1 refused the request (error %2%3).")
        .arg(host)
        .arg(status)
        .arg(error.isEmpty() ? QString() : QStringLiteral(", ") + error);
}
