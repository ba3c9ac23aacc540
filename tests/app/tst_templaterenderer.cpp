#include "StarterTemplates.h"
#include "TemplateRenderer.h"

#include <QtTest>
#include <kainjow/mustache.hpp>

// Merge fields as data-driven tables: escaping, missing fields, sections, defaults,
// custom fields, built-ins, the subject, errors and unknown fields.
class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersHtml_data();
    void rendersHtml();
    void subjectIsNotHtmlEscaped();
    void brokenTemplatesNameTheLine_data();
    void brokenTemplatesNameTheLine();
    void unknownFieldsAreFound();
    void sameOutputAsTheLibraryItself();
};

void TestTemplateRenderer::rendersHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("expected");
    QTest::addRow("field") << "Hallo {{first_name}}!"
                           << "José"
                           << ""
                           << "Hallo José!";
    QTest::addRow("escaped") << "Hallo {{first_name}}!"
                             << "<script>alert(1)</script>"
                             << ""
                             << "Hallo &lt;script&gt;alert(1)&lt;/script&gt;!";
    QTest::addRow("quotes escaped in attributes") << "<img alt=\"{{first_name}}\">"
                                                  << "\"><script>"
                                                  << ""
                                                  << "<img alt=\"&quot;&gt;&lt;script&gt;\">";
    QTest::addRow("missing field") << "Hallo {{first_name}}!"
                                   << ""
                                   << ""
                                   << "Hallo !";
    QTest::addRow("default when empty")
        << "Beste {{first_name}}{{^first_name}}klant{{/first_name}},"
        << ""
        << ""
        << "Beste klant,";
    QTest::addRow("default not used") << "Beste {{first_name}}{{^first_name}}klant{{/first_name}},"
                                      << "Anna"
                                      << ""
                                      << "Beste Anna,";
    QTest::addRow("section hidden") << "<p>{{#company}}van {{company}}{{/company}}</p>"
                                    << "Anna"
                                    << ""
                                    << "<p></p>";
    QTest::addRow("section shown") << "<p>{{#company}}van {{company}}{{/company}}</p>"
                                   << "Anna"
                                   << "Bakkerij & Zn"
                                   << "<p>van Bakkerij &amp; Zn</p>";
    QTest::addRow("custom field") << "Klantnummer {{custom.klantnummer}}"
                                  << ""
                                  << ""
                                  << "Klantnummer 1001";
    // Spaces in the text, in tags and in values come out exactly as they went in.
    QTest::addRow("spaces") << "Hallo  {{ first_name }} , welkom bij {{{company}}} !"
                            << "Anna  Maria"
                            << "A & B"
                            << "Hallo  Anna  Maria , welkom bij A & B !";
    // A section tag alone on its line takes the line with it (Mustache's standalone rule).
    QTest::addRow("standalone section lines")
        << "<p>\n{{#company}}\nvan {{company}}\n{{/company}}\n</p>"
        << ""
        << "Smit"
        << "<p>\nvan Smit\n</p>";
    // Lines without tags around them keep their breaks, whether the section shows or not.
    QTest::addRow("standalone lines among plain lines, shown")
        << "<p>een\ntwee\n  {{#company}}\n  <b>{{company}}</b>\n  {{/company}}\ndrie\nvier</p>"
        << ""
        << "Smit"
        << "<p>een\ntwee\n  <b>Smit</b>\ndrie\nvier</p>";
    QTest::addRow("standalone lines among plain lines, hidden")
        << "<p>een\ntwee\n{{#company}}\n<b>{{company}}</b>\n{{/company}}\ndrie\n\nvier</p>"
        << ""
        << ""
        << "<p>een\ntwee\n\ndrie\n\nvier</p>"; // kainjow's reading of the standalone rule
    QTest::addRow("tag spanning lines") << "a\nb {{\nfirst_name\n}} c\nd\ne"
                                        << "Anna"
                                        << ""
                                        << "a\nb Anna c\nd\ne";
    QTest::addRow("built-ins")
        << "<a href=\"{{{unsubscribe_url}}}\">Afmelden</a> {{sender_address}}"
        << ""
        << ""
        << "<a href=\"https://s.example/u/t0k?a=1&b=2\">Afmelden</a> "
           "Markt 1, 3511 Utrecht";
}

void TestTemplateRenderer::rendersHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, firstName);
    QFETCH(QString, company);
    QFETCH(QString, expected);
    auto renderer = TemplateRenderer::compile(QStringLiteral("x"), html);
    QVERIFY2(renderer.ok(), qPrintable(renderer.errorMessage()));
    Contact c;
    c.email = QStringLiteral("anna@voorbeeld.nl");
    c.firstName = firstName;
    c.company = company;
    c.customFields.insert(QStringLiteral("klantnummer"), QStringLiteral("1001"));
    TemplateRenderer::Context ctx;
    ctx.unsubscribeUrl = QStringLiteral("https://s.example/u/t0k?a=1&b=2");
    ctx.senderAddress = QStringLiteral("Markt 1, 3511 Utrecht");
    const auto out = renderer.value().render(c, ctx);
    QCOMPARE(QString::fromStdString(out.html), expected);
}

void TestTemplateRenderer::subjectIsNotHtmlEscaped()
{
    auto renderer = TemplateRenderer::compile(
        QStringLiteral("Aanbieding voor {{first_name}} & co{{^company}}!{{/company}}"),
        QStringLiteral("<p>{{first_name}}</p>"));
    QVERIFY(renderer.ok());
    Contact c;
    c.firstName = QStringLiteral("Zoë <VIP>");
    const auto out = renderer.value().render(c, {});
    QCOMPARE(QString::fromStdString(out.subject),
             QStringLiteral("Aanbieding voor Zoë <VIP> & co!"));
    QCOMPARE(QString::fromStdString(out.html), QStringLiteral("<p>Zoë &lt;VIP&gt;</p>"));
}

