#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "Language.h"
#include "ListRepository.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "contacts/ContactsPage.h"
#include "contacts/ListsPanel.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

// The import wizard as a marketer uses it: a Dutch Excel export dropped on the contacts
// view, read, mapped, checked and imported, on real widgets over a real store.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsADutchExcelFileStepByStep();
    void changingTheDelimiterRereadsTheFile();
    void rejectedRowsCanBeSavedForCorrection();
    void stoppingTheImportChangesNothing();
    void closingWhileCheckingStopsTheCheck();
    void droppingAFileOnTheContactsViewStartsTheWizard();
    void problemsAreExplainedAndBlockTheNextStep();
    void importMenuStartsAtTheFileChoice();
    void theOpenListIsChosenAndANewOneCanBeMade();

private:
    QString write(const QString& name, const QByteArray& bytes);
    ImportWizard* openWizard(const QString& path);
    void finishPage(ImportWizard* wizard);
    template <typename T> T* find(QWidget* in, const char* name);
    void whenFileDialog(const QString& path);
    QComboBox* mapCombo(ImportWizard* wizard, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// A Dutch Excel export: `;`, Windows-1252 (é is 0xE9, ë 0xEB), CRLF, a prefix column.
const QByteArray kExcel =
    "E-mailadres;Voornaam;Tussenvoegsel;Achternaam;Bedrijf;Plaats;Klantnummer\r\n"
    "jose@voorbeeld.nl;Jos\xe9;;Bakker;Bakkerij Jos\xe9;Utrecht;1001\r\n"
    "noor@voorbeeld.nl;No\xebl;van der;Berg;;Zwolle;1002\r\n"
    "geen-adres;Piet;;Jansen;;Delft;1003\r\n"
    "anna@voorbeeld.nl;Anna;de;Vries;\"Vries & Zn; B.V.\";Gouda;1004\r\n"
    "jose@voorbeeld.nl;Jos\xe9;;Bakker;;Utrecht;1005\r\n";

} // namespace

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("import.db")), QStringLiteral("test"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::cleanup()
{
    qDeleteAll(findChildren<QTimer*>());
    for (auto* wizard : m_window->findChildren<ImportWizard*>())
        delete wizard;
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

QString TestImportWizard::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportWizard* TestImportWizard::openWizard(const QString& path)
{
    m_window->importContacts(path);
    auto* wizard = m_window->findChild<ImportWizard*>();
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        qWarning("the import wizard was not shown");
    return wizard;
}

template <typename T> T* TestImportWizard::find(QWidget* in, const char* name)
{
    T* widget = in->findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// The field chosen for a column of the file, on the mapping page.
QComboBox* TestImportWizard::mapCombo(ImportWizard* wizard, int column)
{
    auto* table = find<QTableWidget>(wizard, "importMapping");
    return qobject_cast<QComboBox*>(table->cellWidget(column, 2));
}

// Waits until the current page may go on (the dry run or the import has finished).
void TestImportWizard::finishPage(ImportWizard* wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 60000);
}

void TestImportWizard::whenFileDialog(const QString& path)
{
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, path] {
        auto* d = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        poll->stop();
        poll->deleteLater();
        d->setDirectory(QFileInfo(path).absolutePath());
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QTRY_VERIFY(name);
        QTest::qWait(50);
        name->setText(path); // typed, as a user would
        QMetaObject::invokeMethod(d, "accept");
    });
    poll->start();
}

