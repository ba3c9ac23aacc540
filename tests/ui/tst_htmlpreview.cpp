#include "templates/HtmlPreview.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>
#include <functional>

// The template editor's preview as litehtml really lays it out and QPainter really paints
// it: every check reads pixels of renderPage() (or the widget) rather than trusting layout
// numbers alone.
class TestHtmlPreview : public QObject
{
    Q_OBJECT

private slots:
    void cellBackgroundAndText();
    void mediaQueryFollowsPageWidth();
    void fullWidthTableAtBothWidths_data();
    void fullWidthTableAtBothWidths();
    void presentationalAttributes();
    void gradientFallsBackToColour();
    void cidImageFromProvider();
    void remoteImageIsAPlaceholder();
    void linkAtAndHover();
    void survivesBadInput_data();
    void survivesBadInput();
    void deepTableNestingIsRefused();
    void keepsScrollPositionWhileTyping();
    void switchingWidthEqualsFreshLayout();
    void newsletterTiming();
};

namespace {

bool isRed(QRgb c)
{
    return qRed(c) > 230 && qGreen(c) < 30 && qBlue(c) < 30;
}

bool isGreen(QRgb c)
{
    return qGreen(c) > 230 && qRed(c) < 30 && qBlue(c) < 30;
}

bool isBlue(QRgb c)
{
    return qBlue(c) > 230 && qRed(c) < 30 && qGreen(c) < 30;
}

bool isDark(QRgb c)
{
    return qGray(c) < 110;
}

bool isWhite(QRgb c)
{
    return qRed(c) > 250 && qGreen(c) > 250 && qBlue(c) > 250;
}

int countPixels(const QImage& image, const QRect& area, const std::function<bool(QRgb)>& test)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (test(image.pixel(x, y)))
                ++count;
    return count;
}

QByteArray bluePng()
{
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(QColor(0, 0, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A newsletter as template builders write them: a centred 600 px table, inline styles,
// a <style> block with a mobile @media query, and blocks of heading, text, image and
// button repeated until it is about `bytes` long.
QString newsletter(int bytes)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<title>Nieuwsbrief</title><style>"
        "body { margin:0; padding:0; background:#f4f4f4; font-family: Arial, sans-serif; }"
        ".wrapper { width:600px; } .btn { background:#e4572e; color:#ffffff; padding:12px 24px;"
        " border-radius:4px; text-decoration:none; display:inline-block; }"
        "h2 { color:#222222; font-size:22px; margin:0 0 8px 0; }"
        "@media (max-width: 480px) { .wrapper { width:100% !important; }"
        " .col { display:block !important; width:100% !important; } }"
        "</style></head><body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "bgcolor=\"#f4f4f4\"><tr><td align=\"center\"><table class=\"wrapper\" width=\"600\" "
        "cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#ffffff\">");
    int block = 0;
    while (html.size() < bytes) {
        ++block;
        html += QStringLiteral(
                    "<tr><td style=\"padding:24px 32px; border-bottom:1px solid #eeeeee\">"
                    "<h2>Artikel %1: nieuws uit de werkplaats</h2>"
                    "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
                    "<td class=\"col\" width=\"180\" valign=\"top\"><img src=\"cid:blue\" "
                    "width=\"160\" height=\"100\" alt=\"Foto %1\" style=\"display:block\"></td>"
                    "<td class=\"col\" valign=\"top\" style=\"font-size:15px; line-height:22px;"
                    " color:#444444\"><p style=\"margin:0 0 12px 0\">Deze maand vertellen we "
                    "over <strong>vakmanschap</strong>, nieuwe <em>collecties</em> en de "
                    "mensen achter onze producten. Lees verder en ontdek wat er allemaal "
                    "gebeurt.</p><a class=\"btn\" href=\"https://example.com/artikel/%1\">"
                    "Lees meer</a></td></tr></table></td></tr>")
                    .arg(block);
    }
    html += QStringLiteral(
        "<tr><td style=\"padding:16px; font-size:12px; color:#888888\" align=\"center\">"
        "<a href=\"https://example.com/afmelden\">Afmelden</a></td></tr>"
        "</table></td></tr></table></body></html>");
    return html;
}

} // namespace

