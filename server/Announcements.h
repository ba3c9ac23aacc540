#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

class ServerDatabase;

// Service announcements (maintenance on a date, an outage) for every account, shown in
// the app until they end.
class Announcements
{
public:
    explicit Announcements(ServerDatabase& db)
        : m_db(db)
    {}

    // `document`: {"kind": "maintenance"|"outage"|"info", "starts": ISO 8601 time,
    // "ends": ISO 8601 time, "nl": {"title", "body"}, "en": {"title", "body"}}.
    Result<QJsonObject> publish(const QJsonObject& document);
    // Those not yet ended, by start: {id, kind, starts_at, ends_at, published_at, nl, en}.
    Result<QJsonArray> current();

private:
    ServerDatabase& m_db;
};
