#include "ContactRepository.h"
#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TemplateRepository.h"
#include "Workspace.h"
#include "templates/CodeEditor.h"
#include "templates/FindReplaceBar.h"
#include "templates/HtmlPreview.h"
#include "templates/RevisionsDialog.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplatesPage.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

// The template editor as a marketer uses it, on real widgets over a real store: starters,
// typing with autosave (also through a kill -9), preview for a contact and at phone width,
// findings that jump to their line, find and replace, images dropped in, plain text,
// and restoring an earlier version.
class TestTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeOffersTheStartersAndOpensOne();
    void typingIsSavedWithoutAskingAndOnClose();
    void autosaveSurvivesAKilledProcess();
    void previewShowsTheChosenContactAtBothWidths();
    void aFindingJumpsToItsLine();
    void findAndReplaceAllIsOneUndoStep();
    void aDroppedImageIsStoredAndShown();
    void plainTextIsMadeFromTheHtmlOrWrittenByHand();
    void anEarlierVersionCanBeRestored();
    void aTakenNameIsRefusedButTheWorkIsSaved();
    void enterKeepsAndDeepensTheIndentation();
    void editMenuUndoActsOnTheTemplateHere();
    void aSaveByAnotherProgramIsShown();
    void ctrlSKeepsAVersionAndOwnTextSurvivesUnticking();
    void errorsComeFirstAndWholeTemplateFindingsHaveNoLine();

private:
    QString read(const QString& name) const;
    TemplatesPage* page() const { return m_window->templatesPage(); }
    TemplateEditor* editor() const { return page()->editor(); }
    std::optional<Template> storedByOtherConnection(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString kTemplate =
    QStringLiteral("<!DOCTYPE html>\n"                                                          // 1
                   "<html><body style=\"margin:0; background:#eeeeee;\">\n"                     // 2
                   "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>\n"           // 3
                   "<td style=\"background:#ffffff; padding:20px;\">\n"                         // 4
                   "<p>Beste {{^first_name}}klant{{/first_name}}{{first_name}},</p>\n"          // 5
                   "<img src=\"https://example.nl/logo.png\" width=\"120\" height=\"40\">\n"    // 6
                   "<p>Kom langs bij {{company}}, beste klant!</p>\n"                           // 7
                   "<p>{{sender_address}} <a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p>\n" // 8
                   "</td></tr></table>\n"                                                       // 9
                   "</body></html>\n");

QImage solid(const QColor& colour, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

int countNear(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 24 &&
                std::abs(c.green() - colour.green()) < 24 &&
                std::abs(c.blue() - colour.blue()) < 24)
                ++n;
        }
    return n;
}

} // namespace

void TestTemplateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
}

void TestTemplateEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Settings().setSenderAddress(QStringLiteral("Oudegracht 1, 3511 AA Utrecht"));
    auto ws =
        Workspace::open(m_dir->filePath(QStringLiteral("templates.db")), QStringLiteral("test"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    m_window->showArea(QStringLiteral("templates"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTemplateEditor::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

std::optional<Template> TestTemplateEditor::storedByOtherConnection(qint64 id) const
{
    auto store = Store::open(m_dir->filePath(QStringLiteral("templates.db")));
    if (!store.ok())
        return std::nullopt;
    return TemplateRepository(*store.value()).findById(id);
}

void TestTemplateEditor::welcomeOffersTheStartersAndOpensOne()
{
    QCOMPARE(page()->list()->count(), 0);
    // The welcome page lists the starters as buttons.
    QList<QCommandLinkButton*> starters;
    for (auto* b : page()->findChildren<QCommandLinkButton*>())
        if (b->isVisible())
            starters << b;
    QCOMPARE(starters.size(), 4); // three starters and a blank page
    QCommandLinkButton* starter = starters.first();
    QVERIFY(!starter->description().isEmpty());
    QVERIFY2(starter, "no starter button on the welcome page");
    starter->click();
    QCOMPARE(page()->list()->count(), 1);
    QVERIFY(editor()->isVisible());
    QVERIFY(editor()->source()->toPlainText().contains(QLatin1String("unsubscribe_url")));
    QVERIFY(editor()->preview()->documentHeight() > 300);
    // A starter passes every check that could stop it from being sent.
    QVERIFY2(!TemplateLinter::hasErrors(editor()->findings()),
             qPrintable(editor()->findings().value(0).message));
}

void TestTemplateEditor::typingIsSavedWithoutAskingAndOnClose()
{
    const qint64 id = page()->createFromStarter({});
    QVERIFY(id > 0);
    CodeEditor* source = editor()->source();
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, QStringLiteral("<p>Nieuw</p>"));
    QCOMPARE(editor()->hasUnsavedChanges(), true);
    // Saved once typing pauses, without a click.
    QTRY_VERIFY_WITH_TIMEOUT(
        storedByOtherConnection(id)->html.contains(QLatin1String("<p>Nieuw</p>")),
        TemplateEditor::AutosaveMaxDelayMs + 2000);
    QVERIFY(!editor()->hasUnsavedChanges());
    // Typed just before closing the window: saved by the close.
    QTest::keyClicks(source, QStringLiteral("<p>Laatste</p>"));
    m_window->close();
    QVERIFY(storedByOtherConnection(id)->html.contains(QLatin1String("<p>Laatste</p>")));
}

// The child side of autosaveSurvivesAKilledProcess: types one letter every 100 ms, for
// ever, reporting each letter once it is typed.
static int typeForEver(const QString& storePath)
{
    auto ws = Workspace::open(storePath, QStringLiteral("test"));
    if (!ws.ok())
        return 3;
    MainWindow window(*ws.value());
    window.show();
    window.showArea(QStringLiteral("templates"));
    const qint64 id = window.templatesPage()->createFromStarter({});
    CodeEditor* source = window.templatesPage()->editor()->source();
    source->moveCursor(QTextCursor::End);
    QTextStream out(stdout);
    out << "template " << id << Qt::endl;
    for (int i = 0;; ++i) {
        const QChar letter = QLatin1Char(char('A' + i % 26));
        QTest::keyClick(source, letter.toLatin1());
        out << "typed " << i + 1 << Qt::endl;
        QTest::qWait(100);
    }
}

void TestTemplateEditor::autosaveSurvivesAKilledProcess()
{
    const QString storePath = m_dir->filePath(QStringLiteral("killed.db"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SENDTRIX_TYPE_FOR_EVER"), storePath);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    // Typing goes on without a pause, so only the "at least every few seconds" rule saves.
    QString output;
    QElapsedTimer typing;
    while (!output.contains(QLatin1String("typed 1\n"))) {
        QVERIFY2(child.waitForReadyRead(10000), "the typing child did not start");
        output += QString::fromUtf8(child.readAllStandardOutput());
    }
    typing.start();
    while (typing.elapsed() < 3 * TemplateEditor::AutosaveMaxDelayMs) {
        child.waitForReadyRead(200);
        output += QString::fromUtf8(child.readAllStandardOutput());
    }
    child.kill(); // SIGKILL: no close, no flush
    child.waitForFinished();
    output += QString::fromUtf8(child.readAllStandardOutput());
    const int typed =
        output.section(QLatin1String("typed "), -1).section(QLatin1Char('\n'), 0, 0).toInt();
    const qint64 id =
        output.section(QLatin1String("template "), 1).section(QLatin1Char('\n'), 0, 0).toLongLong();
    QVERIFY2(typed > 40, qPrintable(output.right(200)));

    auto store = Store::open(storePath);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const auto t = TemplateRepository(*store.value()).findById(id);
    QVERIFY(t);
    // The letters stored: those typed up to a few seconds before the kill.
    const QString html = t->html;
    int stored = 0;
    for (int i = html.size() - 1; i >= 0 && html.at(i).isUpper(); --i)
        ++stored;
    const int lostAtMost = (TemplateEditor::AutosaveMaxDelayMs + 1000) / 100;
    QVERIFY2(stored >= typed - lostAtMost,
             qPrintable(QStringLiteral("typed %1, stored %2").arg(typed).arg(stored)));
    QVERIFY(stored <= typed);
}

void TestTemplateEditor::previewShowsTheChosenContactAtBothWidths()
{
    Contact noor;
    noor.email = QStringLiteral("noor@example.nl");
    noor.firstName = QStringLiteral("Noor");
    noor.company = QStringLiteral("<script>alert(1)</script>");
    QVERIFY(m_workspace->addContact(noor).ok());
    auto created = m_workspace->createTemplate(QStringLiteral("Test"),
                                               QStringLiteral("Hoi {{first_name}}"), kTemplate);
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    QVERIFY(editor()->previewFor(QStringLiteral("noor@example.nl")));
    QVERIFY(!editor()->previewFor(QStringLiteral("nobody@example.nl")));
    editor()->updatePreviewNow();
    QCOMPARE(editor()->preview()->pageWidth(), TemplateEditor::DesktopWidth);
    const QImage desktop = editor()->preview()->renderPage();
    QCOMPARE(desktop.width(), TemplateEditor::DesktopWidth);
    m_window->findChild<QToolButton*>(QStringLiteral("phoneWidth"))->click();
    QCOMPARE(editor()->preview()->pageWidth(), TemplateEditor::PhoneWidth);
    const QImage phone = editor()->preview()->renderPage();
    QCOMPARE(phone.width(), TemplateEditor::PhoneWidth);
    // The same text wraps onto more lines on the phone.
    QVERIFY(phone.height() >= desktop.height());
}

void TestTemplateEditor::aFindingJumpsToItsLine()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    QTreeWidget* findings = editor()->findingsView();
    QTreeWidgetItem* alt = nullptr;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        if (findings->topLevelItem(i)->text(1) == QLatin1String("6"))
            alt = findings->topLevelItem(i);
    QVERIFY2(alt, "the image without alt text on line 6 is not reported");
    QVERIFY(alt->text(2).contains(QLatin1String("alt"), Qt::CaseInsensitive));
    editor()->source()->moveCursor(QTextCursor::Start);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                      findings->visualItemRect(alt).center());
    QCOMPARE(editor()->source()->textCursor().blockNumber() + 1, 6);
    QVERIFY(editor()->source()->hasFocus() || !QApplication::focusWidget());

    // Removing the unsubscribe link is an error, and says so.
    QString html = editor()->source()->toPlainText();
    html.replace(QLatin1String("{{{unsubscribe_url}}}"), QLatin1String("https://example.nl"));
    editor()->source()->setPlainText(html);
    editor()->updatePreviewNow();
    QVERIFY(TemplateLinter::hasErrors(editor()->findings()));
}

void TestTemplateEditor::findAndReplaceAllIsOneUndoStep()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    editor()->source()->setFocus();
    editor()->showReplace();
    FindReplaceBar* bar = editor()->findBar();
    QVERIFY(bar->isVisible());
    // Clicking into the find field and typing types there, never into the template.
    editor()->source()->setFocus();
    QTest::mouseClick(bar->findEdit(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), bar->findEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Kom"));
    QCOMPARE(bar->findEdit()->text(), QStringLiteral("Kom"));
    QCOMPARE(editor()->source()->toPlainText(), kTemplate);
    QCOMPARE(editor()->source()->textCursor().selectedText(), QStringLiteral("Kom"));
    bar->findEdit()->setText(QStringLiteral("klant"));
    bar->replaceEdit()->setText(QStringLiteral("lezer"));
    QCOMPARE(bar->replaceAll(), 2);
    QVERIFY(!editor()->source()->toPlainText().contains(QLatin1String("klant")));
    QCOMPARE(editor()->source()->toPlainText().count(QLatin1String("lezer")), 2);
    editor()->source()->undo();
    QCOMPARE(editor()->source()->toPlainText(), kTemplate);
    // Not found: the bar says so.
    bar->findEdit()->setText(QStringLiteral("bestaat-niet"));
    QVERIFY(!bar->findNext());
}

void TestTemplateEditor::aDroppedImageIsStoredAndShown()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    const QString path = m_dir->filePath(QStringLiteral("blauw vlak.png"));
    QVERIFY(solid(QColor(0, 0, 255), 200, 80).save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    // Dropped between two lines: the image goes where it was dropped.
    const int at = editor()->source()->document()->findBlockByNumber(6).position();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint point =
        editor()
            ->source()
            ->cursorRect(QTextCursor(editor()->source()->document()->findBlockByNumber(6)))
            .center();
    QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(editor()->source()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(editor()->source()->viewport(), &drop);
    const QString html = editor()->source()->toPlainText();
    QVERIFY2(html.contains(QStringLiteral("src=\"cid:%1\"").arg(sha)), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("alt=\"blauw vlak\"")));
    QVERIFY(html.indexOf(sha) >= at);
    // Stored content-addressed, and drawn in the preview.
    QCOMPARE(m_workspace->templates().assetContent(sha).value_or(QByteArray()).size(), file.size());
    editor()->updatePreviewNow();
    QVERIFY(countNear(editor()->preview()->renderPage(), QColor(0, 0, 255)) > 200 * 80 / 2);

    // A file that is not an image is refused with a message, and nothing is inserted.
    const QString fake = m_dir->filePath(QStringLiteral("kapot.png"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("dit is geen plaatje");
    f.close();
    const QString before = editor()->source()->toPlainText();
    QTimer::singleShot(0, this, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w)) {
                QVERIFY(box->text().contains(QLatin1String("kapot.png")));
                box->accept();
            }
    });
    editor()->insertImages({fake}, 0);
    QCOMPARE(editor()->source()->toPlainText(), before);
}

void TestTemplateEditor::plainTextIsMadeFromTheHtmlOrWrittenByHand()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    page()->openTemplate(id);
    const QString generated = editor()->plainTextEdit()->toPlainText();
    QVERIFY2(generated.contains(QLatin1String("Kom langs bij")), qPrintable(generated));
    QVERIFY(editor()->plainTextEdit()->isReadOnly());
    editor()->ownTextCheck()->setChecked(true);
    QVERIFY(!editor()->plainTextEdit()->isReadOnly());
    editor()->plainTextEdit()->setPlainText(QStringLiteral("Mijn eigen tekst {{first_name}}"));
    QVERIFY(editor()->flush());
    QCOMPARE(storedByOtherConnection(id)->textOverride.value_or(QString()),
             QStringLiteral("Mijn eigen tekst {{first_name}}"));
    // Back to the generated text: the override is gone.
    editor()->ownTextCheck()->setChecked(false);
    QVERIFY(editor()->flush());
    QVERIFY(!storedByOtherConnection(id)->textOverride.has_value());
}

void TestTemplateEditor::anEarlierVersionCanBeRestored()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    page()->openTemplate(id);
    editor()->source()->setPlainText(QStringLiteral("<p>Versie twee {{{unsubscribe_url}}}</p>"));
    QVERIFY(editor()->saveRevision());
    QCOMPARE(m_workspace->templates().revisions(id).size(), 2);

    // Choose the first version in the history and restore it.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<RevisionsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 2);
        dialog->list()->setCurrentRow(1); // oldest
        dialog->findChild<QPushButton*>(QStringLiteral("restoreRevision"))->click();
    });
    editor()->showHistory();
    QCOMPARE(editor()->source()->toPlainText(), kTemplate);
    QCOMPARE(storedByOtherConnection(id)->html, kTemplate);
    // Nothing lost: version two is still in the history.
    const auto revisions = m_workspace->templates().revisions(id);
    QCOMPARE(revisions.size(), 3);
    QVERIFY(revisions.at(1).html.contains(QLatin1String("Versie twee")));
}

