#include "ApiServer.h"

#include "Accounts.h"
#include "Announcements.h"
#include "LoginThrottle.h"
#include "OperatorStats.h"
#include "PasswordHash.h"
#include "PolicyVersions.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "Sessions.h"
#include "SyncService.h"
#include "UsageReports.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <arpa/inet.h>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <httplib.h>
#include <mutex>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <thread>
#include <unordered_map>

namespace {

thread_local bool t_overflow = false; // this thread answers connections over the cap
thread_local int t_fd = -1;           // the connection this thread is serving

// What the HTTP library cannot do itself, done at the socket: a cap on connections per
// client address, and a deadline for every request (its read timeout is per read, so a
// client that sends a header line every few seconds would hold a thread for ever). The
// TLS handshake's start names the socket (an OpenSSL info callback); a watchdog shuts
// down the socket of a connection that has been inside one request for too long.
class ConnectionGuard
{
public:
    ConnectionGuard(int perAddress, int deadlineSeconds)
        : m_perAddress(perAddress)
        , m_deadline(std::chrono::seconds(deadlineSeconds))
        , m_watchdog([this] { watch(); })
    {}
    ~ConnectionGuard()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_watchdog.join();
    }

    // A connection starts its handshake on this thread; false: its address has too many.
    bool opened(int fd)
    {
        sockaddr_storage peer{};
        socklen_t length = sizeof(peer);
        char text[INET6_ADDRSTRLEN] = {};
        if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) == 0) {
            const void* address =
                peer.ss_family == AF_INET6
                    ? static_cast<const void*>(&reinterpret_cast<sockaddr_in6*>(&peer)->sin6_addr)
                    : &reinterpret_cast<sockaddr_in*>(&peer)->sin_addr;
            ::inet_ntop(peer.ss_family, address, text, sizeof(text));
        }
        std::lock_guard lock(m_mutex);
        forget(fd); // a number reused before its old connection was forgotten
        int& count = m_byAddress[text];
        if (count >= m_perAddress) {
            if (count == 0)
                m_byAddress.erase(text);
            return false;
        }
        ++count;
        m_open[fd] = Open{text, Clock::now(), false};
        return true;
    }
    // A response went out: the next request gets a new deadline.
    void answered(int fd)
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_open.find(fd); it != m_open.end())
            it->second.since = Clock::now();
    }
    void closed(int fd)
    {
        std::lock_guard lock(m_mutex);
        forget(fd);
    }

private:
    using Clock = std::chrono::steady_clock;
    struct Open
    {
        std::string address;
        Clock::time_point since;
        bool shut;
    };

    void forget(int fd)
    {
        auto it = m_open.find(fd);
        if (it == m_open.end())
            return;
        if (--m_byAddress[it->second.address] <= 0)
            m_byAddress.erase(it->second.address);
        m_open.erase(it);
    }

    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            m_wake.wait_for(lock, std::chrono::milliseconds(250));
            const auto now = Clock::now();
            for (auto& [fd, open] : m_open) {
                if (!open.shut && now - open.since > m_deadline) {
                    // The reading thread wakes up to a closed socket and ends the connection.
                    ::shutdown(fd, SHUT_RDWR);
                    open.shut = true;
                }
            }
        }
    }

    const int m_perAddress;
    const Clock::duration m_deadline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unordered_map<int, Open> m_open;
    std::unordered_map<std::string, int> m_byAddress;
    bool m_stopping = false;
    std::thread m_watchdog;
};

ConnectionGuard* g_guard = nullptr; // the serving ApiServer's (one per process)

void onTlsState(const SSL* ssl, int where, int)
{
    if (!(where & SSL_CB_HANDSHAKE_START) || !g_guard)
        return;
    const int fd = SSL_get_fd(ssl);
    if (fd < 0 || fd == t_fd)
        return;
    t_fd = fd;
    if (!g_guard->opened(fd)) {
        t_fd = -1;
        ::shutdown(fd, SHUT_RDWR); // too many from this address: the handshake fails
    }
}

// After the library has closed a connection (its task returned).
void connectionEnded()
{
    if (t_fd >= 0 && g_guard)
        g_guard->closed(t_fd);
    t_fd = -1;
}

