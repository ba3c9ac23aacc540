#pragma once

#include <QByteArray>
#include <QString>

// Passwords are kept only as Argon2id hashes (libargon2, the PHC winner, as RFC 9106
// recommends), in the library's encoded form `$argon2id$v=19$m=…,t=…,p=…$salt$hash`, so
// the cost can be raised later without a migration: a stored hash names its own.
namespace PasswordHash {

// 19 MiB, 2 passes, 1 lane: OWASP's minimum for Argon2id; ~40 ms here. Memory is per
// login in flight, so it is kept modest for a server with many threads.
QString hash(const QString& password);
bool verify(const QString& encoded, const QString& password);
// A hash of nothing, verified when an address is unknown, so that a failed login takes
// as long whether or not the account exists.
const QString& dummy();

} // namespace PasswordHash

// Random bytes from OpenSSL's CSPRNG, and the SHA-256 of a secret as hex.
namespace Secrets {
QByteArray random(int bytes);
QString sha256Hex(const QByteArray& data);
} // namespace Secrets
