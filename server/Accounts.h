#pragma once

#include "Result.h"

#include <QString>
#include <QVector>
#include <optional>

class ServerDatabase;

struct Account
{
    qint64 id = 0;
    QString email;
    bool disabled = false;
    qint64 createdAt = 0;
};

// The marketers who log in: created and disabled by the operator (`sendtrix-server
// account …`), their passwords only as Argon2id hashes.
class Accounts
{
public:
    explicit Accounts(ServerDatabase& db)
        : m_db(db)
    {}

    static constexpr int MinPasswordLength = 10;

    Result<Account> create(const QString& email, const QString& password);
    Result<QVector<Account>> list();
    Result<Account> disable(const QString& email);
    std::optional<Account> findByEmail(const QString& email);
    std::optional<Account> findById(qint64 id);

    enum class Check { Ok, WrongPassword, Disabled, Unavailable /* the database failed */ };
    // Verifies a login. An unknown address costs as much time as a wrong password.
    Check checkPassword(const QString& email, const QString& password, Account* account);

private:
    ServerDatabase& m_db;
};
