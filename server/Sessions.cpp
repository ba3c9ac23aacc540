#include "Sessions.h"

#include "Clock.h"
#include "PasswordHash.h"
#include "ServerDatabase.h"

namespace {

QString hashOf(const QString& token)
{
    return Secrets::sha256Hex(token.toLatin1());
}

} // namespace

Result<Sessions::Issued> Sessions::create(qint64 accountId, qint64 lifetimeMs)
{
    const QString token = QString::fromLatin1(Secrets::random(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(QStringLiteral("INSERT INTO sessions(account_id, token_hash, created_at, "
                                      "expires_at, last_used_at) VALUES (?, ?, ?, ?, ?)"),
                       {accountId, hashOf(token), now, now + lifetimeMs, now});
    if (!q.ok())
        return q.error();
    return Issued{token, now + lifetimeMs};
}

Result<std::optional<qint64>> Sessions::authenticate(const QString& token)
{
    if (token.size() != 43)
        return std::optional<qint64>();
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(
        QStringLiteral("SELECT s.id, s.account_id, s.last_used_at FROM sessions s JOIN accounts "
                       "a ON a.id = s.account_id WHERE s.token_hash = ? AND s.revoked_at IS NULL "
                       "AND s.expires_at > ? AND a.disabled = 0"),
        {hashOf(token), now});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    const qint64 id = q.value().value(0).toLongLong();
    const qint64 account = q.value().value(1).toLongLong();
    // Last use is for the account's session list; once a minute is precise enough and
    // keeps a write off most requests.
    if (now - q.value().value(2).toLongLong() > 60'000)
        (void)m_db.exec(QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE id = ?"),
                        {now, id});
    return std::optional<qint64>(account);
}

Result<bool> Sessions::revoke(const QString& token)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? "
                                      "AND revoked_at IS NULL"),
                       {Clock::nowMs(), hashOf(token)});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() > 0;
}
