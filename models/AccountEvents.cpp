#include "AccountEvents.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Store.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

const QString AccountEvents::PolicyAcknowledged = QStringLiteral("policy_acknowledged");
const QString AccountEvents::ConsentChanged = QStringLiteral("consent_changed");
const QString AccountEvents::AnnouncementDismissed = QStringLiteral("announcement_dismissed");
const QString AccountEvents::ProductNews = QStringLiteral("product_news");
const QString AccountEvents::UsageStatistics = QStringLiteral("usage_statistics");

namespace {
const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");
} // namespace

Result<AccountEvents::Event> AccountEvents::record(const QString& kind, const QString& subject,
                                                   const QString& value)
{
    Event e;
    e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = kind;
    e.subject = subject;
    e.value = value;
    e.at = Clock::nowMs();
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO account_events(uuid, updated_at, kind, subject, value, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    Store::bindAll(q, {e.uuid, e.at, e.kind, e.subject, e.value, e.at});
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("account event"));
    q.finish();
    if (auto logged = ChangeLog::append(m_store, QStringLiteral("account_event"), e.uuid,
                                        ChangeLog::Op::Upsert, e.at);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return e;
}

bool AccountEvents::consent(const QString& subject)
{
    // The latest by time; events of two laptops at the same millisecond by uuid, so every
    // device comes to the same answer.
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT value FROM account_events WHERE kind = ? AND subject = ? AND "
                       "deleted = 0 ORDER BY at DESC, uuid DESC LIMIT 1"));
    q.bindValue(0, ConsentChanged);
    q.bindValue(1, subject);
    const bool on = q.exec() && q.next() && q.value(0).toString() == kOn;
    q.finish();
    return on;
}

Result<bool> AccountEvents::setConsent(const QString& subject, bool on)
{
    if (consent(subject) == on)
        return false;
    auto recorded = record(ConsentChanged, subject, on ? kOn : kOff);
    if (!recorded.ok())
        return recorded.error();
    return true;
}

bool AccountEvents::acknowledged(const QString& policyId)
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT 1 FROM account_events WHERE kind = ? AND subject = ? AND deleted = 0 LIMIT 1"));
    q.bindValue(0, PolicyAcknowledged);
    q.bindValue(1, policyId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QSet<QString> AccountEvents::dismissedAnnouncements()
{
    QSet<QString> ids;
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT subject FROM account_events WHERE kind = ? AND deleted = 0"));
    q.bindValue(0, AnnouncementDismissed);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toString());
    q.finish();
    return ids;
}

QVector<AccountEvents::Event> AccountEvents::all()
{
    QVector<Event> events;
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT uuid, kind, subject, value, at FROM account_events WHERE deleted "
                       "= 0 ORDER BY at DESC, uuid DESC"));
    if (q.exec())
        while (q.next())
            events.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    return events;
}
