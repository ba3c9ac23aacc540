#include "StarterTemplates.h"
#include "TemplateRenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The bundled starters, each in both languages: safe to send as they are (unsubscribe link,
// postal address, only known merge fields, escaping, https only, alt text) and small
// enough for Gmail.
class TestStarterTemplates : public QObject
{
    Q_OBJECT

private slots:
    void bothLanguagesHaveTheSameStarters();
    void starterIsSendable_data();
    void starterIsSendable();
    void otherLanguagesGetEnglish();
    void previewContextNeverReachesAnyone();
};

namespace {

QString rendered(const TemplateRenderer& r, const Contact& c)
{
    return QString::fromStdString(r.render(c, TemplateRenderer::previewContext({})).html);
}

} // namespace

void TestStarterTemplates::bothLanguagesHaveTheSameStarters()
{
    const auto ids = [](const QString& language) {
        QStringList out;
        for (const StarterTemplate& s : StarterTemplates::all(language))
            out << s.id;
        return out;
    };
    const QStringList expected{"newsletter", "promotion", "event"};
    QCOMPARE(ids("nl"), expected);
    QCOMPARE(ids("en"), expected);
    // Titles, descriptions, subjects and content differ per starter.
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        QSet<QString> titles, descriptions, subjects, html;
        for (const StarterTemplate& s : StarterTemplates::all(language)) {
            QVERIFY(!s.title.isEmpty());
            QVERIFY(!s.description.isEmpty());
            titles << s.title;
            descriptions << s.description;
            subjects << s.subject;
            html << s.html;
        }
        QCOMPARE(titles.size(), 3);
        QCOMPARE(descriptions.size(), 3);
        QCOMPARE(subjects.size(), 3);
        QCOMPARE(html.size(), 3);
    }
    // The Dutch and English texts are not the same file.
    QVERIFY(StarterTemplates::all("nl").first().html != StarterTemplates::all("en").first().html);
}

void TestStarterTemplates::starterIsSendable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("defaultName");
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const auto starters = StarterTemplates::all(language);
        for (int i = 0; i < starters.size(); ++i)
            QTest::addRow("%s/%s", qPrintable(language), qPrintable(starters.at(i).id))
                << language << i
                << (language == QLatin1String("nl") ? QStringLiteral("klant")
                                                    : QStringLiteral("customer"));
    }
}

