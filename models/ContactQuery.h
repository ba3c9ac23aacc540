#pragma once

#include <QString>
#include <QtGlobal>

// What the contacts table shows: an optional search, list and consent filter, and a sort
// order.
struct ContactQuery
{
    enum class SortColumn { Email, FirstName, LastName, Company, City, UpdatedAt };

    // The newsletter consent filter of the table (SPEC §2).
    enum class Consent {
        Any,
        Subscribed,
        Pending,
        Unsubscribed,
        Bounced,
        Complained,
        NoneRecorded,
        NeedsRepermission, // subscribed before repermissionBeforeMs
    };

    QString search;    // what the user typed; becomes an FTS5 prefix query
    qint64 listId = 0; // 0: all contacts
    Consent consent = Consent::Any;
    qint64 repermissionBeforeMs = 0; // UTC ms; for Consent::NeedsRepermission
    SortColumn sort = SortColumn::LastName;
    Qt::SortOrder order = Qt::AscendingOrder;

    // The FTS5 MATCH expression for `search`: every word a quoted prefix, all required.
    // Empty when the search has no letters or digits.
    static QString ftsExpression(const QString& search);
};
