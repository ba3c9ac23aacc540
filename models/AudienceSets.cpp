#include "AudienceSets.h"

#include "ReadOnlyConnection.h"
#include "Store.h"

#include <QSqlDatabase>
#include <chrono>
#include <map>
#include <system_error>
#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

void set(AudienceSets::Bits& bits, std::uint64_t id)
{
    const auto word = id >> 6;
    if (word >= bits.size())
        bits.resize(word + 1 + bits.size() / 2, 0);
    bits[word] |= std::uint64_t(1) << (id & 63);
}

#if SENDTRIX_SQLITE_C_API
// Runs `sql` and calls row(stmt) for each row; false when the statement fails.
template <typename Row> bool eachRow(sqlite3* db, const char* sql, Row row)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}
#endif

} // namespace

bool AudienceSets::available()
{
    return SortOrders::available();
}

std::shared_ptr<AudienceSets> AudienceSets::of(Store& store)
{
    // A registry rather than a member of Store: the connection name is unique to one Store
    // for the life of the process, and entries of closed stores are dropped here.
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<AudienceSets>> sets;
    const QString name = store.database().connectionName();
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = sets.begin(); it != sets.end();) {
        if (it->first != name && !QSqlDatabase::contains(it->first))
            it = sets.erase(it); // waits for a build still running
        else
            ++it;
    }
    auto& entry = sets[name];
    if (!entry)
        entry = std::make_shared<AudienceSets>(store.path());
    return entry;
}

AudienceSets::~AudienceSets()
{
    if (m_building.valid())
        m_building.wait();
}

std::shared_ptr<const AudienceSets::Snapshot> AudienceSets::build(const QString& path)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(path);
    return nullptr;
#else
    ReadOnlyConnection connection = openReadOnlyConnection(path);
    if (!connection)
        return nullptr;
    sqlite3* db = connection.get();
    auto s = std::make_shared<Snapshot>();
    // One read transaction: every set describes the same state of the store. Each query is
    // answered from an index (live contacts: contacts_by_updated; tombstones:
    // contacts_email_deleted; states: consent_state_by_state; suppressed: suppressions_by_email
    // against contacts_email_live), never from the wide contacts rows.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    bool ok = eachRow(db, "SELECT id FROM contacts WHERE deleted = 0", [&](sqlite3_stmt* st) {
        const auto id = std::uint64_t(sqlite3_column_int64(st, 0));
        set(s->live, id);
        set(s->exists, id);
    });
    ok = ok && eachRow(db, "SELECT id FROM contacts WHERE deleted <> 0", [&](sqlite3_stmt* st) {
             set(s->exists, std::uint64_t(sqlite3_column_int64(st, 0)));
         });
    ok = ok && eachRow(db,
                       "SELECT contact_id, state FROM consent_state WHERE purpose = 'newsletter' "
                       "ORDER BY state",
                       [&](sqlite3_stmt* st) {
                           const auto id = std::uint64_t(sqlite3_column_int64(st, 0));
                           const char* text =
                               reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
                           const QString state = QString::fromUtf8(text ? text : "");
                           if (s->states.empty() || s->states.back().first != state)
                               s->states.emplace_back(state, Bits());
                           set(s->states.back().second, id);
                           set(s->stated, id);
                       });
    // The same comparison as the SQL selection's EXISTS (NOCASE), joined the other way round.
    ok = ok && eachRow(db,
                       "SELECT c.id FROM suppressions p JOIN contacts c ON c.email = p.email "
                       "COLLATE NOCASE AND c.deleted = 0 WHERE p.deleted = 0",
                       [&](sqlite3_stmt* st) {
                           set(s->suppressed, std::uint64_t(sqlite3_column_int64(st, 0)));
                       });
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!ok)
        return nullptr;
    // All sets as long as the contact ids: counting then needs no bounds checks. (Consent
    // rows of ids beyond them are of no contact, so no audience can match them.)
    const size_t words = s->exists.size();
    for (Bits* bits : {&s->exists, &s->live, &s->stated, &s->suppressed})
        bits->resize(words, 0);
    for (auto& [state, bits] : s->states)
        bits.resize(words, 0);
    return s;
#endif
}

void AudienceSets::collect()
{
    if (m_building.valid() &&
        m_building.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        auto built = m_building.get();
        if (built) {
            m_snapshot = std::move(built);
            m_stamp = m_buildingStamp;
        } else {
            m_failedStamp = m_buildingStamp;
        }
    }
}

std::shared_ptr<const AudienceSets::Snapshot> AudienceSets::get(const SortOrders::DataStamp& stamp)
{
    if (!available())
        return nullptr;
    collect();
    if (m_snapshot && m_stamp == stamp)
        return m_snapshot;
    if (!m_building.valid() && !(m_failedStamp == stamp)) {
        m_snapshot.reset(); // stale: free it while the new one is built
        m_buildingStamp = stamp;
        try {
            m_building = std::async(std::launch::async, &AudienceSets::build, m_path);
        } catch (const std::system_error&) {
            m_failedStamp = stamp; // no thread to be had: SQL counts
        }
    }
    return nullptr;
}

std::shared_ptr<const AudienceSets::Snapshot> AudienceSets::wait(const SortOrders::DataStamp& stamp)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (auto snapshot = get(stamp))
            return snapshot;
        if (!m_building.valid())
            return nullptr; // failed for this stamp
        m_building.wait();
    }
    return get(stamp);
}

std::shared_ptr<const AudienceSets::Bits> AudienceSets::part(const QString& key,
                                                             const SortOrders::DataStamp& stamp)
{
    if (!(m_partsStamp == stamp)) {
        m_parts.clear();
        return nullptr;
    }
    for (const auto& [k, bits] : m_parts)
        if (k == key)
            return bits;
    return nullptr;
}

void AudienceSets::keepPart(const QString& key, const SortOrders::DataStamp& stamp,
                            std::shared_ptr<const Bits> bits)
{
    if (!(m_partsStamp == stamp)) {
        m_parts.clear();
        m_partsStamp = stamp;
    }
    if (m_parts.size() >= size_t(MaximumParts))
        m_parts.erase(m_parts.begin());
    m_parts.emplace_back(key, std::move(bits));
}
