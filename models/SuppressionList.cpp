#include "SuppressionList.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "EmailAddress.h"
#include "Store.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace {

const QString kEntity = QStringLiteral("suppression");

std::optional<SuppressionList::Reason> reasonFromName(const QString& name)
{
    using R = SuppressionList::Reason;
    for (R r : {R::Unsubscribed, R::Bounced, R::Complained, R::Erased})
        if (SuppressionList::reasonName(r) == name)
            return r;
    return std::nullopt;
}

} // namespace

QString SuppressionList::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case Reason::Bounced:
        return QStringLiteral("bounced");
    case Reason::Complained:
        return QStringLiteral("complained");
    case Reason::Erased:
        return QStringLiteral("erased");
    }
    return {};
}

QString SuppressionList::reasonLabel(Reason reason)
{
    switch (reason) {
    case Reason::Unsubscribed:
        return tr("unsubscribed");
    case Reason::Bounced:
        return tr("bounced");
    case Reason::Complained:
        return tr("marked a mailing as spam");
    case Reason::Erased:
        return tr("asked to be erased");
    }
    return {};
}

QString SuppressionList::describe(const Entry& entry)
{
    const QString date =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.since).date(), QLocale::LongFormat);
    return tr("%1 on %2", "reason, date: “unsubscribed on 3 March 2026”")
        .arg(reasonLabel(entry.reason), date);
}

QString SuppressionList::hashOf(const QString& email)
{
    return hashOfNormalized(EmailAddress::normalized(email));
}

QString SuppressionList::hashOfNormalized(const QString& normalizedEmail)
{
    if (m_salt.isEmpty()) {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT value FROM meta WHERE key = 'suppression_salt'"));
        if (q.exec() && q.next())
            m_salt = q.value(0).toString();
        q.finish();
    }
    // Case-insensitive, like the unique index on contacts.
    const QString normalized = normalizedEmail.toLower();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_salt.toLatin1());
    h.addData(normalized.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

std::optional<SuppressionList::Entry> SuppressionList::find(const QString& email)
{
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT reason, since FROM suppressions WHERE email_hash = ? AND deleted = 0"));
    q.bindValue(0, hashOf(email));
    std::optional<Entry> entry;
    if (q.exec() && q.next()) {
        if (const auto reason = reasonFromName(q.value(0).toString()))
            entry = Entry{*reason, q.value(1).toLongLong()};
    }
    q.finish();
    return entry;
}

Result<void> SuppressionList::insert(const QString& hash, const QString& email, Reason reason,
                                     qint64 atMs)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO suppressions(uuid, updated_at, email_hash, email, reason, "
                       "since) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, uuid);
    q.bindValue(1, atMs);
    q.bindValue(2, hash);
    q.bindValue(3, email.isNull() ? QVariant() : QVariant(email));
    q.bindValue(4, reasonName(reason));
    q.bindValue(5, atMs);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("suppression"));
    q.finish();
    return ChangeLog::append(m_store, kEntity, uuid, ChangeLog::Op::Upsert, atMs);
}

Result<void> SuppressionList::add(const QString& email, Reason reason, qint64 atMs)
{
    if (reason == Reason::Erased)
        return addErased(email, atMs);
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    if (find(email))
        return tx.commit();
    if (auto inserted = insert(hashOf(email), EmailAddress::normalized(email), reason, atMs);
        !inserted.ok())
        return inserted;
    return tx.commit();
}

Result<void> SuppressionList::addErased(const QString& email, qint64 atMs)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const QString hash = hashOf(email);
    // The old entry kept the address in clear: it goes, not as a tombstone but for good.
    QSqlQuery& old = m_store.statement(
        QStringLiteral("DELETE FROM suppressions WHERE email_hash = ? RETURNING uuid"));
    old.bindValue(0, hash);
    if (!old.exec())
        return Store::databaseError(old, QStringLiteral("suppression"));
    QStringList gone;
    while (old.next())
        gone << old.value(0).toString();
    old.finish();
    for (const QString& uuid : gone) {
        if (auto logged = ChangeLog::append(m_store, kEntity, uuid, ChangeLog::Op::Erase, atMs);
            !logged.ok())
            return logged;
    }
    if (auto inserted = insert(hash, QString(), Reason::Erased, atMs); !inserted.ok())
        return inserted;
    return tx.commit();
}

Result<bool> SuppressionList::lift(const QString& email)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery& q = m_store.statement(
        QStringLiteral("UPDATE suppressions SET deleted = 1, updated_at = ?, email = NULL "
                       "WHERE email_hash = ? AND deleted = 0 RETURNING uuid, updated_at"));
    q.bindValue(0, Clock::nowMs());
    q.bindValue(1, hashOf(email));
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("suppression"));
    QStringList lifted;
    qint64 at = 0;
    while (q.next()) {
        lifted << q.value(0).toString();
        at = q.value(1).toLongLong();
    }
    q.finish();
    for (const QString& uuid : lifted) {
        if (auto logged = ChangeLog::append(m_store, kEntity, uuid, ChangeLog::Op::Delete, at);
            !logged.ok())
            return logged.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return !lifted.isEmpty();
}

QSet<QString> SuppressionList::liveHashes()
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT email_hash FROM suppressions WHERE deleted = 0"));
    QSet<QString> hashes;
    if (q.exec()) {
        while (q.next())
            hashes.insert(q.value(0).toString());
    }
    q.finish();
    return hashes;
}

qint64 SuppressionList::count()
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT count(*) FROM suppressions WHERE deleted = 0"));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}
