#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Store;

// The rights of the people on the lists (AVG art. 15, 17, 20; rectification is editing).
class DataSubjectRights
{
    Q_DECLARE_TR_FUNCTIONS(DataSubjectRights)

public:
    explicit DataSubjectRights(Store& store)
        : m_store(store)
    {}

    // Everything held about the contact, as one JSON document (art. 15 and 20): fields,
    // lists, tags, consent history with evidence files, suppression, mailings received.
    Result<QJsonObject> exportContact(qint64 contactId);

    // Removes the person for good (art. 17): the contact's data (also of a deleted one), its
    // list memberships, tags, consent events and evidence, from every table and the search
    // index. Keeps only a salted hash on the suppression list, an anonymous row saying an
    // erasure happened and when, and the contact row as an anonymous tombstone (its uuid,
    // so sync can pass the erasure on). Irreversible; there is no undo.
    //
    // Purge::Now finishes with purgeSearchIndex() on this connection. Purge::Later leaves
    // that to the caller (a worker thread: it takes seconds at a million contacts); until
    // it has run, purgePending() says so, and a crash in between is caught up on the next
    // open (see Workspace).
    enum class Purge { Now, Later };
    Result<void> erase(qint64 contactId, const QString& actor, Purge purge = Purge::Now);
    // Erases every contact row with this address, deleted ones included: the whole person.
    // Returns how many rows went (0: the address was not on file).
    Result<int> eraseAddress(const QString& email, const QString& actor, Purge purge = Purge::Now);

    // Merges the search index so no deleted term is left in it, truncates the WAL and
    // clears the pending flag. The static form opens its own connection, for a worker
    // thread while the app keeps its own.
    Result<void> purgeSearchIndex();
    static Result<void> purgeSearchIndex(const QString& storePath);
    bool purgePending();

    static constexpr int ExportFormatVersion = 1;
    // An erased contact's row keeps only its uuid, as <uuid>@erased.invalid (a reserved,
    // never deliverable domain) in the e-mail column, which must not be empty.
    static constexpr const char* ErasedDomain = "@erased.invalid";

private:
    // The rows of one contact, inside the caller's transaction.
    Result<void> eraseRows(qint64 contactId, const QString& actor);

    Store& m_store;
};
