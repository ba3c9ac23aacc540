#pragma once

#include <QString>
#include <memory>

struct sqlite3;

// A read-only SQLite connection of its own, for the background builders (SortOrders,
// PrefixSets); closed when it goes out of scope. Null when the file cannot be opened or
// the build has no SQLite C API.
using ReadOnlyConnection = std::unique_ptr<sqlite3, void (*)(sqlite3*)>;
ReadOnlyConnection openReadOnlyConnection(const QString& path);
