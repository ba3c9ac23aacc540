#pragma once

#include "Result.h"
#include "ServerConfig.h"

#include <atomic>
#include <memory>

class ServerDatabase;
namespace httplib {
class SSLServer;
}

// The HTTPS API (docs/sync-protocol.md) on cpp-httplib: TLS only, bodies over the limit
// refused before they are read (413), clients that send nothing dropped after the read
// timeout, idle kept-alive connections after theirs, and beyond `maxConnections` waiting
// connections an immediate 503. Every error is a JSON body {error, message}.
class ApiServer
{
public:
    ApiServer(const ServerConfig& config, ServerDatabase& db);
    ~ApiServer();

    // Loads the certificate and binds the port; the port actually bound (for port 0).
    Result<int> bind();
    // Serves until stop() (from any thread or a signal-handling thread).
    void run();
    void stop();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};
