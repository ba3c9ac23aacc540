#include "Announcements.h"

#include "Clock.h"
#include "ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>

Result<QJsonObject> Announcements::publish(const QJsonObject& document)
{
    const QString kind = document.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("maintenance") && kind != QLatin1String("outage") &&
        kind != QLatin1String("info"))
        return Error{Error::Code::Invalid,
                     QStringLiteral("\"kind\" must be maintenance, outage or info"),
                     QStringLiteral("kind")};
    const QDateTime starts =
        QDateTime::fromString(document.value(QLatin1String("starts")).toString(), Qt::ISODate);
    const QDateTime ends =
        QDateTime::fromString(document.value(QLatin1String("ends")).toString(), Qt::ISODate);
    if (!starts.isValid() || !ends.isValid() || ends <= starts)
        return Error{Error::Code::Invalid,
                     QStringLiteral("\"starts\" and \"ends\" must be ISO 8601 times "
                                    "(2026-12-01T22:00:00+01:00), ends after starts"),
                     QStringLiteral("starts")};
    for (const char* language : {"nl", "en"}) {
        const QJsonObject part = document.value(QLatin1String(language)).toObject();
        for (const char* field : {"title", "body"})
            if (part.value(QLatin1String(field)).toString().trimmed().isEmpty())
                return Error{Error::Code::Invalid,
                             QStringLiteral("the announcement needs \"%1.%2\" (Dutch and "
                                            "English)")
                                 .arg(QLatin1String(language), QLatin1String(field)),
                             QLatin1String(language)};
    }
    const qint64 now = Clock::nowMs();
    const QJsonObject text{{QStringLiteral("nl"), document.value(QLatin1String("nl"))},
                           {QStringLiteral("en"), document.value(QLatin1String("en"))}};
    auto q = m_db.exec(QStringLiteral("INSERT INTO announcements(kind, starts_at, ends_at, "
                                      "published_at, document) VALUES (?, ?, ?, ?, ?) RETURNING "
                                      "id"),
                       {kind, starts.toMSecsSinceEpoch(), ends.toMSecsSinceEpoch(), now,
                        QString::fromUtf8(QJsonDocument(text).toJson(QJsonDocument::Compact))});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::Database, QStringLiteral("the announcement was not stored")};
    QJsonObject out = text;
    out.insert(QStringLiteral("id"), q.value().value(0).toLongLong());
    out.insert(QStringLiteral("kind"), kind);
    out.insert(QStringLiteral("starts_at"), starts.toMSecsSinceEpoch());
    out.insert(QStringLiteral("ends_at"), ends.toMSecsSinceEpoch());
    out.insert(QStringLiteral("published_at"), now);
    return out;
}

Result<QJsonArray> Announcements::current()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, starts_at, ends_at, published_at, "
                                      "document FROM announcements WHERE ends_at > ? ORDER BY "
                                      "starts_at, id"),
                       {Clock::nowMs()});
    if (!q.ok())
        return q.error();
    QJsonArray out;
    while (q.value().next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value().value(5).toString().toUtf8()).object();
        o.insert(QStringLiteral("id"), q.value().value(0).toLongLong());
        o.insert(QStringLiteral("kind"), q.value().value(1).toString());
        o.insert(QStringLiteral("starts_at"), q.value().value(2).toLongLong());
        o.insert(QStringLiteral("ends_at"), q.value().value(3).toLongLong());
        o.insert(QStringLiteral("published_at"), q.value().value(4).toLongLong());
        out.append(o);
    }
    return out;
}
