#include "TemplateLinter.h"

#include "TemplateRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>
#include <tuple>
#include <utility>

namespace {

// Placeholders are made of private-use characters: valid in HTML text and attribute
// values, left alone by Tidy (no warning, no escaping) and never typed by a person.
constexpr char16_t kTokenStart = 0xE000; // starts a placeholder in text or a value
constexpr char16_t kTokenFill = 0xE001;  // pads a placeholder to the tag's length
constexpr char16_t kFirstDigit = 0xE100; // the tag's number is one character from here
constexpr int kDigits = 0xF8FF - 0xE100 + 1;

// A comment placeholder: "<!--", the number, padding, "-->".
constexpr int kCommentMinimum = 8;

int codePoints(const QString& s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s.at(i).isLowSurrogate())
            ++n;
    return n;
}

bool isDigit(QChar c)
{
    return c.unicode() >= kFirstDigit && c.unicode() < kFirstDigit + kDigits;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Tidy reports through a callback; every message of one parse is kept for the rules.
struct TidyReport
{
    uint code = 0;
    TidyReportLevel level = TidyInfo;
    int line = 0;
    int column = 0;
    QStringList args;  // the message's string arguments ("div", "</b>", "<a>", …)
    QString text;      // Tidy's own sentence (English)
    bool said = false; // already part of another finding
};

Bool TIDY_CALL collectReport(TidyMessage message)
{
    auto* reports = static_cast<QVector<TidyReport>*>(tidyGetAppData(tidyGetMessageDoc(message)));
    TidyReport r;
    r.code = tidyGetMessageCode(message);
    r.level = tidyGetMessageLevel(message);
    r.line = tidyGetMessageLine(message);
    r.column = tidyGetMessageColumn(message);
    r.text = QString::fromUtf8(tidyGetMessage(message));
    TidyIterator it = tidyGetMessageArguments(message);
    while (it) {
        TidyMessageArgument arg = tidyGetNextMessageArgument(message, &it);
        if (tidyGetArgType(message, &arg) == tidyFormatType_STRING)
            r.args << QString::fromUtf8(tidyGetArgValueString(message, &arg));
    }
    reports->push_back(r);
    return no; // nothing printed
}

// One parse of the (shielded) template. Tidy only parses here: nothing is cleaned,
// repaired or written, and the options that would change what it reports are off.
class TidyParse
{
public:
    explicit TidyParse(const QString& html)
        : m_doc(tidyCreate())
    {
        tidyBufInit(&m_errors);
        tidySetErrorBuffer(m_doc, &m_errors); // anything not taken by the callback
        tidySetAppData(m_doc, &m_reports);
        tidySetMessageCallback(m_doc, collectReport);
        tidySetCharEncoding(m_doc, "utf8");
        tidyOptSetBool(m_doc, TidyQuiet, yes);
        tidyOptSetBool(m_doc, TidyShowWarnings, yes);
        tidyOptSetBool(m_doc, TidyShowInfo, no);
        tidyOptSetInt(m_doc, TidyShowErrors, 10000);
        tidyOptSetInt(m_doc, TidyTabSize, 1); // columns count characters, as editors do
        tidyOptSetBool(m_doc, TidyWarnPropAttrs, no);
        tidyOptSetBool(m_doc, TidyDropPropAttrs, no);
        tidyOptSetBool(m_doc, TidyDropEmptyElems, no);
        tidyOptSetBool(m_doc, TidyDropEmptyParas, no);
        tidyOptSetBool(m_doc, TidyCoerceEndTags, no);
        tidyOptSetBool(m_doc, TidyJoinStyles, no);
        tidyOptSetBool(m_doc, TidyJoinClasses, no);
        tidyOptSetBool(m_doc, TidyLiteralAttribs, yes);
        tidyOptSetBool(m_doc, TidyFixUri, no);
        tidyOptSetBool(m_doc, TidyFixBackslash, no);
        tidyOptSetBool(m_doc, TidyLowerLiterals, no);
        tidyOptSetBool(m_doc, TidyMetaCharset, no);
        tidyOptSetBool(m_doc, TidyMark, no);
        tidyOptSetBool(m_doc, TidyShowMarkup, no);
        m_status = tidyParseString(m_doc, html.toUtf8().constData());
    }
    ~TidyParse()
    {
        tidyBufFree(&m_errors);
        tidyRelease(m_doc);
    }
    TidyParse(const TidyParse&) = delete;
    TidyParse& operator=(const TidyParse&) = delete;

    TidyDoc doc() const { return m_doc; }
    int status() const { return m_status; }
    const QVector<TidyReport>& reports() const { return m_reports; }

private:
    TidyDoc m_doc;
    TidyBuffer m_errors;
    QVector<TidyReport> m_reports;
    int m_status = 0;
};

QString attribute(TidyNode node, TidyAttrId id, const TemplateLinter::Shielded& shielded)
{
    const TidyAttr attr = tidyAttrGetById(node, id);
    if (!attr || !tidyAttrValue(attr))
        return {};
    return shielded.restore(QString::fromUtf8(tidyAttrValue(attr))).trimmed();
}

bool startsWith(const QString& s, const char* prefix)
{
    return s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

bool hasUnsubscribeTag(const QString& text)
{
    const auto tags = TemplateRenderer::tags(text);
    return std::any_of(tags.cbegin(), tags.cend(), [](const TemplateRenderer::Tag& t) {
        return t.name == QLatin1String("unsubscribe_url");
    });
}

// The file name of an image, as a marketer recognises it ("logo.png").
QString imageName(const QString& src)
{
    QString s = src.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    const QString last = s.section(QLatin1Char('/'), -1);
    return last.isEmpty() ? src : last;
}

LintFinding finding(LintFinding::Severity severity, int line, int column, const char* rule,
                    const QString& message)
{
    return LintFinding{severity, line, column, QString::fromLatin1(rule), message};
}

// What the element rules collect while walking Tidy's tree.
struct Walk
{
    const TemplateLinter::Shielded& shielded;
    QVector<LintFinding>& findings;
    int remoteImages = 0;
    bool unsubscribeLink = false;
};

void checkImage(TidyNode node, Walk& walk)
{
    const int line = int(tidyNodeLine(node));
    const int column = int(tidyNodeColumn(node));
    const QString src = attribute(node, TidyAttr_SRC, walk.shielded);
    // alt="" is allowed: it marks a decorative image.
    if (!tidyAttrGetById(node, TidyAttr_ALT)) {
        const QString message =
            src.isEmpty()
                ? TemplateLinter::tr("Line %1: an image has no alt text; people who block "
                                     "images see nothing.")
                      .arg(line)
                : TemplateLinter::tr("Line %1: the image “%2” has no alt text; people who "
                                     "block images see nothing.")
                      .arg(line)
                      .arg(imageName(src));
        walk.findings << finding(LintFinding::Severity::Warning, line, column, "image-alt",
                                 message);
    }
    if (startsWith(src, "http://"))
        walk.findings << finding(
            LintFinding::Severity::Warning, line, column, "insecure-link",
            TemplateLinter::tr("Line %1: the image “%2” is loaded over http:// instead of "
                               "https://; many e-mail programs will not show it or warn "
                               "about it.")
                .arg(line)
                .arg(imageName(src)));
    // cid: images travel inside the message; a data: URI is inline too.
    if (startsWith(src, "http://") || startsWith(src, "https://") || src.startsWith(u"//"))
        ++walk.remoteImages;
}

void checkLink(TidyNode node, Walk& walk)
{
    const QString href = attribute(node, TidyAttr_HREF, walk.shielded);
    if (hasUnsubscribeTag(href))
        walk.unsubscribeLink = true;
    if (startsWith(href, "http://")) {
        const int line = int(tidyNodeLine(node));
        walk.findings << finding(
            LintFinding::Severity::Warning, line, int(tidyNodeColumn(node)), "insecure-link",
            TemplateLinter::tr("Line %1: the link to “%2” uses http:// instead of https://; "
                               "browsers and spam filters distrust it.")
                .arg(line)
                .arg(href));
    }
}

void walkElements(TidyNode parent, Walk& walk)
{
    for (TidyNode node = tidyGetChild(parent); node; node = tidyGetNext(node)) {
        const TidyNodeType type = tidyNodeGetType(node);
        if (type != TidyNode_Start && type != TidyNode_StartEnd)
            continue;
        switch (tidyNodeGetId(node)) {
        case TidyTag_IMG:
            checkImage(node, walk);
            break;
        case TidyTag_A:
            checkLink(node, walk);
            break;
        default:
            break;
        }
        walkElements(node, walk);
    }
}

QString arg(const TidyReport& r, int i)
{
    return i < r.args.size() ? r.args.at(i) : QString();
}

// Tidy's message as a sentence for a marketer, or nothing for the noise e-mail HTML
// always makes (layout tables, bgcolor, <center>, <font>, a missing <title>, …).
std::optional<LintFinding> htmlFinding(const TidyReport& r)
{
    using S = LintFinding::Severity;
    const int line = r.line;
    const auto html = [&r](S severity, const QString& message) {
        return finding(severity, r.line, r.column, "broken-html", message);
    };
    switch (r.code) {
    case MISSING_DOCTYPE:
        return finding(S::Info, 0, 0, "no-doctype",
                       TemplateLinter::tr("The HTML has no <!DOCTYPE html> line at the top; "
                                          "some e-mail programs then show it in an older, "
                                          "less predictable way."));
    case MISSING_ENDTAG_FOR:
        return html(S::Warning, TemplateLinter::tr("Line %1: the <%2> that starts here is "
                                                   "never closed with </%2>.")
                                    .arg(line)
                                    .arg(arg(r, 0)));
    case MISSING_ENDTAG_BEFORE:
        return html(S::Warning,
                    TemplateLinter::tr("Line %1: <%2> is still open where %3 comes; the tags "
                                       "are mis-nested (close them in the reverse order you "
                                       "opened them).")
                        .arg(line)
                        .arg(arg(r, 0), arg(r, 1)));
    case NON_MATCHING_ENDTAG:
        return html(S::Warning, TemplateLinter::tr("Line %1: </%2> closes an element while "
                                                   "another one inside it is still open; the "
                                                   "tags are mis-nested.")
                                    .arg(line)
                                    .arg(arg(r, 1)));
    case DISCARDING_UNEXPECTED:
        if (arg(r, 0).startsWith(u"</"))
            return html(S::Warning, TemplateLinter::tr("Line %1: %2 does not close anything "
                                                       "that is open here, so it is ignored.")
                                        .arg(line)
                                        .arg(arg(r, 0)));
        return html(S::Warning,
                    TemplateLinter::tr("Line %1: %2 is out of place here and is ignored.")
                        .arg(line)
                        .arg(arg(r, 0)));
    case UNKNOWN_ELEMENT:
    case UNKNOWN_ELEMENT_LOOKS_CUSTOM:
        return html(S::Warning, TemplateLinter::tr("Line %1: %2 is not an HTML element; "
                                                   "e-mail programs ignore it.")
                                    .arg(line)
                                    .arg(arg(r, 0)));
    case REPEATED_ATTRIBUTE:
        return html(S::Warning, TemplateLinter::tr("Line %1: %2 has the attribute “%3” "
                                                   "twice; only one of them is used.")
                                    .arg(line)
                                    .arg(arg(r, 0), arg(r, 2)));
    case JOINING_ATTRIBUTE:
        return html(S::Warning, TemplateLinter::tr("Line %1: %2 has the attribute “%3” "
                                                   "twice; only one of them is used.")
                                    .arg(line)
                                    .arg(arg(r, 0), arg(r, 1)));
    case TAG_NOT_ALLOWED_IN:
        if (arg(r, 0).startsWith(u'<'))
            return html(S::Warning, TemplateLinter::tr("Line %1: %2 is not allowed inside "
                                                       "<%3>; e-mail programs move it "
                                                       "elsewhere.")
                                        .arg(line)
                                        .arg(arg(r, 0), arg(r, 1)));
        return html(S::Warning, TemplateLinter::tr("Line %1: text is not allowed directly "
                                                   "inside <%2>; e-mail programs move it "
                                                   "elsewhere.")
                                    .arg(line)
                                    .arg(arg(r, 1)));
    case UNEXPECTED_GT:
        return html(
            S::Warning,
            TemplateLinter::tr("Line %1: the tag %2 has no closing “>”.").arg(line).arg(arg(r, 0)));
    case UNEXPECTED_END_OF_FILE_ATTR:
        // A quotation mark or ">" missing: everything after the tag is swallowed.
        return html(S::Error, TemplateLinter::tr("Line %1: the HTML ends inside the tag %2 "
                                                 "(a quotation mark or “>” is probably "
                                                 "missing), so what follows it is lost.")
                                  .arg(line)
                                  .arg(arg(r, 0)));
    case UNEXPECTED_END_OF_FILE:
    case UNEXPECTED_ENDTAG:
    case UNEXPECTED_ENDTAG_IN:
    case UNEXPECTED_ENDTAG_ERR:
    case MISSING_STARTTAG:
    case COERCE_TO_ENDTAG:
    case ILLEGAL_NESTING:
    case CANT_BE_NESTED:
    case REPLACING_UNEX_ELEMENT:
    case REPLACING_ELEMENT:
    case TOO_MANY_ELEMENTS:
    case TOO_MANY_ELEMENTS_IN:
    case MISSING_QUOTEMARK:
    case SUSPECTED_MISSING_QUOTE:
    case UNEXPECTED_QUOTEMARK:
        if (arg(r, 0).startsWith(u'<'))
            return html(S::Warning, TemplateLinter::tr("Line %1: a quotation mark in the tag %2 "
                                                       "is missing or one too many, so part of "
                                                       "the e-mail may disappear.")
                                        .arg(line)
                                        .arg(arg(r, 0)));
        return html(S::Warning, TemplateLinter::tr("Line %1: a quotation mark is missing or "
                                                   "one too many, so part of the e-mail may "
                                                   "disappear.")
                                    .arg(line));
    case UNEXPECTED_EQUALSIGN:
    case MISSING_ATTR_VALUE:
    case INVALID_ATTRIBUTE:
    case MALFORMED_COMMENT:
    case MALFORMED_COMMENT_DROPPING:
    case MALFORMED_COMMENT_EOS:
    case MALFORMED_DOCTYPE:
    case DOCTYPE_AFTER_TAGS:
    case INVALID_UTF8:
        return html(S::Warning, TemplateLinter::tr("Line %1: the HTML is not right here "
                                                   "(HTML Tidy: %2).")
                                    .arg(line)
                                    .arg(r.text));
    default:
        break;
    }
    if (r.level == TidyBadDocument || r.level == TidyFatal)
        return html(S::Error, TemplateLinter::tr("Line %1: the HTML cannot be read "
                                                 "(HTML Tidy: %2).")
                                  .arg(line)
                                  .arg(r.text));
    // Everything else (proprietary or obsolete attributes and elements, implied tags,
    // entities, URIs, a missing <title>) is how e-mail HTML is written, or harmless.
    return std::nullopt;
}

void checkHtml(const TidyParse& parse, QVector<LintFinding>& findings)
{
    if (parse.status() < 0) {
        findings << finding(LintFinding::Severity::Error, 0, 0, "broken-html",
                            TemplateLinter::tr("The HTML cannot be read at all."));
        return;
    }
    QVector<TidyReport> reports = parse.reports();
    QStringList unknownElements; // "<foo>": its start and end tag are reported once
    QStringList misnested;       // "</b>": already reported as missing before another tag
    for (const TidyReport& r : std::as_const(reports)) {
        if (r.code == UNKNOWN_ELEMENT || r.code == UNKNOWN_ELEMENT_LOOKS_CUSTOM)
            unknownElements << arg(r, 0);
        if (r.code == MISSING_ENDTAG_BEFORE)
            misnested << QStringLiteral("</%1>").arg(arg(r, 0));
    }
    // The document ending inside a tag is reported where it ends; the tag itself is the
    // last one of its kind left open, which Tidy also reports as never closed.
    for (TidyReport& eof : reports) {
        if (eof.code != UNEXPECTED_END_OF_FILE_ATTR)
            continue;
        QString name = arg(eof, 0);
        name.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        TidyReport* open = nullptr;
        for (TidyReport& r : reports)
            if (r.code == MISSING_ENDTAG_FOR && arg(r, 0) == name &&
                (!open || std::tie(r.line, r.column) > std::tie(open->line, open->column)))
                open = &r;
        if (open) {
            eof.line = open->line;
            eof.column = open->column;
            open->said = true;
        }
    }
    for (const TidyReport& r : std::as_const(reports)) {
        if (r.code == DISCARDING_UNEXPECTED) {
            const QString tag = arg(r, 0);
            QString start = tag;
            start.remove(1, tag.startsWith(u"</") ? 1 : 0);
            if (unknownElements.contains(start) || misnested.contains(tag))
                continue;
        }
        if (r.said)
            continue;
        if (auto f = htmlFinding(r))
            findings << *f;
    }
}

QString unclosedTagInSubject()
{
    return TemplateLinter::tr("The subject has a merge field that is not closed; every “{{” "
                              "needs a matching “}}”.");
}

QString unclosedTagOnLine(int line)
{
    return TemplateLinter::tr("Line %1: a merge field is not closed; every “{{” needs a "
                              "matching “}}”.")
        .arg(line);
}

// A "tag" that runs into markup or over a line end: its "}}" is missing and the next
// tag's closes it ("{{first_name</p><p>{{city}}").
bool runsOn(const QString& name)
{
    return name.contains(QLatin1Char('<')) || name.contains(QLatin1Char('>')) ||
           name.contains(QLatin1Char('\n')) || name.contains(QLatin1String("{{"));
}

// The line TemplateRenderer names in its message ("Line 3 of the HTML: …"): its first
// number, in every translation.
int messageLine(const QString& message)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const auto m = number.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void checkSections(const QString& subject, const QString& html, QVector<LintFinding>& findings)
{
    // kainjow's own words, inside the renderer's message.
    static const QRegularExpression unclosed(QStringLiteral("Unclosed section \"([^\"]*)\""));
    static const QRegularExpression unopened(QStringLiteral("Unopened section \"([^\"]*)\""));
    static const QRegularExpression unclosedTag(QStringLiteral("Unclosed tag"));
    const auto check = [&findings](const QString& text, bool isSubject) {
        const auto compiled = isSubject ? TemplateRenderer::compile(text, QString())
                                        : TemplateRenderer::compile(QString(), text);
        if (compiled.ok())
            return;
        const QString error = compiled.errorMessage();
        const int line = isSubject ? 0 : messageLine(error);
        QString message = error;
        if (const auto m = unclosed.match(error); m.hasMatch())
            message = isSubject ? TemplateLinter::tr("The subject opens the section "
                                                     "“{{#%1}}” but never closes it with "
                                                     "“{{/%1}}”.")
                                      .arg(m.captured(1))
                                : TemplateLinter::tr("Line %1: the section “{{#%2}}” is "
                                                     "never closed; add “{{/%2}}” where it "
                                                     "should end.")
                                      .arg(line)
                                      .arg(m.captured(1));
        else if (const auto m = unopened.match(error); m.hasMatch())
            message = isSubject ? TemplateLinter::tr("The subject closes the section "
                                                     "“{{/%1}}”, which was never opened.")
                                      .arg(m.captured(1))
                                : TemplateLinter::tr("Line %1: “{{/%2}}” closes a section "
                                                     "that was never opened.")
                                      .arg(line)
                                      .arg(m.captured(1));
        const bool section = unclosed.match(error).hasMatch() || unopened.match(error).hasMatch();
        if (unclosedTag.match(error).hasMatch())
            message = isSubject ? unclosedTagInSubject() : unclosedTagOnLine(line);
        findings << finding(LintFinding::Severity::Error, line, 0,
                            section ? "unbalanced-section" : "malformed-tag", message);
    };
    check(subject, true);
    check(html, false);
}

void checkFields(const QString& subject, const QString& html, QVector<LintFinding>& findings)
{
    for (const auto& tag : TemplateRenderer::unknownTags(html)) {
        if (runsOn(tag.name)) {
            findings << finding(LintFinding::Severity::Error, tag.line, 0, "malformed-tag",
                                unclosedTagOnLine(tag.line));
            continue;
        }
        findings << finding(LintFinding::Severity::Warning, tag.line, 0, "unknown-field",
                            TemplateLinter::tr("Line %1: “%2” is not a merge field Sendtrix "
                                               "knows; it would stay empty in every e-mail.")
                                .arg(tag.line)
                                .arg(tag.name));
    }
    for (const auto& tag : TemplateRenderer::unknownTags(subject)) {
        if (runsOn(tag.name)) {
            findings << finding(LintFinding::Severity::Error, 0, 0, "malformed-tag",
                                unclosedTagInSubject());
            continue;
        }
        findings << finding(LintFinding::Severity::Warning, 0, 0, "subject-unknown-field",
                            TemplateLinter::tr("The subject uses “%1”, which is not a merge "
                                               "field Sendtrix knows; it would stay empty.")
                                .arg(tag.name));
    }
}

void checkUnsubscribe(const QString& html, bool asLink, QVector<LintFinding>& findings)
{
    const auto tags = TemplateRenderer::tags(html);
    const auto it = std::find_if(tags.cbegin(), tags.cend(), [](const TemplateRenderer::Tag& t) {
        return t.name == QLatin1String("unsubscribe_url");
    });
    if (it == tags.cend())
        findings << finding(LintFinding::Severity::Error, 0, 0, "missing-unsubscribe",
                            TemplateLinter::tr("The template has no unsubscribe link "
                                               "({{unsubscribe_url}}); such a template can "
                                               "never be sent."));
    else if (!asLink)
        findings << finding(LintFinding::Severity::Warning, it->line, 0, "unsubscribe-not-a-link",
                            TemplateLinter::tr("Line %1: {{unsubscribe_url}} is not a link; "
                                               "put it in the href of an <a> so readers can "
                                               "click it.")
                                .arg(it->line));
}

void checkSenderAddress(const QString& html, const TemplateLinter::Options& options,
                        QVector<LintFinding>& findings)
{
    const auto tags = TemplateRenderer::tags(html);
    const bool hasTag = std::any_of(tags.cbegin(), tags.cend(), [](const TemplateRenderer::Tag& t) {
        return t.name == QLatin1String("sender_address");
    });
    const QString address = options.senderAddress.trimmed();
    if (hasTag) {
        if (address.isEmpty())
            findings << finding(LintFinding::Severity::Warning, 0, 0, "no-sender-address",
                                TemplateLinter::tr("The template shows {{sender_address}}, "
                                                   "but no postal address is set; set your "
                                                   "postal address in Settings."));
        return;
    }
    if (!address.isEmpty() && (html.contains(address) || html.contains(address.toHtmlEscaped())))
        return;
    findings << finding(LintFinding::Severity::Warning, 0, 0, "no-sender-address",
                        TemplateLinter::tr("The e-mail does not show your postal address, "
                                           "which the law requires in marketing e-mail; add "
                                           "{{sender_address}} to the footer."));
}

} // namespace

QVector<LintFinding> TemplateLinter::lint(const QString& subject, const QString& html,
                                          const Options& options)
{
    using S = LintFinding::Severity;
    QVector<LintFinding> findings;
    if (subject.trimmed().isEmpty())
        findings << finding(S::Warning, 0, 0, "empty-subject",
                            tr("The subject is empty; many people never open such an "
                               "e-mail and spam filters distrust it."));
    checkSections(subject, html, findings);
    checkFields(subject, html, findings);

    const Shielded shielded = shieldMustache(html, Between::Blank);
    const TidyParse parse(shielded.html);
    checkHtml(parse, findings);
    Walk walk{shielded, findings};
    walkElements(tidyGetRoot(parse.doc()), walk);
    checkUnsubscribe(html, walk.unsubscribeLink, findings);
    checkSenderAddress(html, options, findings);

    if (walk.remoteImages > options.maxRemoteImages)
        findings << finding(S::Warning, 0, 0, "remote-images",
                            tr("The e-mail loads %n image(s) from the internet; many e-mail "
                               "programs block them until the reader allows it, so make sure "
                               "it reads well without them.",
                               nullptr, walk.remoteImages));
    const qsizetype bytes = html.toUtf8().size();
    constexpr qsizetype gmailLimit = 102 * 1024;
    if (bytes > gmailLimit)
        findings << finding(S::Warning, 0, 0, "too-large",
                            tr("The HTML is %1 KB; Gmail clips messages over 102 KB and hides "
                               "the rest, the unsubscribe link included.")
                                .arg((bytes + 1023) / 1024));

    std::stable_sort(findings.begin(), findings.end(),
                     [](const LintFinding& a, const LintFinding& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return findings;
}

QVector<LintFinding> TemplateLinter::lint(const QString& subject, const QString& html)
{
    return lint(subject, html, Options());
}

bool TemplateLinter::hasErrors(const QVector<LintFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const LintFinding& f) {
        return f.severity == LintFinding::Severity::Error;
    });
}

QString TemplateLinter::severityName(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Error:
        return tr("Error");
    case LintFinding::Severity::Warning:
        return tr("Warning");
    case LintFinding::Severity::Info:
        return tr("Info");
    }
    return {};
}

