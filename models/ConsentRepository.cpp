#include "ConsentRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Contact.h"
#include "ReadOnlyConnection.h"
#include "Store.h"
#include "SuppressionList.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <limits>
#include <tuple>

#if SENDTRIX_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace {

const QString kEntity = QStringLiteral("consent_event");
const QString kEvidenceEntity = QStringLiteral("consent_evidence");
constexpr qint64 kFutureSlackMs = 5 * 60 * 1000; // clocks of two machines disagree a little

const char* const kEventColumns =
    "e.id, e.uuid, e.rev, e.recorded_at, e.contact_id, e.contact_uuid, e.purpose, e.state, "
    "e.basis, e.occurred_at, e.source, e.source_detail, e.wording, e.policy_version, "
    "e.soft_opt_in, e.evidence_sha256, e.evidence_name, e.evidence_note, e.actor, e.prev_hash, "
    "e.hash";

ConsentEvent readEvent(const QSqlQuery& q)
{
    ConsentEvent e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        e.rev = q.value(2).toLongLong();
    e.recordedAt = q.value(3).toLongLong();
    e.contactId = q.value(4).toLongLong();
    e.contactUuid = q.value(5).toString();
    e.purpose = ConsentEvent::purposeFromName(q.value(6).toString())
                    .value_or(ConsentEvent::Purpose::Newsletter);
    e.state = ConsentEvent::stateFromName(q.value(7).toString())
                  .value_or(ConsentEvent::State::Unsubscribed);
    e.basis =
        ConsentEvent::basisFromName(q.value(8).toString()).value_or(ConsentEvent::Basis::None);
    e.occurredAt = q.value(9).toLongLong();
    e.source = q.value(10).toString();
    e.sourceDetail = q.value(11).toString();
    e.wording = q.value(12).toString();
    e.policyVersion = q.value(13).toString();
    if (!q.value(14).isNull())
        e.softOptIn = ConsentEvent::SoftOptIn::fromJson(
            QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object());
    e.evidenceSha256 = q.value(15).toString();
    e.evidenceName = q.value(16).toString();
    e.evidenceNote = q.value(17).toString();
    e.actor = q.value(18).toString();
    e.prevHash = q.value(19).toString();
    e.hash = q.value(20).toString();
    return e;
}

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

SuppressionList::Reason suppressionReason(ConsentEvent::State state)
{
    switch (state) {
    case ConsentEvent::State::Bounced:
        return SuppressionList::Reason::Bounced;
    case ConsentEvent::State::Complained:
        return SuppressionList::Reason::Complained;
    default:
        return SuppressionList::Reason::Unsubscribed;
    }
}

ConsentEvent::State stateFor(SuppressionList::Reason reason)
{
    switch (reason) {
    case SuppressionList::Reason::Bounced:
        return ConsentEvent::State::Bounced;
    case SuppressionList::Reason::Complained:
        return ConsentEvent::State::Complained;
    default:
        return ConsentEvent::State::Unsubscribed;
    }
}

} // namespace

Result<void> ConsentRepository::validate(ConsentEvent& e)
{
    using S = ConsentEvent::State;
    using B = ConsentEvent::Basis;
    const bool gives = e.state == S::Subscribed || e.state == S::Pending;
    if (gives && e.basis == B::None)
        return Error{Error::Code::Invalid,
                     tr("Choose the legal basis for this consent: the person's consent, or "
                        "the soft opt-in for existing customers."),
                     QStringLiteral("basis")};
    if (!gives)
        e.basis = B::None; // withdrawing needs no basis
    if (e.basis == B::SoftOptIn) {
        if (e.purpose != ConsentEvent::Purpose::Newsletter)
            return Error{Error::Code::Invalid,
                         tr("The soft opt-in only covers e-mail about your own products. "
                            "Publishing a testimonial always needs the person's consent."),
                         QStringLiteral("basis")};
        const QStringList missing = e.softOptIn.missing();
        if (!missing.isEmpty())
            return Error{Error::Code::Invalid,
                         tr("The soft opt-in (Telecommunicatiewet art. 11.7) needs all five "
                            "conditions. Not recorded: %1.")
                             .arg(QLocale().createSeparatedList(missing)),
                         QStringLiteral("soft_opt_in")};
    } else {
        e.softOptIn = {};
    }
    e.source = e.source.trimmed();
    if (e.source.isEmpty())
        return Error{Error::Code::Invalid,
                     tr("Say where this came from (for example a paper form at a fair, or the "
                        "web form)."),
                     QStringLiteral("source")};
    const qint64 now = Clock::nowMs();
    if (e.occurredAt == 0)
        e.occurredAt = now;
    if (e.occurredAt > now + kFutureSlackMs)
        return Error{Error::Code::Invalid,
                     tr("The date %1 is in the future. Enter when the person actually gave or "
                        "withdrew consent.")
                         .arg(dateText(e.occurredAt)),
                     QStringLiteral("occurred_at")};
    if (e.actor.trimmed().isEmpty())
        e.actor = m_store.actor();
    return {};
}

