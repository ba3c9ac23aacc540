#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "Language.h"
#include "ListRepository.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "Workspace.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/DeleteContactsCommand.h"
#include "contacts/ListsPanel.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>

// Drives the real main window under the offscreen platform, as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithEmptyState();
    void showsExistingContactsAtStart();
    void addFindDeleteUndo();
    void dialogRefusesInvalidAndDuplicate();
    void listsFilterTheTable();
    void failedUndoLeavesTheStack();
    void seesChangesFromAnotherProgram();
    void storeFileHoldsEditsSoonAfter();
    void typingInTheTableSearches();
    void switchesToDutch();
    void settingsDialogSwitchesLanguage();

private:
    // Runs `interact` on the modal dialog that `open` brings up.
    void withDialog(const std::function<void()>& open,
                    const std::function<void(ContactDialog*)>& interact);
    void addThroughDialog(const QString& email, const QString& first, const QString& last);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ContactsPage* m_page = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("gui.db")));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need an active window
    m_page = m_window->contactsPage();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMainWindow::withDialog(const std::function<void()>& open,
                                const std::function<void(ContactDialog*)>& interact)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<ContactDialog*>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        interact(dialog);
        if (dialog->isVisible())
            dialog->reject(); // never leave a test hanging on a modal dialog
    });
    poll.start();
    open();
    QVERIFY(seen);
}

void TestMainWindow::addThroughDialog(const QString& email, const QString& first,
                                      const QString& last)
{
    withDialog(
        [&] {
            QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addContactButton")),
                              Qt::LeftButton);
        },
        [&](ContactDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("emailEdit")), email);
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")), first);
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("lastNameEdit")), last);
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            QVERIFY(!d->isVisible());
        });
}

void TestMainWindow::startsWithEmptyState()
{
    auto* stack = m_page->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No contacts yet"));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("0 contacts"));
}

void TestMainWindow::showsExistingContactsAtStart()
{
    for (const char* email : {"a@example.nl", "b@example.nl", "c@example.nl"}) {
        Contact c;
        c.email = QLatin1String(email);
        QVERIFY(m_workspace->addContact(c).ok());
    }
    // A window opened on a store that already has contacts says how many there are.
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("3 contacts"));
    QCOMPARE(window.contactsPage()->table()->model()->rowCount(), 3);
    // Every column fits in the window without scrolling sideways.
    const QHeaderView* header = window.contactsPage()->table()->horizontalHeader();
    QTRY_VERIFY2(header->length() <= window.contactsPage()->table()->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(header->length())
                                .arg(window.contactsPage()->table()->viewport()->width())));
}

void TestMainWindow::addFindDeleteUndo()
{
    addThroughDialog(QStringLiteral("Marieke@Bloemen.NL"), QStringLiteral("Marieke"),
                     QStringLiteral("Bloem"));
    addThroughDialog(QStringLiteral("tom@fietsen.nl"), QStringLiteral("Tom"),
                     QStringLiteral("Fiets"));
    QTableView* table = m_page->table();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_page->findChild<QStackedWidget*>()->currentWidget(), table);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("2 contacts"));
    // The new contact is selected and stored normalised.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_workspace->contacts().findByEmail(QStringLiteral("marieke@bloemen.nl")));

    // Find it by typing in the search box (debounced).
    QLineEdit* search = m_page->searchEdit();
    QTest::keyClicks(search, QStringLiteral("marie"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ContactTableModel::Email).data().toString(),
             QStringLiteral("Marieke@bloemen.nl"));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("1 of 2 contacts shown"));

    // Delete it with the Delete key.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    table->selectRow(0);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No contacts match “marie”"));
    QCOMPARE(m_workspace->contacts().count({}), 1);

    // Ctrl+Z brings it back.
    QVERIFY(m_window->undoStack()->canUndo());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_workspace->contacts().count({}), 2);
    QCOMPARE(table->model()->index(0, ContactTableModel::FirstName).data().toString(),
             QStringLiteral("Marieke"));
}

void TestMainWindow::dialogRefusesInvalidAndDuplicate()
{
    addThroughDialog(QStringLiteral("info@kaaswinkel.nl"), QStringLiteral("Henk"),
                     QStringLiteral("Kaas"));
    withDialog([&] { m_page->addContact(); },
               [&](ContactDialog* d) {
                   auto* email = d->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
                   auto* error = d->findChild<QLabel*>(QStringLiteral("errorLabel"));
                   auto* save = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
                   QTest::keyClicks(email, QStringLiteral("henk at kaaswinkel"));
                   save->click();
                   QVERIFY(d->isVisible());
                   QVERIFY(error->isVisible());
                   QVERIFY(error->text().contains(QStringLiteral("henk at kaaswinkel")));
                   email->clear();
                   QTest::keyClicks(email, QStringLiteral("INFO@KAASWINKEL.NL"));
                   save->click();
                   QVERIFY(d->isVisible());
                   QVERIFY2(error->text().contains(QStringLiteral("Henk Kaas")),
                            qPrintable(error->text()));
               });
    QCOMPARE(m_workspace->contacts().count({}), 1);
}

