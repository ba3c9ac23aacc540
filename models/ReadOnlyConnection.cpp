#include "ReadOnlyConnection.h"

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {
void closeConnection(sqlite3* db)
{
#if SENDTRIX_SQLITE_C_API
    sqlite3_close(db);
#else
    Q_UNUSED(db);
#endif
}
} // namespace

ReadOnlyConnection openReadOnlyConnection(const QString& path)
{
#if SENDTRIX_SQLITE_C_API
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    ReadOnlyConnection connection(db, closeConnection);
    if (rc != SQLITE_OK)
        connection.reset();
    else
        sqlite3_busy_timeout(db, 5000);
    return connection;
#else
    Q_UNUSED(path);
    return ReadOnlyConnection(nullptr, closeConnection);
#endif
}
