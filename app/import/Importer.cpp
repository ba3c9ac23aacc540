#include "Importer.h"

#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactBulkWriter.h"
#include "ContactRepository.h"
#include "EmailAddress.h"
#include "ListRepository.h"
#include "RecordSource.h"
#include "Store.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace {

using T = ColumnMapping::Target;

QString* fieldOf(Contact& c, T target)
{
    switch (target) {
    case T::Email:
        return &c.email;
    case T::FirstName:
        return &c.firstName;
    case T::LastName:
        return &c.lastName;
    case T::Company:
        return &c.company;
    case T::Phone:
        return &c.phone;
    case T::Street:
        return &c.street;
    case T::PostalCode:
        return &c.postalCode;
    case T::City:
        return &c.city;
    case T::Country:
        return &c.country;
    case T::Website:
        return &c.website;
    case T::Notes:
        return &c.notes;
    default:
        return nullptr;
    }
}

constexpr T kFields[] = {T::FirstName,  T::LastName, T::Company, T::Phone,   T::Street,
                         T::PostalCode, T::City,     T::Country, T::Website, T::Notes};

// The contact a row describes, by the mapping.
Contact contactFrom(const QStringList& fields, const ColumnMapping& mapping)
{
    Contact c;
    QString prefix;
    const auto& columns = mapping.columns();
    for (int i = 0; i < columns.size() && i < fields.size(); ++i) {
        const QString value = fields.at(i).trimmed();
        const T target = columns.at(i).target;
        if (target == T::Custom) {
            if (!value.isEmpty() && !columns.at(i).header.isEmpty())
                c.customFields.insert(columns.at(i).header, value);
        } else if (target == T::LastNamePrefix) {
            prefix = value;
        } else if (QString* field = fieldOf(c, target)) {
            *field = value;
        }
    }
    if (!prefix.isEmpty())
        c.lastName = (prefix + QLatin1Char(' ') + c.lastName).trimmed();
    return c;
}

