// Import at scale: a generated Dutch Excel file (`;`, Windows-1252, 12 columns, some invalid
// and duplicate rows) imported into a fresh store through the real Importer, against the
// same storage work done by SQLite's own CLI in the same run: `.import` into a table with a
// unique e-mail index, then an FTS5 `rebuild` over the same columns.
//
//   build/release/bench/bench_import --rows 1000000
#include "BenchStats.h"
#include "ContactRepository.h"
#include "DutchContacts.h"
#include "Store.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using BenchStats::ms;

namespace {

QByteArray cp1252(const QString& s)
{
    QByteArray out;
    out.reserve(s.size());
    for (QChar c : s)
        out += c.unicode() < 0x100 ? char(c.unicode()) : '?';
    return out;
}

void writeFile(const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("E-mailadres;Voornaam;Tussenvoegsel;Achternaam;Bedrijf;Telefoonnummer;Adres;"
            "Postcode;Plaats;Land;Website;Opmerkingen\r\n");
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        Contact c = DutchContacts::make(i);
        if (i % 997 == 0)
            c.email = QStringLiteral("geen-apenstaartje.") + QString::number(i); // invalid
        if (i % 1009 == 0 && i > 0)
            c.email = DutchContacts::make(i - 1).email; // duplicate within the file
        const QStringList fields{
            c.email,   c.firstName,
            QString(), c.lastName,
            c.company, c.phone,
            c.street,  c.postalCode,
            c.city,    c.country,
            c.website, QStringLiteral("Klant sinds ") + QString::number(2000 + i % 26)};
        QByteArray line;
        for (const QString& field : fields) {
            if (!line.isEmpty())
                line += ';';
            QByteArray v = cp1252(field);
            if (v.contains(';') || v.contains('"')) {
                v.replace("\"", "\"\"");
                v = '"' + v + '"';
            }
            line += v;
        }
        chunk += line + "\r\n";
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"rows", "rows in the generated file", "N", "1000000"});
    parser.addOption({"dir", "where to put the file and stores", "DIR", QDir::tempPath()});
    parser.process(app);
    const qint64 rows = parser.value("rows").toLongLong();
    QDir dir(parser.value("dir"));
    const QString csv = dir.filePath(QStringLiteral("sendtrix-import-%1.csv").arg(rows));
    if (!QFile::exists(csv)) {
        std::printf("writing %s...\n", qPrintable(csv));
        writeFile(csv, rows);
    }
    std::printf("file: %lld rows, %.1f MB\n", rows, double(QFile(csv).size()) / 1e6);

    // Reference: SQLite's CLI (what Debian ships), the same file, a unique e-mail index, FTS5.
    const QString refDb = dir.filePath(QStringLiteral("sendtrix-import-ref.db"));
    QFile::remove(refDb);
    const QString script =
        QStringLiteral(
            "CREATE TABLE c(email TEXT, first_name TEXT, prefix TEXT, last_name TEXT, company "
            "TEXT, "
            "phone TEXT, street TEXT, postal_code TEXT, city TEXT, country TEXT, website TEXT, "
            "notes TEXT);\n"
            "CREATE UNIQUE INDEX c_email ON c(email COLLATE NOCASE);\n"
            ".mode csv\n.separator ;\n.import --skip 1 '%1' c\n"
            "CREATE VIRTUAL TABLE f USING fts5(first_name, last_name, email, company, city, "
            "content='c', tokenize='unicode61 remove_diacritics 2', prefix='2 3');\n"
            "INSERT INTO f(f) VALUES('rebuild');\n")
            .arg(csv);
    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {refDb});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double reference = ms(t);
    std::printf("reference (sqlite3 .import + unique index + FTS5 rebuild): %.1f s\n",
                reference / 1000);

    // Sendtrix: decode, validate, dedupe, suppression, FTS, change log, undo record.
    const QString db = dir.filePath(QStringLiteral("sendtrix-import.db"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    auto store = Store::open(db);
    if (!store.ok())
        qFatal("%s", qPrintable(store.errorMessage()));
    QString error;
    auto reader = CsvReader::open(csv, {}, &error);
    if (!reader)
        qFatal("%s", qPrintable(error));
    RecordSource::Record header;
    reader->next(header);
    Importer::Options options;
    options.fileName = QFileInfo(csv).fileName();
    t.restart();
    const auto report =
        Importer(*store.value()).run(*reader, ColumnMapping::guess(header.fields), options);
    const double took = ms(t);
    if (!report.ok())
        qFatal("%s", qPrintable(report.error));
    std::printf("sendtrix import: %.1f s = %.0f rows/s (%.2f x reference); added %lld, "
                "rejected %lld; peak RSS %ld MB\n",
                took / 1000, double(report.rows) / (took / 1000), took / reference, report.added,
                report.rejected, peakRssKb() / 1024);
    return 0;
}
