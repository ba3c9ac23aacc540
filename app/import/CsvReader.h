#pragma once

#include "RecordSource.h"
#include "TextSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <deque>
#include <memory>
#include <optional>

struct csv_parser;

// Reads a CSV file record by record with constant memory: RFC 4180 (quoted fields with
// delimiters, doubled quotes and line breaks inside) through libcsv, plus what real files
// do: a byte-order mark or none, UTF-16, Windows-1252, `,` `;` tab or `|` as delimiter
// (detected from the first lines), CRLF or LF, blank lines. Every record carries the line
// it starts on, so problems can be reported as the user sees the file.
class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        std::optional<TextSource::Encoding> encoding; // detected when empty
        std::optional<char> delimiter;                // detected when empty
    };
    ~CsvReader() override;
    // Opens the file and detects encoding and delimiter; null with `error` on failure.
    static std::unique_ptr<CsvReader> open(const QString& path, const Options& options,
                                           QString* error);
    // Over any readable, seekable device; `name` is what messages call it.
    static std::unique_ptr<CsvReader> open(std::unique_ptr<QIODevice> device, const QString& name,
                                           const Options& options);

    TextSource::Encoding encoding() const { return m_source->encoding(); }
    char delimiter() const { return m_delimiter; }
    static QString delimiterName(char delimiter); // "semicolon (;)", for the user

    // The next record; false at the end or on a malformed file (then error() says where).
    bool next(Record& record) override;
    QString error() const override { return m_error; }
    double progress() const override;
    void rewind() override;

    // The delimiter that splits these lines most consistently (`;` when nothing does).
    static char detectDelimiter(const QByteArray& utf8Sample);

private:
    CsvReader() = default;
    static void onField(void* data, size_t length, void* self);
    static void onRecordEnd(int terminator, void* self);
    void resetParser();

    QString m_path;
    std::unique_ptr<TextSource> m_source;
    std::unique_ptr<csv_parser> m_parser;
    char m_delimiter = ',';
    std::deque<Record> m_ready;
    QStringList m_fields;     // of the record being read
    qint64 m_recordStart = 0; // its first line (0: no record begun)
    qint64 m_line = 1;        // line of the text being fed
    qint64 m_fedLines = 0;    // line breaks fed so far
    QByteArray m_pending;     // text read but not yet fed (the rest of a line)
    qint64 m_chunkBytes = 0;  // bytes of the file behind the text last read …
    qint64 m_chunkText = 0;   // … and that text's size as UTF-8 (for progress())
    bool m_finished = false;
    QString m_error;
};
