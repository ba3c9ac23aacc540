#include "PlainText.h"

#include <QtTest>

// The plain-text part as data-driven tables: HTML in, the text a reader gets out.
class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void convertsHtml_data();
    void convertsHtml();
    void wrapsWithoutBreakingUrlsOrTags_data();
    void wrapsWithoutBreakingUrlsOrTags();
    void newsletter();
};

void TestPlainText::convertsHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::addRow("paragraphs") << "<p>Eerste alinea.</p><p>Tweede alinea.</p>"
                                << "Eerste alinea.\n\nTweede alinea.\n";
    QTest::addRow("whitespace collapsed")
        << "<p>  Veel\n   ruimte\t\ttussen   de <b>woorden</b> .  </p>"
        << "Veel ruimte tussen de woorden .\n";
    QTest::addRow("br and divs") << "<div>Regel een<br>Regel twee</div><div>Regel drie</div>"
                                 << "Regel een\nRegel twee\nRegel drie\n";
    QTest::addRow("at most one empty line") << "<p>a</p><p>&nbsp;</p><p></p><br><br><br><p>b</p>"
                                            << "a\n\nb\n";
    QTest::addRow("entities") << "<p>Caf&eacute; &amp; re&euml;el &uuml;ber &lt;tag&gt; "
                                 "&copy; 2024</p>"
                              << "Café & reëel über <tag> © 2024\n";
    QTest::addRow("utf-8 as is") << "<p>Groeten uit Utrecht — ’t café</p>"
                                 << "Groeten uit Utrecht — ’t café\n";
    QTest::addRow("link") << "<p>Lees <a href=\"https://voorbeeld.nl/blog\">ons blog</a>.</p>"
                          << "Lees ons blog (https://voorbeeld.nl/blog).\n";
    QTest::addRow("link text is the url")
        << "<p><a href=\"https://voorbeeld.nl/\">https://voorbeeld.nl/</a></p>"
        << "https://voorbeeld.nl/\n";
    QTest::addRow("link text is the url without scheme")
        << "<p>Zie <a href=\"https://www.voorbeeld.nl/\">www.voorbeeld.nl</a></p>"
        << "Zie https://www.voorbeeld.nl/\n";
    QTest::addRow("mailto") << "<p>Mail <a href=\"mailto:info@voorbeeld.nl?subject=Vraag\">"
                               "onze klantenservice</a></p>"
                            << "Mail onze klantenservice (info@voorbeeld.nl)\n";
    QTest::addRow("mailto with the address as text")
        << "<p><a href=\"mailto:info@voorbeeld.nl\">info@voorbeeld.nl</a></p>"
        << "info@voorbeeld.nl\n";
    QTest::addRow("anchor link is only text") << "<p><a href=\"#top\">Naar boven</a></p>"
                                              << "Naar boven\n";
    QTest::addRow("image alt") << "<p><img src=\"logo.png\" alt=\"Bakkerij Smit\"> nieuws</p>"
                               << "[Bakkerij Smit] nieuws\n";
    QTest::addRow("image without alt or empty alt")
        << "<p><img src=\"spacer.gif\" alt=\"\"><img src=\"x.png\">Tekst</p>"
        << "Tekst\n";
    QTest::addRow("linked image") << "<p><a href=\"https://x.nl/a\"><img src=\"b.png\" "
                                     "alt=\"Bestel nu\"></a></p>"
                                  << "[Bestel nu] (https://x.nl/a)\n";
    QTest::addRow("linked image without alt")
        << "<p><a href=\"https://x.nl/a\"><img src=\"b.png\" alt=\"\"></a></p>"
        << "https://x.nl/a\n";
    QTest::addRow("unordered list") << "<p>Dit krijgt u:</p><ul><li>Brood</li><li>Koek</li></ul>"
                                       "<p>Tot ziens</p>"
                                    << "Dit krijgt u:\n\n- Brood\n- Koek\n\nTot ziens\n";
    QTest::addRow("ordered list") << "<ol><li>Eén</li><li>Twee</li></ol>"
                                  << "1. Eén\n2. Twee\n";
    QTest::addRow("nested list") << "<ul><li>Brood<ul><li>wit</li><li>bruin</li></ul></li>"
                                    "<li>Koek</li></ul>"
                                 << "- Brood\n  - wit\n  - bruin\n- Koek\n";
    QTest::addRow("headings") << "<h1>Nieuws</h1><p>Tekst</p><h2>Agenda</h2><p>Maandag</p>"
                                 "<h3>Details</h3><p>Meer</p>"
                              << "Nieuws\n======\n\nTekst\n\nAgenda\n------\n\nMaandag\n\n"
                                 "Details\n\nMeer\n";
    QTest::addRow("hr") << "<p>a</p><hr><p>b</p>"
                        << "a\n\n" + QString(72, QLatin1Char('-')) + "\n\nb\n";
    QTest::addRow("head, style and script dropped")
        << "<html><head><title>Titel</title><style>p{color:red}</style></head>"
           "<body><script>x()</script><p>Zichtbaar</p><style>.a{}</style></body></html>"
        << "Zichtbaar\n";
    QTest::addRow("hidden preheader dropped")
        << "<div style=\"display: none; max-height:0\">Voorvertoning</div><p>Inhoud</p>"
        << "Inhoud\n";
    QTest::addRow("data table") << "<table><tr><th>Datum</th><th>Plaats</th></tr>"
                                   "<tr><td>1 mei</td><td>Utrecht</td></tr></table>"
                                << "Datum | Plaats\n1 mei | Utrecht\n";
    QTest::addRow("layout table, one cell per row")
        << "<table width=\"600\" cellpadding=\"0\" bgcolor=\"#ffffff\" align=\"center\">"
           "<tr><td align=\"center\"><img src=\"logo.png\" alt=\"Logo\"></td></tr>"
           "<tr><td style=\"padding:20px\"><h1>Welkom</h1><p>Fijn dat u er bent.</p></td></tr>"
           "<tr><td><p>Groet,<br>Anna</p></td></tr></table>"
        << "[Logo]\n\nWelkom\n======\n\nFijn dat u er bent.\n\nGroet,\nAnna\n";
    // A spacer row (&nbsp;) is the empty space it shows as.
    QTest::addRow("nested layout tables")
        << "<table><tr><td><table><tr><td>Binnen</td></tr></table></td></tr>"
           "<tr><td height=\"20\">&nbsp;</td></tr><tr><td>Onder</td></tr>"
           "<tr><td><table><tr><td>Diep</td></tr></table></td></tr></table>"
        << "Binnen\n\nOnder\nDiep\n";
    QTest::addRow("layout columns with long content")
        << "<table><tr><td><p>Een lange kolom met heel veel tekst erin die niet op een "
           "regel past</p></td><td><p>Tweede kolom</p></td></tr></table>"
        << "Een lange kolom met heel veel tekst erin die niet op een regel past\n\n"
           "Tweede kolom\n";
    QTest::addRow("mustache kept") << "<p>Beste {{first_name}}{{^first_name}}klant"
                                      "{{/first_name}},</p>"
                                   << "Beste {{first_name}}{{^first_name}}klant"
                                      "{{/first_name}},\n";
    QTest::addRow("mustache in href") << "<p><a href=\"{{unsubscribe_url}}\">Afmelden</a> "
                                         "<a href=\"{{{view_online_url}}}\">{{{view_online_url}}}"
                                         "</a></p>"
                                      << "Afmelden ({{unsubscribe_url}}) {{{view_online_url}}}\n";
    QTest::addRow("mustache with spaces") << "<p>Hallo {{ first_name }}!</p>"
                                          << "Hallo {{ first_name }}!\n";
    QTest::addRow("sections between blocks")
        << "<p>Hallo</p>\n{{#company}}\n<p>Namens {{company}}</p>\n{{/company}}\n<p>Dag</p>"
        << "Hallo\n{{#company}}\n\nNamens {{company}}\n{{/company}}\n\nDag\n";
    QTest::addRow("sections between table rows")
        << "<table>{{#custom.vip}}<tr><td>VIP-korting</td></tr>{{/custom.vip}}"
           "<tr><td>Voor iedereen</td></tr></table>"
        << "{{#custom.vip}}\nVIP-korting\n{{/custom.vip}}\nVoor iedereen\n";
    QTest::addRow("sender address") << "<p style=\"font-size:11px\">{{sender_address}}</p>"
                                    << "{{sender_address}}\n";
    QTest::addRow("pre") << "<pre>a  b\n  c</pre>"
                         << "a  b\n  c\n";
    QTest::addRow("zero-width padding removed") << "<p>Tekst&zwnj;&#847;&zwnj;</p>"
                                                << "Tekst\n";
    QTest::addRow("empty") << ""
                           << "\n";
}