void TestTemplateEditor::aTakenNameIsRefusedButTheWorkIsSaved()
{
    QVERIFY(m_workspace->createTemplate(QStringLiteral("Zomer"), {}, {}).ok());
    auto created =
        m_workspace->createTemplate(QStringLiteral("Winter"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    page()->openTemplate(id);
    editor()->nameEdit()->selectAll();
    QTest::keyClicks(editor()->nameEdit(), QStringLiteral("Zomer"));
    auto* problem = editor()->findChild<QLabel*>(QStringLiteral("nameProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("Zomer")));
    editor()->source()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->source(), QStringLiteral("<p>werk</p>"));
    QVERIFY(editor()->flush());
    const auto stored = storedByOtherConnection(id);
    QCOMPARE(stored->name, QStringLiteral("Winter"));
    QVERIFY(stored->html.endsWith(QLatin1String("<p>werk</p>")));
}

void TestTemplateEditor::enterKeepsAndDeepensTheIndentation()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), {}, QStringLiteral("  <td></td>"));
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    CodeEditor* source = editor()->source();
    QTextCursor c = source->textCursor();
    c.setPosition(6); // between <td> and </td>
    source->setTextCursor(c);
    QTest::keyClick(source, Qt::Key_Return);
    QCOMPARE(source->toPlainText(), QStringLiteral("  <td>\n    \n  </td>"));
    QTest::keyClicks(source, QStringLiteral("tekst"));
    QTest::keyClick(source, Qt::Key_Return);
    QCOMPARE(source->document()->findBlockByNumber(2).text(), QStringLiteral("    "));
    source->undo();
    QCOMPARE(source->document()->findBlockByNumber(1).text(), QStringLiteral("    tekst"));
}

