#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// Who a mailing goes to (SPEC §4): contacts in any of the included lists or segments,
// minus those in any excluded one. Lists and segments are named by uuid (what syncs).
struct Audience
{
    Q_DECLARE_TR_FUNCTIONS(Audience)

public:
    QStringList includeLists;
    QStringList includeSegments;
    QStringList excludeLists;
    QStringList excludeSegments;

    bool includesNothing() const { return includeLists.isEmpty() && includeSegments.isEmpty(); }

    // {"include": {"lists": [uuid…], "segments": […]}, "exclude": {…}}
    QJsonObject toJson() const;
    QByteArray toJsonText() const; // compact
    // Refuses what is not that shape; the error's field names the key ("exclude.lists").
    static Result<Audience> fromJson(const QJsonObject& o);
    static Result<Audience> fromJsonText(const QByteArray& text);

    bool operator==(const Audience& o) const;
    bool operator!=(const Audience& o) const { return !(*this == o); }
};

// draft → (seal) scheduled → sending → sent | failed | cancelled; paused in between.
enum class MailingState { Draft, Scheduled, Sending, Sent, Cancelled, Failed, Paused };

namespace MailingStates {
QString name(MailingState state); // as stored: "draft", "scheduled", …
std::optional<MailingState> fromName(const QString& name);
QString label(MailingState state); // translated
// Whether transition(id, to) may take a mailing from `from` to `to` (draft → scheduled
// only through seal, so not here).
bool canTransition(MailingState from, MailingState to);
const QVector<MailingState>& all();
} // namespace MailingStates

// A mailing (SPEC §4), sync-ready like segments. Until it is sealed it is a draft the
// user edits; sealing freezes content, template, sender and recipients (see
// MailingRepository::seal and the triggers of migration 7).
struct Mailing
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> rev; // server revision; none until synced
    qint64 updatedAt = 0;      // UTC ms
    bool deleted = false;
    qint64 createdAt = 0;

    QString name;
    QString subject;
    QString preheader;
    QString fromName;
    QString fromEmail;
    QString replyTo;
    std::optional<qint64> templateId;
    Audience audience;
    bool clickTracking = false;
    bool openTracking = false;
    std::optional<qint64> scheduleAt; // UTC ms; none: as soon as possible
    QString timeZone;                 // IANA id, for showing the schedule

    MailingState state = MailingState::Draft;
    std::optional<qint64> sealedAt;
    // The sealed snapshot (empty in a draft).
    QString templateHtml;
    QString templateText;
    QString templateSubject;
    QJsonObject sender;

    bool isSealed() const { return sealedAt.has_value(); }
    // What the user edits in a draft (not the name, schedule or snapshot).
    bool sameContent(const Mailing& o) const
    {
        return subject == o.subject && preheader == o.preheader && fromName == o.fromName &&
               fromEmail == o.fromEmail && replyTo == o.replyTo && templateId == o.templateId &&
               audience == o.audience && clickTracking == o.clickTracking &&
               openTracking == o.openTracking && timeZone == o.timeZone;
    }
};

// One frozen recipient of a sealed mailing. The contact id, address, consent state and
// consent event are the sealed row's; the uuid, names and custom fields are the contact's
// when read (empty when the contact is gone or erased).
struct MailingRecipient
{
    qint64 contactId = 0;
    QString contactUuid;
    QString email;
    // At sealing: "subscribed". "erased" once the person was erased (AVG art. 17): the row
    // keeps no personal data and must not be sent to.
    QString consentState;
    std::optional<qint64> consentEventId;
    QString firstName;
    QString lastName;
    QJsonObject customFields;
};