void TestMainWindow::listsFilterTheTable()
{
    addThroughDialog(QStringLiteral("a@example.nl"), QStringLiteral("Ans"), QString());
    addThroughDialog(QStringLiteral("b@example.nl"), QStringLiteral("Bas"), QString());
    auto list = m_workspace->createList(QStringLiteral("Nieuwsbrief"));
    QVERIFY(list.ok());
    QVERIFY(
        m_workspace
            ->addToList(list.value().id, {m_workspace->contacts().findByEmail("b@example.nl")->id})
            .ok());
    m_page->listsPanel()->selectList(list.value().id);
    QTRY_COMPARE(m_page->table()->model()->rowCount(), 1);
    QCOMPARE(m_page->table()->model()->index(0, ContactTableModel::Email).data().toString(),
             QStringLiteral("b@example.nl"));
    // A contact added while a list is shown joins that list.
    addThroughDialog(QStringLiteral("c@example.nl"), QStringLiteral("Cas"), QString());
    QTRY_COMPARE(m_page->table()->model()->rowCount(), 2);
    QCOMPARE(m_workspace->lists().findById(list.value().id)->memberCount, 2);
    m_page->listsPanel()->selectList(0);
    QTRY_COMPARE(m_page->table()->model()->rowCount(), 3);
}

void TestMainWindow::failedUndoLeavesTheStack()
{
    Contact c;
    c.email = QStringLiteral("eva@example.nl");
    const qint64 id = m_workspace->addContact(c).value().id;
    QString error;
    QUndoStack stack;
    stack.push(new DeleteContactsCommand(*m_workspace, {id}, [&](const QString& e) { error = e; }));
    QCOMPARE(m_workspace->contacts().count({}), 0);
    // Someone adds the address again before the delete is undone.
    c.firstName = QStringLiteral("Eva nieuw");
    QVERIFY(m_workspace->addContact(c).ok());
    stack.undo();
    QVERIFY2(error.contains(QStringLiteral("Eva nieuw")), qPrintable(error));
    QCOMPARE(m_workspace->contacts().count({}), 1);
    // The failed command is gone: nothing to redo that never happened.
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canRedo());
}

void TestMainWindow::seesChangesFromAnotherProgram()
{
    addThroughDialog(QStringLiteral("a@example.nl"), QStringLiteral("Ans"), QString());
    {
        // The CLI, or a second window, writes to the same store.
        auto other = Workspace::open(m_dir->filePath(QStringLiteral("gui.db")));
        QVERIFY(other.ok());
        Contact c;
        c.email = QStringLiteral("from-cli@example.nl");
        QVERIFY(other.value()->addContact(c).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->rowCount(), 2, 6000);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("2 contacts"));
}

void TestMainWindow::storeFileHoldsEditsSoonAfter()
{
    addThroughDialog(QStringLiteral("backup@example.nl"), QStringLiteral("Bep"), QString());
    // A copy of the store file alone (what a backup program takes while Sendtrix runs)
    // holds the new contact once the user pauses.
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    auto contactsInCopy = [&]() -> qint64 {
        QFile::remove(copy);
        if (!QFile::copy(m_dir->filePath(QStringLiteral("gui.db")), copy))
            return -1;
        auto store = Store::open(copy);
        return store.ok() ? ContactRepository(*store.value()).count({}) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(contactsInCopy(), qint64(1), 6000);
}

void TestMainWindow::typingInTheTableSearches()
{
    addThroughDialog(QStringLiteral("a@example.nl"), QStringLiteral("Ans"), QString());
    addThroughDialog(QStringLiteral("b@example.nl"), QStringLiteral("Bas"), QString());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->table()->setFocus();
    // Type-to-find would read every row (minutes at a million): typing searches instead.
    QTest::keyClicks(m_page->table(), QStringLiteral("ba"));
    QCOMPARE(m_page->searchEdit()->text(), QStringLiteral("ba"));
    QTRY_COMPARE(m_page->table()->model()->rowCount(), 1);
}

void TestMainWindow::switchesToDutch()
{
    Language::apply(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    QCOMPARE(m_page->table()
                 ->model()
                 ->headerData(ContactTableModel::FirstName, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Voornaam"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("Nog geen contacten"));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("0 contacten"));
    Language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("No contacts yet"));
}

void TestMainWindow::settingsDialogSwitchesLanguage()
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("nl")));
        dialog->accept();
    });
    m_window->showSettings();
    QVERIFY(seen);
    QCOMPARE(Settings().language(), QStringLiteral("nl"));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sendtrix"));
    QCOMPARE(m_page->findChild<QPushButton*>(QStringLiteral("addContactButton"))->text(),
             QStringLiteral("Nieuw contact"));
    // Back to English for the other tests, and remembered as such.
    Settings().setLanguage(QStringLiteral("en"));
    Language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
