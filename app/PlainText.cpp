#include "PlainText.h"

#include "TemplateLinter.h"

#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>
#include <utility>

namespace {

constexpr char16_t kNbsp = 0x00A0;

// One quiet parse: Tidy builds the tree (with its repairs) and prints nothing.
class TidyTree
{
public:
    explicit TidyTree(const QString& html)
        : m_doc(tidyCreate())
    {
        tidyBufInit(&m_errors);
        tidySetErrorBuffer(m_doc, &m_errors);
        tidySetCharEncoding(m_doc, "utf8");
        tidyOptSetBool(m_doc, TidyQuiet, yes);
        tidyOptSetBool(m_doc, TidyShowWarnings, no);
        tidyOptSetBool(m_doc, TidyShowInfo, no);
        tidyOptSetBool(m_doc, TidyDropEmptyElems, no);
        tidyOptSetBool(m_doc, TidyDropEmptyParas, no);
        tidyOptSetBool(m_doc, TidyLiteralAttribs, yes);
        tidyOptSetBool(m_doc, TidyFixUri, no);
        tidyOptSetBool(m_doc, TidyFixBackslash, no);
        tidyOptSetBool(m_doc, TidyMark, no);
        tidyParseString(m_doc, html.toUtf8().constData());
    }
    ~TidyTree()
    {
        tidyBufFree(&m_errors);
        tidyRelease(m_doc);
    }
    TidyTree(const TidyTree&) = delete;
    TidyTree& operator=(const TidyTree&) = delete;

    TidyDoc doc() const { return m_doc; }

    QString value(TidyNode node) const
    {
        TidyBuffer buffer;
        tidyBufInit(&buffer);
        tidyNodeGetValue(m_doc, node, &buffer);
        const QString s = buffer.bp ? QString::fromUtf8(reinterpret_cast<const char*>(buffer.bp),
                                                        qsizetype(buffer.size))
                                    : QString();
        tidyBufFree(&buffer);
        return s;
    }

private:
    TidyDoc m_doc;
    TidyBuffer m_errors;
};

bool isElement(TidyNode node)
{
    const TidyNodeType t = tidyNodeGetType(node);
    return t == TidyNode_Start || t == TidyNode_StartEnd;
}

QString rawAttribute(TidyNode node, TidyAttrId id)
{
    const TidyAttr attr = tidyAttrGetById(node, id);
    return attr && tidyAttrValue(attr) ? QString::fromUtf8(tidyAttrValue(attr)).trimmed()
                                       : QString();
}

bool isBlock(TidyNode node)
{
    if (!isElement(node))
        return false;
    switch (tidyNodeGetId(node)) {
    case TidyTag_P:
    case TidyTag_DIV:
    case TidyTag_H1:
    case TidyTag_H2:
    case TidyTag_H3:
    case TidyTag_H4:
    case TidyTag_H5:
    case TidyTag_H6:
    case TidyTag_UL:
    case TidyTag_OL:
    case TidyTag_LI:
    case TidyTag_DL:
    case TidyTag_DT:
    case TidyTag_DD:
    case TidyTag_TABLE:
    case TidyTag_TBODY:
    case TidyTag_THEAD:
    case TidyTag_TFOOT:
    case TidyTag_TR:
    case TidyTag_TD:
    case TidyTag_TH:
    case TidyTag_CAPTION:
    case TidyTag_BLOCKQUOTE:
    case TidyTag_CENTER:
    case TidyTag_PRE:
    case TidyTag_HR:
    case TidyTag_ADDRESS:
    case TidyTag_SECTION:
    case TidyTag_ARTICLE:
    case TidyTag_HEADER:
    case TidyTag_FOOTER:
    case TidyTag_MAIN:
    case TidyTag_NAV:
    case TidyTag_ASIDE:
    case TidyTag_FIGURE:
    case TidyTag_FIGCAPTION:
    case TidyTag_FORM:
    case TidyTag_FIELDSET:
    case TidyTag_BODY:
        return true;
    default:
        return false;
    }
}

// Not shown by a browser: the head and its kin, and what inline CSS hides (the
// "preheader" text many newsletters carry for the inbox preview).
bool isHidden(TidyNode node)
{
    switch (tidyNodeGetId(node)) {
    case TidyTag_HEAD:
    case TidyTag_TITLE:
    case TidyTag_STYLE:
    case TidyTag_SCRIPT:
    case TidyTag_NOSCRIPT:
    case TidyTag_META:
    case TidyTag_LINK:
    case TidyTag_TEMPLATE:
        return true;
    default:
        break;
    }
    QString style = rawAttribute(node, TidyAttr_STYLE).toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none"));
}

// Characters that only pad or hint ("&zwnj;", "&#847;", soft hyphens): nothing to read.
bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x00AD:
    case 0x034F:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return false;
    }
}