void TestImportWizard::importsADutchExcelFileStepByStep()
{
    const auto list = m_workspace->createList(QStringLiteral("Klanten 2026"));
    QVERIFY(list.ok());
    const QString path = write(QStringLiteral("klanten.csv"), kExcel);
    ImportWizard* wizard = openWizard(path);
    QVERIFY(wizard);

    // Preview: what was detected, and the rows as read.
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    const QString detected = find<QLabel>(wizard, "importDetected")->text();
    QVERIFY2(detected.contains(QLatin1String("Windows-1252")), qPrintable(detected));
    QVERIFY2(detected.contains(QLatin1String("semicolon")), qPrintable(detected));
    auto* preview = find<QTableWidget>(wizard, "importPreview");
    QCOMPARE(preview->columnCount(), 7);
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("José"));
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("Noël"));
    QCOMPARE(preview->item(3, 4)->text(), QStringLiteral("Vries & Zn; B.V."));
    QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2")); // the file's line

    // Mapping: guessed from the Dutch headers; the customer number is kept as a custom field.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    auto* email = mapCombo(wizard, 0);
    QCOMPARE(email->currentText(), QStringLiteral("E-mail address"));
    QCOMPARE(mapCombo(wizard, 2)->currentText(),
             QStringLiteral("Last name prefix (van, de, van der)"));
    auto* number = mapCombo(wizard, 6);
    QCOMPARE(number->currentText(), QStringLiteral("Do not import"));
    number->setCurrentIndex(number->findData(int(ColumnMapping::Target::Custom)));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Options: fill empty fields, into the list, with consent given on the website.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    find<QRadioButton>(wizard, "dupFill")->setChecked(true);
    auto* lists = find<QComboBox>(wizard, "importList");
    lists->setCurrentIndex(lists->findText(QStringLiteral("Klanten 2026")));
    find<QCheckBox>(wizard, "importConsent")->setChecked(true);
    find<QLineEdit>(wizard, "importConsentSource")->setText(QStringLiteral("inschrijfformulier"));

    // Dry run: the report, and nothing written yet.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
    finishPage(wizard);
    QVERIFY(wizard->lastReport().dryRun);
    QCOMPARE(wizard->lastReport().added, 3);
    QCOMPARE(wizard->lastReport().rejected, 2);
    const QString summary = find<QLabel>(wizard, "checkSummary")->text();
    QVERIFY2(summary.contains(QLatin1String("New contacts to add")), qPrintable(summary));
    auto* rejects = find<QTableWidget>(wizard, "checkRejects");
    QCOMPARE(rejects->rowCount(), 2);
    QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("4"));
    QVERIFY(rejects->item(0, 1)->text().contains(QLatin1String("geen-adres")));
    QVERIFY(rejects->item(0, 1)->text().contains(QLatin1String("@ is missing")));
    // Whose row it is, as it stands in the file.
    QCOMPARE(rejects->item(0, 2)->text(),
             QStringLiteral("geen-adres · Piet · Jansen · Delft · 1003"));
    QCOMPARE(rejects->item(1, 0)->text(), QStringLiteral("6"));
    QVERIFY2(rejects->item(1, 1)->text().contains(QLatin1String("line 2")),
             qPrintable(rejects->item(1, 1)->text()));
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 0);

    // The import, and its result.
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPage));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible()); // committed
    finishPage(wizard);
    QVERIFY(!wizard->lastReport().dryRun);
    QVERIFY2(wizard->lastReport().ok(), qPrintable(wizard->lastReport().error));
    const QString result = find<QLabel>(wizard, "importResult")->text();
    QVERIFY2(result.contains(QLatin1String("Contacts added")), qPrintable(result));
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Import finished"));
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 3);
    const auto jose = m_workspace->contacts().findByEmail(QStringLiteral("jose@voorbeeld.nl"));
    QVERIFY(jose);
    QCOMPARE(jose->firstName, QStringLiteral("José"));
    QCOMPARE(jose->company, QStringLiteral("Bakkerij José"));
    QCOMPARE(jose->customFields.value(QStringLiteral("Klantnummer")), QStringLiteral("1001"));
    const auto noor = m_workspace->contacts().findByEmail(QStringLiteral("noor@voorbeeld.nl"));
    QCOMPARE(noor->lastName, QStringLiteral("van der Berg"));
    const auto state = m_workspace->consent().current(jose->id, ConsentEvent::Purpose::Newsletter);
    QVERIFY(state);
    QCOMPARE(state->state, ConsentEvent::State::Subscribed);
    const auto lists2 = m_workspace->lists().all();
    QCOMPARE(lists2.size(), 1);
    QCOMPARE(lists2.first().memberCount, 3);

    // The window shows them at once, and File → Undo last import can take them back.
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE(m_window->contactsPage()->model()->rowCount(), 3);
    QVERIFY(m_workspace->lastImport().has_value());
    QCOMPARE(m_workspace->lastImport()->fileName, QStringLiteral("klanten.csv"));
}

