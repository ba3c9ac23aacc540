#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <optional>

class Store;

// Addresses that are never mailed again (SPEC §2): unsubscribed, bounced, complained and
// erased. Entries are keyed by a salted SHA-256 of the normalised address; an erased
// person is kept only as that hash. Contact creation, import and sending consult it.
class SuppressionList
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionList)

public:
    enum class Reason { Unsubscribed, Bounced, Complained, Erased };
    struct Entry
    {
        Reason reason = Reason::Unsubscribed;
        qint64 since = 0; // UTC ms
    };

    explicit SuppressionList(Store& store)
        : m_store(store)
    {}

    std::optional<Entry> find(const QString& email);
    // Adds the address, or keeps the entry it already has (the earliest reason stands).
    Result<void> add(const QString& email, Reason reason, qint64 atMs);
    // Replaces any entry of the address by a hash-only one.
    Result<void> addErased(const QString& email, qint64 atMs);
    // Takes the address off the list after new, explicit consent; true if it was on it.
    Result<bool> lift(const QString& email);
    qint64 count();

    QString hashOf(const QString& email);
    // The same for an address that is already normalised (EmailAddress::check).
    QString hashOfNormalized(const QString& normalizedEmail);
    // The hashes of every live entry: a bulk writer tests addresses against these in memory
    // and asks find() only for the few that match.
    QSet<QString> liveHashes();
    static QString reasonName(Reason reason);
    static QString reasonLabel(Reason reason); // translated
    // "unsubscribed on 3 March 2026": for messages that explain a refusal.
    static QString describe(const Entry& entry);

private:
    Result<void> insert(const QString& hash, const QString& email, Reason reason, qint64 atMs);

    Store& m_store;
    QString m_salt;
};
