#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The privacy policy as bundled with the app (resources/policy/): every published version,
// readable offline in Dutch and English. Which version is in force follows from
// Clock::nowMs(), so tests can move time across an effective date.
namespace PolicyDocuments {

struct Version
{
    QString id;      // e.g. "2026-12"
    QDate published; // the day the version was announced
    QDate effective; // the day it takes effect (at least 30 days after publication)
    QString titleNl;
    QString titleEn;

    bool isValid() const { return !id.isEmpty(); }
    QString title(const QString& language) const;
};

// All bundled versions, oldest effective date first.
QList<Version> versions();
// The version in force at `nowMs` (UTC ms; default Clock::nowMs()): the one with the latest
// effective date on or before that day. Before the first takes effect, the first one (the
// product ships with it), so there is always something to show.
Version inForce(qint64 nowMs);
Version inForce();
// Versions in force before `current` (newest first).
QList<Version> earlier(const Version& current);
// The Markdown text of version `id` in `language` ("nl" or "en"; anything else: "en").
// Empty when there is no such version.
QString text(const QString& id, const QString& language);

} // namespace PolicyDocuments
