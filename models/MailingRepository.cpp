#include "MailingRepository.h"

#include "Audience.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "EmailAddress.h"
#include "NamedRows.h"
#include "Store.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QtAlgorithms>
#include <cstdint>
#include <string>
#include <vector>
#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

const QString kEntity = QStringLiteral("mailing");
const QString kColumns = QStringLiteral(
    "id, uuid, rev, updated_at, deleted, created_at, name, subject, preheader, from_name, "
    "from_email, reply_to, template_id, audience_json, click_tracking, open_tracking, "
    "schedule_at, time_zone, state, sealed_at, template_html, template_text, template_subject, "
    "sender_json");

std::optional<qint64> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A stored audience that no longer reads (a newer version's) is shown empty rather than
// lose the mailing; sealing then refuses it for want of recipients.
Mailing mailingFrom(const QSqlQuery& q)
{
    Mailing m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.rev = optionalInt(q.value(2));
    m.updatedAt = q.value(3).toLongLong();
    m.deleted = q.value(4).toInt() != 0;
    m.createdAt = q.value(5).toLongLong();
    m.name = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.preheader = q.value(8).toString();
    m.fromName = q.value(9).toString();
    m.fromEmail = q.value(10).toString();
    m.replyTo = q.value(11).toString();
    m.templateId = optionalInt(q.value(12));
    if (auto audience = Audience::fromJsonText(q.value(13).toString().toUtf8()); audience.ok())
        m.audience = std::move(audience).value();
    m.clickTracking = q.value(14).toInt() != 0;
    m.openTracking = q.value(15).toInt() != 0;
    m.scheduleAt = optionalInt(q.value(16));
    m.timeZone = q.value(17).toString();
    m.state = MailingStates::fromName(q.value(18).toString()).value_or(MailingState::Draft);
    m.sealedAt = optionalInt(q.value(19));
    m.templateHtml = q.value(20).toString();
    m.templateText = q.value(21).toString();
    m.templateSubject = q.value(22).toString();
    m.sender = jsonObject(q.value(23).toString());
    return m;
}

// The values of the columns a draft's editor writes, in the order of kEditable.
const QString kEditable = QStringLiteral(
    "name, subject, preheader, from_name, from_email, reply_to, template_id, audience_json, "
    "click_tracking, open_tracking, schedule_at, time_zone");

QVariantList editableValues(const Mailing& m)
{
    return {m.name,
            m.subject,
            m.preheader,
            m.fromName,
            m.fromEmail,
            m.replyTo,
            nullable(m.templateId),
            QString::fromUtf8(m.audience.toJsonText()),
            m.clickTracking ? 1 : 0,
            m.openTracking ? 1 : 0,
            nullable(m.scheduleAt),
            m.timeZone};
}

bool hasUnsubscribeLink(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{\{?\s*unsubscribe_url\s*\}\}\}?)"));
    return tag.match(html).hasMatch();
}

// The recipient row with its contact's uuid, names and custom fields (empty when the
// contact is gone, or erased).
// %1: the recipient rows (mailing_recipients, or a page of it).
const QString kRecipientColumns = QStringLiteral(
    "SELECT r.contact_id, coalesce(c.uuid, ''), r.email, r.consent_state, r.consent_event_id, "
    "coalesce(c.first_name, ''), coalesce(c.last_name, ''), coalesce(c.custom_fields, '{}') "
    "FROM %1 r LEFT JOIN contacts c ON c.id = r.contact_id");

// contact_id, contact_uuid, email, consent_state, consent_event_id, first_name, last_name,
// custom_fields (kRecipientColumns)
MailingRecipient recipientFrom(const QSqlQuery& q)
{
    MailingRecipient r;
    r.contactId = q.value(0).toLongLong();
    r.contactUuid = q.value(1).toString();
    r.email = q.value(2).toString();
    r.consentState = q.value(3).toString();
    r.consentEventId = optionalInt(q.value(4));
    r.firstName = q.value(5).toString();
    r.lastName = q.value(6).toString();
    r.customFields = jsonObject(q.value(7).toString());
    return r;
}

} // namespace

