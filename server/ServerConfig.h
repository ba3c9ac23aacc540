#pragma once

#include "LoginThrottle.h"
#include "Result.h"
#include "SyncService.h"

#include <QString>

// What the server runs with: a configuration file (INI, see docs/server.md) and the
// command line's options over it.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8443;
    QString certPath; // PEM; HTTPS only, so both are required to serve
    QString keyPath;
    QString databaseUrl; // sqlite:PATH or postgresql://…; empty: sqlite in dataDir
    QString dataDir;     // default: the platform's data folder for sendtrix-server

    int threads = 16;                  // requests handled at once
    int maxConnections = 256;          // waiting beyond this are answered 503 at once
    int maxConnectionsPerAddress = 32; // one client address's connections at a time
    int requestDeadlineSeconds = 60;   // the longest one request may take, all reads together
    qint64 maxBodyBytes = 16 << 20;    // larger bodies are refused (413) unread
    int readTimeoutSeconds = 10;       // a client that sends nothing for this long is dropped
    int keepAliveTimeoutSeconds = 5;   // an idle kept-alive connection is closed after this
    int keepAliveMaxRequests = 1000;   // requests per connection
    LoginThrottle::Limits login;
    SyncService::Limits sync;
    // [operator] token_sha256: the SHA-256 (32 bytes) of the token that opens
    // GET /api/v1/operator/stats; empty: that endpoint does not exist (404).
    QByteArray operatorTokenSha256;

    // Reads FILE (keys in docs/server.md); unknown keys are an error, so a typo is seen.
    static Result<ServerConfig> load(const QString& file);
    // "HOST:PORT", "[::1]:PORT" or ":PORT".
    Result<void> setListen(const QString& hostPort);
    QString defaultDataDir() const;
};
