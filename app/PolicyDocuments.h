#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

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
    QString changesNl; // what changes compared with the version before, in a few sentences
    QString changesEn;
    QString textNl; // a version published by the server carries its text; bundled ones
    QString textEn; // are read from the resources (text() below)

    bool isValid() const { return !id.isEmpty(); }
    QString title(const QString& language) const;
    QString changes(const QString& language) const;
    // The Markdown text in `language` ("nl", otherwise English).
    QString text(const QString& language) const;
};

// A version as the server's GET /api/v1/policy lists it (nl/en: title, text, changes;
// effective_date; published_at in UTC ms). Invalid when something is missing.
Version fromServer(const QJsonObject& o);

// All bundled versions, oldest effective date first; with `published`, also the versions
// the server published (kept in the store: AccountNotices), merged by id (the server's
// copy wins: it may correct a bundled text).
QList<Version> versions();
QList<Version> versions(const QList<Version>& published);
// The version in force at `nowMs` (UTC ms; default Clock::nowMs()): the one with the latest
// effective date on or before that day. Before the first takes effect, the first one (the
// product ships with it), so there is always something to show.
Version inForce(qint64 nowMs);
Version inForce();
Version inForce(qint64 nowMs, const QList<Version>& published);
// The newest version already published but not yet in force at `nowMs`: the one the banner
// announces, from its publication day until the day before it takes effect.
std::optional<Version> upcoming(qint64 nowMs, const QList<Version>& published = {});
// The version the user is asked to acknowledge at `nowMs`: the one in force, once its
// effective day has come (nullopt before the first version takes effect).
std::optional<Version> toAcknowledge(qint64 nowMs, const QList<Version>& published = {});
// Versions in force before `current` (newest first).
QList<Version> earlier(const Version& current);
QList<Version> earlier(const Version& current, const QList<Version>& published);
// The Markdown text of version `id` in `language` ("nl" or "en"; anything else: "en").
// Empty when there is no such version.
QString text(const QString& id, const QString& language);

} // namespace PolicyDocuments
