#include "Audience.h"

#include "AudienceSets.h"
#include "Segment.h"
#include "SegmentCompiler.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtAlgorithms>
#include <algorithm>
#include <optional>
#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Members of live lists, deleted contacts included (they are counted as such). DISTINCT:
// a contact on two of the lists is one recipient (and one row when sealing).
const QString kListMembers =
    QStringLiteral("SELECT DISTINCT m.contact_id FROM list_members m JOIN lists l ON l.id = "
                   "m.list_id WHERE m.deleted = 0 "
                   "AND l.deleted = 0 AND l.uuid IN (SELECT value FROM json_each(?))");

struct Part
{
    QString sql; // a SELECT of contact ids
    QVariantList binds;
    QString where; // a segment's compiled rules; empty for lists
};

QString unionOf(const QVector<Part>& parts)
{
    QStringList selects;
    for (const Part& p : parts)
        selects << p.sql;
    return selects.join(QStringLiteral(" UNION "));
}

QVariantList bindsOf(const QVector<Part>& parts)
{
    QVariantList binds;
    for (const Part& p : parts)
        binds << p.binds;
    return binds;
}

// The included (or excluded) lists and segments, one part for all the lists and one per
// segment; refused when one of them no longer exists.
Result<QVector<Part>> contactsOf(Store& store, const QStringList& lists,
                                 const QStringList& segments, qint64 nowMs)
{
    QVector<Part> parts;
    if (!lists.isEmpty()) {
        QSqlQuery& q = store.statement(QStringLiteral(
            "SELECT count(*) FROM lists WHERE deleted = 0 AND uuid IN (SELECT value FROM "
            "json_each(?))"));
        q.bindValue(0, jsonArray(lists));
        const bool ok = q.exec() && q.next();
        const qint64 found = ok ? q.value(0).toLongLong() : -1;
        q.finish();
        if (!ok)
            return Store::databaseError(q, QStringLiteral("audience lists"));
        if (found != lists.size())
            return Error{Error::Code::NotFound,
                         RecipientSelection::tr("A list of this mailing’s audience no longer "
                                                "exists. Choose the lists again."),
                         QStringLiteral("audience")};
        parts << Part{kListMembers, {jsonArray(lists)}, {}};
    }
    for (const QString& uuid : segments) {
        QSqlQuery& q = store.statement(
            QStringLiteral("SELECT name, rules_json FROM segments WHERE uuid = ? AND deleted = 0"));
        q.bindValue(0, uuid);
        const bool found = q.exec() && q.next();
        const QString name = found ? q.value(0).toString() : QString();
        const QByteArray rulesJson = found ? q.value(1).toString().toUtf8() : QByteArray();
        q.finish();
        if (!found)
            return Error{Error::Code::NotFound,
                         RecipientSelection::tr("A segment of this mailing’s audience no longer "
                                                "exists. Choose the segments again."),
                         QStringLiteral("audience")};
        auto rules = SegmentRule::fromJsonText(rulesJson);
        if (!rules.ok())
            return Error{Error::Code::Invalid,
                         RecipientSelection::tr("The rules of segment “%1” cannot be read: %2")
                             .arg(name, rules.errorMessage()),
                         QStringLiteral("audience")};
        auto compiled = SegmentCompiler::compile(rules.value(), nowMs);
        if (!compiled.ok())
            return compiled.error();
        parts << Part{QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted = 0 AND (%1)")
                          .arg(compiled.value().where),
                      compiled.value().binds, compiled.value().where};
    }
    return parts;
}

struct Parts
{
    QVector<Part> included, excluded;
};

Result<Parts> partsOf(Store& store, const Audience& audience, qint64 nowMs)
{
    auto included = contactsOf(store, audience.includeLists, audience.includeSegments, nowMs);
    if (!included.ok())
        return included.error();
    auto excluded = contactsOf(store, audience.excludeLists, audience.excludeSegments, nowMs);
    if (!excluded.ok())
        return excluded.error();
    return Parts{std::move(included).value(), std::move(excluded).value()};
}

