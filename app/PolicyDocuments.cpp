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
        if (v.isValid() && v.effective.isValid())
            result.append(v);
    }
    std::sort(result.begin(), result.end(),
              [](const Version& a, const Version& b) { return a.effective < b.effective; });
    return result;
}

Version inForce(qint64 nowMs)
{
    const QList<Version> all = versions();
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

QList<Version> earlier(const Version& current)
{
    QList<Version> result;
    for (const Version& v : versions())
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
