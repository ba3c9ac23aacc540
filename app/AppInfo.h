#pragma once

#include <QString>

// Identity shared by the desktop app and the CLI, so both find the same store.
namespace AppInfo {

void setupIdentity(); // organisation, application name, version
QString version();
// The store in the user's data folder (QStandardPaths::AppDataLocation).
QString defaultStorePath();

} // namespace AppInfo
