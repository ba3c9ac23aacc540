#include "DevCerts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;

Error failed(const char* what)
{
    return Error{Error::Code::Invalid, QStringLiteral("OpenSSL could not %1").arg(what)};
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCert(EVP_PKEY* key, const char* commonName, long serial, int days, X509* issuer,
              EVP_PKEY* issuerKey)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Sendtrix development"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509* signer = issuer ? issuer : cert.get();
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash") &&
              addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (!issuer) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExtension(cert.get(), signer, NID_subject_alt_name,
                          "DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

template <typename Write> Result<void> writePem(const QString& path, Write write, bool secret)
{
    std::unique_ptr<BIO, Free> bio(BIO_new(BIO_s_mem()));
    if (!write(bio.get()))
        return failed("write a PEM file");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QSaveFile file(path);
    if (secret) {
        // Created readable by the owner only, before any byte of the key is written.
        QFile::remove(path);
        QFile touch(path);
        if (!touch.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{Error::Code::ReadOnly, QStringLiteral("cannot write %1").arg(path)};
        touch.close();
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(data, size) != size || !file.commit())
        return Error{Error::Code::ReadOnly,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    if (secret)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

Result<void> DevCerts::create(const QString& dirPath)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{Error::Code::ReadOnly, QStringLiteral("cannot create %1").arg(dirPath)};
    Key caKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return failed("generate a key");
    const long serial = long(QDateTime::currentSecsSinceEpoch());
    Cert ca = makeCert(caKey.get(), "Sendtrix development CA", serial, 3650, nullptr, nullptr);
    if (!ca)
        return failed("make the CA certificate");
    Cert server = makeCert(serverKey.get(), "localhost", serial + 1, 365, ca.get(), caKey.get());
    if (!server)
        return failed("make the server certificate");
    if (auto r = writePem(
            dir.filePath(QStringLiteral("ca.pem")),
            [&](BIO* b) { return PEM_write_bio_X509(b, ca.get()) == 1; }, false);
        !r.ok())
        return r;
    if (auto r = writePem(
            dir.filePath(QStringLiteral("ca.key")),
            [&](BIO* b) {
                return PEM_write_bio_PrivateKey(b, caKey.get(), nullptr, nullptr, 0, nullptr,
                                                nullptr) == 1;
            },
            true);
        !r.ok())
        return r;
    if (auto r = writePem(
            dir.filePath(QStringLiteral("server.pem")),
            [&](BIO* b) { return PEM_write_bio_X509(b, server.get()) == 1; }, false);
        !r.ok())
        return r;
    return writePem(
        dir.filePath(QStringLiteral("server.key")),
        [&](BIO* b) {
            return PEM_write_bio_PrivateKey(b, serverKey.get(), nullptr, nullptr, 0, nullptr,
                                            nullptr) == 1;
        },
        true);
}
