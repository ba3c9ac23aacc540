#pragma once

#include "RecordSource.h"
#include "TextSource.h"

#include <QCoreApplication>
#include <deque>
#include <memory>

// Reads vCard 2.1, 3.0 and 4.0 files (one or many cards) as records for the Importer:
// folded lines unfolded, escapes (\n \, \; \\) and quoted-printable decoded, N, FN, ORG,
// TEL, ADR, URL and NOTE taken, and of several e-mail addresses the preferred one (the
// others go to a custom field). The first record is a fixed header of the store's field
// names, so the column mapping needs no guessing.
class VCardReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    static std::unique_ptr<VCardReader> open(const QString& path, QString* error);
    static std::unique_ptr<VCardReader> open(std::unique_ptr<QIODevice> device,
                                             const QString& name);

    bool next(Record& record) override;
    QString error() const override { return m_error; }
    double progress() const override;
    void rewind() override;

    static QStringList header();

private:
    VCardReader() = default;
    // The next unfolded content line; false at the end.
    bool nextLine(QString& line, qint64& lineNumber);
    void finishCard(const qint64 startLine);

    QString m_name;
    std::unique_ptr<TextSource> m_source;
    QByteArray m_buffer; // read, not yet split into lines
    qint64 m_line = 0;   // physical lines consumed
    QString m_held;      // a line read ahead (unfolding looks at the next one)
    qint64 m_heldLine = 0;
    bool m_headerGiven = false;
    QString m_error;

    // The card being read.
    struct Card
    {
        QString fn, given, family, prefixes, org, phone, street, city, postalCode, country, url,
            note;
        QString email;
        int emailRank = 1000; // lower is more preferred
        QStringList otherEmails;
        bool open = false;
        qint64 startLine = 0;
    } m_card;
    std::deque<Record> m_ready;
};
