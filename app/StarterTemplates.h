#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// A ready-made newsletter to begin a template with (SPEC §3).
struct StarterTemplate
{
    QString id;          // the same in every language: "newsletter", "promotion", "event"
    QString title;       // in the app's language, for the picker
    QString description; // in the app's language, for the picker
    QString subject;     // in the template's own language; may hold merge fields
    QString html;        // the template, merge fields in Mustache syntax
};

// The starter templates bundled with the app, in Dutch and English: real e-mail HTML
// (tables, inline CSS, 600 px wide, no external images) that passes the linter as it is.
class StarterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StarterTemplates)

public:
    // "nl" or "en"; any other language gets the English ones. Same ids, same order in both.
    static QVector<StarterTemplate> all(const QString& language);
};
