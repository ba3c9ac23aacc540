#include "DataSubjectRights.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "EmailAddress.h"
#include "Store.h"
#include "SuppressionList.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QStringList names(Store& store, const QString& sql, qint64 contactId)
{
    QSqlQuery& q = store.statement(sql);
    q.bindValue(0, contactId);
    QStringList result;
    if (q.exec()) {
        while (q.next())
            result << q.value(0).toString();
    }
    q.finish();
    return result;
}

} // namespace

Result<QJsonObject> DataSubjectRights::exportContact(qint64 contactId)
{
    ContactRepository contacts(m_store);
    const auto contact = contacts.findById(contactId);
    if (!contact)
        return Error{Error::Code::NotFound, tr("This contact no longer exists.")};
    ConsentRepository consent(m_store);

    QJsonArray events;
    QJsonArray evidence;
    QStringList evidenceSeen;
    for (const ConsentEvent& e : consent.history(contactId)) {
        events.append(e.toJson());
        if (!e.evidenceSha256.isEmpty() && !evidenceSeen.contains(e.evidenceSha256)) {
            evidenceSeen << e.evidenceSha256;
            if (const auto data = consent.evidence(e.evidenceSha256))
                evidence.append(QJsonObject{
                    {QStringLiteral("sha256"), e.evidenceSha256},
                    {QStringLiteral("name"), e.evidenceName},
                    {QStringLiteral("data_base64"), QString::fromLatin1(data->toBase64())}});
        }
    }
    const QJsonObject current = consent.currentAsJson(contactId);
    QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("sendtrix-personal-data")},
        {QStringLiteral("format_version"), ExportFormatVersion},
        {QStringLiteral("exported_at"), Clock::nowMs()},
        {QStringLiteral("contact"), contact->toJson()},
        {QStringLiteral("lists"),
         QJsonArray::fromStringList(names(
             m_store,
             QStringLiteral("SELECT l.name FROM list_members m JOIN lists l ON l.id = m.list_id "
                            "WHERE m.contact_id = ? AND m.deleted = 0 AND l.deleted = 0 "
                            "ORDER BY l.name"),
             contactId))},
        {QStringLiteral("tags"),
         QJsonArray::fromStringList(names(
             m_store,
             QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                            "WHERE ct.contact_id = ? AND ct.deleted = 0 AND t.deleted = 0 "
                            "ORDER BY t.name"),
             contactId))},
        {QStringLiteral("consent"),
         QJsonObject{{QStringLiteral("current"), current}, {QStringLiteral("history"), events}}},
        {QStringLiteral("evidence_files"), evidence},
        // No mailings exist yet in this version; the key is there so readers can rely on it.
        {QStringLiteral("mailings_received"), QJsonArray()},
    };
    if (const auto entry = SuppressionList(m_store).find(contact->email))
        doc.insert(
            QStringLiteral("suppression"),
            QJsonObject{{QStringLiteral("reason"), SuppressionList::reasonName(entry->reason)},
                        {QStringLiteral("since"), entry->since}});
    return doc;
}

Result<void> DataSubjectRights::erase(qint64 contactId, const QString& actor, Purge purge)
{
    {
        Transaction tx(m_store);
        if (!tx.isActive())
            return tx.error();
        if (auto erased = eraseRows(contactId, actor); !erased.ok())
            return erased;
        if (auto committed = tx.commit(); !committed.ok())
            return committed;
    }
    return purge == Purge::Now ? purgeSearchIndex() : Result<void>();
}

