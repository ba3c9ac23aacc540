#pragma once

#include "Result.h"
#include "SyncChange.h"
#include "SyncCodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVector>
#include <optional>

class Store;

// The store's side of a sync, without any network (the engine in app/ sends and fetches):
// batches of the change log to push, the server's answers, pulled pages and the cursor.
// Every step is one transaction, so a sync killed at any point resumes where it was:
// - a batch is written (sync_batches, change_log.batch) before it is sent; until its
//   answer is applied it is sent again as it was, under the same id (the server answers a
//   repeated batch as the first time);
// - a pulled page is applied together with the cursor that follows it.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)

public:
    // The server takes at most 1,000 changes per batch; bodies are kept well under its
    // 16 MiB limit.
    static constexpr int MaxBatchChanges = 5000;
    static constexpr qint64 MaxBatchBytes = 8 * 1024 * 1024;

    explicit SyncJournal(Store& store);

    SyncCodec& codec() { return m_codec; }

    // The revision pulled up to (0: never pulled).
    qint64 cursor();
    // Change-log entries not yet in a batch, and batches sent without an answer yet.
    qint64 pendingEntries();
    // Every change-log entry not yet answered by the server (pending or in a sent batch).
    qint64 waitingEntries();
    qint64 unansweredBatches();

    struct Batch
    {
        QString id;
        QByteArray body; // as sent, compact JSON: {"batch", "changes": […]}
        QVector<SyncChange> changes;
        QStringList contentTypes; // per change: which content it needs uploaded first
    };
    // The batches on their way: none of them is the one to send again, and their rows
    // ("type/uuid") stay out of the next batch until their answers are in.
    struct InFlight
    {
        QSet<QString> batches;
        QSet<QString> rows;
        void add(const Batch& b);
        void remove(const Batch& b);
    };
    // The oldest batch still without an answer, or a new one of the pending entries
    // (nullopt: nothing to push now).
    Result<std::optional<Batch>> nextBatch(int maxChanges = MaxBatchChanges,
                                           const InFlight* inFlight = nullptr);

    struct Answer
    {
        int accepted = 0;
        int conflicts = 0;
        int merged = 0;           // conflicts whose merge left something to push again
        bool cursorMoved = false; // nobody else wrote in between: nothing to pull back
    };
    // The server's 200 answer to the batch: revisions and bases of accepted rows, merges of
    // conflicts; the batch is then done.
    Result<Answer> completeBatch(const Batch& batch, const QJsonObject& answer);

    // The server refused the batch for its content (400, 413) and wrote nothing of it:
    // its entries wait again, to go in smaller batches.
    Result<void> releaseBatch(const Batch& batch);
    // A batch of one change the server refused: the change is kept out of the change log
    // (sync_rejected, with the server's words) so that the rest goes on. A later edit of
    // the row logs it again and it is tried anew.
    Result<void> rejectBatch(const Batch& batch, int status, const QString& message);
    struct Rejected
    {
        QString type, uuid, message;
        int status = 0;
        qint64 at = 0;
    };
    QVector<Rejected> rejected();

    struct Page
    {
        int applied = 0;
        int merged = 0;
        int skipped = 0;
        int deferred = 0; // waiting for a row they refer to
    };
    // One page of GET /changes, applied in one transaction with the cursor `next`.
    // `contents`: bytes of assets and evidence the page needs, by SHA-256.
    Result<Page> applyPage(const QVector<SyncChange>& changes, qint64 next,
                           const QHash<QString, QByteArray>& contents);
    // Content hashes that rows waiting in sync_deferred still need.
    QStringList deferredContentNeeds();
    qint64 deferredCount();

    // After a pull: the most restrictive consent wins where the ledger forked
    // (SyncCodec::resolveConsentForks), in one transaction. Returns events recorded.
    Result<int> resolveConsentForks();

    // A row of the wire format as the server sends it (pull, conflict).
    static SyncChange fromServer(const QJsonObject& o);

private:
    qint64 count(const QString& sql);            // a SELECT count(*) …
    Result<void> forgetBatch(const QString& id); // its sync_batches row
    Result<void> setCursor(qint64 rev);
    Result<void> keepForks();
    // The page's contacts that are new here, inserted in bulk (see the .cpp); their indexes
    // in `changes` go to `done`.
    Result<void> insertNewContacts(const QVector<SyncChange>& changes, QSet<int>& done);
    Result<int> retryDeferred(const QHash<QString, QByteArray>& contents);

    Store& m_store;
    SyncCodec m_codec;
};