void TestTemplateEditor::editMenuUndoActsOnTheTemplateHere()
{
    // A contact change waits on the window's undo stack…
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("delete 3 contacts")));
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), {}, QStringLiteral("<p>a</p>"));
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(!undo->isEnabled()); // nothing typed yet
    editor()->source()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->source(), QStringLiteral("b"));
    QVERIFY(undo->isEnabled());
    // …but Edit → Undo in the Templates area undoes the typing, not the contacts' change.
    undo->trigger();
    QCOMPARE(editor()->source()->toPlainText(), QStringLiteral("<p>a</p>"));
    QCOMPARE(m_window->undoStack()->index(), 1);
    m_window->showArea(QStringLiteral("contacts"));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QLatin1String("delete 3 contacts")));
}

void TestTemplateEditor::aSaveByAnotherProgramIsShown()
{
    auto created = m_workspace->createTemplate(QStringLiteral("Gedeeld"), {}, kTemplate);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    page()->openTemplate(id);
    QVERIFY(!editor()->hasUnsavedChanges()); // opening is not an edit
    // The CLI (another connection) saves a new version while nothing is typed here.
    {
        auto store = Store::open(m_dir->filePath(QStringLiteral("templates.db")));
        QVERIFY(store.ok());
        TemplateRepository other(*store.value());
        Template t = *other.findById(id);
        t.html = QStringLiteral("<p>Van de CLI {{{unsubscribe_url}}}</p>");
        QVERIFY(other.save(t).ok());
    }
    m_workspace->noticeChanges();
    QCOMPARE(editor()->source()->toPlainText(),
             QStringLiteral("<p>Van de CLI {{{unsubscribe_url}}}</p>"));
    // Typing after that saves over the new version, not the old one.
    editor()->source()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->source(), QStringLiteral("!"));
    QVERIFY(editor()->flush());
    QCOMPARE(storedByOtherConnection(id)->html,
             QStringLiteral("<p>Van de CLI {{{unsubscribe_url}}}</p>!"));
}

