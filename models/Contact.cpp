#include "Contact.h"

#include <QJsonDocument>

QString Contact::displayName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

void Contact::trimFields()
{
    for (QString* s :
         {&firstName, &lastName, &company, &phone, &street, &postalCode, &city, &country, &website})
        *s = s->trimmed();
    QMap<QString, QString> custom;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it) {
        if (!it.key().trimmed().isEmpty())
            custom.insert(it.key().trimmed(), it.value());
    }
    customFields = custom;
}

QString Contact::customFieldsJson() const
{
    if (customFields.isEmpty())
        return QStringLiteral("{}");
    QJsonObject o;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject Contact::toJson() const
{
    QJsonObject custom;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        custom.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("email"), email},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("company"), company},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("street"), street},
        {QStringLiteral("postal_code"), postalCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("website"), website},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("custom_fields"), custom},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("deleted"), deleted},
    };
    o.insert(QStringLiteral("rev"), rev ? QJsonValue(*rev) : QJsonValue());
    return o;
}

Contact Contact::fromJson(const QJsonObject& o)
{
    Contact c;
    c.uuid = o.value(QStringLiteral("uuid")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.firstName = o.value(QStringLiteral("first_name")).toString();
    c.lastName = o.value(QStringLiteral("last_name")).toString();
    c.company = o.value(QStringLiteral("company")).toString();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.street = o.value(QStringLiteral("street")).toString();
    c.postalCode = o.value(QStringLiteral("postal_code")).toString();
    c.city = o.value(QStringLiteral("city")).toString();
    c.country = o.value(QStringLiteral("country")).toString();
    c.website = o.value(QStringLiteral("website")).toString();
    c.notes = o.value(QStringLiteral("notes")).toString();
    const QJsonObject custom = o.value(QStringLiteral("custom_fields")).toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        c.customFields.insert(it.key(), it.value().toString());
    c.createdAt = o.value(QStringLiteral("created_at")).toInteger();
    c.updatedAt = o.value(QStringLiteral("updated_at")).toInteger();
    c.deleted = o.value(QStringLiteral("deleted")).toBool();
    const QJsonValue rev = o.value(QStringLiteral("rev"));
    if (!rev.isNull() && !rev.isUndefined())
        c.rev = rev.toInteger();
    return c;
}

bool Contact::operator==(const Contact& o) const
{
    return uuid == o.uuid && email == o.email && firstName == o.firstName &&
           lastName == o.lastName && company == o.company && phone == o.phone &&
           street == o.street && postalCode == o.postalCode && city == o.city &&
           country == o.country && website == o.website && notes == o.notes &&
           customFields == o.customFields && deleted == o.deleted;
}
