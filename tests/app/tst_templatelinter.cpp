#include "TemplateLinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

Q_DECLARE_METATYPE(LintFinding::Severity)

// Every rule as a table: a template that breaks it (rule, severity, line) and one that
// does not; then a realistic newsletter that must pass clean, Mustache in places HTML
// Tidy would choke on, line and column numbers, the Gmail size limit and the JSON.
namespace {

using Severity = LintFinding::Severity;

const QString kAddress = QStringLiteral("Bakkerij Smit, Markt 1, 3511 AA Utrecht");

// A complete, clean document around `body`, which starts on line 3.
QString document(const QString& body,
                 const QString& footer = QStringLiteral(
                     "<p>{{sender_address}}<br><a href=\"{{{unsubscribe_url}}}\">Afmelden</a>"
                     "</p>"))
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><title>Nieuws</title></head><body>\n") +
           body + QLatin1Char('\n') + footer + QStringLiteral("\n</body></html>\n");
}

QString imgs(int n, const QString& scheme)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QStringLiteral("<img src=\"%1voorbeeld.nl/%2.png\" alt=\"Foto %2\">\n")
                 .arg(scheme)
                 .arg(i);
    return s;
}

QString describe(const QVector<LintFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << QStringLiteral("%1 %2 %3:%4 %5")
                   .arg(TemplateLinter::severityName(f.severity), f.rule)
                   .arg(f.line)
                   .arg(f.column)
                   .arg(f.message);
    return out.join(QLatin1Char('\n'));
}

QVector<LintFinding> withRule(const QVector<LintFinding>& findings, const QString& rule)
{
    QVector<LintFinding> out;
    for (const auto& f : findings)
        if (f.rule == rule)
            out << f;
    return out;
}

const QString kNewsletter = QStringLiteral(
    "<!DOCTYPE html>\n"
    "<html lang=\"nl\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width\">\n"
    "<title>Nieuws van Bakkerij Smit</title>\n"
    "<style type=\"text/css\">body{margin:0} .knop a{color:#fff}</style>\n"
    "</head>\n"
    "<body style=\"margin:0;padding:0\" bgcolor=\"#eeeeee\">\n"
    "<div style=\"display:none;max-height:0;overflow:hidden\">Speculaas is terug!&zwnj;&nbsp;"
    "</div>\n"
    "<center>\n"
    "<table width=\"100%\" bgcolor=\"#eeeeee\" cellpadding=\"0\" cellspacing=\"0\" "
    "border=\"0\">\n"
    "<tr><td align=\"center\" valign=\"top\">\n"
    "  <table width=\"600\" bgcolor=\"#ffffff\" cellpadding=\"20\" cellspacing=\"0\" "
    "border=\"0\" style=\"max-width:600px\">\n"
    "    <tr><td align=\"right\" style=\"font-size:11px\">"
    "<a href=\"{{{view_online_url}}}\" style=\"color:#999\">Bekijk online</a></td></tr>\n"
    "    <tr><td align=\"center\"><img src=\"https://cdn.voorbeeld.nl/logo.png\" "
    "alt=\"Bakkerij Smit\" width=\"200\" height=\"60\" border=\"0\" "
    "style=\"display:block\"></td></tr>\n"
    "    <tr><td style=\"font-family:Arial,sans-serif;font-size:16px;line-height:24px\">\n"
    "      <h1 style=\"font-size:24px;margin:0 0 16px\">Hallo "
    "{{first_name}}{{^first_name}}klant{{/first_name}}!</h1>\n"
    "      <p>Deze maand bakken we weer <strong>speculaas</strong> &amp; "
    "<em>taaitaai</em>.</p>\n"
    "      {{#company}}<p>Ook voor de collega's van {{company}}.</p>{{/company}}\n"
    "      <table cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
    "<td class=\"knop\" bgcolor=\"#c0392b\" style=\"border-radius:4px;padding:12px 24px\">\n"
    "        <a href=\"https://voorbeeld.nl/bestel?bron=nieuwsbrief&maand=11\" "
    "target=\"_blank\" style=\"color:#ffffff;text-decoration:none\">Bestel nu</a>\n"
    "      </td></tr></table>\n"
    "      <img src=\"https://cdn.voorbeeld.nl/spacer.gif\" alt=\"\" width=\"1\" "
    "height=\"20\">\n"
    "      <font face=\"Arial\" color=\"#666666\" size=\"2\">Prijzen inclusief btw.</font>\n"
    "    </td></tr>\n"
    "    <tr><td align=\"center\" style=\"font-size:11px;color:#999999\">\n"
    "      {{sender_address}}<br>\n"
    "      <a href=\"{{{unsubscribe_url}}}\" title=\"Afmelden voor {{email}}\" "
    "style=\"color:#999999\">Afmelden</a>\n"
    "    </td></tr>\n"
    "  </table>\n"
    "</td></tr>\n"
    "</table>\n"
    "</center>\n"
    "</body>\n"
    "</html>\n");

} // namespace