// The HTTP library's thread pool, bounded: `threads` workers serve connections; when
// more than `cap` are waiting, the next ones go to one overflow thread that answers 503
// at once, so a flood of connections cannot queue without limit behind slow clients.
class BoundedPool : public httplib::TaskQueue
{
public:
    BoundedPool(int threads, int cap)
        : m_cap(size_t(cap))
    {
        for (int i = 0; i < threads; ++i)
            m_workers.emplace_back([this] { work(m_queue, false); });
        m_workers.emplace_back([this] { work(m_overflow, true); });
    }
    ~BoundedPool() override { shutdown(); }

    void enqueue(std::function<void()> fn) override
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.size() >= m_cap)
                m_overflow.push_back(std::move(fn));
            else
                m_queue.push_back(std::move(fn));
        }
        m_ready.notify_all();
    }

    void shutdown() override
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_stopping = true;
        }
        m_ready.notify_all();
        for (auto& t : m_workers)
            if (t.joinable())
                t.join();
    }

private:
    void work(std::deque<std::function<void()>>& queue, bool overflow)
    {
        t_overflow = overflow;
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return m_stopping || !queue.empty(); });
                if (m_stopping && queue.empty())
                    return;
                fn = std::move(queue.front());
                queue.pop_front();
            }
            fn();
            connectionEnded();
        }
    }

    size_t m_cap;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_queue;
    std::deque<std::function<void()>> m_overflow;
    std::vector<std::thread> m_workers;
    bool m_stopping = false;
};

void sendJson(httplib::Response& res, int status, const QJsonObject& body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json");
}

// A body already written as compact JSON text.
void sendJsonText(httplib::Response& res, int status, const QByteArray& body)
{
    res.status = status;
    res.set_content(body.constData(), size_t(body.size()), "application/json");
}

void sendError(httplib::Response& res, int status, const char* code, const QString& message)
{
    sendJson(res, status,
             QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                         {QStringLiteral("message"), message}});
}

// The body as a JSON object, or a 400 already answered.
std::optional<QJsonObject> jsonBody(const httplib::Request& req, httplib::Response& res)
{
    const std::string type = req.get_header_value("Content-Type");
    if (type.rfind("application/json", 0) != 0) {
        sendError(res, 415, "unsupported_media_type",
                  QStringLiteral("send the body as application/json"));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        sendError(res, 400, "malformed_json",
                  QStringLiteral("the body is not valid JSON (at byte %1: %2)")
                      .arg(error.offset)
                      .arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        sendError(res, 400, "malformed_json", QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

// A required string member, or a 400 naming it.
std::optional<QString> stringField(const QJsonObject& o, const char* name, httplib::Response& res)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString()) {
        sendError(res, 400, "invalid_field",
                  v.isUndefined()
                      ? QStringLiteral("“%1” is missing").arg(QLatin1String(name))
                      : QStringLiteral("“%1” must be a string").arg(QLatin1String(name)));
        return std::nullopt;
    }
    return v.toString();
}

QString bearerToken(const httplib::Request& req)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(header.substr(prefix.size())).trimmed();
}

// A database failure: logged with its cause (never with request data), 503 to the client,
// who may retry; never a logout or a "wrong password".
void unavailable(httplib::Response& res, const Error& error)
{
    ServerLog::error(QStringLiteral("database"), {{QStringLiteral("message"), error.message}});
    res.set_header("Retry-After", "5");
    sendError(res, 503, "database_unavailable",
              QStringLiteral("the database cannot be reached: try again shortly"));
}

const char* errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return "bad_request";
    case 401:
        return "unauthorized";
    case 403:
        return "forbidden";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 413:
        return "payload_too_large";
    case 414:
        return "uri_too_long";
    case 429:
        return "too_many_requests";
    case 503:
        return "busy";
    default:
        return status >= 500 ? "server_error" : "error";
    }
}

// The anonymous usage endpoint: nothing that could name the sender (client address,
// account) is read, kept or logged for it.
constexpr const char* kUsagePath = "/api/v1/usage";

// Whether `token` is the operator's: its SHA-256 against the configured one, compared in
// constant time (no early exit that would tell how much of it was right).
bool isOperatorToken(const QString& token, const QByteArray& expectedSha256)
{
    if (token.isEmpty() || expectedSha256.size() != 32)
        return false;
    const QByteArray actual = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    return CRYPTO_memcmp(actual.constData(), expectedSha256.constData(), 32) == 0;
}

} // namespace

class ApiServer::Impl
{
public:
    Impl(const ServerConfig& config, ServerDatabase& db)
        : config(config)
        , db(db)
        , throttle(db, config.login)
        , sync(db, config.sync)
    {}

