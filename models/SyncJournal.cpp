#include "SyncJournal.h"

#include "BulkStatement.h"
#include "Clock.h"
#include "DutchName.h"
#include "Store.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace {

QJsonObject changeForPush(const SyncChange& c)
{
    return QJsonObject{{QStringLiteral("type"), c.type},
                       {QStringLiteral("uuid"), c.uuid},
                       {QStringLiteral("base_rev"), c.baseRev},
                       {QStringLiteral("deleted"), c.deleted},
                       {QStringLiteral("updated_at"), c.updatedAt},
                       {QStringLiteral("data"), c.data}};
}

SyncChange fromPushed(const QJsonObject& o)
{
    SyncChange c;
    c.type = o.value(QStringLiteral("type")).toString();
    c.uuid = o.value(QStringLiteral("uuid")).toString();
    c.baseRev = o.value(QStringLiteral("base_rev")).toInteger();
    c.deleted = o.value(QStringLiteral("deleted")).toBool();
    c.updatedAt = o.value(QStringLiteral("updated_at")).toInteger();
    c.data = o.value(QStringLiteral("data")).toObject();
    return c;
}

} // namespace

SyncJournal::SyncJournal(Store& store)
    : m_store(store)
    , m_codec(store)
{}

SyncChange SyncJournal::fromServer(const QJsonObject& o)
{
    SyncChange c;
    c.type = o.value(QStringLiteral("type")).toString();
    c.uuid = o.value(QStringLiteral("uuid")).toString();
    c.rev = o.value(QStringLiteral("rev")).toInteger();
    c.deleted = o.value(QStringLiteral("deleted")).toBool();
    c.updatedAt = o.value(QStringLiteral("updated_at")).toInteger();
    c.data = o.value(QStringLiteral("data")).toObject();
    return c;
}

qint64 SyncJournal::cursor()
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'"));
    qint64 rev = 0;
    if (q.exec() && q.next())
        rev = q.value(0).toLongLong();
    q.finish();
    return rev;
}

