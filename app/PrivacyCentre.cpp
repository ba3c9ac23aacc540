#include "PrivacyCentre.h"

#include "Account.h"
#include "AccountDataReport.h"
#include "AccountNotices.h"
#include "Clock.h"
#include "UsageStatistics.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

PrivacyCentre::PrivacyCentre(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

QList<PolicyDocuments::Version> PrivacyCentre::published()
{
    QList<PolicyDocuments::Version> out;
    for (const QJsonObject& o : AccountNotices(m_store).documents(AccountNotices::Policy)) {
        const PolicyDocuments::Version v = PolicyDocuments::fromServer(o);
        if (v.isValid())
            out.append(v);
    }
    return out;
}

QList<PolicyDocuments::Version> PrivacyCentre::versions()
{
    return PolicyDocuments::versions(published());
}

PolicyDocuments::Version PrivacyCentre::inForce()
{
    return PolicyDocuments::inForce(Clock::nowMs(), published());
}

std::optional<PolicyDocuments::Version> PrivacyCentre::upcoming()
{
    return PolicyDocuments::upcoming(Clock::nowMs(), published());
}

std::optional<PolicyDocuments::Version> PrivacyCentre::toAcknowledge()
{
    const auto v = PolicyDocuments::toAcknowledge(Clock::nowMs(), published());
    if (!v || AccountEvents(m_store).acknowledged(v->id))
        return std::nullopt;
    return v;
}

Result<void> PrivacyCentre::acknowledge(const QString& policyId)
{
    AccountEvents events(m_store);
    if (events.acknowledged(policyId))
        return {};
    auto recorded = events.record(AccountEvents::PolicyAcknowledged, policyId);
    if (!recorded.ok())
        return recorded.error();
    emit changed();
    return {};
}

bool PrivacyCentre::consent(const QString& subject)
{
    return AccountEvents(m_store).consent(subject);
}

Result<bool> PrivacyCentre::setConsent(const QString& subject, bool on)
{
    auto done = AccountEvents(m_store).setConsent(subject, on);
    if (done.ok() && done.value())
        emit changed();
    return done;
}

QVector<AccountEvents::Event> PrivacyCentre::history()
{
    return AccountEvents(m_store).all();
}

QList<PrivacyCentre::Announcement> PrivacyCentre::announcements(const QString& language)
{
    const QString lang =
        language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    const QSet<QString> dismissed = AccountEvents(m_store).dismissedAnnouncements();
    const qint64 now = Clock::nowMs();
    QList<Announcement> out;
    for (const QJsonObject& o : AccountNotices(m_store).documents(AccountNotices::Announcement)) {
        Announcement a;
        a.id = QString::number(o.value(QLatin1String("id")).toInteger());
        a.kind = o.value(QLatin1String("kind")).toString();
        a.starts = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1String("starts_at")).toInteger());
        a.ends = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1String("ends_at")).toInteger());
        const QJsonObject text = o.value(lang).toObject();
        a.title = text.value(QLatin1String("title")).toString();
        a.body = text.value(QLatin1String("body")).toString();
        if (a.ends.toMSecsSinceEpoch() <= now || dismissed.contains(a.id) || a.title.isEmpty())
            continue;
        out.append(a);
    }
    return out;
}

Result<void> PrivacyCentre::dismiss(const QString& announcementId)
{
    if (AccountEvents(m_store).dismissedAnnouncements().contains(announcementId))
        return {};
    auto recorded =
        AccountEvents(m_store).record(AccountEvents::AnnouncementDismissed, announcementId);
    if (!recorded.ok())
        return recorded.error();
    emit changed();
    return {};
}

QJsonObject PrivacyCentre::usagePayload()
{
    return UsageStatistics::payload(m_store);
}

QJsonObject PrivacyCentre::dataReport()
{
    const Account account;
    return AccountDataReport::build(m_store, {account.server().toString(), account.email()});
}

Result<void> PrivacyCentre::saveDataReport(const QString& path, const QString& format,
                                           const QString& language)
{
    const QJsonObject report = dataReport();
    const QByteArray bytes = format == QLatin1String("json")
                                 ? QJsonDocument(report).toJson(QJsonDocument::Indented)
                                 : AccountDataReport::toHtml(report, language).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::ReadOnly,
                     tr("“%1” could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}
