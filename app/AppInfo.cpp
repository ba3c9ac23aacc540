#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <sendtrix/Version.h>

namespace AppInfo {

void setupIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sendtrix"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sendtrix.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Sendtrix"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(SENDTRIX_VERSION);
}

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sendtrix.db"));
}

} // namespace AppInfo