QString MailingRepository::sealedMessage()
{
    return tr("This mailing is sealed; make a copy to change it.");
}

NamedRows<Mailing> MailingRepository::rows()
{
    return {m_store, QStringLiteral("mailings"), kColumns, &mailingFrom};
}

Result<QString> MailingRepository::validName(const QString& name, qint64 exceptId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, tr("Give the mailing a name."), QStringLiteral("name")};
    const auto existing = rows().takenName(trimmed, exceptId);
    if (existing)
        return Error{
            Error::Code::Duplicate,
            tr("There is already a mailing called “%1”. Choose another name.").arg(*existing),
            QStringLiteral("name")};
    return trimmed;
}

Result<void> MailingRepository::validFields(const Mailing& m)
{
    if (!m.fromEmail.trimmed().isEmpty() && !EmailAddress::isValid(m.fromEmail))
        return Error{Error::Code::Invalid,
                     tr("“%1” is not a valid sender address.").arg(m.fromEmail),
                     QStringLiteral("from_email")};
    if (!m.replyTo.trimmed().isEmpty() && !EmailAddress::isValid(m.replyTo))
        return Error{Error::Code::Invalid,
                     tr("“%1” is not a valid reply-to address.").arg(m.replyTo),
                     QStringLiteral("reply_to")};
    if (!m.timeZone.isEmpty() && !QTimeZone(m.timeZone.toUtf8()).isValid())
        return Error{Error::Code::Invalid, tr("“%1” is not a known time zone.").arg(m.timeZone),
                     QStringLiteral("time_zone")};
    if (m.templateId) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT 1 FROM templates WHERE id = ? AND deleted = 0"));
        q.bindValue(0, *m.templateId);
        const bool found = q.exec() && q.next();
        q.finish();
        if (!found)
            return Error{Error::Code::NotFound,
                         tr("The template of this mailing no longer exists. Choose another one."),
                         QStringLiteral("template")};
    }
    return {};
}

Result<Mailing> MailingRepository::live(qint64 id)
{
    auto m = findById(id);
    if (!m || m->deleted)
        return Error{Error::Code::NotFound, tr("This mailing no longer exists.")};
    return *m;
}

Result<void> MailingRepository::logUpsert(const Mailing& m)
{
    return ChangeLog::append(m_store, kEntity, m.uuid, ChangeLog::Op::Upsert, m.updatedAt);
}

Result<Mailing> MailingRepository::insertDraft(Mailing m)
{
    m.id = 0;
    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.rev.reset();
    m.deleted = false;
    m.createdAt = m.updatedAt = Clock::nowMs();
    m.state = MailingState::Draft;
    m.sealedAt.reset();
    m.templateHtml.clear();
    m.templateText.clear();
    m.templateSubject.clear();
    m.sender = {};
    QSqlQuery& q =
        m_store.statement(QStringLiteral("INSERT INTO mailings(uuid, updated_at, created_at, %1) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(kEditable));
    Store::bindAll(q, QVariantList{m.uuid, m.updatedAt, m.createdAt} + editableValues(m));
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert mailing"));
    m.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged = logUpsert(m); !logged.ok())
        return logged.error();
    return m;
}

Result<Mailing> MailingRepository::create(const Mailing& draft)
{
    if (auto valid = validFields(draft); !valid.ok())
        return valid.error();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto name = validName(draft.name, 0);
    if (!name.ok())
        return name.error();
    Mailing m = draft;
    m.name = name.value();
    auto inserted = insertDraft(m);
    if (!inserted.ok())
        return inserted;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inserted;
}

Result<Mailing> MailingRepository::save(const Mailing& edited)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto stored = live(edited.id);
    if (!stored.ok())
        return stored.error();
    if (stored.value().isSealed())
        return Error{Error::Code::Invalid, sealedMessage()};
    if (auto valid = validFields(edited); !valid.ok())
        return valid.error();
    auto name = validName(edited.name, edited.id);
    if (!name.ok())
        return name.error();
    Mailing m = stored.value();
    m.name = name.value();
    m.subject = edited.subject;
    m.preheader = edited.preheader;
    m.fromName = edited.fromName;
    m.fromEmail = edited.fromEmail;
    m.replyTo = edited.replyTo;
    m.templateId = edited.templateId;
    m.audience = edited.audience;
    m.clickTracking = edited.clickTracking;
    m.openTracking = edited.openTracking;
    m.scheduleAt = edited.scheduleAt;
    m.timeZone = edited.timeZone;
    const Mailing& before = stored.value();
    if (m.name == before.name && m.sameContent(before) && m.scheduleAt == before.scheduleAt)
        return m; // nothing changed: nothing to sync
    m.updatedAt = std::max(Clock::nowMs(), before.updatedAt);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("UPDATE mailings SET updated_at = ?, name = ?, subject = ?, preheader = ?, "
                       "from_name = ?, from_email = ?, reply_to = ?, template_id = ?, "
                       "audience_json = ?, click_tracking = ?, open_tracking = ?, "
                       "schedule_at = ?, time_zone = ? WHERE id = ?"));
    Store::bindAll(q, QVariantList{m.updatedAt} + editableValues(m) + QVariantList{m.id});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("save mailing"));
    q.finish();
    if (auto logged = logUpsert(m); !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return m;
}