// "www.example.nl", "https://www.example.nl/" and "HTTPS://www.example.nl" are one link.
QString comparable(QString s)
{
    s = s.trimmed().toLower();
    for (const char* scheme : {"https://", "http://", "mailto:"})
        if (s.startsWith(QLatin1String(scheme)))
            s.remove(0, int(qstrlen(scheme)));
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

// How wide a word will be once merged: section tags ({{#x}}, {{^x}}, {{/x}}) and
// comments take no room; a field is counted at the length of its tag.
int visibleWidth(const QString& word)
{
    int width = 0;
    qsizetype i = 0;
    while (i < word.size()) {
        if (word.mid(i, 2) == QLatin1String("{{") && i + 2 < word.size() &&
            QStringView(u"#^/!").contains(word.at(i + 2))) {
            const qsizetype end = word.indexOf(QLatin1String("}}"), i + 2);
            if (end >= 0) {
                i = end + 2;
                continue;
            }
        }
        ++width;
        ++i;
    }
    return width;
}

// Collects lines: inline text into a paragraph (whitespace collapsed as a browser does),
// wrapped when a block ends; at most one empty line between blocks.
class Writer
{
public:
    Writer(int width, const TemplateLinter::Shielded& shielded)
        : m_width(width)
        , m_shielded(shielded)
    {}

    void text(const QString& s)
    {
        for (const QChar c : s) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                m_space = true;
                continue;
            }
            if (isInvisible(c))
                continue;
            if (m_space && !m_para.isEmpty())
                m_para += QLatin1Char(' ');
            m_space = false;
            m_para += c;
        }
    }
    // A piece that must stay in one piece on its line ("[Logo]", "(https://…)").
    void word(const QString& s)
    {
        QString w = s;
        w.replace(QLatin1Char(' '), QChar(kNbsp));
        text(w);
    }
    void space() { m_space = true; }

    qsizetype paraSize() const { return m_para.size(); }
    QString paraFrom(qsizetype start) const { return m_para.mid(start); }
    void truncatePara(qsizetype size, bool spaceBefore)
    {
        m_para.truncate(size);
        m_space = spaceBefore;
    }
    int flushes() const { return m_flushes; }

    // Ends the paragraph; blank asks for an empty line before what comes next.
    void block(bool blank = false)
    {
        flush();
        m_blank = m_blank || blank;
    }
    void lineBreak()
    {
        if (m_para.isEmpty())
            put(QString());
        flush();
    }
    void line(const QString& s)
    {
        flush();
        put(s);
    }
    // A section tag ({{#x}}, {{/x}}) alone on its line, glued to the content it wraps:
    // Mustache then drops the whole line, with no empty line left behind.
    void sectionLine(const QString& tag)
    {
        flush();
        m_lines << m_indent + tag;
    }

    // A list item: its first line starts with the marker, the rest lines up after it.
    QString beginItem(const QString& marker)
    {
        flush();
        const QString saved = m_indent;
        m_marker = marker;
        m_markerIndent = m_indent;
        m_indent += QString(marker.size(), QLatin1Char(' '));
        return saved;
    }
    void endItem(const QString& saved)
    {
        flush();
        m_marker.clear();
        m_indent = saved;
    }

    // The lines added since `from`, as text, for a heading's underline.
    int widest(qsizetype from) const
    {
        int w = 0;
        for (qsizetype i = from; i < m_lines.size(); ++i)
            w = std::max(w, int(m_lines.at(i).trimmed().size()));
        return w;
    }
    qsizetype lineCount() const { return m_lines.size(); }

    QStringList finish()
    {
        flush();
        QStringList out;
        for (QString l : std::as_const(m_lines)) {
            l.replace(QChar(kNbsp), QLatin1Char(' '));
            while (!l.isEmpty() && l.back().isSpace())
                l.chop(1);
            if (l.isEmpty() && (out.isEmpty() || out.back().isEmpty()))
                continue;
            out << l;
        }
        while (!out.isEmpty() && out.back().isEmpty())
            out.removeLast();
        return out;
    }

