#include "ServerConfig.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <functional>

namespace {

Error bad(const QString& file, const QString& key, const QString& value)
{
    return Error{Error::Code::Invalid,
                 QStringLiteral("%1: \"%2\" is not a valid value for %3").arg(file, value, key)};
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString& file)
{
    ServerConfig config;
    if (file.isEmpty())
        return config;
    if (!QFileInfo(file).isReadable())
        return Error{Error::Code::NotFound, QStringLiteral("cannot read %1").arg(file)};
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error{Error::Code::Invalid, QStringLiteral("%1 is not a valid INI file").arg(file)};
    struct IntKey
    {
        const char* key;
        std::function<void(qint64)> set;
        qint64 min;
    };
    const QList<IntKey> ints{
        {"server/threads", [&](qint64 v) { config.threads = int(v); }, 1},
        {"server/max_connections", [&](qint64 v) { config.maxConnections = int(v); }, 1},
        {"server/max_connections_per_address",
         [&](qint64 v) { config.maxConnectionsPerAddress = int(v); }, 1},
        {"server/request_deadline_seconds",
         [&](qint64 v) { config.requestDeadlineSeconds = int(v); }, 1},
        {"server/max_body_bytes", [&](qint64 v) { config.maxBodyBytes = v; }, 1024},
        {"server/read_timeout_seconds", [&](qint64 v) { config.readTimeoutSeconds = int(v); }, 1},
        {"server/keep_alive_timeout_seconds",
         [&](qint64 v) { config.keepAliveTimeoutSeconds = int(v); }, 1},
        {"server/keep_alive_max_requests", [&](qint64 v) { config.keepAliveMaxRequests = int(v); },
         1},
        {"login/max_failures_per_account", [&](qint64 v) { config.login.perAccount = int(v); }, 1},
        {"login/max_failures_per_address", [&](qint64 v) { config.login.perAddress = int(v); }, 1},
        {"login/window_seconds", [&](qint64 v) { config.login.windowSeconds = int(v); }, 1},
        {"sync/max_batch_changes", [&](qint64 v) { config.sync.maxBatchChanges = int(v); }, 1},
        {"sync/max_pull_limit", [&](qint64 v) { config.sync.maxPullLimit = int(v); }, 1},
        {"sync/max_asset_bytes", [&](qint64 v) { config.sync.maxAssetBytes = v; }, 1},
        {"sync/max_change_bytes", [&](qint64 v) { config.sync.maxChangeBytes = v; }, 1},
        {"sync/max_page_bytes", [&](qint64 v) { config.sync.maxPageBytes = v; }, 1},
    };
    for (const QString& key : ini.allKeys()) {
        const QString value = ini.value(key).toString().trimmed();
        if (key == QLatin1String("server/listen")) {
            if (auto r = config.setListen(value); !r.ok())
                return bad(file, key, value);
        } else if (key == QLatin1String("server/cert")) {
            config.certPath = value;
        } else if (key == QLatin1String("server/key")) {
            config.keyPath = value;
        } else if (key == QLatin1String("server/database")) {
            config.databaseUrl = value;
        } else if (key == QLatin1String("server/data_dir")) {
            config.dataDir = value;
        } else if (key == QLatin1String("operator/token_sha256")) {
            // Only the hash is in the file: the token itself stays with the operator.
            static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
            if (!hex.match(value).hasMatch())
                return Error{Error::Code::Invalid,
                             QStringLiteral("%1: operator/token_sha256 must be the SHA-256 of "
                                            "the token as 64 hex digits (printf %s TOKEN | "
                                            "sha256sum)")
                                 .arg(file)};
            config.operatorTokenSha256 = QByteArray::fromHex(value.toLatin1());
        } else {
            auto it = std::find_if(ints.cbegin(), ints.cend(),
                                   [&key](const IntKey& k) { return key == QLatin1String(k.key); });
            if (it == ints.cend())
                return Error{Error::Code::Invalid,
                             QStringLiteral("%1: unknown setting %2").arg(file, key)};
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < it->min)
                return bad(file, key, value);
            it->set(n);
        }
    }
    return config;
}

Result<void> ServerConfig::setListen(const QString& hostPort)
{
    const int colon = int(hostPort.lastIndexOf(QLatin1Char(':')));
    if (colon < 0)
        return Error{Error::Code::Invalid, QStringLiteral("--listen takes HOST:PORT")};
    bool ok = false;
    const int port = hostPort.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error{Error::Code::Invalid, QStringLiteral("--listen: no valid port")};
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    listenHost = host.isEmpty() ? QStringLiteral("0.0.0.0") : host;
    listenPort = port;
    return {};
}

QString ServerConfig::defaultDataDir() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/sendtrix-server");
}