class TestTemplateLinter : public QObject
{
    Q_OBJECT

private slots:
    void ruleTriggers_data();
    void ruleTriggers();
    void ruleDoesNotTrigger_data();
    void ruleDoesNotTrigger();
    void cleanNewsletter();
    void mustacheInAttributesIsNotHtml();
    void linesAndColumns();
    void gmailClipsOver102KB();
    void remoteImagesCountOnlyHttp();
    void sortedByLine();
    void hasErrors();
    void json();
};

void TestTemplateLinter::ruleTriggers_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("senderAddress");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("line"); // -1: not checked

    const QString s = QStringLiteral("Nieuws");
    QTest::addRow("missing unsubscribe")
        << s
        << document(QStringLiteral("<p>Hallo</p>"), QStringLiteral("<p>{{sender_address}}</p>"))
        << kAddress << "missing-unsubscribe" << Severity::Error << 0;
    QTest::addRow("unsubscribe only as text")
        << s
        << document(
               QStringLiteral("<p>Hallo</p>"),
               QStringLiteral("<p>{{sender_address}}</p>\n<p>Afmelden: {{unsubscribe_url}}</p>"))
        << kAddress << "unsubscribe-not-a-link" << Severity::Warning << 5;
    QTest::addRow("unknown field")
        << s << document(QStringLiteral("<p>Hallo</p>\n<p>{{voornaam}}</p>")) << kAddress
        << "unknown-field" << Severity::Warning << 4;
    QTest::addRow("unknown field in subject")
        << "Hallo {{voornaam}}" << document(QStringLiteral("<p>Hallo</p>")) << kAddress
        << "subject-unknown-field" << Severity::Warning << 0;
    QTest::addRow("unclosed section")
        << s << document(QStringLiteral("<p>a</p>\n{{#company}}<p>b</p>")) << kAddress
        << "unbalanced-section" << Severity::Error << 4;
    QTest::addRow("section closed that was never opened")
        << s << document(QStringLiteral("<p>a</p>\n<p>b</p>\n{{/company}}")) << kAddress
        << "unbalanced-section" << Severity::Error << 5;
    QTest::addRow("tag without its closing braces")
        << s << document(QStringLiteral("<p>a</p>\n<p>{{first_name</p>")) << kAddress
        << "malformed-tag" << Severity::Error << 4;
    QTest::addRow("unclosed tag at the end")
        << s
        << document(QStringLiteral("<p>a</p>"), QStringLiteral("<p>{{sender_address}}\n"
                                                               "<a href={{unsubscribe_url}}>x</a>"
                                                               "\n{{first_name"))
        << kAddress << "malformed-tag" << Severity::Error << 6;
    QTest::addRow("unclosed section in subject")
        << "{{#company}}Voor {{company}}" << document(QStringLiteral("<p>a</p>")) << kAddress
        << "unbalanced-section" << Severity::Error << 0;
    QTest::addRow("missing end tag") << s << document(QStringLiteral("<p>a</p>\n<div><p>b</p>"))
                                     << kAddress << "broken-html" << Severity::Warning << 4;
    QTest::addRow("mis-nested") << s << document(QStringLiteral("<p>a <b>vet</p></b>")) << kAddress
                                << "broken-html" << Severity::Warning << 3;
    QTest::addRow("unknown element")
        << s << document(QStringLiteral("<p>a</p>\n\n<p><blnk>b</blnk></p>")) << kAddress
        << "broken-html" << Severity::Warning << 5;
    QTest::addRow("stray end tag") << s << document(QStringLiteral("<p>a</div></p>")) << kAddress
                                   << "broken-html" << Severity::Warning << 3;
    QTest::addRow("duplicate attribute")
        << s << document(QStringLiteral("<p>a</p>\n<p class=\"a\" class=\"b\">b</p>")) << kAddress
        << "broken-html" << Severity::Warning << 4;
    QTest::addRow("text directly in a table")
        << s << document(QStringLiteral("<table>\nLos<tr><td>a</td></tr></table>")) << kAddress
        << "broken-html" << Severity::Warning << 4;
    // A quotation mark missing: up to the next one is swallowed, to the end of the
    // document when there is none (then the document is unusable).
    QTest::addRow("missing quotation mark")
        << s << document(QStringLiteral("<p><a href=\"https://voorbeeld.nl>x</a></p>")) << kAddress
        << "broken-html" << Severity::Warning << 3;
    QTest::addRow("unterminated attribute")
        << s
        << document(QStringLiteral("<p><a href=\"https://voorbeeld.nl>x</a></p>"),
                    QStringLiteral("<p>{{sender_address}} <a href='{{unsubscribe_url}}'>x</a>"))
        << kAddress << "broken-html" << Severity::Error << 3;
    QTest::addRow("image without alt")
        << s
        << document(QStringLiteral("<p>a</p>\n<img src=\"https://cdn.voorbeeld.nl/logo.png\">"))
        << kAddress << "image-alt" << Severity::Warning << 4;
    QTest::addRow("http link") << s
                               << document(QStringLiteral(
                                      "<p><a href=\"http://voorbeeld.nl\">x</a></p>"))
                               << kAddress << "insecure-link" << Severity::Warning << 3;
    QTest::addRow("http image")
        << s
        << document(QStringLiteral(
               "<p>a</p>\n<p>b</p>\n<img src=\"HTTP://voorbeeld.nl/a.png\" alt=\"\">"))
        << kAddress << "insecure-link" << Severity::Warning << 5;
    QTest::addRow("no postal address")
        << s
        << document(QStringLiteral("<p>a</p>"),
                    QStringLiteral("<a href=\"{{unsubscribe_url}}\">Afmelden</a>"))
        << kAddress << "no-sender-address" << Severity::Warning << 0;
    QTest::addRow("no postal address and none set")
        << s
        << document(QStringLiteral("<p>a</p>"),
                    QStringLiteral("<a href=\"{{unsubscribe_url}}\">Afmelden</a>"))
        << QString() << "no-sender-address" << Severity::Warning << 0;
    QTest::addRow("address tag but no address in settings")
        << s << document(QStringLiteral("<p>a</p>")) << QString() << "no-sender-address"
        << Severity::Warning << 0;
    QTest::addRow("too many remote images")
        << s << document(imgs(6, QStringLiteral("https://"))) << kAddress << "remote-images"
        << Severity::Warning << 0;
    QTest::addRow("empty subject") << "  " << document(QStringLiteral("<p>a</p>")) << kAddress
                                   << "empty-subject" << Severity::Warning << 0;
    QTest::addRow("no doctype")
        << s << QStringLiteral("<p>{{sender_address}} <a href=\"{{unsubscribe_url}}\">x</a></p>")
        << kAddress << "no-doctype" << Severity::Info << 0;
}

