#pragma once

#include "ApiClient.h"
#include "SyncJournal.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class Store;

// One sync of a store with its server (SPEC §6, docs/sync-protocol.md), blocking, on the
// calling thread (a worker thread, the CLI, a test): push the change log in batches, then
// pull since the cursor, then push what merging produced (a merged contact, a template's
// conflict copy, a consent withdrawal that wins) and pull once more. Every step is its own
// transaction in the store (SyncJournal), so a sync stopped anywhere resumes without loss
// or doubles.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)

public:
    enum class Phase { Pushing, Pulling, Finishing };
    struct Report
    {
        bool ok = false;
        bool cancelled = false;
        ApiClient::Failure failure = ApiClient::Failure::None;
        QString message; // translated, plain words: what failed and what to do
        int retryAfterS = -1;
        int pushed = 0;              // changes the server accepted
        int pulled = 0;              // changes applied from the server
        int received = 0;            // changes the server sent (applied, merged or already here)
        int rejected = 0;            // changes the server refused for their content in this sync
        int rejectedTotal = 0;       // refused changes kept aside (SyncJournal::rejected)
        QStringList rejectedDetails; // the first of them: "contact “a@b.nl”: why"
        bool noticesFetched = false; // the server's policy versions and announcements kept
        bool usageSent = false;      // today's anonymous usage report (only when opted in)
        int conflicts = 0;           // pushes the server refused as stale, then merged
        int merged = 0;              // pulled rows merged with local edits
        int consentResolved = 0;
        qint64 pending = 0; // change-log entries still to push
        qint64 cursor = 0;
        qint64 elapsedMs = 0;
        qint64 networkMs = 0; // of elapsedMs: waiting for the server (requests and answers)
    };

    SyncSession(Store& store, ApiClient& api);
    // (phase, done, total); total 0 when not known yet.
    void setProgress(std::function<void(Phase, qint64, qint64)> progress)
    {
        m_progress = std::move(progress);
    }
    // Checked between requests: a cancelled sync stops at the next one, all it did kept.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setPageLimit(int limit) { m_pageLimit = limit; }
    // Changes per pushed batch (at most SyncJournal::MaxBatchChanges).
    void setBatchLimit(int limit) { m_batchLimit = limit; }

    Report run();

    static QString phaseLabel(Phase phase); // translated

private:
    bool push(Report& r);
    bool pull(Report& r);
    bool failed(Report& r, const ApiClient::Reply& reply);
    bool failed(Report& r, const QString& message);
    bool cancelled(Report& r);

    Store& m_store;
    ApiClient& m_api;
    std::function<void(Phase, qint64, qint64)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    int m_pageLimit = 5000;
    int m_batchLimit = SyncJournal::MaxBatchChanges;
};

// Background sync for the desktop app: a worker thread with its own store connection and
// its own ApiClient (the GUI thread never waits on the network or the store's write lock),
// a timer, "Sync now", cancel, exponential backoff with jitter after failures, and a status
// for the status bar (synced / syncing n of m / offline with n pending / error in words).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Status { Idle, Syncing, Synced, Offline, Error };
    Q_ENUM(Status)

    struct Connection
    {
        QUrl server;
        QString token;
        QList<QSslCertificate> cas;
        QByteArray pinnedKey;
        int timeoutMs = 30000;
    };

    explicit SyncEngine(const QString& storePath, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setConnection(const Connection& connection);
    // Background sync every intervalMs (default 5 minutes) while started.
    void setInterval(int intervalMs) { m_intervalMs = intervalMs; }
    void start();
    void stop();
    // Syncs as soon as the worker is free, whatever the backoff says.
    void syncNow();
    // Stops the running sync at its next request (what it did stays done).
    void cancel();

    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; }
    bool isRunning() const { return m_running; }
    // When the next background attempt is due (UTC ms); later after each failure.
    qint64 nextAttemptAt() const { return m_nextAttemptAt; }
    int consecutiveFailures() const { return m_failures; }
    const SyncSession::Report& lastReport() const { return m_last; }

    // The wait after `failures` failures in a row: 5 s doubling up to 15 minutes, times a
    // random factor in [0.5, 1) (jitter: many clients do not return at the same moment).
    static qint64 backoffMs(int failures, double random01);

signals:
    void statusChanged(SyncEngine::Status status, const QString& text);
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(bool ok);

private:
    void begin();
    void onFinished(const SyncSession::Report& report);
    void setStatus(Status status, const QString& text);
    void tick();

    class Worker;
    QString m_storePath;
    Connection m_connection;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    QTimer* m_timer = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_intervalMs = 5 * 60 * 1000;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    qint64 m_nextAttemptAt = 0;
    Status m_status = Status::Idle;
    QString m_statusText;
    SyncSession::Report m_last;
};
