#pragma once

#include <QString>

// The plain-text part of a newsletter, made from the template's HTML as a reader would
// see it in a browser: paragraphs and headings on their own lines, lists with "- " and
// "1. ", links as "text (URL)", images as their [alt text], layout tables as their text,
// wrapped at wrapColumn without breaking a URL or a merge field. Merge fields stay as
// they are ({{first_name}}, also in an href), so the text is merged like the HTML.
// Parsed by HTML Tidy's tree, never by patterns.
class PlainText
{
public:
    // Ends with a single newline. A wrapColumn of 0 or less does not wrap.
    static QString fromHtml(const QString& html, int wrapColumn = 72);
};
