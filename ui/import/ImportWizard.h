#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportFile.h"
#include "import/Importer.h"

#include <QStringList>
#include <QWizard>
#include <atomic>
#include <functional>
#include <memory>

class QPushButton;
class QThread;
class Workspace;

// Imports a file of contacts step by step: choose the file → preview (encoding and
// delimiter as detected, changeable) → which column fills which field → options
// (duplicates, list, consent) → a dry run's report → the import with its progress → the
// result. The dry run and the import run on a worker thread with their own connection to
// the store, so the window stays responsive and both can be stopped at any moment; a
// stopped import changes nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, OptionsPage, CheckPage, ImportPage };

    // With a path (a dropped file) the wizard starts at the preview.
    explicit ImportWizard(Workspace& workspace, const QString& path = {},
                          QWidget* parent = nullptr);
    ~ImportWizard() override;

    // What the pages share.
    Workspace& workspace() { return m_workspace; }
    ImportFile& file() { return m_file; }
    QStringList& header() { return m_header; }
    ColumnMapping& mapping() { return m_mapping; }
    Importer::Options& options() { return m_options; }
    // The first rows as the preview read them (for the mapping's examples), and the CSV's
    // delimiter as read (for the rejected rows file).
    QVector<QStringList>& samples() { return m_samples; }
    char delimiter() const { return m_delimiter; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Runs the importer on a worker thread; `done` gets the report on the GUI thread.
    // `rows` and `fraction` are updated while it runs.
    void startImport(bool dryRun, const std::function<void(const Importer::Report&)>& done);
    bool importRunning() const { return m_worker != nullptr; }
    void stopImport() { m_stop = true; }
    qint64 rowsDone() const { return m_rows.load(); }
    double fractionDone() const { return m_fraction.load(); }

    // The report of the import (or of the dry run, before it), for the result and tests.
    const Importer::Report& lastReport() const { return m_report; }

    // Offers to save rejected rows as CSV for correction (a file dialog); the button that
    // asked then says where they went.
    void saveRejected(const Importer::Report& report, QPushButton* button = nullptr);

public slots:
    void reject() override;

private:
    void waitForWorker();

    Workspace& m_workspace;
    ImportFile m_file;
    QStringList m_header;
    QVector<QStringList> m_samples;
    char m_delimiter = ';';
    ColumnMapping m_mapping;
    Importer::Options m_options;
    Importer::Report m_report;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_rows{0};
    std::atomic<double> m_fraction{0};
};
