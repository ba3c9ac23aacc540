#include "TemplateRenderer.h"

#include <QRegularExpression>
#include <kainjow/mustache.hpp>
#include <vector>

namespace mstch = kainjow::mustache;

namespace {

std::string utf8(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), size_t(b.size()));
}

// Where a parse error is, as a line: kainjow names the byte offset ("at N").
QString describe(const std::string& message, const QString& text, const QString& part)
{
    static const QRegularExpression at(QStringLiteral("at (\\d+)"));
    const QString m = QString::fromStdString(message);
    const auto match = at.match(m);
    if (!match.hasMatch())
        return TemplateRenderer::tr("The merge fields of the %1 are not right: %2").arg(part, m);
    const QByteArray bytes = text.toUtf8();
    const int offset = std::min<int>(match.captured(1).toInt(), int(bytes.size()));
    const int line = int(bytes.left(offset).count('\n')) + 1;
    return TemplateRenderer::tr("Line %1 of the %2: the merge fields are not right (%3)")
        .arg(line)
        .arg(part, m);
}

// kainjow's parser cuts text into a piece per word and per line (it looks for standalone
// tags: a section tag alone on its line takes the line with it), so a 30 KB newsletter
// became thousands of pieces and rendered at 9,000 a second. Text between tags is
// therefore stored with its spaces, and the line breaks that cannot matter to a tag, as
// characters that cannot occur in a template (U+0001 and U+0002, control characters HTML
// does not allow), and put back after rendering in one pass over the result. A line
// break stays real when the line before or after it holds a tag, and a line with a tag
// keeps the spaces at its ends and next to its tags, so standalone tags keep their
// meaning: the output is the library's own, byte for byte (a test compares the two).
constexpr char kSpace = '\x01';
constexpr char kNewline = '\x02';

std::string protectSpaces(const std::string& text)
{
    const size_t n = text.size();
    // Which lines hold a tag: their line breaks, and the ones before them, stay real.
    std::vector<bool> tagged(1, false);
    for (size_t k = 0; k + 1 < n; ++k) {
        if (text[k] == '\n')
            tagged.push_back(false);
        else if (text[k] == '{' && text[k + 1] == '{')
            tagged.back() = true;
    }
    // Which spaces may be stored as kSpace: all of them on a line without a tag; on a line
    // with one, those between two characters that are not braces, so the whitespace that
    // decides whether a tag stands alone on its line stays real.
    std::vector<bool> keep(n, false);
    size_t line = 0;
    for (size_t lineStart = 0; lineStart < n; ++line) {
        size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string::npos)
            lineEnd = n;
        if (tagged[line]) {
            for (size_t k = lineStart; k < lineEnd;) {
                if (text[k] != ' ') {
                    ++k;
                    continue;
                }
                size_t runEnd = k;
                while (runEnd < lineEnd && text[runEnd] == ' ')
                    ++runEnd;
                const bool interior = k > lineStart && runEnd < lineEnd && text[k - 1] != '{' &&
                                      text[k - 1] != '}' && text[runEnd] != '{' &&
                                      text[runEnd] != '}' && text[k - 1] != '\t' &&
                                      text[runEnd] != '\t' && text[runEnd] != '\r';
                if (!interior)
                    for (size_t r = k; r < runEnd; ++r)
                        keep[r] = true;
                k = runEnd;
            }
        }
        lineStart = lineEnd + 1;
    }
    std::string out;
    out.reserve(n);
    line = 0;
    size_t i = 0;
    while (i < n) {
        if (text.compare(i, 2, "{{") == 0) {
            // A tag is copied as it is, up to its closing braces.
            const bool triple = text.compare(i, 3, "{{{") == 0;
            const size_t end = text.find(triple ? "}}}" : "}}", i + 2);
            if (end == std::string::npos) {
                out.append(text, i, std::string::npos); // the parser will name the problem
                break;
            }
            const size_t stop = end + (triple ? 3 : 2);
            for (size_t k = i; k < stop; ++k)
                line += text[k] == '\n';
            out.append(text, i, stop - i);
            i = stop;
            continue;
        }
        const char c = text[i];
        if (c == '\n') {
            const bool real = tagged[line] || (line + 1 < tagged.size() && tagged[line + 1]);
            out += real ? c : kNewline;
            ++line;
        } else {
            out += c == ' ' && !keep[i] ? kSpace : c;
        }
        ++i;
    }
    return out;
}

// Branch-free, so the compiler turns it into vector code (GCC only does that at -O3 unless
// asked): this pass over every body was half the rendering time as a plain loop.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("tree-vectorize")))
#endif
void restoreSpaces(std::string& s)
{
    char* p = s.data();
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = p[i];
        p[i] = c == kSpace ? ' ' : (c == kNewline ? '\n' : c);
    }
}

} // namespace

TemplateRenderer::~TemplateRenderer() = default;
TemplateRenderer::TemplateRenderer(TemplateRenderer&&) noexcept = default;

