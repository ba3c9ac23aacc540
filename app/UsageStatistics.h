#pragma once

#include <QJsonObject>
#include <QString>

class ApiClient;
class Store;

// Anonymous usage statistics (issue 8): only when the user turned them on in the privacy
// centre (AccountEvents::UsageStatistics, off by default), at most once a day, a few
// rounded figures and nothing that points at a person or an account. "Show what would be
// sent" shows payload() as it is. docs/sync-protocol.md, POST /api/v1/usage.
namespace UsageStatistics {

// The report as it would be sent now: schema, app version, operating system, language,
// and the numbers of contacts, templates and mailings of the last 30 days as ranges.
QJsonObject payload(Store& store);
// "0", "1-99", "100-999", "1000-9999", "10000+".
QString bucket(qint64 count);
// Sends today's report when the user opted in and none went today, over connections of
// its own without the account's token. Returns whether a report was sent.
bool sendIfDue(Store& store, const ApiClient& api);

} // namespace UsageStatistics
