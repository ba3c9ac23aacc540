#include "Audience.h"

#include "Segment.h"
#include "SegmentCompiler.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Members of live lists, deleted contacts included (they are counted as such).
const QString kListMembers = QStringLiteral(
    "SELECT m.contact_id FROM list_members m JOIN lists l ON l.id = m.list_id WHERE m.deleted = 0 "
    "AND l.deleted = 0 AND l.uuid IN (SELECT value FROM json_each(?))");

struct Part
{
    QString sql; // a SELECT of contact ids, or empty
    QVariantList binds;
};

Result<Part> contactsOf(Store& store, const QStringList& lists, const QStringList& segments,
                        qint64 nowMs)
{
    Part part;
    QStringList selects;
    if (!lists.isEmpty()) {
        QSqlQuery& q = store.statement(QStringLiteral(
            "SELECT count(*) FROM lists WHERE deleted = 0 AND uuid IN (SELECT value FROM "
            "json_each(?))"));
        q.bindValue(0, jsonArray(lists));
        const bool ok = q.exec() && q.next();
        const qint64 found = ok ? q.value(0).toLongLong() : -1;
        q.finish();
        if (!ok)
            return Store::databaseError(q, QStringLiteral("audience lists"));
        if (found != lists.size())
            return Error{Error::Code::NotFound,
                         RecipientSelection::tr("A list of this mailing’s audience no longer "
                                                "exists. Choose the lists again."),
                         QStringLiteral("audience")};
        selects << kListMembers;
        part.binds << jsonArray(lists);
    }
    for (const QString& uuid : segments) {
        QSqlQuery& q = store.statement(
            QStringLiteral("SELECT name, rules_json FROM segments WHERE uuid = ? AND deleted = 0"));
        q.bindValue(0, uuid);
        const bool found = q.exec() && q.next();
        const QString name = found ? q.value(0).toString() : QString();
        const QByteArray rulesJson = found ? q.value(1).toString().toUtf8() : QByteArray();
        q.finish();
        if (!found)
            return Error{Error::Code::NotFound,
                         RecipientSelection::tr("A segment of this mailing’s audience no longer "
                                                "exists. Choose the segments again."),
                         QStringLiteral("audience")};
        auto rules = SegmentRule::fromJsonText(rulesJson);
        if (!rules.ok())
            return Error{Error::Code::Invalid,
                         RecipientSelection::tr("The rules of segment “%1” cannot be read: %2")
                             .arg(name, rules.errorMessage()),
                         QStringLiteral("audience")};
        auto compiled = SegmentCompiler::compile(rules.value(), nowMs);
        if (!compiled.ok())
            return compiled.error();
        selects << QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted = 0 AND (%1)")
                       .arg(compiled.value().where);
        part.binds << compiled.value().binds;
    }
    part.sql = selects.join(QStringLiteral(" UNION "));
    return part;
}

} // namespace

Result<RecipientSelection::Sql> RecipientSelection::build(Store& store, const Audience& audience,
                                                          qint64 nowMs)
{
    auto included = contactsOf(store, audience.includeLists, audience.includeSegments, nowMs);
    if (!included.ok())
        return included.error();
    auto excluded = contactsOf(store, audience.excludeLists, audience.excludeSegments, nowMs);
    if (!excluded.ok())
        return excluded.error();
    Sql out;
    if (included.value().sql.isEmpty())
        return out;
    const QString exc = excluded.value().sql.isEmpty() ? QStringLiteral("SELECT NULL WHERE 0")
                                                       : excluded.value().sql;
    // The order of the CASE is the order of the reasons in RecipientCount.
    out.select =
        QStringLiteral(
            "WITH inc(id) AS (%1), exc(id) AS (%2) "
            "SELECT c.id AS contact_id, c.uuid AS uuid, c.email AS email, "
            "c.first_name AS first_name, c.last_name AS last_name, "
            "c.custom_fields AS custom_fields, s.state AS consent_state, "
            "s.event_id AS consent_event_id, "
            "CASE WHEN c.deleted <> 0 THEN 'deleted' "
            "WHEN c.id IN (SELECT id FROM exc) THEN 'excluded' "
            "WHEN s.state IS NULL THEN 'none' "
            "WHEN s.state <> 'subscribed' THEN s.state "
            "WHEN EXISTS (SELECT 1 FROM suppressions p WHERE p.deleted = 0 "
            "AND p.email = c.email COLLATE NOCASE) THEN 'suppressed' "
            "ELSE 'selected' END AS kind "
            "FROM inc JOIN contacts c ON c.id = inc.id "
            "LEFT JOIN consent_state s ON s.contact_id = c.id AND s.purpose = 'newsletter'")
            .arg(included.value().sql, exc);
    out.binds = included.value().binds + excluded.value().binds;
    return out;
}

Result<RecipientCount> countRecipients(Store& store, const Audience& audience, qint64 nowMs)
{
    auto sql = RecipientSelection::build(store, audience, nowMs);
    if (!sql.ok())
        return sql.error();
    RecipientCount count;
    if (sql.value().select.isEmpty())
        return count;
    // Not a cached statement: every audience is its own SQL text.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT kind, count(*) FROM (%1) GROUP BY kind")
                       .arg(sql.value().select)))
        return Store::databaseError(q, QStringLiteral("count recipients"));
    Store::bindAll(q, sql.value().binds);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("count recipients"));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        count.total += n;
        if (kind == QLatin1String("selected"))
            count.selected = n;
        else if (kind == QLatin1String("deleted"))
            count.deleted = n;
        else if (kind == QLatin1String("excluded"))
            count.excluded = n;
        else if (kind == QLatin1String("suppressed"))
            count.suppressed = n;
        else {
            count.notSubscribed += n;
            count.notSubscribedByState.insert(kind, n);
        }
    }
    return count;
}