Result<ConsentEvent> ConsentRepository::record(const ConsentEvent& event)
{
    return record(event, RecordOptions());
}

Result<ConsentEvent> ConsentRepository::record(ConsentEvent e, const RecordOptions& options)
{
    if (auto valid = validate(e); !valid.ok())
        return valid.error();

    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();

    QString email;
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT uuid, email, deleted FROM contacts WHERE id = ?"));
        q.bindValue(0, e.contactId);
        bool live = false;
        if (q.exec() && q.next()) {
            e.contactUuid = q.value(0).toString();
            email = q.value(1).toString();
            live = q.value(2).toInt() == 0;
        }
        q.finish();
        if (!live)
            return Error{Error::Code::NotFound,
                         tr("This contact no longer exists (it may have been deleted), so the "
                            "consent was not recorded.")};
    }

    // Does it become the current state? Later wins; on equal time the stricter one.
    const int strictness = ConsentEvent::restrictiveness(e.state);
    bool becomesCurrent = true;
    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT occurred_at, strictness FROM consent_state WHERE contact_id = ? AND "
            "purpose = ?"));
        q.bindValue(0, e.contactId);
        q.bindValue(1, ConsentEvent::purposeName(e.purpose));
        if (q.exec() && q.next()) {
            const qint64 at = q.value(0).toLongLong();
            const int strict = q.value(1).toInt();
            becomesCurrent = e.occurredAt > at || (e.occurredAt == at && strictness >= strict);
        }
        q.finish();
    }

    SuppressionList suppressions(m_store);
    const bool newsletter = e.purpose == ConsentEvent::Purpose::Newsletter;
    const bool gives = !ConsentEvent::withdraws(e.state);
    if (newsletter && gives && becomesCurrent) {
        if (const auto entry = suppressions.find(email)) {
            if (!options.liftSuppression)
                return Error{Error::Code::Suppressed,
                             tr("%1 is on the suppression list (%2). Record a new consent only "
                                "when the person has explicitly asked to be mailed again, and "
                                "confirm that they did.")
                                 .arg(email, SuppressionList::describe(*entry)),
                             QStringLiteral("state")};
            if (auto lifted = suppressions.lift(email); !lifted.ok())
                return lifted.error();
        }
    }

    e.uuid = e.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.uuid;
    e.recordedAt = Clock::nowMs();
    e.rev.reset();
    qint64 chainLength = 0;
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("SELECT head, events FROM consent_chain WHERE contact_id = ?"));
        q.bindValue(0, e.contactId);
        e.prevHash = ConsentEvent::genesisHash();
        if (q.exec() && q.next()) {
            e.prevHash = q.value(0).toString();
            chainLength = q.value(1).toLongLong();
        }
        q.finish();
    }
    e.hash = e.computeHash();

    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO consent_events(uuid, updated_at, contact_id, contact_uuid, purpose, "
            "state, basis, occurred_at, recorded_at, source, source_detail, wording, "
            "policy_version, soft_opt_in, evidence_sha256, evidence_name, evidence_note, actor, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        const QVariantList values =
            QVariantList{e.uuid, e.recordedAt, e.contactId} + e.columnValues();
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : v);
        }
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("consent event"));
        e.id = q.lastInsertId().toLongLong();
        q.finish();
    }
    {
        QSqlQuery& q = m_store.statement(
            QStringLiteral("INSERT INTO consent_chain(contact_id, head, events) VALUES (?, ?, ?) "
                           "ON CONFLICT(contact_id) DO UPDATE SET head = excluded.head, events = "
                           "excluded.events"));
        q.bindValue(0, e.contactId);
        q.bindValue(1, e.hash);
        q.bindValue(2, chainLength + 1);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("consent chain"));
        q.finish();
    }
    if (becomesCurrent) {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "INSERT INTO consent_state(contact_id, purpose, state, basis, occurred_at, "
            "strictness, event_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(contact_id, purpose) DO UPDATE SET state = excluded.state, "
            "basis = excluded.basis, occurred_at = excluded.occurred_at, "
            "strictness = excluded.strictness, event_id = excluded.event_id"));
        q.bindValue(0, e.contactId);
        q.bindValue(1, ConsentEvent::purposeName(e.purpose));
        q.bindValue(2, ConsentEvent::stateName(e.state));
        q.bindValue(3, ConsentEvent::basisName(e.basis));
        q.bindValue(4, e.occurredAt);
        q.bindValue(5, strictness);
        q.bindValue(6, e.id);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("consent state"));
        q.finish();
        if (newsletter && !gives) {
            if (auto added = suppressions.add(email, suppressionReason(e.state), e.occurredAt);
                !added.ok())
                return added.error();
        }
    }
    if (auto logged =
            ChangeLog::append(m_store, kEntity, e.uuid, ChangeLog::Op::Upsert, e.recordedAt);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return e;
}

