#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// One change of the sync wire format (docs/sync-protocol.md), shared by the desktop's
// SyncEngine and the server: a row of some type, named by the uuid its client made,
// with the server revision it was based on, a tombstone flag and its data.
struct SyncChange
{
    QString type;
    QString uuid;
    qint64 baseRev = 0; // the server revision the client last saw (0: new)
    qint64 rev = 0;     // given by the server
    bool deleted = false;
    qint64 updatedAt = 0; // UTC ms, as the client changed it
    QJsonObject data;
    // The data as compact JSON text when it was read as text (a push's rows, read in bulk):
    // then `data` may be empty and this is what is sent and kept as the base.
    QByteArray dataJson;

    // The entity types that sync, in the names the change log uses.
    static const QStringList& types();
    // Types whose rows are history: never changed once written, so never in conflict
    // (consent events, evidence, erasures, account events).
    static bool isAppendOnly(const QString& type);

    // A change as a client pushes it; `error` names the member that is wrong.
    static Result<SyncChange> fromPush(const QJsonObject& o);
    // A row as the server sends it back (pull, conflict).
    QJsonObject toJson() const;
    // The same as compact JSON text, with the data given as JSON text (as stored).
    QByteArray toJsonText(const QByteArray& dataText) const;

    // A string as a JSON value ("…" with what must be escaped).
    static QByteArray jsonString(const QString& s);
};
