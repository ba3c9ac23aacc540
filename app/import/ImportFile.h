#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "Importer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class RecordSource;

// A file chosen for import and how to read it: the one place that knows which reader a
// file needs, shared by the import wizard and `sendtrix-cli import`.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    enum class Kind { Csv, VCard };

    ImportFile() = default;
    explicit ImportFile(const QString& path);

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    // CSV only: encoding and delimiter, detected when not set.
    CsvReader::Options csvOptions() const { return m_csv; }
    void setCsvOptions(const CsvReader::Options& options) { m_csv = options; }

    // A reader over the file, before its header row; null with `error` set.
    std::unique_ptr<RecordSource> open(QString* error) const;
    // "Windows-1252, semicolon (;) delimited." or "vCard": what was detected, for the user.
    static QString describe(const RecordSource& reader);
    // The guessed mapping for this header (for a vCard the other addresses are kept, as a
    // custom field).
    ColumnMapping guessMapping(const QStringList& header) const;

    // True for the kinds of file an import can read (by name: .csv, .txt, .tsv, .vcf).
    static bool isImportable(const QString& path);
    static QString fileFilter(); // for the open-file dialog

    // Imports on a connection of its own (so it may run on a worker thread while the GUI
    // keeps its connection): opens the store at `storePath`, writes as `actor`.
    Importer::Report importInto(const QString& storePath, const QString& actor,
                                const ColumnMapping& mapping, const Importer::Options& options,
                                const std::function<bool(double, qint64)>& progress = {}) const;

    // Writes rejected rows as CSV (UTF-8 with a byte-order mark, so Excel reads it): the
    // line and the reason, then the row as it was in the file under its own header, so the
    // user can correct them and import that file again.
    static Result<void> saveRejected(const QString& path, const QStringList& header,
                                     const QVector<Importer::Rejected>& rejects,
                                     char delimiter = ';');

private:
    QString m_path;
    Kind m_kind = Kind::Csv;
    CsvReader::Options m_csv;
};