Result<void> MailingRepository::remove(qint64 mailingId)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto m = live(mailingId);
    if (!m.ok())
        return m.error();
    if (m.value().isSealed())
        return Error{Error::Code::Invalid,
                     tr("This mailing is sealed; it stays as the record of what was sent.")};
    if (auto removed = rows().tombstone(mailingId, m.value().uuid, m.value().updatedAt, kEntity);
        !removed.ok())
        return removed.error();
    return tx.commit();
}

Result<Mailing> MailingRepository::duplicate(qint64 mailingId)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto original = live(mailingId);
    if (!original.ok())
        return original.error();
    Mailing copy = original.value();
    copy.scheduleAt.reset(); // a new mailing is scheduled anew
    // A template removed since the original was made is not carried over.
    if (copy.templateId && !validFields(copy).ok())
        copy.templateId.reset();
    const QString base = copy.name;
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? tr("%1 (copy)", "mailing name").arg(base)
                                         : tr("%1 (copy %2)", "mailing name").arg(base).arg(n);
        auto name = validName(candidate, 0);
        if (name.ok()) {
            copy.name = name.value();
            break;
        }
        if (name.error().code != Error::Code::Duplicate || n > 10000)
            return name.error();
    }
    auto inserted = insertDraft(copy);
    if (!inserted.ok())
        return inserted;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inserted;
}

Result<Mailing> MailingRepository::transition(qint64 mailingId, MailingState to)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto stored = live(mailingId);
    if (!stored.ok())
        return stored.error();
    Mailing m = stored.value();
    if (!MailingStates::canTransition(m.state, to)) {
        if (m.state == MailingState::Draft && to == MailingState::Scheduled)
            return Error{Error::Code::Invalid,
                         tr("A mailing cannot go from “%1” to “%2” without being sealed.")
                             .arg(MailingStates::label(m.state), MailingStates::label(to)),
                         QStringLiteral("state")};
        return Error{Error::Code::Invalid,
                     tr("A mailing cannot go from “%1” to “%2”.")
                         .arg(MailingStates::label(m.state), MailingStates::label(to)),
                     QStringLiteral("state")};
    }
    m.state = to;
    m.updatedAt = std::max(Clock::nowMs(), stored.value().updatedAt);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("UPDATE mailings SET state = ?, updated_at = ? WHERE id = ?"));
    Store::bindAll(q, {MailingStates::name(to), m.updatedAt, m.id});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("mailing state"));
    q.finish();
    if (auto logged = logUpsert(m); !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return m;
}

