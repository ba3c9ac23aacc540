// Merge-field rendering (issue 5): a 30 KB template with 10 merge fields rendered for
// 100,000 contacts on one core. Reference in the same run: copying the 30 KB template
// 100,000 times (the least any renderer must do).
// Usage: bench_render [--contacts N]
#include "BenchStats.h"
#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <cstring>

using BenchStats::ms;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 100000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--contacts") == 0)
            contacts = std::atoi(argv[i + 1]);

    // A newsletter: table layout, inline CSS, 10 merge fields spread through it.
    QString html = QStringLiteral("<html><body><table width=\"100%\"><tr><td>"
                                  "<p style=\"font-family:Arial\">Beste {{first_name}}"
                                  "{{^first_name}}klant{{/first_name}},</p>");
    const QString block = QStringLiteral(
        "<tr><td style=\"padding:16px;font-family:Arial,sans-serif;font-size:15px;color:#333\">"
        "<h2 style=\"margin:0 0 8px\">Nieuws uit de winkel</h2><p style=\"margin:0\">Deze week "
        "hebben we nieuwe producten binnen gekregen die u vast zullen bevallen. Kom langs in "
        "onze winkel of bestel ze online.</p></td></tr>\n");
    int fields = 2;
    const char* more[] = {
        "{{last_name}}",          "{{company}}",           "{{city}}",          "{{email}}",
        "{{custom.klantnummer}}", "{{{view_online_url}}}", "{{sender_address}}"};
    int next = 0;
    while (html.size() < 30 * 1024) {
        html += block;
        if (next < 7 && html.size() > (next + 1) * 3500) {
            html += QString::fromLatin1(more[next++]);
            ++fields;
        }
    }
    html += QStringLiteral("<p><a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p></td></tr>"
                           "</table></body></html>");
    ++fields;
    auto renderer = TemplateRenderer::compile(QStringLiteral("Nieuws voor {{first_name}}"), html);
    if (!renderer.ok())
        qFatal("%s", qPrintable(renderer.errorMessage()));

    std::vector<Contact> people(1000);
    for (int i = 0; i < 1000; ++i) {
        people[i].email = QStringLiteral("klant%1@voorbeeld.nl").arg(i);
        people[i].firstName = i % 10 == 0 ? QString() : QStringLiteral("Anna %1").arg(i);
        people[i].lastName = QStringLiteral("de Vries");
        people[i].company = QStringLiteral("Bakkerij & Zn");
        people[i].city = QStringLiteral("Utrecht");
        people[i].customFields.insert(QStringLiteral("klantnummer"), QString::number(1000 + i));
    }
    TemplateRenderer::Context ctx;
    ctx.viewOnlineUrl = QStringLiteral("https://s.example/v/abc");
    ctx.senderAddress = QStringLiteral("Markt 1, 3511 AB Utrecht");

    const std::string plain = html.toStdString();
    QElapsedTimer t;
    t.start();
    size_t bytes = 0;
    for (int i = 0; i < contacts; ++i) {
        std::string copy = plain;
        copy[size_t(i) % copy.size()] = 'x';
        bytes += copy.size();
    }
    const double copyMs = ms(t);

    t.restart();
    size_t rendered = 0;
    for (int i = 0; i < contacts; ++i) {
        ctx.unsubscribeUrl = QStringLiteral("https://s.example/u/%1").arg(i);
        const auto out = renderer.value().render(people[size_t(i) % people.size()], ctx);
        rendered += out.html.size();
    }
    const double renderMs = ms(t);
    std::printf("template: %lld bytes, %d merge fields; %d contacts, one thread\n",
                static_cast<long long>(plain.size()), fields, contacts);
    std::printf("reference (copy the template): %.0f per second (%zu MB)\n",
                contacts / (copyMs / 1000), bytes >> 20);
    std::printf("render (kainjow/mustache): %.0f personalised bodies per second (%.1f µs each, "
                "%.1f x the copy)\n",
                contacts / (renderMs / 1000), renderMs * 1000 / contacts, renderMs / copyMs);
    return rendered > 0 ? 0 : 1;
}
