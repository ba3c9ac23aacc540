#include "SyncCodec.h"

#include "BulkStatement.h"
#include "Clock.h"
#include "ConsentEvent.h"
#include "ConsentRepository.h"
#include "DataSubjectRights.h"
#include "DutchName.h"
#include "EmailAddress.h"
#include "Store.h"
#include "SuppressionList.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <vector>

namespace {

// How a column travels: its JSON member and its SQL column, and what it holds.
enum class Kind {
    Text,     // NOT NULL text
    NullText, // text or NULL (JSON null)
    Int,
    NullInt,
    Bool,     // 0/1 column, JSON true/false
    Json,     // a column of JSON text, travelling as the JSON value itself
    NullJson, // the same, or NULL
    Ref,      // a local id of another table, travelling as that row's uuid
    NullRef,
};

struct Col
{
    const char* key;
    const char* column;
    Kind kind;
    const char* refTable = nullptr;
};

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue parseJsonText(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("{}");
}

const QString kContact = QStringLiteral("contact");
const QString kConsentEvent = QStringLiteral("consent_event");
const QString kEvidence = QStringLiteral("consent_evidence");
const QString kErasedKey = QStringLiteral("erased");
constexpr qint64 kFutureSlackMs = 4 * 60 * 1000; // below ConsentRepository's 5 minutes

bool isErase(const SyncChange& c)
{
    return c.deleted && c.data.value(kErasedKey).toBool();
}

} // namespace

struct SyncCodec::Spec
{
    QString type;
    QString table;
    std::vector<Col> cols;
    QString nameColumn; // unique among live rows (NOCASE): lists, tags, templates…
    QStringList pair;   // unique pair of references: list members, contact tags
};

const SyncCodec::Spec* SyncCodec::spec(const QString& type)
{
    static const std::vector<Spec> specs = {
        {QStringLiteral("contact"),
         QStringLiteral("contacts"),
         {{"created_at", "created_at", Kind::Int},
          {"email", "email", Kind::Text},
          {"first_name", "first_name", Kind::Text},
          {"last_name", "last_name", Kind::Text},
          {"company", "company", Kind::Text},
          {"phone", "phone", Kind::Text},
          {"street", "street", Kind::Text},
          {"postal_code", "postal_code", Kind::Text},
          {"city", "city", Kind::Text},
          {"country", "country", Kind::Text},
          {"website", "website", Kind::Text},
          {"notes", "notes", Kind::Text},
          {"custom_fields", "custom_fields", Kind::Json}},
         {},
         {}},
        {QStringLiteral("account_event"),
         QStringLiteral("account_events"),
         {{"kind", "kind", Kind::Text},
          {"subject", "subject", Kind::Text},
          {"value", "value", Kind::Text},
          {"at", "at", Kind::Int}},
         {},
         {}},
        {QStringLiteral("list"),
         QStringLiteral("lists"),
         {{"name", "name", Kind::Text}, {"description", "description", Kind::Text}},
         QStringLiteral("name"),
         {}},
        {QStringLiteral("list_member"),
         QStringLiteral("list_members"),
         {{"list", "list_id", Kind::Ref, "lists"},
          {"contact", "contact_id", Kind::Ref, "contacts"}},
         {},
         {QStringLiteral("list_id"), QStringLiteral("contact_id")}},
        {QStringLiteral("tag"),
         QStringLiteral("tags"),
         {{"name", "name", Kind::Text}},
         QStringLiteral("name"),
         {}},
        {QStringLiteral("contact_tag"),
         QStringLiteral("contact_tags"),
         {{"tag", "tag_id", Kind::Ref, "tags"}, {"contact", "contact_id", Kind::Ref, "contacts"}},
         {},
         {QStringLiteral("tag_id"), QStringLiteral("contact_id")}},
        {QStringLiteral("suppression"),
         QStringLiteral("suppressions"),
         {{"email_hash", "email_hash", Kind::Text},
          {"email", "email", Kind::NullText},
          {"reason", "reason", Kind::Text},
          {"since", "since", Kind::Int}},
         {},
         {}},
        {QStringLiteral("erasure"),
         QStringLiteral("erasures"),
         {{"erased_at", "erased_at", Kind::Int}, {"actor", "actor", Kind::Text}},
         {},
         {}},
        {QStringLiteral("template"),
         QStringLiteral("templates"),
         {{"created_at", "created_at", Kind::Int},
          {"name", "name", Kind::Text},
          {"subject", "subject", Kind::Text},
          {"html", "html", Kind::Text},
          {"text_override", "text_override", Kind::NullText}},
         QStringLiteral("name"),
         {}},
        {QStringLiteral("template_revision"),
         QStringLiteral("template_revisions"),
         {{"template", "template_id", Kind::Ref, "templates"},
          {"number", "number", Kind::Int},
          {"reason", "reason", Kind::Text},
          {"name", "name", Kind::Text},
          {"subject", "subject", Kind::Text},
          {"html", "html", Kind::Text},
          {"text_override", "text_override", Kind::NullText}},
         {},
         {}},
        {QStringLiteral("asset"),
         QStringLiteral("assets"),
         {{"sha256", "sha256", Kind::Text},
          {"name", "name", Kind::Text},
          {"mime_type", "mime_type", Kind::Text},
          {"size", "size", Kind::Int}},
         {},
         {}},
        {QStringLiteral("segment"),
         QStringLiteral("segments"),
         {{"created_at", "created_at", Kind::Int},
          {"name", "name", Kind::Text},
          {"rules", "rules_json", Kind::Json}},
         QStringLiteral("name"),
         {}},
        {QStringLiteral("mailing"),
         QStringLiteral("mailings"),
         {{"created_at", "created_at", Kind::Int},
          {"name", "name", Kind::Text},
          {"subject", "subject", Kind::Text},
          {"preheader", "preheader", Kind::Text},
          {"from_name", "from_name", Kind::Text},
          {"from_email", "from_email", Kind::Text},
          {"reply_to", "reply_to", Kind::Text},
          {"template", "template_id", Kind::NullRef, "templates"},
          {"audience", "audience_json", Kind::Json},
          {"click_tracking", "click_tracking", Kind::Bool},
          {"open_tracking", "open_tracking", Kind::Bool},
          {"schedule_at", "schedule_at", Kind::NullInt},
          {"time_zone", "time_zone", Kind::Text},
          {"state", "state", Kind::Text},
          {"sealed_at", "sealed_at", Kind::NullInt},
          {"template_html", "template_html", Kind::NullText},
          {"template_text", "template_text", Kind::NullText},
          {"template_subject", "template_subject", Kind::NullText},
          {"sender", "sender_json", Kind::NullJson}},
         QStringLiteral("name"),
         {}},
    };
    for (const Spec& s : specs)
        if (s.type == type)
            return &s;
    return nullptr;
}

int SyncCodec::typeRank(const QString& type)
{
    static const QStringList order{
        QStringLiteral("contact"),
        QStringLiteral("list"),
        QStringLiteral("tag"),
        QStringLiteral("template"),
        QStringLiteral("asset"),
        QStringLiteral("segment"),
        QStringLiteral("suppression"),
        QStringLiteral("erasure"),
        QStringLiteral("consent_evidence"),
        QStringLiteral("list_member"),
        QStringLiteral("contact_tag"),
        QStringLiteral("consent_event"),
        QStringLiteral("template_revision"),
        QStringLiteral("mailing"),
    };
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> h;
        for (int i = 0; i < order.size(); ++i)
            h.insert(order.at(i), i);
        return h;
    }();
    return ranks.value(type, int(order.size()));
}

