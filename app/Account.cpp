#include "Account.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>

namespace {

const QString kServer = QStringLiteral("account/server");
const QString kEmail = QStringLiteral("account/email");
const QString kRemember = QStringLiteral("account/remember");
// One trusted CA (a self-hosted server's own), for one server, and that server's pinned
// public key (SHA-256 of its SubjectPublicKeyInfo, hex). Certificates are public.
const QString kTrustServer = QStringLiteral("trust/server");
const QString kTrustCa = QStringLiteral("trust/caPem");
const QString kTrustPin = QStringLiteral("trust/pinnedKeySha256");

// Tokens of this process's sessions, by keychain key: for "remember me" off, for a
// keychain that is not there, and so that the keychain is read once per process.
QMutex g_tokensMutex;
QHash<QString, QString>& sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

QString sessionToken(const QString& key)
{
    QMutexLocker lock(&g_tokensMutex);
    return sessionTokens().value(key);
}

void setSessionToken(const QString& key, const QString& token)
{
    QMutexLocker lock(&g_tokensMutex);
    if (token.isEmpty())
        sessionTokens().remove(key);
    else
        sessionTokens().insert(key, token);
}

QString origin(const QUrl& server)
{
    return server.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                           QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

} // namespace

Account::Account()
{
    const QSettings settings;
    m_server = QUrl(settings.value(kServer).toString());
    m_email = settings.value(kEmail).toString();
    m_remember = settings.value(kRemember, false).toBool();
}

void Account::save() const
{
    QSettings settings;
    settings.setValue(kServer, origin(m_server));
    settings.setValue(kEmail, m_email);
    settings.setValue(kRemember, m_remember);
}

QUrl Account::serverUrl(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return {};
    return QUrl(origin(url));
}

QList<QSslCertificate> Account::trustedCas(const QUrl& server) const
{
    const QSettings settings;
    if (server.isEmpty() || settings.value(kTrustServer).toString() != origin(server))
        return {};
    return QSslCertificate::fromData(settings.value(kTrustCa).toByteArray(), QSsl::Pem);
}

QByteArray Account::pinnedKey(const QUrl& server) const
{
    const QSettings settings;
    if (server.isEmpty() || settings.value(kTrustServer).toString() != origin(server))
        return {};
    return QByteArray::fromHex(settings.value(kTrustPin).toByteArray());
}

void Account::trustCas(const QUrl& server, const QList<QSslCertificate>& cas)
{
    QSettings settings;
    if (cas.isEmpty()) {
        settings.remove(QStringLiteral("trust"));
        return;
    }
    QByteArray pem;
    for (const QSslCertificate& ca : cas)
        pem += ca.toPem();
    settings.setValue(kTrustServer, origin(server));
    settings.setValue(kTrustCa, QString::fromLatin1(pem));
    settings.remove(kTrustPin); // pinned again at the next login
}

QList<QSslCertificate> Account::readCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read (%2).").arg(path, file.errorString());
        return {};
    }
    QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (cas.isEmpty()) {
        if (error)
            *error = tr("%1 holds no certificate in PEM form (a text file that starts with "
                        "“-----BEGIN CERTIFICATE-----”).")
                         .arg(path);
        return {};
    }
    for (const QSslCertificate& ca : std::as_const(cas)) {
        if (ca.isNull() || ca.isBlacklisted()) {
            if (error)
                *error = tr("%1 holds a certificate that cannot be used.").arg(path);
            return {};
        }
    }
    return cas;
}