void TestTemplateLinter::ruleTriggers()
{
    QFETCH(QString, subject);
    QFETCH(QString, html);
    QFETCH(QString, senderAddress);
    QFETCH(QString, rule);
    QFETCH(Severity, severity);
    QFETCH(int, line);
    TemplateLinter::Options options;
    options.senderAddress = senderAddress;
    const auto findings = TemplateLinter::lint(subject, html, options);
    const auto hits = withRule(findings, rule);
    const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                 [&](const LintFinding& f) { return f.severity == severity; });
    QVERIFY2(it != hits.cend(), qPrintable(describe(findings)));
    const LintFinding& f = *it;
    if (line >= 0)
        QCOMPARE(f.line, line);
    QVERIFY(!f.message.isEmpty());
    // A finding with a line says which, in words the marketer reads.
    if (f.line > 0)
        QVERIFY2(f.message.startsWith(QStringLiteral("Line %1:").arg(f.line)),
                 qPrintable(f.message));
}

void TestTemplateLinter::ruleDoesNotTrigger_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("senderAddress");
    QTest::addColumn<QString>("rule");

    const QString s = QStringLiteral("Nieuws voor {{first_name}}");
    QTest::addRow("unsubscribe link, triple braces")
        << s << document(QStringLiteral("<p>a</p>")) << kAddress << "missing-unsubscribe";
    QTest::addRow("unsubscribe link, ampersand")
        << s
        << document(QStringLiteral("<p>a</p>"),
                    QStringLiteral("{{sender_address}} <a href='{{& unsubscribe_url}}'>x</a>"))
        << kAddress << "missing-unsubscribe";
    QTest::addRow("unsubscribe is a link")
        << s
        << document(QStringLiteral("<p>a</p>"),
                    QStringLiteral("{{sender_address}} <a href={{unsubscribe_url}}>x</a>"))
        << kAddress << "unsubscribe-not-a-link";
    QTest::addRow("known and custom fields")
        << s << document(QStringLiteral("<p>{{first_name}} {{custom.klantnummer}} {{company}}</p>"))
        << kAddress << "unknown-field";
    QTest::addRow("known field in subject")
        << s << document(QStringLiteral("<p>a</p>")) << kAddress << "subject-unknown-field";
    QTest::addRow("balanced sections")
        << "{{#company}}{{company}}{{/company}}"
        << document(QStringLiteral("{{#company}}<p>{{company}}</p>{{/company}}\n"
                                   "<p>{{^first_name}}klant{{/first_name}}</p>"))
        << kAddress << "unbalanced-section";
    QTest::addRow("e-mail idioms are not broken html")
        << s
        << document(QStringLiteral(
               "<center><font face=\"Arial\" size=\"2\" color=\"red\">x</font></center>\n"
               "<table width=600 bgcolor=\"#ffffff\" align=\"center\" cellpadding=\"0\" "
               "cellspacing=\"0\" border=\"0\"><tr><td valign=\"top\" nowrap "
               "style=\"padding:0\" background=\"https://x.nl/bg.png\">a<br/>b</td></tr></table>\n"
               "<ul><li>een<li>twee</ul>\n"
               "<p>Prijs &euro; 5 &amp; meer&nbsp;<a href=\"https://x.nl/?a=1&b=2\">hier</a>\n"
               "<p>Nog een alinea zonder eindtag"))
        << kAddress << "broken-html";
    QTest::addRow("decorative image")
        << s << document(QStringLiteral("<img src=\"https://x.nl/s.gif\" alt=\"\">")) << kAddress
        << "image-alt";
    QTest::addRow("https")
        << s
        << document(QStringLiteral(
               "<a href=\"https://x.nl\"><img src=\"https://x.nl/a.png\" alt=\"a\"></a>"))
        << kAddress << "insecure-link";
    QTest::addRow("http only in text")
        << s
        << document(
               QStringLiteral("<p>Niet http://x.nl maar <a href=\"mailto:a@x.nl\">mail</a></p>"))
        << kAddress << "insecure-link";
    QTest::addRow("address written out")
        << s
        << document(QStringLiteral("<p>a</p>"),
                    QStringLiteral("<p>") + kAddress +
                        QStringLiteral(" <a href=\"{{unsubscribe_url}}\">x</a></p>"))
        << kAddress << "no-sender-address";
    QTest::addRow("address tag and address set")
        << s << document(QStringLiteral("<p>a</p>")) << kAddress << "no-sender-address";
    QTest::addRow("five remote images")
        << s << document(imgs(5, QStringLiteral("https://"))) << kAddress << "remote-images";
    QTest::addRow("inline images do not count")
        << s << document(imgs(8, QStringLiteral("cid:"))) << kAddress << "remote-images";
    QTest::addRow("subject set") << s << document(QStringLiteral("<p>a</p>")) << kAddress
                                 << "empty-subject";
    QTest::addRow("doctype") << s << document(QStringLiteral("<p>a</p>")) << kAddress
                             << "no-doctype";
}

