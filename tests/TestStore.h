#pragma once

#include "Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

// Helpers shared by the tests: a fresh store in a temporary folder.
namespace TestStore {

inline std::unique_ptr<Store> openFresh(const QTemporaryDir& dir,
                                        const QString& name = QStringLiteral("store.db"))
{
    auto store = Store::open(dir.filePath(name));
    if (!store.ok())
        qFatal("cannot open test store: %s", qPrintable(store.errorMessage()));
    return std::move(store).value();
}

inline QVariant scalar(Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace TestStore
