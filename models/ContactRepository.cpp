#include "ContactRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "DataSubjectRights.h"
#include "DutchName.h"
#include "EmailAddress.h"
#include "Store.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

namespace {

const QString kEntity = QStringLiteral("contact");

const char* const kColumns =
    "c.id, c.uuid, c.rev, c.created_at, c.updated_at, c.deleted, c.email, c.first_name, "
    "c.last_name, c.company, c.phone, c.street, c.postal_code, c.city, c.country, c.website, "
    "c.notes, c.custom_fields";

Contact readContact(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        c.rev = q.value(2).toLongLong();
    c.createdAt = q.value(3).toLongLong();
    c.updatedAt = q.value(4).toLongLong();
    c.deleted = q.value(5).toInt() != 0;
    c.email = q.value(6).toString();
    c.firstName = q.value(7).toString();
    c.lastName = q.value(8).toString();
    c.company = q.value(9).toString();
    c.phone = q.value(10).toString();
    c.street = q.value(11).toString();
    c.postalCode = q.value(12).toString();
    c.city = q.value(13).toString();
    c.country = q.value(14).toString();
    c.website = q.value(15).toString();
    c.notes = q.value(16).toString();
    const QJsonObject custom = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        c.customFields.insert(it.key(), it.value().toString());
    return c;
}

// Column expressions come from this fixed table, never from input.
QString sortExpression(ContactQuery::SortColumn column)
{
    switch (column) {
    case ContactQuery::SortColumn::Email:
        return QStringLiteral("c.email COLLATE NOCASE");
    case ContactQuery::SortColumn::FirstName:
        return QStringLiteral("c.first_name COLLATE NOCASE");
    case ContactQuery::SortColumn::LastName:
        return QStringLiteral("c.last_name_key COLLATE NOCASE");
    case ContactQuery::SortColumn::Company:
        return QStringLiteral("c.company COLLATE NOCASE");
    case ContactQuery::SortColumn::City:
        return QStringLiteral("c.city COLLATE NOCASE");
    case ContactQuery::SortColumn::UpdatedAt:
        return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.last_name_key COLLATE NOCASE");
}

QVariant sortValue(ContactQuery::SortColumn column, const Contact& c)
{
    switch (column) {
    case ContactQuery::SortColumn::Email:
        return c.email;
    case ContactQuery::SortColumn::FirstName:
        return c.firstName;
    case ContactQuery::SortColumn::LastName:
        return DutchName::sortKey(c.lastName);
    case ContactQuery::SortColumn::Company:
        return c.company;
    case ContactQuery::SortColumn::City:
        return c.city;
    case ContactQuery::SortColumn::UpdatedAt:
        return c.updatedAt;
    }
    return {};
}

// The keyset condition "after this row" (or before, with `op` "<"): the collation goes on
// the bound value, which lets SQLite seek in the sort index instead of scanning it.
QString keysetCondition(ContactQuery::SortColumn column, const QString& op)
{
    const QString bare = sortExpression(column).section(QLatin1Char(' '), 0, 0);
    const bool text = column != ContactQuery::SortColumn::UpdatedAt;
    return QStringLiteral(" AND (%1, c.id) %2 (?%3, ?)")
        .arg(bare, op, text ? QStringLiteral(" COLLATE NOCASE") : QString());
}

QString orderBy(const ContactQuery& query)
{
    const QString dir =
        query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(sortExpression(query.sort), dir);
}

} // namespace

QString ContactQuery::ftsExpression(const QString& search)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : search.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

ContactRepository::SqlFilter ContactRepository::filter(const ContactQuery& query)
{
    SqlFilter f;
    f.from = QStringLiteral(" FROM contacts c");
    f.where = QStringLiteral(" WHERE c.deleted = 0");
    if (query.listId > 0) {
        f.from += QStringLiteral(" JOIN list_members m ON m.contact_id = c.id AND m.list_id = ? "
                                 "AND m.deleted = 0");
        f.binds << query.listId;
    }
    const qint64 consentCount = addConsentFilter(query, f);
    const bool onlySearch = query.listId == 0 && query.consent == ContactQuery::Consent::Any;
    const QString fts = ContactQuery::ftsExpression(query.search);
    if (fts.isEmpty()) {
        if (query.listId == 0)
            f.knownCount = query.consent == ContactQuery::Consent::Any ? liveCount() : consentCount;
        return f;
    }
    const qint64 hits = m_store.prepareSearchHits(fts);
    if (hits == 0) {
        f.where += QStringLiteral(" AND 0");
        f.knownCount = 0;
    } else if (hits > 0 && hits > m_searchLookupLimit) {
        // Many matches: walk the sort index and test each entry against the bitset, so
        // the first page is found after a few thousand index entries.
        f.where += QStringLiteral(" AND sendtrix_hit(c.id)");
        if (onlySearch)
            f.knownCount = hits;
    } else {
        // Few matches: look them up by row id and sort them.
        f.where += QStringLiteral(
            " AND c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
        f.binds << fts;
        if (onlySearch && hits >= 0)
            f.knownCount = hits;
    }
    return f;
}

qint64 ContactRepository::addConsentFilter(const ContactQuery& query, SqlFilter& f)
{
    using C = ContactQuery::Consent;
    using S = ConsentEvent::State;
    if (query.consent == C::Any)
        return -1;
    ConsentRepository consent(m_store);
    const auto newsletter = ConsentEvent::Purpose::Newsletter;
    if (query.consent == C::NoneRecorded) {
        qint64 withState = 0;
        for (S s : {S::Subscribed, S::Pending, S::Unsubscribed, S::Bounced, S::Complained})
            withState += consent.countInState(newsletter, s);
        f.where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM consent_state s WHERE "
                                  "s.contact_id = c.id AND s.purpose = 'newsletter')");
        return liveCount() - withState;
    }
    if (query.consent == C::NeedsRepermission) {
        const qint64 n = consent.countSubscribedBefore(query.repermissionBeforeMs);
        if (n <= consentLookupLimit())
            f.where += QStringLiteral(
                " AND c.id IN (SELECT contact_id FROM consent_state WHERE purpose = 'newsletter' "
                "AND state = 'subscribed' AND live = 1 AND occurred_at < ?)");
        else
            f.where += QStringLiteral(
                " AND EXISTS (SELECT 1 FROM consent_state s WHERE s.contact_id = c.id AND "
                "s.purpose = 'newsletter' AND s.state = 'subscribed' AND s.occurred_at < ?)");
        f.binds << query.repermissionBeforeMs;
        return n;
    }
    const S state = query.consent == C::Subscribed     ? S::Subscribed
                    : query.consent == C::Pending      ? S::Pending
                    : query.consent == C::Unsubscribed ? S::Unsubscribed
                    : query.consent == C::Bounced      ? S::Bounced
                                                       : S::Complained;
    const qint64 n = consent.countInState(newsletter, state);
    // Few contacts in the state: look them up through the state index and sort them. Many:
    // walk the sort index and test each row, which finds a page within a few hundred rows.
    if (n <= consentLookupLimit())
        f.where += QStringLiteral(" AND c.id IN (SELECT contact_id FROM consent_state WHERE "
                                  "purpose = 'newsletter' AND state = ?)");
    else
        f.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM consent_state s WHERE "
                                  "s.contact_id = c.id AND s.purpose = 'newsletter' AND "
                                  "s.state = ?)");
    f.binds << ConsentEvent::stateName(state);
    return n;
}