void TestHtmlPreview::cellBackgroundAndText()
{
    HtmlPreview preview;
    preview.setPageWidth(600);
    preview.setHtml(QStringLiteral(
        "<body style=\"margin:0\"><table width=\"600\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td width=\"300\" height=\"50\" style=\"background:#ff0000\">&nbsp;</td>"
        "<td width=\"300\">&nbsp;</td></tr></table>"
        "<p style=\"margin:0; font-size:28px; color:#000000\">Hallo Sendtrix</p></body>"));
    const QImage page = preview.renderPage();
    QCOMPARE(page.width(), 600);
    QCOMPARE(page.height(), preview.documentHeight());
    QVERIFY2(preview.documentHeight() >= 50 + 28,
             qPrintable(QString::number(preview.documentHeight())));

    // The cell is red over its whole box, and only there.
    QVERIFY(isRed(page.pixel(5, 5)));
    QVERIFY(isRed(page.pixel(150, 25)));
    QVERIFY(isRed(page.pixel(295, 45)));
    QVERIFY(!isRed(page.pixel(310, 25)));
    QVERIFY(!isRed(page.pixel(150, 55)));

    // The paragraph below it has glyphs: dark pixels on the text line, and none right of it.
    const int textPixels = countPixels(page, QRect(0, 50, 300, 34), isDark);
    QVERIFY2(textPixels > 100, qPrintable(QString::number(textPixels)));
    QCOMPARE(countPixels(page, QRect(450, 50, 150, 34), isDark), 0);
}

void TestHtmlPreview::mediaQueryFollowsPageWidth()
{
    const QString html =
        QStringLiteral("<html><head><style>.col { background: #ffffff; height: 40px; }"
                       "@media (max-width: 480px) { .col { background: #00ff00 } }</style></head>"
                       "<body style=\"margin:0\"><div class=\"col\">&nbsp;</div></body></html>");

    HtmlPreview preview;
    preview.setPageWidth(375);
    preview.setHtml(html);
    QVERIFY(isGreen(preview.renderPage().pixel(100, 20)));

    // Switching width on a laid-out document re-evaluates the query, both ways.
    preview.setPageWidth(600);
    QVERIFY(!isGreen(preview.renderPage().pixel(100, 20)));
    QVERIFY(isWhite(preview.renderPage().pixel(100, 20)));
    preview.setPageWidth(375);
    QVERIFY(isGreen(preview.renderPage().pixel(100, 20)));

    HtmlPreview desktop;
    desktop.setHtml(html);
    QCOMPARE(desktop.pageWidth(), 600);
    QVERIFY(!isGreen(desktop.renderPage().pixel(100, 20)));
}

void TestHtmlPreview::fullWidthTableAtBothWidths_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("phone") << 375;
    QTest::newRow("desktop") << 600;
}

void TestHtmlPreview::fullWidthTableAtBothWidths()
{
    QFETCH(int, width);
    HtmlPreview preview;
    preview.setPageWidth(width);
    preview.setHtml(QStringLiteral(
        "<body style=\"margin:0\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#0000ff\"><tr><td height=\"30\">&nbsp;</td></tr></table>"
        "<div style=\"height:10px\"></div></body>"));
    const QImage page = preview.renderPage();
    QCOMPARE(page.width(), width);
    QVERIFY(isBlue(page.pixel(0, 15)));
    QVERIFY(isBlue(page.pixel(width / 2, 15)));
    QVERIFY(isBlue(page.pixel(width - 1, 15)));
    QCOMPARE(countPixels(page, QRect(0, 10, width, 1), isBlue), width);
    QVERIFY(!isBlue(page.pixel(width / 2, 35)));
}

void TestHtmlPreview::presentationalAttributes()
{
    // What litehtml 0.6 lacks and mail HTML uses everywhere: cellpadding, <td height>,
    // <body bgcolor>; and a stylesheet still wins over them, as in a browser.
    HtmlPreview preview;
    preview.setHtml(QStringLiteral(
        "<body bgcolor=\"#00ff00\" style=\"margin:0\">"
        "<table cellpadding=\"20\" cellspacing=\"0\" width=\"200\">"
        "<tr><td style=\"background:#ff0000\"><div style=\"height:10px; background:#0000ff\">"
        "</div></td></tr></table>"
        "<table cellspacing=\"0\" cellpadding=\"0\" width=\"100\"><tr>"
        "<td height=\"40\" bgcolor=\"#ff0000\"></td></tr></table></body>"));
    const QImage page = preview.renderPage();
    QVERIFY(isRed(page.pixel(10, 10)));      // inside the 20 px padding
    QVERIFY(isBlue(page.pixel(30, 25)));     // the content starts at 20, 20
    QVERIFY(isRed(page.pixel(190, 45)));     // 20 + 10 + 20 = 50 high
    QVERIFY(isGreen(page.pixel(300, 10)));   // the body's colour around the tables
    QVERIFY(isRed(page.pixel(50, 50 + 38))); // the spacer cell is 40 high
    QCOMPARE(preview.documentHeight(), 50 + 40);

    preview.setHtml(QStringLiteral(
        "<style>td { padding: 2px }</style><body style=\"margin:0\">"
        "<table cellpadding=\"20\" cellspacing=\"0\"><tr><td style=\"background:#ff0000\">"
        "<div style=\"width:50px; height:10px; background:#0000ff\"></div></td></tr></table>"
        "</body>"));
    const QImage styled = preview.renderPage();
    QVERIFY(isBlue(styled.pixel(4, 4)));
    QCOMPARE(preview.documentHeight(), 2 + 10 + 2);
}

