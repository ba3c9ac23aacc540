#include "ConsentRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "Contact.h"
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
        const QVariantList values{
            e.uuid,
            e.recordedAt,
            e.contactId,
            e.contactUuid,
            ConsentEvent::purposeName(e.purpose),
            ConsentEvent::stateName(e.state),
            ConsentEvent::basisName(e.basis),
            e.occurredAt,
            e.recordedAt,
            e.source,
            e.sourceDetail,
            e.wording,
            e.policyVersion,
            e.basis == ConsentEvent::Basis::SoftOptIn
                ? QVariant(QString::fromUtf8(
                      QJsonDocument(e.softOptIn.toJson()).toJson(QJsonDocument::Compact)))
                : QVariant(),
            e.evidenceSha256,
            e.evidenceName,
            e.evidenceNote,
            e.actor,
            e.prevHash,
            e.hash};
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
        Status s;
        s.state = ConsentEvent::stateFromName(q.value(0).toString())
                      .value_or(ConsentEvent::State::Unsubscribed);
        s.basis =
            ConsentEvent::basisFromName(q.value(1).toString()).value_or(ConsentEvent::Basis::None);
        s.occurredAt = q.value(2).toLongLong();
        s.eventId = q.value(3).toLongLong();
        status = s;
    }
    q.finish();
    return status;
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
            Status s;
            s.state = ConsentEvent::stateFromName(q.value(1).toString())
                          .value_or(ConsentEvent::State::Unsubscribed);
            s.basis = ConsentEvent::basisFromName(q.value(2).toString())
                          .value_or(ConsentEvent::Basis::None);
            s.occurredAt = q.value(3).toLongLong();
            s.eventId = q.value(4).toLongLong();
            states.insert(q.value(0).toLongLong(), s);
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

qint64 ConsentRepository::eventCount()
{
    QSqlQuery& q = m_store.statement(QStringLiteral("SELECT max(id) FROM consent_events"));
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

ConsentRepository::VerifyReport
ConsentRepository::verify(const QString& storePath,
                          const std::function<bool(qint64, qint64)>& progress)
{
    VerifyReport report;
    QElapsedTimer timer;
    timer.start();
    const QString name =
        QStringLiteral("sendtrix-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            report.problems << tr("The store %1 could not be opened to check it: %2")
                                   .arg(storePath, db.lastError().text());
            QSqlDatabase::removeDatabase(name);
            return report;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // One read transaction: the events and the chain heads from the same moment.
        q.exec(QStringLiteral("BEGIN"));
        qint64 total = 0;
        if (q.exec(QStringLiteral("SELECT count(*) FROM consent_events")) && q.next())
            total = q.value(0).toLongLong();
        q.finish();

        QSqlQuery heads(db);
        heads.setForwardOnly(true);
        heads.exec(
            QStringLiteral("SELECT h.contact_id, h.head, h.events, c.email FROM consent_chain h "
                           "LEFT JOIN contacts c ON c.id = h.contact_id ORDER BY h.contact_id"));
        bool headValid = heads.next();

        QSqlQuery events(db);
        events.setForwardOnly(true);
        const bool ran =
            events.exec(QStringLiteral("SELECT %1, c.uuid, c.email FROM consent_events e "
                                       "LEFT JOIN contacts c ON c.id = e.contact_id "
                                       "ORDER BY e.contact_id, e.id")
                            .arg(QLatin1String(kEventColumns)));
        if (!ran)
            report.problems
                << tr("The consent history could not be read: %1").arg(events.lastError().text());

        qint64 contactId = -1;
        QString email;
        QSet<QString> seen; // hashes of this contact's events so far
        QString last;
        qint64 count = 0;
        auto label = [&](const ConsentEvent& e) {
            return tr("%1, %2 (%3) of %4", "purpose, state (date) of e-mail")
                .arg(ConsentEvent::purposeLabel(e.purpose), ConsentEvent::stateLabel(e.state),
                     dateText(e.occurredAt), email.isEmpty() ? e.contactUuid : email);
        };
        // Compares what the chain table says about a contact with what was found.
        auto closeContact =
            [&]() {
                if (contactId < 0)
                    return;
                ++report.contacts;
                while (headValid && heads.value(0).toLongLong() < contactId) {
                    report.problems << tr("All consent events of %1 have been removed.")
                                           .arg(heads.value(3).toString());
                    headValid = heads.next();
                }
                if (!headValid || heads.value(0).toLongLong() != contactId) {
                    report.problems << tr("The consent history of %1 is not registered: events "
                                          "were added outside Sendtrix.")
                                           .arg(email);
                    return;
                }
                const qint64 expected = heads.value(2).toLongLong();
                if (heads.value(1).toString() != last && !seen.contains(heads.value(1).toString()))
                    report.problems
                        << tr("The latest consent event of %1 has been removed.").arg(email);
                else if (expected > count)
                    report.problems << tr("%n consent event(s) of %1 have been removed.", "",
                                          int(expected - count))
                                           .arg(email);
                else if (expected < count)
                    report.problems << tr("%n consent event(s) of %1 were added outside Sendtrix.",
                                          "", int(count - expected))
                                           .arg(email);
                headValid = heads.next();
            };

        while (ran && events.next()) {
            const ConsentEvent e = readEvent(events);
            if (e.contactId != contactId) {
                closeContact();
                contactId = e.contactId;
                email = events.value(22).toString();
                seen.clear();
                count = 0;
            }
            ++count;
            ++report.events;
            if (e.computeHash() != e.hash)
                report.problems
                    << tr("The event “%1” has been changed after it was recorded.").arg(label(e));
            else if (events.value(21).toString() != e.contactUuid)
                report.problems
                    << tr("The event “%1” has been moved to another contact.").arg(label(e));
            if (e.prevHash != ConsentEvent::genesisHash() && !seen.contains(e.prevHash))
                report.problems << tr("The event before “%1” has been removed.").arg(label(e));
            seen.insert(e.hash);
            last = e.hash;
            if (progress && report.events % 20000 == 0 && !progress(report.events, total)) {
                report.cancelled = true;
                break;
            }
        }
        if (!report.cancelled) {
            closeContact();
            while (headValid) {
                report.problems << tr("All consent events of %1 have been removed.")
                                       .arg(heads.value(3).toString());
                headValid = heads.next();
            }
        }
        if (progress && !report.cancelled)
            progress(report.events, total);
        events.finish();
        heads.finish();
        q.exec(QStringLiteral("COMMIT"));
    }
    QSqlDatabase::removeDatabase(name);
    report.elapsedMs = timer.elapsed();
    return report;
}
