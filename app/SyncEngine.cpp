#include "SyncEngine.h"

#include "AccountNotices.h"
#include "Clock.h"
#include "DataSubjectRights.h"
#include "Store.h"
#include "SyncJournal.h"
#include "UsageStatistics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <deque>

// ---- one sync ---------------------------------------------------------------------------

namespace {

// The session's requests, made in order on a thread of its own with its own ApiClient (and
// so one connection kept open): the next page of a pull is fetched while the page before is
// applied, and a batch's POST goes while the next batch is built, the one after it waiting
// in line. Answers come back in the order the requests went. Cancelled and waited for when
// the session ends: no thread outlives it.
class Courier
{
public:
    using Request = std::function<ApiClient::Reply(ApiClient&)>;

    Courier(ApiClient& api, const std::atomic_bool* cancel)
        : m_api(api)
        , m_cancel(cancel)
    {}
    ~Courier()
    {
        if (!m_thread)
            return;
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_queue.clear();
            if (m_client)
                m_client->cancel();
            m_wake.wakeAll();
        }
        m_thread->wait();
    }
    Courier(const Courier&) = delete;
    Courier& operator=(const Courier&) = delete;

    void send(Request request)
    {
        if (!m_thread) { // started by the first request that can wait in line
            std::unique_ptr<ApiClient> copy = m_api.copy();
            m_thread.reset(QThread::create([this, client = copy.release()] { serve(client); }));
            m_thread->start();
        }
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(request));
        ++m_outstanding;
        m_wake.wakeAll();
    }
    // A request with nothing else on its way (a small sync, a pull's first page) is made at
    // once on the session's own connection (the one its ApiClient keeps open).
    void sendHere(const Request& request)
    {
        if (m_outstanding > 0)
            return send(request);
        ApiClient::Reply reply = request(m_api);
        QMutexLocker lock(&m_mutex);
        m_replies.push_back(std::move(reply));
        ++m_outstanding;
    }
    // Requests sent whose answers have not been taken.
    int outstanding() const { return m_outstanding; }
    // Waits for the oldest answer not taken yet (a cancel of the sync cancels the request
    // under way, and those after it end at once).
    ApiClient::Reply take()
    {
        Q_ASSERT(m_outstanding > 0);
        QMutexLocker lock(&m_mutex);
        while (m_replies.empty()) {
            if (m_cancel && m_cancel->load() && m_client)
                m_client->cancel();
            m_ready.wait(&m_mutex, QDeadlineTimer(20));
        }
        ApiClient::Reply reply = std::move(m_replies.front());
        m_replies.pop_front();
        --m_outstanding;
        return reply;
    }

private:
    void serve(ApiClient* client)
    {
        std::unique_ptr<ApiClient> own(client);
        QMutexLocker lock(&m_mutex);
        for (;;) {
            while (m_queue.empty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            Request request = std::move(m_queue.front());
            m_queue.pop_front();
            m_client = own.get();
            lock.unlock();
            ApiClient::Reply reply = request(*own);
            lock.relock();
            m_client = nullptr;
            m_replies.push_back(std::move(reply));
            m_ready.wakeAll();
        }
        m_client = nullptr;
    }

    ApiClient& m_api;
    const std::atomic_bool* m_cancel;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake, m_ready;
    std::deque<Request> m_queue;
    std::deque<ApiClient::Reply> m_replies;
    ApiClient* m_client = nullptr; // while a request runs, for cancel()
    bool m_stop = false;
    int m_outstanding = 0; // used by the session's thread only
};

} // namespace

namespace {
// Push, pull, and push what merging produced; a third round only when the server kept
// answering with conflicts (another device syncing at the same moment).
constexpr int kRounds = 3;
constexpr qint64 kNoticesEveryMs = 15 * 60 * 1000;
// A batch being answered and the next one waiting in line at the server.
constexpr std::size_t kBatchesOnTheirWay = 2;
} // namespace

SyncSession::SyncSession(Store& store, ApiClient& api)
    : m_store(store)
    , m_api(api)
{}

