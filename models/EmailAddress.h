#pragma once

#include <QCoreApplication>
#include <QString>

// E-mail addresses as Sendtrix stores them: trimmed, domain lower-cased and in ASCII
// (IDN to ACE, "punycode"), valid per the HTML standard's "valid e-mail address" rule,
// and with a dot in the domain (mail goes over the internet: "jan@gmail" is a typo).
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    struct Check
    {
        bool valid = false;
        QString normalized; // set when valid
        QString problem;    // translated sentence when not valid
    };

    static Check check(const QString& input);
    static QString normalized(const QString& input) { return check(input).normalized; }
    static bool isValid(const QString& input) { return check(input).valid; }
};