void TestTemplateLinter::ruleDoesNotTrigger()
{
    QFETCH(QString, subject);
    QFETCH(QString, html);
    QFETCH(QString, senderAddress);
    QFETCH(QString, rule);
    TemplateLinter::Options options;
    options.senderAddress = senderAddress;
    const auto findings = TemplateLinter::lint(subject, html, options);
    QVERIFY2(withRule(findings, rule).isEmpty(), qPrintable(describe(findings)));
}

void TestTemplateLinter::cleanNewsletter()
{
    TemplateLinter::Options options;
    options.senderAddress = kAddress;
    const auto findings =
        TemplateLinter::lint(QStringLiteral("Speculaas voor {{first_name}}"), kNewsletter, options);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    QVERIFY(!TemplateLinter::hasErrors(findings));
}

void TestTemplateLinter::mustacheInAttributesIsNotHtml()
{
    const QString html = document(QStringLiteral(
        "<a href=\"{{unsubscribe_url}}\" title=\"{{first_name}} {{last_name}}\">x</a>\n"
        "<table><tr><td {{#custom.vip}}bgcolor=\"#ffcc00\"{{/custom.vip}} width={{custom.w}}>"
        "<img src=\"{{custom.logo}}\" alt=\"{{company}}\"></td></tr>\n"
        "{{#company}}<tr><td>{{company}}</td></tr>{{/company}}\n"
        "{{#city}}\n<tr><td>{{city}}</td></tr>\n{{/city}}\n"
        "</table>\n"
        "<p style=\"color:{{custom.kleur}}\" class='{{^email}}leeg{{/email}}'>a</p>\n"
        "<a href=\"https://voorbeeld.nl/{{custom.pad}}?id={{email}}&amp;x=1\">link</a>"));
    TemplateLinter::Options options;
    options.senderAddress = kAddress;
    const auto findings = TemplateLinter::lint(QStringLiteral("x"), html, options);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestTemplateLinter::linesAndColumns()
{
    // CRLF line ends and a tab: Tidy's line and column are the editor's.
    QString html = document(QStringLiteral("<p>a</p>\n<p>b</p>\n<p>c</p>\n\t<img src=\"x.png\">"));
    html.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    const auto alt =
        withRule(TemplateLinter::lint(QStringLiteral("x"), html), QStringLiteral("image-alt"));
    QCOMPARE(alt.size(), 1);
    QCOMPARE(alt.first().line, 6);
    QCOMPARE(alt.first().column, 2);
    QVERIFY2(alt.first().message.contains(QStringLiteral("“x.png”")),
             qPrintable(alt.first().message));

    // A problem on line 40 of a long template, behind merge fields on earlier lines.
    QString body;
    for (int i = 3; i < 40; ++i)
        body += QStringLiteral("<p>Regel {{first_name}} %1</p>\n").arg(i);
    body += QStringLiteral("<p>x <span style=\"a\" style=\"b\">y</span></p>");
    const auto findings = TemplateLinter::lint(QStringLiteral("x"), document(body));
    const auto html40 = withRule(findings, QStringLiteral("broken-html"));
    QCOMPARE(html40.size(), 1);
    QCOMPARE(html40.first().line, 40);
    QCOMPARE(html40.first().column, 6);
}

void TestTemplateLinter::gmailClipsOver102KB()
{
    // A document of exactly `bytes` bytes of UTF-8, in fewer characters.
    const auto sized = [](int bytes) {
        const QString filler = QStringLiteral("<p>Zoë</p>\n"); // 12 bytes of UTF-8
        const int frame = int(document(QString()).toUtf8().size());
        const int count = (bytes - frame) / 12;
        const QString body =
            filler.repeated(count) + QString(bytes - frame - 12 * count, QLatin1Char('x'));
        return document(body);
    };
    const QString big = sized(102 * 1024 + 1);
    QCOMPARE(big.toUtf8().size(), 102 * 1024 + 1);
    QVERIFY(big.size() < 102 * 1024 + 1); // counted in UTF-8 bytes, not characters
    TemplateLinter::Options options;
    options.senderAddress = kAddress;
    const auto large = withRule(TemplateLinter::lint(QStringLiteral("x"), big, options),
                                QStringLiteral("too-large"));
    QCOMPARE(large.size(), 1);
    QCOMPARE(large.first().severity, Severity::Warning);
    QVERIFY(large.first().message.contains(QLatin1String("102 KB")));
    const QString fine = sized(100 * 1024);
    QVERIFY(withRule(TemplateLinter::lint(QStringLiteral("x"), fine, options),
                     QStringLiteral("too-large"))
                .isEmpty());
    const QString edge = sized(102 * 1024);
    QVERIFY(withRule(TemplateLinter::lint(QStringLiteral("x"), edge, options),
                     QStringLiteral("too-large"))
                .isEmpty());
}

void TestTemplateLinter::remoteImagesCountOnlyHttp()
{
    TemplateLinter::Options options;
    options.senderAddress = kAddress;
    options.maxRemoteImages = 2;
    const QString html =
        document(imgs(2, QStringLiteral("https://")) + imgs(4, QStringLiteral("cid:")) +
                 QStringLiteral("<img src=\"//cdn.x.nl/a.png\" alt=\"a\">"));
    const auto remote = withRule(TemplateLinter::lint(QStringLiteral("x"), html, options),
                                 QStringLiteral("remote-images"));
    QCOMPARE(remote.size(), 1);
    QVERIFY2(remote.first().message.contains(QLatin1String("loads 3 image")),
             qPrintable(remote.first().message));
}

void TestTemplateLinter::sortedByLine()
{
    const QString html = QStringLiteral("<p>{{voornaam}}</p>\n<img src=\"a.png\">\n"
                                        "<a href=\"http://x.nl\">x</a>\n<p>{{achternaam}}</p>");
    const auto findings = TemplateLinter::lint(QString(), html);
    QVERIFY(findings.size() >= 6);
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY2(findings.at(i - 1).line <= findings.at(i).line, qPrintable(describe(findings)));
    QCOMPARE(findings.last().line, 4);
}

void TestTemplateLinter::hasErrors()
{
    TemplateLinter::Options options;
    options.senderAddress = kAddress;
    const auto clean =
        TemplateLinter::lint(QStringLiteral("x"), document(QStringLiteral("<p>a</p>")), options);
    QVERIFY2(!TemplateLinter::hasErrors(clean), qPrintable(describe(clean)));
    const auto warnings =
        TemplateLinter::lint(QString(), document(QStringLiteral("<img src=\"http://a/b.png\">")));
    QVERIFY(!warnings.isEmpty());
    QVERIFY(!TemplateLinter::hasErrors(warnings));
    const auto errors =
        TemplateLinter::lint(QStringLiteral("x"), QStringLiteral("<p>Geen afmeldlink</p>"));
    QVERIFY(TemplateLinter::hasErrors(errors));
    QCOMPARE(TemplateLinter::severityName(Severity::Error), QStringLiteral("Error"));
    QCOMPARE(TemplateLinter::severityName(Severity::Warning), QStringLiteral("Warning"));
    QCOMPARE(TemplateLinter::severityName(Severity::Info), QStringLiteral("Info"));
}

void TestTemplateLinter::json()
{
    const auto findings =
        TemplateLinter::lint(QString(), QStringLiteral("<p>\n<img src=\"a.png\"></p>"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(TemplateLinter::toJson(findings), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), findings.size());
    QStringList severities;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.keys(), (QStringList{"column", "line", "message", "rule", "severity"}));
        QCOMPARE(o.value("rule").toString(), findings.at(i).rule);
        QCOMPARE(o.value("line").toInt(), findings.at(i).line);
        QCOMPARE(o.value("column").toInt(), findings.at(i).column);
        QCOMPARE(o.value("message").toString(), findings.at(i).message);
        severities << o.value("severity").toString();
    }
    QVERIFY(severities.contains("error"));   // no unsubscribe link
    QVERIFY(severities.contains("warning")); // the image has no alt text
    QVERIFY(severities.contains("info"));    // no doctype
    const auto alt = std::find_if(array.begin(), array.end(), [](const QJsonValue& v) {
        return v.toObject().value("rule").toString() == QLatin1String("image-alt");
    });
    QVERIFY(alt != array.end());
    QCOMPARE(alt->toObject().value("line").toInt(), 2);
    QCOMPARE(TemplateLinter::toJson({}).trimmed(), QByteArray("[\n]"));
}

QTEST_GUILESS_MAIN(TestTemplateLinter)
#include "tst_templatelinter.moc"