// Contacts whose consent history forked, kept in meta with the page that found them, so a
// sync killed before it resolved them still does at the next one.
Result<void> SyncJournal::keepForks()
{
    QSet<QString> forks = m_codec.forkedContacts();
    m_codec.clearForkedContacts();
    if (forks.isEmpty())
        return {};
    QSqlQuery& read = m_store.statement(
        QStringLiteral("SELECT value FROM meta WHERE key = 'sync_consent_forks'"));
    if (read.exec() && read.next())
        for (const QJsonValue& v :
             QJsonDocument::fromJson(read.value(0).toString().toUtf8()).array())
            forks.insert(v.toString());
    read.finish();
    QJsonArray list;
    for (const QString& uuid : std::as_const(forks))
        list.append(uuid);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('sync_consent_forks', ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync consent forks"));
    q.finish();
    return {};
}

Result<void> SyncJournal::setCursor(qint64 rev)
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("INSERT INTO meta(key, value) VALUES ('sync_cursor', ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, QString::number(rev));
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync cursor"));
    q.finish();
    return {};
}

qint64 SyncJournal::count(const QString& sql)
{
    QSqlQuery& q = m_store.statement(sql);
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

qint64 SyncJournal::pendingEntries()
{
    return count(QStringLiteral("SELECT count(*) FROM change_log WHERE batch IS NULL"));
}

qint64 SyncJournal::waitingEntries()
{
    return count(QStringLiteral("SELECT count(*) FROM change_log"));
}

qint64 SyncJournal::unansweredBatches()
{
    return count(QStringLiteral("SELECT count(*) FROM sync_batches"));
}

void SyncJournal::InFlight::add(const Batch& b)
{
    batches.insert(b.id);
    for (const SyncChange& c : b.changes)
        rows.insert(c.type + QLatin1Char('/') + c.uuid);
}

void SyncJournal::InFlight::remove(const Batch& b)
{
    batches.remove(b.id);
    for (const SyncChange& c : b.changes)
        rows.remove(c.type + QLatin1Char('/') + c.uuid);
}

Result<std::optional<SyncJournal::Batch>> SyncJournal::nextBatch(int maxChanges,
                                                                 const InFlight* inFlight)
{
    const auto fromBody = [](const QString& id, const QString& text) {
        Batch b;
        b.id = id;
        b.body = text.toUtf8();
        const QJsonObject body = QJsonDocument::fromJson(b.body).object();
        for (const QJsonValue& v : body.value(QStringLiteral("changes")).toArray())
            b.changes.push_back(fromPushed(v.toObject()));
        return b;
    };
    {
        // A batch sent before whose answer never came: the same id and body again.
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT batch, body FROM sync_batches WHERE batch NOT IN (SELECT "
                           "value FROM json_each(?)) ORDER BY created_at, rowid LIMIT 1"));
        QJsonArray out;
        if (inFlight)
            for (const QString& id : inFlight->batches)
                out.append(id);
        q.bindValue(0, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        std::optional<Batch> waiting;
        if (q.exec() && q.next())
            waiting = fromBody(q.value(0).toString(), q.value(1).toString());
        q.finish();
        if (waiting)
            return waiting;
    }

    for (;;) {
        Transaction tx(m_store);
        if (!tx.isActive())
            return tx.error();
        // The oldest entries first, so a row is pushed after the rows it refers to; a row
        // edited five times goes once, as it is now.
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT seq, entity, uuid FROM change_log WHERE batch IS NULL ORDER BY seq LIMIT ?"));
        q.bindValue(0, maxChanges * 4);
        struct Row
        {
            QString type, uuid;
        };
        QVector<Row> rows;
        QSet<QString> seen;
        qint64 lastSeq = -1;
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("change_log"));
        while (q.next()) {
            const QString type = q.value(1).toString();
            const QString uuid = q.value(2).toString();
            const QString key = type + QLatin1Char('/') + uuid;
            if (inFlight && inFlight->rows.contains(key)) {
                lastSeq = q.value(0).toLongLong(); // waits, unmarked, for a later batch
                continue;
            }
            if (!seen.contains(key)) {
                if (rows.size() == maxChanges)
                    break;
                seen.insert(key);
                rows.push_back({type, uuid});
            }
            lastSeq = q.value(0).toLongLong();
        }
        q.finish();
        if (rows.isEmpty())
            return std::optional<Batch>();

        Batch b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QByteArray changes; // each change serialized once, joined by commas
        qint64 bytes = 0;
        qint64 coveredSeq = lastSeq;
        // Contacts, the bulk of a first push, are read in one statement as JSON text.
        QStringList contactUuids;
        for (const Row& row : rows)
            if (row.type == QLatin1String("contact"))
                contactUuids << row.uuid;
        const QHash<QString, SyncChange> contacts = m_codec.readContacts(contactUuids);
        for (const Row& row : rows) {
            const auto bulk = row.type == QLatin1String("contact") ? contacts.constFind(row.uuid)
                                                                   : contacts.constEnd();
            std::optional<SyncChange> c = bulk != contacts.constEnd()
                                              ? std::optional<SyncChange>(*bulk)
                                              : m_codec.read(row.type, row.uuid);
            if (!c) {
                // Gone from this store for good (erased). History rows are never deleted on
                // the server, so there is nothing to send for them.
                if (SyncChange::isAppendOnly(row.type))
                    continue;
                SyncChange erased;
                erased.type = row.type;
                erased.uuid = row.uuid;
                erased.deleted = true;
                erased.updatedAt = Clock::nowMs();
                erased.data = QJsonObject{{QStringLiteral("erased"), true}};
                if (const auto known = m_codec.baseRev(row.type, row.uuid))
                    erased.baseRev = *known;
                c = erased;
            }
            if (SyncChange::isAppendOnly(c->type) && c->deleted)
                continue;
            const QByteArray o =
                c->dataJson.isEmpty()
                    ? QJsonDocument(changeForPush(*c)).toJson(QJsonDocument::Compact)
                    : QByteArray("{\"base_rev\":") + QByteArray::number(c->baseRev) +
                          ",\"data\":" + c->dataJson +
                          ",\"deleted\":" + (c->deleted ? "true" : "false") +
                          ",\"type\":" + SyncChange::jsonString(c->type) +
                          ",\"updated_at\":" + QByteArray::number(c->updatedAt) +
                          ",\"uuid\":" + SyncChange::jsonString(c->uuid) + "}";
            const qint64 size = o.size();
            if (!b.changes.isEmpty() && bytes + size > MaxBatchBytes) {
                // The rest goes in the next batch: cover only the entries up to this row.
                QSqlQuery& upTo = m_store.statement(QStringLiteral(
                    "SELECT min(seq) - 1 FROM change_log WHERE batch IS NULL AND entity = ? AND "
                    "uuid = ?"));
                upTo.bindValue(0, row.type);
                upTo.bindValue(1, row.uuid);
                if (upTo.exec() && upTo.next())
                    coveredSeq = upTo.value(0).toLongLong();
                upTo.finish();
                break;
            }
            bytes += size;
            if (!changes.isEmpty())
                changes += ',';
            changes += o;
            b.changes.push_back(*c);
        }
        b.body = "{\"batch\":\"" + b.id.toLatin1() + "\",\"changes\":[" + changes + "]}";

        QSqlQuery& mark = m_store.statement(
            QStringLiteral("UPDATE change_log SET batch = ? WHERE batch IS NULL AND seq <= ? "
                           "AND entity || '/' || uuid NOT IN (SELECT value FROM json_each(?))"));
        mark.bindValue(0, b.id);
        mark.bindValue(1, coveredSeq);
        QJsonArray left;
        if (inFlight)
            for (const QString& key : inFlight->rows)
                left.append(key);
        mark.bindValue(2, QString::fromUtf8(QJsonDocument(left).toJson(QJsonDocument::Compact)));
        if (!mark.exec())
            return Store::databaseError(mark, QStringLiteral("change_log"));
        mark.finish();
        if (b.changes.isEmpty()) {
            // Only history of erased people: nothing to send, the entries are done.
            QSqlQuery& done =
                m_store.statement(QStringLiteral("DELETE FROM change_log WHERE batch = ?"));
            done.bindValue(0, b.id);
            if (!done.exec())
                return Store::databaseError(done, QStringLiteral("change_log"));
            done.finish();
            if (auto committed = tx.commit(); !committed.ok())
                return committed.error();
            continue;
        }
        QSqlQuery& keep = m_store.statement(
            QStringLiteral("INSERT INTO sync_batches(batch, body, created_at) VALUES (?, ?, ?)"));
        keep.bindValue(0, b.id);
        keep.bindValue(1, QString::fromUtf8(b.body));
        keep.bindValue(2, Clock::nowMs());
        if (!keep.exec())
            return Store::databaseError(keep, QStringLiteral("sync batch"));
        keep.finish();
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        return std::optional<Batch>(b);
    }
}

Result<SyncJournal::Answer> SyncJournal::completeBatch(const Batch& batch,
                                                       const QJsonObject& answer)
{
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    if (results.size() != batch.changes.size())
        return Error{Error::Code::Invalid,
                     tr("The server's answer to a sync batch does not match what was sent.")};
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    {
        QSqlQuery& q = m_store.statement(QStringLiteral("DELETE FROM change_log WHERE batch = ?"));
        q.bindValue(0, batch.id);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("change_log"));
        q.finish();
    }
    // The batch's contacts changed again since it was built (their entries wait): they keep
    // what was sent as their base. One look for the whole batch.
    QSet<QString> changedSince;
    {
        QJsonArray uuids;
        for (const SyncChange& c : batch.changes)
            if (c.type == QLatin1String("contact"))
                uuids.append(c.uuid);
        if (!uuids.isEmpty()) {
            QSqlQuery& q = m_store.statement(
                QStringLiteral("SELECT DISTINCT uuid FROM change_log WHERE entity = 'contact' "
                               "AND uuid IN (SELECT value FROM json_each(?))"));
            q.bindValue(0, QString::fromUtf8(QJsonDocument(uuids).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("change_log"));
            while (q.next())
                changedSince.insert(q.value(0).toString());
            q.finish();
        }
    }
    Answer a;
    // The revisions this batch was given. When they are exactly the ones after the cursor,
    // nobody else wrote in between and the cursor moves past them: a pull would only bring
    // back what was just sent (each row is already here, with the sent data as its base).
    const qint64 before = cursor();
    QSet<qint64> ours;
    QVector<QPair<QString, qint64>> ownBases; // accepted as sent: written together
    bool anyRejected = false; // rows refused before, accepted now, leave sync_rejected
    {
        QSqlQuery& q = m_store.statement(QStringLiteral("SELECT 1 FROM sync_rejected LIMIT 1"));
        anyRejected = q.exec() && q.next();
        q.finish();
    }
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const SyncChange& sent = batch.changes.at(i);
        if (r.value(QStringLiteral("uuid")).toString() != sent.uuid)
            return Error{Error::Code::Invalid,
                         tr("The server's answer to a sync batch does not match what was sent.")};
        const QString status = r.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("accepted")) {
            const qint64 rev = r.value(QStringLiteral("rev")).toInteger();
            const std::optional<bool> changed =
                sent.type == QLatin1String("contact")
                    ? std::optional<bool>(changedSince.contains(sent.uuid))
                    : std::nullopt;
            if (changed && SyncCodec::ownBaseOnAccept(sent, *changed))
                ownBases.push_back({sent.uuid, rev});
            else if (auto done = m_codec.accepted(sent, rev, changed); !done.ok())
                return done.error();
            if (rev > before)
                ours.insert(rev);
            if (anyRejected) {
                QSqlQuery& q = m_store.statement(
                    QStringLiteral("DELETE FROM sync_rejected WHERE type = ? AND uuid = ?"));
                q.bindValue(0, sent.type);
                q.bindValue(1, sent.uuid);
                if (!q.exec())
                    return Store::databaseError(q, QStringLiteral("sync rejected"));
                q.finish();
            }
            ++a.accepted;
        } else if (status == QLatin1String("conflict")) {
            ++a.conflicts;
            const SyncChange server = fromServer(r.value(QStringLiteral("server")).toObject());
            auto merged = m_codec.apply(server, {}, true);
            if (!merged.ok())
                return merged.error();
            if (merged.value() == SyncCodec::Outcome::Merged)
                ++a.merged;
            if (merged.value() == SyncCodec::Outcome::Deferred) {
                // Cannot be merged yet (content missing): ours goes again later.
                QSqlQuery& q = m_store.statement(QStringLiteral(
                    "INSERT INTO change_log(entity, uuid, op, changed_at) VALUES (?, ?, "
                    "'upsert', ?)"));
                q.bindValue(0, sent.type);
                q.bindValue(1, sent.uuid);
                q.bindValue(2, Clock::nowMs());
                if (!q.exec())
                    return Store::databaseError(q, QStringLiteral("change_log"));
                q.finish();
            }
        } else {
            return Error{Error::Code::Invalid,
                         tr("The server answered a sync change with “%1”, which this version of "
                            "Sendtrix does not know.")
                             .arg(status)};
        }
    }
    if (auto done = m_codec.acceptedOwnBases(ownBases); !done.ok())
        return done.error();
    if (const qint64 after = answer.value(QStringLiteral("rev")).toInteger();
        after > before && ours.size() == after - before) {
        if (auto moved = setCursor(after); !moved.ok())
            return moved.error();
        a.cursorMoved = true;
    }
    if (auto forgotten = forgetBatch(batch.id); !forgotten.ok())
        return forgotten.error();
    if (auto kept = keepForks(); !kept.ok())
        return kept.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return a;
}

