// Opening the template editor (issue 5): from choosing a template to the first preview on
// screen, for each starter (largest ~30 KB) and a 30 KB newsletter, at desktop width.
// Target: ≤ 200 ms. Reference in the same run: the same template shown as plain text in a
// QPlainTextEdit (what any editor must do), and the preview alone (litehtml parse, layout
// and paint).
// Usage: QT_QPA_PLATFORM=offscreen bench_editor [--runs N]
#include "BenchStats.h"
#include "StarterTemplates.h"
#include "TemplateRenderer.h"
#include "Workspace.h"
#include "templates/HtmlPreview.h"
#include "templates/TemplateEditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>

using BenchStats::ms;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int runs = 20;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);

    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"));
    if (!ws.ok())
        qFatal("%s", qPrintable(ws.errorMessage()));
    Workspace& workspace = *ws.value();

    struct Case
    {
        QString name;
        qint64 id;
        QString html;
    };
    std::vector<Case> cases;
    for (const StarterTemplate& s : StarterTemplates::all(QStringLiteral("nl"))) {
        auto t = workspace.createTemplate(s.id, s.subject, s.html);
        if (!t.ok())
            qFatal("%s", qPrintable(t.errorMessage()));
        cases.push_back({s.id, t.value().id, s.html});
    }
    // A 30 KB newsletter: the starter's blocks repeated.
    QString big = cases.front().html;
    const int bodyEnd = big.lastIndexOf(QLatin1String("</body>"));
    const QString filler = QStringLiteral(
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:16px; "
        "font-family:Arial,sans-serif; font-size:15px; color:#333333;\"><h2 style=\"margin:0 0 "
        "8px;\">Nieuws uit de winkel</h2><p style=\"margin:0;\">Deze week hebben we nieuwe "
        "producten binnen gekregen, {{first_name}}. Kom langs of bestel online.</p></td></tr>"
        "</table>\n");
    while (big.toUtf8().size() < 30 * 1024)
        big.insert(bodyEnd, filler);
    auto t = workspace.createTemplate(QStringLiteral("30 KB"), QStringLiteral("Nieuws"), big);
    cases.push_back({QStringLiteral("30 KB"), t.value().id, big});

    std::printf("%-12s %8s %26s %26s %22s\n", "template", "size", "open + first preview p50/max",
                "preview alone p50/max", "plain text p50/max");
    for (const Case& c : cases) {
        std::vector<double> open, preview, plain;
        for (int r = 0; r < runs; ++r) {
            {
                QElapsedTimer timer;
                timer.start();
                TemplateEditor editor(workspace);
                editor.resize(1200, 760);
                editor.open(c.id);
                editor.show();
                editor.repaint(); // the editor and its preview painted
                open.push_back(ms(timer));
            }
            {
                QElapsedTimer timer;
                timer.start();
                HtmlPreview view;
                view.resize(640, 600);
                auto r2 = TemplateRenderer::compile(QString(), c.html);
                view.setHtml(QString::fromStdString(
                    r2.value().render(Contact{}, TemplateRenderer::previewContext({})).html));
                view.show();
                view.repaint();
                preview.push_back(ms(timer));
            }
            {
                QElapsedTimer timer;
                timer.start();
                QPlainTextEdit edit;
                edit.resize(600, 600);
                edit.setPlainText(c.html);
                edit.show();
                edit.repaint();
                plain.push_back(ms(timer));
            }
            QCoreApplication::processEvents();
        }
        const auto o = BenchStats::stats(open), p = BenchStats::stats(preview),
                   q = BenchStats::stats(plain);
        std::printf("%-12s %7.1fK %16.1f / %6.1f ms %16.1f / %6.1f ms %12.1f / %6.1f ms\n",
                    qPrintable(c.name), c.html.toUtf8().size() / 1024.0, o.p50, o.max, p.p50, p.max,
                    q.p50, q.max);
    }
    return 0;
}
