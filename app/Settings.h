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
    QByteArray contactsHeaderState() const;
    void setContactsHeaderState(const QByteArray& state);
};
