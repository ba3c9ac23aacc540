#pragma once

#include <QString>
#include <QStringList>

// Rows of an import file, one at a time with the line each starts on: what the Importer
// reads, from CSV (CsvReader) or vCard (VCardReader). The first record is the header.
class RecordSource
{
public:
    struct Record
    {
        QStringList fields;
        qint64 line = 0; // 1-based line of the file where the record starts
    };

    virtual ~RecordSource() = default;
    // The next record; false at the end or on a malformed file (then error() says where).
    virtual bool next(Record& record) = 0;
    virtual QString error() const = 0;
    virtual double progress() const = 0; // fraction of the file read
    virtual void rewind() = 0;           // back to the header
};
