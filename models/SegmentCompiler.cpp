#include "SegmentCompiler.h"

#include "Clock.h"
#include "Store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

using Rule = SegmentRule;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// The contacts columns a Field rule may name; nothing else ever reaches the SQL text.
QString standardColumn(const QString& field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("email"), QStringLiteral("c.email")},
        {QStringLiteral("first_name"), QStringLiteral("c.first_name")},
        {QStringLiteral("last_name"), QStringLiteral("c.last_name")},
        {QStringLiteral("company"), QStringLiteral("c.company")},
        {QStringLiteral("city"), QStringLiteral("c.city")},
        {QStringLiteral("country"), QStringLiteral("c.country")},
        {QStringLiteral("postal_code"), QStringLiteral("c.postal_code")},
        {QStringLiteral("phone"), QStringLiteral("c.phone")},
        {QStringLiteral("website"), QStringLiteral("c.website")},
    };
    return columns.value(field);
}

// A custom field as text ('' when the contact does not have it). A JSON path can quote
// any key but one holding a double quote or backslash (SQLite has no escape for those
// in a path); such keys are looked up through json_each, by the bound key itself.
QString customExpression(const QString& name, QVariantList& binds)
{
    if (!name.contains(QLatin1Char('"')) && !name.contains(QLatin1Char('\\'))) {
        binds << QStringLiteral("$.\"%1\"").arg(name);
        return QStringLiteral("coalesce(CAST(json_extract(c.custom_fields, ?) AS TEXT), '')");
    }
    binds << name;
    return QStringLiteral("coalesce((SELECT CAST(j.value AS TEXT) FROM json_each(c.custom_fields) "
                          "j WHERE j.key = ?), '')");
}

// The value as a LIKE pattern that matches it literally (with ESCAPE '\').
QString likeLiteral(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar ch : value) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

QString fieldCondition(const Rule& r, QVariantList& binds)
{
    const QString custom = Rule::customFieldName(r.field);
    const QString expr =
        custom.isEmpty() ? standardColumn(r.field) : customExpression(custom, binds);
    const QString like = QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expr);
    switch (r.fieldOp) {
    case Rule::FieldOp::Equals:
        binds << r.value;
        return QStringLiteral("%1 = ? COLLATE NOCASE").arg(expr);
    case Rule::FieldOp::NotEquals:
        binds << r.value;
        return QStringLiteral("%1 <> ? COLLATE NOCASE").arg(expr);
    case Rule::FieldOp::Contains:
        binds << QLatin1Char('%') + likeLiteral(r.value) + QLatin1Char('%');
        return like;
    case Rule::FieldOp::NotContains:
        binds << QLatin1Char('%') + likeLiteral(r.value) + QLatin1Char('%');
        return QStringLiteral("NOT (%1)").arg(like);
    case Rule::FieldOp::StartsWith:
        binds << likeLiteral(r.value) + QLatin1Char('%');
        return like;
    case Rule::FieldOp::EndsWith:
        binds << QLatin1Char('%') + likeLiteral(r.value);
        return like;
    case Rule::FieldOp::IsEmpty:
        return QStringLiteral("%1 = ''").arg(expr);
    case Rule::FieldOp::IsNotEmpty:
        return QStringLiteral("%1 <> ''").arg(expr);
    }
    return QStringLiteral("0");
}

QString notIf(bool negate, const QString& condition)
{
    return negate ? QStringLiteral("NOT ") + condition : condition;
}

QString stateName(Rule::ConsentState s)
{
    switch (s) {
    case Rule::ConsentState::Subscribed:
        return QStringLiteral("subscribed");
    case Rule::ConsentState::Pending:
        return QStringLiteral("pending");
    case Rule::ConsentState::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case Rule::ConsentState::Bounced:
        return QStringLiteral("bounced");
    case Rule::ConsentState::Complained:
        return QStringLiteral("complained");
    case Rule::ConsentState::None:
        break;
    }
    return {};
}

