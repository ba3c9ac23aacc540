#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Which language the interface speaks: the system's by default, or the one chosen in
// settings. Installing a new language sends QEvent::LanguageChange to every widget.
namespace Language {

inline const QString System = QStringLiteral("system");

QStringList available(); // language codes with a bundled translation: "nl", "en"
// Resolves "system" to a bundled language ("en" when the system's is not bundled).
QString resolve(const QString& choice, const QLocale& system = QLocale::system());
// Installs the translators for `choice` on the running application; returns the code used.
QString apply(const QString& choice);
QString current();

} // namespace Language
