#pragma once

#include <QString>

// Dutch surnames sort by their main part: "de Vries" under V, "van den Berg" under B,
// as in a Dutch address book. The particles (tussenvoegsels) follow after a comma.
namespace DutchName {

// "van den Berg" → "Berg, van den"; "Jansen" → "Jansen"; "de" alone stays "de".
QString sortKey(const QString& lastName);

} // namespace DutchName
