#pragma once

#include "SortOrders.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <future>
#include <memory>
#include <vector>

// The matches of the broadest one- and two-character searches ("de" finds a third of a
// Dutch address book), held as bitsets that are filled in the background.
//
// Why: FTS5 needs ~30 ms to hand over the row ids of such a prefix at a million
// contacts; typed into the search box, that is the slowest search there is. Like
// SortOrders, the sets belong to one state of the store (DataStamp) and are rebuilt
// after a change; until then the search asks FTS5 as usual.
class PrefixSets
{
public:
    struct Set
    {
        std::vector<std::uint64_t> bits;
        qint64 count = 0;
    };
    using Sets = QHash<QString, std::shared_ptr<const Set>>;

    explicit PrefixSets(QString databasePath)
        : m_path(std::move(databasePath))
    {}
    ~PrefixSets();
    PrefixSets(const PrefixSets&) = delete;
    PrefixSets& operator=(const PrefixSets&) = delete;

    // The set for a lower-case prefix of one or two letters or digits, when it is among the
    // broad ones and built for `stamp`; null otherwise. Starts a build when none is current.
    std::shared_ptr<const Set> get(const QString& prefix, const SortOrders::DataStamp& stamp);
    // Waits for the build for `stamp` (benchmarks, tests); false when there is none.
    bool wait(const SortOrders::DataStamp& stamp);

    // Prefixes with fewer matches than this are left to FTS5 (fast enough, and memory).
    static constexpr qint64 DefaultMinimumMatches = 20000;
    void setMinimumMatches(qint64 matches) { m_minimumMatches = matches; } // tests
    static constexpr int MaximumSets = 48; // at most 6 MB at a million contacts

private:
    void collect();
    static std::shared_ptr<const Sets> build(const QString& path, qint64 minimumMatches);

    QString m_path;
    qint64 m_minimumMatches = DefaultMinimumMatches;
    SortOrders::DataStamp m_stamp;
    std::shared_ptr<const Sets> m_sets;
    SortOrders::DataStamp m_buildingStamp;
    SortOrders::DataStamp m_failedStamp;
    std::future<std::shared_ptr<const Sets>> m_building;
};
