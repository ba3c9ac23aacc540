#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): the one place a secret of Sendtrix is kept. Every call
// blocks (a local event loop) until the keychain answers or the timeout passes, so a
// locked keychain that waits for an unlock dialog never hangs the caller. The insecure
// fallback (plain text in a settings file) is never enabled.
//
// Use it from one thread (the GUI thread or the CLI's): QtKeychain runs its jobs one at a
// time on the thread that started the first one.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)

public:
    enum class Status {
        Ok,
        NotFound,    // read or remove: there is no such entry
        Unavailable, // no keychain at all (no Secret Service, no session bus)
        Denied,      // the keychain is locked or the user refused
        TimedOut,    // no answer within the timeout (a locked keychain waiting for a dialog)
        Failed,      // anything else
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // read: the secret
        QString message; // translated, for the user; empty when Ok
        QString detail;  // the keychain's own words (not translated), for a details view

        bool ok() const { return status == Status::Ok; }
    };

    static constexpr int DefaultTimeoutMs = 5000;
    // The service name every entry of Sendtrix is stored under.
    static QString service();
    // "https://host:port anna@example.nl": one entry per server and account.
    static QString keyFor(const QUrl& server, const QString& email);

    explicit Keychain(int timeoutMs = DefaultTimeoutMs)
        : m_timeoutMs(timeoutMs)
    {}

    Result read(const QString& key);
    Result write(const QString& key, const QString& secret);
    Result remove(const QString& key);
    // Whether a keychain answers at all: reads an entry nobody writes (not found is fine).
    Result probe();

private:
    int m_timeoutMs;
};
