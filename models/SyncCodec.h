#pragma once

#include "Result.h"
#include "SyncChange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

class Store;

// The local side of the sync wire format (docs/sync-protocol.md), without any network:
// reads a row of the store as a SyncChange (its fields as `data`, other rows named by uuid,
// never by local id) and applies a change pulled from the server to the store, merging
// with what was edited here since the last sync (SPEC §6).
//
// Applying writes no change-log entry of its own (Store::ApplyingRemote): a pulled row is
// not a local edit. Only what a merge produces that the server does not have yet (a merged
// contact, a template's conflict copy, the loser of a duplicate renamed) is logged, so the
// next push sends it. Every repository invariant is kept by the same statements and
// triggers: the search index and counters (triggers), the consent ledger's hash chain,
// chain table and current state (computed the way ConsentRepository::record does), the
// suppression list, the sealed-mailing triggers (a sealed mailing is updated in its state
// only).
class SyncCodec
{
    Q_DECLARE_TR_FUNCTIONS(SyncCodec)

public:
    explicit SyncCodec(Store& store);

    // The row as this store has it now; nullopt when there is no such row (it was erased
    // here: the caller pushes an erase). baseRev is the revision last synced (sync_base).
    std::optional<SyncChange> read(const QString& type, const QString& uuid);

    enum class Outcome {
        Applied,  // written as the server has it
        Merged,   // merged with local edits; what differs from the server is logged to push
        Skipped,  // nothing to do (already had it, or it refers to an erased person)
        Deferred, // refers to a row that has not arrived yet: retry later in this pull
    };
    // Applies a row from the server. `localEdits`: whether this store changed the row since
    // it last synced (nullopt: look in the change log); a push conflict passes true.
    // `contents`: the bytes of assets and evidence files by SHA-256, fetched beforehand.
    Result<Outcome> apply(const SyncChange& remote, const QHash<QString, QByteArray>& contents = {},
                          std::optional<bool> localEdits = std::nullopt);

    // After the server accepted what was pushed: the row gets its revision and the sent
    // data becomes the base of later merges.
    // changedSince: whether the row has a change-log entry besides the batch's (looked up
    // when not given).
    Result<void> accepted(const SyncChange& sent, qint64 rev,
                          std::optional<bool> changedSince = std::nullopt);
    // Whether accepted() makes the sent row its own base: a contact sent as it stands, not
    // erased or deleted, and not changed since (migration 12).
    static bool ownBaseOnAccept(const SyncChange& sent, bool changedSince);
    // accepted() for many such contacts at once (the bulk of a first push): two statements
    // prepared once and bound directly, the same rows written.
    Result<void> acceptedOwnBases(const QVector<QPair<QString, qint64>>& uuidRevs);

    // Contacts for a push, many at once: each found one as a change whose data is JSON text
    // (SyncChange::dataJson) straight from SQLite, with its base revision, by uuid. The
    // same content read() gives (tst_sync compares both).
    QHash<QString, SyncChange> readContacts(const QStringList& uuids);

    // The last synced version of a row (rev, deleted, data), if any.
    std::optional<SyncChange> base(const QString& type, const QString& uuid);
    // Only the base's revision (no data read): the revision last synced.
    std::optional<qint64> baseRev(const QString& type, const QString& uuid);
    // A synced contact's own revision (contacts.rev): its base when it has no base row.
    std::optional<qint64> ownBaseRev(const QString& uuid);
    // Lazy (contacts only): the base is the contact as it stands, until it next changes.
    Result<void> setBase(const SyncChange& change, bool lazy = false);

    // SHA-256 of the content a change needs (assets, evidence files), or empty.
    static QString contentHash(const SyncChange& change);
    std::optional<QByteArray> localContent(const QString& type, const QString& sha256);

    // Contacts whose consent history forked while applying (events made on two devices
    // without knowing of each other); see resolveConsentForks().
    const QSet<QString>& forkedContacts() const { return m_forked; }
    void clearForkedContacts() { m_forked.clear(); }
    // SPEC §6: the most restrictive consent wins. For each purpose of each contact, when an
    // event made elsewhere at the same time (neither device knew of the other's) withdrew
    // consent and the ledger's current state (the latest event) does not, records a new
    // withdrawal event that says why (source "sync"), through ConsentRepository, so the
    // chain stays verifiable and the event is pushed like any other. Returns how many.
    Result<int> resolveConsentForks(const QSet<QString>& contactUuids);

    // The apply order of types: parents before the rows that refer to them.
    static int typeRank(const QString& type);

private:
    struct Spec;
    static const Spec* spec(const QString& type);

    Result<Outcome> write(const SyncChange& remote, const QHash<QString, QByteArray>& contents);
    Result<Outcome> writeGeneric(const Spec& s, SyncChange remote,
                                 const QHash<QString, QByteArray>& contents);
    Result<Outcome> writeConsentEvent(const SyncChange& remote);
    Result<Outcome> writeEvidence(const SyncChange& remote,
                                  const QHash<QString, QByteArray>& contents);
    Result<Outcome> eraseLocally(const QString& type, const QString& uuid, qint64 at);
    Result<void> eraseContactRows(qint64 contactId, qint64 at);
    Result<Outcome> merge(const SyncChange& remote, const SyncChange& local,
                          const std::optional<SyncChange>& base,
                          const QHash<QString, QByteArray>& contents);
    Result<void> conflictCopy(const SyncChange& local);

    std::optional<qint64> idOf(const QString& table, const QString& uuid);
    std::optional<QString> uuidOf(const QString& table, qint64 id);
    bool contactErased(const QString& uuid);
    bool hasLocalEdits(const QString& type, const QString& uuid);
    // A change-log entry for what a merge produced (bypasses Store::ApplyingRemote).
    Result<void> logLocal(const QString& type, const QString& uuid, const QString& op);
    Result<void> dropPending(const QString& type, const QString& uuid);
    QString freeName(const QString& table, const QString& wanted);

    Store& m_store;
    QSet<QString> m_forked;
};
