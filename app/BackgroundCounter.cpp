#include "BackgroundCounter.h"

#include "Clock.h"
#include "SegmentCompiler.h"
#include "Store.h"

#include <QPointer>
#include <QThread>

// Opens the store on first use, on its own thread (a connection belongs to the thread
// that opened it), and keeps it for the next count.
class BackgroundCounter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}
    ~Worker() override { m_store.reset(); }

    Store* store(QString* error)
    {
        if (!m_store) {
            auto opened = Store::open(m_path);
            if (!opened.ok()) {
                *error = opened.errorMessage();
                return nullptr;
            }
            m_store = std::move(opened.value());
        }
        return m_store.get();
    }

private:
    QString m_path;
    std::unique_ptr<Store> m_store;
};

BackgroundCounter::BackgroundCounter(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(storePath))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_thread->setObjectName(QStringLiteral("BackgroundCounter"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

BackgroundCounter::~BackgroundCounter()
{
    m_latest->fetch_add(1); // whatever still waits is stale now
    m_thread->quit();
    m_thread->wait();
}

void BackgroundCounter::started()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void BackgroundCounter::finished()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void BackgroundCounter::countAudience(const Audience& audience)
{
    const int request = m_latest->fetch_add(1) + 1;
    started();
    QPointer<BackgroundCounter> self(this);
    auto latest = m_latest;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, latest, worker, request, audience] {
        std::optional<Result<RecipientCount>> result;
        if (latest->load() == request) {
            QString error;
            if (Store* store = worker->store(&error))
                result = countRecipients(*store, audience, Clock::nowMs());
            else
                result = Result<RecipientCount>(Error{Error::Code::Database, error});
        }
        QMetaObject::invokeMethod(self, [self, latest, request, result] {
            if (!self)
                return;
            self->finished();
            if (!result || latest->load() != request)
                return;
            if (result->ok())
                emit self->audienceCounted(result->value());
            else
                emit self->audienceFailed(result->errorMessage());
        });
    });
}

void BackgroundCounter::countSegment(const SegmentRule& rules)
{
    const int request = m_latest->fetch_add(1) + 1;
    started();
    QPointer<BackgroundCounter> self(this);
    auto latest = m_latest;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, latest, worker, request, rules] {
        std::optional<qint64> count;
        QString error;
        if (latest->load() == request) {
            if (auto valid = rules.validate(); !valid.ok())
                error = valid.errorMessage();
            else if (Store* store = worker->store(&error))
                count = SegmentCompiler::count(*store, rules);
        }
        QMetaObject::invokeMethod(self, [self, latest, request, count, error] {
            if (!self)
                return;
            self->finished();
            if (latest->load() != request)
                return;
            if (count && *count >= 0)
                emit self->segmentCounted(*count);
            else if (!error.isEmpty() || count)
                emit self->segmentFailed(error.isEmpty() ? tr("The segment could not be counted.")
                                                         : error);
        });
    });
}