RecipientSelection::Sql selectionOf(const Parts& parts)
{
    RecipientSelection::Sql out;
    if (parts.included.isEmpty())
        return out;
    const QString exc =
        parts.excluded.isEmpty() ? QStringLiteral("SELECT NULL WHERE 0") : unionOf(parts.excluded);
    // The order of the CASE is the order of the reasons in RecipientCount.
    out.select =
        QStringLiteral(
            "WITH inc(id) AS (%1), exc(id) AS (%2) "
            "SELECT c.id AS contact_id, c.uuid AS uuid, c.email AS email, "
            "c.first_name AS first_name, c.last_name AS last_name, "
            "c.custom_fields AS custom_fields, s.state AS consent_state, "
            "s.event_id AS consent_event_id, "
            "CASE WHEN c.deleted <> 0 THEN 'deleted' "
            "WHEN c.id IN (SELECT id FROM exc) THEN 'excluded' "
            "WHEN s.state IS NULL THEN 'none' "
            "WHEN s.state <> 'subscribed' THEN s.state "
            "WHEN EXISTS (SELECT 1 FROM suppressions p WHERE p.deleted = 0 "
            "AND p.email = c.email COLLATE NOCASE) THEN 'suppressed' "
            "ELSE 'selected' END AS kind "
            "FROM inc JOIN contacts c ON c.id = inc.id "
            "LEFT JOIN consent_state s ON s.contact_id = c.id AND s.purpose = 'newsletter'")
            .arg(unionOf(parts.included), exc);
    out.binds = bindsOf(parts.included) + bindsOf(parts.excluded);
    return out;
}

Result<RecipientCount> countInSql(Store& store, const Parts& parts)
{
    const RecipientSelection::Sql sql = selectionOf(parts);
    RecipientCount count;
    if (sql.select.isEmpty())
        return count;
    // Not a cached statement: every audience is its own SQL text.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT kind, count(*) FROM (%1) GROUP BY kind").arg(sql.select)))
        return Store::databaseError(q, QStringLiteral("count recipients"));
    Store::bindAll(q, sql.binds);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("count recipients"));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        count.total += n;
        if (kind == QLatin1String("selected"))
            count.selected = n;
        else if (kind == QLatin1String("deleted"))
            count.deleted = n;
        else if (kind == QLatin1String("excluded"))
            count.excluded = n;
        else if (kind == QLatin1String("suppressed"))
            count.suppressed = n;
        else {
            count.notSubscribed += n;
            count.notSubscribedByState.insert(kind, n);
        }
    }
    return count;
}

#if SENDTRIX_SQLITE_C_API
// Binds as Store::bindAll does: a null QString as '', an invalid QVariant as NULL.
bool bindValues(sqlite3_stmt* stmt, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(stmt, i + 1);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(stmt, i + 1, v.toDouble());
            break;
        case QMetaType::QString: {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        default:
            return false; // not a type the compilers bind: SQL counts
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

// The contact ids a part selects, as a bitset; null when the query fails.
std::shared_ptr<const AudienceSets::Bits> membersOf(sqlite3* db, const Part& part)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = part.sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    auto bits = std::make_shared<AudienceSets::Bits>();
    bool ok = bindValues(stmt, part.binds);
    int rc = SQLITE_DONE;
    while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
        if (id < 0)
            continue; // no contact has one
        const auto word = std::uint64_t(id) >> 6;
        if (word >= bits->size())
            bits->resize(word + 1 + bits->size() / 2, 0);
        (*bits)[word] |= std::uint64_t(1) << (std::uint64_t(id) & 63);
    }
    sqlite3_finalize(stmt);
    if (!ok || rc != SQLITE_DONE)
        return nullptr;
    return bits;
}