private:
    void put(const QString& content)
    {
        if (m_blank && !m_lines.isEmpty() && !m_lines.back().isEmpty())
            m_lines << QString();
        m_blank = false;
        QString prefix = m_indent;
        if (!m_marker.isEmpty()) {
            prefix = m_markerIndent + m_marker;
            m_marker.clear();
        }
        m_lines << prefix + m_shielded.restore(content);
    }

    void flush()
    {
        QString para = m_para;
        m_para.clear();
        m_space = false;
        while (para.endsWith(QLatin1Char(' ')))
            para.chop(1);
        if (para.isEmpty())
            return;
        ++m_flushes;
        // Greedy wrapping at spaces only: a URL or a merge field (still a placeholder
        // without spaces here) is never cut, it gets a line of its own when too long.
        const int room = m_width > 0 ? std::max(1, m_width - int(m_indent.size())) : 0;
        const QStringList words = para.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString current;
        int width = 0;
        for (const QString& w : words) {
            const int ww = visibleWidth(w);
            if (!current.isEmpty() && room > 0 && width + 1 + ww > room) {
                put(current);
                current.clear();
                width = 0;
            }
            if (!current.isEmpty()) {
                current += QLatin1Char(' ');
                ++width;
            }
            current += w;
            width += ww;
        }
        if (!current.isEmpty())
            put(current);
    }

    int m_width;
    const TemplateLinter::Shielded& m_shielded;
    QStringList m_lines;
    QString m_para;
    bool m_space = false;
    bool m_blank = false;
    QString m_indent;
    QString m_marker;
    QString m_markerIndent;
    int m_flushes = 0;
};

class Converter
{
public:
    Converter(const TidyTree& tree, const TemplateLinter::Shielded& shielded, int width)
        : m_tree(tree)
        , m_shielded(shielded)
        , m_width(width)
    {}

    void children(TidyNode parent, Writer& out)
    {
        for (TidyNode node = tidyGetChild(parent); node; node = tidyGetNext(node))
            this->node(node, out);
    }

    void node(TidyNode node, Writer& out)
    {
        switch (tidyNodeGetType(node)) {
        case TidyNode_Text:
            out.text(m_tree.value(node));
            return;
        case TidyNode_Comment:
            comment(node, out);
            return;
        case TidyNode_Start:
        case TidyNode_StartEnd:
            break;
        default:
            return; // doctype, CDATA, processing instructions
        }
        if (isHidden(node))
            return;
        switch (tidyNodeGetId(node)) {
        case TidyTag_BR:
            out.lineBreak();
            return;
        case TidyTag_HR:
            out.block(true);
            out.line(QString(m_width > 0 ? m_width : 72, QLatin1Char('-')));
            out.block(true);
            return;
        case TidyTag_IMG: {
            const QString alt = rawAttribute(node, TidyAttr_ALT);
            if (!alt.isEmpty()) {
                out.space();
                out.word(QStringLiteral("[%1]").arg(alt));
                out.space();
            }
            return;
        }
        case TidyTag_A:
            link(node, out);
            return;
        case TidyTag_H1:
        case TidyTag_H2:
        case TidyTag_H3:
        case TidyTag_H4:
        case TidyTag_H5:
        case TidyTag_H6:
            heading(node, out);
            return;
        case TidyTag_P:
        case TidyTag_BLOCKQUOTE:
        case TidyTag_ADDRESS:
        case TidyTag_FIGURE:
            out.block(true);
            children(node, out);
            out.block(true);
            return;
        case TidyTag_UL:
        case TidyTag_OL:
            list(node, out);
            return;
        case TidyTag_TABLE:
            table(node, out);
            return;
        case TidyTag_PRE:
            pre(node, out);
            return;
        default:
            break;
        }
        const bool block = isBlock(node);
        if (block)
            out.block();
        children(node, out);
        if (block)
            out.block();
    }

private:
    // A placeholder comment stands for a Mustache tag between elements. Between blocks a
    // section tag gets its own line; inside text it stays in the text.
    void comment(TidyNode node, Writer& out)
    {
        const QString tag = m_shielded.commentTag(m_tree.value(node));
        if (tag.isEmpty())
            return; // a real comment
        if (standsAlone(node)) {
            out.sectionLine(tag);
        } else {
            out.word(tag);
        }
    }

