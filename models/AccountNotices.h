#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

class Store;

// What the server published for every account (GET /api/v1/policy, /api/v1/announcements),
// kept in the store so that a new policy version and a service announcement are shown
// offline too, and never lost between two syncs.
class AccountNotices
{
public:
    static const QString Policy;       // kind of a privacy policy version
    static const QString Announcement; // kind of a service announcement

    explicit AccountNotices(Store& store)
        : m_store(store)
    {}

    // Replaces what is kept of `kind` by the server's current list (each document with its
    // "id"), in one transaction. Policy versions are kept even when the server no longer
    // lists them (a policy's history stays readable); announcements only as listed.
    Result<void> replace(const QString& kind, const QJsonArray& documents);
    // The kept documents of `kind`, in the server's order.
    QVector<QJsonObject> documents(const QString& kind);

private:
    Store& m_store;
};
