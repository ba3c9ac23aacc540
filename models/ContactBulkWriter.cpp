#include "ContactBulkWriter.h"

#include "BulkStatement.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "DutchName.h"
#include "Store.h"
#include "SuppressionList.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

const QString kMemberEntity = QStringLiteral("list_member");
const QString kUpsert = QStringLiteral("upsert");

// The insert triggers whose work finish() does once for all new rows.
const char* const kSuspendedTriggers[] = {"contacts_count_insert", "contacts_fts_insert",
                                          "audience_contacts_insert"};

// Page cache while the import's transaction is open: the contacts table and its eight
// indexes grow at random places, and every page that does not fit is written to the WAL
// and read back. Within the 200 MB budget of an import (docs/performance.md).
constexpr int kImportCacheKiB = 128 * 1024;

// New contacts indexed for full-text search per statement at the end.
constexpr qint64 kFtsRowsPerStatement = 50000;

// Waiting import records are written once this many have gathered (memory stays small).
constexpr qint64 kMaxPendingItems = 8192;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error failure(const QSqlQuery& q, const QString& what)
{
    return Store::databaseError(q, what);
}

} // namespace

struct ContactBulkWriter::Statements
{
    explicit Statements(Store& store)
        // OR IGNORE: an address a live contact already has is not an error here but the
        // duplicate check itself (the unique index answers it while inserting), and the
        // caller looks the contact up. The values are validated before, so no other
        // constraint can fail.
        : insert(store, QStringLiteral("INSERT OR IGNORE INTO contacts(uuid, created_at, "
                                       "updated_at, email, first_name, last_name, company, "
                                       "phone, street, postal_code, city, country, website, "
                                       "notes, custom_fields, last_name_key) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        // The same columns and values as ChangeLog::append.
        , changeLog(store, QStringLiteral("INSERT INTO change_log(entity, uuid, op, changed_at) "
                                          "VALUES (?, ?, ?, ?)"))
        , member(store, QStringLiteral("INSERT INTO list_members(uuid, updated_at, list_id, "
                                       "contact_id) VALUES (?, ?, ?, ?)"))
        , importItem(store,
                     QStringLiteral("INSERT INTO import_items(batch_id, contact_id, line, action, "
                                    "listed, before) VALUES (?, ?, ?, ?, ?, ?)"))
        // The entries ContactRepository::create would have appended one by one, in the same
        // order (by id, which is the order they were added in).
        , changeLogRange(store, QStringLiteral("INSERT INTO change_log(entity, uuid, op, "
                                               "changed_at) SELECT 'contact', uuid, 'upsert', "
                                               "updated_at FROM contacts WHERE id BETWEEN ? AND ? "
                                               "ORDER BY id"))
        , importItems(store, QStringLiteral("INSERT INTO import_items(batch_id, contact_id, line, "
                                            "action, listed, before) SELECT ?1, "
                                            "json_extract(value, '$[0]'), "
                                            "json_extract(value, '$[1]'), 'added', 0, NULL "
                                            "FROM json_each(?2)"))
    {}
    BulkStatement insert;
    BulkStatement changeLog;
    BulkStatement member;
    BulkStatement importItem;
    BulkStatement changeLogRange;
    BulkStatement importItems;
};

ContactBulkWriter::ContactBulkWriter(Store& store)
    : m_store(store)
{}

ContactBulkWriter::~ContactBulkWriter()
{
    m_statements.reset();
    if (m_begun && !m_finished)
        (void)restoreCacheSize(); // the caller rolls back: the triggers come back with it
}

Result<void> ContactBulkWriter::begin()
{
    if (!m_store.inTransaction())
        return Error{Error::Code::Database,
                     QStringLiteral("ContactBulkWriter::begin() needs a transaction")};
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    for (const char* name : kSuspendedTriggers) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                 "tbl_name = 'contacts' AND name = ?"));
        q.addBindValue(QString::fromLatin1(name));
        if (!q.exec())
            return failure(q, QStringLiteral("import"));
        if (!q.next())
            return Error{Error::Code::Database,
                         QStringLiteral("The store has no trigger %1.").arg(QLatin1String(name))};
        m_triggerSql << q.value(0).toString();
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM contacts")) || !q.next())
        return failure(q, QStringLiteral("import"));
    m_firstNewId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return failure(q, QStringLiteral("import"));
    m_cacheSize = q.value(0).toInt();
    q.finish();