QString SyncSession::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Pushing:
        return tr("Sending changes");
    case Phase::Pulling:
        return tr("Receiving changes");
    case Phase::Finishing:
        return tr("Finishing");
    }
    return {};
}

bool SyncSession::failed(Report& r, const ApiClient::Reply& reply)
{
    r.failure = reply.failure;
    r.retryAfterS = reply.retryAfterS;
    r.cancelled = reply.failure == ApiClient::Failure::Cancelled;
    r.message = reply.message.isEmpty()
                    ? tr("The server could not be reached. Your changes are kept here and "
                         "will be sent at the next sync.")
                    : reply.message;
    return false;
}

bool SyncSession::failed(Report& r, const QString& message)
{
    r.failure = ApiClient::Failure::BadAnswer;
    r.message = message;
    return false;
}

bool SyncSession::cancelled(Report& r)
{
    if (!m_cancel || !m_cancel->load())
        return false;
    r.cancelled = true;
    r.failure = ApiClient::Failure::Cancelled;
    r.message = tr("The sync was stopped. What was sent and received is kept; the rest "
                   "follows at the next sync.");
    return true;
}

SyncSession::Report SyncSession::run()
{
    QElapsedTimer clock;
    clock.start();
    Report r;
    SyncJournal journal(m_store);
    const auto finish = [&](bool ok) {
        r.ok = ok;
        const QVector<SyncJournal::Rejected> refused = journal.rejected();
        r.rejectedTotal = int(refused.size());
        r.rejectedDetails.clear();
        for (const SyncJournal::Rejected& x : refused) {
            if (r.rejectedDetails.size() == 10)
                break;
            // The row in words the user knows: an address, a name.
            QString what = x.type;
            if (const auto row = journal.codec().read(x.type, x.uuid)) {
                for (const char* key : {"email", "name", "subject"}) {
                    const QString v = row->data.value(QLatin1String(key)).toString();
                    if (!v.isEmpty()) {
                        what = QStringLiteral("%1 “%2”").arg(x.type, v);
                        break;
                    }
                }
            }
            r.rejectedDetails << QStringLiteral("%1: %2").arg(what, x.message);
        }
        r.pending = journal.waitingEntries();
        r.cursor = journal.cursor();
        r.elapsedMs = clock.elapsed();
        return r;
    };
    QElapsedTimer wait;
    const auto call = [&](const QByteArray& method, const QString& path, const QJsonObject& body) {
        wait.start();
        ApiClient::Reply reply = m_api.call(method, path, body);
        r.networkMs += wait.elapsed();
        return reply;
    };
    const auto callRaw = [&](const QByteArray& method, const QString& path, const QByteArray& body,
                             const QByteArray& type) {
        wait.start();
        ApiClient::Reply reply = m_api.callRaw(method, path, body, type);
        r.networkMs += wait.elapsed();
        return reply;
    };
    // A first sync writes the indexes' pages again with every batch and page: copied back
    // into the store file once, when the sync ends.
    Store::DeferredCheckpoint checkpointOnce(m_store);
    // The requests of the push and the pull, in order on one connection of their own.
    Courier courier(m_api, m_cancel);
    const auto takeReply = [&] {
        wait.start();
        ApiClient::Reply reply = courier.take();
        r.networkMs += wait.elapsed();
        return reply;
    };
    const auto sendHere = [&](const Courier::Request& request) {
        wait.start();
        courier.sendHere(request);
        r.networkMs += wait.elapsed();
    };
    // Smaller after the server refused a batch for its content, down to one change; at most
    // what this server said it takes (kept from one sync to the next).
    int batchSize = std::clamp(m_batchLimit, 1, SyncJournal::MaxBatchChanges);
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT value FROM meta WHERE key = 'sync_batch_limit'"));
        if (q.exec() && q.next())
            batchSize = std::clamp(q.value(0).toInt(), 1, batchSize);
        q.finish();
    }
    for (int round = 0; round < kRounds; ++round) {
        // Push: the oldest batch without an answer first (the same id again), then the
        // change log in batches of at most SyncJournal::MaxBatchChanges.
        qint64 total = journal.pendingEntries() + journal.unansweredBatches();
        qint64 done = 0;
        // While a batch is on its way, the next one is built and sent after it (leaving out
        // the rows on their way: an edit made meanwhile goes in a later batch, based on the
        // answer): the courier posts it as soon as the answer before is in, while this thread
        // applies that answer.
        std::deque<SyncJournal::Batch> out; // sent, in order, answers not taken
        SyncJournal::InFlight inFlight;
        std::optional<SyncJournal::Batch> built; // waits to be sent
        bool drained = false;                    // nothing more to build until an answer
        const auto sendPost = [&](SyncJournal::Batch batch) {
            const auto post = [body = batch.body](ApiClient& api) {
                return api.callRaw("POST", QStringLiteral("/api/v1/changes"), body,
                                   QByteArrayLiteral("application/json"));
            };
            if (out.empty() && journal.pendingEntries() == 0 && journal.unansweredBatches() <= 1)
                sendHere(post); // the only batch: nothing to build meanwhile
            else
                courier.send(post);
            inFlight.add(batch);
            out.push_back(std::move(batch));
        };
        for (;;) {
            if (cancelled(r))
                return finish(false);
            while (!drained && out.size() < kBatchesOnTheirWay) {
                if (!built) {
                    auto next = journal.nextBatch(batchSize, out.empty() ? nullptr : &inFlight);
                    if (!next.ok())
                        return (failed(r, next.errorMessage()), finish(false));
                    if (!next.value()) {
                        drained = true;
                        break;
                    }
                    built = std::move(next.value());
                }
                // Images and evidence files go first, by content: the rows refer to them. A
                // batch that has some waits for the answers before it.
                QList<QPair<QString, QByteArray>> contents;
                for (const SyncChange& c : built->changes) {
                    const QString sha = SyncCodec::contentHash(c);
                    if (sha.isEmpty())
                        continue;
                    if (const auto content = journal.codec().localContent(c.type, sha))
                        contents.append({sha, *content});
                }
                if (!contents.isEmpty() && !out.empty())
                    break;
                for (const auto& [sha, content] : std::as_const(contents)) {
                    sendHere(
                        [path = QStringLiteral("/api/v1/assets/") + sha, content](ApiClient& api) {
                            return api.callRaw("PUT", path, content,
                                               QByteArrayLiteral("application/octet-stream"));
                        });
                    const ApiClient::Reply put = takeReply();
                    if (!put.ok())
                        return (failed(r, put), finish(false));
                }
                if (m_progress)
                    m_progress(Phase::Pushing, done, std::max(total, done + built->changes.size()));
                sendPost(std::move(*built));
                built.reset();
            }
            if (out.empty())
                break;
            const ApiClient::Reply reply = takeReply();
            const SyncJournal::Batch batch = std::move(out.front());
            out.pop_front();
            inFlight.remove(batch);
            drained = false; // the rows of the batch are free again
            if (reply.status == 400 || reply.status == 413) {
                // Refused for what it holds, and nothing of it written: split it until the
                // change the server will not take is alone, and keep that one aside.
                const QJsonValue limit = reply.body.value(QStringLiteral("max_changes"));
                if (reply.status == 413 && limit.isDouble() && limit.toInteger() >= 1 &&
                    limit.toInteger() < batch.changes.size()) {
                    // The server said how many it takes: that many from now on.
                    batchSize = int(std::min<qint64>(limit.toInteger(), batchSize));
                    QSqlQuery& keep = m_store.statement(QStringLiteral(
                        "INSERT INTO meta(key, value) VALUES ('sync_batch_limit', ?) ON "
                        "CONFLICT(key) DO UPDATE SET value = excluded.value"));
                    keep.bindValue(0, QString::number(batchSize));
                    keep.exec();
                    keep.finish();
                    if (auto released = journal.releaseBatch(batch); !released.ok())
                        return (failed(r, released.errorMessage()), finish(false));
                    continue;
                }
                if (batch.changes.size() > 1) {
                    batchSize = int(std::max<qsizetype>(1, batch.changes.size() / 2));
                    if (auto released = journal.releaseBatch(batch); !released.ok())
                        return (failed(r, released.errorMessage()), finish(false));
                    continue;
                }
                const QString said = reply.body.value(QStringLiteral("message")).toString();
                const QString why = said.isEmpty()
                                        ? reply.message
                                        : tr("%1 The server said: “%2”.").arg(reply.message, said);
                if (auto kept = journal.rejectBatch(batch, reply.status, why); !kept.ok())
                    return (failed(r, kept.errorMessage()), finish(false));
                ++r.rejected;
                done += 1;
                continue;
            }
            if (!reply.ok())
                return (failed(r, reply), finish(false));
            auto answer = journal.completeBatch(batch, reply.body);
            if (!answer.ok())
                return (failed(r, answer.errorMessage()), finish(false));
            r.pushed += answer.value().accepted;
            r.conflicts += answer.value().conflicts;
            done += batch.changes.size();
        }

        // Pull: pages since the cursor, each applied with its cursor in one transaction.
        // While a page is applied, the next one is fetched on a thread of its own.
        qint64 since = journal.cursor();
        const auto pagePath = [this](qint64 from) {
            return QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(from).arg(m_pageLimit);
        };
        sendHere([path = pagePath(since)](ApiClient& api) { return api.call("GET", path, {}); });
        for (;;) {
            if (cancelled(r))
                return finish(false);
            const ApiClient::Reply reply = takeReply();
            if (!reply.ok())
                return (failed(r, reply), finish(false));
            const QJsonValue changesValue = reply.body.value(QStringLiteral("changes"));
            const QJsonValue nextValue = reply.body.value(QStringLiteral("next"));
            if (!changesValue.isArray() || !nextValue.isDouble())
                return (failed(r, tr("The server's answer could not be read. Your changes are "
                                     "kept here; try again later, or ask the server's "
                                     "administrator.")),
                        finish(false));
            const qint64 next = nextValue.toInteger();
            const bool more = reply.body.value(QStringLiteral("more")).toBool() && next > since;
            if (more)
                courier.send(
                    [path = pagePath(next)](ApiClient& api) { return api.call("GET", path, {}); });
            QVector<SyncChange> changes;
            QStringList needs = journal.deferredContentNeeds();
            for (const QJsonValue& v : changesValue.toArray()) {
                changes.push_back(SyncJournal::fromServer(v.toObject()));
                const QString sha = SyncCodec::contentHash(changes.back());
                if (!sha.isEmpty())
                    needs << sha;
            }
            QHash<QString, QByteArray> contents;
            needs.removeDuplicates();
            for (const QString& sha : std::as_const(needs)) {
                if (journal.codec().localContent(QStringLiteral("asset"), sha) ||
                    journal.codec().localContent(QStringLiteral("consent_evidence"), sha))
                    continue;
                if (cancelled(r))
                    return finish(false);
                const ApiClient::Reply got =
                    callRaw("GET", QStringLiteral("/api/v1/assets/") + sha, {}, {});
                if (got.ok())
                    contents.insert(sha, got.raw);
                else if (got.status != 404) // 404: not uploaded yet; the row waits
                    return (failed(r, got), finish(false));
            }
            r.received += int(changes.size());
            auto page = journal.applyPage(changes, next, contents);
            if (!page.ok())
                return (failed(r, page.errorMessage()), finish(false));
            r.pulled += page.value().applied + page.value().merged;
            r.merged += page.value().merged;
            if (m_progress)
                m_progress(Phase::Pulling, r.pulled, 0);
            if (!more)
                break;
            since = next;
        }

        if (m_progress)
            m_progress(Phase::Finishing, 0, 0);
        auto resolved = journal.resolveConsentForks();
        if (!resolved.ok())
            return (failed(r, resolved.errorMessage()), finish(false));
        r.consentResolved += resolved.value();
        if (journal.pendingEntries() == 0 && journal.unansweredBatches() == 0)
            break;
    }
    // What the server published for everyone (a new privacy policy, maintenance), kept for
    // offline; at most every 15 minutes. Failing here fails nothing: the kept copy stays.
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT value FROM meta WHERE key = 'notices_fetched_at'"));
        const qint64 last = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        const qint64 now = Clock::nowMs();
        if (now - last >= kNoticesEveryMs || now < last) {
            const ApiClient::Reply policy = call("GET", QStringLiteral("/api/v1/policy"), {});
            const ApiClient::Reply news =
                policy.ok() ? call("GET", QStringLiteral("/api/v1/announcements"), {})
                            : ApiClient::Reply{};
            if (policy.ok() && news.ok()) {
                AccountNotices notices(m_store);
                const bool kept =
                    notices
                        .replace(AccountNotices::Policy,
                                 policy.body.value(QStringLiteral("versions")).toArray())
                        .ok() &&
                    notices
                        .replace(AccountNotices::Announcement,
                                 news.body.value(QStringLiteral("announcements")).toArray())
                        .ok();
                if (kept) {
                    QSqlQuery& at = m_store.statement(QStringLiteral(
                        "INSERT INTO meta(key, value) VALUES ('notices_fetched_at', ?) ON "
                        "CONFLICT(key) DO UPDATE SET value = excluded.value"));
                    at.bindValue(0, QString::number(now));
                    at.exec();
                    at.finish();
                    r.noticesFetched = true;
                }
            }
        }
    }
    r.usageSent = UsageStatistics::sendIfDue(m_store, m_api);
    // An erasure pulled from another device: no old index segment may keep the person.
    DataSubjectRights rights(m_store);
    if (rights.purgePending())
        (void)rights.purgeSearchIndex();
    return finish(true);
}