void TestPlainText::convertsHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::fromHtml(html), expected);
}

void TestPlainText::wrapsWithoutBreakingUrlsOrTags_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");
    QTest::addRow("paragraph") << "<p>aaa bbb ccc ddd eee fff</p>" << 11
                               << "aaa bbb ccc\nddd eee fff\n";
    QTest::addRow("long url on its own line")
        << "<p>Zie <a href=\"https://voorbeeld.nl/een/heel/lang/pad?met=parameters&en=meer\">"
           "hier</a> voor meer.</p>"
        << 30
        << "Zie hier\n(https://voorbeeld.nl/een/heel/lang/pad?met=parameters&en=meer)\nvoor "
           "meer.\n";
    QTest::addRow("merge field with spaces not split")
        << "<p>aaaaaa {{ first_name }} bbb</p>" << 10 << "aaaaaa\n{{ first_name }}\nbbb\n";
    // Wrapped as merged: the section tags take no room.
    QTest::addRow("sections take no room")
        << "<p>Beste {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}klant"
           "{{/first_name}}, welkom terug</p>"
        << 30
        << "Beste {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}klant"
           "{{/first_name}},\nwelkom terug\n";
    QTest::addRow("list item continues under its text")
        << "<ul><li>een twee drie vier</li></ul>" << 12 << "- een twee\n  drie vier\n";
    QTest::addRow("no wrapping") << "<p>aaa bbb ccc ddd eee fff</p>" << 0
                                 << "aaa bbb ccc ddd eee fff\n";
}