void TestHtmlPreview::gradientFallsBackToColour()
{
    // litehtml alone paints `background: linear-gradient(…)` solid black; a client without
    // gradients shows the fallback colour declared before it.
    HtmlPreview preview;
    preview.setHtml(QStringLiteral(
        "<style>.hero { background: #00ff00; background: linear-gradient(to right, #f00,"
        " rgba(0,0,255,0.5)); height: 20px }</style><body style=\"margin:0\">"
        "<div class=\"hero\"></div><div style=\"background-color:#ff0000; "
        "background-image: -webkit-linear-gradient(#fff, #000); height:20px\"></div>"
        "<p>linear-gradient(in gewone tekst)</p></body>"));
    const QImage page = preview.renderPage();
    QVERIFY(isGreen(page.pixel(300, 10)));
    QVERIFY(isRed(page.pixel(300, 30)));
    QCOMPARE(countPixels(page, QRect(0, 0, 600, 40), [](QRgb c) { return qGray(c) < 30; }), 0);
}

void TestHtmlPreview::cidImageFromProvider()
{
    QStringList asked;
    HtmlPreview preview;
    preview.setImageProvider([&asked](const QString& src) {
        asked << src;
        return src == QLatin1String("cid:blue") ? bluePng() : QByteArray();
    });
    preview.setHtml(QStringLiteral("<body style=\"margin:0\"><img src=\"cid:blue\" alt=\"x\">"
                                   "<img src=\"cid:unknown\" alt=\"Niet gevonden\"></body>"));
    const QImage page = preview.renderPage();
    // Natural size: 20 x 20 blue pixels at the left, on the baseline of the 60 px
    // placeholder beside it.
    const int blue = countPixels(page, page.rect(), isBlue);
    QVERIFY2(blue >= 18 * 18 && blue <= 22 * 22, qPrintable(QString::number(blue)));
    QCOMPARE(countPixels(page, QRect(0, 0, 20, page.height()), isBlue), blue);
    QVERIFY(asked.contains(QStringLiteral("cid:blue")));
    QVERIFY(asked.contains(QStringLiteral("cid:unknown")));
    // Decoded once, however often litehtml asks.
    QCOMPARE(asked.count(QStringLiteral("cid:blue")), 1);

    // The unknown one gets a placeholder (100 x 60) with its alt text, not nothing.
    QVERIFY(preview.documentHeight() >= 60);
    QVERIFY(countPixels(page, QRect(20, 0, 100, 60), [](QRgb c) { return !isWhite(c); }) > 90 * 50);
    QVERIFY(countPixels(page, QRect(20, 0, 100, 60), isDark) > 10);

    // Scaled by its attributes.
    preview.setHtml(QStringLiteral(
        "<body style=\"margin:0\"><img src=\"cid:blue\" width=\"80\" height=\"40\"></body>"));
    const QImage scaled = preview.renderPage();
    QVERIFY(isBlue(scaled.pixel(75, 35)));
    QVERIFY(!isBlue(scaled.pixel(85, 20)));
}