SyncCodec::SyncCodec(Store& store)
    : m_store(store)
{}

std::optional<qint64> SyncCodec::idOf(const QString& table, const QString& uuid)
{
    // The table name comes from the fixed specs above, never from input.
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.bindValue(0, uuid);
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

std::optional<QString> SyncCodec::uuidOf(const QString& table, qint64 id)
{
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    std::optional<QString> uuid;
    if (q.exec() && q.next())
        uuid = q.value(0).toString();
    q.finish();
    return uuid;
}

bool SyncCodec::contactErased(const QString& uuid)
{
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT erased FROM contacts WHERE uuid = ?"));
    q.bindValue(0, uuid);
    const bool erased = q.exec() && q.next() && q.value(0).toInt() == 1;
    q.finish();
    return erased;
}

bool SyncCodec::hasLocalEdits(const QString& type, const QString& uuid)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT 1 FROM change_log WHERE entity = ? AND uuid = ? LIMIT 1"));
    q.bindValue(0, type);
    q.bindValue(1, uuid);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<void> SyncCodec::logLocal(const QString& type, const QString& uuid, const QString& op)
{
    // Only when nothing is waiting already: one pending entry pushes the row as it is then.
    QSqlQuery& pending = m_store.statement(QStringLiteral(
        "SELECT 1 FROM change_log WHERE entity = ? AND uuid = ? AND batch IS NULL LIMIT 1"));
    pending.bindValue(0, type);
    pending.bindValue(1, uuid);
    const bool waiting = pending.exec() && pending.next();
    pending.finish();
    if (waiting)
        return {};
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO change_log(entity, uuid, op, changed_at) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, type);
    q.bindValue(1, uuid);
    q.bindValue(2, op);
    q.bindValue(3, Clock::nowMs());
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("change_log"));
    q.finish();
    return {};
}

Result<void> SyncCodec::dropPending(const QString& type, const QString& uuid)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("DELETE FROM change_log WHERE entity = ? AND uuid = ? AND batch IS NULL"));
    q.bindValue(0, type);
    q.bindValue(1, uuid);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("change_log"));
    q.finish();
    return {};
}

QString SyncCodec::freeName(const QString& table, const QString& wanted)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT 1 FROM %1 WHERE name = ? COLLATE NOCASE AND deleted = 0")
            .arg(table));
    for (int n = 2;; ++n) {
        const QString name = tr("%1 (%2)", "a name made unique: “Klanten (2)”").arg(wanted).arg(n);
        q.bindValue(0, name);
        const bool taken = q.exec() && q.next();
        q.finish();
        if (!taken)
            return name;
    }
}

// ---- reading -------------------------------------------------------------------------

std::optional<SyncChange> SyncCodec::read(const QString& type, const QString& uuid)
{
    SyncChange c;
    c.type = type;
    c.uuid = uuid;
    if (const auto rev = baseRev(type, uuid))
        c.baseRev = *rev;

    if (type == kConsentEvent) {
        const auto e = ConsentRepository(m_store).findByUuid(uuid, &c.updatedAt);
        if (!e)
            return std::nullopt;
        c.data = e->toJson();
        c.data.remove(QStringLiteral("uuid")); // the change's own
        c.data.remove(QStringLiteral("rev"));  // the server's business
        return c;
    }
    if (type == kEvidence) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT updated_at, deleted, sha256, mime_type, size FROM "
                           "consent_evidence WHERE uuid = ?"));
        q.bindValue(0, uuid);
        if (!q.exec() || !q.next()) {
            q.finish();
            return std::nullopt;
        }
        c.updatedAt = q.value(0).toLongLong();
        c.deleted = q.value(1).toInt() != 0;
        c.data = QJsonObject{{QStringLiteral("sha256"), q.value(2).toString()},
                             {QStringLiteral("mime_type"), q.value(3).toString()},
                             {QStringLiteral("size"), q.value(4).toLongLong()}};
        q.finish();
        return c;
    }

    const Spec* s = spec(type);
    if (!s)
        return std::nullopt;
    static QHash<QString, QString> selects; // the text depends on the type alone
    static QMutex selectsMutex;
    QString sql;
    {
        QMutexLocker lock(&selectsMutex);
        sql = selects.value(type);
        if (sql.isEmpty()) {
            QStringList exprs{QStringLiteral("t.updated_at"), QStringLiteral("t.deleted")};
            for (const Col& col : s->cols) {
                if (col.kind == Kind::Ref || col.kind == Kind::NullRef)
                    exprs << QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = t.%2)")
                                 .arg(QLatin1String(col.refTable), QLatin1String(col.column));
                else
                    exprs << QStringLiteral("t.") + QLatin1String(col.column);
            }
            if (type == kContact)
                exprs << QStringLiteral("t.erased");
            sql = QStringLiteral("SELECT %1 FROM %2 t WHERE t.uuid = ?")
                      .arg(exprs.join(QStringLiteral(", ")), s->table);
            selects.insert(type, sql);
        }
    }
    QSqlQuery& q = m_store.statement(sql);
    q.bindValue(0, uuid);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    c.updatedAt = q.value(0).toLongLong();
    c.deleted = q.value(1).toInt() != 0;
    int i = 2;
    for (const Col& col : s->cols) {
        const QVariant v = q.value(i++);
        const QString key = QLatin1String(col.key);
        switch (col.kind) {
        case Kind::Text:
        case Kind::Ref:
            c.data.insert(key, v.toString());
            break;
        case Kind::NullText:
        case Kind::NullRef:
            c.data.insert(key, v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
            break;
        case Kind::Int:
            c.data.insert(key, v.toLongLong());
            break;
        case Kind::NullInt:
            c.data.insert(key, v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong()));
            break;
        case Kind::Bool:
            c.data.insert(key, v.toInt() != 0);
            break;
        case Kind::Json:
            c.data.insert(key, parseJsonText(v.toString()));
            break;
        case Kind::NullJson:
            c.data.insert(key, v.isNull() ? QJsonValue() : parseJsonText(v.toString()));
            break;
        }
    }
    const bool erased = type == kContact && q.value(i).toInt() == 1;
    q.finish();
    if (erased) // nothing of the person travels: only that the row is gone for good
        c.data = QJsonObject{{kErasedKey, true}};
    if (type == QLatin1String("suppression")) {
        // The salt lets another device adopt this store's hashes (see apply).
        QSqlQuery& salt = m_store.statement(
            QStringLiteral("SELECT value FROM meta WHERE key = 'suppression_salt'"));
        if (salt.exec() && salt.next())
            c.data.insert(QStringLiteral("salt"), salt.value(0).toString());
        salt.finish();
    }
    return c;
}