Result<int> DataSubjectRights::eraseAddress(const QString& email, const QString& actor, Purge purge)
{
    // Live and deleted rows, each through its own partial index.
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT id FROM contacts WHERE email = ? COLLATE NOCASE AND deleted = 0 UNION ALL "
        "SELECT id FROM contacts WHERE email = ? COLLATE NOCASE AND deleted = 1 AND erased = 0 "
        "ORDER BY id"));
    q.bindValue(0, EmailAddress::normalized(email));
    q.bindValue(1, EmailAddress::normalized(email));
    QList<qint64> ids;
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("erase"));
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    if (ids.isEmpty())
        return 0;
    {
        // Every row of the person or none: a half-erased person is the worst outcome.
        Transaction tx(m_store);
        if (!tx.isActive())
            return tx.error();
        for (qint64 id : ids) {
            if (auto erased = eraseRows(id, actor); !erased.ok())
                return erased.error();
        }
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
    }
    if (purge == Purge::Now) {
        if (auto purged = purgeSearchIndex(); !purged.ok())
            return purged.error();
    }
    return int(ids.size());
}

Result<void> DataSubjectRights::eraseRows(qint64 contactId, const QString& actor)
{
    ContactRepository contacts(m_store);
    const auto contact = contacts.findById(contactId);
    if (!contact || contact->email.endsWith(QLatin1String(ErasedDomain)))
        return Error{Error::Code::NotFound, tr("This contact no longer exists.")};
    const qint64 now = Clock::nowMs();

    const QStringList evidence =
        names(m_store,
              QStringLiteral("SELECT DISTINCT evidence_sha256 FROM consent_events "
                             "WHERE contact_id = ? AND evidence_sha256 <> ''"),
              contactId);
    // What sync must remove on the server and the other devices too.
    const QList<QPair<QString, QString>> logged = {
        {QStringLiteral("consent_event"),
         QStringLiteral("SELECT uuid FROM consent_events WHERE contact_id = ?")},
        {QStringLiteral("list_member"),
         QStringLiteral("SELECT uuid FROM list_members WHERE contact_id = ?")},
        {QStringLiteral("contact_tag"),
         QStringLiteral("SELECT uuid FROM contact_tags WHERE contact_id = ?")},
    };
    for (const auto& [entity, sql] : logged) {
        for (const QString& uuid : names(m_store, sql, contactId)) {
            if (auto appended = ChangeLog::append(m_store, entity, uuid, ChangeLog::Op::Erase, now);
                !appended.ok())
                return appended;
        }
    }

    // The row itself stays as an anonymous tombstone (erased = 1): its id is never handed
    // out again, so nothing that still holds the id (an undo step) can reach someone else.
    const QStringList steps = {
        QStringLiteral("UPDATE ledger_gate SET open = 1"),
        QStringLiteral("DELETE FROM consent_events WHERE contact_id = ?"),
        // A sealed mailing keeps its recipient row (its counts stay true), but nothing that
        // names the person; "erased" tells the sender to skip it if it has not gone yet.
        // (Names and custom fields are the contact's, emptied below.)
        QStringLiteral("UPDATE mailing_recipients SET email = coalesce((SELECT c.uuid FROM "
                       "contacts c WHERE c.id = mailing_recipients.contact_id), '') || '%1', "
                       "consent_state = 'erased', consent_event_id = NULL WHERE contact_id = ?")
            .arg(QLatin1String(ErasedDomain)),
        QStringLiteral("UPDATE ledger_gate SET open = 0"),
        QStringLiteral("DELETE FROM consent_state WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM consent_chain WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM list_members WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"),
        // An import's undo record holds the contact as it was.
        QStringLiteral("DELETE FROM import_items WHERE contact_id = ?"),
        QStringLiteral("UPDATE contacts SET erased = 1, deleted = 1, updated_at = ?, "
                       "email = uuid || '%1', first_name = '', last_name = '', "
                       "last_name_key = '', company = '', phone = '', street = '', "
                       "postal_code = '', city = '', country = '', website = '', notes = '', "
                       "custom_fields = '{}' WHERE id = ?")
            .arg(QLatin1String(ErasedDomain)),
    };
    for (const QString& sql : steps) {
        QSqlQuery& q = m_store.statement(sql);
        if (sql.startsWith(QLatin1String("UPDATE contacts"))) {
            q.bindValue(0, now);
            q.bindValue(1, contactId);
        } else if (sql.contains(QLatin1Char('?'))) {
            q.bindValue(0, contactId);
        }
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("erase"));
        q.finish();
    }
    // Evidence files no other event refers to.
    for (const QString& sha : evidence) {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "DELETE FROM consent_evidence WHERE sha256 = ? AND NOT EXISTS "
            "(SELECT 1 FROM consent_events WHERE evidence_sha256 = ?) RETURNING uuid"));
        q.bindValue(0, sha);
        q.bindValue(1, sha);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("erase evidence"));
        const QString uuid = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (!uuid.isEmpty()) {
            if (auto appended = ChangeLog::append(m_store, QStringLiteral("consent_evidence"), uuid,
                                                  ChangeLog::Op::Erase, now);
                !appended.ok())
                return appended;
        }
    }
    if (auto appended = ChangeLog::append(m_store, QStringLiteral("contact"), contact->uuid,
                                          ChangeLog::Op::Erase, now);
        !appended.ok())
        return appended;
    if (auto suppressed = SuppressionList(m_store).addErased(contact->email, now); !suppressed.ok())
        return suppressed;
    // Until the search index is merged, its old segments still hold the person's words.
    QSqlQuery& pending = m_store.statement(
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('search_purge_pending', '1') "
                       "ON CONFLICT(key) DO UPDATE SET value = '1'"));
    if (!pending.exec())
        return Store::databaseError(pending, QStringLiteral("erase"));
    pending.finish();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery& audit = m_store.statement(QStringLiteral(
        "INSERT INTO erasures(uuid, updated_at, erased_at, actor) VALUES (?, ?, ?, ?)"));
    audit.bindValue(0, uuid);
    audit.bindValue(1, now);
    audit.bindValue(2, now);
    audit.bindValue(3, actor);
    if (!audit.exec())
        return Store::databaseError(audit, QStringLiteral("erasure record"));
    audit.finish();
    return ChangeLog::append(m_store, QStringLiteral("erasure"), uuid, ChangeLog::Op::Upsert, now);
}

