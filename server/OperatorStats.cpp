#include "OperatorStats.h"

#include "Clock.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UsageReports.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace {

const QStringList& consentSubjects()
{
    static const QStringList list{QStringLiteral("product_news"),
                                  QStringLiteral("usage_statistics")};
    return list;
}

// What one account's events say: the versions it acknowledged and, per consent, its
// latest change (by `at`, then by revision).
struct AccountState
{
    QSet<QString> acknowledged;
    struct Latest
    {
        qint64 at = -1;
        qint64 rev = -1;
        bool on = false;
    };
    QHash<QString, Latest> consents;
};

} // namespace

QJsonValue OperatorStats::shown(qint64 count)
{
    if (count < MinGroup)
        return QStringLiteral("<%1").arg(MinGroup);
    return count;
}

Result<QJsonObject> OperatorStats::collect()
{
    const qint64 now = Clock::nowMs();
    auto accounts = m_db.exec(QStringLiteral("SELECT count(*) FROM accounts"));
    if (!accounts.ok())
        return accounts.error();
    const qint64 accountCount =
        accounts.value().next() ? accounts.value().value(0).toLongLong() : 0;

    // Per account in turn (rows ordered by account): only one account's state is held at a
    // time, and only counts leave this function.
    QHash<QString, qint64> acknowledged; // version → accounts
    QHash<QString, qint64> consentOn;    // subject → accounts with it on now
    AccountState state;
    const auto finish = [&] {
        for (const QString& version : std::as_const(state.acknowledged))
            ++acknowledged[version];
        for (auto it = state.consents.cbegin(); it != state.consents.cend(); ++it)
            if (it->on)
                ++consentOn[it.key()];
        state = AccountState();
    };
    auto events = m_db.exec(QStringLiteral("SELECT account_id, rev, data FROM sync_rows WHERE "
                                           "type = 'account_event' AND deleted = 0 ORDER BY "
                                           "account_id, rev"));
    if (!events.ok())
        return events.error();
    qint64 current = -1;
    while (events.value().next()) {
        const qint64 account = events.value().value(0).toLongLong();
        if (account != current) {
            finish();
            current = account;
        }
        const qint64 rev = events.value().value(1).toLongLong();
        const QJsonObject data =
            QJsonDocument::fromJson(events.value().value(2).toString().toUtf8()).object();
        if (!SyncService::checkAccountEvent(data).ok())
            continue; // stored before events were checked: not counted
        const QString kind = data.value(QLatin1String("kind")).toString();
        const QString subject = data.value(QLatin1String("subject")).toString();
        if (kind == QLatin1String("policy_acknowledged")) {
            state.acknowledged.insert(subject);
        } else if (kind == QLatin1String("consent_changed")) {
            const qint64 at = qint64(data.value(QLatin1String("at")).toDouble());
            AccountState::Latest& latest = state.consents[subject];
            if (at > latest.at || (at == latest.at && rev > latest.rev))
                latest = {at, rev,
                          data.value(QLatin1String("value")).toString() == QLatin1String("on")};
        }
    }
    finish();

    // Versions by name: those published here, and any other only when enough accounts
    // acknowledged it (a name a client made up could say something); the rest together
    // as "other".
    QSet<QString> published;
    auto versions = m_db.exec(QStringLiteral("SELECT id FROM policy_versions"));
    if (!versions.ok())
        return versions.error();
    while (versions.value().next())
        published.insert(versions.value().value(0).toString());
    QJsonObject policies;
    for (const QString& version : std::as_const(published))
        policies.insert(version, shown(acknowledged.value(version)));
    qint64 other = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        if (published.contains(it.key()))
            continue;
        if (it.value() >= MinGroup)
            policies.insert(it.key(), it.value());
        else
            other += it.value();
    }
    if (other > 0)
        policies.insert(QStringLiteral("other"), shown(other));

    QJsonObject consents;
    for (const QString& subject : consentSubjects())
        consents.insert(subject, shown(consentOn.value(subject)));

    // Usage reports of the last 30 days (today included), counted per value of each member;
    // every value the schema allows is listed, also with none.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QString since = today.addDays(1 - UsageDays).toString(Qt::ISODate);
    QJsonObject usage{{QStringLiteral("since"), since}, {QStringLiteral("days"), UsageDays}};
    auto total =
        m_db.exec(QStringLiteral("SELECT count(*) FROM usage_reports WHERE day >= ?"), {since});
    if (!total.ok())
        return total.error();
    usage.insert(QStringLiteral("reports"),
                 shown(total.value().next() ? total.value().value(0).toLongLong() : 0));
    QList<QPair<QString, QStringList>> fields{
        {QStringLiteral("app_version"), {}},
        {QStringLiteral("os"), UsageReports::systems()},
        {QStringLiteral("language"), UsageReports::languages()}};
    for (const QString& field : UsageReports::bucketFields())
        fields.append({field, UsageReports::buckets()});
    for (const auto& [field, values] : fields) {
        // `field` is one of the fixed names above, never input.
        auto grouped = m_db.exec(QStringLiteral("SELECT %1, count(*) FROM usage_reports WHERE "
                                                "day >= ? GROUP BY %1")
                                     .arg(field),
                                 {since});
        if (!grouped.ok())
            return grouped.error();
        QMap<QString, qint64> counts;
        for (const QString& value : values)
            counts.insert(value, 0);
        while (grouped.value().next())
            counts.insert(grouped.value().value(0).toString(),
                          grouped.value().value(1).toLongLong());
        QJsonObject group;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            group.insert(it.key(), shown(it.value()));
        usage.insert(field, group);
    }

    return QJsonObject{
        {QStringLiteral("generated_at"),
         QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("min_group"), MinGroup},
        {QStringLiteral("accounts"), shown(accountCount)},
        {QStringLiteral("policy_acknowledged"), policies},
        {QStringLiteral("consent_on"), consents},
        {QStringLiteral("usage_reports"), usage},
    };
}