qint64 ContactRepository::consentLookupLimit()
{
    if (m_consentLookupLimit >= 0)
        return m_consentLookupLimit;
    // Looking up n matches costs about n row reads plus a sort; walking the sort index costs
    // about 100 / density probes for a page of 100. They break even near sqrt(30 × total)
    // (measured: ~3 µs per looked-up row, ~1 µs per probe; see docs/performance.md).
    const double total = double(liveCount());
    return std::max<qint64>(2000, qint64(std::sqrt(30.0 * total)));
}

qint64 ContactRepository::liveCount()
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT value FROM counters WHERE name = 'live_contacts'"));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<void> ContactRepository::checkUnique(const QString& email, qint64 exceptId)
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT id FROM contacts WHERE email = ? COLLATE NOCASE AND deleted = 0 AND id <> ?"));
    q.bindValue(0, email);
    q.bindValue(1, exceptId);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("unique e-mail"));
    const qint64 existingId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (existingId == 0)
        return {};
    const auto existing = findById(existingId);
    const QString who = existing ? existing->displayName() : email;
    return Error{Error::Code::Duplicate,
                 tr("%1 is already in your contacts as “%2”. Open that contact to change it.")
                     .arg(email, who),
                 QStringLiteral("email")};
}

Result<Contact> ContactRepository::create(Contact c)
{
    const auto email = EmailAddress::check(c.email);
    if (!email.valid)
        return Error{Error::Code::Invalid, email.problem, QStringLiteral("email")};
    c.email = email.normalized;
    c.trimFields();
    if (c.uuid.isEmpty())
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.createdAt = c.updatedAt = Clock::nowMs();
    c.deleted = false;
    c.rev.reset();

    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    if (auto unique = checkUnique(c.email, 0); !unique.ok())
        return unique.error();

    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO contacts(uuid, created_at, updated_at, email, first_name, last_name, company, "
        "phone, street, postal_code, city, country, website, notes, custom_fields, last_name_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{c.uuid,
                              c.createdAt,
                              c.updatedAt,
                              c.email,
                              c.firstName,
                              c.lastName,
                              c.company,
                              c.phone,
                              c.street,
                              c.postalCode,
                              c.city,
                              c.country,
                              c.website,
                              c.notes,
                              c.customFieldsJson(),
                              DutchName::sortKey(c.lastName)};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert contact"));
    c.id = q.lastInsertId().toLongLong();
    q.finish();

    if (auto logged =
            ChangeLog::append(m_store, kEntity, c.uuid, ChangeLog::Op::Upsert, c.updatedAt);
        !logged.ok())
        return logged.error();
    // An address on the suppression list stays unsubscribed, whoever adds it again.
    if (auto suppressed = ConsentRepository(m_store).applySuppression(c, m_store.actor());
        !suppressed.ok())
        return suppressed.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return c;
}

