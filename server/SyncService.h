#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class ServerDatabase;

// The sync protocol on the server (docs/sync-protocol.md): every row of every account
// with a per-account revision, pushed in idempotent batches and pulled by revision.
// Every statement names the account: one account never reads or changes another's rows.
class SyncService
{
public:
    struct Limits
    {
        int maxBatchChanges = 5000;
        int maxPullLimit = 5000;
        qint64 maxAssetBytes = 10 << 20;
        qint64 maxChangeBytes = 1 << 20; // one row's data as JSON (a template is ~100 KB)
        qint64 maxPageBytes = 8 << 20;   // a pulled page stops growing past this
    };

    SyncService(ServerDatabase& db, Limits limits)
        : m_db(db)
        , m_limits(limits)
    {}

    // Rows changed after `since`, oldest first: {changes, next, more}, as compact JSON text
    // (each row's data as stored).
    Result<QByteArray> pull(qint64 accountId, qint64 since, int limit);
    // A batch {batch, changes}: {batch, rev, results: [{type, uuid, status, rev | server}]},
    // as compact JSON text. A batch id seen before returns the first answer, unchanged, and
    // changes nothing. `text`: the body as received, whose change data is stored as sent.
    Result<QByteArray> push(qint64 accountId, const QJsonObject& batch, QByteArrayView text = {});

    // Images of templates, by their SHA-256 (hex); the content must match it.
    Result<bool> putAsset(qint64 accountId, const QString& sha256, const QByteArray& content);
    Result<QByteArray> asset(qint64 accountId, const QString& sha256);

    const Limits& limits() const { return m_limits; }

    // The data of an `account_event` (issue 8), exactly {"kind", "subject", "value", "at"}:
    // policy_acknowledged (a policy version id, ""), consent_changed (product_news or
    // usage_statistics, "on" or "off"), announcement_dismissed (the announcement's id as a
    // decimal string, ""); `at` in UTC ms. The operator's statistics read these rows, so
    // nothing else may ride along.
    static Result<void> checkAccountEvent(const QJsonObject& data);

private:
    ServerDatabase& m_db;
    Limits m_limits;
};
