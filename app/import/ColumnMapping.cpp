#include "ColumnMapping.h"

#include <QHash>
#include <QSet>

namespace {

using T = ColumnMapping::Target;

// Lower case, accents off, only letters and digits: "E-mail 1 - Value" → "email1value".
QString key(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : decomposed)
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
    return out;
}

const QHash<QString, T>& known()
{
    static const QHash<QString, T> table = [] {
        QHash<QString, T> t;
        auto add = [&t](T target, std::initializer_list<const char*> names) {
            for (const char* n : names)
                t.insert(key(QString::fromUtf8(n)), target);
        };
        add(T::Email, {"email", "e-mail", "e-mailadres", "emailadres", "mail", "mailadres",
                       "email address", "e-mail address", "emailaddress", "e-mail 1 - value",
                       "e-mail 1", "primary email", "email 1", "e-mail adres"});
        add(T::FirstName, {"first name", "firstname", "voornaam", "roepnaam", "given name",
                           "voornamen", "fname"});
        add(T::LastNamePrefix, {"tussenvoegsel", "tussenvoegsels", "voorvoegsel"});
        add(T::LastName, {"last name", "lastname", "achternaam", "surname", "family name",
                          "familienaam", "lname"});
        add(T::Company,
            {"company", "bedrijf", "bedrijfsnaam", "organisatie", "organization", "organisation",
             "organization 1 - name", "organization name", "firma", "company name"});
        add(T::Phone, {"phone", "telefoon", "telefoonnummer", "tel", "mobiel", "mobile",
                       "mobile phone", "mobiele telefoon", "business phone", "primary phone",
                       "home phone", "phone number", "phone 1 - value", "gsm"});
        add(T::Street,
            {"street", "straat", "adres", "address", "straat en huisnummer", "business street",
             "home street", "address 1 - street", "street address", "straatnaam"});
        add(T::PostalCode, {"postcode", "postal code", "zip", "zip code", "zipcode",
                            "business postal code", "home postal code", "address 1 - postal code"});
        add(T::City, {"city", "plaats", "woonplaats", "stad", "plaatsnaam", "business city",
                      "home city", "address 1 - city", "town"});
        add(T::Country, {"country", "land", "business country/region", "home country/region",
                         "address 1 - country", "country/region"});
        add(T::Website,
            {"website", "web page", "webpage", "url", "site", "website 1 - value", "homepage"});
        add(T::Notes, {"notes", "notities", "opmerkingen", "opmerking", "notitie", "note"});
        return t;
    }();
    return table;
}

} // namespace

ColumnMapping::Target ColumnMapping::guessTarget(const QString& header)
{
    return known().value(key(header), T::Ignore);
}

ColumnMapping ColumnMapping::guess(const QStringList& headers)
{
    ColumnMapping mapping;
    QSet<int> taken; // each field is filled from one column: the first that names it
    for (const QString& header : headers) {
        Column column;
        column.header = header.trimmed();
        const T target = guessTarget(column.header);
        if (target != T::Ignore && !taken.contains(int(target))) {
            column.target = target;
            taken.insert(int(target));
        }
        mapping.m_columns << column;
    }
    return mapping;
}

void ColumnMapping::setTarget(int column, Target target)
{
    if (column < 0 || column >= m_columns.size())
        return;
    // A field comes from one column: a column that had it lets go.
    if (target != T::Ignore && target != T::Custom)
        for (Column& other : m_columns)
            if (other.target == target)
                other.target = T::Ignore;
    m_columns[column].target = target;
}

bool ColumnMapping::hasEmail() const
{
    for (const Column& c : m_columns)
        if (c.target == T::Email)
            return true;
    return false;
}

QString ColumnMapping::targetName(Target target)
{
    switch (target) {
    case T::Ignore:
        return QStringLiteral("ignore");
    case T::Email:
        return QStringLiteral("email");
    case T::FirstName:
        return QStringLiteral("first_name");
    case T::LastNamePrefix:
        return QStringLiteral("last_name_prefix");
    case T::LastName:
        return QStringLiteral("last_name");
    case T::Company:
        return QStringLiteral("company");
    case T::Phone:
        return QStringLiteral("phone");
    case T::Street:
        return QStringLiteral("street");
    case T::PostalCode:
        return QStringLiteral("postal_code");
    case T::City:
        return QStringLiteral("city");
    case T::Country:
        return QStringLiteral("country");
    case T::Website:
        return QStringLiteral("website");
    case T::Notes:
        return QStringLiteral("notes");
    case T::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ColumnMapping::Target> ColumnMapping::targetFromName(const QString& name)
{
    for (int i = int(T::Ignore); i <= int(T::Custom); ++i)
        if (targetName(T(i)) == name)
            return T(i);
    return std::nullopt;
}

QString ColumnMapping::targetLabel(Target target)
{
    switch (target) {
    case T::Ignore:
        return tr("Do not import");
    case T::Email:
        return tr("E-mail address");
    case T::FirstName:
        return tr("First name");
    case T::LastNamePrefix:
        return tr("Last name prefix (van, de, van der)");
    case T::LastName:
        return tr("Last name");
    case T::Company:
        return tr("Company");
    case T::Phone:
        return tr("Phone");
    case T::Street:
        return tr("Street and number");
    case T::PostalCode:
        return tr("Postal code");
    case T::City:
        return tr("City");
    case T::Country:
        return tr("Country");
    case T::Website:
        return tr("Website");
    case T::Notes:
        return tr("Notes");
    case T::Custom:
        return tr("Custom field");
    }
    return {};
}
