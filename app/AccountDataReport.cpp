#include "AccountDataReport.h"

#include "AccountEvents.h"
#include "AppInfo.h"
#include "Clock.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace AccountDataReport {

namespace {

// One row of counts: how many and how many bytes.
QJsonObject measure(Store& store, const QString& sql)
{
    QSqlQuery& q = store.statement(sql);
    QJsonObject o{{QStringLiteral("count"), 0}, {QStringLiteral("bytes"), 0}};
    if (q.exec() && q.next()) {
        o.insert(QStringLiteral("count"), q.value(0).toLongLong());
        o.insert(QStringLiteral("bytes"), q.value(1).toLongLong());
    }
    q.finish();
    return o;
}

QString sizeText(const QLocale& locale, qint64 bytes)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QJsonObject build(Store& store, const Account& account)
{
    QJsonObject report;
    report.insert(QStringLiteral("generated_at"),
                  QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), Qt::UTC).toString(Qt::ISODate));
    report.insert(QStringLiteral("app_version"), AppInfo::version());
    report.insert(QStringLiteral("account"),
                  account.server.isEmpty() ? QJsonObject{{QStringLiteral("logged_in"), false}}
                                           : QJsonObject{{QStringLiteral("logged_in"), true},
                                                         {QStringLiteral("server"), account.server},
                                                         {QStringLiteral("email"), account.email}});
    // The sizes are what the rows' text and files take, as stored and synced.
    report.insert(
        QStringLiteral("contacts"),
        measure(store, QStringLiteral(
                           "SELECT count(*), coalesce(sum(length(CAST(email AS BLOB)) + "
                           "length(CAST(first_name AS BLOB)) + length(CAST(last_name AS BLOB)) + "
                           "length(CAST(company AS BLOB)) + length(CAST(phone AS BLOB)) + "
                           "length(CAST(street AS BLOB)) + length(CAST(postal_code AS BLOB)) + "
                           "length(CAST(city AS BLOB)) + length(CAST(country AS BLOB)) + "
                           "length(CAST(website AS BLOB)) + length(CAST(notes AS BLOB)) + "
                           "length(CAST(custom_fields AS BLOB))), 0) FROM contacts WHERE "
                           "deleted = 0")));
    report.insert(QStringLiteral("templates"),
                  measure(store, QStringLiteral("SELECT count(*), coalesce(sum(length(CAST(html "
                                                "AS BLOB)) + length(CAST(subject AS BLOB))), 0) "
                                                "FROM templates WHERE deleted = 0")));
    report.insert(QStringLiteral("images"),
                  measure(store, QStringLiteral("SELECT count(*), coalesce(sum(size), 0) FROM "
                                                "assets WHERE deleted = 0")));
    report.insert(
        QStringLiteral("lists"),
        measure(store, QStringLiteral("SELECT count(*), 0 FROM lists WHERE deleted = 0")));
    report.insert(
        QStringLiteral("segments"),
        measure(store, QStringLiteral("SELECT count(*), 0 FROM segments WHERE deleted = 0")));

    // Mailings scheduled or sent, per month (UTC) of their sealing: how many and how large.
    QJsonArray months;
    QSqlQuery& q = store.statement(QStringLiteral(
        "SELECT strftime('%Y-%m', m.sealed_at / 1000, 'unixepoch') AS month, count(*), "
        "coalesce(sum((SELECT count(*) FROM mailing_recipients r WHERE r.mailing_id = m.id)), "
        "0), coalesce(max((SELECT count(*) FROM mailing_recipients r WHERE r.mailing_id = "
        "m.id)), 0) FROM mailings m WHERE m.sealed_at IS NOT NULL AND m.deleted = 0 GROUP BY "
        "month ORDER BY month"));
    if (q.exec())
        while (q.next())
            months.append(QJsonObject{{QStringLiteral("month"), q.value(0).toString()},
                                      {QStringLiteral("mailings"), q.value(1).toLongLong()},
                                      {QStringLiteral("recipients"), q.value(2).toLongLong()},
                                      {QStringLiteral("largest"), q.value(3).toLongLong()}});
    q.finish();
    report.insert(QStringLiteral("mailings_per_month"), months);

    QJsonArray choices;
    for (const AccountEvents::Event& e : AccountEvents(store).all())
        choices.append(QJsonObject{
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("value"), e.value},
            {QStringLiteral("at"),
             QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)}});
    report.insert(QStringLiteral("choices"), choices);
    report.insert(QStringLiteral("consents"),
                  QJsonObject{{AccountEvents::ProductNews,
                               AccountEvents(store).consent(AccountEvents::ProductNews)},
                              {AccountEvents::UsageStatistics,
                               AccountEvents(store).consent(AccountEvents::UsageStatistics)}});
    return report;
}

