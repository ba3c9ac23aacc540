#pragma once

#include "SortOrders.h"

#include <QString>
#include <cstdint>
#include <vector>

struct sqlite3;

// The contacts matching one full-text search, as a bitset over row ids, shared with SQL
// through the function sendtrix_hit(id).
//
// Why: a short prefix ("ja") matches ~10% of a million contacts. Sorting those by name
// means either looking up ~100,000 rows, or walking the name index and testing each
// entry for membership. SQLite's own IN (subquery) builds a b-tree of the matches for
// that test, which costs more than the walk; a bitset filled straight from FTS5 costs a
// few milliseconds, and the walk stops after one page.
class SearchHits
{
public:
    // Installs sendtrix_hit(id) on the connection; it reads this object.
    bool install(sqlite3* db);

    // Fills the set for an FTS5 MATCH expression unless it already holds it for the same
    // state of the data. Returns the number of matches, or -1 when it cannot (no C API,
    // or the query failed): the caller then uses plain SQL.
    qint64 prepare(sqlite3* db, const QString& ftsExpression, const SortOrders::DataStamp& stamp);

    // Takes a set computed elsewhere (PrefixSets) for the expression at this state.
    qint64 adopt(const QString& ftsExpression, const SortOrders::DataStamp& stamp,
                 const std::vector<std::uint64_t>& bits, qint64 count);
    bool holds(const QString& ftsExpression, const SortOrders::DataStamp& stamp) const
    {
        return ftsExpression == m_expression && stamp == m_stamp;
    }

    bool contains(qint64 id) const
    {
        const auto word = std::uint64_t(id) >> 6;
        return id >= 0 && word < m_bits.size() && (m_bits[word] >> (std::uint64_t(id) & 63)) & 1;
    }
    qint64 count() const { return m_count; }

private:
    QString m_expression;
    SortOrders::DataStamp m_stamp;
    qint64 m_count = 0;
    std::vector<std::uint64_t> m_bits;
};
