#pragma once

#include <QJsonObject>
#include <QString>

// Structured logs: one JSON object per line on standard error (journald and log shippers
// take them as they are). Never a secret (password, token) and never contact data: an
// account is named by its id, a request by method, route and status.
namespace ServerLog {
void info(const QString& event, QJsonObject fields = {});
void warning(const QString& event, QJsonObject fields = {});
void error(const QString& event, QJsonObject fields = {});
} // namespace ServerLog
