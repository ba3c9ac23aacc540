#pragma once

#include "Result.h"

#include <QString>

class Store;

// The outbox of sync: every write appends what changed, in the write's own transaction.
namespace ChangeLog {

// Erase: the row is gone for good (AVG art. 17); other devices and the server remove it too.
enum class Op { Upsert, Delete, Erase };

Result<void> append(Store& store, const QString& entity, const QString& uuid, Op op, qint64 atMs);

// Entries not yet pushed, for tests and the later SyncEngine.
qint64 pendingCount(Store& store);

} // namespace ChangeLog
