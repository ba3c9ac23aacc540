#include "SegmentRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "NamedRows.h"
#include "Store.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kEntity = QStringLiteral("segment");
const QString kColumns =
    QStringLiteral("id, uuid, rev, updated_at, deleted, created_at, name, rules_json");

// A stored row whose rules no longer read (written by a newer version) keeps its name and
// gets an empty AND group: it selects everyone, which the editor shows, rather than vanish.
Segment segmentFrom(const QSqlQuery& q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        s.rev = q.value(2).toLongLong();
    s.updatedAt = q.value(3).toLongLong();
    s.deleted = q.value(4).toInt() != 0;
    s.createdAt = q.value(5).toLongLong();
    s.name = q.value(6).toString();
    auto rules = SegmentRule::fromJsonText(q.value(7).toString().toUtf8());
    if (rules.ok())
        s.rules = std::move(rules).value();
    return s;
}

} // namespace

Result<QString> SegmentRepository::validName(const QString& name, qint64 exceptId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, tr("Give the segment a name."), QStringLiteral("name")};
    const auto existing = rows().takenName(trimmed, exceptId);
    if (existing)
        return Error{
            Error::Code::Duplicate,
            tr("There is already a segment called “%1”. Choose another name.").arg(*existing),
            QStringLiteral("name")};
    return trimmed;
}

Result<Segment> SegmentRepository::create(const QString& name, const SegmentRule& rules)
{
    if (auto valid = rules.validate(); !valid.ok())
        return valid.error();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto valid = validName(name, 0);
    if (!valid.ok())
        return valid.error();
    Segment s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.createdAt = s.updatedAt = Clock::nowMs();
    s.name = valid.value();
    s.rules = rules;
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO segments(uuid, updated_at, created_at, name, rules_json) "
                       "VALUES (?, ?, ?, ?, ?)"));
    const QVariantList values{s.uuid, s.updatedAt, s.createdAt, s.name,
                              QString::fromUtf8(rules.toJsonText())};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert segment"));
    s.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kEntity, s.uuid, ChangeLog::Op::Upsert, s.updatedAt);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return s;
}

Result<Segment> SegmentRepository::save(const Segment& edited)
{
    if (auto valid = edited.rules.validate(); !valid.ok())
        return valid.error();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto stored = findById(edited.id);
    if (!stored || stored->deleted)
        return Error{Error::Code::NotFound, tr("This segment no longer exists.")};
    auto valid = validName(edited.name, edited.id);
    if (!valid.ok())
        return valid.error();
    Segment s = *stored;
    s.name = valid.value();
    s.rules = edited.rules;
    if (s.name == stored->name && s.rules == stored->rules)
        return s; // nothing changed: nothing to sync
    s.updatedAt = std::max(Clock::nowMs(), stored->updatedAt);
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "UPDATE segments SET updated_at = ?, name = ?, rules_json = ? WHERE id = ?"));
    const QVariantList values{s.updatedAt, s.name, QString::fromUtf8(s.rules.toJsonText()), s.id};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("save segment"));
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kEntity, s.uuid, ChangeLog::Op::Upsert, s.updatedAt);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return s;
}

NamedRows<Segment> SegmentRepository::rows()
{
    return {m_store, QStringLiteral("segments"), kColumns, &segmentFrom};
}

Result<void> SegmentRepository::remove(qint64 segmentId)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto s = findById(segmentId);
    if (!s || s->deleted)
        return Error{Error::Code::NotFound, tr("This segment no longer exists.")};
    if (auto removed = rows().tombstone(segmentId, s->uuid, s->updatedAt, kEntity); !removed.ok())
        return removed.error();
    return tx.commit();
}

std::optional<Segment> SegmentRepository::findById(qint64 id)
{
    return rows().byId(id);
}

std::optional<Segment> SegmentRepository::findByName(const QString& name)
{
    return rows().byName(name);
}

QVector<Segment> SegmentRepository::all()
{
    return rows().all();
}