// Applies the duplicate policy; returns the contact as it should be stored.
Contact merged(const Contact& stored, const Contact& row, Importer::OnDuplicate policy)
{
    Contact out = stored;
    if (policy == Importer::OnDuplicate::Skip)
        return out;
    for (T target : kFields) {
        const QString value = *fieldOf(const_cast<Contact&>(row), target);
        QString* field = fieldOf(out, target);
        if (value.isEmpty())
            continue;
        if (policy == Importer::OnDuplicate::Overwrite || field->isEmpty())
            *field = value;
    }
    for (auto it = row.customFields.cbegin(); it != row.customFields.cend(); ++it) {
        if (policy == Importer::OnDuplicate::Overwrite ||
            out.customFields.value(it.key()).isEmpty())
            out.customFields.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

Importer::Report Importer::run(RecordSource& reader, const ColumnMapping& mapping,
                               const Options& options,
                               const std::function<bool(double, qint64)>& progress)
{
    Report report;
    report.dryRun = options.dryRun;
    QElapsedTimer timer;
    timer.start();
    if (!mapping.hasEmail()) {
        report.error = tr("Choose the column that holds the e-mail address: without it no "
                          "contact can be imported.");
        return report;
    }
    reader.rewind();
    RecordSource::Record record;
    if (!reader.next(record)) {
        report.error =
            reader.error().isEmpty() ? tr("The file has no rows to import.") : reader.error();
        return report;
    }
    const qsizetype columns = record.fields.size(); // the header row

    ContactRepository contacts(m_store);
    ConsentRepository consent(m_store);
    ListRepository lists(m_store);
    const qint64 started = Clock::nowMs();
    // One transaction: a cancelled, failed or killed import leaves the store as it was.
    Transaction tx(m_store);
    if (!tx.isActive()) {
        report.error = tx.error().message;
        return report;
    }
    // Every row is validated before it is written, so a write that fails is a real failure
    // of the store, and the import stops; no savepoint per row is needed (see FlatNesting).
    Store::FlatNesting flat(m_store);
    QSqlQuery& batch = m_store.statement(QStringLiteral(
        "INSERT INTO import_batches(file_name, started_at, finished_at, rows, added, updated, "
        "unchanged, rejected, suppressed, list_id) VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, ?)"));
    batch.bindValue(0, options.fileName.isNull() ? QStringLiteral("") : options.fileName);
    batch.bindValue(1, started);
    batch.bindValue(2, options.listId);
    if (!batch.exec()) {
        report.error = Store::databaseError(batch, QStringLiteral("import")).message;
        return report;
    }
    const qint64 batchId = batch.lastInsertId().toLongLong();
    batch.finish();
    // New contacts go through the bulk writer (the per-row triggers' work done once at the
    // end); contacts already in the store, consent and the rare suppressed address through
    // the repositories, as in an edit.
    ContactBulkWriter writer(m_store);
    if (auto begun = writer.begin(); !begun.ok()) {
        report.error = begun.errorMessage();
        return report;
    }
    bool listChecked = false;

    auto reject = [&report](const RecordSource::Record& r, const QString& reason) {
        ++report.rejected;
        if (report.rejects.size() < MaxRejectsKept)
            report.rejects.push_back({r.line, reason, r.fields});
    };

    // What one row does once its contact is written (or found taken); false: stop, with
    // report.error set.
    auto apply = [&](const RecordSource::Record& record, const Contact& row,
                     const ContactBulkWriter::Added& added) -> bool {
        qint64 contactId = added.id;
        QString action;
        QString before;
        // The newsletter state the contact has now: an unsubscribe or a suppression stands.
        bool withdrawn = false;
        bool subscribed = false;
        if (contactId > 0) {
            action = QStringLiteral("added");
            ++report.added;
            withdrawn = added.withdrawn; // a new contact has no other state
        } else {
            // The repositories write and read from here on: what the writer holds goes first.
            if (auto flushed = writer.flush(); !flushed.ok()) {
                report.error = flushed.errorMessage();
                return false;
            }
            const auto stored = contacts.findByEmail(row.email);
            if (!stored) {
                // The insert was refused although no live contact has the address.
                report.error =
                    tr("Line %1: %2")
                        .arg(record.line)
                        .arg(Store::databaseError(19, QStringLiteral("constraint failed"),
                                                  QStringLiteral("insert contact"))
                                 .message);
                return false;
            }
            QSqlQuery& seen = m_store.statement(QStringLiteral(
                "SELECT line FROM import_items WHERE batch_id = ? AND contact_id = ?"));
            seen.bindValue(0, batchId);
            seen.bindValue(1, stored->id);
            const qint64 firstLine = seen.exec() && seen.next() ? seen.value(0).toLongLong() : 0;
            seen.finish();
            if (firstLine > 0) {
                reject(record, tr("duplicate within the file: %1 is also on line %2")
                                   .arg(row.email)
                                   .arg(firstLine));
                return true;
            }
            contactId = stored->id;
            const Contact target = merged(*stored, row, options.onDuplicate);
            if (target == *stored) {
                action = QStringLiteral("unchanged");
                ++report.unchanged;
            } else {
                before = QString::fromUtf8(
                    QJsonDocument(stored->toJson()).toJson(QJsonDocument::Compact));
                auto updated = contacts.update(target);
                if (!updated.ok()) {
                    report.error = tr("Line %1: %2").arg(record.line).arg(updated.errorMessage());
                    return false;
                }
                action = QStringLiteral("updated");
                ++report.updated;
            }
            const auto state = consent.current(contactId, ConsentEvent::Purpose::Newsletter);
            withdrawn = state && ConsentEvent::withdraws(state->state);
            subscribed = state && state->state == ConsentEvent::State::Subscribed;
        }

        if (withdrawn) {
            ++report.suppressed;
        } else if (options.consentBasis && !subscribed) {
            if (auto flushed = writer.flush(); !flushed.ok()) {
                report.error = flushed.errorMessage();
                return false;
            }
            ConsentEvent e;
            e.contactId = contactId;
            e.purpose = ConsentEvent::Purpose::Newsletter;
            e.state = ConsentEvent::State::Subscribed;
            e.basis = *options.consentBasis;
            e.softOptIn = options.softOptIn;
            e.source = QStringLiteral("import");
            e.sourceDetail =
                options.consentDetail.isEmpty() ? options.fileName : options.consentDetail;
            auto recorded = consent.record(e);
            if (!recorded.ok()) {
                if (recorded.error().code == Error::Code::Suppressed) {
                    ++report.suppressed;
                } else {
                    // The same for every row (a soft opt-in without its conditions): stop.
                    report.error = recorded.errorMessage();
                    return false;
                }
            }
        }

        bool listed = false;
        if (options.listId > 0 && added.id > 0) {
            // A new contact is in no list yet.
            if (auto joined = writer.addToList(options.listId, contactId); !joined.ok()) {
                report.error = joined.errorMessage();
                return false;
            }
            listed = true;
        } else if (options.listId > 0) {
            auto joined = lists.addMembers(options.listId, {contactId});
            if (!joined.ok()) {
                report.error = joined.errorMessage();
                return false;
            }
            listed = joined.value() > 0;
        }
        if (auto item =
                writer.addImportItem({batchId, contactId, record.line, action, listed, before});
            !item.ok()) {
            report.error = item.errorMessage();
            return false;
        }
        return true;
    };

    // Rows are read and checked into a chunk; the chunk's new contacts are written, then
    // every row of it is applied in file order (so rejects stay in order).
    struct Pending
    {
        RecordSource::Record record;
        QString reject; // why the row is refused; empty: valid, its contact is in `rows`
    };
    std::vector<Pending> pending;
    QVector<Contact> rows;
    auto applyChunk = [&]() -> bool {
        if (!rows.isEmpty() && options.listId > 0 && !listChecked) {
            // The list may have been deleted since the user chose it: the same refusal as
            // adding members to it.
            if (auto checked = lists.addMembers(options.listId, {}); !checked.ok()) {
                report.error = checked.errorMessage();
                return false;
            }
            listChecked = true;
        }
        QVector<ContactBulkWriter::Added> added;
        if (!rows.isEmpty()) {
            // A new address is added at once; one a live contact already has (in the store,
            // or earlier in this file) is left alone by the insert and handled in apply().
            auto written = writer.add(rows);
            if (!written.ok()) {
                const auto firstValid =
                    std::find_if(pending.cbegin(), pending.cend(),
                                 [](const Pending& p) { return p.reject.isEmpty(); });
                report.error =
                    tr("Line %1: %2").arg(firstValid->record.line).arg(written.errorMessage());
                return false;
            }
            added = std::move(written).value();
        }
        int k = 0;
        for (const Pending& p : pending) {
            if (!p.reject.isEmpty()) {
                reject(p.record, p.reject);
                continue;
            }
            const int i = k++;
            if (!apply(p.record, rows.at(i), added.at(i)))
                return false;
        }
        pending.clear();
        rows.clear();
        return true;
    };

    while (reader.next(record)) {
        // A row with nothing in it (Excel's ";;;;" between blocks) is no contact and no
        // mistake: passed over, not counted.
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        ++report.rows;
        if (progress && report.rows % 1000 == 0 && !progress(reader.progress(), report.rows)) {
            report.cancelled = true;
            break;
        }
        // Empty cells after the last column (a spreadsheet's stray trailing ";") are not
        // data: only a row with values beyond the header's columns is ragged.
        while (record.fields.size() > columns && record.fields.constLast().trimmed().isEmpty())
            record.fields.removeLast();
        QString refusal;
        if (record.fields.size() > columns) {
            refusal = tr("has values in %n column(s), but the header row has %1: a value "
                         "with the delimiter in it may lack its quotes",
                         "", int(record.fields.size()))
                          .arg(columns);
        } else if (record.fields.size() != columns) {
            refusal =
                tr("has %n field(s), but the header row has %1", "", int(record.fields.size()))
                    .arg(columns);
        } else {
            Contact row = contactFrom(record.fields, mapping);
            if (row.email.isEmpty()) {
                refusal = tr("no e-mail address");
            } else {
                const auto email = EmailAddress::check(row.email);
                if (!email.valid) {
                    refusal = email.problem; // names the address and what is wrong with it
                } else {
                    row.email = email.normalized;
                    rows.push_back(std::move(row));
                }
            }
        }
        pending.push_back({std::move(record), refusal});
        if ((rows.size() >= ContactBulkWriter::RowsPerChunk ||
             qsizetype(pending.size()) >= 4 * ContactBulkWriter::RowsPerChunk) &&
            !applyChunk())
            break;
    }
    if (report.error.isEmpty() && !report.cancelled && reader.error().isEmpty())
        applyChunk(); // the last rows
    if (report.error.isEmpty() && !reader.error().isEmpty())
        report.error = reader.error();
    if (report.error.isEmpty() && !report.cancelled) {
        // Also in a dry run, which does all the work and then rolls it back.
        if (auto finished = writer.finish(); !finished.ok())
            report.error = finished.errorMessage();
    }
    report.elapsedMs = timer.elapsed();
    if (!report.error.isEmpty() || report.cancelled || options.dryRun)
        return report; // the transaction rolls back: nothing was written

    QSqlQuery& done = m_store.statement(QStringLiteral(
        "UPDATE import_batches SET finished_at = ?, rows = ?, added = ?, updated = ?, "
        "unchanged = ?, rejected = ?, suppressed = ? WHERE id = ?"));
    const QVariantList values{Clock::nowMs(),   report.rows,     report.added,      report.updated,
                              report.unchanged, report.rejected, report.suppressed, batchId};
    for (int i = 0; i < values.size(); ++i)
        done.bindValue(i, values.at(i));
    if (!done.exec()) {
        report.error = Store::databaseError(done, QStringLiteral("import")).message;
        return report;
    }
    done.finish();
    if (auto committed = tx.commit(); !committed.ok()) {
        report.error = committed.errorMessage();
        return report;
    }
    report.batchId = batchId;
    report.elapsedMs = timer.elapsed();
    return report;
}

std::optional<Importer::LastImport> Importer::lastImport()
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT id, file_name, finished_at, added, updated FROM import_batches "
                       "WHERE undone_at IS NULL AND finished_at > 0 ORDER BY id DESC LIMIT 1"));
    std::optional<LastImport> last;
    if (q.exec() && q.next())
        last = LastImport{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toLongLong()};
    q.finish();
    return last;
}