void TestHtmlPreview::remoteImageIsAPlaceholder()
{
    QStringList asked;
    HtmlPreview preview;
    preview.setImageProvider([&asked](const QString& src) {
        asked << src;
        return bluePng(); // would be blue if it were ever used for a remote image
    });
    preview.setHtml(QStringLiteral(
        "<body style=\"margin:0\"><img src=\"https://example.com/logo.png\" alt=\"Logo\" "
        "width=\"120\" height=\"40\"><br><img src=\"http://example.com/pixel.gif\"></body>"));
    const QImage page = preview.renderPage();

    QVERIFY2(asked.isEmpty(), qPrintable(asked.join(QLatin1Char(' '))));
    QCOMPARE(countPixels(page, page.rect(), isBlue), 0);
    // A light box sized by the attributes, with the alt text in it.
    QVERIFY(!isWhite(page.pixel(60, 2)));
    QVERIFY(!isWhite(page.pixel(110, 35)));
    QVERIFY(isWhite(page.pixel(130, 20)));
    QVERIFY(countPixels(page, QRect(0, 0, 120, 40), isDark) > 10);
    // Without attributes: the default placeholder size on the next line.
    QVERIFY(preview.documentHeight() >= 40 + 60);

    // Nothing in the preview can reach the network.
    for (QObject* child : preview.findChildren<QObject*>())
        QVERIFY(!child->inherits("QNetworkAccessManager"));
    QFile source(QStringLiteral(SENDTRIX_SOURCE_DIR "/ui/templates/HtmlPreview.cpp"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(!source.readAll().contains("QNetwork"));
}

void TestHtmlPreview::linkAtAndHover()
{
    HtmlPreview preview;
    preview.resize(800, 600);
    preview.setHtml(
        QStringLiteral("<body style=\"margin:0\"><p style=\"margin:0; font-size:24px\">Bekijk "
                       "<a href=\"https://example.com/aanbieding\">de aanbieding</a> vandaag.</p>"
                       "<p style=\"margin:40px 0 0 0\">Geen link hier.</p></body>"));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));

    // Find the link by sweeping the viewport: where it lands depends on centring.
    QPoint onLink;
    QStringList found;
    for (int y = 0; y < preview.viewport()->height() && onLink.isNull(); y += 3) {
        for (int x = 0; x < preview.viewport()->width(); x += 3) {
            const QString url = preview.linkAt(QPoint(x, y));
            if (!url.isEmpty()) {
                found << url;
                onLink = QPoint(x + 6, y + 8);
                break;
            }
        }
    }
    QVERIFY(!onLink.isNull());
    QCOMPARE(found.first(), QStringLiteral("https://example.com/aanbieding"));
    QCOMPARE(preview.linkAt(onLink), QStringLiteral("https://example.com/aanbieding"));
    QVERIFY(preview.linkAt(QPoint(2, 2)).isEmpty());           // the grey surround
    QVERIFY(preview.linkAt(onLink + QPoint(0, 50)).isEmpty()); // the second paragraph

    QSignalSpy hovered(&preview, &HtmlPreview::linkHovered);
    QTest::mouseMove(preview.viewport(), onLink);
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toString(), QStringLiteral("https://example.com/aanbieding"));
    QCOMPARE(preview.viewport()->cursor().shape(), Qt::PointingHandCursor);

    QTest::mouseMove(preview.viewport(), onLink + QPoint(0, 50));
    QTRY_COMPARE(hovered.count(), 2);
    QVERIFY(hovered.at(1).at(0).toString().isEmpty());
    QCOMPARE(preview.viewport()->cursor().shape(), Qt::ArrowCursor);
}

void TestHtmlPreview::survivesBadInput_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \n\t ");
    QTest::newRow("unclosed") << QStringLiteral("<table><tr><td>x</div></p>");
    QTest::newRow("stray closers") << QStringLiteral("</td></tr></table></body></html>text");
    QTest::newRow("broken css") << QStringLiteral(
        "<style>@media {{{ .a { color: ; background: url( } }</style><div class=a>x</div>");
    QTest::newRow("deep nesting") << QStringLiteral("<div>").repeated(500) + QStringLiteral("x");
    QTest::newRow("nested tables")
        << QStringLiteral("<table><tr><td>").repeated(60) + QStringLiteral("x");
    QTest::newRow("odd sizes") << QStringLiteral(
        "<img width=\"-5\" height=\"abc\" src=\"cid:\"><td colspan=\"0\" rowspan=\"-1\">y"
        "<p style=\"font-size:0; border:99999px solid red; width:-10%\">z</p>");
    QTest::newRow("control chars")
        << QString::fromUtf8("<p>\x01\x02\x7f \xe2\x80\x8b \xf0\x9f\x93\xa7</p>");
    QTest::newRow("lone lt") << QStringLiteral(
        "< < <a <b =\"\" <!-- <![CDATA[ & &#xffffff; &bogus;");
}