    void routes();
    // The authenticated account, or a 401 already answered.
    std::optional<qint64> authenticate(const httplib::Request& req, httplib::Response& res);

    ServerConfig config;
    ServerDatabase& db;
    LoginThrottle throttle;
    SyncService sync;
    ~Impl()
    {
        server.reset(); // its threads end: no more callbacks
        g_guard = nullptr;
    }

    std::unique_ptr<ConnectionGuard> guard; // outlives the server (declared first)
    std::unique_ptr<httplib::SSLServer> server;
    thread_local static qint64 t_account; // for the request log
};

thread_local qint64 ApiServer::Impl::t_account = 0;

std::optional<qint64> ApiServer::Impl::authenticate(const httplib::Request& req,
                                                    httplib::Response& res)
{
    const QString token = bearerToken(req);
    std::optional<qint64> account;
    if (!token.isEmpty()) {
        auto found = Sessions(db).authenticate(token);
        if (!found.ok()) {
            unavailable(res, found.error());
            return std::nullopt;
        }
        account = found.value();
    }
    if (!account) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, "unauthorized",
                  token.isEmpty() ? QStringLiteral("log in first: no access token was sent")
                                  : QStringLiteral("the access token is not valid (logged out "
                                                   "or expired): log in again"));
        return std::nullopt;
    }
    t_account = *account;
    return account;
}