    static bool isPlaceholderOrBlock(TidyNode node, const TidyTree& tree,
                                     const TemplateLinter::Shielded& shielded)
    {
        if (tidyNodeGetType(node) == TidyNode_Comment)
            return !shielded.commentTag(tree.value(node)).isEmpty();
        return isBlock(node);
    }

    bool standsAlone(TidyNode node) const
    {
        const auto whitespace = [this](TidyNode n) {
            return tidyNodeGetType(n) == TidyNode_Text && m_tree.value(n).trimmed().isEmpty();
        };
        TidyNode prev = tidyGetPrev(node);
        while (prev && whitespace(prev))
            prev = tidyGetPrev(prev);
        TidyNode next = tidyGetNext(node);
        while (next && whitespace(next))
            next = tidyGetNext(next);
        const TidyNode parent = tidyGetParent(node);
        const bool blockParent =
            parent && (isBlock(parent) || tidyNodeGetId(parent) == TidyTag_BODY ||
                       tidyNodeGetType(parent) == TidyNode_Root);
        const bool paragraph =
            parent && (tidyNodeGetId(parent) == TidyTag_P || tidyNodeIsHeader(parent));
        return blockParent && !paragraph &&
               (!prev || isPlaceholderOrBlock(prev, m_tree, m_shielded)) &&
               (!next || isPlaceholderOrBlock(next, m_tree, m_shielded));
    }

