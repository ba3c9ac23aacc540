#include "PasswordHash.h"

#include <QCryptographicHash>
#include <argon2.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;
} // namespace

QByteArray Secrets::random(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), bytes) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed"); // no entropy: never go on
    return out;
}

QString Secrets::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString PasswordHash::hash(const QString& password)
{
    const QByteArray pwd = password.toUtf8();
    const QByteArray salt = Secrets::random(kSaltBytes);
    const size_t length =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(int(length), '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, pwd.constData(), size_t(pwd.size()),
                              salt.constData(), kSaltBytes, kHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK)
        throw std::runtime_error(argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHash::verify(const QString& encoded, const QString& password)
{
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(encoded.toLatin1().constData(), pwd.constData(), size_t(pwd.size())) ==
           ARGON2_OK;
}

const QString& PasswordHash::dummy()
{
    static const QString h = hash(QString::fromLatin1(Secrets::random(16).toHex()));
    return h;
}
