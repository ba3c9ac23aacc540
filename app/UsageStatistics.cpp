#include "UsageStatistics.h"

#include "AccountEvents.h"
#include "ApiClient.h"
#include "AppInfo.h"
#include "Clock.h"
#include "Language.h"
#include "Store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace UsageStatistics {

namespace {

qint64 count(Store& store, const QString& sql, qint64 since = -1)
{
    QSqlQuery& q = store.statement(sql);
    if (since >= 0)
        q.bindValue(0, since);
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QString operatingSystem()
{
#if defined(Q_OS_LINUX)
    return QStringLiteral("linux");
#elif defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("other");
#endif
}

QString today()
{
    return QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

QString bucket(qint64 n)
{
    if (n <= 0)
        return QStringLiteral("0");
    if (n < 100)
        return QStringLiteral("1-99");
    if (n < 1000)
        return QStringLiteral("100-999");
    if (n < 10000)
        return QStringLiteral("1000-9999");
    return QStringLiteral("10000+");
}

QJsonObject payload(Store& store)
{
    const qint64 monthAgo = Clock::nowMs() - 30LL * 24 * 3600 * 1000;
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("app_version"), AppInfo::version()},
        {QStringLiteral("os"), operatingSystem()},
        {QStringLiteral("language"),
         Language::current() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")},
        {QStringLiteral("contacts"),
         bucket(count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")))},
        {QStringLiteral("templates"),
         bucket(count(store, QStringLiteral("SELECT count(*) FROM templates WHERE deleted = 0")))},
        {QStringLiteral("mailings_30d"),
         bucket(count(store,
                      QStringLiteral("SELECT count(*) FROM mailings WHERE deleted = 0 AND "
                                     "sealed_at IS NOT NULL AND sealed_at >= ?"),
                      monthAgo))},
    };
}

bool sendIfDue(Store& store, const ApiClient& api)
{
    if (!AccountEvents(store).consent(AccountEvents::UsageStatistics))
        return false; // off: no request at all
    const QString day = today();
    {
        QSqlQuery& q = store.statement(
            QStringLiteral("SELECT value FROM meta WHERE key = 'usage_statistics_sent'"));
        const bool sentToday = q.exec() && q.next() && q.value(0).toString() == day;
        q.finish();
        if (sentToday)
            return false;
    }
    const std::unique_ptr<ApiClient> anonymous = api.anonymousCopy();
    const ApiClient::Reply reply =
        anonymous->call("POST", QStringLiteral("/api/v1/usage"), payload(store));
    if (!reply.ok())
        return false; // tried again at the next sync
    QSqlQuery& q = store.statement(
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('usage_statistics_sent', ?) ON "
                       "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, day);
    q.exec();
    q.finish();
    return true;
}

} // namespace UsageStatistics
