#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

// A named group of contacts (SPEC §1). A contact may be in many lists.
struct ContactListInfo
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> rev;
    qint64 updatedAt = 0;
    bool deleted = false;
    QString name;
    QString description;
    qint64 memberCount = 0; // live contacts in the list (read-only, computed)
};