void TestStarterTemplates::starterIsSendable()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    QFETCH(QString, defaultName);
    const StarterTemplate s = StarterTemplates::all(language).at(index);

    QVERIFY(!s.html.isEmpty());
    QVERIFY2(s.html.toUtf8().size() <= 30 * 1024, qPrintable(QString::number(s.html.size())));
    QVERIFY(s.html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
    // The subject: text from the file's <title>, no markup, merge fields allowed.
    QVERIFY(!s.subject.isEmpty());
    QVERIFY2(!s.subject.contains('<') && !s.subject.contains('&'), qPrintable(s.subject));
    QVERIFY2(TemplateRenderer::unknownTags(s.subject).isEmpty(), qPrintable(s.subject));

    // What the law and the linter ask of every mailing.
    static const QRegularExpression unsubscribe(
        QStringLiteral("<a\\s[^>]*href=\"\\{\\{\\{\\s*unsubscribe_url\\s*\\}\\}\\}\""));
    QVERIFY(unsubscribe.match(s.html).hasMatch());
    static const QRegularExpression viewOnline(
        QStringLiteral("<a\\s[^>]*href=\"\\{\\{\\{\\s*view_online_url\\s*\\}\\}\\}\""));
    QVERIFY(viewOnline.match(s.html).hasMatch());
    QVERIFY(s.html.contains(QStringLiteral("{{sender_address}}")));
    const auto unknown = TemplateRenderer::unknownTags(s.html);
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.isEmpty() ? QString()
                                                             : QStringLiteral("%1 on line %2")
                                                                   .arg(unknown.first().name)
                                                                   .arg(unknown.first().line)));
    QVERIFY(!s.html.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(s.html); it.hasNext();) {
        const QString link = it.next().captured(1);
        QVERIFY2(link.startsWith(QLatin1String("https://")) ||
                     link.startsWith(QLatin1String("{{{")),
                 qPrintable(link));
    }
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alt(QStringLiteral("\\balt=\""));
    for (auto it = img.globalMatch(s.html); it.hasNext();) {
        const QString tag = it.next().captured();
        QVERIFY2(alt.match(tag).hasMatch(), qPrintable(tag));
    }
    // No scripts, forms or external style sheets: mail clients strip or block them.
    for (const char* banned : {"<script", "<form", "<link", "<iframe"})
        QVERIFY2(!s.html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    // The layout: a centred table at most 600 px wide, a phone rule in the style sheet.
    QVERIFY(s.html.contains(QStringLiteral("max-width:600px")));
    QVERIFY(s.html.contains(QStringLiteral("@media (max-width: 480px)")));
    QVERIFY(s.html.contains(QStringLiteral("role=\"presentation\"")));

    const auto compiled = TemplateRenderer::compile(s.subject, s.html);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorMessage()));
    const TemplateRenderer& renderer = compiled.value();

    // A hostile name is escaped wherever it is merged.
    Contact hostile;
    hostile.email = QStringLiteral("x@example.nl");
    hostile.firstName = QStringLiteral("<script>alert(1)</script>");
    const QString html = rendered(renderer, hostile);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("{{")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://preview.invalid/unsubscribe\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://preview.invalid/view-online\"")));

    // Without a first name the greeting falls back to its default.
    Contact nameless;
    nameless.email = QStringLiteral("info@example.nl");
    const QString greeting = rendered(renderer, nameless);
    QVERIFY2(greeting.contains(QStringLiteral(" %1,").arg(defaultName)), qPrintable(defaultName));
    Contact anna;
    anna.email = QStringLiteral("anna@example.nl");
    anna.firstName = QStringLiteral("Anna");
    const auto personal = renderer.render(
        anna, TemplateRenderer::previewContext(QStringLiteral("Markt 1, 3511 AB Utrecht"),
                                               QStringLiteral("Kaashandel Gouda")));
    const QString annaHtml = QString::fromStdString(personal.html);
    // The sender's own company name, from Settings, in the header and above the address.
    QVERIFY(annaHtml.count(QStringLiteral("Kaashandel Gouda")) >= 2);
    QVERIFY(annaHtml.contains(QStringLiteral(" Anna,")));
    QVERIFY(!annaHtml.contains(QStringLiteral(" %1,").arg(defaultName)));
    QVERIFY(annaHtml.contains(QStringLiteral("Markt 1, 3511 AB Utrecht")));
    // The subject renders without leftovers, for a contact with and without a name.
    for (const Contact& c : {anna, nameless}) {
        const QString subject = QString::fromStdString(
            renderer.render(c, TemplateRenderer::previewContext({})).subject);
        QVERIFY(!subject.isEmpty());
        QVERIFY2(!subject.contains(QLatin1String("{{")), qPrintable(subject));
        QVERIFY2(subject.at(0).isUpper(), qPrintable(subject));
    }
}

void TestStarterTemplates::otherLanguagesGetEnglish()
{
    const auto de = StarterTemplates::all(QStringLiteral("de"));
    const auto en = StarterTemplates::all(QStringLiteral("en"));
    QCOMPARE(de.size(), en.size());
    for (int i = 0; i < de.size(); ++i)
        QCOMPARE(de.at(i).html, en.at(i).html);
}

void TestStarterTemplates::previewContextNeverReachesAnyone()
{
    const auto preview = TemplateRenderer::previewContext(QStringLiteral("  Markt 1, Utrecht "));
    QCOMPARE(preview.senderAddress, QStringLiteral("Markt 1, Utrecht"));
    for (const QString& url : {preview.unsubscribeUrl, preview.viewOnlineUrl}) {
        const QUrl u(url);
        QCOMPARE(u.scheme(), QStringLiteral("https"));
        QVERIFY2(u.host().endsWith(QLatin1String(".invalid")), qPrintable(url));
    }
    // Without an address the preview says where to set it, rather than showing nothing.
    QVERIFY(!TemplateRenderer::previewContext({}).senderAddress.isEmpty());
    QVERIFY(
        !TemplateRenderer::previewContext(QStringLiteral("   ")).senderAddress.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestStarterTemplates)
#include "tst_startertemplates.moc"
