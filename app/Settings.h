#pragma once

#include <QByteArray>
#include <QString>

// The user's preferences (never secrets: those live in the OS keychain).
class Settings
{
public:
    QString language() const; // "system", "nl" or "en"
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // Consent older than this with no mailing since needs re-permission (SPEC §2).
    static constexpr int DefaultRepermissionMonths = 24;
    int repermissionMonths() const;
    void setRepermissionMonths(int months);
    // UTC ms: consent given before this moment needs re-permission.
    qint64 repermissionCutoffMs() const;

    // Who sends the newsletters: shown in every mailing ({{sender_address}}).
    QString senderCompany() const;
    void setSenderCompany(const QString& name);
    QString senderAddress() const; // postal address, lines separated by \n
    void setSenderAddress(const QString& address);
    QString senderKvk() const; // Chamber of Commerce number, where there is one
    void setSenderKvk(const QString& number);
    QString senderFromName() const; // default "From" name of mailings
    void setSenderFromName(const QString& name);
    QString senderFromEmail() const; // default "From" address of mailings
    void setSenderFromEmail(const QString& email);

    QByteArray contactsHeaderState() const;
    void setContactsHeaderState(const QByteArray& state);
};