QString OperatorStats::toText(const QJsonObject& stats)
{
    const auto number = [](const QJsonValue& v) {
        return v.isString() ? v.toString() : QString::number(v.toInteger());
    };
    QString out;
    const auto line = [&](const QString& label, const QJsonValue& value, int indent = 0) {
        out += QString(indent, QLatin1Char(' ')) +
               label.leftJustified(40 - indent, QLatin1Char(' ')) + QLatin1Char(' ') +
               number(value).rightJustified(8) + QLatin1Char('\n');
    };
    const auto section = [&](const QString& title, const QJsonObject& group, int indent) {
        if (!title.isEmpty())
            out += QString(indent - 2, QLatin1Char(' ')) + title + QLatin1Char('\n');
        for (auto it = group.begin(); it != group.end(); ++it)
            line(it.key(), it.value(), indent);
        if (group.isEmpty())
            out += QString(indent, QLatin1Char(' ')) + QStringLiteral("(none)\n");
    };
    out += QStringLiteral("Sendtrix statistics, %1 (a group under %2 is shown as <%2)\n\n")
               .arg(stats.value(QLatin1String("generated_at")).toString())
               .arg(stats.value(QLatin1String("min_group")).toInt());
    line(QStringLiteral("Accounts"), stats.value(QLatin1String("accounts")));
    out += QLatin1Char('\n');
    section(QStringLiteral("Privacy policy acknowledged (accounts)"),
            stats.value(QLatin1String("policy_acknowledged")).toObject(), 2);
    out += QLatin1Char('\n');
    section(QStringLiteral("Consent on now (accounts)"),
            stats.value(QLatin1String("consent_on")).toObject(), 2);
    out += QLatin1Char('\n');
    const QJsonObject usage = stats.value(QLatin1String("usage_reports")).toObject();
    line(QStringLiteral("Usage reports since %1 (%2 days)")
             .arg(usage.value(QLatin1String("since")).toString())
             .arg(usage.value(QLatin1String("days")).toInt()),
         usage.value(QLatin1String("reports")));
    for (const char* field :
         {"app_version", "os", "language", "contacts", "templates", "mailings_30d"})
        section(QLatin1String(field), usage.value(QLatin1String(field)).toObject(), 4);
    return out;
}