Result<void> ConsentRepository::applySuppression(const Contact& contact, const QString& actor)
{
    const auto entry = SuppressionList(m_store).find(contact.email);
    if (!entry)
        return {};
    const auto now = current(contact.id, ConsentEvent::Purpose::Newsletter);
    if (now && ConsentEvent::withdraws(now->state))
        return {};
    ConsentEvent e;
    e.contactId = contact.id;
    e.purpose = ConsentEvent::Purpose::Newsletter;
    e.state = stateFor(entry->reason);
    e.source = QStringLiteral("suppression_list");
    e.sourceDetail = SuppressionList::describe(*entry);
    e.actor = actor;
    // Never older than the state it must replace (a subscribe may be dated minutes ahead):
    // on equal time the withdrawal wins.
    e.occurredAt = std::max(Clock::nowMs(), now ? now->occurredAt : 0);
    auto recorded = record(e);
    if (!recorded.ok())
        return recorded.error();
    return {};
}

Result<QString> ConsentRepository::storeEvidence(const QByteArray& data, const QString& mimeType)
{
    if (data.isEmpty())
        return Error{Error::Code::Invalid, tr("The evidence file is empty."),
                     QStringLiteral("evidence")};
    if (data.size() > MaxEvidenceBytes)
        return Error{Error::Code::Invalid,
                     tr("The evidence file is %1 MB; the limit is %2 MB. Scan the form at a "
                        "lower resolution or save it as PDF.")
                         .arg(QString::number(double(data.size()) / (1024 * 1024), 'f', 1))
                         .arg(MaxEvidenceBytes / (1024 * 1024)),
                     QStringLiteral("evidence")};
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = Clock::nowMs();
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO consent_evidence(sha256, uuid, updated_at, mime_type, size, data) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"));
    q.bindValue(0, sha);
    q.bindValue(1, uuid);
    q.bindValue(2, now);
    q.bindValue(3, mimeType.isNull() ? QStringLiteral("") : mimeType);
    q.bindValue(4, qint64(data.size()));
    q.bindValue(5, data);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("consent evidence"));
    const bool inserted = q.numRowsAffected() > 0;
    q.finish();
    if (inserted) {
        if (auto logged =
                ChangeLog::append(m_store, kEvidenceEntity, uuid, ChangeLog::Op::Upsert, now);
            !logged.ok())
            return logged.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return sha;
}

std::optional<QByteArray> ConsentRepository::evidence(const QString& sha256)
{
    QSqlQuery& q =
        m_store.statement(QStringLiteral("SELECT data FROM consent_evidence WHERE sha256 = ?"));
    q.bindValue(0, sha256);
    std::optional<QByteArray> data;
    if (q.exec() && q.next())
        data = q.value(0).toByteArray();
    q.finish();
    return data;
}

