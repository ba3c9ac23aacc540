#include "CsvReader.h"

#include <QDir>
#include <algorithm>
#include <csv.h>

namespace {

constexpr char kCandidates[] = {';', ',', '\t', '|'};

// Counts the fields of the first records of a sample for one delimiter.
void countFields(void*, size_t, void* data)
{
    auto* counts = static_cast<std::vector<int>*>(data);
    if (counts->empty())
        counts->push_back(0);
    ++counts->back();
}

void endRecord(int, void* data)
{
    static_cast<std::vector<int>*>(data)->push_back(0);
}

} // namespace

CsvReader::~CsvReader()
{
    if (m_parser)
        csv_free(m_parser.get());
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return tr("semicolon (;)");
    case ',':
        return tr("comma (,)");
    case '\t':
        return tr("tab");
    case '|':
        return tr("vertical bar (|)");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

char CsvReader::detectDelimiter(const QByteArray& sample)
{
    // Parse the sample with each candidate; the best one gives the most records with the
    // same number (more than one) of fields as the first record.
    char best = ';';
    int bestScore = 0;
    for (char candidate : kCandidates) {
        csv_parser parser;
        csv_init(&parser, CSV_APPEND_NULL);
        csv_set_delim(&parser, static_cast<unsigned char>(candidate));
        std::vector<int> counts;
        csv_parse(&parser, sample.constData(), size_t(sample.size()), countFields, endRecord,
                  &counts);
        csv_free(&parser);
        // The last record of a sample may be cut off: leave it out.
        if (counts.size() > 1)
            counts.pop_back();
        while (!counts.empty() && counts.back() == 0)
            counts.pop_back();
        if (counts.empty() || counts.front() < 2)
            continue;
        int score = 0;
        for (int n : counts)
            if (n == counts.front())
                ++score;
        // Consistency first, then width (a comma inside "Jansen, Jan" loses to ;).
        score = score * 1000 + std::min(counts.front(), 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

std::unique_ptr<CsvReader> CsvReader::open(const QString& path, const Options& options,
                                           QString* error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = TextSource::tr("Could not open %1: %2")
                         .arg(QDir::toNativeSeparators(path), file->errorString());
        return nullptr;
    }
    return open(std::move(file), path, options);
}

std::unique_ptr<CsvReader> CsvReader::open(std::unique_ptr<QIODevice> device, const QString& name,
                                           const Options& options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = name;
    reader->m_source = TextSource::open(std::move(device), options.encoding);
    if (options.delimiter) {
        reader->m_delimiter = *options.delimiter;
    } else {
        reader->m_delimiter = detectDelimiter(reader->m_source->read(64 * 1024));
        reader->m_source->rewind();
    }
    reader->resetParser();
    return reader;
}

void CsvReader::resetParser()
{
    if (m_parser)
        csv_free(m_parser.get());
    m_parser = std::make_unique<csv_parser>();
    // Strict: a quote inside an unquoted field, or a quoted field that never ends, is an
    // error with a line number rather than a silently different record.
    csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter));
    m_ready.clear();
    m_fields.clear();
    m_recordStart = 0;
    m_line = 1;
    m_fedLines = 0;
    m_pending.clear();
    m_chunkBytes = 0;
    m_chunkText = 0;
    m_finished = false;
    m_error.clear();
}

void CsvReader::rewind()
{
    m_source->rewind();
    resetParser();
}

double CsvReader::progress() const
{
    // The file is read a megabyte at a time: count only the part of the current chunk
    // that has been parsed, or the fraction jumps by whole chunks.
    const qint64 size = m_source->size();
    if (size <= 0)
        return 1.0;
    const double unparsed =
        m_chunkText > 0 ? double(m_chunkBytes) * double(m_pending.size()) / double(m_chunkText) : 0;
    return std::clamp((double(m_source->position()) - unparsed) / double(size), 0.0, 1.0);
}

void CsvReader::onField(void* data, size_t length, void* self)
{
    auto* r = static_cast<CsvReader*>(self);
    r->m_fields << QString::fromUtf8(static_cast<const char*>(data), qsizetype(length));
}

void CsvReader::onRecordEnd(int, void* self)
{
    auto* r = static_cast<CsvReader*>(self);
    // A blank line ends a record with no fields: nothing to report.
    if (r->m_fields.isEmpty() || (r->m_fields.size() == 1 && r->m_fields.first().isEmpty())) {
        r->m_fields.clear();
        r->m_recordStart = 0;
        return;
    }
    Record record;
    record.fields = std::move(r->m_fields);
    record.line = r->m_recordStart > 0 ? r->m_recordStart : r->m_line;
    r->m_ready.push_back(std::move(record));
    r->m_fields.clear();
    r->m_recordStart = 0;
}

bool CsvReader::next(Record& record)
{
    while (m_ready.empty() && m_error.isEmpty()) {
        if (m_finished)
            return false;
        if (m_pending.isEmpty()) {
            const qint64 before = m_source->position();
            m_pending = m_source->read();
            m_chunkBytes = m_source->position() - before;
            m_chunkText = m_pending.size();
            if (m_pending.isEmpty()) {
                // The last record may have no line break after it.
                if (csv_fini(m_parser.get(), onField, onRecordEnd, this) != 0)
                    m_error = tr("Line %1: a quoted field is not closed (a \" is missing) in "
                                 "%2.")
                                  .arg(m_recordStart > 0 ? m_recordStart : m_line)
                                  .arg(QDir::toNativeSeparators(m_path));
                m_finished = true;
                continue;
            }
        }
        // Feed one line at a time, so that callbacks know the line they are on.
        const qsizetype end = m_pending.indexOf('\n');
        const qsizetype length = end < 0 ? m_pending.size() : end + 1;
        // A record begins on the first line after the last one that is not blank.
        if (m_recordStart == 0) {
            for (qsizetype i = 0; i < length; ++i) {
                const char c = m_pending.at(i);
                if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
                    m_recordStart = m_line;
                    break;
                }
            }
        }
        const size_t parsed = csv_parse(m_parser.get(), m_pending.constData(), size_t(length),
                                        onField, onRecordEnd, this);
        if (parsed != size_t(length)) {
            m_error = tr("Line %1: a quote (\") stands inside a field that does not start "
                         "with one, in %2. Put the whole field in quotes and double the quote "
                         "(\"\"), or remove it.")
                          .arg(m_line)
                          .arg(QDir::toNativeSeparators(m_path));
            break;
        }
        m_pending.remove(0, length);
        if (end >= 0)
            ++m_line;
    }
    if (m_ready.empty())
        return false;
    record = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}