void ApiServer::Impl::routes()
{
    auto& svr = *server;

    // Over the connection cap: answered at once, before any work.
    svr.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& res) {
        t_account = 0;
        // Brotli at the library's fixed quality 11 takes ~3 s for one page of 5,000 rows
        // (gzip: 30 ms): answer in gzip even to clients that accept br. The request object
        // is the library's own, not a const one, so changing its headers is sound.
        auto& headers = const_cast<httplib::Request&>(request).headers;
        if (auto it = headers.find("Accept-Encoding"); it != headers.end()) {
            std::string& accepted = it->second;
            for (size_t at = accepted.find("br"); at != std::string::npos;
                 at = accepted.find("br", at))
                accepted.replace(at, 2, "x-no");
        }
        // Bodies are read only with a length given, and not compressed: the library checks
        // the size limit against Content-Length alone, so a chunked or gzip body could grow
        // without limit while it is read (and unzipped). Refused before a byte of it is read.
        if (request.has_header("Transfer-Encoding")) {
            res.set_header("Connection", "close");
            sendError(res, 411, "length_required",
                      QStringLiteral("send the body with a Content-Length, not chunked"));
            return httplib::Server::HandlerResponse::Handled;
        }
        // A usage report is small: a larger one is refused before it is read.
        if (request.path == kUsagePath && request.has_header("Content-Length") &&
            std::strtoull(request.get_header_value("Content-Length").c_str(), nullptr, 10) >
                size_t(UsageReports::MaxBodyBytes)) {
            res.set_header("Connection", "close");
            sendError(res, 413, "payload_too_large",
                      QStringLiteral("a usage report may have at most %1 bytes")
                          .arg(UsageReports::MaxBodyBytes));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (request.has_header("Content-Encoding") &&
            request.get_header_value("Content-Encoding") != "identity") {
            res.set_header("Connection", "close");
            sendError(res, 415, "unsupported_media_type",
                      QStringLiteral("compressed request bodies are not accepted"));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (!t_overflow)
            return httplib::Server::HandlerResponse::Unhandled;
        res.set_header("Retry-After", "1");
        res.set_header("Connection", "close");
        sendError(res, 503, "busy", QStringLiteral("the server is busy: try again shortly"));
        return httplib::Server::HandlerResponse::Handled;
    });

    svr.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
        auto q = db.exec(QStringLiteral("SELECT 1"));
        if (!q.ok()) {
            sendError(res, 503, "database_unavailable",
                      QStringLiteral("the database cannot be reached"));
            return;
        }
        sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });

    // Login: e-mail and password for an access token.
    svr.Post("/api/v1/session", [this](const httplib::Request& req, httplib::Response& res) {
        const auto body = jsonBody(req, res);
        if (!body)
            return;
        const auto email = stringField(*body, "email", res);
        if (!email)
            return;
        const auto password = stringField(*body, "password", res);
        if (!password)
            return;
        const QString address = QString::fromStdString(req.remote_addr);
        auto wait = throttle.begin(*email, address);
        if (!wait.ok()) {
            unavailable(res, wait.error());
            return;
        }
        if (wait.value() > 0) {
            res.set_header("Retry-After", std::to_string(wait.value()));
            sendError(res, 429, "too_many_requests",
                      QStringLiteral("too many failed logins: try again in %1 seconds")
                          .arg(wait.value()));
            return;
        }
        Accounts accounts(db);
        Account account;
        switch (accounts.checkPassword(*email, *password, &account)) {
        case Accounts::Check::Unavailable:
            unavailable(res, Error{Error::Code::Database, QStringLiteral("account lookup")});
            return;
        case Accounts::Check::WrongPassword: // counted since begin()
            sendError(res, 401, "invalid_credentials",
                      QStringLiteral("the e-mail address or the password is not right"));
            return;
        case Accounts::Check::Disabled:
            sendError(res, 403, "account_disabled",
                      QStringLiteral("this account has been disabled: contact your provider"));
            return;
        case Accounts::Check::Ok:
            break;
        }
        (void)throttle.succeeded(*email);
        auto issued = Sessions(db).create(account.id);
        if (!issued.ok()) {
            unavailable(res, issued.error());
            return;
        }
        t_account = account.id;
        sendJson(res, 201,
                 QJsonObject{{QStringLiteral("token"), issued.value().token},
                             {QStringLiteral("expires_at"), issued.value().expiresAt},
                             {QStringLiteral("account"),
                              QJsonObject{{QStringLiteral("email"), account.email}}}});
    });

    // Logout: the token stops working.
    svr.Delete("/api/v1/session", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authenticate(req, res))
            return;
        auto revoked = Sessions(db).revoke(bearerToken(req));
        if (!revoked.ok()) {
            unavailable(res, revoked.error());
            return;
        }
        res.status = 204;
    });

    svr.Get("/api/v1/account", [this](const httplib::Request& req, httplib::Response& res) {
        const auto id = authenticate(req, res);
        if (!id)
            return;
        const auto account = Accounts(db).findById(*id);
        if (!account) {
            sendError(res, 404, "not_found", QStringLiteral("no such account"));
            return;
        }
        sendJson(res, 200,
                 QJsonObject{{QStringLiteral("email"), account->email},
                             {QStringLiteral("created_at"), account->createdAt}});
    });

    // Sync: pull rows changed since a revision, push a batch of changes.
    svr.Get("/api/v1/changes", [this](const httplib::Request& req, httplib::Response& res) {
        const auto id = authenticate(req, res);
        if (!id)
            return;
        bool sinceOk = true;
        bool limitOk = true;
        const qint64 since =
            req.has_param("since")
                ? QString::fromStdString(req.get_param_value("since")).toLongLong(&sinceOk)
                : 0;
        const int limit = req.has_param("limit")
                              ? QString::fromStdString(req.get_param_value("limit")).toInt(&limitOk)
                              : 500;
        if (!sinceOk || since < 0 || !limitOk || limit < 1) {
            sendError(res, 400, "invalid_field",
                      QStringLiteral("“since” must be a revision (≥ 0) and “limit” a number "
                                     "from 1 to %1")
                          .arg(sync.limits().maxPullLimit));
            return;
        }
        auto page = sync.pull(*id, since, limit);
        if (!page.ok()) {
            unavailable(res, page.error());
            return;
        }
        sendJsonText(res, 200, page.value());
    });
    svr.Post("/api/v1/changes", [this](const httplib::Request& req, httplib::Response& res) {
        const auto id = authenticate(req, res);
        if (!id)
            return;
        const auto body = jsonBody(req, res);
        if (!body)
            return;
        auto answer = sync.push(*id, *body, QByteArrayView(req.body.data(), req.body.size()));
        if (!answer.ok()) {
            switch (answer.error().code) {
            case Error::Code::Invalid:
                sendError(res, 400, "invalid_field", answer.errorMessage());
                break;
            case Error::Code::TooLarge:
                if (answer.error().field == QLatin1String("data")) {
                    sendError(res, 413, "change_too_large", answer.errorMessage());
                } else {
                    // With the limit, so that a client sends batches that fit from now on.
                    sendJson(res, 413,
                             QJsonObject{
                                 {QStringLiteral("error"), QStringLiteral("batch_too_large")},
                                 {QStringLiteral("message"), answer.errorMessage()},
                                 {QStringLiteral("max_changes"), sync.limits().maxBatchChanges}});
                }
                break;
            default:
                unavailable(res, answer.error());
            }
            return;
        }
        sendJsonText(res, 200, answer.value());
    });

    // Assets (template images), content-addressed: PUT and GET by SHA-256.
    svr.Put(R"(/api/v1/assets/([0-9a-f]{64}))", [this](const httplib::Request& req,
                                                       httplib::Response& res) {
        const auto id = authenticate(req, res);
        if (!id)
            return;
        const QString sha = QString::fromStdString(req.matches[1]);
        auto stored =
            sync.putAsset(*id, sha, QByteArray(req.body.data(), qsizetype(req.body.size())));
        if (!stored.ok()) {
            if (stored.error().code == Error::Code::TooLarge)
                sendError(res, 413, "payload_too_large", stored.errorMessage());
            else if (stored.error().code == Error::Code::Invalid)
                sendError(res, 400, "hash_mismatch", stored.errorMessage());
            else
                unavailable(res, stored.error());
            return;
        }
        sendJson(res, stored.value() ? 201 : 200,
                 QJsonObject{{QStringLiteral("sha256"), sha},
                             {QStringLiteral("size"), qint64(req.body.size())}});
    });
    svr.Get(R"(/api/v1/assets/([0-9a-f]{64}))",
            [this](const httplib::Request& req, httplib::Response& res) {
                const auto id = authenticate(req, res);
                if (!id)
                    return;
                auto content = sync.asset(*id, QString::fromStdString(req.matches[1]));
                if (!content.ok()) {
                    if (content.error().code == Error::Code::NotFound)
                        sendError(res, 404, "not_found", QStringLiteral("no such asset"));
                    else
                        unavailable(res, content.error());
                    return;
                }
                res.set_content(content.value().toStdString(), "application/octet-stream");
            });

    // Sendtrix's privacy policy (every version) and service announcements: public, for
    // the app to show even before login.
    svr.Get("/api/v1/policy", [this](const httplib::Request&, httplib::Response& res) {
        auto versions = PolicyVersions(db).all();
        if (!versions.ok()) {
            unavailable(res, versions.error());
            return;
        }
        sendJson(res, 200, QJsonObject{{QStringLiteral("versions"), versions.value()}});
    });
    svr.Get("/api/v1/announcements", [this](const httplib::Request&, httplib::Response& res) {
        auto current = Announcements(db).current();
        if (!current.ok()) {
            unavailable(res, current.error());
            return;
        }
        sendJson(res, 200, QJsonObject{{QStringLiteral("announcements"), current.value()}});
    });

    // Anonymous usage statistics, sent only by desktops whose user opted in: no token (a
    // token sent anyway is not looked at), and the report is kept with its day alone.
    svr.Post(kUsagePath, [this](const httplib::Request& req, httplib::Response& res) {
        if (req.body.size() > size_t(UsageReports::MaxBodyBytes)) {
            sendError(res, 413, "payload_too_large",
                      QStringLiteral("a usage report may have at most %1 bytes")
                          .arg(UsageReports::MaxBodyBytes));
            return;
        }
        const auto body = jsonBody(req, res);
        if (!body)
            return;
        auto stored = UsageReports(db).store(*body);
        if (!stored.ok()) {
            if (stored.error().code == Error::Code::Invalid)
                sendError(res, 400, "invalid_field", stored.errorMessage());
            else
                unavailable(res, stored.error());
            return;
        }
        res.status = 204;
    });

    // Aggregate figures for the operator (no personal data), behind the operator's token;
    // a server without one configured has no such endpoint.
    svr.Get("/api/v1/operator/stats", [this](const httplib::Request& req, httplib::Response& res) {
        if (config.operatorTokenSha256.isEmpty()) {
            sendError(res, 404, "not_found", QStringLiteral("no such endpoint"));
            return;
        }
        if (!isOperatorToken(bearerToken(req), config.operatorTokenSha256)) {
            res.set_header("WWW-Authenticate", "Bearer");
            sendError(res, 401, "unauthorized",
                      QStringLiteral("send the operator's token (see [operator] token_sha256)"));
            return;
        }
        auto stats = OperatorStats(db).collect();
        if (!stats.ok()) {
            unavailable(res, stats.error());
            return;
        }
        sendJson(res, 200, stats.value());
    });

    // Every error has a JSON body, also the library's own (404, 413, 400).
    svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return;
        QString message;
        switch (res.status) {
        case 404:
            message = QStringLiteral("no such endpoint");
            break;
        case 413:
            message = QStringLiteral("the request body is too large");
            break;
        default:
            message = QStringLiteral("the request could not be handled (HTTP %1)").arg(res.status);
        }
        sendError(res, res.status, errorCodeFor(res.status), message);
    });
    svr.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
            sendError(res, 500, "server_error", QStringLiteral("the server failed"));
        });
    svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        QJsonObject fields{{QStringLiteral("method"), QString::fromStdString(req.method)},
                           {QStringLiteral("path"), QString::fromStdString(req.path)},
                           {QStringLiteral("status"), res.status}};
        // An anonymous usage report is logged without its client's address.
        if (req.path != kUsagePath) {
            fields.insert(QStringLiteral("remote"), QString::fromStdString(req.remote_addr));
            if (t_account > 0)
                fields.insert(QStringLiteral("account"), t_account);
        }
        t_account = 0; // the library answers some requests without the pre-routing handler
        if (t_fd >= 0 && g_guard)
            g_guard->answered(t_fd);
        ServerLog::info(QStringLiteral("request"), fields);
    });
}