Result<int> MailingRepository::seal(qint64 mailingId, const Template& t,
                                    const QString& renderedText, const QJsonObject& sender,
                                    qint64 nowMs, SealMethod method)
{
    // The in-memory sets are made ready before the transaction takes the write lock, as a
    // count does: waited for when the audience is large, built in the background for a
    // small one (sealed in SQL unless they are ready).
    if (method != SealMethod::Sql && !m_store.inTransaction()) {
        if (method == SealMethod::InMemory)
            (void)prepareAudienceSets(m_store);
        else if (const auto draft = findById(mailingId); draft && !draft->isSealed())
            (void)countRecipients(m_store, draft->audience, nowMs);
    }
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto stored = live(mailingId);
    if (!stored.ok())
        return stored.error();
    Mailing m = stored.value();
    if (m.isSealed())
        return Error{Error::Code::Invalid, tr("This mailing is already sealed.")};
    if (!hasUnsubscribeLink(t.html))
        return Error{Error::Code::Invalid,
                     tr("The template has no {{unsubscribe_url}} link. Every mailing must let "
                        "people unsubscribe."),
                     QStringLiteral("template")};
    auto selection = RecipientSelection::build(m_store, m.audience, nowMs);
    if (!selection.ok())
        return selection.error();
    const Error nobody{Error::Code::Invalid,
                       tr("No one would receive this mailing: its audience has no subscribed "
                          "contacts that are not suppressed or excluded."),
                       QStringLiteral("audience")};
    if (selection.value().select.isEmpty())
        return nobody;

    // Recipients may be written only while the mailing says it is being sealed.
    QSqlQuery& open = m_store.statement(
        QStringLiteral("UPDATE mailings SET sealing = 1 WHERE id = ? AND sealed_at IS NULL"));
    open.bindValue(0, m.id);
    if (!open.exec())
        return Store::databaseError(open, QStringLiteral("seal mailing"));
    open.finish();

    qint64 count = -1;
    if (method != SealMethod::Sql) {
        auto inMemory = insertRecipientsInMemory(m.id, m.audience, nowMs);
        if (!inMemory.ok())
            return inMemory.error();
        count = inMemory.value();
        if (count < 0 && method == SealMethod::InMemory)
            return Error{Error::Code::Database,
                         tr("The recipients cannot be selected in memory here; the database "
                            "selection is needed."),
                         QStringLiteral("audience")};
    }
    if (count < 0) {
        // Not a cached statement: every audience is its own SQL text.
        QSqlQuery insert(m_store.database());
        if (!insert.prepare(
                QStringLiteral("INSERT INTO mailing_recipients(mailing_id, contact_id, email, "
                               "consent_state, consent_event_id) "
                               "SELECT ?, contact_id, email, consent_state, consent_event_id "
                               "FROM (%1) WHERE kind = 'selected' ORDER BY contact_id")
                    .arg(selection.value().select)))
            return Store::databaseError(insert, QStringLiteral("seal mailing"));
        Store::bindAll(insert, QVariantList{m.id} + selection.value().binds);
        if (!insert.exec())
            return Store::databaseError(insert, QStringLiteral("seal mailing"));
        count = insert.numRowsAffected();
        insert.finish();
    }
    if (count <= 0)
        return nobody; // the transaction rolls back the sealing flag

    m.state = MailingState::Scheduled;
    m.sealedAt = nowMs;
    if (t.id != 0)
        m.templateId = t.id;
    m.templateHtml = t.html;
    m.templateText = renderedText;
    m.templateSubject = t.subject;
    m.sender = sender;
    m.updatedAt = std::max(Clock::nowMs(), stored.value().updatedAt);
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "UPDATE mailings SET sealing = 0, sealed_at = ?, state = 'scheduled', template_id = ?, "
        "template_html = ?, template_text = ?, template_subject = ?, sender_json = ?, "
        "updated_at = ? WHERE id = ?"));
    Store::bindAll(q, {nowMs, nullable(m.templateId), m.templateHtml, m.templateText,
                       m.templateSubject,
                       QString::fromUtf8(QJsonDocument(sender).toJson(QJsonDocument::Compact)),
                       m.updatedAt, m.id});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("seal mailing"));
    q.finish();
    if (auto logged = logUpsert(m); !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return int(count);
}

Result<qint64> MailingRepository::insertRecipientsInMemory(qint64 mailingId,
                                                           const Audience& audience, qint64 nowMs)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(mailingId);
    Q_UNUSED(audience);
    Q_UNUSED(nowMs);
    return qint64(-1);