Result<Contact> ContactRepository::update(Contact c)
{
    const auto email = EmailAddress::check(c.email);
    if (!email.valid)
        return Error{Error::Code::Invalid, email.problem, QStringLiteral("email")};
    c.email = email.normalized;
    c.trimFields();

    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto stored = findById(c.id);
    if (!stored || stored->deleted)
        return Error{Error::Code::NotFound,
                     tr("This contact no longer exists (it may have been deleted), so the "
                        "change was not saved.")};
    if (auto unique = checkUnique(c.email, c.id); !unique.ok())
        return unique.error();

    c.uuid = stored->uuid;
    c.rev = stored->rev;
    c.createdAt = stored->createdAt;
    c.updatedAt = std::max(Clock::nowMs(), stored->updatedAt);
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "UPDATE contacts SET updated_at = ?, email = ?, first_name = ?, last_name = ?, "
        "company = ?, phone = ?, street = ?, postal_code = ?, city = ?, country = ?, website = ?, "
        "notes = ?, custom_fields = ?, last_name_key = ? WHERE id = ? AND deleted = 0"));
    Store::bindAll(q, {c.updatedAt, c.email, c.firstName, c.lastName, c.company, c.phone, c.street,
                       c.postalCode, c.city, c.country, c.website, c.notes, c.customFieldsJson(),
                       DutchName::sortKey(c.lastName), c.id});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("update contact"));
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kEntity, c.uuid, ChangeLog::Op::Upsert, c.updatedAt);
        !logged.ok())
        return logged.error();
    if (c.email.compare(stored->email, Qt::CaseInsensitive) != 0) {
        if (auto suppressed = ConsentRepository(m_store).applySuppression(c, m_store.actor());
            !suppressed.ok())
            return suppressed.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return c;
}

