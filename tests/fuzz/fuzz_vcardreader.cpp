// Arbitrary bytes as a vCard file: the reader must never crash, hang or read out of bounds.
#include "import/VCardReader.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer->open(QIODevice::ReadOnly);
    auto reader = VCardReader::open(std::move(buffer), QStringLiteral("fuzz.vcf"));
    RecordSource::Record record;
    const qsizetype columns = VCardReader::header().size();
    while (reader->next(record)) {
        if (record.fields.size() != columns) // every card fills the fixed header's columns
            __builtin_trap();
    }
    (void)reader->error();
    return 0;
}
