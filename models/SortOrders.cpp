#include "SortOrders.h"

#include "ReadOnlyConnection.h"

#include <chrono>
#include <limits>
#include <system_error>
#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

[[maybe_unused]] const char* orderSql(ContactQuery::SortColumn column)
{
    switch (column) {
    case ContactQuery::SortColumn::Email:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY email COLLATE NOCASE, id";
    case ContactQuery::SortColumn::FirstName:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY first_name COLLATE NOCASE, id";
    case ContactQuery::SortColumn::LastName:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY last_name_key COLLATE NOCASE, "
               "id";
    case ContactQuery::SortColumn::Company:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY company COLLATE NOCASE, id";
    case ContactQuery::SortColumn::City:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY city COLLATE NOCASE, id";
    case ContactQuery::SortColumn::UpdatedAt:
        return "SELECT id FROM contacts WHERE deleted = 0 ORDER BY updated_at, id";
    }
    return nullptr;
}

} // namespace

bool SortOrders::available()
{
#if SENDTRIX_SQLITE_C_API
    return true;
#else
    return false;
#endif
}

SortOrders::~SortOrders()
{
    for (Slot& slot : m_slots) {
        if (slot.building.valid())
            slot.building.wait();
    }
}

std::shared_ptr<const SortOrders::Order> SortOrders::build(const QString& path,
                                                           ContactQuery::SortColumn column)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(path);
    Q_UNUSED(column);
    return nullptr;
#else
    ReadOnlyConnection connection = openReadOnlyConnection(path);
    if (!connection)
        return nullptr;
    sqlite3* db = connection.get();
    auto order = std::make_shared<Order>();
    sqlite3_stmt* stmt = nullptr;
    bool ok = sqlite3_prepare_v2(db, orderSql(column), -1, &stmt, nullptr) == SQLITE_OK;
    int rc = SQLITE_ROW;
    while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
        if (id < 0 || id > std::numeric_limits<quint32>::max()) {
            ok = false; // row ids this large never occur in practice: SQL serves them
            break;
        }
        order->push_back(quint32(id));
    }
    ok = ok && rc == SQLITE_DONE;
    sqlite3_finalize(stmt);
    if (!ok)
        return nullptr;
    order->shrink_to_fit();
    return order;
#endif
}

void SortOrders::collect(Slot& slot)
{
    if (slot.building.valid() &&
        slot.building.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        auto built = slot.building.get();
        if (built) {
            slot.order = std::move(built);
            slot.stamp = slot.buildingStamp;
        }
    }
}

std::shared_ptr<const SortOrders::Order> SortOrders::get(ContactQuery::SortColumn column,
                                                         const DataStamp& stamp)
{
    Slot& slot = m_slots.at(size_t(column));
    collect(slot);
    if (slot.order && slot.stamp == stamp)
        return slot.order;
    if (!slot.building.valid() && !(slot.failedStamp == stamp)) {
        slot.order.reset(); // stale: free it while the new one is built
        slot.buildingStamp = stamp;
        try {
            slot.building = std::async(std::launch::async, &SortOrders::build, m_path, column);
        } catch (const std::system_error&) {
            slot.failedStamp = stamp; // no thread to be had: SQL serves this search
        }
    }
    return nullptr;
}

std::shared_ptr<const SortOrders::Order> SortOrders::wait(ContactQuery::SortColumn column,
                                                          const DataStamp& stamp)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (auto order = get(column, stamp))
            return order;
        Slot& slot = m_slots.at(size_t(column));
        if (slot.building.valid())
            slot.building.wait();
    }
    return get(column, stamp);
}