void TestPlainText::wrapsWithoutBreakingUrlsOrTags()
{
    QFETCH(QString, html);
    QFETCH(int, width);
    QFETCH(QString, expected);
    const QString text = PlainText::fromHtml(html, width);
    QCOMPARE(text, expected);
    if (width > 0)
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (!line.contains(QLatin1String("https://")) && !line.contains(QLatin1String("{{")))
                QVERIFY2(line.size() <= width, qPrintable(line));
}

// A realistic newsletter: the text reads top to bottom, no markup, no empty-line runs.
void TestPlainText::newsletter()
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Nieuws</title>\n"
        "<style>td{font-family:Arial}</style></head>\n"
        "<body style=\"margin:0\">\n"
        "<table width=\"100%\" bgcolor=\"#eeeeee\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "<tr><td align=\"center\">\n"
        "  <table width=\"600\" bgcolor=\"#ffffff\" cellpadding=\"20\">\n"
        "    <tr><td><a href=\"{{{view_online_url}}}\">Bekijk online</a></td></tr>\n"
        "    <tr><td><img src=\"https://cdn.voorbeeld.nl/logo.png\" alt=\"Bakkerij Smit\" "
        "width=\"200\"></td></tr>\n"
        "    <tr><td>\n"
        "      <h1 style=\"font-size:24px\">Hallo {{first_name}}!</h1>\n"
        "      <p>Deze maand bakken we    <strong>speculaas</strong>.\n"
        "      Bestel op <a href=\"https://voorbeeld.nl/bestel\">voorbeeld.nl/bestel</a>.</p>\n"
        "    </td></tr>\n"
        "    <tr><td style=\"font-size:11px;color:#999\">\n"
        "      {{sender_address}}<br>\n"
        "      <a href=\"{{{unsubscribe_url}}}\">Afmelden</a>\n"
        "    </td></tr>\n"
        "  </table>\n"
        "</td></tr></table>\n"
        "</body></html>\n");
    const QString expected =
        QStringLiteral("Bekijk online ({{{view_online_url}}})\n"
                       "[Bakkerij Smit]\n"
                       "\n"
                       "Hallo {{first_name}}!\n"
                       "=====================\n"
                       "\n"
                       "Deze maand bakken we speculaas. Bestel op https://voorbeeld.nl/bestel.\n"
                       "\n"
                       "{{sender_address}}\n"
                       "Afmelden ({{{unsubscribe_url}}})\n");
    QCOMPARE(PlainText::fromHtml(html), expected);
}

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
