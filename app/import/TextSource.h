#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <memory>
#include <optional>

// A text file read in chunks as UTF-8, whatever it was written in. The encoding is found
// as Dutch and English spreadsheets write them: a byte-order mark says UTF-8, UTF-16 LE or
// UTF-16 BE; otherwise a file that is valid UTF-8 throughout is UTF-8; anything else is
// Windows-1252 (what Excel writes on Dutch and English Windows). The caller may override.
class TextSource
{
    Q_DECLARE_TR_FUNCTIONS(TextSource)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    // Opens and detects (reads the file once if it has no byte-order mark). Null with
    // `error` set when the file cannot be read.
    static std::unique_ptr<TextSource> open(const QString& path, QString* error,
                                            std::optional<Encoding> encoding = std::nullopt);
    // The same over any readable, seekable device (a buffer: tests and fuzzing).
    static std::unique_ptr<TextSource> open(std::unique_ptr<QIODevice> device,
                                            std::optional<Encoding> encoding = std::nullopt);

    Encoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bomSize > 0; }
    static QString encodingName(Encoding e); // "UTF-8", "Windows-1252", for the user
    qint64 size() const { return m_device->size(); }
    qint64 position() const { return m_device->pos(); } // bytes of the file read so far

    // The next piece of the text as UTF-8 (empty at the end).
    QByteArray read(qint64 maxBytes = 1 << 20);
    bool atEnd() const { return m_device->atEnd(); }
    // Back to the start of the text (after the byte-order mark).
    void rewind();

    // Windows-1252 bytes to text: Latin-1 except 0x80–0x9F (€, ‚, ƒ, „, …).
    static QString fromWindows1252(const QByteArray& bytes);
    // True when all of the file is valid UTF-8 (streamed, constant memory).
    static bool isValidUtf8(QIODevice& device);

private:
    explicit TextSource(std::unique_ptr<QIODevice> device)
        : m_device(std::move(device))
    {}
    void detect(std::optional<Encoding> encoding);

    std::unique_ptr<QIODevice> m_device;
    Encoding m_encoding = Encoding::Utf8;
    int m_bomSize = 0;
    std::optional<QStringDecoder> m_utf16;
};
