#include "TemplateRenderer.h"

#include <QtTest>

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
#include "tst_templaterenderer.moc"