// ---- the background engine ------------------------------------------------------------------

// Lives on the sync thread: the store connection and the ApiClient are made and used there.
class SyncEngine::Worker : public QObject
{
public:
    using Phase = SyncSession::Phase;

    explicit Worker(QString storePath)
        : m_storePath(std::move(storePath))
    {}

    // Runs on the worker thread; hands the report back through `done`.
    void run(const Connection& connection, std::shared_ptr<std::atomic_bool> cancel,
             const std::function<void(Phase, qint64, qint64)>& progress,
             const std::function<void(const SyncSession::Report&)>& done)
    {
        SyncSession::Report report;
        if (!m_store) {
            auto opened = Store::open(m_storePath);
            if (!opened.ok()) {
                report.failure = ApiClient::Failure::BadAnswer;
                report.message = opened.errorMessage();
                done(report);
                return;
            }
            m_store = std::move(opened).value();
            m_store->setActor(QStringLiteral("sync"));
        }
        ApiClient api(connection.server);
        api.setToken(connection.token);
        api.setTrustedCas(connection.cas);
        api.setPinnedKey(connection.pinnedKey);
        api.setTimeoutMs(connection.timeoutMs);
        {
            QMutexLocker lock(&m_mutex);
            m_api = &api;
        }
        if (cancel->load())
            api.cancel();
        SyncSession session(*m_store, api);
        session.setCancelFlag(cancel.get());
        session.setProgress(progress);
        report = session.run();
        {
            QMutexLocker lock(&m_mutex);
            m_api = nullptr;
        }
        done(report);
    }