Result<Importer::LastImport> Importer::undoLast()
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto last = lastImport();
    if (!last)
        return Error{Error::Code::NotFound, tr("There is no import to undo.")};
    qint64 listId = 0;
    {
        QSqlQuery& q =
            m_store.statement(QStringLiteral("SELECT list_id FROM import_batches WHERE id = ?"));
        q.bindValue(0, last->batchId);
        if (q.exec() && q.next())
            listId = q.value(0).toLongLong();
        q.finish();
    }
    QList<qint64> added;
    QList<qint64> unlisted;
    QVector<Contact> restore;
    {
        QSqlQuery& q = m_store.statement(QStringLiteral(
            "SELECT contact_id, action, listed, before FROM import_items WHERE batch_id = ?"));
        q.bindValue(0, last->batchId);
        if (!q.exec())
            return Store::databaseError(q, QStringLiteral("undo import"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString action = q.value(1).toString();
            if (action == QLatin1String("added")) {
                added << id;
                continue;
            }
            if (q.value(2).toInt() != 0)
                unlisted << id;
            if (action == QLatin1String("updated")) {
                Contact c = Contact::fromJson(
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
                c.id = id;
                restore.push_back(c);
            }
        }
        q.finish();
    }
    ContactRepository contacts(m_store);
    if (auto removed = contacts.remove(added); !removed.ok())
        return removed.error();
    for (const Contact& c : restore) {
        const auto now = contacts.findById(c.id);
        if (!now || now->deleted)
            continue; // deleted (or erased) since: nothing to restore
        if (auto updated = contacts.update(c); !updated.ok())
            return updated.error();
    }
    if (listId > 0 && !unlisted.isEmpty()) {
        if (auto removed = ListRepository(m_store).removeMembers(listId, unlisted); !removed.ok())
            return removed.error();
    }
    QSqlQuery& q =
        m_store.statement(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    q.bindValue(0, Clock::nowMs());
    q.bindValue(1, last->batchId);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("undo import"));
    q.finish();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return *last;
}