QHash<QString, SyncChange> SyncCodec::readContacts(const QStringList& uuids)
{
    QHash<QString, SyncChange> found;
    if (uuids.isEmpty())
        return found;
    static const QString sql = [] {
        // The columns of the contact spec as JSON values, the kinds as read() gives them.
        QStringList pairs;
        for (const Col& col : spec(kContact)->cols) {
            const QString column = QStringLiteral("c.") + QLatin1String(col.column);
            QString value;
            switch (col.kind) {
            case Kind::Json:
            case Kind::NullJson:
                value = QStringLiteral("CASE WHEN json_valid(%1) AND json_type(%1) IN ('object', "
                                       "'array') THEN json(%1) END")
                            .arg(column);
                break;
            case Kind::Bool:
                value =
                    QStringLiteral("json(CASE WHEN %1 THEN 'true' ELSE 'false' END)").arg(column);
                break;
            case Kind::Text:
                value = QStringLiteral("coalesce(%1, '')").arg(column);
                break;
            case Kind::Int:
                value = QStringLiteral("coalesce(%1, 0)").arg(column);
                break;
            default: // the contact spec has no other kinds
                value = column;
            }
            pairs << QStringLiteral("'%1', %2").arg(QLatin1String(col.key), value);
        }
        return QStringLiteral(
                   "SELECT c.uuid, c.updated_at, c.deleted, coalesce(b.rev, c.rev), CASE WHEN "
                   "c.erased = 1 THEN "
                   "json_object('erased', json('true')) ELSE json_object(%1) END FROM "
                   "json_each(?) j JOIN contacts c ON c.uuid = j.value LEFT JOIN sync_base b "
                   "ON b.type = 'contact' AND b.uuid = c.uuid")
            .arg(pairs.join(QStringLiteral(", ")));
    }();
    QSqlQuery& q = m_store.statement(sql);
    q.bindValue(
        0, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact)));
    if (q.exec()) {
        while (q.next()) {
            SyncChange c;
            c.type = kContact;
            c.uuid = q.value(0).toString();
            c.updatedAt = q.value(1).toLongLong();
            c.deleted = q.value(2).toInt() != 0;
            c.baseRev = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
            c.dataJson = q.value(4).toString().toUtf8();
            found.insert(c.uuid, c);
        }
    }
    q.finish();
    return found;
}

QString SyncCodec::contentHash(const SyncChange& change)
{
    if ((change.type == QLatin1String("asset") || change.type == kEvidence) && !change.deleted)
        return change.data.value(QStringLiteral("sha256")).toString();
    return {};
}

std::optional<QByteArray> SyncCodec::localContent(const QString& type, const QString& sha256)
{
    QSqlQuery& q = m_store.statement(
        type == kEvidence
            ? QStringLiteral("SELECT data FROM consent_evidence WHERE sha256 = ?")
            : QStringLiteral(
                  "SELECT content FROM assets WHERE sha256 = ? ORDER BY deleted LIMIT 1"));
    q.bindValue(0, sha256);
    std::optional<QByteArray> data;
    if (q.exec() && q.next())
        data = q.value(0).toByteArray();
    q.finish();
    return data;
}

// ---- the base of merges -----------------------------------------------------------------

std::optional<qint64> SyncCodec::baseRev(const QString& type, const QString& uuid)
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT rev FROM sync_base WHERE type = ? AND uuid = ?"));
    q.bindValue(0, type);
    q.bindValue(1, uuid);
    std::optional<qint64> rev;
    if (q.exec() && q.next())
        rev = q.value(0).toLongLong();
    q.finish();
    if (!rev && type == kContact)
        rev = ownBaseRev(uuid);
    return rev;
}

std::optional<qint64> SyncCodec::ownBaseRev(const QString& uuid)
{
    // A synced contact without a base row is its own base (migration 13).
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT rev FROM contacts WHERE uuid = ? AND rev IS NOT NULL"));
    q.bindValue(0, uuid);
    std::optional<qint64> rev;
    if (q.exec() && q.next())
        rev = q.value(0).toLongLong();
    q.finish();
    return rev;
}

std::optional<SyncChange> SyncCodec::base(const QString& type, const QString& uuid)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT rev, deleted, data FROM sync_base WHERE type = ? AND uuid = ?"));
    q.bindValue(0, type);
    q.bindValue(1, uuid);
    std::optional<SyncChange> b;
    bool lazy = false;
    if (q.exec() && q.next()) {
        SyncChange c;
        c.type = type;
        c.uuid = uuid;
        c.rev = c.baseRev = q.value(0).toLongLong();
        c.deleted = q.value(1).toInt() != 0;
        lazy = q.value(2).isNull();
        if (!lazy)
            c.data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        b = c;
    }
    q.finish();
    if (!b && type == kContact) {
        if (const auto rev = ownBaseRev(uuid)) {
            SyncChange c;
            c.type = type;
            c.uuid = uuid;
            c.rev = c.baseRev = *rev;
            b = c;
            lazy = true;
        }
    }
    if (b && lazy && type == kContact) {
        // The contact has not changed since it was synced (migrations 12, 13): it is the base.
        const QHash<QString, SyncChange> rows = readContacts({uuid});
        if (const auto row = rows.constFind(uuid); row != rows.constEnd())
            b->data = QJsonDocument::fromJson(row->dataJson).object();
    }
    return b;
}

Result<void> SyncCodec::setBase(const SyncChange& change, bool lazy)
{
    if (lazy && change.type == kContact) {
        // Its own base at contacts.rev, which the caller has written: no row (migration 13).
        QSqlQuery& q = m_store.statement(
            QStringLiteral("DELETE FROM sync_base WHERE type = 'contact' AND uuid = ?"));
        q.bindValue(0, change.uuid);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync base"));
        q.finish();
        return {};
    }
    // An erased person leaves nothing here, also when what the server had (or what was sent
    // before the erasure) comes back while the erasure waits to be sent: the row is kept
    // with its revision and without data.
    if (!lazy && change.type == kContact && !isErase(change) && contactErased(change.uuid))
        lazy = true;
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO sync_base(type, uuid, rev, deleted, data) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(type, uuid) DO UPDATE SET rev = excluded.rev, deleted = excluded.deleted, "
        "data = excluded.data"));
    q.bindValue(0, change.type);
    q.bindValue(1, change.uuid);
    q.bindValue(2, change.rev);
    q.bindValue(3, change.deleted ? 1 : 0);
    q.bindValue(4, lazy                        ? QVariant(QMetaType(QMetaType::QString))
                   : change.dataJson.isEmpty() ? QVariant(compact(change.data))
                                               : QVariant(QString::fromUtf8(change.dataJson)));
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync base"));
    q.finish();
    return {};
}

Result<void> SyncCodec::accepted(const SyncChange& sent, qint64 rev,
                                 std::optional<bool> changedSince)
{
    // Consent events are append-only even in their rev (the ledger's triggers): their
    // revision lives in sync_base alone.
    if (const Spec* s = spec(sent.type)) {
        QSqlQuery& q =
            m_store.statement(QStringLiteral("UPDATE %1 SET rev = ? WHERE uuid = ?").arg(s->table));
        q.bindValue(0, rev);
        q.bindValue(1, sent.uuid);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync revision"));
        q.finish();
    } else if (sent.type == kEvidence) {
        QSqlQuery& q =
            m_store.statement(QStringLiteral("UPDATE consent_evidence SET rev = ? WHERE uuid = ?"));
        q.bindValue(0, rev);
        q.bindValue(1, sent.uuid);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync revision"));
        q.finish();
    }
    SyncChange b = sent;
    b.rev = rev;
    // A contact not changed since it was read for the batch is its own base (migration 12);
    // one changed while the batch was on its way keeps what was sent.
    const bool lazy =
        sent.type == kContact &&
        ownBaseOnAccept(sent, changedSince ? *changedSince : hasLocalEdits(kContact, sent.uuid));
    return setBase(b, lazy);
}

