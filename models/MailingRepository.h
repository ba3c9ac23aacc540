#pragma once

#include "Mailing.h"
#include "Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>
#include <optional>

class Store;
template <typename Row> class NamedRows;

// Mailings (SPEC §4). Like segments: one transaction per write with its change-log entry,
// tombstones instead of deletes, names unique among live mailings (ignoring case). The
// state machine lives here, not in the UI: a draft is edited, sealed (which schedules it)
// and from then on only its state changes, along MailingStates::canTransition. The
// database refuses any other change of a sealed mailing itself (migration 7).
class MailingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailingRepository)

public:
    explicit MailingRepository(Store& store)
        : m_store(store)
    {}

    // A new draft with the editable fields of `draft` (its id, state and snapshot ignored).
    Result<Mailing> create(const Mailing& draft);
    // Writes the editable fields of mailing.id; refused once it is sealed.
    Result<Mailing> save(const Mailing& mailing);
    // Drafts only: a sealed mailing stays as the record of what was sent.
    Result<void> remove(qint64 mailingId);
    // A new draft with the same content, named "NAME (copy)" (or "(copy 2)", …).
    Result<Mailing> duplicate(qint64 mailingId);

    // Along MailingStates::canTransition; anything else is refused naming both states.
    Result<Mailing> transition(qint64 mailingId, MailingState to);

    // Freezes a draft for sending, in one transaction: the template's HTML and subject,
    // the plain text rendered from it, the sender identity, and the recipients the
    // audience selects now (subscribed, not suppressed, not excluded) with their consent
    // state; then sealed_at and state 'scheduled'. Refused when already sealed, when the
    // HTML has no {{unsubscribe_url}}, or when nobody would receive it. Returns the number
    // of recipients.
    //
    // A recipient row holds the contact id, the address, the consent state and the consent
    // event that made the contact subscribed (migration 9); names and custom fields come
    // from the contact when the rows are read (recipients()).
    //
    // How the recipients are found and written. Automatic: from the in-memory sets
    // (AudienceSets: built first, outside the transaction, when the audience is large), the
    // addresses from the e-mail index and the consent events from consent_state, written
    // over the SQLite C API; in one INSERT … SELECT (RecipientSelection) where that cannot
    // be done. Sql and InMemory force one way (tests, benchmarks; InMemory fails where it
    // cannot be done). Both write the same rows.
    enum class SealMethod { Automatic, Sql, InMemory };
    Result<int> seal(qint64 mailingId, const Template& t, const QString& renderedText,
                     const QJsonObject& sender, qint64 nowMs,
                     SealMethod method = SealMethod::Automatic);

    std::optional<Mailing> findById(qint64 id);             // tombstones too
    std::optional<Mailing> findByName(const QString& name); // live only, ignoring case
    QVector<Mailing> all();                                 // live mailings by name
    QVector<MailingRecipient> recipients(qint64 mailingId); // sealed recipients by contact id
    // A page of the sealed recipients, by e-mail address; filter: part of the address or name.
    QVector<MailingRecipient> recipients(qint64 mailingId, const QString& filter, int limit,
                                         int offset);
    qint64 recipientCount(qint64 mailingId);

    static QString sealedMessage(); // "This mailing is sealed; make a copy to change it."

private:
    Result<QString> validName(const QString& name, qint64 exceptId);
    Result<void> validFields(const Mailing& m);
    Result<Mailing> live(qint64 id);
    Result<Mailing> insertDraft(Mailing m); // the caller holds the transaction
    Result<void> logUpsert(const Mailing& m);
    // The recipients from the in-memory sets; -1 when they cannot serve (the caller seals
    // in SQL then). The caller holds the transaction and the sealing flag.
    Result<qint64> insertRecipientsInMemory(qint64 mailingId, const Audience& audience,
                                            qint64 nowMs);
    NamedRows<Mailing> rows();

    Store& m_store;
};
