#pragma once

#include "ContactQuery.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class ContactRepository;
struct Contact;

// Writes contacts to CSV (UTF-8; for Excel optionally with a byte-order mark and `;`) or
// vCard 4.0, streamed from the store; the file appears whole or not at all.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format { Csv, VCard };
    struct Options
    {
        Format format = Format::Csv;
        bool excel = false; // CSV: byte-order mark and `;`, as Dutch Excel opens directly
    };

    explicit Exporter(ContactRepository& contacts)
        : m_contacts(contacts)
    {}

    // Every contact the query selects (all, a search or a list). Returns how many.
    Result<qint64> exportTo(const QString& path, const ContactQuery& query, const Options& options);
    // The chosen contacts (a selection in the table), in the given order.
    Result<qint64> exportTo(const QString& path, const QList<qint64>& contactIds,
                            const Options& options);
    // The file dialog's filters and what each means, for the desktop app.
    static QStringList fileFilters(); // CSV for Excel, CSV, vCard
    static Options optionsForFilter(int index);

    static QByteArray csvField(const QString& value, char delimiter); // quoted as needed
    static QByteArray csvHeader(char delimiter);
    static QByteArray csvRow(const Contact& c, char delimiter);
    static QByteArray vcard(const Contact& c);

private:
    Result<qint64>
    write(const QString& path, const Options& options,
          const std::function<bool(const std::function<void(const Contact&)>&)>& each);

    ContactRepository& m_contacts;
};