bool SyncCodec::ownBaseOnAccept(const SyncChange& sent, bool changedSince)
{
    return sent.type == kContact && !sent.deleted && !isErase(sent) && !changedSince;
}

Result<void> SyncCodec::acceptedOwnBases(const QVector<QPair<QString, qint64>>& uuidRevs)
{
    if (uuidRevs.isEmpty())
        return {};
    // What accepted() and setBase(…, true) write for each, row by row.
    BulkStatement rev(m_store, QStringLiteral("UPDATE contacts SET rev = ? WHERE uuid = ?"));
    BulkStatement base(m_store,
                       QStringLiteral("DELETE FROM sync_base WHERE type = 'contact' AND uuid = ?"));
    for (const auto& [uuid, r] : uuidRevs) {
        rev.bind(0, r);
        rev.bind(1, uuid);
        if (auto ran = rev.exec(QStringLiteral("sync revision")); !ran.ok())
            return ran.error();
        base.bind(0, uuid);
        if (auto ran = base.exec(QStringLiteral("sync base")); !ran.ok())
            return ran.error();
    }
    return {};
}

// ---- applying ---------------------------------------------------------------------------

Result<SyncCodec::Outcome> SyncCodec::apply(const SyncChange& remote,
                                            const QHash<QString, QByteArray>& contents,
                                            std::optional<bool> localEdits)
{
    Store::ApplyingRemote guard(m_store);
    if (const auto rev = baseRev(remote.type, remote.uuid); rev && *rev >= remote.rev)
        return Outcome::Skipped; // our own write coming back, or a row applied before
    const auto b = base(remote.type, remote.uuid);
    const bool edited = localEdits ? *localEdits : hasLocalEdits(remote.type, remote.uuid);
    Result<Outcome> out = Outcome::Skipped;
    if (edited && !SyncChange::isAppendOnly(remote.type)) {
        if (const auto local = read(remote.type, remote.uuid))
            out = merge(remote, *local, b, contents);
        else
            out = Outcome::Skipped; // erased here: the erase is on its way to the server
    } else {
        out = write(remote, contents);
    }
    if (!out.ok() || out.value() == Outcome::Deferred)
        return out;
    if (auto based = setBase(remote); !based.ok())
        return based.error();
    return out;
}

Result<SyncCodec::Outcome> SyncCodec::write(const SyncChange& remote,
                                            const QHash<QString, QByteArray>& contents)
{
    if (remote.type == kConsentEvent)
        return writeConsentEvent(remote);
    if (remote.type == kEvidence)
        return writeEvidence(remote, contents);
    if (isErase(remote))
        return eraseLocally(remote.type, remote.uuid, remote.updatedAt);
    const Spec* s = spec(remote.type);
    if (!s)
        return Outcome::Skipped; // types of later versions
    return writeGeneric(*s, remote, contents);
}

