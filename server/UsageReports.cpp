#include "UsageReports.h"

#include "Clock.h"
#include "ServerDatabase.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error{Error::Code::Invalid, message, field};
}

// One of `allowed`, or an error that names the member and lists them.
Result<QString> oneOf(const QJsonObject& report, const QString& field, const QStringList& allowed)
{
    const QJsonValue v = report.value(field);
    if (v.isUndefined())
        return invalid(field, QStringLiteral("“%1” is missing").arg(field));
    if (!v.isString() || !allowed.contains(v.toString()))
        return invalid(field, QStringLiteral("“%1” must be one of: %2")
                                  .arg(field, allowed.join(QStringLiteral(", "))));
    return v.toString();
}

const QStringList& members()
{
    static const QStringList list{QStringLiteral("schema"),      QStringLiteral("app_version"),
                                  QStringLiteral("os"),          QStringLiteral("language"),
                                  QStringLiteral("contacts"),    QStringLiteral("templates"),
                                  QStringLiteral("mailings_30d")};
    return list;
}

} // namespace

const QStringList& UsageReports::systems()
{
    static const QStringList list{QStringLiteral("linux"), QStringLiteral("windows"),
                                  QStringLiteral("macos"), QStringLiteral("other")};
    return list;
}

const QStringList& UsageReports::languages()
{
    static const QStringList list{QStringLiteral("nl"), QStringLiteral("en")};
    return list;
}

const QStringList& UsageReports::buckets()
{
    static const QStringList list{QStringLiteral("0"), QStringLiteral("1-99"),
                                  QStringLiteral("100-999"), QStringLiteral("1000-9999"),
                                  QStringLiteral("10000+")};
    return list;
}

const QStringList& UsageReports::bucketFields()
{
    static const QStringList list{QStringLiteral("contacts"), QStringLiteral("templates"),
                                  QStringLiteral("mailings_30d")};
    return list;
}

Result<void> UsageReports::check(const QJsonObject& report)
{
    for (auto it = report.begin(); it != report.end(); ++it)
        if (!members().contains(it.key()))
            return invalid(it.key(),
                           QStringLiteral("“%1” is not a member of a usage report (schema %2)")
                               .arg(it.key())
                               .arg(Schema));
    const QJsonValue schema = report.value(QLatin1String("schema"));
    if (!schema.isDouble() || schema.toDouble() != Schema)
        return invalid(QStringLiteral("schema"),
                       schema.isUndefined()
                           ? QStringLiteral("“schema” is missing")
                           : QStringLiteral("“schema” must be the number %1").arg(Schema));
    static const QRegularExpression version(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){1,3}$"));
    const QJsonValue app = report.value(QLatin1String("app_version"));
    if (!app.isString() || !version.match(app.toString()).hasMatch())
        return invalid(QStringLiteral("app_version"),
                       app.isUndefined()
                           ? QStringLiteral("“app_version” is missing")
                           : QStringLiteral("“app_version” must be a version like 0.9.0"));
    if (auto os = oneOf(report, QStringLiteral("os"), systems()); !os.ok())
        return os.error();
    if (auto language = oneOf(report, QStringLiteral("language"), languages()); !language.ok())
        return language.error();
    for (const QString& field : bucketFields())
        if (auto bucket = oneOf(report, field, buckets()); !bucket.ok())
            return bucket.error();
    return {};
}

Result<void> UsageReports::store(const QJsonObject& report)
{
    if (auto checked = check(report); !checked.ok())
        return checked;
    // The day only: a time would let the report be matched with other requests.
    const QString day =
        QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), Qt::UTC).date().toString(Qt::ISODate);
    const auto text = [&report](const char* field) {
        return report.value(QLatin1String(field)).toString();
    };
    auto q = m_db.exec(QStringLiteral("INSERT INTO usage_reports(day, schema, app_version, os, "
                                      "language, contacts, templates, mailings_30d) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?)"),
                       {day, Schema, text("app_version"), text("os"), text("language"),
                        text("contacts"), text("templates"), text("mailings_30d")});
    if (!q.ok())
        return q.error();
    return {};
}
