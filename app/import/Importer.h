#pragma once

#include "ColumnMapping.h"
#include "ConsentEvent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVector>
#include <functional>
#include <optional>

class RecordSource;
class Store;

// Imports contacts from a CSV file, all or nothing, and undoes the last import.
//
// A dry run does exactly what the import does inside the transaction and then rolls it
// back, so its report (new, updated, unchanged, rejected with line and reason, suppressed)
// is what the import will do. An import never turns an unsubscribed or suppressed contact
// into a subscribed one, whatever the options say.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class OnDuplicate {
        Skip,      // an address already in the store is left as it is
        Fill,      // its empty fields are filled from the file
        Overwrite, // fields the file has replace the stored ones
    };
    struct Options
    {
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        qint64 listId = 0; // imported contacts join this list
        // Record newsletter consent for imported contacts, with this basis, source "import"
        // and the file name as detail.
        std::optional<ConsentEvent::Basis> consentBasis;
        ConsentEvent::SoftOptIn softOptIn; // when the basis is the soft opt-in
        QString fileName;      // for the batch, and the consent's source unless consentDetail
        QString consentDetail; // where the consent was given, if not the file itself
        bool dryRun = false;
    };
    struct Rejected
    {
        qint64 line = 0;
        QString reason;
        QStringList fields;
    };
    struct Report
    {
        qint64 rows = 0; // data rows read (the header not counted)
        qint64 added = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 rejected = 0;
        qint64 suppressed = 0;     // on the suppression list or unsubscribed: not subscribed
        QVector<Rejected> rejects; // the first MaxRejectsKept, in file order
        QString error;             // the file could not be read: nothing was imported
        bool cancelled = false;
        bool dryRun = false;
        qint64 batchId = 0;
        qint64 elapsedMs = 0;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };
    static constexpr int MaxRejectsKept = 10000;

    explicit Importer(Store& store)
        : m_store(store)
    {}

    // Reads the header row and every record after it. `progress(fraction, rows)` is called
    // now and then and returns false to cancel (then nothing is written).
    Report run(RecordSource& reader, const ColumnMapping& mapping, const Options& options,
               const std::function<bool(double, qint64)>& progress = {});

    struct LastImport
    {
        qint64 batchId = 0;
        QString fileName;
        qint64 finishedAt = 0;
        qint64 added = 0;
        qint64 updated = 0;
    };
    std::optional<LastImport> lastImport();
    // Removes the contacts the last import added and restores the fields it changed.
    Result<LastImport> undoLast();

private:
    Store& m_store;
};
