#pragma once

#include "ConsentEvent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVector>
#include <functional>
#include <optional>

class QSqlQuery;
class Store;
struct Contact;

// The consent ledger (SPEC §2): records events, derives each contact's current state per
// purpose in the same transaction, and verifies the hash chain.
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    struct Status
    {
        ConsentEvent::State state = ConsentEvent::State::Unsubscribed;
        ConsentEvent::Basis basis = ConsentEvent::Basis::None;
        qint64 occurredAt = 0;
        qint64 eventId = 0;
    };

    struct RecordOptions
    {
        // A subscribe for an address on the suppression list is refused unless the user
        // confirmed that the person asked again; then the address comes off the list.
        bool liftSuppression = false;
    };

    // Largest evidence file accepted (a scanned form or a photo of one).
    static constexpr qint64 MaxEvidenceBytes = 20 * 1024 * 1024;

    explicit ConsentRepository(Store& store)
        : m_store(store)
    {}

    // Validates and appends the event for event.contactId; fills in uuid, times, hashes.
    Result<ConsentEvent> record(ConsentEvent event, const RecordOptions& options);
    Result<ConsentEvent> record(const ConsentEvent& event);
    // Stores an evidence file by content; returns its SHA-256 (hex).
    Result<QString> storeEvidence(const QByteArray& data, const QString& mimeType);
    std::optional<QByteArray> evidence(const QString& sha256);

    // When a contact's address is suppressed, writes the matching withdrawal event so its
    // state says so (used when a contact is created or its address changes).
    Result<void> applySuppression(const Contact& contact, const QString& actor);

    // The contact's events in the order they were recorded (chain order).
    QVector<ConsentEvent> history(qint64 contactId);
    // One event by its uuid (what syncs), with its updated_at in *updatedAt when given.
    std::optional<ConsentEvent> findByUuid(const QString& uuid, qint64* updatedAt = nullptr);
    std::optional<Status> current(qint64 contactId, ConsentEvent::Purpose purpose);
    // {"newsletter": {"state", "basis", "since"}, …} for the purposes that have a state.
    QJsonObject currentAsJson(qint64 contactId);
    // Newsletter state of each of the contacts that has one (the table's column).
    QHash<qint64, Status> newsletterStates(const QList<qint64>& contactIds);
    // Live contacts in a state, from counters kept by triggers.
    qint64 countInState(ConsentEvent::Purpose purpose, ConsentEvent::State state);
    // Live contacts subscribed to the newsletter before `beforeMs` (re-permission due).
    qint64 countSubscribedBefore(qint64 beforeMs);
    qint64 eventCount();

    struct VerifyReport
    {
        qint64 events = 0;
        qint64 contacts = 0;
        qint64 elapsedMs = 0;
        bool cancelled = false;
        QStringList problems; // translated, one per finding, naming the contact and event
        bool ok() const { return problems.isEmpty() && !cancelled; }
        QString summary() const; // one plain-language paragraph
    };
    // Recomputes every hash and follows every chain. `progress` gets (done, total) now and
    // then and returns false to cancel. Reads through its own connection when it can, so
    // it may run on a worker thread while the app keeps working.
    static VerifyReport verify(const QString& storePath,
                               const std::function<bool(qint64, qint64)>& progress = {});
    VerifyReport verify(const std::function<bool(qint64, qint64)>& progress = {});

private:
    Result<void> validate(ConsentEvent& event);
    // A Status from state, basis, occurred_at, event_id at `first` onwards in the row.
    static Status readStatus(const QSqlQuery& q, int first);

    Store& m_store;
};
