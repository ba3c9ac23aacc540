#include "MailingFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

QColor MailingFormat::stateColor(MailingState state)
{
    switch (state) {
    case MailingState::Draft:
        return QColor(QStringLiteral("#6b7280"));
    case MailingState::Scheduled:
        return QColor(QStringLiteral("#1e6fd9"));
    case MailingState::Sending:
        return QColor(QStringLiteral("#7c3aed"));
    case MailingState::Sent:
        return QColor(QStringLiteral("#2e7d32"));
    case MailingState::Cancelled:
        return QColor(QStringLiteral("#8d6e63"));
    case MailingState::Failed:
        return QColor(QStringLiteral("#b3261e"));
    case MailingState::Paused:
        return QColor(QStringLiteral("#b26a00"));
    }
    return QColor(QStringLiteral("#6b7280"));
}

QString MailingFormat::stateLabel(MailingState state)
{
    QString label = MailingStates::label(state);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString MailingFormat::systemZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(id);
}

QStringList MailingFormat::zoneChoices()
{
    QStringList zones{QStringLiteral("Europe/Amsterdam")};
    const QString system = systemZone();
    if (!zones.contains(system))
        zones << system;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromUtf8(id);
        if (!zones.contains(zone))
            zones << zone;
    }
    return zones;
}

QString MailingFormat::when(qint64 utcMs, const QString& timeZone, bool longDate)
{
    const QTimeZone zone(timeZone.isEmpty() ? QTimeZone::systemTimeZoneId() : timeZone.toUtf8());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(
        utcMs, zone.isValid() ? zone : QTimeZone(QTimeZone::systemTimeZoneId()));
    const QLocale locale;
    QString text =
        tr("%1 at %2")
            .arg(locale.toString(at.date(), longDate ? QLocale::LongFormat : QLocale::ShortFormat),
                 locale.toString(at.time(), QLocale::ShortFormat));
    if (!timeZone.isEmpty() && timeZone != systemZone())
        text += QStringLiteral(" (%1)").arg(timeZone);
    return text;
}

QString MailingFormat::sendTime(const Mailing& m, bool longDate)
{
    if (m.scheduleAt)
        return when(*m.scheduleAt, m.timeZone, longDate);
    return tr("As soon as possible");
}
