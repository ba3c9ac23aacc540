#pragma once

#include "Audience.h"
#include "Mailing.h"
#include "Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

class Settings;
class Workspace;
struct Contact;

// Who sends a mailing (SPEC §4): the sender profile of Settings, frozen into every mailing
// when it is sealed.
struct SenderProfile
{
    QString company;
    QString address; // postal address, lines separated by \n
    QString kvk;     // Chamber of Commerce number, where there is one
    QString fromName;
    QString fromEmail;

    static SenderProfile fromSettings(const Settings& settings);
};

// One line of the pre-send checklist.
struct ChecklistItem
{
    enum class Check {
        Template,      // a template is chosen and still exists
        Lint,          // the template has no linter errors
        Unsubscribe,   // the template has an {{unsubscribe_url}} link
        Subject,       // the mailing has a subject
        SenderProfile, // company name and postal address in Settings
        FromAddress,   // a valid "From" address (and reply-to, when given)
        Recipients,    // at least one subscribed, non-suppressed recipient
        Schedule,      // the chosen time is not in the past
        TestSend,      // recommended only: send a test first
    };
    enum class Status { Passed, Failed, Advice }; // Advice: recommended, does not block

    Check check = Check::Template;
    Status status = Status::Passed;
    QString title;  // translated: what is checked ("The template has no errors")
    QString detail; // translated: what is wrong and how to put it right; empty when passed
};

struct Checklist
{
    QVector<ChecklistItem> items;
    // The audience's count, when it could be made (also when it selects nobody).
    std::optional<RecipientCount> recipients;

    bool passed() const; // nothing Failed
    QVector<ChecklistItem> failures() const;
    const ChecklistItem* item(ChecklistItem::Check check) const;
};

// Prepares a mailing for sending (issue 10): the pre-send checklist, what the mailing looks
// like for one recipient, and scheduling (checks, then seals through MailingRepository).
// The rules are here, not in the UI; the desktop app and the CLI both come through here.
class MailingPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MailingPlanner)

public:
    // The subject a mailing goes out with: its own, or else its template's.
    static QString effectiveSubject(const Mailing& m, const Template& t);
    // The identity frozen at sealing: company, address, kvk, from_name, from_email, reply_to;
    // the mailing's own from name and address win over the profile's defaults.
    static QJsonObject senderIdentity(const Mailing& m, const SenderProfile& profile);

    // Every check, in the order the user reads them. `count`: an audience count the caller
    // already made (the editor counts on a worker thread); without it the audience is
    // counted here. nowMs: the time the schedule is compared with.
    static Checklist check(Workspace& ws, const Mailing& m, const SenderProfile& profile,
                           qint64 nowMs, std::optional<RecipientCount> count = std::nullopt);

    // The mailing as one contact would receive it (subject, preheader and HTML with that
    // contact's merge fields; links that can never reach anyone), from the sealed snapshot
    // once there is one, else from the current template.
    struct Preview
    {
        QString subject;
        QString preheader;
        QString html;
        QString text;
        QString to; // "Anna de Vries <anna@example.nl>"
        QString from;
    };
    static Result<Preview> preview(Workspace& ws, const Mailing& m, const Contact& contact,
                                   const SenderProfile& profile);

    // Saves the schedule (none: as soon as possible) into the draft, runs the checklist and,
    // when it passes, seals and schedules the mailing. Refused with the first failure's
    // message (field "checklist") when a check fails. Returns the number of recipients.
    static Result<int> schedule(Workspace& ws, qint64 mailingId, std::optional<qint64> atMs,
                                const QString& timeZone, const SenderProfile& profile,
                                qint64 nowMs);

    // A scheduled time a little in the past is still "now": the user took a minute to click.
    static constexpr qint64 PastGraceMs = 5 * 60 * 1000;
};
