#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

// Free-form tags on contacts ("klant", "beurs 2026"). Tags are created on first use.
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(Store& store)
        : m_store(store)
    {}

    // Makes the contact's tags exactly `tags` (case-insensitive), logging every change.
    Result<void> setTags(qint64 contactId, const QStringList& tags);
    QStringList tagsOf(qint64 contactId);
    QStringList allTags();

private:
    Result<qint64> ensureTag(const QString& name, qint64 now);

    Store& m_store;
};
