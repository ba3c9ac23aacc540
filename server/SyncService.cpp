#include "SyncService.h"

#include "Clock.h"
#include "ServerDatabase.h"
#include "SyncChange.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <cstring>

namespace {

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SyncChange rowFrom(const QSqlQuery& q, int first, bool withData = true)
{
    SyncChange c;
    c.type = q.value(first).toString();
    c.uuid = q.value(first + 1).toString();
    c.rev = q.value(first + 2).toLongLong();
    c.deleted = q.value(first + 3).toInt() != 0;
    c.updatedAt = q.value(first + 4).toLongLong();
    if (withData)
        c.data = parseObject(q.value(first + 5).toString());
    return c;
}

bool isSha256(const QString& s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

// A JSON text QJsonDocument has accepted, walked without building values.
class JsonWalk
{
public:
    explicit JsonWalk(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}
    const char* at() const { return m_p; }
    char peek()
    {
        skipSpace();
        return m_p == m_end ? '\0' : *m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    // A string without escapes (keys of this protocol have none); false for anything else.
    bool plainString(QByteArrayView& out)
    {
        if (!take('"'))
            return false;
        const char* begin = m_p;
        while (m_p != m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false;
        out = QByteArrayView(begin, m_p - begin);
        ++m_p;
        return true;
    }
    // Past one value of any kind.
    bool skipValue()
    {
        skipSpace();
        int depth = 0;
        do {
            if (m_p == m_end)
                return false;
            const char c = *m_p++;
            if (c == '"') {
                while (m_p < m_end && *m_p != '"')
                    m_p += *m_p == '\\' ? 2 : 1;
                if (m_p >= m_end)
                    return false;
                ++m_p;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (depth == 0) {
                // a number, true, false or null
                while (m_p != m_end && !strchr(",}] \t\r\n", *m_p))
                    ++m_p;
            }
        } while (depth > 0);
        return true;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    const char* m_p;
    const char* m_end;
};

// The text of each change's "data" object in a push body QJsonDocument has accepted, as
// sent: stored without being serialized again (that was a third of a push's server time).
// Nothing when the body is not plainly {…, "changes": [{…, "data": {…}, …}, …], …} with
// `count` changes; an empty view for a change whose data is not an object.
std::optional<QList<QByteArrayView>> dataTexts(QByteArrayView body, qsizetype count)
{
    JsonWalk w(body);
    std::optional<QList<QByteArrayView>> texts;
    if (!w.take('{'))
        return std::nullopt;
    if (w.take('}'))
        return std::nullopt;
    do {
        QByteArrayView key;
        if (!w.plainString(key) || !w.take(':'))
            return std::nullopt;
        if (key != "changes") {
            if (!w.skipValue())
                return std::nullopt;
            continue;
        }
        if (texts || !w.take('['))
            return std::nullopt; // "changes" twice, or not an array
        texts.emplace();
        if (w.take(']'))
            continue;
        do {
            if (!w.take('{'))
                return std::nullopt;
            std::optional<QByteArrayView> data;
            if (!w.take('}')) {
                do {
                    QByteArrayView member;
                    if (!w.plainString(member) || !w.take(':'))
                        return std::nullopt;
                    if (member != "data") {
                        if (!w.skipValue())
                            return std::nullopt;
                        continue;
                    }
                    if (data)
                        return std::nullopt; // "data" twice
                    const bool object = w.peek() == '{';
                    const char* begin = w.at();
                    if (!w.skipValue())
                        return std::nullopt;
                    data = object ? QByteArrayView(begin, w.at() - begin) : QByteArrayView();
                } while (w.take(','));
                if (!w.take('}'))
                    return std::nullopt;
            }
            texts->push_back(data.value_or(QByteArrayView()));
        } while (w.take(','));
        if (!w.take(']'))
            return std::nullopt;
    } while (w.take(','));
    if (!w.take('}') || !texts || texts->size() != count)
        return std::nullopt;
    return texts;
}

} // namespace

Result<QByteArray> SyncService::pull(qint64 accountId, qint64 since, int limit)
{
    limit = std::clamp(limit, 1, m_limits.maxPullLimit);
    auto q = m_db.exec(QStringLiteral("SELECT type, uuid, rev, deleted, updated_at, data FROM "
                                      "sync_rows WHERE account_id = ? AND rev > ? ORDER BY rev "
                                      "LIMIT ?"),
                       {accountId, since, limit + 1});
    if (!q.ok())
        return q.error();
    // Written as text: each row's data is stored as JSON text and goes out as it is.
    QByteArray changes;
    int count = 0;
    qint64 next = since;
    bool more = false;
    qint64 bytes = 0;
    while (q.value().next()) {
        // A page is bounded in rows and in bytes: the rest comes with the next one.
        if (count == limit || (count > 0 && bytes > m_limits.maxPageBytes)) {
            more = true;
            break;
        }
        const QByteArray data = q.value().value(5).toString().toUtf8();
        bytes += data.size();
        const SyncChange c = rowFrom(q.value(), 0, false);
        next = c.rev;
        if (count++ > 0)
            changes += ',';
        // Only this service writes the data, as a JSON object; anything else would make the
        // whole page unreadable, so it goes as an empty object.
        changes += c.toJsonText(data.startsWith('{') ? data : QByteArrayLiteral("{}"));
    }
    return "{\"changes\":[" + changes + "],\"more\":" + (more ? "true" : "false") +
           ",\"next\":" + QByteArray::number(next) + "}";
}

Result<QByteArray> SyncService::push(qint64 accountId, const QJsonObject& body, QByteArrayView text)
{
    const QJsonValue batchValue = body.value(QLatin1String("batch"));
    if (!batchValue.isString() || QUuid::fromString(batchValue.toString()).isNull())
        return Error{Error::Code::Invalid, QStringLiteral("“batch” must be a UUID"),
                     QStringLiteral("batch")};
    const QString batch = batchValue.toString().toLower();
    const QJsonValue changesValue = body.value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return Error{Error::Code::Invalid, QStringLiteral("“changes” must be an array"),
                     QStringLiteral("changes")};
    const QJsonArray changes = changesValue.toArray();
    if (changes.size() > m_limits.maxBatchChanges)
        return Error{Error::Code::TooLarge,
                     QStringLiteral("a batch may hold at most %1 changes; this one has %2")
                         .arg(m_limits.maxBatchChanges)
                         .arg(changes.size()),
                     QStringLiteral("changes")};
    const std::optional<QList<QByteArrayView>> sent =
        text.isEmpty() ? std::nullopt : dataTexts(text, changes.size());
    QVector<SyncChange> parsed;
    QStringList texts; // each change's data as stored
    parsed.reserve(changes.size());
    texts.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).isObject())
            return Error{Error::Code::Invalid,
                         QStringLiteral("changes[%1] must be an object").arg(i),
                         QStringLiteral("changes")};
        auto change = SyncChange::fromPush(changes.at(i).toObject());
        if (!change.ok())
            return Error{Error::Code::Invalid,
                         QStringLiteral("changes[%1]: %2").arg(i).arg(change.errorMessage()),
                         change.error().field};
        if (change.value().type == QLatin1String("account_event")) {
            if (auto checked = checkAccountEvent(change.value().data); !checked.ok())
                return Error{Error::Code::Invalid,
                             QStringLiteral("changes[%1]: %2").arg(i).arg(checked.errorMessage()),
                             checked.error().field};
        }
        // Stored as sent where the body has it plainly, else serialized once; measured first.
        const QByteArray utf8 =
            sent && !sent->at(i).isEmpty()
                ? QByteArray::fromRawData(sent->at(i).data(), sent->at(i).size())
                : QJsonDocument(change.value().data).toJson(QJsonDocument::Compact);
        if (const qint64 size = utf8.size(); size > m_limits.maxChangeBytes)
            return Error{Error::Code::TooLarge,
                         QStringLiteral("changes[%1]: its data has %2 bytes; a change may have "
                                        "at most %3")
                             .arg(i)
                             .arg(size)
                             .arg(m_limits.maxChangeBytes),
                         QStringLiteral("data")};
        parsed.push_back(change.value());
        texts.push_back(QString::fromUtf8(utf8));
    }

    auto db = m_db.connection();
    if (!db.ok())
        return db.error();
    ServerTransaction tx(db.value(), m_db.dialect());
    if (!tx.isActive())
        return Error{Error::Code::Database, QStringLiteral("cannot begin the batch")};
    // One writer per account at a time (SQLite: the whole database): revisions are then
    // committed in the order they are given, and a pull never skips one. The batch's
    // revisions are counted here and written back once.
    auto current =
        m_db.exec(m_db.dialect() == ServerDatabase::Dialect::Postgres
                      ? QStringLiteral("SELECT rev FROM accounts WHERE id = ? FOR UPDATE")
                      : QStringLiteral("SELECT rev FROM accounts WHERE id = ?"),
                  {accountId});
    if (!current.ok())
        return current.error();
    if (!current.value().next())
        return Error{Error::Code::NotFound, QStringLiteral("no such account")};
    const qint64 startRev = current.value().value(0).toLongLong();
    current.value().finish();

    auto seen = m_db.exec(
        QStringLiteral("SELECT answer FROM sync_batches WHERE account_id = ? AND batch = ?"),
        {accountId, batch});
    if (!seen.ok())
        return seen.error();
    if (seen.value().next())
        return seen.value().value(0).toString().toUtf8(); // a retry: the first answer

    // Each statement prepared once for the whole batch.
    const auto prepared = [&](const QString& sql) -> Result<QSqlQuery> {
        QSqlQuery q(db.value());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return ServerDatabase::error(q, QStringLiteral("prepare"));
        return q;
    };
    // The rows of the batch the server has already, one query per type (not one per change);
    // a row written by the batch is kept here too, for a second change of it in the batch.
    struct Stored
    {
        SyncChange row; // without data
        QByteArray data;
    };
    QHash<QString, Stored> known; // by "type/uuid"
    QSet<QString> twice;          // rows the batch names more than once
    {
        QHash<QString, QJsonArray> uuidsByType;
        QSet<QString> seen;
        for (const SyncChange& c : std::as_const(parsed)) {
            const QString key = c.type + QLatin1Char('/') + c.uuid;
            if (seen.contains(key)) {
                twice.insert(key);
                continue;
            }
            seen.insert(key);
            uuidsByType[c.type].append(c.uuid);
        }
        auto find =
            prepared(m_db.dialect() == ServerDatabase::Dialect::Postgres
                         ? QStringLiteral("SELECT type, uuid, rev, deleted, updated_at, data FROM "
                                          "sync_rows WHERE account_id = ? AND type = ? AND uuid IN "
                                          "(SELECT json_array_elements_text(CAST(? AS json)))")
                         : QStringLiteral("SELECT type, uuid, rev, deleted, updated_at, data FROM "
                                          "sync_rows WHERE account_id = ? AND type = ? AND uuid IN "
                                          "(SELECT value FROM json_each(?))"));
        if (!find.ok())
            return find.error();
        for (auto it = uuidsByType.cbegin(); it != uuidsByType.cend(); ++it) {
            QSqlQuery& q = find.value();
            q.bindValue(0, accountId);
            q.bindValue(1, it.key());
            q.bindValue(
                2, QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return ServerDatabase::error(q, QStringLiteral("query"));
            while (q.next()) {
                Stored s{rowFrom(q, 0, false), q.value(5).toString().toUtf8()};
                known.insert(s.row.type + QLatin1Char('/') + s.row.uuid, std::move(s));
            }
            q.finish();
        }
    }
    auto update = prepared(QStringLiteral("UPDATE sync_rows SET rev = ?, deleted = ?, "
                                          "updated_at = ?, data = ? WHERE account_id = ? AND "
                                          "type = ? AND uuid = ?"));
    auto insert = prepared(QStringLiteral("INSERT INTO sync_rows(rev, deleted, updated_at, data, "
                                          "account_id, type, uuid) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (auto* q : {&update, &insert})
        if (!q->ok())
            return q->error();

    const qint64 now = Clock::nowMs();
    // The answer is written as text once: stored for a retry and sent.
    QByteArray results;
    const auto result = [&](const SyncChange& change, const QByteArray& first, const char* status) {
        if (!results.isEmpty())
            results += ',';
        results += "{" + first + ",\"status\":\"" + status +
                   "\",\"type\":" + SyncChange::jsonString(change.type) +
                   ",\"uuid\":" + SyncChange::jsonString(change.uuid) + "}";
    };
    qint64 rev = startRev;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const SyncChange& change = parsed.at(i);
        const QString key = change.type + QLatin1Char('/') + change.uuid;
        std::optional<SyncChange> stored;
        QByteArray storedData;
        if (const auto found = known.constFind(key); found != known.constEnd()) {
            stored = found->row;
            storedData = found->data;
        }
        if (stored && SyncChange::isAppendOnly(change.type)) {
            // History is written once; a second copy is the same event again.
            result(change, "\"rev\":" + QByteArray::number(stored->rev), "accepted");
            continue;
        }
        if (stored && stored->rev != change.baseRev) {
            result(change,
                   "\"server\":" + stored->toJsonText(storedData.startsWith('{')
                                                          ? storedData
                                                          : QByteArrayLiteral("{}")),
                   "conflict");
            continue;
        }
        ++rev;
        QSqlQuery& write = stored ? update.value() : insert.value();
        write.bindValue(0, rev);
        write.bindValue(1, change.deleted ? 1 : 0);
        write.bindValue(2, change.updatedAt > 0 ? change.updatedAt : now);
        write.bindValue(3, texts.at(i));
        write.bindValue(4, accountId);
        write.bindValue(5, change.type);
        write.bindValue(6, change.uuid);
        if (!write.exec())
            return ServerDatabase::error(write, QStringLiteral("query"));
        write.finish();
        if (twice.contains(key)) {
            SyncChange written = change;
            written.rev = rev;
            written.updatedAt = change.updatedAt > 0 ? change.updatedAt : now;
            written.data = {};
            known.insert(key, Stored{written, texts.at(i).toUtf8()});
        }
        result(change, "\"rev\":" + QByteArray::number(rev), "accepted");
    }
    if (rev != startRev) {
        auto moved =
            m_db.exec(QStringLiteral("UPDATE accounts SET rev = ? WHERE id = ?"), {rev, accountId});
        if (!moved.ok())
            return moved.error();
    }
    const QByteArray answer = "{\"batch\":" + SyncChange::jsonString(batch) + ",\"results\":[" +
                              results + "],\"rev\":" + QByteArray::number(rev) + "}";
    auto recorded = m_db.exec(QStringLiteral("INSERT INTO sync_batches(account_id, batch, answer, "
                                             "created_at) VALUES (?, ?, ?, ?)"),
                              {accountId, batch, QString::fromUtf8(answer), now});
    if (!recorded.ok())
        return recorded.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return answer;
}

Result<void> SyncService::checkAccountEvent(const QJsonObject& data)
{
    const auto invalid = [](const QString& message) {
        return Error{Error::Code::Invalid, message, QStringLiteral("data")};
    };
    static const QStringList members{QStringLiteral("kind"), QStringLiteral("subject"),
                                     QStringLiteral("value"), QStringLiteral("at")};
    for (auto it = data.begin(); it != data.end(); ++it)
        if (!members.contains(it.key()))
            return invalid(QStringLiteral("“data.%1” is not a member of an account_event (only "
                                          "kind, subject, value, at)")
                               .arg(it.key()));
    for (const QString& member : members.mid(0, 3))
        if (!data.value(member).isString())
            return invalid(QStringLiteral("“data.%1” must be a string").arg(member));
    const QString kind = data.value(QLatin1String("kind")).toString();
    const QString subject = data.value(QLatin1String("subject")).toString();
    const QString value = data.value(QLatin1String("value")).toString();
    static const QRegularExpression policyId(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$"));
    static const QRegularExpression announcementId(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (kind == QLatin1String("policy_acknowledged")) {
        if (!policyId.match(subject).hasMatch())
            return invalid(
                QStringLiteral("“data.subject” must be a policy version id like 2026-12"));
        if (!value.isEmpty())
            return invalid(QStringLiteral("“data.value” must be empty for %1").arg(kind));
    } else if (kind == QLatin1String("consent_changed")) {
        if (subject != QLatin1String("product_news") &&
            subject != QLatin1String("usage_statistics"))
            return invalid(QStringLiteral("“data.subject” must be product_news or "
                                          "usage_statistics"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return invalid(QStringLiteral("“data.value” must be on or off"));
    } else if (kind == QLatin1String("announcement_dismissed")) {
        if (!announcementId.match(subject).hasMatch())
            return invalid(QStringLiteral("“data.subject” must be an announcement id (a whole "
                                          "number as a string)"));
        if (!value.isEmpty())
            return invalid(QStringLiteral("“data.value” must be empty for %1").arg(kind));
    } else {
        return invalid(QStringLiteral("“data.kind” must be policy_acknowledged, consent_changed "
                                      "or announcement_dismissed"));
    }
    // Checked as a double first: converting 1e300 to an integer is undefined.
    const QJsonValue at = data.value(QLatin1String("at"));
    if (!at.isDouble() || at.toDouble() < 0 || at.toDouble() > 9e15 ||
        at.toDouble() != double(qint64(at.toDouble())))
        return invalid(QStringLiteral("“data.at” must be a time in milliseconds"));
    return {};
}

Result<bool> SyncService::putAsset(qint64 accountId, const QString& sha256,
                                   const QByteArray& content)
{
    if (!isSha256(sha256))
        return Error{Error::Code::Invalid,
                     QStringLiteral("an asset is named by the SHA-256 of its content, as 64 "
                                    "lower-case hex digits")};
    if (content.size() > m_limits.maxAssetBytes)
        return Error{
            Error::Code::TooLarge,
            QStringLiteral("an asset may be at most %1 bytes").arg(m_limits.maxAssetBytes)};
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return Error{Error::Code::Invalid,
                     QStringLiteral("the content's SHA-256 is %1, not the %2 in the path")
                         .arg(actual, sha256)};
    // Content-addressed: a second upload of the same bytes (also at the same moment) is the
    // same asset, not an error.
    auto q = m_db.exec(QStringLiteral("INSERT INTO assets(account_id, sha256, size, content, "
                                      "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                      "(account_id, sha256) DO NOTHING"),
                       {accountId, sha256, content.size(), content, Clock::nowMs()});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<QByteArray> SyncService::asset(qint64 accountId, const QString& sha256)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT content FROM assets WHERE account_id = ? AND sha256 = ?"),
                  {accountId, sha256});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::NotFound, QStringLiteral("no such asset")};
    return q.value().value(0).toByteArray();
}