Result<int> ContactRepository::remove(const QList<qint64>& ids)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    // Set-based, whatever the number: the ids go into a temporary table and three
    // statements do the rest. One UPDATE per contact made every row its own statement,
    // and FTS5 writes its pending index changes at the end of each: undoing an import of
    // 50,000 contacts took minutes.
    QSqlQuery ddl(m_store.database());
    if (!ddl.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS chosen_contacts (pos INTEGER "
                                 "PRIMARY KEY, id INTEGER NOT NULL UNIQUE)")))
        return Store::databaseError(ddl, QStringLiteral("delete contacts"));
    const auto run = [this](const QString& sql, const QVariantList& values) -> Result<int> {
        QSqlQuery& q = m_store.statement(sql);
        Store::bindAll(q, values);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("delete contacts"));
        const int changed = q.numRowsAffected();
        q.finish();
        return changed;
    };
    if (auto cleared = run(QStringLiteral("DELETE FROM temp.chosen_contacts"), {}); !cleared.ok())
        return cleared.error();
    for (qint64 id : ids) {
        // A repeated id is listed once (in its first place).
        auto added =
            run(QStringLiteral("INSERT OR IGNORE INTO temp.chosen_contacts(id) VALUES (?)"), {id});
        if (!added.ok())
            return added.error();
    }
    // The change log in the order given, then the rows; both only for live contacts.
    auto logged = run(QStringLiteral("INSERT INTO change_log(entity, uuid, op, changed_at) "
                                     "SELECT ?, c.uuid, 'delete', ? FROM temp.chosen_contacts t "
                                     "JOIN contacts c ON c.id = t.id WHERE c.deleted = 0 "
                                     "ORDER BY t.pos"),
                      {kEntity, now});
    if (!logged.ok())
        return logged.error();
    auto removed = run(QStringLiteral("UPDATE contacts SET deleted = 1, updated_at = ? WHERE "
                                      "deleted = 0 AND id IN (SELECT id FROM "
                                      "temp.chosen_contacts)"),
                       {now});
    if (!removed.ok())
        return removed.error();
    if (auto cleared = run(QStringLiteral("DELETE FROM temp.chosen_contacts"), {}); !cleared.ok())
        return cleared.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return removed.value();
}

Result<int> ContactRepository::restore(const QList<qint64>& ids)
{
    const qint64 now = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    int restored = 0;
    for (qint64 id : ids) {
        const auto c = findById(id);
        if (!c || !c->deleted || c->email.endsWith(QLatin1String(DataSubjectRights::ErasedDomain)))
            continue; // an erased person never comes back
        if (auto unique = checkUnique(c->email, c->id); !unique.ok())
            return Error{
                Error::Code::Duplicate,
                tr("%1 cannot be brought back: %2").arg(c->displayName(), unique.errorMessage())};
        QSqlQuery& q = m_store.statement(
            QStringLiteral("UPDATE contacts SET deleted = 0, updated_at = ? WHERE id = ? AND "
                           "erased = 0"));
        const qint64 at = std::max(now, c->updatedAt);
        q.bindValue(0, at);
        q.bindValue(1, id);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("restore contact"));
        q.finish();
        if (auto logged = ChangeLog::append(m_store, kEntity, c->uuid, ChangeLog::Op::Upsert, at);
            !logged.ok())
            return logged.error();
        // The address may have been suppressed while the contact was deleted.
        if (auto suppressed = ConsentRepository(m_store).applySuppression(*c, m_store.actor());
            !suppressed.ok())
            return suppressed.error();
        ++restored;
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return restored;
}

