#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <string>

namespace kainjow::mustache {
template <typename S> class basic_mustache;
}

// Merge fields through Mustache (kainjow/mustache, Debian's libkainjow-mustache-dev):
// compiled once per mailing, rendered per contact. {{first_name}} is HTML-escaped,
// {{{x}}} is not (for the built-in URLs); sections {{#company}}…{{/company}} show only
// when the field has a value, inverted sections {{^first_name}}klant{{/first_name}} give
// a default for an empty one. Custom fields are {{custom.NAME}}. The subject takes merge
// fields too, without HTML escaping.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    struct Context
    {
        QString unsubscribeUrl; // {{unsubscribe_url}}
        QString viewOnlineUrl;  // {{view_online_url}}
        QString senderAddress;  // {{sender_address}}: the sender's postal address
        QString senderName;     // {{sender_name}}: the sender's company name
    };
    struct Rendered
    {
        std::string subject; // UTF-8
        std::string html;    // UTF-8
    };

    ~TemplateRenderer();
    TemplateRenderer(TemplateRenderer&&) noexcept;

    // Fails on unbalanced sections or a malformed tag, naming where.
    static Result<TemplateRenderer> compile(const QString& subject, const QString& html);
    Rendered render(const Contact& contact, const Context& context) const;
    // Built-ins for a preview or a test render: links that can never reach anyone (the
    // .invalid top-level domain never resolves) and the sender's postal address, or a
    // reminder to set it when there is none yet.
    static Context previewContext(const QString& senderAddress, const QString& senderName = {});
    // A postal address as typed in Settings, on one line: "Oudegracht 1, 3511 AA Utrecht".
    static QString addressLine(const QString& address);

    // The field names a template may use (contact fields and the built-ins).
    static const QStringList& knownFields();
    struct Tag
    {
        QString name; // without #, ^, /, { or &
        int line = 0; // 1-based
    };
    // The merge fields in a text, in order, with their line (for the linter).
    static QVector<Tag> tags(const QString& text);
    // Those that name no field (custom.* names are allowed).
    static QVector<Tag> unknownTags(const QString& text);

private:
    TemplateRenderer() = default;

    std::unique_ptr<kainjow::mustache::basic_mustache<std::string>> m_subject;
    std::unique_ptr<kainjow::mustache::basic_mustache<std::string>> m_html;
    size_t m_subjectSize = 0;
    size_t m_htmlSize = 0;
};