QVector<ConsentEvent> ConsentRepository::history(qint64 contactId)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT %1 FROM consent_events e WHERE e.contact_id = ? ORDER BY e.id")
            .arg(QLatin1String(kEventColumns)));
    q.bindValue(0, contactId);
    QVector<ConsentEvent> events;
    if (q.exec()) {
        while (q.next())
            events.push_back(readEvent(q));
    }
    q.finish();
    return events;
}

std::optional<ConsentRepository::Status> ConsentRepository::current(qint64 contactId,
                                                                    ConsentEvent::Purpose purpose)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT state, basis, occurred_at, event_id FROM consent_state "
                       "WHERE contact_id = ? AND purpose = ?"));
    q.bindValue(0, contactId);
    q.bindValue(1, ConsentEvent::purposeName(purpose));
    std::optional<Status> status;
    if (q.exec() && q.next()) {
        status = readStatus(q, 0);
    }
    q.finish();
    return status;
}

ConsentRepository::Status ConsentRepository::readStatus(const QSqlQuery& q, int first)
{
    Status s;
    s.state = ConsentEvent::stateFromName(q.value(first).toString())
                  .value_or(ConsentEvent::State::Unsubscribed);
    s.basis = ConsentEvent::basisFromName(q.value(first + 1).toString())
                  .value_or(ConsentEvent::Basis::None);
    s.occurredAt = q.value(first + 2).toLongLong();
    s.eventId = q.value(first + 3).toLongLong();
    return s;
}

QJsonObject ConsentRepository::currentAsJson(qint64 contactId)
{
    QJsonObject current;
    for (auto purpose : {ConsentEvent::Purpose::Newsletter, ConsentEvent::Purpose::Testimonial}) {
        if (const auto s = this->current(contactId, purpose))
            current.insert(ConsentEvent::purposeName(purpose),
                           QJsonObject{{QStringLiteral("state"), ConsentEvent::stateName(s->state)},
                                       {QStringLiteral("basis"), ConsentEvent::basisName(s->basis)},
                                       {QStringLiteral("since"), s->occurredAt}});
    }
    return current;
}

QHash<qint64, ConsentRepository::Status>
ConsentRepository::newsletterStates(const QList<qint64>& contactIds)
{
    QStringList list;
    list.reserve(contactIds.size());
    for (qint64 id : contactIds)
        list << QString::number(id);
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "SELECT contact_id, state, basis, occurred_at, event_id FROM consent_state "
        "WHERE purpose = 'newsletter' AND contact_id IN (SELECT value FROM json_each(?))"));
    q.bindValue(0, QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']'));
    QHash<qint64, Status> states;
    if (q.exec()) {
        while (q.next()) {
            states.insert(q.value(0).toLongLong(), readStatus(q, 1));
        }
    }
    q.finish();
    return states;
}