ApiServer::ApiServer(const ServerConfig& config, ServerDatabase& db)
    : d(std::make_unique<Impl>(config, db))
{}

ApiServer::~ApiServer()
{
    stop();
}

Result<int> ApiServer::bind()
{
    const QByteArray cert = d->config.certPath.toLocal8Bit();
    const QByteArray key = d->config.keyPath.toLocal8Bit();
    if (cert.isEmpty() || key.isEmpty())
        return Error{Error::Code::Invalid,
                     QStringLiteral("HTTPS only: give --cert PEM and --key PEM (or cert and key "
                                    "in the configuration); `sendtrix-server dev-certs DIR` "
                                    "makes a pair for development")};
    // The TLS context set up here (not by the library) so that it reports each handshake's
    // start to the connection guard; TLS 1.2 at least, no renegotiation or compression.
    d->server = std::make_unique<httplib::SSLServer>([cert, key](SSL_CTX& ctx) {
        SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
        SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                      SSL_OP_CIPHER_SERVER_PREFERENCE);
        SSL_CTX_set_info_callback(&ctx, onTlsState);
        return SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) == 1 &&
               SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) == 1 &&
               SSL_CTX_check_private_key(&ctx) == 1;
    });
    if (!d->server->is_valid())
        return Error{Error::Code::Invalid,
                     QStringLiteral("cannot load the certificate %1 with the key %2 (missing, "
                                    "not PEM, or not a pair)")
                         .arg(d->config.certPath, d->config.keyPath)};
    PasswordHash::dummy(); // made now, so the first unknown address is not slower
    const int threads = d->config.threads;
    const int cap = d->config.maxConnections;
    d->server->new_task_queue = [threads, cap] { return new BoundedPool(threads, cap); };
    d->guard = std::make_unique<ConnectionGuard>(d->config.maxConnectionsPerAddress,
                                                 d->config.requestDeadlineSeconds);
    g_guard = d->guard.get();
    d->server->set_payload_max_length(size_t(d->config.maxBodyBytes));
    d->server->set_read_timeout(d->config.readTimeoutSeconds, 0);
    d->server->set_write_timeout(d->config.readTimeoutSeconds, 0);
    d->server->set_keep_alive_timeout(d->config.keepAliveTimeoutSeconds);
    d->server->set_keep_alive_max_count(size_t(d->config.keepAliveMaxRequests));
    // Small answers go out at once, not after the client's delayed ACK (~40 ms each).
    d->server->set_tcp_nodelay(true);
    // The library's default also sets SO_REUSEPORT, which lets a second server start on
    // the same port and silently take half the connections: only SO_REUSEADDR here, so a
    // port in use is an error.
    d->server->set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    d->routes();
    const std::string host = d->config.listenHost.toStdString();
    int port = d->config.listenPort;
    if (port == 0)
        port = d->server->bind_to_any_port(host);
    else if (!d->server->bind_to_port(host, port))
        port = -1;
    if (port < 0)
        return Error{Error::Code::Invalid,
                     QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this "
                                    "machine)")
                         .arg(d->config.listenHost)
                         .arg(d->config.listenPort)};
    return port;
}

void ApiServer::run()
{
    if (d->server)
        d->server->listen_after_bind();
}

void ApiServer::stop()
{
    if (d->server)
        d->server->stop();
}
