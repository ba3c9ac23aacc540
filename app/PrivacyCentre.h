#pragma once

#include "AccountEvents.h"
#include "PolicyDocuments.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <optional>

class Store;

// The account's side of privacy (issue 8) for the privacy centre, the banner and the
// acknowledgment dialog: the policy versions (bundled and published by the server), which
// one the banner announces and which one waits for an acknowledgment, the user's own
// consents, the service announcements, and the payload of the usage statistics. Every
// choice is an AccountEvents event (synced). "Now" is Clock::nowMs().
class PrivacyCentre : public QObject
{
    Q_OBJECT

public:
    explicit PrivacyCentre(Store& store, QObject* parent = nullptr);

    // The versions the server published (kept for offline).
    QList<PolicyDocuments::Version> published();
    QList<PolicyDocuments::Version> versions();
    PolicyDocuments::Version inForce();
    std::optional<PolicyDocuments::Version> upcoming();
    // The version in force when the user has not acknowledged it yet.
    std::optional<PolicyDocuments::Version> toAcknowledge();
    Result<void> acknowledge(const QString& policyId);

    bool consent(const QString& subject);
    Result<bool> setConsent(const QString& subject, bool on);
    QVector<AccountEvents::Event> history();

    struct Announcement
    {
        QString id;
        QString kind; // maintenance, outage, info
        QDateTime starts, ends;
        QString title, body; // in the language asked for
    };
    // Announcements not over yet and not dismissed, in `language` ("nl", otherwise English).
    QList<Announcement> announcements(const QString& language);
    Result<void> dismiss(const QString& announcementId);

    // What the usage statistics would send now (shown as it is, before anything is sent).
    QJsonObject usagePayload();

    // "What Sendtrix keeps about you" (AccountDataReport) for the account last logged in.
    QJsonObject dataReport();
    // Writes the report to `path` as JSON (format "json") or as a readable HTML page
    // ("html") in `language`, all or nothing (QSaveFile).
    Result<void> saveDataReport(const QString& path, const QString& format,
                                const QString& language);

    // Something the centre shows may have changed (after a sync): tell the views.
    void refresh() { emit changed(); }

signals:
    void changed();

private:
    Store& m_store;
};