namespace {

const char* const kOptimize = "INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')";
const char* const kClearPending = "DELETE FROM meta WHERE key = 'search_purge_pending'";

} // namespace

Result<void> DataSubjectRights::purgeSearchIndex()
{
    // The search index keeps deleted terms in old segments until they merge: merge now, so
    // no index holds the name or address any more (the store runs with secure_delete, so
    // freed pages are zeroed). Then the WAL's old page images go too.
    if (auto merged = m_store.exec(QString::fromLatin1(kOptimize)); !merged.ok())
        return merged;
    if (auto cleared = m_store.exec(QString::fromLatin1(kClearPending)); !cleared.ok())
        return cleared;
    // Best effort: a reader elsewhere can hold old frames a while longer.
    (void)m_store.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Result<void> DataSubjectRights::purgeSearchIndex(const QString& storePath)
{
    const QString name =
        QStringLiteral("sendtrix-purge-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            result = Error{Error::Code::Database,
                           tr("The store %1 could not be opened to finish the erasure: %2")
                               .arg(storePath, db.lastError().text())};
        } else {
            QSqlQuery q(db);
            for (const char* sql : {"PRAGMA secure_delete = ON", kOptimize, kClearPending,
                                    "PRAGMA wal_checkpoint(TRUNCATE)"}) {
                if (!q.exec(QString::fromLatin1(sql)) && qstrncmp(sql, "PRAGMA wal", 10) != 0) {
                    result = Store::databaseError(q, QStringLiteral("purge search index"));
                    break;
                }
                q.finish();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool DataSubjectRights::purgePending()
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT 1 FROM meta WHERE key = 'search_purge_pending'"));
    const bool pending = q.exec() && q.next();
    q.finish();
    return pending;
}