void TestImportWizard::changingTheDelimiterRereadsTheFile()
{
    ImportWizard* wizard = openWizard(write(QStringLiteral("klanten.csv"), kExcel));
    auto* delimiter = find<QComboBox>(wizard, "importDelimiter");
    auto* preview = find<QTableWidget>(wizard, "importPreview");
    QCOMPARE(preview->columnCount(), 7);
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    emit delimiter->activated(delimiter->currentIndex());
    // Read with commas the rows fall apart differently: one column, and "Vries & Zn; B.V."
    // quoted keeps its row whole.
    QCOMPARE(preview->columnCount(), 1);
    QVERIFY(find<QLabel>(wizard, "importDetected")->text().contains(QLatin1String("comma")));
    // The mapping follows the file as read: no e-mail column, so no way on.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(wizard, "mappingProblem")->isVisible());
    wizard->back();

    // The encoding too: read as UTF-8, the Windows-1252 é is not a letter.
    auto* encoding = find<QComboBox>(wizard, "importEncoding");
    delimiter->setCurrentIndex(0);
    emit delimiter->activated(0);
    encoding->setCurrentIndex(encoding->findData(int(TextSource::Encoding::Utf8)));
    emit encoding->activated(encoding->currentIndex());
    QCOMPARE(preview->columnCount(), 7);
    QVERIFY(preview->item(0, 1)->text() != QStringLiteral("José"));
    encoding->setCurrentIndex(encoding->findData(int(TextSource::Encoding::Windows1252)));
    emit encoding->activated(encoding->currentIndex());
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("José"));
    wizard->next();
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(mapCombo(wizard, 0)->currentText(), QStringLiteral("E-mail address"));

    // Two columns cannot fill one field: choosing it for another column lets the first go.
    auto* first = mapCombo(wizard, 1);
    first->setCurrentIndex(first->findData(int(ColumnMapping::Target::Email)));
    QCOMPARE(mapCombo(wizard, 0)->currentText(), QStringLiteral("Do not import"));
}

void TestImportWizard::rejectedRowsCanBeSavedForCorrection()
{
    ImportWizard* wizard = openWizard(write(QStringLiteral("klanten.csv"), kExcel));
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    finishPage(wizard);
    auto* save = find<QPushButton>(wizard->currentPage(), "saveRejectedButton");
    QVERIFY(save->isVisible());
    const QString out = m_dir->filePath(QStringLiteral("afgewezen.csv"));
    whenFileDialog(out);
    save->click();
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // UTF-8 with a byte-order mark for Excel, the file's own delimiter, the original row.
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFLine;Problem;E-mailadres;Voornaam"));
    QVERIFY2(lines.at(1).startsWith("4;"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(";geen-adres;Piet;;Jansen;;Delft;1003"));
    QVERIFY2(lines.at(2).startsWith("6;"), lines.at(2).constData());
    QVERIFY(lines.at(2).contains(QStringLiteral("Jos\u00e9").toUtf8()));
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 0);
}

void TestImportWizard::stoppingTheImportChangesNothing()
{
    Contact existing;
    existing.email = QStringLiteral("al@voorbeeld.nl");
    existing.firstName = QStringLiteral("Al");
    QVERIFY(m_workspace->addContact(existing).ok());
    QByteArray big = "email,first_name,city\n";
    for (int i = 0; i < 20000; ++i)
        big += "persoon" + QByteArray::number(i) + "@voorbeeld.nl,Persoon " +
               QByteArray::number(i) + ",Amersfoort\n";
    ImportWizard* wizard = openWizard(write(QStringLiteral("groot.csv"), big));
    wizard->next();
    wizard->next();
    // The window stays responsive while the file is read: its timers keep firing.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(10);
    wizard->next();
    finishPage(wizard);
    QCOMPARE(wizard->lastReport().added, 20000);
    QVERIFY2(ticks > 2, qPrintable(QString::number(ticks)));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPage));
    auto* stop = find<QPushButton>(wizard->currentPage(), "stopImportButton");
    QVERIFY(stop->isVisible());
    stop->click();
    finishPage(wizard);
    QVERIFY(wizard->lastReport().cancelled);
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Import stopped"));
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 1);
    QVERIFY(!m_workspace->lastImport().has_value());
}

void TestImportWizard::closingWhileCheckingStopsTheCheck()
{
    QByteArray big = "email\n";
    for (int i = 0; i < 20000; ++i)
        big += "iemand" + QByteArray::number(i) + "@voorbeeld.nl\n";
    ImportWizard* wizard = openWizard(write(QStringLiteral("groot.csv"), big));
    wizard->next();
    wizard->next();
    wizard->next();
    QVERIFY(wizard->importRunning());
    wizard->reject(); // Cancel, or the window's close button
    QVERIFY(!wizard->importRunning());
    QVERIFY(!wizard->isVisible());
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 0);
}

void TestImportWizard::droppingAFileOnTheContactsViewStartsTheWizard()
{
    const QString path = write(QStringLiteral("outlook.CSV"), kExcel);
    auto* viewport = m_window->contactsPage()->table()->viewport();
    const auto drop = [viewport](const QString& file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = viewport->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        const bool accepted = enter.isAccepted();
        if (accepted) {
            QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &dropped);
        }
        return accepted;
    };
    // Not a contact file: refused, nothing opens.
    QVERIFY(!drop(write(QStringLiteral("factuur.pdf"), "%PDF-1.4")));
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<ImportWizard*>());

    // The contacts view is empty (the page with "Add your first contact"), and a drop on
    // the table or that page is the same.
    QVERIFY(drop(path));
    QTRY_VERIFY(m_window->findChild<ImportWizard*>());
    auto* wizard = m_window->findChild<ImportWizard*>();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard->file().path(), path);
    QCOMPARE(find<QTableWidget>(wizard, "importPreview")->columnCount(), 7);
}