    // Any thread: ends the request in flight.
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        if (m_api)
            m_api->cancel();
    }

    // On the worker thread, before it ends: the connection belongs to it.
    void close() { m_store.reset(); }

private:
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    QMutex m_mutex;
    ApiClient* m_api = nullptr;
};

SyncEngine::SyncEngine(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_thread(new QThread(this))
    , m_worker(new Worker(storePath))
    , m_timer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_timer->setInterval(1000); // checks whether a sync is due; the work is elsewhere
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::tick);
}

SyncEngine::~SyncEngine()
{
    cancel();
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void SyncEngine::setConnection(const Connection& connection)
{
    m_connection = connection;
}

void SyncEngine::start()
{
    m_nextAttemptAt = Clock::nowMs();
    m_timer->start();
}

void SyncEngine::stop()
{
    m_timer->stop();
}

void SyncEngine::syncNow()
{
    m_nextAttemptAt = Clock::nowMs();
    if (m_running) {
        m_again = true;
        return;
    }
    begin();
}

void SyncEngine::cancel()
{
    m_again = false;
    m_cancel->store(true);
    m_worker->cancel();
}

qint64 SyncEngine::backoffMs(int failures, double random01)
{
    if (failures <= 0)
        return 0;
    constexpr qint64 first = 5000;
    constexpr qint64 most = 15 * 60 * 1000;
    const qint64 plain = std::min<qint64>(most, first << std::min(failures - 1, 20));
    return qint64(double(plain) * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0)));
}

