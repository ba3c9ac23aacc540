#include "ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>
#include <mutex>

namespace {

void write(const char* level, const QString& event, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1String(level));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void ServerLog::info(const QString& event, QJsonObject fields)
{
    write("info", event, std::move(fields));
}

void ServerLog::warning(const QString& event, QJsonObject fields)
{
    write("warning", event, std::move(fields));
}

void ServerLog::error(const QString& event, QJsonObject fields)
{
    write("error", event, std::move(fields));
}
