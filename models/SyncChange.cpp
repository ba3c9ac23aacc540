#include "SyncChange.h"

#include <QUuid>

const QStringList& SyncChange::types()
{
    static const QStringList list{
        QStringLiteral("contact"),           QStringLiteral("list"),
        QStringLiteral("list_member"),       QStringLiteral("tag"),
        QStringLiteral("contact_tag"),       QStringLiteral("consent_event"),
        QStringLiteral("consent_evidence"),  QStringLiteral("suppression"),
        QStringLiteral("erasure"),           QStringLiteral("template"),
        QStringLiteral("template_revision"), QStringLiteral("asset"),
        QStringLiteral("segment"),           QStringLiteral("mailing"),
        QStringLiteral("account_event"),
    };
    return list;
}

bool SyncChange::isAppendOnly(const QString& type)
{
    return type == QLatin1String("consent_event") || type == QLatin1String("consent_evidence") ||
           type == QLatin1String("erasure") || type == QLatin1String("account_event") ||
           type == QLatin1String("template_revision");
}

Result<SyncChange> SyncChange::fromPush(const QJsonObject& o)
{
    const auto invalid = [](const QString& field, const QString& message) {
        return Error{Error::Code::Invalid, message, field};
    };
    SyncChange c;
    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isString() || !types().contains(type.toString()))
        return invalid(
            QStringLiteral("type"),
            QStringLiteral("“type” must be one of: %1").arg(types().join(QStringLiteral(", "))));
    c.type = type.toString();
    const QJsonValue uuid = o.value(QLatin1String("uuid"));
    if (!uuid.isString() || QUuid::fromString(uuid.toString()).isNull() ||
        uuid.toString().size() != 36)
        return invalid(QStringLiteral("uuid"),
                       QStringLiteral("“uuid” must be a UUID like "
                                      "1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    c.uuid = uuid.toString().toLower();
    const QJsonValue base = o.value(QLatin1String("base_rev"));
    if (!base.isUndefined() && !base.isNull()) {
        // Checked as a double first: converting 1e300 to an integer is undefined.
        if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() > 9e15 ||
            base.toDouble() != double(qint64(base.toDouble())))
            return invalid(QStringLiteral("base_rev"),
                           QStringLiteral("“base_rev” must be a whole number ≥ 0"));
        c.baseRev = qint64(base.toDouble());
    }
    const QJsonValue deleted = o.value(QLatin1String("deleted"));
    if (!deleted.isUndefined() && !deleted.isBool())
        return invalid(QStringLiteral("deleted"),
                       QStringLiteral("“deleted” must be true or false"));
    c.deleted = deleted.toBool(false);
    const QJsonValue updated = o.value(QLatin1String("updated_at"));
    if (!updated.isUndefined()) {
        if (!updated.isDouble() || updated.toDouble() < 0 || updated.toDouble() > 9e15)
            return invalid(QStringLiteral("updated_at"),
                           QStringLiteral("“updated_at” must be a time in milliseconds"));
        c.updatedAt = qint64(updated.toDouble());
    }
    const QJsonValue data = o.value(QLatin1String("data"));
    if (data.isUndefined() || data.isNull()) {
        if (!c.deleted)
            return invalid(QStringLiteral("data"), QStringLiteral("“data” is missing"));
    } else if (!data.isObject()) {
        return invalid(QStringLiteral("data"), QStringLiteral("“data” must be an object"));
    } else {
        c.data = data.toObject();
    }
    if (c.deleted && isAppendOnly(c.type))
        return invalid(QStringLiteral("deleted"),
                       QStringLiteral("a %1 is history and cannot be deleted").arg(c.type));
    return c;
}

QJsonObject SyncChange::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("uuid"), uuid},
                       {QStringLiteral("rev"), rev},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("data"), data}};
}

QByteArray SyncChange::toJsonText(const QByteArray& dataText) const
{
    // The members in QJsonObject's order, so that the text is what toJson() would give.
    return "{\"data\":" + dataText + ",\"deleted\":" + (deleted ? "true" : "false") +
           ",\"rev\":" + QByteArray::number(rev) + ",\"type\":" + jsonString(type) +
           ",\"updated_at\":" + QByteArray::number(updatedAt) + ",\"uuid\":" + jsonString(uuid) +
           "}";
}

QByteArray SyncChange::jsonString(const QString& s)
{
    QByteArray out = "\"";
    for (const char ch : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else {
            out += ch;
        }
    }
    out += '"';
    return out;
}