Result<SyncCodec::Outcome> SyncCodec::writeGeneric(const Spec& s, SyncChange remote,
                                                   const QHash<QString, QByteArray>& contents)
{
    // 0: not here (row ids start at 1)
    const qint64 existing = idOf(s.table, remote.uuid).value_or(0);
    const bool isMailing = remote.type == QLatin1String("mailing");

    // A sealed mailing belongs to the server: from then on only its state moves.
    if (isMailing && existing) {
        QSqlQuery& sealed =
            m_store.statement(QStringLiteral("SELECT sealed_at FROM mailings WHERE id = ?"));
        sealed.bindValue(0, existing);
        const bool isSealed = sealed.exec() && sealed.next() && !sealed.value(0).isNull();
        sealed.finish();
        if (isSealed) {
            if (remote.data.isEmpty())
                return Outcome::Skipped;
            QSqlQuery& q = m_store.statement(
                QStringLiteral("UPDATE mailings SET rev = ?, updated_at = ?, state = ?, "
                               "schedule_at = ?, time_zone = ? WHERE id = ?"));
            const QJsonValue at = remote.data.value(QStringLiteral("schedule_at"));
            Store::bindAll(q,
                           {remote.rev, remote.updatedAt,
                            remote.data.value(QStringLiteral("state")).toString(),
                            at.isDouble() ? QVariant(at.toInteger()) : QVariant(),
                            remote.data.value(QStringLiteral("time_zone")).toString(), existing});
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("mailing state"));
            q.finish();
            return Outcome::Applied;
        }
    }

    // A tombstone without data. (One with data is stored as a tombstone, also when this
    // store never had the row, so every device holds the same rows.)
    if (remote.deleted && remote.data.isEmpty()) {
        if (!existing)
            return Outcome::Skipped;
        QSqlQuery& q = m_store.statement(
            QStringLiteral("UPDATE %1 SET deleted = 1, rev = ?, updated_at = ? WHERE id = ?")
                .arg(s.table));
        Store::bindAll(q, {remote.rev, remote.updatedAt, existing});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync delete"));
        q.finish();
        return Outcome::Applied;
    }

    // Field values, references resolved by uuid.
    QVariantList values;
    QHash<QString, QVariant> byColumn;
    for (const Col& col : s.cols) {
        const QJsonValue v = remote.data.value(QLatin1String(col.key));
        QVariant bound;
        switch (col.kind) {
        case Kind::Text:
            bound = v.toString();
            break;
        case Kind::NullText:
            bound = v.isString() ? QVariant(v.toString()) : QVariant();
            break;
        case Kind::Int:
            bound = v.toInteger();
            break;
        case Kind::NullInt:
            bound = v.isDouble() ? QVariant(v.toInteger()) : QVariant();
            break;
        case Kind::Bool:
            bound = v.toBool() ? 1 : 0;
            break;
        case Kind::Json:
            bound = jsonText(v);
            break;
        case Kind::NullJson:
            bound = v.isNull() || v.isUndefined() ? QVariant() : QVariant(jsonText(v));
            break;
        case Kind::Ref:
        case Kind::NullRef: {
            if (col.kind == Kind::NullRef && !v.isString()) {
                bound = QVariant();
                break;
            }
            const QString table = QLatin1String(col.refTable);
            if (table == QLatin1String("contacts") && contactErased(v.toString()))
                return Outcome::Skipped; // nothing may point at an erased person again
            const auto id = idOf(table, v.toString());
            if (!id)
                return remote.deleted ? Outcome::Skipped : Outcome::Deferred;
            bound = *id;
            break;
        }
        }
        byColumn.insert(QLatin1String(col.column), bound);
        values << bound;
    }
    QStringList columns;
    for (const Col& col : s.cols)
        columns << QLatin1String(col.column);

    // Type rules before the write.
    if (remote.type == kContact) {
        columns << QStringLiteral("last_name_key");
        values << DutchName::sortKey(remote.data.value(QStringLiteral("last_name")).toString());
        if (!remote.deleted) {
            // The same address added on two devices: the row with the smaller uuid stays, the
            // other becomes a tombstone (on both devices, by this same rule).
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "SELECT uuid FROM contacts WHERE email = ? COLLATE NOCASE AND deleted = 0 AND "
                "uuid <> ?"));
            q.bindValue(0, byColumn.value(QStringLiteral("email")).toString());
            q.bindValue(1, remote.uuid);
            const QString other = q.exec() && q.next() ? q.value(0).toString() : QString();
            q.finish();
            if (!other.isEmpty()) {
                if (remote.uuid < other) {
                    QSqlQuery& d = m_store.statement(QStringLiteral(
                        "UPDATE contacts SET deleted = 1, updated_at = ? WHERE uuid = ?"));
                    Store::bindAll(d, {Clock::nowMs(), other});
                    if (!d.exec())
                        return Store::databaseError(d, QStringLiteral("duplicate contact"));
                    d.finish();
                    if (auto logged = logLocal(kContact, other, QStringLiteral("delete"));
                        !logged.ok())
                        return logged.error();
                } else {
                    remote.deleted = true;
                }
            }
        }
    }
    if (!s.nameColumn.isEmpty() && !remote.deleted) {
        // Two devices made a list (template, segment…) of the same name: the one with the
        // larger uuid is renamed, wherever it is.
        const QString name = byColumn.value(s.nameColumn).toString();
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT uuid%1 FROM %2 WHERE name = ? COLLATE NOCASE AND deleted = 0 "
                           "AND uuid <> ?")
                .arg(isMailing ? QStringLiteral(", sealed_at IS NOT NULL") : QString(), s.table));
        q.bindValue(0, name);
        q.bindValue(1, remote.uuid);
        QString other;
        bool otherSealed = false;
        if (q.exec() && q.next()) {
            other = q.value(0).toString();
            otherSealed = isMailing && q.value(1).toBool();
        }
        q.finish();
        if (!other.isEmpty()) {
            const QString renamed = freeName(s.table, name);
            if (remote.uuid < other && !otherSealed) {
                QSqlQuery& r = m_store.statement(
                    QStringLiteral("UPDATE %1 SET name = ?, updated_at = ? WHERE uuid = ?")
                        .arg(s.table));
                Store::bindAll(r, {renamed, Clock::nowMs(), other});
                if (!r.exec())
                    return Store::databaseError(r, QStringLiteral("rename duplicate"));
                r.finish();
                if (auto logged = logLocal(remote.type, other, QStringLiteral("upsert"));
                    !logged.ok())
                    return logged.error();
            } else {
                values[columns.indexOf(s.nameColumn)] = renamed;
            }
        }
    }
    if (!s.pair.isEmpty() && !remote.deleted) {
        // The same contact put on the same list on two devices: one membership stays.
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? AND %3 = ? AND uuid <> ?")
                .arg(s.table, s.pair.at(0), s.pair.at(1)));
        Store::bindAll(q,
                       {byColumn.value(s.pair.at(0)), byColumn.value(s.pair.at(1)), remote.uuid});
        const QString other = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (!other.isEmpty()) {
            if (remote.uuid > other)
                return Outcome::Skipped;
            QSqlQuery& d =
                m_store.statement(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(s.table));
            d.bindValue(0, other);
            if (!d.exec())
                return Store::databaseError(d, QStringLiteral("duplicate membership"));
            d.finish();
            if (auto logged = logLocal(remote.type, other, QStringLiteral("erase")); !logged.ok())
                return logged.error();
        }
    }
    if (remote.type == QLatin1String("template_revision")) {
        // Two devices numbered their revisions of one template independently.
        QSqlQuery& q =
            m_store.statement(QStringLiteral("SELECT uuid FROM template_revisions WHERE "
                                             "template_id = ? AND number = ? AND uuid <> ?"));
        Store::bindAll(q, {byColumn.value(QStringLiteral("template_id")),
                           byColumn.value(QStringLiteral("number")), remote.uuid});
        const QString other = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (!other.isEmpty()) {
            // The smaller uuid keeps the number, the other moves to the end, on every device
            // by the same rule (history rows are written once on the server: not pushed).
            QSqlQuery& n =
                m_store.statement(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM "
                                                 "template_revisions WHERE template_id = ?"));
            n.bindValue(0, byColumn.value(QStringLiteral("template_id")));
            const int last = n.exec() && n.next() ? n.value(0).toInt() : 1;
            n.finish();
            if (remote.uuid < other) {
                QSqlQuery& move = m_store.statement(
                    QStringLiteral("UPDATE template_revisions SET number = ? WHERE uuid = ?"));
                Store::bindAll(move, {last, other});
                if (!move.exec())
                    return Store::databaseError(move, QStringLiteral("template revision"));
                move.finish();
            } else {
                values[columns.indexOf(QStringLiteral("number"))] = last;
            }
        }
    }
    if (remote.type == QLatin1String("suppression")) {
        const QString salt = remote.data.value(QStringLiteral("salt")).toString();
        QSqlQuery& mine = m_store.statement(QStringLiteral(
            "SELECT value, (SELECT count(*) FROM suppressions), (SELECT count(*) FROM "
            "suppressions WHERE email IS NULL AND deleted = 0) FROM meta WHERE key = "
            "'suppression_salt'"));
        QString localSalt;
        qint64 entries = 0, hashOnly = 0;
        if (mine.exec() && mine.next()) {
            localSalt = mine.value(0).toString();
            entries = mine.value(1).toLongLong();
            hashOnly = mine.value(2).toLongLong();
        }
        mine.finish();
        // The devices of an account come to one salt, so an erased person's hash-only entry
        // matches everywhere: a store adopts a salt it meets when it has no suppression yet,
        // or when the other is smaller and every entry here still has its address (rehashed).
        if (!salt.isEmpty() && salt != localSalt &&
            (entries == 0 || (salt < localSalt && hashOnly == 0))) {
            QSqlQuery& adopt = m_store.statement(
                QStringLiteral("UPDATE meta SET value = ? WHERE key = 'suppression_salt'"));
            adopt.bindValue(0, salt);
            if (!adopt.exec())
                return Store::databaseError(adopt, QStringLiteral("suppression salt"));
            adopt.finish();
            localSalt = salt;
            SuppressionList fresh(m_store); // reads the new salt
            QVector<QPair<qint64, QString>> rows;
            QSqlQuery& all = m_store.statement(
                QStringLiteral("SELECT id, email FROM suppressions WHERE email IS NOT NULL"));
            if (all.exec())
                while (all.next())
                    rows.push_back({all.value(0).toLongLong(), all.value(1).toString()});
            all.finish();
            for (const auto& [id, address] : rows) {
                QSqlQuery& rehash = m_store.statement(
                    QStringLiteral("UPDATE suppressions SET email_hash = ? WHERE id = ?"));
                Store::bindAll(rehash, {fresh.hashOfNormalized(address), id});
                if (!rehash.exec())
                    return Store::databaseError(rehash, QStringLiteral("suppression salt"));
                rehash.finish();
            }
        }
        const QVariant email = byColumn.value(QStringLiteral("email"));
        if (!email.isNull()) // hashed with this store's salt, whatever the sender's was
            values[columns.indexOf(QStringLiteral("email_hash"))] =
                SuppressionList(m_store).hashOfNormalized(email.toString());
        if (!remote.deleted) {
            QSqlQuery& q =
                m_store.statement(QStringLiteral("SELECT uuid FROM suppressions WHERE email_hash = "
                                                 "? AND deleted = 0 AND uuid <> ?"));
            Store::bindAll(q,
                           {values.at(columns.indexOf(QStringLiteral("email_hash"))), remote.uuid});
            const QString other = q.exec() && q.next() ? q.value(0).toString() : QString();
            q.finish();
            if (!other.isEmpty()) {
                if (remote.uuid < other) {
                    QSqlQuery& d = m_store.statement(QStringLiteral(
                        "UPDATE suppressions SET deleted = 1, updated_at = ? WHERE uuid = ?"));
                    Store::bindAll(d, {Clock::nowMs(), other});
                    if (!d.exec())
                        return Store::databaseError(d, QStringLiteral("duplicate suppression"));
                    d.finish();
                    if (auto logged = logLocal(remote.type, other, QStringLiteral("delete"));
                        !logged.ok())
                        return logged.error();
                } else {
                    remote.deleted = true; // the address stays suppressed by the other entry
                }
            }
        }
    }
    if (remote.type == QLatin1String("asset")) {
        const QString sha = byColumn.value(QStringLiteral("sha256")).toString();
        if (!remote.deleted) {
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "SELECT 1 FROM assets WHERE sha256 = ? AND deleted = 0 AND uuid <> ?"));
            Store::bindAll(q, {sha, remote.uuid});
            const bool have = q.exec() && q.next();
            q.finish();
            if (have)
                return Outcome::Skipped; // content-addressed: one copy per content
        }
        auto content = contents.value(sha);
        if (content.isNull()) {
            if (const auto local = localContent(remote.type, sha))
                content = *local;
        }
        if (content.isNull())
            return Outcome::Deferred;
        columns << QStringLiteral("content");
        values << content;
    }

    // The statement's text depends on the type alone: made once.
    static QHash<QString, QString> upserts;
    static QMutex upsertsMutex;
    QString sql;
    {
        QMutexLocker lock(&upsertsMutex);
        sql = upserts.value(remote.type);
        if (sql.isEmpty()) {
            QStringList placeholders, updates;
            for (const QString& c : columns) {
                placeholders << QStringLiteral("?");
                updates << QStringLiteral("%1 = excluded.%1").arg(c);
            }
            sql = QStringLiteral("INSERT INTO %1(uuid, rev, updated_at, deleted, %2) VALUES (?, ?, "
                                 "?, ?, %3) ON CONFLICT(uuid) DO UPDATE SET rev = excluded.rev, "
                                 "updated_at = excluded.updated_at, deleted = excluded.deleted, %4")
                      .arg(s.table, columns.join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", ")),
                           updates.join(QStringLiteral(", ")));
            upserts.insert(remote.type, sql);
        }
    }
    QSqlQuery& q = m_store.statement(sql);
    q.bindValue(0, remote.uuid);
    q.bindValue(1, remote.rev);
    q.bindValue(2, remote.updatedAt);
    q.bindValue(3, remote.deleted ? 1 : 0);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        q.bindValue(4 + i, v.typeId() == QMetaType::QString && v.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : v);
    }
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync %1").arg(remote.type));
    q.finish();
    return Outcome::Applied;
}