QString dateCondition(const Rule& r, qint64 nowMs, QVariantList& binds)
{
    QString op;
    switch (r.dateOp) {
    case Rule::DateOp::WithinLastDays:
        op = QStringLiteral(">=");
        binds << nowMs - qint64(r.days) * kDayMs;
        break;
    case Rule::DateOp::Before: // before the day began (UTC)
        op = QStringLiteral("<");
        binds << r.date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        break;
    case Rule::DateOp::After: // from the day after it (UTC)
        op = QStringLiteral(">=");
        binds << r.date.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        break;
    }
    switch (r.dateField) {
    case Rule::DateField::CreatedAt:
        return QStringLiteral("c.created_at %1 ?").arg(op);
    case Rule::DateField::UpdatedAt:
        return QStringLiteral("c.updated_at %1 ?").arg(op);
    case Rule::DateField::SubscribedSince:
        break;
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM consent_state s WHERE s.contact_id = c.id AND "
                          "s.purpose = 'newsletter' AND s.state = 'subscribed' AND "
                          "s.occurred_at %1 ?)")
        .arg(op);
}

QString condition(const Rule& r, qint64 nowMs, QVariantList& binds)
{
    switch (r.kind) {
    case Rule::Kind::Field:
        return fieldCondition(r, binds);
    case Rule::Kind::List:
        if (!r.listUuid.isEmpty())
            binds << r.listUuid;
        else
            binds << r.listId;
        return notIf(
            r.negate,
            QStringLiteral("EXISTS (SELECT 1 FROM list_members m JOIN lists l ON l.id = "
                           "m.list_id WHERE m.contact_id = c.id AND m.deleted = 0 AND "
                           "l.deleted = 0 AND %1 = ?)")
                .arg(r.listUuid.isEmpty() ? QStringLiteral("l.id") : QStringLiteral("l.uuid")));
    case Rule::Kind::Tag:
        binds << r.value.simplified();
        return notIf(r.negate, QStringLiteral("EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t "
                                              "ON t.id = ct.tag_id WHERE ct.contact_id = c.id AND "
                                              "ct.deleted = 0 AND t.deleted = 0 AND t.name = ? "
                                              "COLLATE NOCASE)"));
    case Rule::Kind::Consent: {
        // No state recorded is its own value: "is none" means no newsletter entry at all.
        const bool none = r.consentState == Rule::ConsentState::None;
        QString sql = QStringLiteral("EXISTS (SELECT 1 FROM consent_state s WHERE s.contact_id = "
                                     "c.id AND s.purpose = 'newsletter'");
        if (!none) {
            sql += QStringLiteral(" AND s.state = ?");
            binds << stateName(r.consentState);
        }
        sql += QLatin1Char(')');
        return notIf(r.negate != none, sql);
    }
    case Rule::Kind::Date:
        return dateCondition(r, nowMs, binds);
    case Rule::Kind::Group: {
        const bool all = r.match == Rule::Match::All;
        if (r.children.isEmpty())
            return all ? QStringLiteral("1") : QStringLiteral("0");
        QStringList parts;
        for (const Rule& child : r.children)
            parts << QLatin1Char('(') + condition(child, nowMs, binds) + QLatin1Char(')');
        return parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    }
    }
    return QStringLiteral("0");
}

} // namespace

Result<SegmentCompiler::Compiled> SegmentCompiler::compile(const SegmentRule& rule, qint64 nowMs)
{
    if (auto valid = rule.validate(); !valid.ok())
        return valid.error();
    Compiled out;
    out.where = condition(rule, nowMs, out.binds);
    return out;
}

qint64 SegmentCompiler::count(Store& store, const SegmentRule& rule)
{
    auto compiled = compile(rule, Clock::nowMs());
    if (!compiled.ok())
        return -1;
    // Not a cached statement: every segment is its own SQL text.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM contacts c WHERE c.deleted = 0 AND (%1)")
                       .arg(compiled.value().where)))
        return -1;
    Store::bindAll(q, compiled.value().binds);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