Result<void> SyncJournal::forgetBatch(const QString& id)
{
    QSqlQuery& q = m_store.statement(QStringLiteral("DELETE FROM sync_batches WHERE batch = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync batch"));
    q.finish();
    return {};
}

Result<void> SyncJournal::releaseBatch(const Batch& batch)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery& release =
        m_store.statement(QStringLiteral("UPDATE change_log SET batch = NULL WHERE batch = ?"));
    release.bindValue(0, batch.id);
    if (!release.exec())
        return Store::databaseError(release, QStringLiteral("change_log"));
    release.finish();
    if (auto forgotten = forgetBatch(batch.id); !forgotten.ok())
        return forgotten;
    return tx.commit();
}

Result<void> SyncJournal::rejectBatch(const Batch& batch, int status, const QString& message)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    for (const SyncChange& c : batch.changes) {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO sync_rejected(type, uuid, status, message, rejected_at) VALUES (?, ?, "
            "?, ?, ?) ON CONFLICT(type, uuid) DO UPDATE SET status = excluded.status, message "
            "= excluded.message, rejected_at = excluded.rejected_at"));
        Store::bindAll(q, {c.type, c.uuid, status, message, Clock::nowMs()});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync rejected"));
        q.finish();
    }
    QSqlQuery& done = m_store.statement(QStringLiteral("DELETE FROM change_log WHERE batch = ?"));
    done.bindValue(0, batch.id);
    if (!done.exec())
        return Store::databaseError(done, QStringLiteral("change_log"));
    done.finish();
    if (auto forgotten = forgetBatch(batch.id); !forgotten.ok())
        return forgotten;
    return tx.commit();
}