Result<SyncCodec::Outcome> SyncCodec::writeEvidence(const SyncChange& remote,
                                                    const QHash<QString, QByteArray>& contents)
{
    const QString sha = remote.data.value(QStringLiteral("sha256")).toString();
    if (idOf(QStringLiteral("consent_evidence"), remote.uuid) || localContent(kEvidence, sha))
        return Outcome::Skipped; // stored once per content
    const QByteArray content = contents.value(sha);
    if (content.isNull())
        return Outcome::Deferred;
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO consent_evidence(sha256, uuid, rev, updated_at, mime_type, size, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"));
    Store::bindAll(q, {sha, remote.uuid, remote.rev, remote.updatedAt,
                       remote.data.value(QStringLiteral("mime_type")).toString(),
                       qint64(content.size()), content});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync evidence"));
    q.finish();
    return Outcome::Applied;
}

Result<SyncCodec::Outcome> SyncCodec::writeConsentEvent(const SyncChange& remote)
{
    if (idOf(QStringLiteral("consent_events"), remote.uuid))
        return Outcome::Skipped; // history is written once
    ConsentEvent e = ConsentEvent::fromJson(remote.data);
    e.uuid = remote.uuid;
    e.rev = remote.rev;
    qint64 contactId = 0;
    {
        QSqlQuery& q =
            m_store.statement(QStringLiteral("SELECT id, erased FROM contacts WHERE uuid = ?"));
        q.bindValue(0, e.contactUuid);
        if (!q.exec() || !q.next()) {
            q.finish();
            return Outcome::Deferred;
        }
        contactId = q.value(0).toLongLong();
        const bool erased = q.value(1).toInt() == 1;
        q.finish();
        if (erased)
            return Outcome::Skipped; // an erased person's history never comes back
    }
    if (e.computeHash() != e.hash) {
        // Changed on its way or on the server: it cannot serve as proof, and would break
        // the ledger's verification. Left out; the sync says so in its report.
        qWarning("sync: consent event %s does not match its hash; left out", qPrintable(e.uuid));
        return Outcome::Skipped;
    }
    // The event it follows must be here first, so the chain can be followed.
    QString head;
    qint64 chainLength = 0;
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT head, events FROM consent_chain WHERE contact_id = ?"));
        q.bindValue(0, contactId);
        if (q.exec() && q.next()) {
            head = q.value(0).toString();
            chainLength = q.value(1).toLongLong();
        }
        q.finish();
    }
    if (e.prevHash != ConsentEvent::genesisHash() && e.prevHash != head) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT 1 FROM consent_events WHERE contact_id = ? AND hash = ?"));
        q.bindValue(0, contactId);
        q.bindValue(1, e.prevHash);
        const bool known = q.exec() && q.next();
        q.finish();
        if (!known)
            return Outcome::Deferred;
    }
    if (!head.isEmpty() && e.prevHash != head)
        m_forked.insert(e.contactUuid); // written elsewhere without knowing of ours

    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO consent_events(uuid, rev, updated_at, contact_id, contact_uuid, purpose, "
            "state, basis, occurred_at, recorded_at, source, source_detail, wording, "
            "policy_version, soft_opt_in, evidence_sha256, evidence_name, evidence_note, actor, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        Store::bindAll(q, QVariantList{e.uuid, remote.rev,
                                       remote.updatedAt > 0 ? remote.updatedAt : e.recordedAt,
                                       contactId} +
                              e.columnValues());
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync consent event"));
        e.id = q.lastInsertId().toLongLong();
        q.finish();
    }
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("INSERT INTO consent_chain(contact_id, head, events) VALUES (?, ?, ?) "
                           "ON CONFLICT(contact_id) DO UPDATE SET head = excluded.head, events = "
                           "excluded.events"));
        Store::bindAll(q, {contactId, e.hash, chainLength + 1});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("consent chain"));
        q.finish();
    }
    // The current state, by the ledger's own rule (ConsentRepository::record): the later
    // event, and on equal time the stricter one.
    const int strictness = ConsentEvent::restrictiveness(e.state);
    bool becomesCurrent = true;
    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT occurred_at, strictness FROM consent_state WHERE contact_id = ? AND "
            "purpose = ?"));
        q.bindValue(0, contactId);
        q.bindValue(1, ConsentEvent::purposeName(e.purpose));
        if (q.exec() && q.next()) {
            const qint64 at = q.value(0).toLongLong();
            becomesCurrent =
                e.occurredAt > at || (e.occurredAt == at && strictness >= q.value(1).toInt());
        }
        q.finish();
    }
    if (becomesCurrent) {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO consent_state(contact_id, purpose, state, basis, occurred_at, "
            "strictness, event_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(contact_id, purpose) DO UPDATE SET state = excluded.state, "
            "basis = excluded.basis, occurred_at = excluded.occurred_at, "
            "strictness = excluded.strictness, event_id = excluded.event_id"));
        Store::bindAll(q, {contactId, ConsentEvent::purposeName(e.purpose),
                           ConsentEvent::stateName(e.state), ConsentEvent::basisName(e.basis),
                           e.occurredAt, strictness, e.id});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("consent state"));
        q.finish();
    }
    // The suppression entry a withdrawal made travels as a row of its own.
    return Outcome::Applied;
}

