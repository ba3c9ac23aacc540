#include "Accounts.h"

#include "Clock.h"
#include "EmailAddress.h"
#include "PasswordHash.h"
#include "ServerDatabase.h"

namespace {

Account accountFrom(const QSqlQuery& q)
{
    return Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0,
                   q.value(3).toLongLong()};
}

const QString kColumns = QStringLiteral("id, email, disabled, created_at");

} // namespace

Result<Account> Accounts::create(const QString& emailText, const QString& password)
{
    const auto email = EmailAddress::check(emailText);
    if (!email.valid)
        return Error{Error::Code::Invalid, email.problem, QStringLiteral("email")};
    if (password.size() < MinPasswordLength)
        return Error{
            Error::Code::Invalid,
            QStringLiteral("the password must have at least %1 characters").arg(MinPasswordLength),
            QStringLiteral("password")};
    const QString normalized = email.normalized.toLower();
    if (findByEmail(normalized))
        return Error{Error::Code::Duplicate,
                     QStringLiteral("there is already an account for %1").arg(normalized),
                     QStringLiteral("email")};
    const qint64 now = Clock::nowMs();
    auto q = m_db.exec(QStringLiteral("INSERT INTO accounts(email, password_hash, created_at) "
                                      "VALUES (?, ?, ?) RETURNING ") +
                           kColumns,
                       {normalized, PasswordHash::hash(password), now});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::Database, QStringLiteral("the new account was not returned")};
    return accountFrom(q.value());
}

Result<QVector<Account>> Accounts::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM accounts ORDER BY email"));
    if (!q.ok())
        return q.error();
    QVector<Account> out;
    while (q.value().next())
        out << accountFrom(q.value());
    return out;
}

Result<Account> Accounts::disable(const QString& email)
{
    auto account = findByEmail(email);
    if (!account)
        return Error{Error::Code::NotFound,
                     QStringLiteral("there is no account for %1").arg(email.trimmed())};
    auto q =
        m_db.exec(QStringLiteral("UPDATE accounts SET disabled = 1 WHERE id = ?"), {account->id});
    if (!q.ok())
        return q.error();
    // Its sessions end with it.
    auto revoked = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE "
                                            "account_id = ? AND revoked_at IS NULL"),
                             {Clock::nowMs(), account->id});
    if (!revoked.ok())
        return revoked.error();
    account->disabled = true;
    return *account;
}

std::optional<Account> Accounts::findByEmail(const QString& email)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM accounts WHERE email = ?"),
                       {email.trimmed().toLower()});
    if (!q.ok() || !q.value().next())
        return std::nullopt;
    return accountFrom(q.value());
}

std::optional<Account> Accounts::findById(qint64 id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE id = ?"), {id});
    if (!q.ok() || !q.value().next())
        return std::nullopt;
    return accountFrom(q.value());
}

Accounts::Check Accounts::checkPassword(const QString& email, const QString& password,
                                        Account* account)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(", password_hash FROM accounts WHERE email = ?"),
                       {email.trimmed().toLower()});
    if (!q.ok())
        return Check::Unavailable;
    if (!q.value().next()) {
        PasswordHash::verify(PasswordHash::dummy(), password);
        return Check::WrongPassword;
    }
    const QString stored = q.value().value(4).toString();
    if (!PasswordHash::verify(stored, password))
        return Check::WrongPassword;
    const Account found = accountFrom(q.value());
    if (account)
        *account = found;
    return found.disabled ? Check::Disabled : Check::Ok;
}
