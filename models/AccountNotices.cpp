#include "AccountNotices.h"

#include "Clock.h"
#include "Store.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

const QString AccountNotices::Policy = QStringLiteral("policy");
const QString AccountNotices::Announcement = QStringLiteral("announcement");

Result<void> AccountNotices::replace(const QString& kind, const QJsonArray& documents)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    if (kind == Announcement) {
        QSqlQuery& clear =
            m_store.statement(QStringLiteral("DELETE FROM account_notices WHERE kind = ?"));
        clear.bindValue(0, kind);
        if (!clear.exec())
            return Store::databaseError(clear, QStringLiteral("account notices"));
        clear.finish();
    }
    const qint64 now = Clock::nowMs();
    for (const QJsonValue& v : documents) {
        const QJsonObject o = v.toObject();
        const QJsonValue idValue = o.value(QLatin1String("id"));
        const QString id =
            idValue.isString() ? idValue.toString() : QString::number(idValue.toInteger());
        if (id.isEmpty() || (!idValue.isString() && idValue.toInteger() <= 0))
            continue; // nothing to know it by: not kept
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO account_notices(kind, id, document, fetched_at) VALUES (?, ?, ?, ?) ON "
            "CONFLICT(kind, id) DO UPDATE SET document = excluded.document, fetched_at = "
            "excluded.fetched_at"));
        Store::bindAll(
            q, {kind, id, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), now});
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("account notices"));
        q.finish();
    }
    return tx.commit();
}

QVector<QJsonObject> AccountNotices::documents(const QString& kind)
{
    QVector<QJsonObject> out;
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT document FROM account_notices WHERE kind = ? ORDER BY rowid"));
    q.bindValue(0, kind);
    if (q.exec())
        while (q.next())
            out.push_back(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    q.finish();
    return out;
}
