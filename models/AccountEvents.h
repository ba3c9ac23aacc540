#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

class Store;

// The account's own history with Sendtrix (issue 8), written once and synced as
// `account_event` (docs/sync-protocol.md): which privacy policy versions the user
// acknowledged, every change of their own consents, and the service announcements they
// dismissed. Each event has its time; the latest of a subject is its current state.
class AccountEvents
{
    Q_DECLARE_TR_FUNCTIONS(AccountEvents)

public:
    // The kinds, as stored and synced.
    static const QString PolicyAcknowledged;    // subject: policy version id
    static const QString ConsentChanged;        // subject: a consent below; value on/off
    static const QString AnnouncementDismissed; // subject: the announcement's id
    // The user's consents. Both are off until the user turns them on.
    static const QString ProductNews;     // product news and promotions by e-mail
    static const QString UsageStatistics; // anonymous usage statistics

    struct Event
    {
        QString uuid;
        QString kind;
        QString subject;
        QString value;
        qint64 at = 0; // UTC ms
    };

    explicit AccountEvents(Store& store)
        : m_store(store)
    {}

    // Records an event now (Clock::nowMs()) with its change-log entry, in one transaction.
    Result<Event> record(const QString& kind, const QString& subject, const QString& value = {});

    // The consent's current state: the latest change, or off when there is none.
    bool consent(const QString& subject);
    // Records a change only when it changes something; returns whether it did.
    Result<bool> setConsent(const QString& subject, bool on);
    bool acknowledged(const QString& policyId);
    QSet<QString> dismissedAnnouncements();
    // Every event, newest first (for the history in the privacy centre and the export).
    QVector<Event> all();

private:
    Store& m_store;
};
