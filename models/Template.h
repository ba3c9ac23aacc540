#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// A newsletter template (SPEC §3): HTML with Mustache merge fields, a subject (merge
// fields too) and, when the user wrote one, a plain-text part of its own.
struct Template
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> rev;
    qint64 updatedAt = 0;
    bool deleted = false;
    qint64 createdAt = 0;
    QString name;
    QString subject;
    QString html;
    std::optional<QString> textOverride; // empty: the plain text is made from the HTML

    bool sameContent(const Template& o) const
    {
        return name == o.name && subject == o.subject && html == o.html &&
               textOverride == o.textOverride;
    }
};

// A saved state of a template, kept for ever (restore any).
struct TemplateRevision
{
    qint64 id = 0;
    QString uuid;
    qint64 templateId = 0;
    int number = 0; // 1, 2, … per template
    qint64 savedAt = 0;
    QString reason; // create, save, autosave, restore
    QString name;
    QString subject;
    QString html;
    std::optional<QString> textOverride;
};

// An image of a template, stored once per content.
struct Asset
{
    qint64 id = 0;
    QString uuid;
    QString sha256; // hex, of the content
    QString name;
    QString mimeType;
    qint64 size = 0;
};