QByteArray TemplateLinter::toJson(const QVector<LintFinding>& findings)
{
    QJsonArray array;
    for (const LintFinding& f : findings) {
        const char* severity = f.severity == LintFinding::Severity::Error     ? "error"
                               : f.severity == LintFinding::Severity::Warning ? "warning"
                                                                              : "info";
        array.append(QJsonObject{{QStringLiteral("severity"), QLatin1String(severity)},
                                 {QStringLiteral("line"), f.line},
                                 {QStringLiteral("column"), f.column},
                                 {QStringLiteral("rule"), f.rule},
                                 {QStringLiteral("message"), f.message}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// A small lexer, not an HTML parser: it only knows whether a tag stands in text, in an
// attribute value, elsewhere inside a start tag, or in a comment (left as it is).
TemplateLinter::Shielded TemplateLinter::shieldMustache(const QString& html, Between between)
{
    enum class State { Text, Tag, Comment, Declaration };
    Shielded out;
    out.html.reserve(html.size());
    State state = State::Text;
    QChar quote;              // the quotation mark of the attribute value we are in
    bool afterEquals = false; // an unquoted value may start
    bool unquotedValue = false;

    const auto blank = [&out](const QString& tag) {
        for (const QChar c : tag)
            if (!c.isLowSurrogate())
                out.html += (c == u'\n' || c == u'\r') ? c : QChar(u' ');
    };
    const auto number = [&out](const QString& tag) {
        out.tags << tag;
        return QChar(char16_t(kFirstDigit + out.tags.size() - 1));
    };
    const auto token = [&](const QString& tag) {
        if (out.tags.size() >= kDigits)
            return blank(tag);
        out.html += QChar(kTokenStart);
        out.html += number(tag);
        out.html += QString(codePoints(tag) - 2, QChar(kTokenFill));
    };
    const auto comment = [&](const QString& tag) {
        out.html += QLatin1String("<!--");
        out.html += number(tag);
        out.html += QString(codePoints(tag) - kCommentMinimum, QChar(kTokenFill));
        out.html += QLatin1String("-->");
    };

    qsizetype i = 0;
    while (i < html.size()) {
        if (state != State::Comment && html.mid(i, 2) == QLatin1String("{{")) {
            const bool triple = html.mid(i, 3) == QLatin1String("{{{");
            const qsizetype end =
                html.indexOf(triple ? QLatin1String("}}}") : QLatin1String("}}"), i + 2);
            if (end < 0) {
                out.html += html.mid(i); // not a tag: the renderer reports it
                break;
            }
            const qsizetype stop = end + (triple ? 3 : 2);
            const QString tag = html.mid(i, stop - i);
            i = stop;
            if (state == State::Tag) {
                if (afterEquals) {
                    afterEquals = false;
                    unquotedValue = true;
                }
                if (!quote.isNull() || unquotedValue)
                    token(tag);
                else
                    blank(tag); // in the place of an attribute: nothing for Tidy to see
                continue;
            }
            const QChar kind = tag.size() > 2 ? tag.at(2) : QChar();
            const bool section = QStringView(u"#^/!>=").contains(kind);
            if (between == Between::Blank)
                blank(tag);
            else if (section && codePoints(tag) >= kCommentMinimum && out.tags.size() < kDigits)
                comment(tag);
            else
                token(tag);
            continue;
        }
        const QChar c = html.at(i);
        switch (state) {
        case State::Text:
            if (c == u'<') {
                const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
                if (html.mid(i, 4) == QLatin1String("<!--")) {
                    out.html += QLatin1String("<!--");
                    i += 4;
                    state = State::Comment;
                    continue;
                }
                if (next.isLetter() || next == u'/') {
                    state = State::Tag;
                    quote = QChar();
                    afterEquals = unquotedValue = false;
                } else if (next == u'!' || next == u'?') {
                    state = State::Declaration;
                }
            }
            break;
        case State::Tag:
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (unquotedValue) {
                if (isSpace(c))
                    unquotedValue = false;
                else if (c == u'>')
                    state = State::Text;
            } else if (c == u'"' || c == u'\'') {
                if (afterEquals)
                    quote = c;
                afterEquals = false;
            } else if (c == u'=') {
                afterEquals = true;
            } else if (c == u'>') {
                state = State::Text;
            } else if (!isSpace(c) && afterEquals) {
                afterEquals = false;
                unquotedValue = true;
            }
            break;
        case State::Comment:
            if (html.mid(i, 3) == QLatin1String("-->")) {
                out.html += QLatin1String("-->");
                i += 3;
                state = State::Text;
                continue;
            }
            break;
        case State::Declaration:
            if (c == u'>')
                state = State::Text;
            break;
        }
        out.html += c;
        ++i;
    }
    return out;
}

QString TemplateLinter::Shielded::restore(const QString& text) const
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(kTokenStart) && i + 1 < text.size() && isDigit(text.at(i + 1))) {
            const int n = text.at(i + 1).unicode() - kFirstDigit;
            if (n < tags.size())
                out += tags.at(n);
            ++i;
            continue;
        }
        if (c == QChar(kTokenStart) || c == QChar(kTokenFill))
            continue;
        out += c;
    }
    return out;
}

QString TemplateLinter::Shielded::commentTag(const QString& commentText) const
{
    if (commentText.isEmpty() || !isDigit(commentText.at(0)))
        return {};
    for (qsizetype i = 1; i < commentText.size(); ++i)
        if (commentText.at(i) != QChar(kTokenFill))
            return {};
    const int n = commentText.at(0).unicode() - kFirstDigit;
    return n < tags.size() ? tags.at(n) : QString();
}