qint64 ConsentRepository::countInState(ConsentEvent::Purpose purpose, ConsentEvent::State state)
{
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    q.bindValue(0, QStringLiteral("consent:%1:%2")
                       .arg(ConsentEvent::purposeName(purpose), ConsentEvent::stateName(state)));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

qint64 ConsentRepository::countSubscribedBefore(qint64 beforeMs)
{
    // Whole months before the cut-off from the per-month counters, the cut-off's own month
    // from a short range of the state index.
    const QDateTime cutoff = QDateTime::fromMSecsSinceEpoch(beforeMs, Qt::UTC);
    const QDate first(cutoff.date().year(), cutoff.date().month(), 1);
    const qint64 monthStart = first.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    qint64 n = 0;
    QSqlQuery& months = m_store.statement(QStringLiteral(
        "SELECT coalesce(sum(value), 0) FROM counters WHERE name >= 'subscribed_month:' AND "
        "name < ?"));
    months.bindValue(0, QStringLiteral("subscribed_month:") +
                            first.toString(QStringLiteral("yyyy-MM")));
    if (months.exec() && months.next())
        n += months.value(0).toLongLong();
    months.finish();
    QSqlQuery& rest = m_store.statement(QStringLiteral(
        "SELECT count(*) FROM consent_state WHERE purpose = 'newsletter' AND state = "
        "'subscribed' AND live = 1 AND occurred_at >= ? AND occurred_at < ?"));
    rest.bindValue(0, monthStart);
    rest.bindValue(1, beforeMs);
    if (rest.exec() && rest.next())
        n += rest.value(0).toLongLong();
    rest.finish();
    return n;
}

qint64 ConsentRepository::eventCount()
{
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT count(*) FROM consent_events"));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QString ConsentRepository::VerifyReport::summary() const
{
    if (cancelled)
        return tr("The check was stopped before it finished; nothing was changed.");
    if (problems.isEmpty() && events == 0)
        return tr("There are no consent events yet, so there is nothing to check.");
    if (problems.isEmpty())
        return tr("All %n consent event(s) are intact: none has been changed or removed since "
                  "it was recorded.",
                  "", int(std::min<qint64>(events, INT_MAX)));
    return tr("%n problem(s) found in the consent history. The records below were changed or "
              "removed outside Sendtrix, so they can no longer serve as proof of consent. "
              "Restore the store from a backup made before the change, or keep this report "
              "as a record of what happened.",
              "", int(problems.size()));
}

ConsentRepository::VerifyReport
ConsentRepository::verify(const std::function<bool(qint64, qint64)>& progress)
{
    return verify(m_store.path(), progress);
}

namespace {

// One event row of the verification stream, and one row of consent_chain.
struct VerifyRow
{
    ConsentEvent event;
    QString contactUuid; // of the contact row the event points at now
    QString email;
};
struct ChainRow
{
    qint64 contactId = 0;
    QString head;
    qint64 events = 0;
    QString email;
};
struct StateRow
{
    qint64 contactId = 0;
    QString purpose;
    QString state;
    qint64 eventId = 0;
};

const char* const kVerifyEventsSql =
    "SELECT e.id, e.uuid, e.rev, e.recorded_at, e.contact_id, e.contact_uuid, e.purpose, "
    "e.state, e.basis, e.occurred_at, e.source, e.source_detail, e.wording, e.policy_version, "
    "e.soft_opt_in, e.evidence_sha256, e.evidence_name, e.evidence_note, e.actor, e.prev_hash, "
    "e.hash, c.uuid, c.email FROM consent_events e LEFT JOIN contacts c ON c.id = e.contact_id "
    "ORDER BY e.contact_id, e.id";
const char* const kVerifyStateSql =
    "SELECT contact_id, purpose, state, event_id FROM consent_state ORDER BY contact_id, purpose";
const char* const kVerifyChainSql =
    "SELECT h.contact_id, h.head, h.events, c.email FROM consent_chain h "
    "LEFT JOIN contacts c ON c.id = h.contact_id ORDER BY h.contact_id";

// The checks, fed by either reader below: every hash recomputed, every link followed, the
// chain table compared.
class LedgerVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    LedgerVerifier(ConsentRepository::VerifyReport& report,
                   std::function<bool(ChainRow&)> nextChain,
                   std::function<bool(StateRow&)> nextState,
                   const std::function<bool(qint64, qint64)>& progress, qint64 total)
        : m_report(report)
        , m_nextChain(std::move(nextChain))
        , m_nextState(std::move(nextState))
        , m_progress(progress)
        , m_total(total)
        , m_every(std::clamp<qint64>(total / 100, 1, 20000)) // a hundred steps at most
    {
        m_chainValid = m_nextChain(m_chain);
        m_stateValid = m_nextState(m_state);
    }

    // False when the user stopped the check.
    bool add(const VerifyRow& row)
    {
        const ConsentEvent& e = row.event;
        if (e.contactId != m_contactId) {
            closeContact();
            m_contactId = e.contactId;
            m_email = row.email;
            m_seen.clear();
            m_count = 0;
            m_best.clear();
        }
        // The event the current state must come from: latest, then strictest, then last.
        const QString purpose = ConsentEvent::purposeName(e.purpose);
        auto best = m_best.find(purpose);
        const int strict = ConsentEvent::restrictiveness(e.state);
        if (best == m_best.end() || std::tie(e.occurredAt, strict, e.id) >=
                                        std::tie(best->occurredAt, best->strictness, best->id))
            m_best.insert(purpose, {e.occurredAt, strict, e.id, e.state});
        ++m_count;
        ++m_report.events;
        if (e.computeHash() != e.hash)
            m_report.problems
                << tr("The event “%1” has been changed after it was recorded.").arg(label(e));
        else if (row.contactUuid != e.contactUuid)
            m_report.problems
                << tr("The event “%1” has been moved to another contact.").arg(label(e));
        if (e.prevHash != ConsentEvent::genesisHash() && !m_seen.contains(e.prevHash))
            m_report.problems << tr("The event before “%1” has been removed.").arg(label(e));
        m_seen.insert(e.hash);
        m_last = e.hash;
        if (m_progress && m_report.events % m_every == 0 && !m_progress(m_report.events, m_total)) {
            m_report.cancelled = true;
            return false;
        }
        return true;
    }

    void finish()
    {
        if (m_report.cancelled)
            return;
        if (m_progress)
            m_progress(m_report.events, m_total);
        closeContact();
        while (m_chainValid) {
            m_report.problems
                << tr("All consent events of %1 have been removed.").arg(who(m_chain.email));
            m_chainValid = m_nextChain(m_chain);
        }
        skipStatesBefore(std::numeric_limits<qint64>::max());
    }

private:
    QString label(const ConsentEvent& e) const
    {
        return tr("%1, %2 (%3) of %4", "purpose, state (date) of e-mail")
            .arg(ConsentEvent::purposeLabel(e.purpose), ConsentEvent::stateLabel(e.state),
                 dateText(e.occurredAt), m_email.isEmpty() ? e.contactUuid : m_email);
    }

    static QString who(const QString& email)
    {
        return email.isEmpty() ? tr("a contact that no longer exists") : email;
    }

    // Current states of contacts that have no events at all.
    void skipStatesBefore(qint64 contactId)
    {
        while (m_stateValid && m_state.contactId < contactId) {
            m_report.problems << tr("A consent state was set without any recorded event "
                                    "(contact %1).")
                                     .arg(m_state.contactId);
            m_stateValid = m_nextState(m_state);
        }
    }

    // The current state table must say what the history says.
    void compareStates()
    {
        skipStatesBefore(m_contactId);
        QSet<QString> found;
        while (m_stateValid && m_state.contactId == m_contactId) {
            found.insert(m_state.purpose);
            const auto best = m_best.constFind(m_state.purpose);
            const auto purpose = ConsentEvent::purposeFromName(m_state.purpose);
            const QString purposeText =
                purpose ? ConsentEvent::purposeLabel(*purpose) : m_state.purpose;
            if (best == m_best.constEnd()) {
                m_report.problems << tr("The %1 state of %2 was set without any recorded event.")
                                         .arg(purposeText, who(m_email));
            } else if (best->id != m_state.eventId ||
                       ConsentEvent::stateName(best->state) != m_state.state) {
                const auto shown = ConsentEvent::stateFromName(m_state.state);
                m_report.problems
                    << tr("The %1 state of %2 says “%3”, but its history says “%4”: it was "
                          "changed outside Sendtrix.")
                           .arg(purposeText, who(m_email),
                                shown ? ConsentEvent::stateLabel(*shown) : m_state.state,
                                ConsentEvent::stateLabel(best->state));
            }
            m_stateValid = m_nextState(m_state);
        }
        for (auto it = m_best.cbegin(); it != m_best.cend(); ++it) {
            if (!found.contains(it.key()))
                m_report.problems
                    << tr("The %1 state of %2 is missing: it was removed outside Sendtrix.")
                           .arg(ConsentEvent::purposeLabel(
                                    ConsentEvent::purposeFromName(it.key()).value_or(
                                        ConsentEvent::Purpose::Newsletter)),
                                who(m_email));
        }
    }

    void closeContact()
    {
        if (m_contactId < 0)
            return;
        ++m_report.contacts;
        compareStates();
        while (m_chainValid && m_chain.contactId < m_contactId) {
            m_report.problems
                << tr("All consent events of %1 have been removed.").arg(who(m_chain.email));
            m_chainValid = m_nextChain(m_chain);
        }
        if (!m_chainValid || m_chain.contactId != m_contactId) {
            m_report.problems << tr("The consent history of %1 is not registered: events were "
                                    "added outside Sendtrix.")
                                     .arg(who(m_email));
            return;
        }
        if (m_chain.head != m_last && !m_seen.contains(m_chain.head))
            m_report.problems
                << tr("The latest consent event of %1 has been removed.").arg(m_email);
        else if (m_chain.events > m_count)
            m_report.problems << tr("%n consent event(s) of %1 have been removed.", "",
                                    int(m_chain.events - m_count))
                                     .arg(m_email);
        else if (m_chain.events < m_count)
            m_report.problems << tr("%n consent event(s) of %1 were added outside Sendtrix.", "",
                                    int(m_count - m_chain.events))
                                     .arg(m_email);
        m_chainValid = m_nextChain(m_chain);
    }

    ConsentRepository::VerifyReport& m_report;
    std::function<bool(ChainRow&)> m_nextChain;
    std::function<bool(StateRow&)> m_nextState;
    const std::function<bool(qint64, qint64)>& m_progress;
    qint64 m_total;
    qint64 m_every;
    ChainRow m_chain;
    bool m_chainValid = false;
    StateRow m_state;
    bool m_stateValid = false;
    struct Best
    {
        qint64 occurredAt;
        int strictness;
        qint64 id;
        ConsentEvent::State state;
    };
    QHash<QString, Best> m_best; // per purpose, for the current contact
    qint64 m_contactId = -1;
    QString m_email;
    QSet<QString> m_seen; // hashes of this contact's events so far
    QString m_last;
    qint64 m_count = 0;
};

#if SENDTRIX_SQLITE_C_API
ConsentEvent::SoftOptIn softOptInFrom(const QByteArray& json)
{
    return ConsentEvent::SoftOptIn::fromJson(QJsonDocument::fromJson(json).object());
}

QString text(sqlite3_stmt* st, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(st, column)) : QString();
}

// The fast path: the system SQLite's C API on a read-only connection of its own, reading
// UTF-8 straight into the event (no QVariant per value): several times the Qt SQL rate.
bool verifyThroughCApi(const QString& storePath, ConsentRepository::VerifyReport& report,
                       const std::function<bool(qint64, qint64)>& progress)
{
    ReadOnlyConnection db = openReadOnlyConnection(storePath);
    if (!db)
        return false;
    // Memory-mapped reads: the ledger is read once from end to end, a system call per page
    // would cost more than the hashing.
    sqlite3_exec(db.get(), "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr); // one snapshot for all reads
    qint64 total = 0;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.get(), "SELECT count(*) FROM consent_events", -1, &st, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        total = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);

    sqlite3_stmt* chain = nullptr;
    sqlite3_stmt* states = nullptr;
    sqlite3_stmt* events = nullptr;
    if (sqlite3_prepare_v2(db.get(), kVerifyChainSql, -1, &chain, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db.get(), kVerifyStateSql, -1, &states, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db.get(), kVerifyEventsSql, -1, &events, nullptr) != SQLITE_OK) {
        report.problems << ConsentRepository::tr("The consent history could not be read: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(db.get())));
        sqlite3_finalize(chain);
        sqlite3_finalize(states);
        sqlite3_finalize(events);
        return true;
    }
    LedgerVerifier verifier(
        report,
        [chain](ChainRow& row) {
            if (sqlite3_step(chain) != SQLITE_ROW)
                return false;
            row.contactId = sqlite3_column_int64(chain, 0);
            row.head = text(chain, 1);
            row.events = sqlite3_column_int64(chain, 2);
            row.email = text(chain, 3);
            return true;
        },
        [states](StateRow& row) {
            if (sqlite3_step(states) != SQLITE_ROW)
                return false;
            row.contactId = sqlite3_column_int64(states, 0);
            row.purpose = text(states, 1);
            row.state = text(states, 2);
            row.eventId = sqlite3_column_int64(states, 3);
            return true;
        },
        progress, total);
    VerifyRow row;
    ConsentEvent& e = row.event;
    while (sqlite3_step(events) == SQLITE_ROW) {
        e.id = sqlite3_column_int64(events, 0);
        e.uuid = text(events, 1);
        e.rev.reset();
        if (sqlite3_column_type(events, 2) != SQLITE_NULL)
            e.rev = sqlite3_column_int64(events, 2);
        e.recordedAt = sqlite3_column_int64(events, 3);
        e.contactId = sqlite3_column_int64(events, 4);
        e.contactUuid = text(events, 5);
        e.purpose = ConsentEvent::purposeFromName(text(events, 6))
                        .value_or(ConsentEvent::Purpose::Newsletter);
        e.state = ConsentEvent::stateFromName(text(events, 7))
                      .value_or(ConsentEvent::State::Unsubscribed);
        e.basis = ConsentEvent::basisFromName(text(events, 8)).value_or(ConsentEvent::Basis::None);
        e.occurredAt = sqlite3_column_int64(events, 9);
        e.source = text(events, 10);
        e.sourceDetail = text(events, 11);
        e.wording = text(events, 12);
        e.policyVersion = text(events, 13);
        e.softOptIn = sqlite3_column_type(events, 14) == SQLITE_NULL
                          ? ConsentEvent::SoftOptIn()
                          : softOptInFrom(text(events, 14).toUtf8());
        e.evidenceSha256 = text(events, 15);
        e.evidenceName = text(events, 16);
        e.evidenceNote = text(events, 17);
        e.actor = text(events, 18);
        e.prevHash = text(events, 19);
        e.hash = text(events, 20);
        row.contactUuid = text(events, 21);
        row.email = text(events, 22);
        if (!verifier.add(row))
            break;
    }
    verifier.finish();
    sqlite3_finalize(events);
    sqlite3_finalize(states);
    sqlite3_finalize(chain);
    sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr);
    return true;
}
#endif

// The portable path, through Qt SQL on a read-only connection of its own.
void verifyThroughQtSql(const QString& storePath, ConsentRepository::VerifyReport& report,
                        const std::function<bool(qint64, qint64)>& progress)
{
    const QString name =
        QStringLiteral("sendtrix-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            report.problems << ConsentRepository::tr("The store %1 could not be opened to check "
                                                     "it: %2")
                                   .arg(storePath, db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN")); // one snapshot for all reads
            qint64 total = 0;
            if (q.exec(QStringLiteral("SELECT count(*) FROM consent_events")) && q.next())
                total = q.value(0).toLongLong();
            q.finish();
            QSqlQuery chain(db);
            chain.setForwardOnly(true);
            chain.exec(QString::fromLatin1(kVerifyChainSql));
            QSqlQuery states(db);
            states.setForwardOnly(true);
            states.exec(QString::fromLatin1(kVerifyStateSql));
            QSqlQuery events(db);
            events.setForwardOnly(true);
            if (!events.exec(QString::fromLatin1(kVerifyEventsSql)))
                report.problems << ConsentRepository::tr("The consent history could not be "
                                                         "read: %1")
                                       .arg(events.lastError().text());
            LedgerVerifier verifier(
                report,
                [&chain](ChainRow& row) {
                    if (!chain.next())
                        return false;
                    row.contactId = chain.value(0).toLongLong();
                    row.head = chain.value(1).toString();
                    row.events = chain.value(2).toLongLong();
                    row.email = chain.value(3).toString();
                    return true;
                },
                [&states](StateRow& row) {
                    if (!states.next())
                        return false;
                    row.contactId = states.value(0).toLongLong();
                    row.purpose = states.value(1).toString();
                    row.state = states.value(2).toString();
                    row.eventId = states.value(3).toLongLong();
                    return true;
                },
                progress, total);
            VerifyRow row;
            while (events.isActive() && events.next()) {
                row.event = readEvent(events);
                row.contactUuid = events.value(21).toString();
                row.email = events.value(22).toString();
                if (!verifier.add(row))
                    break;
            }
            verifier.finish();
            events.finish();
            states.finish();
            chain.finish();
            q.exec(QStringLiteral("COMMIT"));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

ConsentRepository::VerifyReport
ConsentRepository::verify(const QString& storePath,
                          const std::function<bool(qint64, qint64)>& progress)
{
    VerifyReport report;
    QElapsedTimer timer;
    timer.start();
#if SENDTRIX_SQLITE_C_API
    if (!verifyThroughCApi(storePath, report, progress))
#endif
        verifyThroughQtSql(storePath, report, progress);
    report.elapsedMs = timer.elapsed();
    return report;
}

std::optional<ConsentEvent> ConsentRepository::findByUuid(const QString& uuid, qint64* updatedAt)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT %1, e.updated_at FROM consent_events e WHERE e.uuid = ?")
            .arg(QLatin1String(kEventColumns)));
    q.bindValue(0, uuid);
    std::optional<ConsentEvent> found;
    if (q.exec() && q.next()) {
        found = readEvent(q);
        if (updatedAt)
            *updatedAt = q.value(21).toLongLong();
    }
    q.finish();
    return found;
}