std::optional<Contact> ContactRepository::findById(qint64 id)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT %1 FROM contacts c WHERE c.id = ?").arg(QLatin1String(kColumns)));
    q.bindValue(0, id);
    std::optional<Contact> result;
    if (q.exec() && q.next())
        result = readContact(q);
    q.finish();
    return result;
}

std::optional<Contact> ContactRepository::findByEmail(const QString& email)
{
    const QString normalized = EmailAddress::normalized(email);
    if (normalized.isEmpty())
        return std::nullopt;
    QSqlQuery& q = m_store.statement(
        QStringLiteral(
            "SELECT %1 FROM contacts c WHERE c.email = ? COLLATE NOCASE AND c.deleted = 0")
            .arg(QLatin1String(kColumns)));
    q.bindValue(0, normalized);
    std::optional<Contact> result;
    if (q.exec() && q.next())
        result = readContact(q);
    q.finish();
    return result;
}

qint64 ContactRepository::count(const ContactQuery& query)
{
    const SqlFilter f = filter(query);
    if (f.knownCount >= 0)
        return f.knownCount;
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT count(*)") + f.from + f.where);
    Store::bindAll(q, f.binds);
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

void ContactRepository::setUseSortOrders(bool use)
{
    m_useSortOrders = use;
    m_store.setUsePrefixSets(use);
}

void ContactRepository::prepareSortOrder(ContactQuery::SortColumn column)
{
    if (!m_useSortOrders)
        return;
    const SortOrders::DataStamp stamp = m_store.dataStamp();
    m_store.sortOrders().get(column, stamp);
    m_store.prefixSets().get(QString(), stamp);
}

bool ContactRepository::waitForSortOrder(ContactQuery::SortColumn column)
{
    const SortOrders::DataStamp stamp = m_store.dataStamp();
    const bool order = m_store.sortOrders().wait(column, stamp) != nullptr;
    return m_store.prefixSets().wait(stamp) && order;
}

std::shared_ptr<const std::vector<quint32>>
ContactRepository::memoryOrder(const ContactQuery& query)
{
    // In a transaction the background orders cannot see what it wrote: SQL serves it.
    if (!m_useSortOrders || query.listId != 0 || query.consent != ContactQuery::Consent::Any ||
        m_store.inTransaction())
        return nullptr;
    const QString fts = ContactQuery::ftsExpression(query.search);
    if (fts.isEmpty())
        return nullptr;
    const SortOrders::DataStamp stamp = m_store.dataStamp(); // one look at the data per page
    if (m_store.prepareSearchHits(fts, stamp) <= 0)
        return nullptr;
    return m_store.sortOrders().get(query.sort, stamp);
}

ContactRepository::Scan ContactRepository::scan(const std::vector<quint32>& order,
                                                Qt::SortOrder direction, qint64 skip,
                                                qint64 afterId, int limit, qint64 stopAtId) const
{
    const SearchHits& hits = m_store.searchHits();
    Scan result;
    bool collecting = afterId == 0;
    qint64 passed = 0;
    const qint64 n = qint64(order.size());
    for (qint64 i = 0; i < n; ++i) {
        const qint64 id = order[size_t(direction == Qt::AscendingOrder ? i : n - 1 - i)];
        if (!hits.contains(id))
            continue;
        if (stopAtId != 0) {
            if (id == stopAtId) {
                result.position = passed;
                return result;
            }
            ++passed;
            continue;
        }
        if (!collecting) {
            collecting = id == afterId;
            continue;
        }
        if (passed++ < skip)
            continue;
        result.ids << id;
        if (result.ids.size() >= limit)
            break;
    }
    return result;
}

QVector<Contact> ContactRepository::fetch(const QList<qint64>& ids)
{
    // One statement for the whole page: the ids go in as a JSON array.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT %1 FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?))")
            .arg(QLatin1String(kColumns)));
    q.bindValue(0, QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']'));
    QHash<qint64, Contact> byId;
    if (q.exec()) {
        while (q.next()) {
            Contact c = readContact(q);
            byId.insert(c.id, std::move(c));
        }
    }
    q.finish();
    QVector<Contact> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.push_back(std::move(*it));
    }
    return rows;
}