void TestTemplateRenderer::brokenTemplatesNameTheLine_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("line");
    QTest::addRow("unclosed section") << "<p>a</p>\n<p>b</p>\n{{#company}}<p>c</p>"
                                      << "Line 3";
    QTest::addRow("closed twice") << "{{#company}}x{{/company}}\n{{/company}}"
                                  << "Line 2";
    // The section left open is named, where it opens.
    QTest::addRow("wrong close") << "<p>\n{{#company}}\nx{{/city}}"
                                 << "Line 2";
}

void TestTemplateRenderer::brokenTemplatesNameTheLine()
{
    QFETCH(QString, html);
    QFETCH(QString, line);
    auto renderer = TemplateRenderer::compile(QStringLiteral("Onderwerp"), html);
    QVERIFY(!renderer.ok());
    QCOMPARE(renderer.error().field, QStringLiteral("html"));
    QVERIFY2(renderer.errorMessage().startsWith(line), qPrintable(renderer.errorMessage()));
    auto subject = TemplateRenderer::compile(QStringLiteral("{{#x}}"), QStringLiteral("ok"));
    QVERIFY(!subject.ok());
    QCOMPARE(subject.error().field, QStringLiteral("subject"));
}

void TestTemplateRenderer::unknownFieldsAreFound()
{
    const QString html = QStringLiteral("<p>{{first_name}} {{voornaam}}</p>\n"
                                        "{{#custom.vip}}VIP{{/custom.vip}}\n"
                                        "{{! a comment }}<a href=\"{{{unsubscribe_url}}}\">x</a>\n"
                                        "{{ unsubscribe_link }}");
    const auto unknown = TemplateRenderer::unknownTags(html);
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).name, QStringLiteral("voornaam"));
    QCOMPARE(unknown.at(0).line, 1);
    QCOMPARE(unknown.at(1).name, QStringLiteral("unsubscribe_link"));
    QCOMPARE(unknown.at(1).line, 4);
    QCOMPARE(TemplateRenderer::tags(html).size(), 6);
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
// The renderer stores spaces and some line breaks differently while the library parses (for
// speed); what comes out must still be exactly what kainjow renders from the template as
// written: the starters, and text built to trip up the standalone-line rule.
void TestTemplateRenderer::sameOutputAsTheLibraryItself()
{
    QStringList templates;
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")})
        for (const StarterTemplate& s : StarterTemplates::all(language))
            templates << s.html;
    templates
        << QStringLiteral("a\n\n  {{#company}}  \n\tx {{company}} y\n  {{/company}}\n\nb")
        << QStringLiteral("{{#company}}\n{{^first_name}}\nklant\n{{/first_name}}\n{{/company}}")
        << QStringLiteral("  een  twee  \r\n  {{first_name}}  \r\n\r\ndrie  ")
        << QStringLiteral("<td>\n    {{! opmerking }}\n    tekst\n</td>\n")
        << QStringLiteral("x {{{company}}}\n{{&first_name}}\n\n\n  y  ")
        << QStringLiteral(
               "a b\n  {{#company}}   {{/company}}  \n c  d \n {{^company}} x y {{/company}}\n")
        << QStringLiteral(
               "een twee {{first_name}} drie vier\n\t{{#company}}\t\nvijf  zes\n{{/company}} zeven")
        << QStringLiteral("{{#company}} a {{company}} b {{/company}}\r\n  c {{! x }} d  \r\n");
    namespace m = kainjow::mustache;
    for (const bool filled : {true, false}) {
        Contact c;
        c.email = QStringLiteral("anna@voorbeeld.nl");
        if (filled) {
            c.firstName = QStringLiteral("Anna  <b>");
            c.company = QStringLiteral("Smit & Zn");
        }
        TemplateRenderer::Context ctx;
        ctx.unsubscribeUrl = QStringLiteral("https://s.example/u/t0k");
        ctx.viewOnlineUrl = QStringLiteral("https://s.example/v/t0k");
        ctx.senderAddress = QStringLiteral("Markt 1, 3511 Utrecht");
        m::data d;
        const auto set = [&d](const char* name, const QString& v) {
            if (v.isEmpty())
                d.set(name, m::data(m::data::type::bool_false));
            else
                d.set(name, v.toStdString());
        };
        set("email", c.email);
        set("first_name", c.firstName);
        set("last_name", {});
        set("company", c.company);
        for (const char* empty : {"phone", "street", "postal_code", "city", "country", "website"})
            set(empty, {});
        d.set("custom", m::data());
        set("unsubscribe_url", ctx.unsubscribeUrl);
        set("view_online_url", ctx.viewOnlineUrl);
        set("sender_address", ctx.senderAddress);
        for (const QString& html : std::as_const(templates)) {
            auto ours = TemplateRenderer::compile(QStringLiteral("x"), html);
            QVERIFY2(ours.ok(), qPrintable(ours.errorMessage()));
            m::mustache theirs(html.toStdString());
            QVERIFY(theirs.is_valid());
            QCOMPARE(QString::fromStdString(ours.value().render(c, ctx).html),
                     QString::fromStdString(theirs.render(d)));
        }
    }
}

#include "tst_templaterenderer.moc"
