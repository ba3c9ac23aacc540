#include "ImportFile.h"

#include "Exporter.h"
#include "Store.h"
#include "VCardReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

bool isVCard(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

} // namespace

ImportFile::ImportFile(const QString& path)
    : m_path(path)
    , m_kind(isVCard(path) ? Kind::VCard : Kind::Csv)
{}

std::unique_ptr<RecordSource> ImportFile::open(QString* error) const
{
    if (m_kind == Kind::VCard)
        return VCardReader::open(m_path, error);
    return CsvReader::open(m_path, m_csv, error);
}

QString ImportFile::describe(const RecordSource& reader)
{
    if (const auto* csv = dynamic_cast<const CsvReader*>(&reader))
        return tr("%1, %2 delimited.")
            .arg(TextSource::encodingName(csv->encoding()),
                 CsvReader::delimiterName(csv->delimiter()));
    return tr("vCard");
}

ColumnMapping ImportFile::guessMapping(const QStringList& header) const
{
    ColumnMapping mapping = ColumnMapping::guess(header);
    if (m_kind == Kind::VCard && !header.isEmpty())
        mapping.setTarget(int(header.size()) - 1, ColumnMapping::Target::Custom);
    return mapping;
}

bool ImportFile::isImportable(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("txt"),
                                      QStringLiteral("tsv"), QStringLiteral("vcf"),
                                      QStringLiteral("vcard")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString ImportFile::fileFilter()
{
    return tr("Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;"
              "vCard files (*.vcf *.vcard);;All files (*)");
}

Importer::Report ImportFile::importInto(const QString& storePath, const QString& actor,
                                        const ColumnMapping& mapping,
                                        const Importer::Options& options,
                                        const std::function<bool(double, qint64)>& progress) const
{
    Importer::Report report;
    report.dryRun = options.dryRun;
    auto store = Store::open(storePath);
    if (!store.ok()) {
        report.error = store.errorMessage();
        return report;
    }
    store.value()->setActor(actor);
    QString error;
    auto reader = open(&error);
    if (!reader) {
        report.error = error;
        return report;
    }
    return Importer(*store.value()).run(*reader, mapping, options, progress);
}

Result<void> ImportFile::saveRejected(const QString& path, const QStringList& header,
                                      const QVector<Importer::Rejected>& rejects, char delimiter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Error::Code::Invalid,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    auto row = [delimiter](const QStringList& fields) {
        QByteArray out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += delimiter;
            out += Exporter::csvField(fields.at(i), delimiter);
        }
        return out + "\r\n";
    };
    file.write("\xEF\xBB\xBF");
    file.write(row(QStringList{tr("Line"), tr("Problem")} + header));
    for (const auto& r : rejects)
        file.write(row(QStringList{QString::number(r.line), r.reason} + r.fields));
    if (!file.commit())
        return Error{
            Error::Code::Invalid,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    return {};
}
