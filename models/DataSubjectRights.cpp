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
    QJsonObject current;
    for (auto purpose : {ConsentEvent::Purpose::Newsletter, ConsentEvent::Purpose::Testimonial}) {
        if (const auto s = consent.current(contactId, purpose))
            current.insert(ConsentEvent::purposeName(purpose),
                           QJsonObject{{QStringLiteral("state"), ConsentEvent::stateName(s->state)},
                                       {QStringLiteral("basis"), ConsentEvent::basisName(s->basis)},
                                       {QStringLiteral("since"), s->occurredAt}});
    }
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

Result<void> DataSubjectRights::erase(qint64 contactId, const QString& actor)
{
    ContactRepository contacts(m_store);
    const auto contact = contacts.findById(contactId);
    if (!contact)
        return Error{Error::Code::NotFound, tr("This contact no longer exists.")};
    const qint64 now = Clock::nowMs();

    {
        Transaction tx(m_store);
        if (!tx.isActive())
            return tx.error();
        const QStringList evidence =
            names(m_store,
                  QStringLiteral("SELECT DISTINCT evidence_sha256 FROM consent_events "
                                 "WHERE contact_id = ? AND evidence_sha256 <> ''"),
                  contactId);
        const QStringList eventUuids =
            names(m_store, QStringLiteral("SELECT uuid FROM consent_events WHERE contact_id = ?"),
                  contactId);
        const QList<QPair<QString, QString>> steps = {
            {QStringLiteral("UPDATE ledger_gate SET open = 1"), QString()},
            {QStringLiteral("DELETE FROM consent_events WHERE contact_id = ?"), QString()},
            {QStringLiteral("UPDATE ledger_gate SET open = 0"), QString()},
            {QStringLiteral("DELETE FROM consent_state WHERE contact_id = ?"), QString()},
            {QStringLiteral("DELETE FROM consent_chain WHERE contact_id = ?"), QString()},
            {QStringLiteral("DELETE FROM list_members WHERE contact_id = ?"), QString()},
            {QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"), QString()},
            {QStringLiteral("DELETE FROM contacts WHERE id = ?"), QString()},
        };
        for (const auto& step : steps) {
            QSqlQuery& q = m_store.statement(step.first);
            if (step.first.contains(QLatin1Char('?')))
                q.bindValue(0, contactId);
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
                if (auto logged = ChangeLog::append(m_store, QStringLiteral("consent_evidence"),
                                                    uuid, ChangeLog::Op::Erase, now);
                    !logged.ok())
                    return logged;
            }
        }
        for (const QString& uuid : eventUuids) {
            if (auto logged = ChangeLog::append(m_store, QStringLiteral("consent_event"), uuid,
                                                ChangeLog::Op::Erase, now);
                !logged.ok())
                return logged;
        }
        if (auto logged = ChangeLog::append(m_store, QStringLiteral("contact"), contact->uuid,
                                            ChangeLog::Op::Erase, now);
            !logged.ok())
            return logged;
        if (auto suppressed = SuppressionList(m_store).addErased(contact->email, now);
            !suppressed.ok())
            return suppressed;
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
        if (auto logged = ChangeLog::append(m_store, QStringLiteral("erasure"), uuid,
                                            ChangeLog::Op::Upsert, now);
            !logged.ok())
            return logged;
        if (auto committed = tx.commit(); !committed.ok())
            return committed;
    }
    // The search index keeps deleted terms in old segments until they merge: merge now, so
    // no index holds the name or address any more (the store runs with secure_delete, so
    // freed pages are zeroed). Then the WAL's old page images go too.
    if (auto merged = m_store.exec(
            QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"));
        !merged.ok())
        return merged;
    // Best effort: a reader elsewhere can hold old frames a while longer.
    (void)m_store.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Result<int> DataSubjectRights::eraseAddress(const QString& email, const QString& actor)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT id FROM contacts WHERE email = ? COLLATE NOCASE ORDER BY id"));
    q.bindValue(0, EmailAddress::normalized(email));
    QList<qint64> ids;
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("erase"));
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : ids) {
        if (auto erased = erase(id, actor); !erased.ok())
            return erased.error();
    }
    return int(ids.size());
}
