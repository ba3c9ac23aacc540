#include "LoginThrottle.h"

#include "Clock.h"
#include "ServerDatabase.h"

Result<int> LoginThrottle::waitFor(const QString& column, const QString& value, int limit,
                                   qint64 now)
{
    const qint64 since = now - qint64(m_limits.windowSeconds) * 1000;
    // The limit-th newest failure in the window: once it is older than the window, one
    // more attempt is allowed. (The column name is one of two constants, never input.)
    auto q = m_db.exec(QStringLiteral("SELECT at FROM login_failures WHERE %1 = ? AND at > ? "
                                      "ORDER BY at DESC LIMIT 1 OFFSET ?")
                           .arg(column),
                       {value, since, limit - 1});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return 0;
    const qint64 freeAt = q.value().value(0).toLongLong() + qint64(m_limits.windowSeconds) * 1000;
    return int(std::max<qint64>(1, (freeAt - now + 999) / 1000));
}

Result<int> LoginThrottle::retryAfter(const QString& email, const QString& address)
{
    const qint64 now = Clock::nowMs();
    auto byAccount = waitFor(QStringLiteral("email"), email.trimmed().toLower(),
                             m_limits.perAccount, now);
    if (!byAccount.ok())
        return byAccount;
    auto byAddress = waitFor(QStringLiteral("address"), address, m_limits.perAddress, now);
    if (!byAddress.ok())
        return byAddress;
    return std::max(byAccount.value(), byAddress.value());
}

Result<void> LoginThrottle::recordFailure(const QString& email, const QString& address)
{
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO login_failures(email, address, at) VALUES (?, ?, ?)"),
        {email.trimmed().toLower(), address, now});
    if (!q.ok())
        return q.error();
    // Old failures are of no use: drop them now and then (here, cheaply, by index).
    auto old = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ? AND at <= ?"),
                         {email.trimmed().toLower(), now - qint64(m_limits.windowSeconds) * 1000});
    if (!old.ok())
        return old.error();
    return {};
}

Result<void> LoginThrottle::succeeded(const QString& email)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ?"),
                       {email.trimmed().toLower()});
    if (!q.ok())
        return q.error();
    return {};
}