QVector<SyncJournal::Rejected> SyncJournal::rejected()
{
    QVector<Rejected> list;
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT type, uuid, status, message, rejected_at FROM sync_rejected ORDER BY "
        "rejected_at, type, uuid"));
    if (q.exec())
        while (q.next())
            list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                            q.value(2).toInt(), q.value(4).toLongLong()});
    q.finish();
    return list;
}

Result<SyncJournal::Page> SyncJournal::applyPage(const QVector<SyncChange>& changes, qint64 next,
                                                 const QHash<QString, QByteArray>& contents)
{
    // Parents first; within a type, in revision order.
    QVector<QPair<int, int>> order; // (type rank, index)
    order.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i)
        order.push_back({SyncCodec::typeRank(changes.at(i).type), i});
    std::stable_sort(
        order.begin(), order.end(),
        [](const QPair<int, int>& a, const QPair<int, int>& b) { return a.first < b.first; });
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    // With nothing edited here, no row of the page needs a merge: one look instead of one
    // per row (the first sync of a new laptop).
    std::optional<bool> edits;
    if (waitingEntries() == 0)
        edits = false;
    Page page;
    QSet<int> done;
    if (auto bulk = insertNewContacts(changes, done); !bulk.ok())
        return bulk.error();
    page.applied += int(done.size());
    for (const auto& [rank, index] : order) {
        if (done.contains(index))
            continue;
        const SyncChange& c = changes.at(index);
        auto applied = m_codec.apply(c, contents, edits);
        if (!applied.ok())
            return Error{applied.error().code,
                         tr("A change pulled from the server (%1 %2) could not be stored: %3")
                             .arg(c.type, c.uuid, applied.errorMessage())};
        switch (applied.value()) {
        case SyncCodec::Outcome::Applied:
            ++page.applied;
            break;
        case SyncCodec::Outcome::Merged:
            ++page.merged;
            break;
        case SyncCodec::Outcome::Skipped:
            ++page.skipped;
            break;
        case SyncCodec::Outcome::Deferred: {
            ++page.deferred;
            QJsonObject o = c.toJson();
            QSqlQuery& q = m_store.statement(
                QStringLiteral("INSERT INTO sync_deferred(type, uuid, change) VALUES (?, ?, ?)"));
            q.bindValue(0, c.type);
            q.bindValue(1, c.uuid);
            q.bindValue(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("sync deferred"));
            q.finish();
            break;
        }
        }
    }
    auto retried = retryDeferred(contents);
    if (!retried.ok())
        return retried.error();
    page.deferred -= std::min(page.deferred, retried.value());
    if (auto moved = setCursor(next); !moved.ok())
        return moved.error();
    if (auto kept = keepForks(); !kept.ok())
        return kept.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return page;
}

