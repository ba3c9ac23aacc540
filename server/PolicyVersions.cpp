#include "PolicyVersions.h"

#include "Clock.h"
#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace {

const QTimeZone& dutchTime()
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone;
}

// Both languages, each with a title, the text and what changed.
std::optional<QString> missingPart(const QJsonObject& document)
{
    for (const char* language : {"nl", "en"}) {
        const QJsonObject part = document.value(QLatin1String(language)).toObject();
        for (const char* field : {"title", "text", "changes"}) {
            if (part.value(QLatin1String(field)).toString().trimmed().isEmpty())
                return QStringLiteral("%1.%2").arg(QLatin1String(language), QLatin1String(field));
        }
    }
    return std::nullopt;
}

} // namespace

Result<QJsonObject> PolicyVersions::publish(const QJsonObject& document, const QDate& effective)
{
    const QString id = document.value(QLatin1String("id")).toString().trimmed();
    if (id.isEmpty())
        return Error{Error::Code::Invalid, QStringLiteral("the policy needs an \"id\""),
                     QStringLiteral("id")};
    if (const auto missing = missingPart(document))
        return Error{Error::Code::Invalid,
                     QStringLiteral("the policy needs \"%1\" (Dutch and English: title, text "
                                    "and what changes)")
                         .arg(*missing),
                     *missing};
    const qint64 now = Clock::nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, dutchTime()).date();
    const QDate earliest = today.addDays(NoticeDays);
    if (!effective.isValid() || effective < earliest)
        return Error{Error::Code::Invalid,
                     QStringLiteral("a new policy takes effect at least %1 days after it is "
                                    "published: %2 at the earliest, not %3")
                         .arg(NoticeDays)
                         .arg(earliest.toString(Qt::ISODate), effective.isValid()
                                                                  ? effective.toString(Qt::ISODate)
                                                                  : QStringLiteral("no date")),
                     QStringLiteral("effective")};
    auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM policy_versions WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.error();
    if (exists.value().next())
        return Error{Error::Code::Duplicate,
                     QStringLiteral("there is already a policy version \"%1\"").arg(id),
                     QStringLiteral("id")};
    const qint64 effectiveAt = QDateTime(effective, QTime(0, 0), dutchTime()).toMSecsSinceEpoch();
    QJsonObject stored{{QStringLiteral("nl"), document.value(QLatin1String("nl"))},
                       {QStringLiteral("en"), document.value(QLatin1String("en"))}};
    auto q = m_db.exec(QStringLiteral("INSERT INTO policy_versions(id, published_at, "
                                      "effective_at, effective_date, document) VALUES (?, ?, ?, "
                                      "?, ?)"),
                       {id, now, effectiveAt, effective.toString(Qt::ISODate),
                        QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))});
    if (!q.ok())
        return q.error();
    stored.insert(QStringLiteral("id"), id);
    stored.insert(QStringLiteral("published_at"), now);
    stored.insert(QStringLiteral("effective_at"), effectiveAt);
    stored.insert(QStringLiteral("effective_date"), effective.toString(Qt::ISODate));
    return stored;
}

Result<QJsonArray> PolicyVersions::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, published_at, effective_at, effective_date, "
                                      "document FROM policy_versions ORDER BY effective_at, "
                                      "published_at"));
    if (!q.ok())
        return q.error();
    QJsonArray out;
    while (q.value().next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
        o.insert(QStringLiteral("id"), q.value().value(0).toString());
        o.insert(QStringLiteral("published_at"), q.value().value(1).toLongLong());
        o.insert(QStringLiteral("effective_at"), q.value().value(2).toLongLong());
        o.insert(QStringLiteral("effective_date"), q.value().value(3).toString());
        out.append(o);
    }
    return out;
}