QVector<Contact> ContactRepository::page(const ContactQuery& query, qint64 offset, int limit)
{
    if (const auto order = memoryOrder(query))
        return fetch(scan(*order, query.order, offset, 0, limit).ids);
    const SqlFilter f = filter(query);
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT %1").arg(QLatin1String(kColumns)) + f.from +
                          f.where + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList binds = f.binds;
    binds << limit << offset;
    Store::bindAll(q, binds);
    QVector<Contact> rows;
    rows.reserve(limit);
    if (q.exec()) {
        while (q.next())
            rows.push_back(readContact(q));
    }
    q.finish();
    return rows;
}

QVector<Contact> ContactRepository::pageAfter(const ContactQuery& query, const Contact& last,
                                              int limit)
{
    if (const auto order = memoryOrder(query))
        return fetch(scan(*order, query.order, 0, last.id, limit).ids);
    const SqlFilter f = filter(query);
    const QString op =
        query.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT %1").arg(QLatin1String(kColumns)) +
                                     f.from + f.where + keysetCondition(query.sort, op) +
                                     orderBy(query) + QStringLiteral(" LIMIT ?"));
    QVariantList binds = f.binds;
    binds << sortValue(query.sort, last) << last.id << limit;
    Store::bindAll(q, binds);
    QVector<Contact> rows;
    rows.reserve(limit);
    if (q.exec()) {
        while (q.next())
            rows.push_back(readContact(q));
    }
    q.finish();
    return rows;
}

qint64 ContactRepository::position(const ContactQuery& query, qint64 contactId)
{
    const auto contact = findById(contactId);
    if (!contact || contact->deleted)
        return -1;
    if (const auto order = memoryOrder(query))
        return scan(*order, query.order, 0, 0, 0, contactId).position;
    const SqlFilter f = filter(query);
    // Is it in the result at all?
    {
        QSqlQuery& q = m_store.statement(QStringLiteral("SELECT 1") + f.from + f.where +
                                         QStringLiteral(" AND c.id = ?"));
        QVariantList binds = f.binds;
        binds << contactId;
        Store::bindAll(q, binds);
        const bool found = q.exec() && q.next();
        q.finish();
        if (!found)
            return -1;
    }
    const QString op =
        query.order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT count(*)") + f.from + f.where +
                                     keysetCondition(query.sort, op));
    QVariantList binds = f.binds;
    binds << sortValue(query.sort, *contact) << contactId;
    Store::bindAll(q, binds);
    qint64 n = -1;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

bool ContactRepository::forEach(const ContactQuery& query,
                                const std::function<void(const Contact&)>& visit)
{
    const SqlFilter f = filter(query);
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT %1").arg(QLatin1String(kColumns)) +
                                     f.from + f.where + orderBy(query));
    Store::bindAll(q, f.binds);
    if (!q.exec())
        return false;
    while (q.next())
        visit(readContact(q));
    q.finish();
    return true;
}

QStringList ContactRepository::customFieldNames(int recentRows)
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT DISTINCT j.key FROM contacts c, json_each(c.custom_fields) j "
        "WHERE c.id > (SELECT coalesce(max(id), 0) FROM contacts) - ? AND c.deleted = 0 "
        "AND c.custom_fields <> '{}' ORDER BY j.key COLLATE NOCASE"));
    q.addBindValue(recentRows);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    q.finish();
    return names;
}
