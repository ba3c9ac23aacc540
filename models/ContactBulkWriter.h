#pragma once

#include "Contact.h"
#include "Result.h"

#include <QSet>
#include <QString>
#include <QVector>
#include <memory>

class Store;
class SuppressionList;

// Adds many new contacts inside the caller's transaction (an import): per contact the rows
// ContactRepository::create writes (the contact with its uuid, times, sort key and custom
// fields, its change-log entry, and the suppression rule), plus a list membership and an
// import record when asked, through statements prepared once and bound directly (SQLite C
// API where the build has it, Qt SQL otherwise).
//
// The two per-row insert triggers of `contacts` (the live counter and the full-text index)
// are taken out for the transaction by begin() and put back by finish(), from their own
// stored SQL, after it has done their work once for all new rows: one counter update and
// one INSERT…SELECT into the FTS index. A trigger on the table also makes SQLite journal
// every statement and look for child rows of every foreign key pointing at contacts, so
// without them a row costs a third as much. Everything happens in the caller's
// transaction: a rollback (failure, cancel, dry run, a killed process) brings the triggers
// back with the rest. The caller must therefore roll back unless finish() succeeded.
class ContactBulkWriter
{
public:
    explicit ContactBulkWriter(Store& store);
    ~ContactBulkWriter();
    ContactBulkWriter(const ContactBulkWriter&) = delete;
    ContactBulkWriter& operator=(const ContactBulkWriter&) = delete;

    // Inside a transaction (with Store::FlatNesting, so the rare per-row repository calls
    // open no savepoints).
    Result<void> begin();

    struct Added
    {
        qint64 id = 0;          // 0: a live contact already has this address; nothing written
        bool withdrawn = false; // on the suppression list: its withdrawal was recorded
    };
    // How many rows a caller hands to add() at a time (it applies them in file order).
    static constexpr int RowsPerChunk = 64;
    // Adds the contacts in file order (their addresses valid and normalised with
    // EmailAddress::check); for each, what happened. Sets id, uuid and times on those added.
    Result<QVector<Added>> add(QVector<Contact>& contacts);
    // The contact (added by add()) joins the list; the list must exist.
    Result<void> addToList(qint64 listId, qint64 contactId);

    struct ImportItem
    {
        qint64 batchId = 0;
        qint64 contactId = 0;
        qint64 line = 0;
        QString action; // added, updated, unchanged
        bool listed = false;
        QString before; // the contact as JSON before an update; null otherwise
    };
    // An added contact's record (action "added", not listed) waits for the next flush();
    // other records are written at once.
    Result<void> addImportItem(const ImportItem& item);

    // Writes what waits: the change-log entries of the contacts added since the last flush
    // (one INSERT…SELECT, in id order) and their import records (one statement). Call it
    // before anything else writes to the change log or reads the import records, so the
    // log keeps the order a row-by-row import gives it.
    Result<void> flush();

    // Flushes, counts and indexes the new contacts and puts the triggers back.
    Result<void> finish();

    qint64 addedCount() const { return m_added; }

private:
    struct Statements;
    Result<void> restoreCacheSize();
    QString nextUuid();

    Store& m_store;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<SuppressionList> m_suppressions;
    QSet<QString> m_suppressedHashes;
    QStringList m_triggerSql; // the suspended triggers, as stored
    qint64 m_firstNewId = 0;
    qint64 m_added = 0;
    qint64 m_unloggedFrom = 0; // first added id whose change-log entry waits; 0: none
    qint64 m_lastAddedId = 0;
    QString m_pendingItems; // JSON pairs [contact id, line] of waiting import records
    qint64 m_pendingCount = 0;
    qint64 m_batchId = 0;
    qint64 m_uuidMs = 0; // time-ordered uuids: the last one's time and sequence number
    int m_uuidSeq = 0;
    int m_cacheSize = 0; // PRAGMA cache_size before begin()
    bool m_begun = false;
    bool m_finished = false;
};
