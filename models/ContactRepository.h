#pragma once

#include "Contact.h"
#include "ContactQuery.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <QVector>
#include <functional>
#include <memory>
#include <vector>

class Store;

// Reads and writes contacts. Every write validates, runs in one transaction and appends
// to the change log; the e-mail address is normalised and unique among live contacts.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Store& store)
        : m_store(store)
    {}

    Result<Contact> create(Contact contact);
    Result<Contact> update(Contact contact);
    // Tombstones the contacts (kept for sync and undo); returns how many were live.
    Result<int> remove(const QList<qint64>& ids);
    // Brings tombstoned contacts back (undo of remove); refused if an address is now taken.
    Result<int> restore(const QList<qint64>& ids);

    std::optional<Contact> findById(qint64 id);
    std::optional<Contact> findByEmail(const QString& email); // live contacts only
    // Names of the custom fields in use, sorted ignoring case: read from the newest
    // `recentRows` contacts only (a bounded read on a million contacts; imports give many
    // contacts the same fields, so the newest show them).
    QStringList customFieldNames(int recentRows = 20000);

    // The lazy table's data source.
    qint64 count(const ContactQuery& query);
    QVector<Contact> page(const ContactQuery& query, qint64 offset, int limit);
    // Keyset page: the rows after `last` in the query's order, no matter how deep.
    QVector<Contact> pageAfter(const ContactQuery& query, const Contact& last, int limit);
    // Row of the contact in the query's order, or -1 when it is not in the result.
    qint64 position(const ContactQuery& query, qint64 contactId);
    // Streams every matching contact in order (CLI output, export), with constant memory.
    bool forEach(const ContactQuery& query, const std::function<void(const Contact&)>& visit);

    // Searches with more matches than this walk the sort index with a bitset of the
    // matches; fewer are looked up by row id. Tests lower it to exercise both plans.
    static constexpr qint64 DefaultSearchLookupLimit = 3000;
    void setSearchLookupLimit(qint64 limit) { m_searchLookupLimit = limit; }
    // The same choice for the consent filter: up to this many contacts in the state are
    // looked up through the state index and sorted, more are found by walking the sort
    // index. By default it follows the store's size (see consentLookupLimit()); tests set it.
    void setConsentLookupLimit(qint64 limit) { m_consentLookupLimit = limit; }
    // Searches page through a sort order held in memory once it is built (SortOrders);
    // prepareSortOrder() starts building it in the background, waitForSortOrder() waits.
    void prepareSortOrder(ContactQuery::SortColumn column);
    bool waitForSortOrder(ContactQuery::SortColumn column);
    // Off: SQL and FTS5 answer every search (what happens while the memory is rebuilt).
    void setUseSortOrders(bool use);

private:
    // FROM + WHERE for a query, with the values to bind in order, and the row count when
    // it is known without counting (no filter, or a search without a list).
    struct SqlFilter
    {
        QString from;
        QString where;
        QVariantList binds;
        qint64 knownCount = -1;
    };
    SqlFilter filter(const ContactQuery& query);
    // The in-memory path for a search, when its order is ready; null otherwise.
    std::shared_ptr<const std::vector<quint32>> memoryOrder(const ContactQuery& query);
    // Walks the order, keeping matches: skips `skip` of them (or all up to and including
    // `afterId`), then collects up to `limit` ids. Returns the matches passed before
    // `stopAtId` when that is given.
    struct Scan
    {
        QList<qint64> ids;
        qint64 position = -1;
    };
    Scan scan(const std::vector<quint32>& order, Qt::SortOrder direction, qint64 skip,
              qint64 afterId, int limit, qint64 stopAtId = 0) const;
    QVector<Contact> fetch(const QList<qint64>& ids);
    qint64 liveCount();
    // Adds the consent filter's condition; returns its count when known without counting.
    qint64 addConsentFilter(const ContactQuery& query, SqlFilter& f);
    Result<void> checkUnique(const QString& email, qint64 exceptId);

    Store& m_store;
    qint64 m_searchLookupLimit = DefaultSearchLookupLimit;
    qint64 m_consentLookupLimit = -1; // -1: follow the store's size
    qint64 consentLookupLimit();
    bool m_useSortOrders = true;
};
