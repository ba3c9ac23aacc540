#include "ChangeLog.h"

#include "Store.h"

#include <QVariant>

namespace ChangeLog {

Result<void> append(Store& store, const QString& entity, const QString& uuid, Op op, qint64 atMs)
{
    if (store.applyingRemote())
        return {}; // a row pulled from the server is no local edit (see Store::ApplyingRemote)
    QSqlQuery& q = store.statement(
        QStringLiteral("INSERT INTO change_log(entity, uuid, op, changed_at) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, entity);
    q.bindValue(1, uuid);
    q.bindValue(2, op == Op::Upsert   ? QStringLiteral("upsert")
                   : op == Op::Delete ? QStringLiteral("delete")
                                      : QStringLiteral("erase"));
    q.bindValue(3, atMs);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("change_log"));
    return {};
}

qint64 pendingCount(Store& store)
{
    QSqlQuery& q =
        store.statement(QStringLiteral("SELECT count(*) FROM change_log WHERE batch IS NULL"));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace ChangeLog
