#pragma once

#include "Result.h"

#include <QString>
#include <optional>

class ServerDatabase;

// Access tokens: 256 random bits, given to the client once and kept only as their
// SHA-256, valid for `lifetime` and until logout.
class Sessions
{
public:
    explicit Sessions(ServerDatabase& db)
        : m_db(db)
    {}

    static constexpr qint64 DefaultLifetimeMs = 90LL * 24 * 3600 * 1000; // 90 days

    struct Issued
    {
        QString token; // base64url, 43 characters
        qint64 expiresAt = 0;
    };
    Result<Issued> create(qint64 accountId, qint64 lifetimeMs = DefaultLifetimeMs);
    // The account a token belongs to, if it is valid (not revoked, not expired, the
    // account not disabled).
    // A database failure is an error, not a logout: the client keeps its token.
    Result<std::optional<qint64>> authenticate(const QString& token);
    // Logout: the token stops working at once. False when it was not valid.
    Result<bool> revoke(const QString& token);

private:
    ServerDatabase& m_db;
};
