#pragma once

#include "Result.h"

#include <QString>

class Store;

// The outbox of sync: every write appends what changed, in the write's own transaction.
namespace ChangeLog {

enum class Op { Upsert, Delete };

Result<void> append(Store& store, const QString& entity, const QString& uuid, Op op, qint64 atMs);

// Entries not yet pushed, for tests and the later SyncEngine.
qint64 pendingCount(Store& store);

} // namespace ChangeLog