void SyncEngine::tick()
{
    if (!m_running && Clock::nowMs() >= m_nextAttemptAt)
        begin();
}

void SyncEngine::begin()
{
    if (m_connection.server.isEmpty() || m_connection.token.isEmpty()) {
        setStatus(Status::Error, tr("Not signed in: log in to a server to sync."));
        return;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setStatus(Status::Syncing, tr("Syncing…"));
    QPointer<SyncEngine> self(this);
    const Connection connection = m_connection;
    const auto cancel = m_cancel;
    // Progress: at most every 100 ms, posted to this object's thread.
    auto lastProgress = std::make_shared<QElapsedTimer>();
    const auto progress = [self, lastProgress](SyncSession::Phase phase, qint64 done,
                                               qint64 total) {
        if (lastProgress->isValid() && lastProgress->elapsed() < 100)
            return;
        lastProgress->start();
        QMetaObject::invokeMethod(self.data(), [self, phase, done, total] {
            if (!self)
                return;
            const QString label = SyncSession::phaseLabel(phase);
            emit self->progress(label, done, total);
            if (self->m_running)
                self->setStatus(Status::Syncing, total > 0
                                                     ? tr("Syncing: %1 of %2").arg(done).arg(total)
                                                     : tr("Syncing: %1").arg(label));
        });
    };
    const auto done = [self](const SyncSession::Report& report) {
        QMetaObject::invokeMethod(self.data(), [self, report] {
            if (self)
                self->onFinished(report);
        });
    };
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, connection, cancel, progress, done] {
        worker->run(connection, cancel, progress, done);
    });
}