Result<TemplateRenderer> TemplateRenderer::compile(const QString& subject, const QString& html)
{
    TemplateRenderer r;
    r.m_subjectSize = size_t(subject.size());
    r.m_htmlSize = size_t(html.size());
    r.m_subject = std::make_unique<mstch::mustache>(protectSpaces(utf8(subject)));
    if (!r.m_subject->is_valid())
        return Error{Error::Code::Invalid,
                     describe(r.m_subject->error_message(), subject, tr("subject")),
                     QStringLiteral("subject")};
    // The subject is plain text: no HTML escaping there.
    r.m_subject->set_custom_escape([](const std::string& s) { return s; });
    r.m_html = std::make_unique<mstch::mustache>(protectSpaces(utf8(html)));
    if (!r.m_html->is_valid())
        return Error{Error::Code::Invalid, describe(r.m_html->error_message(), html, tr("HTML")),
                     QStringLiteral("html")};
    return r;
}

TemplateRenderer::Rendered TemplateRenderer::render(const Contact& c, const Context& ctx) const
{
    mstch::data d;
    const auto field = [&d](const char* name, const QString& value) {
        // An empty field is false for sections, so {{^x}}default{{/x}} works.
        if (value.isEmpty())
            d.set(name, mstch::data(mstch::data::type::bool_false));
        else
            d.set(name, utf8(value));
    };
    field("email", c.email);
    field("first_name", c.firstName);
    field("last_name", c.lastName);
    field("company", c.company);
    field("phone", c.phone);
    field("street", c.street);
    field("postal_code", c.postalCode);
    field("city", c.city);
    field("country", c.country);
    field("website", c.website);
    mstch::data custom;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it) {
        if (it.value().isEmpty())
            custom.set(utf8(it.key()), mstch::data(mstch::data::type::bool_false));
        else
            custom.set(utf8(it.key()), utf8(it.value()));
    }
    d.set("custom", custom);
    field("unsubscribe_url", ctx.unsubscribeUrl);
    field("view_online_url", ctx.viewOnlineUrl);
    field("sender_address", ctx.senderAddress);
    field("sender_name", ctx.senderName);
    // Appended into one string reserved at about the size of the result: the library's
    // own render() goes through a stringstream, which took half the time.
    Rendered out;
    out.subject.reserve(m_subjectSize + 64);
    m_subject->render(d, [&out](const std::string& s) { out.subject += s; });
    out.html.reserve(m_htmlSize + 1024);
    m_html->render(d, [&out](const std::string& s) { out.html += s; });
    restoreSpaces(out.subject);
    restoreSpaces(out.html);
    return out;
}

QString TemplateRenderer::addressLine(const QString& address)
{
    QStringList lines;
    for (const QString& line : address.split(QLatin1Char('\n')))
        if (const QString l = line.trimmed(); !l.isEmpty())
            lines << l;
    return lines.join(QLatin1String(", "));
}

TemplateRenderer::Context TemplateRenderer::previewContext(const QString& senderAddress,
                                                           const QString& senderName)
{
    Context c;
    c.unsubscribeUrl = QStringLiteral("https://preview.invalid/unsubscribe");
    c.viewOnlineUrl = QStringLiteral("https://preview.invalid/view-online");
    const QString address = addressLine(senderAddress);
    c.senderAddress = address.isEmpty() ? tr("[your postal address: set it in Settings]") : address;
    c.senderName = senderName.trimmed().isEmpty() ? tr("[your company name: set it in Settings]")
                                                  : senderName.trimmed();
    return c;
}

const QStringList& TemplateRenderer::knownFields()
{
    static const QStringList fields{
        QStringLiteral("email"),           QStringLiteral("first_name"),
        QStringLiteral("last_name"),       QStringLiteral("company"),
        QStringLiteral("phone"),           QStringLiteral("street"),
        QStringLiteral("postal_code"),     QStringLiteral("city"),
        QStringLiteral("country"),         QStringLiteral("website"),
        QStringLiteral("unsubscribe_url"), QStringLiteral("view_online_url"),
        QStringLiteral("sender_address"),  QStringLiteral("sender_name")};
    return fields;
}

QVector<TemplateRenderer::Tag> TemplateRenderer::tags(const QString& text)
{
    // {{name}}, {{{name}}}, {{&name}}, {{#name}}, {{^name}}, {{/name}}; comments ({{! …}})
    // and partials are not fields.
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{(\\{|&|#|\\^|/)?\\s*([^}!>=\\s][^}]*?)\\s*\\}?\\}\\}"));
    QVector<Tag> out;
    int line = 1;
    qsizetype counted = 0;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        line += int(text.mid(counted, m.capturedStart() - counted).count(QLatin1Char('\n')));
        counted = m.capturedStart();
        out.push_back({m.captured(2).trimmed(), line});
    }
    return out;
}

QVector<TemplateRenderer::Tag> TemplateRenderer::unknownTags(const QString& text)
{
    QVector<Tag> out;
    for (const Tag& t : tags(text)) {
        const bool custom = t.name.startsWith(QLatin1String("custom.")) && t.name.size() > 7;
        if (!custom && !knownFields().contains(t.name))
            out.push_back(t);
    }
    return out;
}
