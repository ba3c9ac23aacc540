#include "SearchHits.h"

qint64 SearchHits::adopt(const QString& expression, const SortOrders::DataStamp& stamp,
                         const std::vector<std::uint64_t>& bits, qint64 count)
{
    m_bits = bits;
    m_count = count;
    m_expression = expression;
    m_stamp = stamp;
    return m_count;
}

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>

namespace {

void hitFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto* hits = static_cast<const SearchHits*>(sqlite3_user_data(context));
    sqlite3_result_int(context, argc == 1 && hits->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

bool SearchHits::install(sqlite3* db)
{
    return db && sqlite3_create_function_v2(db, "sendtrix_hit", 1, SQLITE_UTF8, this, hitFunction,
                                            nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 SearchHits::prepare(sqlite3* db, const QString& expression,
                           const SortOrders::DataStamp& stamp)
{
    if (!db)
        return -1;
    if (expression == m_expression && stamp == m_stamp)
        return m_count;
    m_expression.clear();
    m_bits.clear();
    m_count = 0;

    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?", -1,
                           &stmt, nullptr) != SQLITE_OK)
        return -1;
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto id = std::uint64_t(sqlite3_column_int64(stmt, 0));
        const auto word = id >> 6;
        if (word >= m_bits.size())
            m_bits.resize(word + 1 + m_bits.size() / 2, 0); // rowids come in ascending order
        m_bits[word] |= std::uint64_t(1) << (id & 63);
        ++m_count;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        m_bits.clear();
        m_count = 0;
        return -1;
    }
    m_expression = expression;
    m_stamp = stamp;
    return m_count;
}
#else
// Built without the SQLite C API: searches use SQL alone.
bool SearchHits::install(sqlite3*)
{
    return false;
}

qint64 SearchHits::prepare(sqlite3*, const QString&, const SortOrders::DataStamp&)
{
    return -1;
}
#endif