namespace {
// The contacts insert triggers whose work insertNewContacts() does once for all new rows,
// as ContactBulkWriter does for an import (audience_contacts_insert: from migration 9 on).
const char* const kInsertTriggers[] = {"contacts_count_insert", "contacts_fts_insert",
                                       "audience_contacts_insert"};
constexpr int kBulkFrom = 200; // fewer new contacts in a page: row by row
} // namespace

Result<void> SyncJournal::insertNewContacts(const QVector<SyncChange>& changes, QSet<int>& done)
{
    // Row by row, every insert would flush the full-text index's pending terms (a trigger
    // writes to it) and journal the statement: a first sync of 100,000 contacts would
    // build 100,000 tiny index segments. The triggers go for the new rows' inserts (DDL is
    // transactional: a rollback brings them back), the index and counters get the rows in
    // one statement each, and the triggers come back before anything else is applied.
    QVector<int> candidates;
    for (int i = 0; i < changes.size(); ++i)
        if (changes.at(i).type == QLatin1String("contact") && !changes.at(i).deleted)
            candidates << i;
    if (candidates.size() < kBulkFrom)
        return {};
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QStringList triggerSql;
    bool audience = false; // audience sets must learn that contacts changed
    for (const char* name : kInsertTriggers) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                 "tbl_name = 'contacts' AND name = ?"));
        q.addBindValue(QString::fromLatin1(name));
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync contacts"));
        if (q.next()) {
            triggerSql << q.value(0).toString();
            audience = audience || qstrcmp(name, "audience_contacts_insert") == 0;
        }
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM contacts")) || !q.next())
        return Store::databaseError(q, QStringLiteral("sync contacts"));
    const qint64 firstNewId = q.value(0).toLongLong();
    q.finish();
    for (const char* name : kInsertTriggers)
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name))))
            return Store::databaseError(q, QStringLiteral("sync contacts"));
    // Contacts synced before are never new (their row stays, also when erased).
    QSet<QString> based;
    {
        QJsonArray uuids;
        for (int i : std::as_const(candidates))
            uuids.append(changes.at(i).uuid);
        if (!q.prepare(QStringLiteral("SELECT uuid FROM sync_base WHERE type = 'contact' AND "
                                      "uuid IN (SELECT value FROM json_each(?))")))
            return Store::databaseError(q, QStringLiteral("sync contacts"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(uuids).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync contacts"));
        while (q.next())
            based.insert(q.value(0).toString());
        q.finish();
    }
    // OR IGNORE: a row whose uuid or live address is here already is not inserted (the
    // unique indexes answer it while inserting) and goes row by row with its merge rules.
    // The columns and values are those SyncCodec::writeGeneric writes for a contact.
    BulkStatement insert(
        m_store, QStringLiteral("INSERT OR IGNORE INTO contacts(uuid, rev, updated_at, deleted, "
                                "created_at, email, first_name, last_name, company, phone, "
                                "street, postal_code, city, country, website, notes, "
                                "custom_fields, last_name_key) VALUES (?, ?, ?, 0, ?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The base is the new contact itself, at its rev: no base row (migration 13).
    static const char* const kTextKeys[] = {"email",   "first_name", "last_name",   "company",
                                            "phone",   "street",     "postal_code", "city",
                                            "country", "website",    "notes"};
    constexpr int kTexts = int(std::size(kTextKeys));
    int inserted = 0;
    for (int i : std::as_const(candidates)) {
        const SyncChange& c = changes.at(i);
        if (based.contains(c.uuid) || c.data.contains(QLatin1String("erased")))
            continue;
        // Bound without copies: every text lives until exec().
        QString texts[kTexts];
        for (int t = 0; t < kTexts; ++t)
            texts[t] = c.data.value(QLatin1String(kTextKeys[t])).toString();
        const QJsonValue custom = c.data.value(QLatin1String("custom_fields"));
        const QString customText =
            custom.isObject()
                ? QString::fromUtf8(QJsonDocument(custom.toObject()).toJson(QJsonDocument::Compact))
            : custom.isArray()
                ? QString::fromUtf8(QJsonDocument(custom.toArray()).toJson(QJsonDocument::Compact))
                : QStringLiteral("{}");
        const QString sortKey = DutchName::sortKey(texts[2]);
        insert.bind(0, c.uuid);
        insert.bind(1, c.rev);
        insert.bind(2, c.updatedAt);
        insert.bind(3, c.data.value(QLatin1String("created_at")).toInteger());
        for (int t = 0; t < kTexts; ++t)
            insert.bind(4 + t, texts[t]);
        insert.bind(4 + kTexts, customText);
        insert.bind(5 + kTexts, sortKey);
        if (auto ran = insert.exec(QStringLiteral("sync contacts")); !ran.ok())
            return ran.error();
        if (insert.changes() == 0)
            continue;
        done.insert(i);
        ++inserted;
    }
    if (inserted > 0) {
        if (!q.prepare(QStringLiteral(
                "INSERT INTO contacts_fts(rowid, first_name, last_name, email, company, city) "
                "SELECT id, first_name, last_name, email, company, city FROM contacts "
                "WHERE id >= ? AND deleted = 0")))
            return Store::databaseError(q, QStringLiteral("sync search index"));
        q.addBindValue(firstNewId);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync search index"));
        q.prepare(QStringLiteral("UPDATE counters SET value = value + (SELECT count(*) FROM "
                                 "contacts WHERE id >= ? AND deleted = 0) WHERE name = "
                                 "'live_contacts'"));
        q.addBindValue(firstNewId);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync counters"));
        if (audience &&
            !q.exec(QStringLiteral(
                "UPDATE counters SET value = random() WHERE name = 'audience_generation'")))
            return Store::databaseError(q, QStringLiteral("sync counters"));
    }
    for (const QString& sql : std::as_const(triggerSql))
        if (!q.exec(sql))
            return Store::databaseError(q, QStringLiteral("sync contacts"));
    return {};
}

qint64 SyncJournal::deferredCount()
{
    return count(QStringLiteral("SELECT count(*) FROM sync_deferred"));
}

QStringList SyncJournal::deferredContentNeeds()
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT change FROM sync_deferred WHERE type IN ('asset', 'consent_evidence')"));
    QStringList hashes;
    if (q.exec()) {
        while (q.next()) {
            const SyncChange c =
                fromServer(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            const QString sha = SyncCodec::contentHash(c);
            if (!sha.isEmpty())
                hashes << sha;
        }
    }
    q.finish();
    return hashes;
}

Result<int> SyncJournal::retryDeferred(const QHash<QString, QByteArray>& contents)
{
    int done = 0;
    for (bool progress = true; progress;) {
        progress = false;
        QVector<QPair<qint64, SyncChange>> waiting;
        {
            QSqlQuery& q = m_store.statement(
                QStringLiteral("SELECT id, change FROM sync_deferred ORDER BY id"));
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("sync deferred"));
            while (q.next())
                waiting.push_back(
                    {q.value(0).toLongLong(),
                     fromServer(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object())});
            q.finish();
        }
        for (const auto& [id, change] : waiting) {
            auto applied = m_codec.apply(change, contents);
            if (!applied.ok())
                return applied.error();
            if (applied.value() == SyncCodec::Outcome::Deferred)
                continue;
            QSqlQuery& q =
                m_store.statement(QStringLiteral("DELETE FROM sync_deferred WHERE id = ?"));
            q.bindValue(0, id);
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("sync deferred"));
            q.finish();
            ++done;
            progress = true;
        }
    }
    return done;
}

Result<int> SyncJournal::resolveConsentForks()
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    QSet<QString> forks;
    QSqlQuery& read = m_store.statement(
        QStringLiteral("SELECT value FROM meta WHERE key = 'sync_consent_forks'"));
    if (read.exec() && read.next())
        for (const QJsonValue& v :
             QJsonDocument::fromJson(read.value(0).toString().toUtf8()).array())
            forks.insert(v.toString());
    read.finish();
    if (forks.isEmpty())
        return 0;
    auto resolved = m_codec.resolveConsentForks(forks);
    if (!resolved.ok())
        return resolved.error();
    QSqlQuery& clear =
        m_store.statement(QStringLiteral("DELETE FROM meta WHERE key = 'sync_consent_forks'"));
    if (!clear.exec())
        return Store::databaseError(clear, QStringLiteral("sync consent forks"));
    clear.finish();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return resolved.value();
}
