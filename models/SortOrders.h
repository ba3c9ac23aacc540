#pragma once

#include "ContactQuery.h"

#include <QString>
#include <array>
#include <future>
#include <memory>
#include <vector>

// The live contacts' ids in each sort order, held in memory (4 bytes a contact, built
// only for the orders a search actually uses).
//
// Why: a search that matches the sort column ("visser" in a table sorted by last name)
// has all its matches in one narrow band of the name index, so the first page is found
// only after walking everything before that band; looking each match up instead costs a
// random read per match. With the order in memory, the first page is a scan of at most
// a million integers against the search's bitset: a millisecond or two, whatever matches.
//
// Orders are built in the background on their own read-only connection and belong to
// one state of the store (DataStamp): after any write they are rebuilt, and until then
// the repository falls back to SQL.
class SortOrders
{
public:
    struct DataStamp
    {
        qint64 generation = -1;  // commits on the store's own connection
        qint64 changes = -1;     // total_changes(): rows written by it, in or out of Transaction
        qint64 dataVersion = -1; // PRAGMA data_version: commits by other connections
        bool operator==(const DataStamp& o) const
        {
            return generation == o.generation && changes == o.changes &&
                   dataVersion == o.dataVersion;
        }
    };
    using Order = std::vector<quint32>;

    // False in builds without the SQLite C API (SENDTRIX_SQLITE_C_API off).
    static bool available();

    explicit SortOrders(QString databasePath)
        : m_path(std::move(databasePath))
    {}
    ~SortOrders();
    SortOrders(const SortOrders&) = delete;
    SortOrders& operator=(const SortOrders&) = delete;

    // The ascending order (ties by id) if it is built for `stamp`; otherwise starts building
    // it in the background and returns null.
    std::shared_ptr<const Order> get(ContactQuery::SortColumn column, const DataStamp& stamp);
    // Like get(), but waits for the build (benchmarks and tests).
    std::shared_ptr<const Order> wait(ContactQuery::SortColumn column, const DataStamp& stamp);

private:
    struct Slot
    {
        DataStamp stamp;
        std::shared_ptr<const Order> order;
        DataStamp buildingStamp;
        DataStamp failedStamp;
        std::future<std::shared_ptr<const Order>> building;
    };
    void collect(Slot& slot);
    static std::shared_ptr<const Order> build(const QString& path, ContactQuery::SortColumn column);

    QString m_path;
    std::array<Slot, 6> m_slots;
};
