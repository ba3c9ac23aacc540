#include "Exporter.h"

#include "Contact.h"
#include "ContactRepository.h"

#include <QDir>
#include <QSaveFile>

// RFC 4180: quoted when the field holds the delimiter, a quote or a line break.
QByteArray Exporter::csvField(const QString& value, char delimiter)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(delimiter) || utf8.contains('"') || utf8.contains('\n') ||
        utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

namespace {

// vCard text value (RFC 6350 §3.4): backslash, comma, semicolon and line breaks escaped.
QString vcardText(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char(','), QLatin1String("\\,"));
    value.replace(QLatin1Char(';'), QLatin1String("\\;"));
    value.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return value;
}

// Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 sequence.
QByteArray folded(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        const bool continuation = (c & 0xC0) == 0x80;
        if (width >= 75 && !continuation) {
            out += "\r\n ";
            width = 1;
        }
        out += char(c);
        ++width;
    }
    return out + "\r\n";
}

} // namespace

QByteArray Exporter::csvHeader(char d)
{
    const char* names[] = {"email",       "first_name", "last_name", "company", "phone", "street",
                           "postal_code", "city",       "country",   "website", "notes"};
    QByteArray out;
    for (const char* n : names) {
        if (!out.isEmpty())
            out += d;
        out += n;
    }
    return out + "\r\n";
}

QByteArray Exporter::csvRow(const Contact& c, char d)
{
    const QString values[] = {c.email,      c.firstName, c.lastName, c.company, c.phone, c.street,
                              c.postalCode, c.city,      c.country,  c.website, c.notes};
    QByteArray out;
    bool first = true;
    for (const QString& v : values) {
        if (!first)
            out += d;
        first = false;
        out += csvField(v, d);
    }
    return out + "\r\n";
}

QByteArray Exporter::vcard(const Contact& c)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    out += folded(QStringLiteral("FN:") + vcardText(c.displayName()));
    out += folded(QStringLiteral("N:%1;%2;;;").arg(vcardText(c.lastName), vcardText(c.firstName)));
    out += folded(QStringLiteral("EMAIL;PREF=1:") + vcardText(c.email));
    if (!c.company.isEmpty())
        out += folded(QStringLiteral("ORG:") + vcardText(c.company));
    if (!c.phone.isEmpty())
        out += folded(QStringLiteral("TEL;VALUE=text:") + vcardText(c.phone));
    if (!c.street.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty() || !c.country.isEmpty())
        out += folded(QStringLiteral("ADR:;;%1;%2;;%3;%4")
                          .arg(vcardText(c.street), vcardText(c.city), vcardText(c.postalCode),
                               vcardText(c.country)));
    if (!c.website.isEmpty())
        out += folded(QStringLiteral("URL:") + vcardText(c.website));
    if (!c.notes.isEmpty())
        out += folded(QStringLiteral("NOTE:") + vcardText(c.notes));
    out += folded(QStringLiteral("UID:urn:uuid:") + c.uuid);
    return out + "END:VCARD\r\n";
}

QStringList Exporter::fileFilters()
{
    return {tr("CSV for Excel (*.csv)"), tr("CSV, UTF-8 with commas (*.csv)"),
            tr("vCard 4.0 (*.vcf)")};
}

Exporter::Options Exporter::optionsForFilter(int index)
{
    Options options;
    options.excel = index == 0;
    options.format = index == 2 ? Format::VCard : Format::Csv;
    return options;
}

Result<qint64> Exporter::exportTo(const QString& path, const ContactQuery& query,
                                  const Options& options)
{
    return write(path, options, [&](const std::function<void(const Contact&)>& visit) {
        return m_contacts.forEach(query, visit);
    });
}

Result<qint64> Exporter::exportTo(const QString& path, const QList<qint64>& contactIds,
                                  const Options& options)
{
    return write(path, options, [&](const std::function<void(const Contact&)>& visit) {
        for (qint64 id : contactIds) {
            const auto c = m_contacts.findById(id);
            if (c && !c->deleted)
                visit(*c);
        }
        return true;
    });
}

Result<qint64>
Exporter::write(const QString& path, const Options& options,
                const std::function<bool(const std::function<void(const Contact&)>&)>& each)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Error::Code::Invalid,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    const char delimiter = options.excel ? ';' : ',';
    if (options.format == Format::Csv) {
        if (options.excel)
            file.write("\xEF\xBB\xBF");
        file.write(csvHeader(delimiter));
    }
    qint64 n = 0;
    const bool read = each([&](const Contact& c) {
        file.write(options.format == Format::Csv ? csvRow(c, delimiter) : vcard(c));
        ++n;
    });
    if (!read) {
        file.cancelWriting();
        return Error{Error::Code::Database, tr("The contacts could not be read from the store.")};
    }
    if (!file.commit())
        return Error{
            Error::Code::Invalid,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    return n;
}
