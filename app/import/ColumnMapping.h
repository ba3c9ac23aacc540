#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// Which contact field each column of an imported file fills. Guessed from the header row
// (Dutch and English, and the exports of Mailchimp, Outlook and Google Contacts); the user
// can change every column.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class Target {
        Ignore,
        Email,
        FirstName,
        LastNamePrefix, // Dutch "tussenvoegsel": put before the last name ("van der")
        LastName,
        Company,
        Phone,
        Street,
        PostalCode,
        City,
        Country,
        Website,
        Notes,
        Custom, // a custom field named after the column
    };
    struct Column
    {
        QString header;
        Target target = Target::Ignore;
    };

    static ColumnMapping guess(const QStringList& headers);
    static Target guessTarget(const QString& header);

    const QVector<Column>& columns() const { return m_columns; }
    void setTarget(int column, Target target);
    bool hasEmail() const;
    // "email" (the store's field names, as the CLI's --map takes them), or empty.
    static QString targetName(Target target);
    static std::optional<Target> targetFromName(const QString& name);
    static QString targetLabel(Target target); // translated, for the mapping page

private:
    QVector<Column> m_columns;
};