void SyncEngine::onFinished(const SyncSession::Report& report)
{
    m_running = false;
    m_last = report;
    if (report.ok) {
        m_failures = 0;
        m_nextAttemptAt = Clock::nowMs() + m_intervalMs;
        if (report.rejectedTotal > 0)
            setStatus(Status::Error, tr("Synced, but the server refused %n change(s): see the "
                                        "details",
                                        "", report.rejectedTotal));
        else
            setStatus(Status::Synced,
                      report.pending > 0
                          ? tr("Synced; %n change(s) waiting to be sent", "", int(report.pending))
                          : tr("Synced"));
    } else if (report.cancelled) {
        m_nextAttemptAt = Clock::nowMs() + m_intervalMs;
        setStatus(Status::Idle, report.message);
    } else {
        ++m_failures;
        qint64 wait = backoffMs(m_failures, QRandomGenerator::global()->generateDouble());
        if (report.retryAfterS > 0)
            wait = std::max<qint64>(wait, qint64(report.retryAfterS) * 1000);
        m_nextAttemptAt = Clock::nowMs() + wait;
        if (report.failure == ApiClient::Failure::Offline ||
            report.failure == ApiClient::Failure::Timeout)
            setStatus(Status::Offline,
                      tr("Offline: %n change(s) waiting to be sent", "", int(report.pending)));
        else
            setStatus(Status::Error, report.message);
    }
    emit finished(report.ok);
    if (m_again) {
        m_again = false;
        begin();
    }
}

void SyncEngine::setStatus(Status status, const QString& text)
{
    if (status == m_status && text == m_statusText)
        return;
    m_status = status;
    m_statusText = text;
    emit statusChanged(status, text);
}
