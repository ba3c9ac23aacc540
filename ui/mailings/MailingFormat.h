#pragma once

#include "Mailing.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

// How the Mailings area words and colours what a mailing is: its state as a badge, its
// send time in the mailing's own time zone. Shared by the list and the editor.
class MailingFormat
{
    Q_DECLARE_TR_FUNCTIONS(MailingFormat)

public:
    // The badge colour of a state (draft grey, scheduled blue, sent green, failed red…).
    static QColor stateColor(MailingState state);
    // The state's name as a badge shows it: "Draft", "Scheduled" (capitalised label).
    static QString stateLabel(MailingState state);
    // "Tuesday 18 November 2026 at 09:00", with the zone added when it is not the
    // computer's own ("… at 09:00 (America/New_York)").
    static QString when(qint64 utcMs, const QString& timeZone, bool longDate = false);
    // The send time of a mailing: a time, or "As soon as possible".
    static QString sendTime(const Mailing& m, bool longDate = false);
    // The computer's own zone, as an IANA id ("Europe/Amsterdam"), UTC when unknown.
    static QString systemZone();
    // The zones a user picks from: Europe/Amsterdam first, then the system zone, then all.
    static QStringList zoneChoices();
};