void TestTemplateEditor::ctrlSKeepsAVersionAndOwnTextSurvivesUnticking()
{
    auto created =
        m_workspace->createTemplate(QStringLiteral("Test"), QStringLiteral("Hoi"), kTemplate);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    page()->openTemplate(id);
    editor()->source()->setFocus();
    editor()->source()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->source(), QStringLiteral("<p>x</p>"));
    QTest::keySequence(editor()->source(), QKeySequence::Save);
    QCOMPARE(m_workspace->templates().revisions(id).size(), 2);
    QCOMPARE(m_workspace->templates().revisions(id).first().reason, QStringLiteral("save"));

    editor()->ownTextCheck()->setChecked(true);
    editor()->plainTextEdit()->setPlainText(QStringLiteral("Met de hand geschreven"));
    editor()->ownTextCheck()->setChecked(false);
    QVERIFY(editor()->plainTextEdit()->toPlainText() != QStringLiteral("Met de hand geschreven"));
    editor()->ownTextCheck()->setChecked(true);
    QCOMPARE(editor()->plainTextEdit()->toPlainText(), QStringLiteral("Met de hand geschreven"));
}

void TestTemplateEditor::errorsComeFirstAndWholeTemplateFindingsHaveNoLine()
{
    QString html = kTemplate;
    html.replace(QLatin1String("{{{unsubscribe_url}}}"), QLatin1String("https://example.nl"));
    auto created = m_workspace->createTemplate(QStringLiteral("Test"), QString(), html);
    QVERIFY(created.ok());
    page()->openTemplate(created.value().id);
    QTreeWidget* findings = editor()->findingsView();
    QVERIFY(findings->topLevelItemCount() >= 3);
    // The error (no unsubscribe link) on top, without a line; the empty subject says so.
    QTreeWidgetItem* first = findings->topLevelItem(0);
    QCOMPARE(first->text(0), QStringLiteral("Error"));
    QCOMPARE(first->text(1), QStringLiteral("—"));
    bool subjectRow = false;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        subjectRow |= findings->topLevelItem(i)->text(1) == QLatin1String("Subject");
    QVERIFY(subjectRow);
    // Clicking it goes to where a footer belongs: the line of </body>.
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                      findings->visualItemRect(first).center());
    QCOMPARE(editor()->source()->textCursor().block().text(), QStringLiteral("</body></html>"));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("SendtrixTest"));
    app.setApplicationName(QStringLiteral("tst_templateeditor"));
    if (const QString store = qEnvironmentVariable("SENDTRIX_TYPE_FOR_EVER"); !store.isEmpty()) {
        QStandardPaths::setTestModeEnabled(true);
        return typeForEver(store);
    }
    TestTemplateEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_templateeditor.moc"