Result<SyncCodec::Outcome> SyncCodec::eraseLocally(const QString& type, const QString& uuid,
                                                   qint64 at)
{
    if (type == kContact) {
        const auto id = idOf(QStringLiteral("contacts"), uuid);
        if (!id) {
            // Never seen here: keep the uuid as an anonymous tombstone, so nothing that still
            // refers to the person (an old consent event on the server) is ever applied.
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "INSERT INTO contacts(uuid, updated_at, deleted, created_at, email, erased) "
                "VALUES (?, ?, 1, ?, ?, 1)"));
            Store::bindAll(q,
                           {uuid, at, at, uuid + QLatin1String(DataSubjectRights::ErasedDomain)});
            if (!q.exec())
                return Store::databaseError(q, QStringLiteral("sync erase"));
            q.finish();
            return Outcome::Applied;
        }
        if (contactErased(uuid))
            return Outcome::Skipped;
        if (auto erased = eraseContactRows(*id, at); !erased.ok())
            return erased.error();
        return Outcome::Applied;
    }
    const Spec* s = spec(type);
    if (!s)
        return Outcome::Skipped;
    if (type == QLatin1String("mailing"))
        return Outcome::Skipped; // a mailing holds no one's data of its own
    QSqlQuery& q = m_store.statement(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(s->table));
    q.bindValue(0, uuid);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("sync erase"));
    q.finish();
    return Outcome::Applied;
}

Result<void> SyncCodec::eraseContactRows(qint64 contactId, qint64 at)
{
    // What DataSubjectRights::eraseRows does, without what travels as rows of their own
    // (the hash-only suppression entry, the erasure record, the change log).
    QStringList evidence;
    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT DISTINCT evidence_sha256 FROM consent_events WHERE contact_id = ? AND "
            "evidence_sha256 <> ''"));
        q.bindValue(0, contactId);
        if (q.exec())
            while (q.next())
                evidence << q.value(0).toString();
        q.finish();
    }
    const QStringList steps = {
        QStringLiteral("UPDATE ledger_gate SET open = 1"),
        QStringLiteral("DELETE FROM consent_events WHERE contact_id = ?"),
        // A sealed mailing keeps the row (its counts stay true), with nothing of the person.
        QStringLiteral("UPDATE mailing_recipients SET email = (SELECT uuid FROM contacts WHERE "
                       "id = contact_id) || '%1', consent_state = 'erased', consent_event_id = "
                       "NULL WHERE contact_id = ?")
            .arg(QLatin1String(DataSubjectRights::ErasedDomain)),
        QStringLiteral("UPDATE ledger_gate SET open = 0"),
        QStringLiteral("DELETE FROM consent_state WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM consent_chain WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM list_members WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"),
        QStringLiteral("DELETE FROM import_items WHERE contact_id = ?"),
        QStringLiteral("UPDATE contacts SET erased = 1, deleted = 1, updated_at = ?, "
                       "email = uuid || '%1', first_name = '', last_name = '', "
                       "last_name_key = '', company = '', phone = '', street = '', "
                       "postal_code = '', city = '', country = '', website = '', notes = '', "
                       "custom_fields = '{}' WHERE id = ?")
            .arg(QLatin1String(DataSubjectRights::ErasedDomain)),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('search_purge_pending', '1') "
                       "ON CONFLICT(key) DO UPDATE SET value = '1'"),
    };
    for (const QString& sql : steps) {
        QSqlQuery& q = m_store.statement(sql);
        if (sql.startsWith(QLatin1String("UPDATE contacts"))) {
            q.bindValue(0, at);
            q.bindValue(1, contactId);
        } else if (sql.contains(QLatin1Char('?'))) {
            q.bindValue(0, contactId);
        }
        if (!q.exec()) {
            const Error error = Store::databaseError(q, QStringLiteral("sync erase"));
            (void)m_store.exec(QStringLiteral("UPDATE ledger_gate SET open = 0"));
            return error;
        }
        q.finish();
    }
    for (const QString& sha : evidence) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("DELETE FROM consent_evidence WHERE sha256 = ? AND NOT EXISTS "
                           "(SELECT 1 FROM consent_events WHERE evidence_sha256 = ?)"));
        Store::bindAll(q, {sha, sha});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("sync erase evidence"));
        q.finish();
    }
    return {};
}

// ---- merging (SPEC §6) --------------------------------------------------------------------

namespace {

// Field by field: a field changed on one side only keeps that side's value; changed on
// both, the later change (updated_at) wins.
QJsonValue mergeValue(const QJsonValue& base, bool haveBase, const QJsonValue& local,
                      const QJsonValue& remote, bool localIsLater)
{
    if (local == remote)
        return local;
    if (haveBase && local == base)
        return remote;
    if (haveBase && remote == base)
        return local;
    return localIsLater ? local : remote;
}

QJsonObject mergeObjects(const QJsonObject& base, bool haveBase, const QJsonObject& local,
                         const QJsonObject& remote, bool localIsLater,
                         const QString& nestedKey = {})
{
    QStringList keys = local.keys() + remote.keys() + base.keys();
    keys.removeDuplicates();
    QJsonObject merged;
    for (const QString& key : keys) {
        QJsonValue v;
        if (key == nestedKey)
            v = mergeObjects(base.value(key).toObject(), haveBase, local.value(key).toObject(),
                             remote.value(key).toObject(), localIsLater);
        else
            v = mergeValue(base.value(key), haveBase, local.value(key), remote.value(key),
                           localIsLater);
        if (!v.isUndefined())
            merged.insert(key, v);
    }
    return merged;
}

} // namespace

