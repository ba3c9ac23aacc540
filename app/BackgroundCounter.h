#pragma once

#include "Audience.h"
#include "Segment.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

// Counts audiences and segments on a thread of its own, with its own connection to the
// store, so the editors can show a live count of a million contacts without the window
// freezing. Only the latest request counts: an older one still waiting is skipped and an
// older result that arrives late is dropped.
class BackgroundCounter : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCounter(const QString& storePath, QObject* parent = nullptr);
    ~BackgroundCounter() override; // waits for a count in progress

    // Results arrive as audienceCounted / audienceFailed.
    void countAudience(const Audience& audience);
    // Results arrive as segmentCounted (or segmentFailed for a rule that is not valid).
    void countSegment(const SegmentRule& rules);
    bool busy() const { return m_pending > 0; }

signals:
    void audienceCounted(const RecipientCount& count);
    void audienceFailed(const QString& message);
    void segmentCounted(qint64 count);
    void segmentFailed(const QString& message);
    void busyChanged(bool busy);

private:
    class Worker;
    void started();
    void finished();

    QThread* m_thread;
    Worker* m_worker; // lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_pending = 0;
};