void TestHtmlPreview::survivesBadInput()
{
    QFETCH(QString, html);
    for (const int width : {600, 375}) {
        HtmlPreview preview;
        preview.setPageWidth(width);
        preview.setHtml(html);
        QVERIFY(preview.documentHeight() >= 0);
        const QImage page = preview.renderPage();
        QCOMPARE(page.width(), page.isNull() ? 0 : width);
        QVERIFY(preview.linkAt(QPoint(50, 50)).isEmpty());
        preview.resize(300, 200);
        preview.grab(); // paints through the widget path too
    }
}

void TestHtmlPreview::deepTableNestingIsRefused()
{
    // litehtml's table layout grows exponentially with nesting: 40 levels would take hours.
    HtmlPreview preview;
    QElapsedTimer timer;
    timer.start();
    preview.setHtml(QStringLiteral("<table><tr><td>").repeated(40) + QStringLiteral("x"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // The page says why instead of showing the template.
    QVERIFY(countPixels(preview.renderPage(), QRect(0, 0, 600, 80), isDark) > 100);

    // Ordinary nesting is laid out.
    preview.setHtml(QStringLiteral("<table><tr><td>").repeated(8) +
                    QStringLiteral("<div style=\"width:30px; height:30px; background:#0000ff\">"));
    QVERIFY(countPixels(preview.renderPage(), QRect(0, 0, 600, 80), isBlue) >= 30 * 30);
}

void TestHtmlPreview::keepsScrollPositionWhileTyping()
{
    HtmlPreview preview;
    preview.resize(700, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QString html = newsletter(20000);
    preview.setHtml(html);
    QVERIFY(preview.verticalScrollBar()->maximum() > 1000);
    preview.verticalScrollBar()->setValue(900);

    // A keystroke in the editor: almost the same HTML again.
    preview.setHtml(
        QString(html).replace(QStringLiteral("Artikel 3:"), QStringLiteral("Artikel 3!")));
    QCOMPARE(preview.verticalScrollBar()->value(), 900);

    // A resize recentres; the page keeps its width.
    preview.resize(1000, 400);
    QCOMPARE(preview.pageWidth(), 600);
    QCOMPARE(preview.verticalScrollBar()->value(), 900);
}

void TestHtmlPreview::switchingWidthEqualsFreshLayout()
{
    // The desktop/phone toggle must show what a fresh layout at that width shows (litehtml's
    // own restyling on a media change lost the attributes: images shrank to nothing).
    const QString html = newsletter(4000);
    const auto provider = [](const QString& src) {
        return src == QLatin1String("cid:blue") ? bluePng() : QByteArray();
    };
    HtmlPreview phone;
    phone.setImageProvider(provider);
    phone.setPageWidth(375);
    phone.setHtml(html);
    HtmlPreview toggled;
    toggled.setImageProvider(provider);
    toggled.setHtml(html);
    toggled.setPageWidth(375);
    QCOMPARE(toggled.documentHeight(), phone.documentHeight());
    QVERIFY(toggled.renderPage() == phone.renderPage());
    // The 160 x 100 photos keep their size.
    QVERIFY(countPixels(toggled.renderPage(), QRect(0, 0, 375, 400), isBlue) >= 160 * 100);

    toggled.setPageWidth(600);
    HtmlPreview desktop;
    desktop.setImageProvider(provider);
    desktop.setHtml(html);
    QVERIFY(toggled.renderPage() == desktop.renderPage());
}

void TestHtmlPreview::newsletterTiming()
{
    const QString html = newsletter(30 * 1024);
    QVERIFY(html.toUtf8().size() >= 30 * 1024);

    HtmlPreview preview;
    preview.setImageProvider([](const QString& src) {
        return src == QLatin1String("cid:blue") ? bluePng() : QByteArray();
    });
    QElapsedTimer timer;
    timer.start();
    preview.setHtml(html);
    const qint64 firstMs = timer.elapsed();
    timer.restart();
    preview.setHtml(html);
    const qint64 againMs = timer.elapsed();
    timer.restart();
    preview.setPageWidth(375);
    const qint64 relayoutMs = timer.elapsed();
    timer.restart();
    const QImage page = preview.renderPage();
    const qint64 paintMs = timer.elapsed();

    qDebug("30 KB newsletter (%lld bytes): parse+layout %lld ms (first), %lld ms (again), "
           "relayout at 375 px %lld ms, paint %d x %d %lld ms",
           qint64(html.toUtf8().size()), firstMs, againMs, relayoutMs, page.width(), page.height(),
           paintMs);
    QVERIFY(preview.documentHeight() > 1000);
    QVERIFY(countPixels(page, page.rect(), isBlue) > 1000);
}

QTEST_MAIN(TestHtmlPreview)
#include "tst_htmlpreview.moc"