Account::Outcome Account::login(const QUrl& server, const QString& email, const QString& password,
                                bool remember)
{
    Outcome outcome;
    const QUrl url = serverUrl(server.toString());
    if (url.isEmpty()) {
        outcome.message = tr("“%1” is not a server address. It starts with https://, for "
                             "example https://sendtrix.example.nl:8443.")
                              .arg(server.toString());
        return outcome;
    }
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        outcome.message = tr("Enter your e-mail address and password.");
        return outcome;
    }

    ApiClient api(url);
    api.setTimeoutMs(m_timeoutMs);
    api.setTrustedCas(trustedCas(url));
    api.setPinnedKey(pinnedKey(url));
    QJsonObject body;
    body.insert(QStringLiteral("email"), email.trimmed());
    body.insert(QStringLiteral("password"), password);
    outcome.reply = api.call("POST", QStringLiteral("/api/v1/session"), body);
    if (!outcome.reply.ok()) {
        outcome.message = outcome.reply.message;
        return outcome;
    }
    const QString token = outcome.reply.body.value(QLatin1String("token")).toString();
    if (token.isEmpty()) {
        outcome.message = tr("The server %1 sent an answer Sendtrix does not understand. Is "
                             "this address a Sendtrix server?")
                              .arg(url.host());
        return outcome;
    }
    const QString accountEmail = outcome.reply.body.value(QLatin1String("account"))
                                     .toObject()
                                     .value(QLatin1String("email"))
                                     .toString(email.trimmed().toLower());

    // Another account (or server) before: forget its token on this computer.
    const QString key = Keychain::keyFor(url, accountEmail);
    if (!m_server.isEmpty() && !m_email.isEmpty()) {
        const QString oldKey = Keychain::keyFor(m_server, m_email);
        if (oldKey != key) {
            setSessionToken(oldKey, {});
            if (m_remember)
                Keychain(m_keychainTimeoutMs).remove(oldKey);
        }
    }

    // A self-hosted server's CA is trusted: from now on its key must stay the same.
    if (!trustedCas(url).isEmpty() && pinnedKey(url).isEmpty() &&
        !outcome.reply.peerKeySha256.isEmpty())
        QSettings().setValue(kTrustPin, QString::fromLatin1(outcome.reply.peerKeySha256.toHex()));

    const bool wasRemembered = m_remember && Keychain::keyFor(m_server, m_email) == key;
    m_server = url;
    m_email = accountEmail;
    m_remember = false;
    setSessionToken(key, token);
    if (remember) {
        const Keychain::Result stored = Keychain(m_keychainTimeoutMs).write(key, token);
        if (stored.ok())
            m_remember = true;
        else
            outcome.warning = stored.message;
    } else if (wasRemembered) {
        // "Remember me" turned off: the saved login goes.
        Keychain(m_keychainTimeoutMs).remove(key);
    }
    save();
    outcome.ok = true;
    outcome.message = tr("Logged in to %1 as %2.").arg(origin(url), accountEmail);
    return outcome;
}

Account::Outcome Account::logout()
{
    Outcome outcome;
    if (m_server.isEmpty() || m_email.isEmpty()) {
        outcome.ok = true;
        outcome.message = tr("You are not logged in.");
        return outcome;
    }
    const QString key = Keychain::keyFor(m_server, m_email);
    QString keychainProblem;
    QString token = sessionToken(key);
    if (token.isEmpty() && m_remember) {
        const Keychain::Result read = Keychain(m_keychainTimeoutMs).read(key);
        if (read.ok())
            token = read.secret;
        else if (read.status != Keychain::Status::NotFound)
            keychainProblem = read.message;
    }

    if (!token.isEmpty()) {
        auto api = client();
        api->setToken(token);
        outcome.reply = api->call("DELETE", QStringLiteral("/api/v1/session"));
        // 401: the server had ended the session already.
        if (!outcome.reply.ok() && outcome.reply.status != 401)
            outcome.warning = tr("The session could not be ended on the server (%1). It ends by "
                                 "itself within 90 days; Sendtrix has forgotten it on this "
                                 "computer.")
                                  .arg(outcome.reply.message);
    }

    setSessionToken(key, {});
    if (m_remember) {
        const Keychain::Result removed = Keychain(m_keychainTimeoutMs).remove(key);
        if (!removed.ok() && removed.status != Keychain::Status::NotFound) {
            keychainProblem = removed.message;
            const QString more = tr("The saved login could not be removed from the keychain: "
                                    "%1 Remove the entry “%2” by hand with your keychain's "
                                    "manager.")
                                     .arg(removed.message, key);
            outcome.warning = outcome.warning.isEmpty() ? more : outcome.warning + u'\n' + more;
        }
    }
    m_remember = false;
    save();
    outcome.ok = true;
    outcome.message = tr("Logged out of %1.").arg(origin(m_server));
    return outcome;
}

QString Account::token(QString* why)
{
    if (m_server.isEmpty() || m_email.isEmpty()) {
        if (why)
            *why = tr("You are not logged in.");
        return {};
    }
    const QString key = Keychain::keyFor(m_server, m_email);
    QString token = sessionToken(key);
    if (!token.isEmpty())
        return token;
    if (!m_remember) {
        if (why)
            *why =
                tr("Log in to %1: the login is not saved on this computer.").arg(origin(m_server));
        return {};
    }
    const Keychain::Result read = Keychain(m_keychainTimeoutMs).read(key);
    if (read.ok() && !read.secret.isEmpty()) {
        setSessionToken(key, read.secret);
        return read.secret;
    }
    if (why)
        *why = read.status == Keychain::Status::NotFound
                   ? tr("Log in to %1 again: the saved login is no longer in the keychain.")
                         .arg(origin(m_server))
                   : read.message;
    return {};
}

bool Account::hasSession() const
{
    if (m_server.isEmpty() || m_email.isEmpty())
        return false;
    return m_remember || !sessionToken(Keychain::keyFor(m_server, m_email)).isEmpty();
}

std::unique_ptr<ApiClient> Account::client()
{
    auto api = std::make_unique<ApiClient>(m_server);
    api->setTimeoutMs(m_timeoutMs);
    api->setTrustedCas(trustedCas(m_server));
    api->setPinnedKey(pinnedKey(m_server));
    api->setToken(token()); // memory, else the keychain (once per process)
    return api;
}
