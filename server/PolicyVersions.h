#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

class ServerDatabase;

// Versions of Sendtrix's privacy policy, as the app shows them (issue 8): published now,
// in force from a date at least 30 days later — the notice the policy promises. Dates
// are days in the Netherlands (Europe/Amsterdam).
class PolicyVersions
{
public:
    explicit PolicyVersions(ServerDatabase& db)
        : m_db(db)
    {}

    static constexpr int NoticeDays = 30;

    // `document`: {"id": "2027-01", "nl": {"title", "text", "changes"}, "en": {…}}.
    Result<QJsonObject> publish(const QJsonObject& document, const QDate& effective);
    // All versions, oldest first: {id, published_at, effective_at, effective_date, nl, en}.
    Result<QJsonArray> all();

private:
    ServerDatabase& m_db;
};