    for (const char* name : kSuspendedTriggers) {
        if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(name))))
            return failure(q, QStringLiteral("import"));
    }
    m_begun = true;
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB)))
        return failure(q, QStringLiteral("import"));

    m_suppressions = std::make_unique<SuppressionList>(m_store);
    m_suppressedHashes = m_suppressions->liveHashes();
    // Prepared after the triggers went, so they are compiled without them.
    m_statements = std::make_unique<Statements>(m_store);
    return {};
}

Result<QVector<ContactBulkWriter::Added>> ContactBulkWriter::add(QVector<Contact>& rows)
{
    QVector<Added> result(rows.size());
    // Bound as they lie: they must live until the statement has run.
    QVector<QString> custom(rows.size());
    QVector<QString> sortKeys(rows.size());
    // One statement per row: a multi-row INSERT measured a third slower, because SQLite
    // treats it as a multi-row write, which journals the statement and, with foreign keys
    // on, looks up each new row in the five tables that refer to contacts.
    BulkStatement& insert = m_statements->insert;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Contact& c = rows[i];
        c.trimFields();
        if (c.uuid.isEmpty())
            c.uuid = nextUuid();
        c.createdAt = c.updatedAt = Clock::nowMs();
        c.deleted = false;
        c.rev.reset();
        custom[i] = c.customFieldsJson();
        sortKeys[i] = DutchName::sortKey(c.lastName);
        insert.bind(0, c.uuid);
        insert.bind(1, c.createdAt);
        insert.bind(2, c.updatedAt);
        insert.bind(3, c.email);
        insert.bind(4, c.firstName);
        insert.bind(5, c.lastName);
        insert.bind(6, c.company);
        insert.bind(7, c.phone);
        insert.bind(8, c.street);
        insert.bind(9, c.postalCode);
        insert.bind(10, c.city);
        insert.bind(11, c.country);
        insert.bind(12, c.website);
        insert.bind(13, c.notes);
        insert.bind(14, custom.at(i));
        insert.bind(15, sortKeys.at(i));
        if (auto done = insert.exec(QStringLiteral("insert contact")); !done.ok())
            return done.error();
        // No change: a live contact has the address (the caller looks it up).
        if (insert.changes() > 0)
            c.id = result[i].id = insert.lastInsertId();
    }

    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Contact& c = rows.at(i);
        if (result.at(i).id == 0)
            continue;
        ++m_added;
        // Its change-log entry ("contact", uuid, "upsert", updated_at, as ChangeLog::append
        // writes it) is written by the next flush().
        if (m_unloggedFrom == 0)
            m_unloggedFrom = c.id;
        m_lastAddedId = c.id;
        // An address on the suppression list stays unsubscribed, whoever adds it again: the
        // hash is tested in memory, and the rare match goes through the repository as in
        // ContactRepository::create.
        if (!m_suppressedHashes.isEmpty() &&
            m_suppressedHashes.contains(m_suppressions->hashOfNormalized(c.email))) {
            if (auto flushed = flush(); !flushed.ok())
                return flushed.error();
            ConsentRepository consent(m_store);
            if (auto applied = consent.applySuppression(c, m_store.actor()); !applied.ok())
                return applied.error();
            const auto state = consent.current(c.id, ConsentEvent::Purpose::Newsletter);
            result[i].withdrawn = state && ConsentEvent::withdraws(state->state);
        }
    }
    return result;
}

Result<void> ContactBulkWriter::addToList(qint64 listId, qint64 contactId)
{
    if (auto flushed = flush(); !flushed.ok())
        return flushed;
    const QString uuid = newUuid();
    const qint64 now = Clock::nowMs();
    BulkStatement& member = m_statements->member;
    member.bind(0, uuid);
    member.bind(1, now);
    member.bind(2, listId);
    member.bind(3, contactId);
    if (auto done = member.exec(QStringLiteral("add member")); !done.ok())
        return done;
    BulkStatement& log = m_statements->changeLog;
    log.bind(0, kMemberEntity);
    log.bind(1, uuid);
    log.bind(2, kUpsert);
    log.bind(3, now);
    return log.exec(QStringLiteral("change_log"));
}

Result<void> ContactBulkWriter::addImportItem(const ImportItem& item)
{
    if (item.action == QLatin1String("added") && !item.listed && item.before.isNull() &&
        (m_batchId == 0 || m_batchId == item.batchId)) {
        m_batchId = item.batchId;
        m_pendingItems += m_pendingItems.isEmpty() ? QLatin1Char('[') : QLatin1Char(',');
        m_pendingItems += QLatin1Char('[') + QString::number(item.contactId) + QLatin1Char(',') +
                          QString::number(item.line) + QLatin1Char(']');
        if (++m_pendingCount >= kMaxPendingItems)
            return flush();
        return {};
    }
    if (auto flushed = flush(); !flushed.ok())
        return flushed;
    BulkStatement& q = m_statements->importItem;
    q.bind(0, item.batchId);
    q.bind(1, item.contactId);
    q.bind(2, item.line);
    q.bind(3, item.action);
    q.bind(4, qint64(item.listed ? 1 : 0));
    if (item.before.isNull())
        q.bindNull(5);
    else
        q.bind(5, item.before);
    return q.exec(QStringLiteral("import"));
}