#else
    sqlite3* db = m_store.handle();
    if (!db)
        return qint64(-1);
    const auto chosen = selectRecipientsInMemory(m_store, audience, nowMs);
    if (!chosen)
        return qint64(-1);
    const std::vector<std::uint64_t>& bits = *chosen;
    // The n-th selected contact (by id) is row n: rank of an id = the selected ids below it.
    std::vector<qint64> before(bits.size());
    qint64 n = 0;
    for (size_t w = 0; w < bits.size(); ++w) {
        before[w] = n;
        n += qint64(qPopulationCount(quint64(bits[w])));
    }
    if (n == 0)
        return qint64(0);
    const auto rankOf = [&](sqlite3_int64 id) -> qint64 {
        if (id < 0 || std::uint64_t(id >> 6) >= bits.size())
            return -1;
        const std::uint64_t word = bits[size_t(id >> 6)];
        const std::uint64_t bit = std::uint64_t(1) << (id & 63);
        if (!(word & bit))
            return -1;
        return before[size_t(id >> 6)] + qint64(qPopulationCount(quint64(word & (bit - 1))));
    };
    // Runs `sql` over this connection (inside the sealing transaction: what the sets were
    // checked against) and calls row(stmt) for each row.
    const auto each = [db](const char* sql, const auto& row) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(stmt);
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE;
    };
    // The addresses from the live contacts' e-mail index (it holds the address as written),
    // never the wide contact rows.
    std::string addresses;
    addresses.reserve(size_t(n) * 32);
    std::vector<std::pair<size_t, int>> addressOf(size_t(n), {0, -1}); // offset, length
    bool ok = each("SELECT id, email FROM contacts INDEXED BY contacts_email_live "
                   "WHERE deleted = 0",
                   [&](sqlite3_stmt* st) {
                       const qint64 r = rankOf(sqlite3_column_int64(st, 0));
                       if (r < 0)
                           return;
                       const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
                       const int length = sqlite3_column_bytes(st, 1);
                       addressOf[size_t(r)] = {addresses.size(), length};
                       addresses.append(text ? text : "", size_t(length));
                   });
    // The consent event behind each subscription: a scan of consent_state in contact order
    // (its rows are narrow; the state index would cost a lookup per contact).
    std::vector<sqlite3_int64> eventOf(size_t(n), -1);
    ok = ok && each("SELECT contact_id, event_id FROM consent_state "
                    "WHERE +purpose = 'newsletter' AND +state = 'subscribed'",
                    [&](sqlite3_stmt* st) {
                        const qint64 r = rankOf(sqlite3_column_int64(st, 0));
                        if (r >= 0)
                            eventOf[size_t(r)] = sqlite3_column_int64(st, 1);
                    });
    if (!ok)
        return qint64(-1); // the SQL selection decides (and reports what went wrong)
    for (qint64 r = 0; r < n; ++r)
        if (addressOf[size_t(r)].second < 0 || eventOf[size_t(r)] < 0)
            return qint64(-1); // the sets and the tables disagree: the SQL selection decides

    // The insert trigger (recipients only while their mailing is being sealed) costs a
    // look-up of the mailing per row, half the time of the inserts. It is suspended inside
    // this transaction, which holds the write lock and has just set the flag it checks, and
    // restored before the commit; a rollback restores it too. No one else can write, or see
    // the schema without it. (ContactBulkWriter does the same during an import.)
    QSqlQuery trigger(m_store.database());
    if (!trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'mailing_recipients_insert'")) ||
        !trigger.next())
        return qint64(-1);
    const QString triggerSql = trigger.value(0).toString();
    trigger.finish();
    QSqlQuery& flag =
        m_store.statement(QStringLiteral("SELECT sealing FROM mailings WHERE id = ?"));
    flag.bindValue(0, mailingId);
    const bool sealing = flag.exec() && flag.next() && flag.value(0).toInt() == 1;
    flag.finish();
    if (!sealing)
        return qint64(-1);
    if (!trigger.exec(QStringLiteral("DROP TRIGGER mailing_recipients_insert")))
        return Store::databaseError(trigger, QStringLiteral("seal mailing"));
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO mailing_recipients(mailing_id, contact_id, email, "
                           "consent_state, consent_event_id) VALUES (?1, ?2, ?3, 'subscribed', ?4)",
                           -1, &insert, nullptr) != SQLITE_OK)
        return Store::databaseError(sqlite3_extended_errcode(db),
                                    QString::fromUtf8(sqlite3_errmsg(db)),
                                    QStringLiteral("seal mailing"));
    sqlite3_bind_int64(insert, 1, mailingId);
    int rc = SQLITE_DONE;
    qint64 r = 0;
    // In id order: the rows go to the end of the table's b-tree, page after page.
    for (size_t w = 0; w < bits.size() && rc == SQLITE_DONE; ++w) {
        for (std::uint64_t word = bits[w]; word && rc == SQLITE_DONE; word &= word - 1, ++r) {
            const auto id = sqlite3_int64((w << 6) | size_t(qCountTrailingZeroBits(quint64(word))));
            const auto& [offset, length] = addressOf[size_t(r)];
            sqlite3_bind_int64(insert, 2, id);
            sqlite3_bind_text(insert, 3, addresses.data() + offset, length, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 4, eventOf[size_t(r)]);
            rc = sqlite3_step(insert);
            sqlite3_reset(insert);
        }
    }
    Error failed;
    if (rc != SQLITE_DONE)
        failed = Store::databaseError(sqlite3_extended_errcode(db),
                                      QString::fromUtf8(sqlite3_errmsg(db)),
                                      QStringLiteral("seal mailing"));
    sqlite3_finalize(insert);
    if (rc != SQLITE_DONE)
        return failed; // the caller rolls back: the trigger comes back with it
    if (!trigger.exec(triggerSql))
        return Store::databaseError(trigger, QStringLiteral("seal mailing"));
    return n;
