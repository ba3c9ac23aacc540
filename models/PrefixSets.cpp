#include "PrefixSets.h"

#include "ReadOnlyConnection.h"

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <algorithm>
#include <chrono>
#include <system_error>

PrefixSets::~PrefixSets()
{
    if (m_building.valid())
        m_building.wait();
}

std::shared_ptr<const PrefixSets::Sets> PrefixSets::build(const QString& path,
                                                          qint64 minimumMatches)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(path);
    Q_UNUSED(minimumMatches);
    return nullptr;
#else
    ReadOnlyConnection connection = openReadOnlyConnection(path);
    if (!connection)
        return nullptr;
    sqlite3* db = connection.get();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?", -1,
                           &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    // One read transaction: every set describes the same state of the store.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    QString alphabet;
    for (char c = 'a'; c <= 'z'; ++c)
        alphabet += QLatin1Char(c);
    for (char c = '0'; c <= '9'; ++c)
        alphabet += QLatin1Char(c);
    // The broadest ones are kept (they are the slow ones), at most MaximumSets at a time,
    // so memory stays bounded while the sets are built.
    std::vector<std::pair<QString, std::shared_ptr<Set>>> kept;
    auto smaller = [](const auto& x, const auto& y) { return x.second->count > y.second->count; };
    bool ok = true;
    for (QChar a : alphabet) {
        for (int len = 1; len <= 2 && ok; ++len) {
            for (QChar b : (len == 1 ? QString(QLatin1Char(' ')) : alphabet)) {
                const QString prefix = len == 1 ? QString(a) : QString(a) + b;
                const QByteArray expression = QByteArray("\"") + prefix.toLatin1() + "\"*";
                sqlite3_reset(stmt);
                sqlite3_bind_text(stmt, 1, expression.constData(), -1, SQLITE_TRANSIENT);
                auto set = std::make_shared<Set>();
                int rc = SQLITE_ROW;
                while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                    const auto id = std::uint64_t(sqlite3_column_int64(stmt, 0));
                    const auto word = id >> 6;
                    if (word >= set->bits.size())
                        set->bits.resize(word + 1 + set->bits.size() / 2, 0);
                    set->bits[word] |= std::uint64_t(1) << (id & 63);
                    ++set->count;
                }
                if (rc != SQLITE_DONE) {
                    ok = false;
                    break;
                }
                if (set->count >= minimumMatches) {
                    set->bits.shrink_to_fit();
                    kept.emplace_back(prefix, std::move(set));
                    std::push_heap(kept.begin(), kept.end(), smaller);
                    if (kept.size() > size_t(MaximumSets)) {
                        std::pop_heap(kept.begin(), kept.end(), smaller); // smallest to the back
                        kept.pop_back();
                    }
                }
            }
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(stmt);
    if (!ok)
        return nullptr;
    auto sets = std::make_shared<Sets>();
    for (auto& [prefix, set] : kept)
        sets->insert(prefix, std::move(set));
    return sets;
#endif
}

void PrefixSets::collect()
{
    if (m_building.valid() &&
        m_building.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        auto built = m_building.get();
        if (built) {
            m_sets = std::move(built);
            m_stamp = m_buildingStamp;
        } else {
            m_failedStamp = m_buildingStamp;
        }
    }
}

std::shared_ptr<const PrefixSets::Set> PrefixSets::get(const QString& prefix,
                                                       const SortOrders::DataStamp& stamp)
{
    if (!SortOrders::available())
        return nullptr;
    collect();
    if (m_sets && m_stamp == stamp)
        return m_sets->value(prefix);
    if (!m_building.valid() && !(m_failedStamp == stamp)) {
        m_sets.reset();
        m_buildingStamp = stamp;
        try {
            m_building =
                std::async(std::launch::async, &PrefixSets::build, m_path, m_minimumMatches);
        } catch (const std::system_error&) {
            m_failedStamp = stamp;
        }
    }
    return nullptr;
}

bool PrefixSets::wait(const SortOrders::DataStamp& stamp)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        get(QString(), stamp);
        if (m_sets && m_stamp == stamp)
            return true;
        if (m_building.valid())
            m_building.wait();
        else
            return false;
    }
    collect();
    return m_sets && m_stamp == stamp;
}