// The union of the parts' members. A segment without rules ("1") is every live contact.
std::optional<AudienceSets::Bits> unionBits(sqlite3* db, AudienceSets& sets,
                                            const AudienceSets::Snapshot* snapshot,
                                            const QVector<Part>& parts, qint64 generation)
{
    AudienceSets::Bits out;
    for (const Part& part : parts) {
        std::shared_ptr<const AudienceSets::Bits> bits;
        if (part.where == QLatin1String("0"))
            continue;
        if (part.where == QLatin1String("1") && snapshot) {
            const auto& live = snapshot->live;
            if (out.size() < live.size())
                out.resize(live.size(), 0);
            for (size_t w = 0; w < live.size(); ++w)
                out[w] |= live[w];
            continue;
        }
        QString key = part.sql;
        for (const QVariant& v : part.binds)
            key += QLatin1Char('\x1f') + v.toString();
        bits = sets.part(key, generation);
        if (!bits) {
            bits = membersOf(db, part);
            if (!bits)
                return std::nullopt;
            sets.keepPart(key, generation, bits);
        }
        if (out.size() < bits->size())
            out.resize(bits->size(), 0);
        for (size_t w = 0; w < bits->size(); ++w)
            out[w] |= (*bits)[w];
    }
    return out;
}

qint64 popcount(std::uint64_t word)
{
    return qint64(qPopulationCount(quint64(word)));
}

RecipientCount tally(const AudienceSets::Snapshot& s, const AudienceSets::Bits& included,
                     const AudienceSets::Bits& excluded)
{
    RecipientCount c;
    int subscribed = -1;
    for (size_t i = 0; i < s.states.size(); ++i)
        if (s.states[i].first == QLatin1String("subscribed"))
            subscribed = int(i);
    std::vector<qint64> byState(s.states.size(), 0);
    qint64 none = 0;
    // Ids beyond the contacts' are no contacts: the SQL joins them away too.
    const size_t words = std::min(included.size(), s.exists.size());
    for (size_t w = 0; w < words; ++w) {
        std::uint64_t m = included[w] & s.exists[w];
        if (!m)
            continue;
        c.total += popcount(m);
        c.deleted += popcount(m & ~s.live[w]);
        m &= s.live[w];
        if (w < excluded.size()) {
            c.excluded += popcount(m & excluded[w]);
            m &= ~excluded[w];
        }
        if (!m)
            continue;
        none += popcount(m & ~s.stated[w]);
        for (size_t i = 0; i < s.states.size(); ++i) {
            const std::uint64_t in = m & s.states[i].second[w];
            if (!in)
                continue;
            if (int(i) == subscribed) {
                c.suppressed += popcount(in & s.suppressed[w]);
                c.selected += popcount(in & ~s.suppressed[w]);
            } else {
                byState[i] += popcount(in);
            }
        }
    }
    // Like GROUP BY: a state appears only when someone is in it.
    if (none > 0)
        c.notSubscribedByState.insert(QStringLiteral("none"), none);
    for (size_t i = 0; i < s.states.size(); ++i)
        if (byState[i] > 0)
            c.notSubscribedByState.insert(s.states[i].first, byState[i]);
    for (qint64 n : byState)
        c.notSubscribed += n;
    c.notSubscribed += none;
    return c;
}
#endif

// The count from the in-memory sets; nothing when they cannot serve it. Unless `wait`, the
// sets are waited for only when the audience is large enough that building them (a second
// at a million contacts) costs less than counting in SQL (~5 µs per matched contact).
std::optional<RecipientCount> countInMemory(Store& store, const Parts& parts, bool wait)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(store);
    Q_UNUSED(parts);
    Q_UNUSED(wait);
    return std::nullopt;
#else
    sqlite3* db = store.handle();
    // Writes of an open transaction on this connection are not in the sets yet.
    if (!db || !AudienceSets::available() || !sqlite3_get_autocommit(db))
        return std::nullopt;
    const std::optional<qint64> generation = AudienceSets::generation(store);
    if (!generation)
        return std::nullopt;
    const std::shared_ptr<AudienceSets> sets = AudienceSets::of(store);
    std::shared_ptr<const AudienceSets::Snapshot> snapshot = sets->get(*generation);
    auto included = unionBits(db, *sets, snapshot.get(), parts.included, *generation);
    if (!included)
        return std::nullopt;
    if (!snapshot) {
        if (!wait) {
            qint64 matched = 0;
            for (std::uint64_t word : *included)
                matched += popcount(word);
            QSqlQuery& q = store.statement(
                QStringLiteral("SELECT value FROM counters WHERE name = 'live_contacts'"));
            const qint64 contacts = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            if (matched * 4 < contacts)
                return std::nullopt; // the build goes on in the background for the next count
        }
        snapshot = sets->wait(*generation);
        if (!snapshot)
            return std::nullopt;
    }
    auto excluded = unionBits(db, *sets, snapshot.get(), parts.excluded, *generation);
    if (!excluded)
        return std::nullopt;
    return tally(*snapshot, *included, *excluded);
