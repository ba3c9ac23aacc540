#pragma once

#include <QString>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
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
// They are built in the background on their own read-only connection and belong to one
// value of `counters.audience_generation`, which triggers change in the same transaction as
// any write to what the sets and the audience parts are made of (contacts, consent_state,
// suppressions, lists, list_members, tags, contact_tags; migration 9), whoever writes. So a
// commit that leaves those alone (a mailing draft's autosave, a template) keeps them, and
// a change by another connection or the sync engine makes them stale like one of ours.
// One AudienceSets per store file in this process: every connection to the file (the
// editor's, the background counter's) shares it. Thread-safe.
class AudienceSets
{
public:
    using Bits = std::vector<std::uint64_t>;
    struct Snapshot
    {
        qint64 generation = 0; // counters.audience_generation they were read at
        Bits exists;           // every contact row, tombstones included
        Bits live;             // deleted = 0
        Bits stated;           // has a newsletter consent state
        Bits suppressed;       // live, and the address is on the suppression list (live entry)
        std::vector<std::pair<QString, Bits>> states; // newsletter consent state → contacts
    };

    // False in builds without the SQLite C API (SENDTRIX_SQLITE_C_API off).
    static bool available();

    // The sets of this store's file, made on first use and dropped after every connection
    // to the file is closed. (Kept by connection names, not as a member of Store.)
    static std::shared_ptr<AudienceSets> of(Store& store);

    // counters.audience_generation as `store`'s connection sees it (inside a transaction:
    // with the transaction's own writes); nothing in a store without it.
    static std::optional<qint64> generation(Store& store);

    explicit AudienceSets(QString databasePath)
        : m_path(std::move(databasePath))
    {}
    ~AudienceSets();
    AudienceSets(const AudienceSets&) = delete;
    AudienceSets& operator=(const AudienceSets&) = delete;

    // The snapshot if it is built for `generation`; otherwise starts building it (from
    // what is committed) and returns null.
    std::shared_ptr<const Snapshot> get(qint64 generation);
    // Like get(), but waits for the build; null when it cannot be built, or when what is
    // committed is not `generation` (a transaction's own writes, or a newer commit).
    std::shared_ptr<const Snapshot> wait(qint64 generation);

    // The members of one part of an audience (the included lists, one segment), kept for
    // the generation they were computed at, so changing one part does not recompute the
    // others. The key holds the part's SQL and bound values, so a segment edited, or a date
    // rule counted at another moment ("within the last 7 days"), is another key.
    std::shared_ptr<const Bits> part(const QString& key, qint64 generation);
    void keepPart(const QString& key, qint64 generation, std::shared_ptr<const Bits> bits);
    static constexpr int MaximumParts = 16;

    // How many times the sets were built (tests: a commit that leaves the inputs alone
    // must not rebuild them).
    qint64 builds() const;

private:
    void collect(); // with m_mutex held
    static std::shared_ptr<const Snapshot> build(const QString& path);

    const QString m_path;
    mutable std::mutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::optional<qint64> m_attemptedGeneration;
    std::shared_future<std::shared_ptr<const Snapshot>> m_building;
    qint64 m_builds = 0;
    std::optional<qint64> m_partsGeneration;
    std::vector<std::pair<QString, std::shared_ptr<const Bits>>> m_parts; // oldest first
};