Result<SyncCodec::Outcome> SyncCodec::merge(const SyncChange& remote, const SyncChange& local,
                                            const std::optional<SyncChange>& base,
                                            const QHash<QString, QByteArray>& contents)
{
    const QString& type = remote.type;
    const auto keepLocal = [&]() -> Result<Outcome> {
        // The server's row becomes the base; ours is pushed again on top of it.
        if (auto logged =
                logLocal(type, local.uuid,
                         local.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
            !logged.ok())
            return logged.error();
        return Outcome::Merged;
    };
    const auto takeRemote = [&]() -> Result<Outcome> {
        auto written = write(remote, contents);
        if (!written.ok() || written.value() == Outcome::Deferred)
            return written;
        if (auto dropped = dropPending(type, remote.uuid); !dropped.ok())
            return dropped.error();
        return written;
    };

    if (isErase(local))
        return keepLocal(); // erased here: that stands, and is on its way
    if (isErase(remote))
        return takeRemote();
    if (local.deleted == remote.deleted && local.data == remote.data)
        return takeRemote();

    const bool localIsLater = local.updatedAt > remote.updatedAt;
    if (type == kContact) {
        const bool haveBase = base.has_value();
        const QJsonObject b = haveBase ? base->data : QJsonObject();
        SyncChange merged = remote;
        merged.data = mergeObjects(b, haveBase, local.data, remote.data, localIsLater,
                                   QStringLiteral("custom_fields"));
        merged.deleted = mergeValue(haveBase ? QJsonValue(base->deleted) : QJsonValue(), haveBase,
                                    local.deleted, remote.deleted, localIsLater)
                             .toBool();
        merged.updatedAt = std::max(local.updatedAt, remote.updatedAt);
        if (merged.data == remote.data && merged.deleted == remote.deleted)
            return takeRemote();
        auto written = write(merged, contents);
        if (!written.ok() || written.value() == Outcome::Deferred)
            return written;
        return keepLocal();
    }
    if (type == QLatin1String("template")) {
        if (remote.deleted)
            return keepLocal(); // edited here, deleted there: nothing typed is lost
        if (local.deleted)
            return takeRemote();
        // Both edited: the server's version becomes the template, ours a copy beside it.
        if (auto copied = conflictCopy(local); !copied.ok())
            return copied.error();
        auto taken = takeRemote();
        if (!taken.ok() || taken.value() == Outcome::Deferred)
            return taken;
        return Outcome::Merged;
    }
    if (type == QLatin1String("mailing")) {
        const auto sealed = [](const SyncChange& c) {
            return c.data.value(QStringLiteral("state")).toString() != QLatin1String("draft");
        };
        if (sealed(remote))
            return takeRemote(); // the server owns it from "scheduled" on
        if (sealed(local))
            return keepLocal();
    }
    // Everything else: the later change wins.
    return localIsLater ? keepLocal() : takeRemote();
}

Result<void> SyncCodec::conflictCopy(const SyncChange& local)
{
    const QString date = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    QString name = tr("%1 (conflict copy from %2)")
                       .arg(local.data.value(QStringLiteral("name")).toString(), date);
    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT 1 FROM templates WHERE name = ? COLLATE NOCASE AND deleted = 0"));
        q.bindValue(0, name);
        const bool taken = q.exec() && q.next();
        q.finish();
        if (taken)
            name = freeName(QStringLiteral("templates"), name);
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = Clock::nowMs();
    const QJsonValue text = local.data.value(QStringLiteral("text_override"));
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO templates(uuid, updated_at, created_at, name, subject, html, "
                       "text_override) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Store::bindAll(q, {uuid, now, now, name, local.data.value(QStringLiteral("subject")).toString(),
                       local.data.value(QStringLiteral("html")).toString(),
                       text.isString() ? QVariant(text.toString()) : QVariant()});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("conflict copy"));
    q.finish();
    return logLocal(QStringLiteral("template"), uuid, QStringLiteral("upsert"));
}

// ---- consent: the most restrictive wins -----------------------------------------------------

Result<int> SyncCodec::resolveConsentForks(const QSet<QString>& contactUuids)
{
    int recorded = 0;
    ConsentRepository consent(m_store);
    for (const QString& contactUuid : contactUuids) {
        const auto contactId = idOf(QStringLiteral("contacts"), contactUuid);
        if (!contactId || contactErased(contactUuid))
            continue;
        struct Node
        {
            qint64 id;
            QString hash, prev, purpose;
            ConsentEvent::State state;
            qint64 occurredAt;
        };
        QVector<Node> nodes;
        QHash<QString, int> byHash;
        {
            QSqlQuery& q = m_store.statement(QStringLiteral(
                "SELECT id, hash, prev_hash, purpose, state, occurred_at FROM consent_events "
                "WHERE contact_id = ? ORDER BY id"));
            q.bindValue(0, *contactId);
            if (q.exec()) {
                while (q.next()) {
                    byHash.insert(q.value(1).toString(), int(nodes.size()));
                    nodes.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString(),
                                     ConsentEvent::stateFromName(q.value(4).toString())
                                         .value_or(ConsentEvent::State::Unsubscribed),
                                     q.value(5).toLongLong()});
                }
            }
            q.finish();
        }
        const auto ancestors = [&](int i) {
            QSet<int> set;
            for (int at = byHash.value(nodes[i].prev, -1); at >= 0 && !set.contains(at);
                 at = byHash.value(nodes[at].prev, -1))
                set.insert(at);
            return set;
        };
        for (auto purpose :
             {ConsentEvent::Purpose::Newsletter, ConsentEvent::Purpose::Testimonial}) {
            const auto current = consent.current(*contactId, purpose);
            if (!current)
                continue;
            const QString purposeName = ConsentEvent::purposeName(purpose);
            int cur = -1;
            for (int i = 0; i < nodes.size(); ++i)
                if (nodes[i].id == current->eventId)
                    cur = i;
            if (cur < 0)
                continue;
            const QSet<int> before = ancestors(cur);
            // Events of this purpose not known to the device that wrote the current one,
            // that are still their own branch's latest word on the purpose.
            const ConsentEvent::State* strictest = nullptr;
            qint64 at = nodes[cur].occurredAt;
            for (int i = 0; i < nodes.size(); ++i) {
                if (i == cur || before.contains(i) || nodes[i].purpose != purposeName)
                    continue;
                if (ancestors(i).contains(cur))
                    continue; // written after the current one was known: not concurrent
                bool superseded = false;
                for (int j = 0; j < nodes.size() && !superseded; ++j)
                    superseded =
                        j != i && nodes[j].purpose == purposeName && ancestors(j).contains(i);
                if (superseded || !ConsentEvent::withdraws(nodes[i].state))
                    continue;
                if (ConsentEvent::restrictiveness(nodes[i].state) <=
                    ConsentEvent::restrictiveness(current->state))
                    continue;
                if (!strictest || ConsentEvent::restrictiveness(nodes[i].state) >
                                      ConsentEvent::restrictiveness(*strictest))
                    strictest = &nodes[i].state;
                at = std::max(at, nodes[i].occurredAt);
            }
            if (!strictest)
                continue;
            ConsentEvent e;
            e.contactId = *contactId;
            e.purpose = purpose;
            e.state = *strictest;
            e.source = QStringLiteral("sync");
            e.sourceDetail = tr("Withdrawn on another device while consent was given on this "
                                "one; the withdrawal wins.");
            e.actor = QStringLiteral("sync");
            e.occurredAt = std::min(at, Clock::nowMs() + kFutureSlackMs);
            auto made = consent.record(e);
            if (!made.ok())
                return made.error();
            ++recorded;
        }
    }
    return recorded;
}
