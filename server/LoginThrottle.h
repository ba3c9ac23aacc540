#pragma once

#include "Result.h"

#include <QString>

class ServerDatabase;

// Slows down password guessing: after `perAccount` failed logins for one e-mail address,
// or `perAddress` from one client address, within `windowSeconds`, further attempts are
// refused (429) until the oldest failure leaves the window. Checked before the password
// is hashed, so a flood costs no KDF time. Kept in the database so that every server
// instance counts the same failures.
class LoginThrottle
{
public:
    struct Limits
    {
        int perAccount = 5;
        int perAddress = 20;
        int windowSeconds = 15 * 60;
    };

    LoginThrottle(ServerDatabase& db, Limits limits)
        : m_db(db)
        , m_limits(limits)
    {}

    // Seconds until a login may be tried again; 0 when it may now.
    Result<int> retryAfter(const QString& email, const QString& address);
    // Starts a login attempt: it counts as a failure from now on, before the password is
    // checked, so that attempts sent in parallel see each other. Returns 0 when it may go
    // on, or the seconds to wait (then it is not counted).
    Result<int> begin(const QString& email, const QString& address);
    // A successful login forgets the account's failures (not the address's).
    Result<void> succeeded(const QString& email);

private:
    Result<int> waitFor(const QString& column, const QString& value, int limit, qint64 now);

    ServerDatabase& m_db;
    Limits m_limits;
};
