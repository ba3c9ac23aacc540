#include "Settings.h"

#include "Clock.h"
#include "Language.h"

#include <QDateTime>
#include <QSettings>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kState = QStringLiteral("ui/windowState");
const QString kContactsHeader = QStringLiteral("ui/contactsHeader");
const QString kRepermission = QStringLiteral("consent/repermissionMonths");
} // namespace

QString Settings::language() const
{
    return QSettings().value(kLanguage, Language::System).toString();
}

void Settings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

QByteArray Settings::windowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

QByteArray Settings::contactsHeaderState() const
{
    return QSettings().value(kContactsHeader).toByteArray();
}

void Settings::setContactsHeaderState(const QByteArray& state)
{
    QSettings().setValue(kContactsHeader, state);
}

int Settings::repermissionMonths() const
{
    const int months = QSettings().value(kRepermission, DefaultRepermissionMonths).toInt();
    return months > 0 ? months : DefaultRepermissionMonths;
}

void Settings::setRepermissionMonths(int months)
{
    QSettings().setValue(kRepermission, months);
}

qint64 Settings::repermissionCutoffMs() const
{
    return QDateTime::fromMSecsSinceEpoch(Clock::nowMs())
        .addMonths(-repermissionMonths())
        .toMSecsSinceEpoch();
}

QString Settings::senderCompany() const
{
    return QSettings().value(QStringLiteral("sender/company")).toString();
}

void Settings::setSenderCompany(const QString& name)
{
    QSettings().setValue(QStringLiteral("sender/company"), name);
}

QString Settings::senderAddress() const
{
    return QSettings().value(QStringLiteral("sender/postalAddress")).toString();
}

void Settings::setSenderAddress(const QString& address)
{
    QSettings().setValue(QStringLiteral("sender/postalAddress"), address);
}

QString Settings::senderKvk() const
{
    return QSettings().value(QStringLiteral("sender/kvk")).toString();
}

void Settings::setSenderKvk(const QString& value)
{
    QSettings().setValue(QStringLiteral("sender/kvk"), value);
}

QString Settings::senderFromName() const
{
    return QSettings().value(QStringLiteral("sender/fromName")).toString();
}

void Settings::setSenderFromName(const QString& value)
{
    QSettings().setValue(QStringLiteral("sender/fromName"), value);
}

QString Settings::senderFromEmail() const
{
    return QSettings().value(QStringLiteral("sender/fromEmail")).toString();
}

void Settings::setSenderFromEmail(const QString& value)
{
    QSettings().setValue(QStringLiteral("sender/fromEmail"), value);
}
