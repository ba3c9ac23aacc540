#include "templates/HtmlPreview.h"

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <exception>
#include <unordered_map>
#include <vector>

// litehtml's headers only compile in this order (the element headers assume html.h).
// clang-format off
#include <litehtml/litehtml.h>
#include <litehtml/el_body.h>
#include <litehtml/el_image.h>
#include <litehtml/el_table.h>
#include <litehtml/el_td.h>
// clang-format on

// litehtml hands the QPainter back to us as an integer "device context".
static_assert(sizeof(litehtml::uint_ptr) >= sizeof(void*), "litehtml::uint_ptr holds a pointer");

namespace {

constexpr int kDefaultPageWidth = 600;
// Grey surround around the page, so its edges are visible at any window size.
constexpr int kSurroundMargin = 24;
// A nominal screen height for @media queries: the preview never relayouts on resize.
constexpr int kMediaScreenHeight = 800;
constexpr int kDefaultFontSize = 16;
constexpr char kDefaultFontFamily[] = "Arial, Helvetica, sans-serif";
// An <img> that cannot be shown and has no width/height attributes gets this size.
constexpr int kPlaceholderWidth = 100;
constexpr int kPlaceholderHeight = 60;
// Deeper nesting is not laid out: at 12 levels layout takes a few hundred ms, and every
// level more multiplies that by about 2.5 (template builders stay well below, around 6).
constexpr int kMaxTableNesting = 12;

const QColor kSurroundColor(0xe6, 0xe8, 0xeb);
const QColor kPlaceholderFill(0xf1, 0xf3, 0xf5);
const QColor kPlaceholderLine(0xb8, 0xbe, 0xc6);
const QColor kPlaceholderText(0x5f, 0x66, 0x6d);

// The user-agent stylesheet: the HTML defaults a browser (and so a mail client) applies
// before the mail's own CSS. litehtml ships none of its own, so it lives here.
constexpr char kUserAgentCss[] = R"css(
html, address, blockquote, body, center, div, dl, dd, dt, fieldset, form, frameset,
h1, h2, h3, h4, h5, h6, hr, menu, dir, ol, ul, p, pre, article, aside, details, figcaption,
figure, footer, header, hgroup, main, nav, section, summary, legend { display: block; }
head, meta, title, link, style, script, base, template, option, datalist { display: none; }
li { display: list-item; }
img { display: inline-block; }
br { display: inline-block; }
span, a, b, strong, i, em, u, s, strike, font, small, big, sub, sup, code, kbd, samp, tt,
abbr, cite, var, label, mark, q, del, ins { display: inline; }

body { margin: 8px; }
p { margin-top: 1em; margin-bottom: 1em; }
center { text-align: center; }
b, strong, th { font-weight: bold; }
i, em, cite, var, dfn, address { font-style: italic; }
u, ins { text-decoration: underline; }
s, strike, del { text-decoration: line-through; }
small { font-size: smaller; }
big { font-size: larger; }
sub { vertical-align: sub; font-size: smaller; }
sup { vertical-align: super; font-size: smaller; }
mark { background-color: yellow; color: black; }
tt, code, kbd, samp { font-family: monospace; }
pre, xmp, plaintext, listing { display: block; font-family: monospace; white-space: pre;
    margin-top: 1em; margin-bottom: 1em; }
a:link { color: #0000ee; text-decoration: underline; cursor: pointer; }

h1 { font-size: 2em; margin-top: 0.67em; margin-bottom: 0.67em; font-weight: bold; }
h2 { font-size: 1.5em; margin-top: 0.83em; margin-bottom: 0.83em; font-weight: bold; }
h3 { font-size: 1.17em; margin-top: 1em; margin-bottom: 1em; font-weight: bold; }
h4 { margin-top: 1.33em; margin-bottom: 1.33em; font-weight: bold; }
h5 { font-size: 0.83em; margin-top: 1.67em; margin-bottom: 1.67em; font-weight: bold; }
h6 { font-size: 0.67em; margin-top: 2.33em; margin-bottom: 2.33em; font-weight: bold; }
hr { margin-top: 0.5em; margin-bottom: 0.5em; margin-left: auto; margin-right: auto;
    border-style: inset; border-width: 1px; border-color: #9a9a9a; }
blockquote { margin-top: 1em; margin-bottom: 1em; margin-left: 40px; margin-right: 40px; }

ul, menu, dir { list-style-type: disc; margin-top: 1em; margin-bottom: 1em; padding-left: 40px; }
ol { list-style-type: decimal; margin-top: 1em; margin-bottom: 1em; padding-left: 40px; }
ul ul, ol ul { list-style-type: circle; }
ol ol ul, ol ul ul, ul ol ul, ul ul ul { list-style-type: square; }
ol ul, ul ol, ul ul, ol ol { margin-top: 0; margin-bottom: 0; }
dl { margin-top: 1em; margin-bottom: 1em; }
dd { margin-left: 40px; }

table { display: table; border-collapse: separate; border-spacing: 2px;
    border-top-color: gray; border-left-color: gray;
    border-bottom-color: black; border-right-color: black; }
thead, tbody, tfoot { display: table-row-group; vertical-align: middle; }
tr { display: table-row; vertical-align: inherit; border-color: inherit; }
td, th { display: table-cell; vertical-align: inherit; padding: 1px; }
caption { display: table-caption; text-align: center; }
table[border] { border-style: solid; }
table[border|=0] { border-style: none; }
table[border] td, table[border] th { border-style: solid; border-width: 1px;
    border-top-color: black; border-left-color: black;
    border-bottom-color: gray; border-right-color: gray; }
table[border|=0] td, table[border|=0] th { border-style: none; }
td[nowrap], th[nowrap] { white-space: nowrap; }
img[align="left"] { float: left; }
img[align="right"] { float: right; }

input, textarea, select, button { display: inline-block; margin: 0; }
input[type="hidden"] { display: none; }
)css";

QColor toQColor(const litehtml::web_color& c)
{
    return QColor(c.red, c.green, c.blue, c.alpha);
}

QRect toQRect(const litehtml::position& p)
{
    return QRect(p.x, p.y, p.width, p.height);
}

QRectF toQRectF(const litehtml::position& p)
{
    return QRectF(p.x, p.y, p.width, p.height);
}

bool hasRadius(const litehtml::border_radiuses& r)
{
    return r.top_left_x > 0 || r.top_right_x > 0 || r.bottom_right_x > 0 || r.bottom_left_x > 0;
}

// A rectangle with CSS corner radii (each corner elliptical), scaled down as CSS does when
// neighbouring radii together exceed a side.
QPainterPath roundedPath(const QRectF& rect, const litehtml::border_radiuses& r)
{
    qreal tlx = r.top_left_x, tly = r.top_left_y, trx = r.top_right_x, try_ = r.top_right_y;
    qreal brx = r.bottom_right_x, bry = r.bottom_right_y, blx = r.bottom_left_x,
          bly = r.bottom_left_y;
    qreal f = 1.0;
    const auto fit = [&f](qreal sum, qreal length) {
        if (sum > length && sum > 0)
            f = std::min(f, length / sum);
    };
    fit(tlx + trx, rect.width());
    fit(blx + brx, rect.width());
    fit(tly + bly, rect.height());
    fit(try_ + bry, rect.height());
    for (qreal* v : {&tlx, &tly, &trx, &try_, &brx, &bry, &blx, &bly})
        *v *= f;

    QPainterPath path;
    path.moveTo(rect.left() + tlx, rect.top());
    path.lineTo(rect.right() - trx, rect.top());
    if (trx > 0 && try_ > 0)
        path.arcTo(QRectF(rect.right() - 2 * trx, rect.top(), 2 * trx, 2 * try_), 90, -90);
    path.lineTo(rect.right(), rect.bottom() - bry);
    if (brx > 0 && bry > 0)
        path.arcTo(QRectF(rect.right() - 2 * brx, rect.bottom() - 2 * bry, 2 * brx, 2 * bry), 0,
                   -90);
    path.lineTo(rect.left() + blx, rect.bottom());
    if (blx > 0 && bly > 0)
        path.arcTo(QRectF(rect.left(), rect.bottom() - 2 * bly, 2 * blx, 2 * bly), 270, -90);
    path.lineTo(rect.left(), rect.top() + tly);
    if (tlx > 0 && tly > 0)
        path.arcTo(QRectF(rect.left(), rect.top(), 2 * tlx, 2 * tly), 180, -90);
    path.closeSubpath();
    return path;
}

// Remote content is never fetched: the preview works offline and, like a mail client
// that blocks remote images, shows a placeholder instead.
bool isRemote(const QString& src)
{
    const QString s = src.trimmed();
    return s.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("ftp:"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("//"));
}

QPainter* painterOf(litehtml::uint_ptr hdc)
{
    return reinterpret_cast<QPainter*>(hdc);
}

litehtml::uint_ptr handleOf(QPainter* painter)
{
    return reinterpret_cast<litehtml::uint_ptr>(painter);
}

void setRenderHints(QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
}

// litehtml 0.6 reads a CSS gradient in the `background` shorthand as solid black. Mail clients
// without gradients (Gmail, Outlook) drop such a declaration and show the fallback colour
// declared before it; the preview does the same, in <style> blocks and style attributes.
QByteArray withoutGradients(const QString& html)
{
    if (!html.contains(QLatin1String("gradient"), Qt::CaseInsensitive))
        return html.toUtf8();
    static const QRegularExpression css(
        QStringLiteral(R"((<style\b[^>]*>.*?</style\s*>)|(\sstyle\s*=\s*(?:"[^"]*"|'[^']*')))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression declaration(
        QStringLiteral(R"([A-Za-z-]+\s*:[^;{}"'<>]*-gradient\s*\([^;{}"'<>]*;?)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = css.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).mid(done, match.capturedStart() - done);
        out += match.captured(0).remove(declaration);
        done = match.capturedEnd();
    }
    out += QStringView(html).mid(done);
    return out.toUtf8();
}

// An HTML length attribute ("50", "50px", "100%") as CSS, or empty when it is none.
std::string cssLength(const char* value)
{
    if (!value)
        return {};
    static const QRegularExpression length(QStringLiteral("^(\\d{1,5}(?:\\.\\d+)?)(px|%)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = length.match(QString::fromUtf8(value).trimmed());
    if (!match.hasMatch())
        return {};
    const QString unit = match.captured(2).toLower();
    return (match.captured(1) + (unit.isEmpty() ? QStringLiteral("px") : unit)).toStdString();
}

// litehtml 0.6 maps only some of the presentational attributes that mail HTML leans on
// (width, align, bgcolor, valign, cellspacing); these add the rest the way a browser does:
// as the element's lowest-priority style, below any stylesheet and the style attribute.
void addHint(litehtml::style& style, const litehtml::element* element, const char* property,
             const std::string& value)
{
    if (!value.empty())
        style.add_property(property, value.c_str(), nullptr, false, element);
}

// <td height> (spacer rows) and the cellpadding of its own table.
class PreviewCell final : public litehtml::el_td
{
public:
    using litehtml::el_td::el_td;

    void parse_attributes() override
    {
        addHint(m_style, this, "height", cssLength(get_attr("height")));
        for (litehtml::element::ptr el = parent(); el; el = el->parent()) {
            const char* tag = el->get_tagName();
            if (tag && litehtml::t_strcasecmp(tag, "table") == 0) {
                const std::string padding = cssLength(el->get_attr("cellpadding"));
                if (padding.find('%') == std::string::npos)
                    addHint(m_style, this, "padding", padding);
                break;
            }
        }
        litehtml::el_td::parse_attributes();
    }
};

class PreviewTable final : public litehtml::el_table
{
public:
    using litehtml::el_table::el_table;

    void parse_attributes() override
    {
        addHint(m_style, this, "height", cssLength(get_attr("height")));
        litehtml::el_table::parse_attributes();
    }
};

// <body bgcolor text>, still common in mail.
class PreviewBody final : public litehtml::el_body
{
public:
    using litehtml::el_body::el_body;

    void parse_attributes() override
    {
        if (const char* color = get_attr("bgcolor"))
            addHint(m_style, this, "background-color", color);
        if (const char* color = get_attr("text"))
            addHint(m_style, this, "color", color);
        litehtml::el_body::parse_attributes();
    }
};

// The deepest nesting of <table> elements under `root`. litehtml lays out each nested table
// more than once, so layout time grows by about 2.5x with every level.
int tableNesting(const litehtml::element::ptr& root)
{
    int deepest = 0;
    std::vector<std::pair<litehtml::element::ptr, int>> pending{{root, 0}};
    while (!pending.empty()) {
        const auto [element, outer] = pending.back();
        pending.pop_back();
        int depth = outer;
        const char* tag = element->get_tagName();
        if (tag && litehtml::t_strcasecmp(tag, "table") == 0)
            deepest = std::max(deepest, ++depth);
        for (size_t i = 0; i < element->get_children_count(); ++i)
            pending.emplace_back(element->get_child(int(i)), depth);
    }
    return deepest;
}

class PreviewContainer;

// An <img> that paints a placeholder with its alt text when its image is not available
// (remote, or a cid: the provider does not know).
class PreviewImage final : public litehtml::el_image
{
public:
    PreviewImage(const std::shared_ptr<litehtml::document>& doc, PreviewContainer& container)
        : litehtml::el_image(doc)
        , m_container(container)
    {}

    void draw(litehtml::uint_ptr hdc, int x, int y, const litehtml::position* clip) override;

private:
    PreviewContainer& m_container;
};

// litehtml's callbacks on QPainter: fonts, text, backgrounds, borders, images, clipping,
// and the media the page is laid out for.
class PreviewContainer final : public litehtml::document_container
{
public:
    void setPageWidth(int px) { m_pageWidth = px; }
    void setImageProvider(HtmlPreview::ImageProvider provider)
    {
        m_provider = std::move(provider);
        m_images.clear();
        m_missing.clear();
    }

    // Before parsing a new document. Decoded images stay cached (their src names their
    // content); misses are asked again, as the template may have gained the asset since.
    void beginDocument()
    {
        m_missing.clear();
        m_imgSources.clear();
        m_clips.clear();
    }

    QImage image(const QString& src)
    {
        if (src.isEmpty())
            return {};
        const auto found = m_images.constFind(src);
        if (found != m_images.cend())
            return *found;
        if (m_missing.contains(src))
            return {};
        QImage decoded;
        if (!isRemote(src) && m_provider) {
            const QByteArray bytes = m_provider(src);
            if (!bytes.isEmpty())
                decoded = QImage::fromData(bytes);
        }
        if (decoded.isNull())
            m_missing.insert(src);
        else
            m_images.insert(src, decoded);
        return decoded;
    }

    void drawImagePlaceholder(litehtml::uint_ptr hdc, const litehtml::position& pos,
                              const QString& src, const QString& alt)
    {
        if (!image(src).isNull())
            return;
        QPainter* p = painterOf(hdc);
        p->save();
        applyClip(p);
        const QRect rect = toQRect(pos);
        p->setClipRect(rect, Qt::IntersectClip);
        p->fillRect(rect, kPlaceholderFill);
        p->setPen(QPen(kPlaceholderLine, 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
        // No words in spacers and tracking pixels.
        if (rect.width() >= 24 && rect.height() >= 14) {
            QString text = alt.simplified();
            if (text.isEmpty())
                text = isRemote(src) ? HtmlPreview::tr("Remote image not loaded")
                                     : HtmlPreview::tr("Image not found");
            QFont font(QStringLiteral("sans-serif"));
            font.setStyleHint(QFont::SansSerif);
            font.setPixelSize(std::clamp(rect.height() - 4, 8, 12));
            p->setFont(font);
            p->setPen(kPlaceholderText);
            p->drawText(rect.adjusted(4, 2, -4, -2),
                        Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        }
        p->restore();
    }

    // --- litehtml::document_container

    litehtml::uint_ptr create_font(const litehtml::tchar_t* faceName, int size, int weight,
                                   litehtml::font_style italic, unsigned int decoration,
                                   litehtml::font_metrics* fm) override
    {
        QFont font;
        QStringList families;
        QFont::StyleHint hint = QFont::AnyStyle;
        const QStringList names = QString::fromUtf8(faceName).split(QLatin1Char(','));
        for (QString family : names) {
            family = family.trimmed();
            if (family.size() >= 2 &&
                (family.startsWith(QLatin1Char('"')) || family.startsWith(QLatin1Char('\''))))
                family = family.mid(1, family.size() - 2).trimmed();
            if (family.isEmpty())
                continue;
            families << family;
            // Generic families resolve through the platform's fallback (fontconfig).
            const QString generic = family.toLower();
            if (hint == QFont::AnyStyle) {
                if (generic == QLatin1String("sans-serif"))
                    hint = QFont::SansSerif;
                else if (generic == QLatin1String("serif"))
                    hint = QFont::Serif;
                else if (generic == QLatin1String("monospace"))
                    hint = QFont::Monospace;
                else if (generic == QLatin1String("cursive"))
                    hint = QFont::Cursive;
                else if (generic == QLatin1String("fantasy"))
                    hint = QFont::Fantasy;
            }
        }
        if (families.isEmpty())
            families << QStringLiteral("sans-serif");
        font.setFamilies(families);
        font.setStyleHint(hint == QFont::AnyStyle ? QFont::SansSerif : hint);
        font.setPixelSize(std::max(1, size));
        font.setWeight(QFont::Weight(std::clamp(weight, 100, 900)));
        font.setItalic(italic == litehtml::fontStyleItalic);
        font.setUnderline(decoration & litehtml::font_decoration_underline);
        font.setStrikeOut(decoration & litehtml::font_decoration_linethrough);
        font.setOverline(decoration & litehtml::font_decoration_overline);

        auto entry = std::make_unique<Font>(font);
        if (fm) {
            fm->ascent = entry->metrics.ascent();
            fm->descent = entry->metrics.descent();
            fm->height = entry->metrics.height();
            fm->x_height = entry->metrics.xHeight();
            // Spaces carry visible underlines and slanted glyphs.
            fm->draw_spaces = italic == litehtml::fontStyleItalic || decoration != 0;
        }
        const litehtml::uint_ptr handle = reinterpret_cast<litehtml::uint_ptr>(entry.get());
        m_fonts.emplace(handle, std::move(entry));
        return handle;
    }

    void delete_font(litehtml::uint_ptr hFont) override { m_fonts.erase(hFont); }

    int text_width(const litehtml::tchar_t* text, litehtml::uint_ptr hFont) override
    {
        const Font* f = fontOf(hFont);
        return f ? f->metrics.horizontalAdvance(QString::fromUtf8(text)) : 0;
    }

    void draw_text(litehtml::uint_ptr hdc, const litehtml::tchar_t* text, litehtml::uint_ptr hFont,
                   litehtml::web_color color, const litehtml::position& pos) override
    {
        const Font* f = fontOf(hFont);
        if (!f)
            return;
        QPainter* p = painterOf(hdc);
        ClipScope scope(p, *this);
        p->setFont(f->font);
        p->setPen(toQColor(color));
        p->drawText(QPoint(pos.x, pos.bottom() - f->metrics.descent()), QString::fromUtf8(text));
    }

    int pt_to_px(int pt) const override { return qRound(pt * 96.0 / 72.0); }
    int get_default_font_size() const override { return kDefaultFontSize; }
    const litehtml::tchar_t* get_default_font_name() const override { return kDefaultFontFamily; }

    void draw_list_marker(litehtml::uint_ptr hdc, const litehtml::list_marker& marker) override
    {
        QPainter* p = painterOf(hdc);
        ClipScope scope(p, *this);
        const QRectF rect = toQRectF(marker.pos);
        if (!marker.image.empty()) {
            const QImage img = image(QString::fromStdString(marker.image));
            if (!img.isNull()) {
                p->drawImage(rect, img);
                return;
            }
        }
        const QColor color = toQColor(marker.color);
        switch (marker.marker_type) {
        case litehtml::list_style_type_none:
            break;
        case litehtml::list_style_type_circle:
            p->setPen(QPen(color, 1));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        case litehtml::list_style_type_square:
            p->fillRect(rect, color);
            break;
        default: // disc, and numbered styles litehtml has no text for
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawEllipse(rect);
            break;
        }
    }

    void load_image(const litehtml::tchar_t* src, const litehtml::tchar_t*, bool) override
    {
        image(QString::fromUtf8(src));
    }

    void get_image_size(const litehtml::tchar_t* src, const litehtml::tchar_t*,
                        litehtml::size& sz) override
    {
        const QString key = QString::fromUtf8(src);
        const QImage img = image(key);
        if (!img.isNull()) {
            sz.width = img.width();
            sz.height = img.height();
        } else if (m_imgSources.contains(key)) {
            sz.width = kPlaceholderWidth;
            sz.height = kPlaceholderHeight;
        } else {
            sz.width = 0;
            sz.height = 0;
        }
    }

    void draw_background(litehtml::uint_ptr hdc, const litehtml::background_paint& bg) override
    {
        const QRect clipBox = toQRect(bg.clip_box);
        const bool hasColor = bg.color.alpha > 0;
        const bool hasImage = !bg.image.empty();
        if (clipBox.isEmpty() || (!hasColor && !hasImage))
            return;
        QImage img;
        if (hasImage)
            img = image(QString::fromStdString(bg.image));
        if (!hasColor && img.isNull())
            return;

        QPainter* p = painterOf(hdc);
        p->save();
        applyClip(p);
        if (hasRadius(bg.border_radius))
            p->setClipPath(roundedPath(toQRectF(bg.border_box), bg.border_radius),
                           Qt::IntersectClip);
        if (hasColor)
            p->fillRect(clipBox, toQColor(bg.color));
        if (!img.isNull() && bg.image_size.width > 0 && bg.image_size.height > 0)
            drawBackgroundImage(p, img, bg, clipBox);
        p->restore();
    }

    void draw_borders(litehtml::uint_ptr hdc, const litehtml::borders& borders,
                      const litehtml::position& draw_pos, bool) override
    {
        const auto shown = [](const litehtml::border& b) {
            return b.width > 0 && b.color.alpha > 0 && b.style != litehtml::border_style_none &&
                   b.style != litehtml::border_style_hidden;
        };
        const bool showTop = shown(borders.top), showRight = shown(borders.right);
        const bool showBottom = shown(borders.bottom), showLeft = shown(borders.left);
        if (!showTop && !showRight && !showBottom && !showLeft)
            return;

        const QRectF outer = toQRectF(draw_pos);
        const qreal t = showTop ? borders.top.width : 0, r = showRight ? borders.right.width : 0;
        const qreal b = showBottom ? borders.bottom.width : 0,
                    l = showLeft ? borders.left.width : 0;
        const QRectF inner = outer.adjusted(l, t, -r, -b);

        QPainter* p = painterOf(hdc);
        p->save();
        applyClip(p);
        const bool rounded = hasRadius(borders.radius);
        // Straight edges stay crisp; antialiasing would leave seams where sides meet.
        p->setRenderHint(QPainter::Antialiasing, rounded);
        if (rounded) {
            litehtml::border_radiuses innerRadius = borders.radius;
            litehtml::margins widths;
            widths.left = int(l);
            widths.top = int(t);
            widths.right = int(r);
            widths.bottom = int(b);
            innerRadius -= widths;
            QPainterPath ring = roundedPath(outer, borders.radius);
            ring.addPath(roundedPath(inner, innerRadius));
            ring.setFillRule(Qt::OddEvenFill);
            p->setClipPath(ring, Qt::IntersectClip);
        }
        if (showTop)
            drawSide(p, Side::Top, borders.top, outer, inner);
        if (showRight)
            drawSide(p, Side::Right, borders.right, outer, inner);
        if (showBottom)
            drawSide(p, Side::Bottom, borders.bottom, outer, inner);
        if (showLeft)
            drawSide(p, Side::Left, borders.left, outer, inner);
        p->restore();
    }

    void set_caption(const litehtml::tchar_t*) override {}
    void set_base_url(const litehtml::tchar_t*) override {}
    void link(const std::shared_ptr<litehtml::document>&, const litehtml::element::ptr&) override {}
    // A preview: links are shown, never followed.
    void on_anchor_click(const litehtml::tchar_t*, const litehtml::element::ptr&) override {}
    void set_cursor(const litehtml::tchar_t*) override {}

    void transform_text(litehtml::tstring& text, litehtml::text_transform tt) override
    {
        QString s = QString::fromStdString(text);
        switch (tt) {
        case litehtml::text_transform_uppercase:
            s = s.toUpper();
            break;
        case litehtml::text_transform_lowercase:
            s = s.toLower();
            break;
        case litehtml::text_transform_capitalize:
            // litehtml transforms word by word.
            if (!s.isEmpty())
                s[0] = s[0].toUpper();
            break;
        case litehtml::text_transform_none:
            return;
        }
        text = s.toStdString();
    }

    // <link rel="stylesheet"> is remote content too: not fetched.
    void import_css(litehtml::tstring&, const litehtml::tstring&, litehtml::tstring&) override {}

    void set_clip(const litehtml::position& pos, const litehtml::border_radiuses& radius,
                  bool valid_x, bool valid_y) override
    {
        constexpr int kUnbounded = 1 << 24;
        Clip clip;
        clip.rect = toQRect(pos);
        if (!valid_x) {
            clip.rect.setLeft(-kUnbounded);
            clip.rect.setRight(kUnbounded);
        }
        if (!valid_y) {
            clip.rect.setTop(-kUnbounded);
            clip.rect.setBottom(kUnbounded);
        }
        if (valid_x && valid_y && hasRadius(radius))
            clip.path = roundedPath(QRectF(clip.rect), radius);
        m_clips.push_back(clip);
    }

    void del_clip() override
    {
        if (!m_clips.empty())
            m_clips.pop_back();
    }

    void get_client_rect(litehtml::position& client) const override
    {
        // Height 0: litehtml stretches the root to the client height, and the page should be
        // as tall as its content, not as the window.
        client = litehtml::position(0, 0, m_pageWidth, 0);
    }

    std::shared_ptr<litehtml::element>
    create_element(const litehtml::tchar_t* tag_name, const litehtml::string_map& attributes,
                   const std::shared_ptr<litehtml::document>& doc) override
    {
        const auto is = [tag_name](const char* name) {
            return litehtml::t_strcasecmp(tag_name, name) == 0;
        };
        if (is("img")) {
            const auto src = attributes.find("src");
            if (src != attributes.end())
                m_imgSources.insert(QString::fromStdString(src->second));
            return std::make_shared<PreviewImage>(doc, *this);
        }
        if (is("td") || is("th"))
            return std::make_shared<PreviewCell>(doc);
        if (is("table"))
            return std::make_shared<PreviewTable>(doc);
        if (is("body"))
            return std::make_shared<PreviewBody>(doc);
        return nullptr;
    }

    void get_media_features(litehtml::media_features& media) const override
    {
        // The page width is the viewport: what the mail's @media queries see on a phone
        // (375) or in a desktop client's reading pane (600).
        media.type = litehtml::media_type_screen;
        media.width = m_pageWidth;
        media.height = kMediaScreenHeight;
        media.device_width = m_pageWidth;
        media.device_height = kMediaScreenHeight;
        media.color = 8;
        media.color_index = 256;
        media.monochrome = 0;
        media.resolution = 96;
    }

    void get_language(litehtml::tstring& language, litehtml::tstring& culture) const override
    {
        language = "nl";
        culture = "nl-NL";
    }

private:
    struct Font
    {
        explicit Font(const QFont& f)
            : font(f)
            , metrics(f)
        {}
        QFont font;
        QFontMetrics metrics;
    };

    struct Clip
    {
        QRect rect;
        QPainterPath path; // empty unless the clip has rounded corners
    };

    enum class Side { Top, Right, Bottom, Left };

    // Applies the clip stack for one primitive and undoes it afterwards.
    class ClipScope
    {
    public:
        ClipScope(QPainter* painter, const PreviewContainer& container)
            : m_painter(container.m_clips.empty() ? nullptr : painter)
        {
            if (m_painter) {
                m_painter->save();
                container.applyClip(m_painter);
            }
        }
        ~ClipScope()
        {
            if (m_painter)
                m_painter->restore();
        }
        ClipScope(const ClipScope&) = delete;
        ClipScope& operator=(const ClipScope&) = delete;

    private:
        QPainter* m_painter;
    };

    const Font* fontOf(litehtml::uint_ptr handle) const
    {
        const auto found = m_fonts.find(handle);
        return found == m_fonts.end() ? nullptr : found->second.get();
    }

    void applyClip(QPainter* p) const
    {
        for (const Clip& clip : m_clips) {
            if (clip.path.isEmpty())
                p->setClipRect(clip.rect, Qt::IntersectClip);
            else
                p->setClipPath(clip.path, Qt::IntersectClip);
        }
    }

    static void drawBackgroundImage(QPainter* p, const QImage& img,
                                    const litehtml::background_paint& bg, const QRect& clipBox)
    {
        const QSize size(bg.image_size.width, bg.image_size.height);
        p->setClipRect(clipBox, Qt::IntersectClip);
        if (bg.repeat == litehtml::background_repeat_no_repeat) {
            p->drawImage(QRect(QPoint(bg.position_x, bg.position_y), size), img);
            return;
        }
        const QImage tile = img.size() == size
                                ? img
                                : img.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const bool repeatX = bg.repeat != litehtml::background_repeat_repeat_y;
        const bool repeatY = bg.repeat != litehtml::background_repeat_repeat_x;
        const auto firstTile = [](int position, int clipStart, int step) {
            if (position <= clipStart)
                return position + (clipStart - position) / step * step;
            return position - ((position - clipStart + step - 1) / step) * step;
        };
        const int x0 =
            repeatX ? firstTile(bg.position_x, clipBox.left(), size.width()) : bg.position_x;
        const int y0 =
            repeatY ? firstTile(bg.position_y, clipBox.top(), size.height()) : bg.position_y;
        const int x1 = repeatX ? clipBox.right() + 1 : x0 + 1;
        const int y1 = repeatY ? clipBox.bottom() + 1 : y0 + 1;
        for (int y = y0; y < y1; y += size.height())
            for (int x = x0; x < x1; x += size.width())
                p->drawImage(QPoint(x, y), tile);
    }

    // The side between the outer and the inner edge (a trapezoid where sides meet), shaded
    // or split by the border style.
    static void drawSide(QPainter* p, Side side, const litehtml::border& border,
                         const QRectF& outer, const QRectF& inner)
    {
        QColor color = toQColor(border.color);
        const auto band = [&](qreal from, qreal to) {
            const auto lerp = [&](qreal f) {
                return QRectF(QPointF(outer.left() + (inner.left() - outer.left()) * f,
                                      outer.top() + (inner.top() - outer.top()) * f),
                              QPointF(outer.right() + (inner.right() - outer.right()) * f,
                                      outer.bottom() + (inner.bottom() - outer.bottom()) * f));
            };
            const QRectF a = lerp(from), b = lerp(to);
            QPolygonF polygon;
            switch (side) {
            case Side::Top:
                polygon << a.topLeft() << a.topRight() << b.topRight() << b.topLeft();
                break;
            case Side::Right:
                polygon << a.topRight() << a.bottomRight() << b.bottomRight() << b.topRight();
                break;
            case Side::Bottom:
                polygon << a.bottomRight() << a.bottomLeft() << b.bottomLeft() << b.bottomRight();
                break;
            case Side::Left:
                polygon << a.bottomLeft() << a.topLeft() << b.topLeft() << b.bottomLeft();
                break;
            }
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawPolygon(polygon);
        };
        const bool topOrLeft = side == Side::Top || side == Side::Left;

        switch (border.style) {
        case litehtml::border_style_dotted:
        case litehtml::border_style_dashed: {
            const qreal w = border.width;
            QPen pen(color, w,
                     border.style == litehtml::border_style_dotted ? Qt::DotLine : Qt::DashLine,
                     Qt::FlatCap);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            switch (side) {
            case Side::Top:
                p->drawLine(QPointF(outer.left(), outer.top() + w / 2),
                            QPointF(outer.right(), outer.top() + w / 2));
                break;
            case Side::Right:
                p->drawLine(QPointF(outer.right() - w / 2, outer.top()),
                            QPointF(outer.right() - w / 2, outer.bottom()));
                break;
            case Side::Bottom:
                p->drawLine(QPointF(outer.left(), outer.bottom() - w / 2),
                            QPointF(outer.right(), outer.bottom() - w / 2));
                break;
            case Side::Left:
                p->drawLine(QPointF(outer.left() + w / 2, outer.top()),
                            QPointF(outer.left() + w / 2, outer.bottom()));
                break;
            }
            break;
        }
        case litehtml::border_style_double:
            if (border.width >= 3) {
                band(0.0, 1.0 / 3.0);
                band(2.0 / 3.0, 1.0);
            } else {
                band(0.0, 1.0);
            }
            break;
        case litehtml::border_style_inset:
        case litehtml::border_style_outset: {
            const bool darker = (border.style == litehtml::border_style_inset) == topOrLeft;
            color = darker ? color.darker(140) : color.lighter(140);
            band(0.0, 1.0);
            break;
        }
        case litehtml::border_style_groove:
        case litehtml::border_style_ridge: {
            const QColor base = color;
            const bool grooveOuterDark =
                (border.style == litehtml::border_style_groove) == topOrLeft;
            color = grooveOuterDark ? base.darker(140) : base.lighter(140);
            band(0.0, 0.5);
            color = grooveOuterDark ? base.lighter(140) : base.darker(140);
            band(0.5, 1.0);
            break;
        }
        default:
            band(0.0, 1.0);
            break;
        }
    }

    HtmlPreview::ImageProvider m_provider;
    QHash<QString, QImage> m_images;
    QSet<QString> m_missing;
    QSet<QString> m_imgSources;
    std::unordered_map<litehtml::uint_ptr, std::unique_ptr<Font>> m_fonts;
    std::vector<Clip> m_clips;
    int m_pageWidth = kDefaultPageWidth;
};

void PreviewImage::draw(litehtml::uint_ptr hdc, int x, int y, const litehtml::position* clip)
{
    litehtml::el_image::draw(hdc, x, y, clip);
    litehtml::position pos = m_pos;
    pos.x += x;
    pos.y += y;
    if (pos.width > 0 && pos.height > 0 && pos.does_intersect(clip))
        m_container.drawImagePlaceholder(hdc, pos, QString::fromUtf8(get_attr("src", "")),
                                         QString::fromUtf8(get_attr("alt", "")));
}

} // namespace

class HtmlPreview::Private
{
public:
    Private() { context.load_master_stylesheet(kUserAgentCss); }

    // Parses `html` at the page width into a new document.
    void load()
    {
        document.reset();
        container.beginDocument();
        container.setPageWidth(pageWidth);
        try {
            document = litehtml::document::createFromUTF8(html.constData(), &container, &context);
        } catch (const std::exception& e) {
            // A third-party engine fed with whatever the user is typing: show nothing rather
            // than let an exception cross the event loop.
            qWarning("HtmlPreview: litehtml could not parse the HTML: %s", e.what());
            document.reset();
        }
        if (!document || !document->root())
            return;
        const int nesting = tableNesting(document->root());
        if (nesting > kMaxTableNesting) {
            const QString notice =
                QStringLiteral("<body style=\"margin:24px; font-family:sans-serif; "
                               "font-size:14px; color:#444444\"><p>%1</p></body>")
                    .arg(HtmlPreview::tr("This template nests tables %1 levels deep. The preview "
                                         "lays out at most %2 levels; mail clients struggle "
                                         "with such nesting too.")
                             .arg(nesting)
                             .arg(kMaxTableNesting)
                             .toHtmlEscaped());
            document.reset();
            container.beginDocument();
            document = litehtml::document::createFromUTF8(notice.toUtf8().constData(), &container,
                                                          &context);
        }
    }

    // Declared before the document: the document calls back into both while it is destroyed.
    litehtml::context context;
    PreviewContainer container;
    litehtml::document::ptr document;
    QByteArray html; // UTF-8, as last set
    bool hasHtml = false;
    int pageWidth = kDefaultPageWidth;
    QString hoveredLink;
};

HtmlPreview::HtmlPreview(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_d(std::make_unique<Private>())
{
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::NoFrame);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    updateScrollBars();
}

HtmlPreview::~HtmlPreview() = default;

void HtmlPreview::setImageProvider(ImageProvider provider)
{
    m_d->container.setImageProvider(std::move(provider));
}

void HtmlPreview::setHtml(const QString& html)
{
    m_d->html = withoutGradients(html);
    m_d->hasHtml = true;
    m_d->load();
    relayout();
}

void HtmlPreview::setPageWidth(int px)
{
    px = std::max(1, px);
    if (px == m_d->pageWidth)
        return;
    m_d->pageWidth = px;
    m_d->container.setPageWidth(px);
    // Parsed again rather than restyled in place: litehtml 0.6's media_changed() re-applies
    // the stylesheets but drops the presentational attributes (width, cellpadding, align…).
    if (m_d->hasHtml)
        m_d->load();
    relayout();
}

int HtmlPreview::pageWidth() const
{
    return m_d->pageWidth;
}

int HtmlPreview::documentHeight() const
{
    return m_d->document ? std::max(0, m_d->document->height()) : 0;
}

QImage HtmlPreview::renderPage() const
{
    QImage page(m_d->pageWidth, documentHeight(), QImage::Format_ARGB32_Premultiplied);
    if (page.isNull())
        return page;
    page.fill(Qt::white);
    if (m_d->document) {
        QPainter painter(&page);
        setRenderHints(painter);
        const litehtml::position clip(0, 0, page.width(), page.height());
        m_d->document->draw(handleOf(&painter), 0, 0, &clip);
    }
    return page;
}

QString HtmlPreview::linkAt(const QPoint& viewportPos) const
{
    if (!m_d->document || !m_d->document->root())
        return {};
    const double z = zoom();
    const QPoint shifted = viewportPos - pageOrigin();
    const QPoint pos(int(shifted.x() / z), int(shifted.y() / z));
    litehtml::element::ptr element =
        m_d->document->root()->get_element_by_point(pos.x(), pos.y(), pos.x(), pos.y());
    for (; element; element = element->parent()) {
        const char* tag = element->get_tagName();
        if (tag && litehtml::t_strcasecmp(tag, "a") == 0) {
            const char* href = element->get_attr("href");
            if (href)
                return QString::fromUtf8(href).trimmed();
        }
    }
    return {};
}

void HtmlPreview::relayout()
{
    if (m_d->document) {
        try {
            m_d->document->render(m_d->pageWidth);
        } catch (const std::exception& e) {
            qWarning("HtmlPreview: litehtml could not lay out the HTML: %s", e.what());
            m_d->document.reset();
        }
    }
    setHoveredLink({});
    updateScrollBars();
    viewport()->update();
}

void HtmlPreview::setFitToWidth(bool fit)
{
    m_fit = fit;
    updateScrollBars();
    viewport()->update();
}

double HtmlPreview::zoom() const
{
    // A pane narrower than the page shows it scaled down, as a whole, rather than cut off;
    // below half size it scrolls instead.
    const int contentWidth = std::max(m_d->pageWidth, m_d->document ? m_d->document->width() : 0);
    const double room = viewport()->width() - 2 * kSurroundMargin;
    if (!m_fit || contentWidth <= 0 || room >= contentWidth)
        return 1.0;
    return std::max(0.5, room / contentWidth);
}

void HtmlPreview::updateScrollBars()
{
    const QSize area = viewport()->size();
    const double z = zoom();
    const int contentWidth = std::max(m_d->pageWidth, m_d->document ? m_d->document->width() : 0);
    const int width = int(std::ceil(contentWidth * z)) + 2 * kSurroundMargin;
    const int height = int(std::ceil(documentHeight() * z)) + 2 * kSurroundMargin;
    // The scroll bars clamp their values: the position survives a relayout where it can.
    horizontalScrollBar()->setRange(0, std::max(0, width - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, std::max(0, height - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

QPoint HtmlPreview::pageOrigin() const
{
    const int viewportWidth = viewport()->width();
    const double z = zoom();
    const int contentWidth =
        int(std::max(m_d->pageWidth, m_d->document ? m_d->document->width() : 0) * z);
    // Centred when it fits (content wider than the page, as a fixed 600 px table at phone
    // width, spills to the right of the frame where the user can see it).
    const int centred = (viewportWidth - int(m_d->pageWidth * z)) / 2;
    const int fitting = viewportWidth - kSurroundMargin - contentWidth;
    const int x = std::max(kSurroundMargin, std::min(centred, fitting));
    return {x - horizontalScrollBar()->value(), kSurroundMargin - verticalScrollBar()->value()};
}

void HtmlPreview::setHoveredLink(const QString& url)
{
    if (url == m_d->hoveredLink)
        return;
    m_d->hoveredLink = url;
    if (url.isEmpty())
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::PointingHandCursor);
    emit linkHovered(url);
}

void HtmlPreview::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), kSurroundColor);

    const QPoint origin = pageOrigin();
    const double z = zoom();
    const QRect page(origin, QSize(int(m_d->pageWidth * z), int(documentHeight() * z)));
    // A subtle frame: a soft shadow under a hairline.
    painter.fillRect(page.adjusted(-1, 1, 1, 3), QColor(0, 0, 0, 18));
    painter.fillRect(page.adjusted(-1, -1, 1, 1), QColor(0, 0, 0, 40));
    painter.fillRect(page, Qt::white);
    if (!m_d->document)
        return;

    setRenderHints(painter);
    painter.save();
    painter.translate(origin);
    painter.scale(z, z);
    // Only what is visible is painted: litehtml skips boxes outside the clip.
    const QRect visible = QRectF(QPointF(event->rect().translated(-origin).topLeft()) / z,
                                 QSizeF(event->rect().size()) / z)
                              .toAlignedRect();
    const litehtml::position clip(visible.x(), visible.y(), visible.width(), visible.height());
    painter.setClipRect(visible);
    m_d->document->draw(handleOf(&painter), 0, 0, &clip);
    painter.restore();
    if (z < 0.995) {
        // Say that it is smaller than the reader will see it.
        const QString note = tr("Shown at %1%").arg(qRound(z * 100));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter.setFont(f);
        const QRect box = QFontMetrics(f).boundingRect(note).adjusted(-6, -2, 6, 2);
        const QRect at(viewport()->width() - box.width() - 6, 4, box.width(), box.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 120));
        painter.drawRoundedRect(at, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(at, Qt::AlignCenter, note);
    }
}

void HtmlPreview::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The page width is fixed: a resize only recentres (or rescales) the page.
    updateScrollBars();
    viewport()->update();
}

void HtmlPreview::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool HtmlPreview::viewportEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString url = linkAt(help->pos());
        if (url.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), url, viewport());
        return true;
    }
    case QEvent::Leave:
        setHoveredLink({});
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HtmlPreview::mouseMoveEvent(QMouseEvent* event)
{
    setHoveredLink(linkAt(event->position().toPoint()));
    QAbstractScrollArea::mouseMoveEvent(event);
}
