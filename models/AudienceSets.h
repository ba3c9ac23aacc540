#pragma once

#include "SortOrders.h"

#include <QString>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

class Store;

// What counting an audience needs to know of every contact, held in memory as bitsets over
// contact ids: which ids exist, which are live, each contact's newsletter consent state,
// and which live contacts have their address on the suppression list.
//
// Why: the recipient count in SQL reads every matched contact's row (deleted, email), its
// consent state and its address among the suppressions: ~5 s for "everyone" at a million
// contacts, most of it reading the wide contacts rows. These sets come from narrow indexes
// alone (under a second at a million), and a count is then word-wise ANDs and popcounts.
//
// Like SortOrders they are built in the background on their own read-only connection and
// belong to one state of the store (DataStamp): any commit makes them stale.
class AudienceSets
{
public:
    using Bits = std::vector<std::uint64_t>;
    struct Snapshot
    {
        Bits exists;     // every contact row, tombstones included
        Bits live;       // deleted = 0
        Bits stated;     // has a newsletter consent state
        Bits suppressed; // live, and the address is on the suppression list (live entry)
        std::vector<std::pair<QString, Bits>> states; // newsletter consent state → contacts
    };

    // False in builds without the SQLite C API (SENDTRIX_SQLITE_C_API off).
    static bool available();

    // The sets of this store, made on first use and dropped after the store is closed.
    // (Kept by the store's unique connection name, not as a member of Store.)
    static std::shared_ptr<AudienceSets> of(Store& store);

    explicit AudienceSets(QString databasePath)
        : m_path(std::move(databasePath))
    {}
    ~AudienceSets();
    AudienceSets(const AudienceSets&) = delete;
    AudienceSets& operator=(const AudienceSets&) = delete;

    // The snapshot if it is built for `stamp`; otherwise starts building it and returns null.
    std::shared_ptr<const Snapshot> get(const SortOrders::DataStamp& stamp);
    // Like get(), but waits for the build; null when it cannot be built.
    std::shared_ptr<const Snapshot> wait(const SortOrders::DataStamp& stamp);

    // The members of one part of an audience (the included lists, one segment), kept for
    // the stamp they were computed at, so changing one part does not recompute the others.
    std::shared_ptr<const Bits> part(const QString& key, const SortOrders::DataStamp& stamp);
    void keepPart(const QString& key, const SortOrders::DataStamp& stamp,
                  std::shared_ptr<const Bits> bits);
    static constexpr int MaximumParts = 16;

private:
    void collect();
    static std::shared_ptr<const Snapshot> build(const QString& path);

    QString m_path;
    SortOrders::DataStamp m_stamp;
    std::shared_ptr<const Snapshot> m_snapshot;
    SortOrders::DataStamp m_buildingStamp;
    SortOrders::DataStamp m_failedStamp;
    std::future<std::shared_ptr<const Snapshot>> m_building;
    SortOrders::DataStamp m_partsStamp;
    std::vector<std::pair<QString, std::shared_ptr<const Bits>>> m_parts; // oldest first
};
