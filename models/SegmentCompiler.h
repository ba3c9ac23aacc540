#pragma once

#include "Result.h"
#include "Segment.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

class Store;

// Turns a segment's rule tree into a condition on the contacts table (alias c).
//
// Every value the user gave is bound, never written into the SQL: column names come from
// a fixed table, custom fields are read with json_extract and a bound path, LIKE patterns
// are escaped. Text compares as the rest of the app compares names and addresses: without
// regard to case (SQLite's NOCASE and LIKE, which fold ASCII letters only).
class SegmentCompiler
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCompiler)

public:
    struct Compiled
    {
        // A condition for "FROM contacts c WHERE c.deleted = 0 AND (where)"; it does not
        // itself leave out deleted contacts.
        QString where;
        QVariantList binds; // in the order of the ? in `where`
    };

    // nowMs: the moment "within the last N days" counts back from (UTC ms).
    static Result<Compiled> compile(const SegmentRule& rule, qint64 nowMs);

    // Live (not deleted) contacts the segment selects, now (Clock); -1 when the rule is
    // not valid or the query fails.
    static qint64 count(Store& store, const SegmentRule& rule);
};
