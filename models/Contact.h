#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

// A person on the marketer's lists (SPEC §1). Field names in JSON are the store's columns.
struct Contact
{
    qint64 id = 0;             // local row id; 0 until stored
    QString uuid;              // made by the client, stable across devices
    std::optional<qint64> rev; // server revision; empty until synced
    qint64 createdAt = 0;      // UTC ms
    qint64 updatedAt = 0;      // UTC ms
    bool deleted = false;      // tombstone

    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    QString country;
    QString website;
    QString notes;
    QMap<QString, QString> customFields;

    // "Jan de Vries", or the e-mail address when no name is known.
    QString displayName() const;
    // What every write stores: fields trimmed (not the notes), custom fields without a name
    // dropped and their names trimmed.
    void trimFields();
    // The custom_fields column: a compact JSON object.
    QString customFieldsJson() const;

    QJsonObject toJson() const;
    static Contact fromJson(const QJsonObject& json);

    bool operator==(const Contact& other) const;
    bool operator!=(const Contact& other) const { return !(*this == other); }
};