#endif
}

#if SENDTRIX_SQLITE_C_API
// The selected contacts (the `selected` of tally) as a bitset.
AudienceSets::Bits selectedBits(const AudienceSets::Snapshot& s, const AudienceSets::Bits& included,
                                const AudienceSets::Bits& excluded)
{
    const AudienceSets::Bits* subscribed = nullptr;
    for (const auto& [state, bits] : s.states)
        if (state == QLatin1String("subscribed"))
            subscribed = &bits;
    const size_t words = std::min(included.size(), s.exists.size());
    AudienceSets::Bits out(words, 0);
    if (!subscribed)
        return out;
    for (size_t w = 0; w < words; ++w) {
        std::uint64_t m = included[w] & s.live[w] & (*subscribed)[w] & ~s.suppressed[w];
        if (w < excluded.size())
            m &= ~excluded[w];
        out[w] = m;
    }
    return out;
}
#endif

} // namespace

std::optional<std::vector<std::uint64_t>>
selectRecipientsInMemory(Store& store, const Audience& audience, qint64 nowMs)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(store);
    Q_UNUSED(audience);
    Q_UNUSED(nowMs);
    return std::nullopt;
#else
    sqlite3* db = store.handle();
    if (!db || !AudienceSets::available())
        return std::nullopt;
    auto parts = partsOf(store, audience, nowMs);
    if (!parts.ok() || parts.value().included.isEmpty())
        return std::nullopt;
    // The generation as this connection sees it, inside the caller's transaction: equal to
    // the snapshot's only when the transaction has not changed what the sets hold.
    const std::optional<qint64> generation = AudienceSets::generation(store);
    if (!generation)
        return std::nullopt;
    const std::shared_ptr<AudienceSets> sets = AudienceSets::of(store);
    const std::shared_ptr<const AudienceSets::Snapshot> snapshot = sets->get(*generation);
    if (!snapshot)
        return std::nullopt;
    auto included = unionBits(db, *sets, snapshot.get(), parts.value().included, *generation);
    if (!included)
        return std::nullopt;
    auto excluded = unionBits(db, *sets, snapshot.get(), parts.value().excluded, *generation);
    if (!excluded)
        return std::nullopt;
    return selectedBits(*snapshot, *included, *excluded);
#endif
}

bool prepareAudienceSets(Store& store)
{
#if !SENDTRIX_SQLITE_C_API
    Q_UNUSED(store);
    return false;
#else
    sqlite3* db = store.handle();
    if (!db || !AudienceSets::available() || !sqlite3_get_autocommit(db))
        return false;
    const std::optional<qint64> generation = AudienceSets::generation(store);
    return generation && AudienceSets::of(store)->wait(*generation) != nullptr;
#endif
}

Result<RecipientSelection::Sql> RecipientSelection::build(Store& store, const Audience& audience,
                                                          qint64 nowMs)
{
    auto parts = partsOf(store, audience, nowMs);
    if (!parts.ok())
        return parts.error();
    return selectionOf(parts.value());
}

Result<RecipientCount> countRecipients(Store& store, const Audience& audience, qint64 nowMs,
                                       CountMethod method)
{
    auto parts = partsOf(store, audience, nowMs);
    if (!parts.ok())
        return parts.error();
    if (parts.value().included.isEmpty())
        return RecipientCount{};
    if (method != CountMethod::Sql) {
        if (auto counted = countInMemory(store, parts.value(), method == CountMethod::InMemory))
            return *counted;
        if (method == CountMethod::InMemory)
            return Error{Error::Code::Database,
                         RecipientSelection::tr("The recipients cannot be counted in memory "
                                                "here; the count in the database is needed."),
                         QStringLiteral("audience")};
    }
    return countInSql(store, parts.value());
}
