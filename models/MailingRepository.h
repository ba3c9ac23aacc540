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
    Result<int> seal(qint64 mailingId, const Template& t, const QString& renderedText,
                     const QJsonObject& sender, qint64 nowMs);

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
    NamedRows<Mailing> rows();

    Store& m_store;
};
