#pragma once

#include "Result.h"

#include <QString>

// `sendtrix-server dev-certs DIR`: a certificate authority of one's own (DIR/ca.pem) and a
// certificate it signs for localhost, 127.0.0.1 and ::1 (DIR/server.pem and
// DIR/server.key, readable by the owner only), for development and tests. Clients trust
// ca.pem explicitly; nothing is ever accepted unverified. P-256 keys, SHA-256, the
// server certificate valid for 365 days.
namespace DevCerts {
Result<void> create(const QString& dir);
}
