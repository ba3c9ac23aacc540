#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

class ServerDatabase;

// Anonymous usage statistics (issue 8): what a desktop whose user opted in sends at most
// once a day to POST /api/v1/usage, without a token. A report is checked strictly (only
// the schema's members, only its values, so nothing else can ride along) and kept with
// the UTC day alone: no account, no client address, no time of day.
class UsageReports
{
public:
    explicit UsageReports(ServerDatabase& db)
        : m_db(db)
    {}

    static constexpr int Schema = 1;
    static constexpr int MaxBodyBytes = 2048;

    // The values a member may have: "os", "language", and each bucket member.
    static const QStringList& systems();
    static const QStringList& languages();
    static const QStringList& buckets();
    // The bucket members: "contacts", "templates", "mailings_30d".
    static const QStringList& bucketFields();

    // {"schema": 1, "app_version", "os", "language", "contacts", "templates",
    // "mailings_30d"}: Invalid with `field` naming the first member that is wrong.
    static Result<void> check(const QJsonObject& report);
    // Checks and stores one report under today's UTC day.
    Result<void> store(const QJsonObject& report);

private:
    ServerDatabase& m_db;
};