Result<void> ContactBulkWriter::flush()
{
    if (m_unloggedFrom > 0) {
        BulkStatement& log = m_statements->changeLogRange;
        log.bind(0, m_unloggedFrom);
        log.bind(1, m_lastAddedId);
        if (auto done = log.exec(QStringLiteral("change_log")); !done.ok())
            return done;
        m_unloggedFrom = 0;
    }
    if (m_pendingCount > 0) {
        m_pendingItems += QLatin1Char(']');
        BulkStatement& items = m_statements->importItems;
        items.bind(0, m_batchId);
        items.bind(1, m_pendingItems);
        if (auto done = items.exec(QStringLiteral("import")); !done.ok())
            return done;
        m_pendingItems.clear();
        m_pendingCount = 0;
    }
    return {};
}

QString ContactBulkWriter::nextUuid()
{
    // Version 7 (RFC 9562): 48 bits of Unix time in ms, then a sequence number within the
    // millisecond, then 62 random bits. Unique like a random uuid, but each one sorts after
    // the one before, so a million new contacts append to the uuid index instead of
    // landing at random places in it (a random key costs a page read and write per row
    // once the index outgrows the cache).
    const qint64 now = Clock::nowMs();
    if (now > m_uuidMs) {
        m_uuidMs = now;
        m_uuidSeq = 0;
    } else if (++m_uuidSeq > 0xfff) {
        ++m_uuidMs; // more than 4,096 in a millisecond: borrow the next one
        m_uuidSeq = 0;
    }
    const quint64 high = (quint64(m_uuidMs) << 16) | 0x7000u | quint64(m_uuidSeq);
    const quint64 low =
        (QRandomGenerator::global()->generate64() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    static const char16_t digits[] = u"0123456789abcdef";
    char16_t text[36];
    int at = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text[at++] = u'-';
        const quint64 word = i < 16 ? high : low;
        text[at++] = digits[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
    return QString(reinterpret_cast<const QChar*>(text), 36);
}

Result<void> ContactBulkWriter::finish()
{
    if (!m_begun || m_finished)
        return {};
    if (auto flushed = flush(); !flushed.ok())
        return flushed;
    m_statements.reset();
    QSqlQuery q(m_store.database());
    // What the insert triggers would have done row by row: the full-text index gets the new
    // live contacts in one statement (FTS5 builds a few large segments instead of a
    // million tiny ones), the live counter one update.
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts")) || !q.next())
        return failure(q, QStringLiteral("import: search index"));
    const qint64 lastId = q.value(0).toLongLong();
    q.finish();
    // In steps: each statement keeps what it would need to undo itself in memory
    // (temp_store), which for a million rows at once would be ~100 MB.
    q.prepare(QStringLiteral(
        "INSERT INTO contacts_fts(rowid, first_name, last_name, email, company, city) "
        "SELECT id, first_name, last_name, email, company, city FROM contacts "
        "WHERE id BETWEEN ? AND ? AND deleted = 0"));
    for (qint64 from = m_firstNewId; from <= lastId; from += kFtsRowsPerStatement) {
        q.bindValue(0, from);
        q.bindValue(1, from + kFtsRowsPerStatement - 1);
        if (!q.exec())
            return failure(q, QStringLiteral("import: search index"));
    }
    q.prepare(QStringLiteral("UPDATE counters SET value = value + (SELECT count(*) FROM contacts "
                             "WHERE id >= ? AND deleted = 0) WHERE name = 'live_contacts'"));
    q.addBindValue(m_firstNewId);
    if (!q.exec())
        return failure(q, QStringLiteral("import: counter"));
    // What audience_contacts_insert would have done (AudienceSets: the audience changed).
    if (!q.exec(QStringLiteral(
            "UPDATE counters SET value = random() WHERE name = 'audience_generation'")))
        return failure(q, QStringLiteral("import: counter"));
    for (const QString& sql : std::as_const(m_triggerSql)) {
        if (!q.exec(sql))
            return failure(q, QStringLiteral("import: triggers"));
    }
    m_finished = true;
    return restoreCacheSize();
}

Result<void> ContactBulkWriter::restoreCacheSize()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize)))
        return failure(q, QStringLiteral("import"));
    return {};
}