    void link(TidyNode node, Writer& out)
    {
        const QString href = rawAttribute(node, TidyAttr_HREF);
        const qsizetype start = out.paraSize();
        const int flushes = out.flushes();
        children(node, out);
        const QString restoredHref = m_shielded.restore(href);
        if (href.isEmpty() || href.startsWith(QLatin1Char('#')) ||
            restoredHref.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
            return;
        QString target = href;
        if (restoredHref.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
            target =
                QUrl::fromPercentEncoding(href.mid(7).section(QLatin1Char('?'), 0, 0).toUtf8());
        }
        if (out.flushes() != flushes) { // the link held blocks: its URL on a line after them
            out.space();
            out.word(QStringLiteral("(%1)").arg(target));
            return;
        }
        const QString linkText = out.paraFrom(start);
        const QString shown = m_shielded.restore(linkText).trimmed();
        if (shown.isEmpty() || comparable(shown) == comparable(m_shielded.restore(target))) {
            // Only the URL: the text said the same, or there was none.
            out.truncatePara(start, linkText.startsWith(QLatin1Char(' ')));
            out.word(target);
            return;
        }
        out.space();
        out.word(QStringLiteral("(%1)").arg(target));
    }

    void heading(TidyNode node, Writer& out)
    {
        out.block(true);
        const qsizetype start = out.lineCount();
        children(node, out);
        out.block();
        const TidyTagId id = tidyNodeGetId(node);
        if (id == TidyTag_H1 || id == TidyTag_H2) {
            const int width = out.widest(start);
            if (width > 0)
                out.line(QString(width, id == TidyTag_H1 ? QLatin1Char('=') : QLatin1Char('-')));
        }
        out.block(true);
    }

    void list(TidyNode node, Writer& out)
    {
        const bool ordered = tidyNodeGetId(node) == TidyTag_OL;
        const bool nested = m_listDepth > 0;
        out.block(!nested);
        ++m_listDepth;
        bool numbered = false;
        int number = rawAttribute(node, TidyAttr_START).toInt(&numbered);
        if (!numbered)
            number = 1;
        for (TidyNode item = tidyGetChild(node); item; item = tidyGetNext(item)) {
            if (!isElement(item) || tidyNodeGetId(item) != TidyTag_LI) {
                this->node(item, out);
                continue;
            }
            const QString marker =
                ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
            const QString saved = out.beginItem(marker);
            children(item, out);
            out.endItem(saved);
        }
        --m_listDepth;
        out.block(!nested);
    }

    void pre(TidyNode node, Writer& out)
    {
        out.block(true);
        QString text;
        const std::function<void(TidyNode)> collect = [&](TidyNode parent) {
            for (TidyNode n = tidyGetChild(parent); n; n = tidyGetNext(n)) {
                if (tidyNodeGetType(n) == TidyNode_Text)
                    text += m_tree.value(n);
                else if (isElement(n) && tidyNodeGetId(n) == TidyTag_BR)
                    text += QLatin1Char('\n');
                else
                    collect(n);
            }
        };
        collect(node);
        if (text.startsWith(QLatin1Char('\n')))
            text.remove(0, 1);
        for (const QString& l : text.split(QLatin1Char('\n')))
            out.line(QString(l).replace(QLatin1Char(' '), QChar(kNbsp)));
        out.block(true);
    }

    // The rows of a table, through thead/tbody/tfoot; placeholders between rows too.
    void rows(TidyNode parent, QVector<TidyNode>& out)
    {
        for (TidyNode n = tidyGetChild(parent); n; n = tidyGetNext(n)) {
            const TidyTagId id = tidyNodeGetId(n);
            if (id == TidyTag_THEAD || id == TidyTag_TBODY || id == TidyTag_TFOOT)
                rows(n, out);
            else
                out << n;
        }
    }

    // A row of short cells becomes one line, "Date | Place"; otherwise (a layout table)
    // each cell is written as the blocks it holds, one after the other.
    void table(TidyNode node, Writer& out)
    {
        out.block();
        QVector<TidyNode> all;
        rows(node, all);
        for (TidyNode row : all) {
            if (!isElement(row) || tidyNodeGetId(row) != TidyTag_TR) {
                this->node(row, out);
                continue;
            }
            out.block();
            QStringList cells;
            bool oneLineEach = true;
            for (TidyNode cell = tidyGetChild(row); cell; cell = tidyGetNext(cell)) {
                if (!isElement(cell) || isHidden(cell))
                    continue;
                Writer probe(0, m_shielded);
                children(cell, probe);
                const QStringList lines = probe.finish();
                if (lines.isEmpty())
                    continue;
                oneLineEach = oneLineEach && lines.size() == 1;
                cells << lines.join(QLatin1Char(' ')).trimmed();
            }
            const QString joined = cells.join(QLatin1String(" | "));
            if (cells.size() > 1 && oneLineEach && (m_width <= 0 || joined.size() <= m_width)) {
                out.line(joined);
            } else {
                for (TidyNode cell = tidyGetChild(row); cell; cell = tidyGetNext(cell)) {
                    if (tidyNodeGetType(cell) == TidyNode_Text)
                        continue; // whitespace between cells
                    out.block();
                    this->node(cell, out);
                    out.block();
                }
            }
            out.block();
        }
        out.block();
    }

    const TidyTree& m_tree;
    const TemplateLinter::Shielded& m_shielded;
    int m_width;
    int m_listDepth = 0;
};

} // namespace

QString PlainText::fromHtml(const QString& html, int wrapColumn)
{
    const auto shielded = TemplateLinter::shieldMustache(html, TemplateLinter::Between::Comments);
    const TidyTree tree(shielded.html);
    Writer out(wrapColumn, shielded);
    Converter(tree, shielded, wrapColumn).children(tidyGetRoot(tree.doc()), out);
    const QStringList lines = out.finish();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
