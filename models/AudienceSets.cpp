#include "AudienceSets.h"

#include "ReadOnlyConnection.h"
#include "SortOrders.h"
#include "Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
    // A registry rather than a member of Store: every connection to one file shares the
    // sets (they belong to the data, through audience_generation, not to a connection).
    // Connection names are unique to one Store for the life of the process; a file's entry
    // is dropped once none of the connections that used it is open.
    struct Entry
    {
        QStringList connections;
        std::shared_ptr<AudienceSets> sets;
    };
    static std::mutex mutex;
    static std::map<QString, Entry> sets;
    const QString name = store.database().connectionName();
    const QString path = store.path();
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = sets.begin(); it != sets.end();) {
        it->second.connections.removeIf(
            [&](const QString& c) { return c != name && !QSqlDatabase::contains(c); });
        if (it->second.connections.isEmpty() && it->first != path)
            it = sets.erase(it); // waits for a build still running
        else
            ++it;
    }
    Entry& entry = sets[path];
    if (!entry.connections.contains(name))
        entry.connections << name;
    if (!entry.sets)
        entry.sets = std::make_shared<AudienceSets>(path);
    return entry.sets;
}

std::optional<qint64> AudienceSets::generation(Store& store)
{
    QSqlQuery& q = store.statement(
        QStringLiteral("SELECT value FROM counters WHERE name = 'audience_generation'"));
    std::optional<qint64> value;
    if (q.exec() && q.next())
        value = q.value(0).toLongLong();
    q.finish();
    return value;
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
    bool found = false;
    bool ok = eachRow(db, "SELECT value FROM counters WHERE name = 'audience_generation'",
                      [&](sqlite3_stmt* st) {
                          s->generation = sqlite3_column_int64(st, 0);
                          found = true;
                      });
    ok = ok && found &&
         eachRow(db, "SELECT id FROM contacts WHERE deleted = 0", [&](sqlite3_stmt* st) {
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
    // (A merge of the two address-ordered indexes measured no faster: decoding a million
    // addresses costs what the look-ups do.)
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
        m_building = {};
        if (built)
            m_snapshot = std::move(built);
    }
}

std::shared_ptr<const AudienceSets::Snapshot> AudienceSets::get(qint64 generation)
{
    if (!available())
        return nullptr;
    std::lock_guard<std::mutex> lock(m_mutex);
    collect();
    if (m_snapshot && m_snapshot->generation == generation)
        return m_snapshot;
    if (!m_building.valid() && m_attemptedGeneration != generation) {
        // Built once per generation: a build that failed, or that found another generation
        // committed (a newer commit, or the asker's own writes of an open transaction), is
        // not repeated for it; SQL counts meanwhile.
        m_attemptedGeneration = generation;
        try {
            m_building = std::async(std::launch::async, &AudienceSets::build, m_path).share();
            ++m_builds;
        } catch (const std::system_error&) {
            // no thread to be had: SQL counts
        }
    }
    return nullptr;
}

std::shared_ptr<const AudienceSets::Snapshot> AudienceSets::wait(qint64 generation)
{
    // A build running for an older generation is waited for, then one for this generation.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto snapshot = get(generation))
            return snapshot;
        std::shared_future<std::shared_ptr<const Snapshot>> building;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            building = m_building;
        }
        if (!building.valid())
            return nullptr; // already tried for this generation
        building.wait();
    }
    return get(generation);
}

std::shared_ptr<const AudienceSets::Bits> AudienceSets::part(const QString& key, qint64 generation)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_partsGeneration != generation) {
        m_parts.clear();
        return nullptr;
    }
    for (const auto& [k, bits] : m_parts)
        if (k == key)
            return bits;
    return nullptr;
}

void AudienceSets::keepPart(const QString& key, qint64 generation, std::shared_ptr<const Bits> bits)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_partsGeneration != generation) {
        m_parts.clear();
        m_partsGeneration = generation;
    }
    if (m_parts.size() >= size_t(MaximumParts))
        m_parts.erase(m_parts.begin());
    m_parts.emplace_back(key, std::move(bits));
}

qint64 AudienceSets::builds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_builds;
}