QString toHtml(const QJsonObject& report, const QString& language)
{
    const bool nl = language == QLatin1String("nl");
    const QLocale locale = nl ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto number = [&](qint64 n) { return locale.toString(n); };
    QString h;
    h += QStringLiteral("<!doctype html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<title>%2</title><style>body{font-family:sans-serif;max-width:48em;"
                        "margin:2em auto;color:#1f2933}table{border-collapse:collapse;margin:"
                        ".5em 0 1.5em}td,th{border-bottom:1px solid #d9dee3;padding:.3em .8em;"
                        "text-align:left}td.n{text-align:right}</style></head><body>\n")
             .arg(nl ? QStringLiteral("nl") : QStringLiteral("en"),
                  esc(QCoreApplication::translate("AccountDataReport",
                                                  "What Sendtrix keeps about you")));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(QCoreApplication::translate("AccountDataReport",
                                                  "What Sendtrix keeps about you")));
    const QDateTime generated =
        QDateTime::fromString(report.value(QLatin1String("generated_at")).toString(), Qt::ISODate);
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(QCoreApplication::translate(
                          "AccountDataReport",
                          "Made on %1 by Sendtrix %2. It holds counts and sizes, not the "
                          "data of your contacts.")
                          .arg(locale.toString(generated.toLocalTime(), QLocale::LongFormat),
                               report.value(QLatin1String("app_version")).toString())));

    h += QStringLiteral("<h2>%1</h2>\n")
             .arg(esc(QCoreApplication::translate("AccountDataReport", "Your account")));
    const QJsonObject account = report.value(QLatin1String("account")).toObject();
    if (account.value(QLatin1String("logged_in")).toBool())
        h += QStringLiteral("<table><tr><th>%1</th><td>%2</td></tr><tr><th>%3</th><td>%4</td>"
                            "</tr></table>\n")
                 .arg(esc(QCoreApplication::translate("AccountDataReport", "Server")),
                      esc(account.value(QLatin1String("server")).toString()),
                      esc(QCoreApplication::translate("AccountDataReport", "E-mail address")),
                      esc(account.value(QLatin1String("email")).toString()));
    else
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate(
                     "AccountDataReport",
                     "Not logged in: everything below is on this computer only.")));

    h +=
        QStringLiteral("<h2>%1</h2>\n<table><tr><th></th><th>%2</th><th>%3</th></tr>\n")
            .arg(esc(QCoreApplication::translate("AccountDataReport", "What you keep in Sendtrix")),
                 esc(QCoreApplication::translate("AccountDataReport", "Number")),
                 esc(QCoreApplication::translate("AccountDataReport", "Size")));
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("contacts"), QCoreApplication::translate("AccountDataReport", "Contacts")},
        {QStringLiteral("templates"),
         QCoreApplication::translate("AccountDataReport", "Templates")},
        {QStringLiteral("images"), QCoreApplication::translate("AccountDataReport", "Images")},
        {QStringLiteral("lists"), QCoreApplication::translate("AccountDataReport", "Lists")},
        {QStringLiteral("segments"), QCoreApplication::translate("AccountDataReport", "Segments")}};
    for (const auto& [key, label] : rows) {
        const QJsonObject o = report.value(key).toObject();
        const qint64 bytes = o.value(QLatin1String("bytes")).toInteger();
        h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td><td class=\"n\">%3</td></tr>\n")
                 .arg(esc(label), number(o.value(QLatin1String("count")).toInteger()),
                      bytes > 0 ? esc(sizeText(locale, bytes)) : QString());
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n")
             .arg(esc(QCoreApplication::translate("AccountDataReport", "Mailings per month")));
    const QJsonArray months = report.value(QLatin1String("mailings_per_month")).toArray();
    if (months.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate("AccountDataReport",
                                                      "No mailing scheduled or sent yet.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("AccountDataReport", "Month")),
                      esc(QCoreApplication::translate("AccountDataReport", "Mailings")),
                      esc(QCoreApplication::translate("AccountDataReport", "Recipients")),
                      esc(QCoreApplication::translate("AccountDataReport", "Largest mailing")));
        for (const QJsonValue& v : months) {
            const QJsonObject m = v.toObject();
            const QDate first = QDate::fromString(
                m.value(QLatin1String("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
            h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                                "<td class=\"n\">%4</td></tr>\n")
                     .arg(esc(locale.toString(first, QStringLiteral("MMMM yyyy"))),
                          number(m.value(QLatin1String("mailings")).toInteger()),
                          number(m.value(QLatin1String("recipients")).toInteger()),
                          number(m.value(QLatin1String("largest")).toInteger()));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n")
             .arg(esc(QCoreApplication::translate("AccountDataReport", "Your choices")));
    const QJsonObject consents = report.value(QLatin1String("consents")).toObject();
    h +=
        QStringLiteral("<table><tr><th>%1</th><td>%2</td></tr><tr><th>%3</th><td>%4</td></tr>"
                       "</table>\n")
            .arg(
                esc(QCoreApplication::translate("AccountDataReport", "News and offers by e-mail")),
                consents.value(AccountEvents::ProductNews).toBool()
                    ? esc(QCoreApplication::translate("AccountDataReport", "on"))
                    : esc(QCoreApplication::translate("AccountDataReport", "off")),
                esc(QCoreApplication::translate("AccountDataReport", "Anonymous usage statistics")),
                consents.value(AccountEvents::UsageStatistics).toBool()
                    ? esc(QCoreApplication::translate("AccountDataReport", "on"))
                    : esc(QCoreApplication::translate("AccountDataReport", "off")));
    const QJsonArray choices = report.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("AccountDataReport", "When")),
                      esc(QCoreApplication::translate("AccountDataReport", "What")));
        for (const QJsonValue& v : choices) {
            const QJsonObject c = v.toObject();
            const QString kind = c.value(QLatin1String("kind")).toString();
            const QString subject = c.value(QLatin1String("subject")).toString();
            const bool on = c.value(QLatin1String("value")).toString() == QLatin1String("on");
            QString what;
            if (kind == AccountEvents::PolicyAcknowledged)
                what = QCoreApplication::translate("AccountDataReport",
                                                   "Privacy policy %1 acknowledged")
                           .arg(subject);
            else if (kind == AccountEvents::AnnouncementDismissed)
                what = QCoreApplication::translate("AccountDataReport",
                                                   "Service announcement dismissed");
            else if (subject == AccountEvents::ProductNews)
                what = on ? QCoreApplication::translate("AccountDataReport",
                                                        "News and offers by e-mail turned on")
                          : QCoreApplication::translate("AccountDataReport",
                                                        "News and offers by e-mail turned off");
            else
                what = on ? QCoreApplication::translate("AccountDataReport",
                                                        "Anonymous usage statistics turned on")
                          : QCoreApplication::translate("AccountDataReport",
                                                        "Anonymous usage statistics turned off");
            const QDateTime at =
                QDateTime::fromString(c.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                     .arg(esc(locale.toString(at.toLocalTime(), QLocale::ShortFormat)), esc(what));
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace AccountDataReport
