#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class ServerDatabase;

// Figures for the operator (issue 8) that hold no personal data: how many accounts, how
// many acknowledged each privacy policy version, how many have each consent on now, and
// the anonymous usage reports of the last 30 days by value. Every count of a group of
// accounts or reports under `MinGroup` is given as the string "<10", never as a number,
// so no figure points at one customer; no e-mail address, account id, uuid or token is in
// it. Read from the account_event rows of sync_rows, parsed here (the same code on SQLite
// and PostgreSQL). For `sendtrix-server stats` and GET /api/v1/operator/stats.
class OperatorStats
{
public:
    explicit OperatorStats(ServerDatabase& db)
        : m_db(db)
    {}

    static constexpr int MinGroup = 10;
    static constexpr int UsageDays = 30;

    // {"generated_at", "min_group", "accounts", "policy_acknowledged": {VERSION: n},
    //  "consent_on": {"product_news": n, "usage_statistics": n},
    //  "usage_reports": {"since", "days", "reports", "app_version": {…}, "os": {…},
    //                    "language": {…}, "contacts": {…}, "templates": {…},
    //                    "mailings_30d": {…}}}, each n a number ≥ MinGroup or "<10".
    Result<QJsonObject> collect();
    // The same figures as a table for a terminal.
    static QString toText(const QJsonObject& stats);
    // A count as it may be shown: itself, or "<10" under MinGroup.
    static QJsonValue shown(qint64 count);

private:
    ServerDatabase& m_db;
};
