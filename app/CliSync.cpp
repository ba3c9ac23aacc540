// sendtrix-cli sync: one sync of the store with the account's server (SyncSession).
#include "Account.h"
#include "ApiClient.h"
#include "Cli.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString failureName(ApiClient::Failure f)
{
    switch (f) {
    case ApiClient::Failure::None:
        return QStringLiteral("none");
    case ApiClient::Failure::Offline:
        return QStringLiteral("offline");
    case ApiClient::Failure::Timeout:
        return QStringLiteral("timeout");
    case ApiClient::Failure::Tls:
        return QStringLiteral("tls");
    case ApiClient::Failure::Http:
        return QStringLiteral("http");
    case ApiClient::Failure::BadAnswer:
        return QStringLiteral("bad_answer");
    case ApiClient::Failure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

int Cli::runSync(const QString& dbPath, const QStringList& rest)
{
    QCommandLineParser sub;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        tr("Sync with this server instead of the account logged in to (with --token-stdin)."),
        QStringLiteral("URL"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read the access token from standard input."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Trust this CA certificate (PEM) for the server."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("S"));
    sub.addOptions({json, server, tokenStdin, caFile, timeout});
    if (!sub.parse(rest))
        return usageError(sub.errorText());
    if (!sub.positionalArguments().isEmpty())
        return usageError(tr("“sync” takes no further arguments."));

    std::unique_ptr<ApiClient> api;
    if (sub.isSet(server)) {
        const QUrl url = Account::serverUrl(sub.value(server));
        if (url.isEmpty())
            return usageError(tr("“%1” is not a server address. It starts with https://, for "
                                 "example https://sendtrix.example.nl:8443.")
                                  .arg(sub.value(server)));
        if (!sub.isSet(tokenStdin))
            return usageError(tr("--server needs --token-stdin: the access token is read from "
                                 "standard input, never given as an argument."));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failure(tr("Standard input could not be read."));
        const QString token = QString::fromUtf8(in.readLine()).trimmed();
        if (token.isEmpty())
            return failure(tr("No access token was given on standard input."));
        api = std::make_unique<ApiClient>(url);
        api->setToken(token);
        if (sub.isSet(caFile)) {
            QString error;
            const QList<QSslCertificate> cas = Account::readCaFile(sub.value(caFile), &error);
            if (cas.isEmpty())
                return failure(error);
            api->setTrustedCas(cas);
        }
    } else {
        Account account;
        QString why;
        if (account.token(&why).isEmpty())
            return failure(why.isEmpty() ? tr("Not logged in. Log in first with “sendtrix-cli "
                                              "login --server URL --email E”.")
                                         : why);
        api = account.client();
    }
    if (sub.isSet(timeout))
        api->setTimeoutMs(qMax(1, sub.value(timeout).toInt()) * 1000);

    auto opened = Store::open(dbPath);
    if (!opened.ok())
        return failure(opened.errorMessage());
    Store& store = *opened.value();
    store.setActor(QStringLiteral("cli:sync"));
    SyncSession session(store, *api);
    const SyncSession::Report r = session.run();

    if (sub.isSet(json)) {
        QJsonObject o{{QStringLiteral("ok"), r.ok},
                      {QStringLiteral("pushed"), r.pushed},
                      {QStringLiteral("pulled"), r.pulled},
                      {QStringLiteral("conflicts"), r.conflicts},
                      {QStringLiteral("merged"), r.merged},
                      {QStringLiteral("consent_resolved"), r.consentResolved},
                      {QStringLiteral("pending"), r.pending},
                      {QStringLiteral("cursor"), r.cursor},
                      {QStringLiteral("elapsed_ms"), r.elapsedMs}};
        if (!r.ok) {
            o.insert(QStringLiteral("failure"), failureName(r.failure));
            o.insert(QStringLiteral("message"), r.message);
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
        return r.ok ? 0 : 1;
    }
    if (!r.ok)
        return failure(r.message);
    m_out << tr("Synced: %1 sent, %2 received, %3 merged; %4 waiting.")
                 .arg(r.pushed)
                 .arg(r.pulled)
                 .arg(r.conflicts + r.merged)
                 .arg(r.pending)
          << '\n';
    m_out.flush();
    return 0;
}