#endif
}

qint64 MailingRepository::recipientCount(qint64 mailingId)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT count(*) FROM mailing_recipients WHERE mailing_id = ?"));
    q.bindValue(0, mailingId);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QVector<MailingRecipient> MailingRepository::recipients(qint64 mailingId, const QString& filter,
                                                        int limit, int offset)
{
    // LIKE with the user's text escaped: % and _ are meant literally.
    QString pattern = filter.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    // Without a filter the names are read for the page's rows only.
    const bool all = filter.trimmed().isEmpty();
    QSqlQuery& q = m_store.statement(
        all ? kRecipientColumns.arg(
                  QStringLiteral("(SELECT * FROM mailing_recipients WHERE mailing_id = ? "
                                 "ORDER BY email COLLATE NOCASE LIMIT ? OFFSET ?)")) +
                  QStringLiteral(" ORDER BY r.email COLLATE NOCASE")
            : kRecipientColumns.arg(QStringLiteral("mailing_recipients")) +
                  QStringLiteral(" WHERE r.mailing_id = ? AND (r.email LIKE ? ESCAPE '\\' OR "
                                 "coalesce(c.first_name || ' ' || c.last_name, '') LIKE ? "
                                 "ESCAPE '\\') ORDER BY r.email COLLATE NOCASE LIMIT ? OFFSET ?"));
    if (all)
        Store::bindAll(q, {mailingId, limit, offset});
    else
        Store::bindAll(q, {mailingId, pattern, pattern, limit, offset});
    QVector<MailingRecipient> out;
    if (q.exec()) {
        while (q.next())
            out << recipientFrom(q);
    }
    q.finish();
    return out;
}

std::optional<Mailing> MailingRepository::findById(qint64 id)
{
    return rows().byId(id);
}

std::optional<Mailing> MailingRepository::findByName(const QString& name)
{
    return rows().byName(name);
}

QVector<Mailing> MailingRepository::all()
{
    return rows().all();
}

QVector<MailingRecipient> MailingRepository::recipients(qint64 mailingId)
{
    QSqlQuery& q =
        m_store.statement(kRecipientColumns.arg(QStringLiteral("mailing_recipients")) +
                          QStringLiteral(" WHERE r.mailing_id = ? ORDER BY r.contact_id"));
    q.bindValue(0, mailingId);
    QVector<MailingRecipient> out;
    if (q.exec()) {
        while (q.next())
            out << recipientFrom(q);
    }
    q.finish();
    return out;
}
