// Arbitrary bytes as a CSV file: the reader must never crash, hang or read out of bounds,
// whatever the encoding, delimiter, quotes or line breaks. The first byte picks a forced
// delimiter or detection, so both paths are explored.
#include "import/CsvReader.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    CsvReader::Options options;
    const char delimiters[] = {0, ',', ';', '\t', '|'};
    if (const char d = delimiters[data[0] % 5])
        options.delimiter = d;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    buffer->open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("fuzz.csv"), options);
    CsvReader::Record record;
    qint64 previousLine = 0;
    while (reader->next(record)) {
        // Lines only go forward.
        if (record.line < previousLine || record.fields.isEmpty())
            __builtin_trap();
        previousLine = record.line;
    }
    (void)reader->error();
    return 0;
}
