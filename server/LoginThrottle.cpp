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
    auto byAccount =
        waitFor(QStringLiteral("email"), email.trimmed().toLower(), m_limits.perAccount, now);
    if (!byAccount.ok())
        return byAccount;
    auto byAddress = waitFor(QStringLiteral("address"), address, m_limits.perAddress, now);
    if (!byAddress.ok())
        return byAddress;
    return std::max(byAccount.value(), byAddress.value());
}

Result<int> LoginThrottle::begin(const QString& emailText, const QString& address)
{
    const QString email = emailText.trimmed().toLower();
    const qint64 now = Clock::nowMs();
    const qint64 since = now - qint64(m_limits.windowSeconds) * 1000;
    auto q = m_db.exec(QStringLiteral("INSERT INTO login_failures(email, address, at) VALUES "
                                      "(?, ?, ?) RETURNING id"),
                       {email, address, now});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::Database, QStringLiteral("no login attempt id")};
    const qint64 id = q.value().value(0).toLongLong();
    // Counted with this attempt: of attempts made at the same moment, only as many as the
    // limit allows find themselves within it, whatever order they commit in.
    const auto count = [&](const char* column, const QString& value) -> Result<qint64> {
        auto c = m_db.exec(QStringLiteral("SELECT count(*) FROM login_failures WHERE %1 = ? AND "
                                          "at > ?")
                               .arg(QLatin1String(column)),
                           {value, since});
        if (!c.ok())
            return c.error();
        return c.value().next() ? c.value().value(0).toLongLong() : 0;
    };
    auto byEmail = count("email", email);
    if (!byEmail.ok())
        return byEmail.error();
    auto byAddress = count("address", address);
    if (!byAddress.ok())
        return byAddress.error();
    if (byEmail.value() <= m_limits.perAccount && byAddress.value() <= m_limits.perAddress) {
        // Old failures are of no use: dropped now and then (here, cheaply, by index).
        (void)m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ? AND at <= ?"),
                        {email, since});
        return 0;
    }
    auto removed = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE id = ?"), {id});
    if (!removed.ok())
        return removed.error();
    auto wait = retryAfter(email, address);
    if (!wait.ok())
        return wait;
    return std::max(1, wait.value());
}

Result<void> LoginThrottle::succeeded(const QString& email)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ?"),
                       {email.trimmed().toLower()});
    if (!q.ok())
        return q.error();
    return {};
}
