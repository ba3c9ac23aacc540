#include "PolicyDocuments.h"

#include "Clock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <mutex>

// Q_INIT_RESOURCE declares a function of the global namespace: see StarterTemplates.cpp.
static void initPolicyResources()
{
    Q_INIT_RESOURCE(policy_documents);
}

namespace PolicyDocuments {

namespace {

void ensureResources()
{
    static std::once_flag once;
    std::call_once(once, [] { initPolicyResources(); });
}

QDate dayOf(qint64 ms)
{
    // Effective dates are Dutch calendar days.
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return (amsterdam.isValid() ? at.toTimeZone(amsterdam) : at).date();
}

} // namespace

QString Version::title(const QString& language) const
{
    return language == QLatin1String("nl") ? titleNl : titleEn;
}

QString Version::changes(const QString& language) const
{
    return language == QLatin1String("nl") ? changesNl : changesEn;
}

QString Version::text(const QString& language) const
{
    const QString own = language == QLatin1String("nl") ? textNl : textEn;
    return own.isEmpty() ? PolicyDocuments::text(id, language) : own;
}

Version fromServer(const QJsonObject& o)
{
    Version v;
    const QJsonObject nl = o.value(QLatin1String("nl")).toObject();
    const QJsonObject en = o.value(QLatin1String("en")).toObject();
    v.id = o.value(QLatin1String("id")).toString();
    v.published = dayOf(o.value(QLatin1String("published_at")).toInteger());
    v.effective =
        QDate::fromString(o.value(QLatin1String("effective_date")).toString(), Qt::ISODate);
    v.titleNl = nl.value(QLatin1String("title")).toString();
    v.titleEn = en.value(QLatin1String("title")).toString();
    v.changesNl = nl.value(QLatin1String("changes")).toString();
    v.changesEn = en.value(QLatin1String("changes")).toString();
    v.textNl = nl.value(QLatin1String("text")).toString();
    v.textEn = en.value(QLatin1String("text")).toString();
    if (!v.effective.isValid() || !v.published.isValid() || v.textNl.isEmpty() ||
        v.textEn.isEmpty())
        return {};
    return v;
}

QList<Version> versions(const QList<Version>& published)
{
    QList<Version> result = versions();
    for (const Version& p : published) {
        if (!p.isValid())
            continue;
        auto same = std::find_if(result.begin(), result.end(),
                                 [&](const Version& v) { return v.id == p.id; });
        if (same != result.end())
            *same = p;
        else
            result.append(p);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Version& a, const Version& b) { return a.effective < b.effective; });
    return result;
}

QList<Version> versions()
{
    ensureResources();
    QList<Version> result;
    QFile file(QStringLiteral(":/policy/versions.json"));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        Version v;
        v.id = o.value(QLatin1String("id")).toString();
        v.published =
            QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
        v.effective =
            QDate::fromString(o.value(QLatin1String("effective")).toString(), Qt::ISODate);
        v.titleNl = o.value(QLatin1String("title_nl")).toString();
        v.titleEn = o.value(QLatin1String("title_en")).toString();
        v.changesNl = o.value(QLatin1String("changes_nl")).toString();
        v.changesEn = o.value(QLatin1String("changes_en")).toString();
        if (v.isValid() && v.effective.isValid())
            result.append(v);
    }
    std::sort(result.begin(), result.end(),
              [](const Version& a, const Version& b) { return a.effective < b.effective; });
    return result;
}

Version inForce(qint64 nowMs)
{
    return inForce(nowMs, {});
}

Version inForce(qint64 nowMs, const QList<Version>& published)
{
    const QList<Version> all = versions(published);
    if (all.isEmpty())
        return {};
    const QDate today = dayOf(nowMs);
    Version current = all.first();
    for (const Version& v : all)
        if (v.effective <= today)
            current = v;
    return current;
}

Version inForce()
{
    return inForce(Clock::nowMs());
}

std::optional<Version> upcoming(qint64 nowMs, const QList<Version>& published)
{
    const QDate today = dayOf(nowMs);
    std::optional<Version> next;
    for (const Version& v : versions(published))
        if (v.published <= today && today < v.effective)
            next = v; // sorted by effective date: the last one is the newest
    return next;
}

std::optional<Version> toAcknowledge(qint64 nowMs, const QList<Version>& published)
{
    const Version current = inForce(nowMs, published);
    if (!current.isValid() || current.effective > dayOf(nowMs))
        return std::nullopt;
    return current;
}

QList<Version> earlier(const Version& current)
{
    return earlier(current, {});
}

QList<Version> earlier(const Version& current, const QList<Version>& published)
{
    QList<Version> result;
    for (const Version& v : versions(published))
        if (v.effective < current.effective)
            result.prepend(v);
    return result;
}

QString text(const QString& id, const QString& language)
{
    ensureResources();
    const QString lang =
        language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1String("..")))
        return {};
    QFile file(QStringLiteral(":/policy/%1/%2.md").arg(id, lang));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace PolicyDocuments