void TestImportWizard::problemsAreExplainedAndBlockTheNextStep()
{
    // An empty file: said so on the preview.
    ImportWizard* wizard = openWizard(write(QStringLiteral("leeg.csv"), QByteArray()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* problem = find<QLabel>(wizard, "previewProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("leeg.csv")), qPrintable(problem->text()));
    delete wizard;

    // A file without e-mail addresses: the mapping says what is missing.
    wizard = openWizard(write(QStringLiteral("namen.csv"), "Naam;Plaats\nPiet;Delft\n"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(wizard, "mappingProblem")->text().contains(QLatin1String("e-mail")));
    delete wizard;

    // Rows that are all already in the store as they are: nothing to import.
    Contact piet;
    piet.email = QStringLiteral("piet@voorbeeld.nl");
    QVERIFY(m_workspace->addContact(piet).ok());
    wizard = openWizard(write(QStringLiteral("piet.csv"), "email\npiet@voorbeeld.nl\n"));
    wizard->next();
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(wizard, "checkProblem")->isVisible(), 30000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(wizard, "checkProblem")->text().contains(QLatin1String("nothing")));
    QCOMPARE(wizard->lastReport().unchanged, 1);
}

void TestImportWizard::importMenuStartsAtTheFileChoice()
{
    m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    auto* wizard = m_window->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* path = find<QLineEdit>(wizard, "importPath");
    path->setText(m_dir->filePath(QStringLiteral("bestaat-niet.csv")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // A vCard: read as such, no encoding or delimiter to choose.
    const QString vcf = write(QStringLiteral("kaart.vcf"),
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva de Wit\r\nN:Wit;Eva;de;;\r\n"
                              "EMAIL;TYPE=INTERNET:eva@voorbeeld.nl\r\nEND:VCARD\r\n");
    path->setText(vcf);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(!find<QComboBox>(wizard, "importEncoding")->isVisible());
    QVERIFY(find<QLabel>(wizard, "importDetected")->text().contains(QLatin1String("vCard")));
    QCOMPARE(find<QTableWidget>(wizard, "importPreview")->rowCount(), 1);
    wizard->next();
    wizard->next();
    wizard->next();
    finishPage(wizard);
    wizard->next();
    finishPage(wizard);
    QCOMPARE(m_workspace->contacts().count(ContactQuery{}), 1);
    QCOMPARE(m_workspace->contacts().findByEmail(QStringLiteral("eva@voorbeeld.nl"))->firstName,
             QStringLiteral("Eva"));
}

void TestImportWizard::theOpenListIsChosenAndANewOneCanBeMade()
{
    const auto noord = m_workspace->createList(QStringLiteral("Noord"));
    QVERIFY(noord.ok());
    m_window->contactsPage()->listsPanel()->selectList(noord.value().id);
    QTRY_COMPARE(m_window->contactsPage()->model()->query().listId, noord.value().id);
    ImportWizard* wizard = openWizard(write(QStringLiteral("beurs.csv"), kExcel));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    auto* lists = find<QComboBox>(wizard, "importList");
    QCOMPARE(lists->currentText(), QStringLiteral("Noord"));

    // "New list…" asks for a name (the file's, to start with) and chooses the new list.
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    QString offered;
    connect(poll, &QTimer::timeout, this, [poll, &offered] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        offered = dialog->textValue();
        dialog->setTextValue(QStringLiteral("Beurs Zwolle"));
        dialog->accept();
    });
    poll->start();
    lists->setCurrentIndex(lists->count() - 1);
    emit lists->activated(lists->count() - 1);
    QCOMPARE(offered, QStringLiteral("beurs"));
    QCOMPARE(lists->currentText(), QStringLiteral("Beurs Zwolle"));
    wizard->next();
    finishPage(wizard);
    QVERIFY(find<QLabel>(wizard, "checkSummary")->text().contains(QLatin1String("Beurs Zwolle")));
    wizard->next();
    finishPage(wizard);
    qint64 members = -1;
    for (const auto& list : m_workspace->lists().all())
        if (list.name == QLatin1String("Beurs Zwolle"))
            members = list.memberCount;
    QCOMPARE(members, 3);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
