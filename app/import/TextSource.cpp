#include "TextSource.h"

#include <QDir>

namespace {

// 0x80–0x9F in Windows-1252; 0 where the code page leaves the byte undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

QString TextSource::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString TextSource::fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        char16_t u = c;
        if (c >= 0x80 && c <= 0x9F)
            u = kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : char16_t(0xFFFD);
        *out++ = QChar(u);
    }
    return text;
}

bool TextSource::isValidUtf8(QIODevice& device)
{
    // A sequence may straddle two chunks: carry its start over.
    QByteArray carry;
    while (!device.atEnd()) {
        QByteArray chunk = carry + device.read(1 << 20);
        carry.clear();
        const auto* p = reinterpret_cast<const unsigned char*>(chunk.constData());
        const qsizetype n = chunk.size();
        qsizetype i = 0;
        while (i < n) {
            const unsigned char c = p[i];
            int length = 0;
            if (c < 0x80) {
                ++i;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
            } else {
                return false;
            }
            if (i + length > n) {
                if (device.atEnd())
                    return false;
                carry = chunk.mid(i);
                break;
            }
            for (int k = 1; k < length; ++k)
                if ((p[i + k] & 0xC0) != 0x80)
                    return false;
            // Overlong forms, surrogates and code points above U+10FFFF.
            if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F) ||
                (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F))
                return false;
            i += length;
        }
    }
    return carry.isEmpty();
}

std::unique_ptr<TextSource> TextSource::open(const QString& path, QString* error,
                                             std::optional<Encoding> encoding)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2")
                         .arg(QDir::toNativeSeparators(path), file->errorString());
        return nullptr;
    }
    return open(std::move(file), encoding);
}

std::unique_ptr<TextSource> TextSource::open(std::unique_ptr<QIODevice> device,
                                             std::optional<Encoding> encoding)
{
    std::unique_ptr<TextSource> source(new TextSource(std::move(device)));
    source->detect(encoding);
    return source;
}

void TextSource::detect(std::optional<Encoding> encoding)
{
    const QByteArray head = m_device->peek(3);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8;
        m_bomSize = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        m_bomSize = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        m_bomSize = 2;
    } else {
        m_encoding = isValidUtf8(*m_device) ? Encoding::Utf8 : Encoding::Windows1252;
    }
    if (encoding)
        m_encoding = *encoding;
    rewind();
}

void TextSource::rewind()
{
    m_device->seek(m_bomSize);
    if (m_encoding == Encoding::Utf16LE)
        m_utf16.emplace(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
    else if (m_encoding == Encoding::Utf16BE)
        m_utf16.emplace(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
    else
        m_utf16.reset();
    if (m_utf16) // keeps a half code unit or a lone surrogate for the next chunk
        m_utf16.emplace(m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                        : QStringConverter::Utf16BE);
}

QByteArray TextSource::read(qint64 maxBytes)
{
    const QByteArray bytes = m_device->read(maxBytes);
    switch (m_encoding) {
    case Encoding::Utf8:
        return bytes;
    case Encoding::Windows1252:
        return fromWindows1252(bytes).toUtf8();
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return QString(m_utf16->decode(bytes)).toUtf8();
    }
    return bytes;
}
