#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Store.h"
#include "Workspace.h"
#include "consent/ConsentPanel.h"
#include "consent/RecordConsentDialog.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/Importer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

using State = ConsentEvent::State;

// The consent parts of the desktop app, driven through real widgets under offscreen.
class TestConsentUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsNewsletterStateAndFilters();
    void oldConsentNeedsRepermission();
    void softOptInIsRecordedOnlyWithAllFiveConditions();
    void resubscribingASuppressedAddressNeedsConfirmation();
    void erasingFromTheConsentTabRemovesThePerson();
    void verifyLedgerReportsIntactAndTampered();
    void addingASuppressedAddressWarns();
    void exportWritesWhatTheTableShows();
    void undoLastImportFromTheFileMenu();

private:
    // Runs `interact` once a modal widget of type T is active (polling, so that nested modal
    // dialogs each get their own turn).
    template <typename T> void whenModal(std::function<void(T*)> interact);
    qint64 addContact(const QString& email, const QString& first);
    void record(qint64 id, State state, qint64 at = 0);
    int rowOf(const QString& email);
    void openConsentTab(const QString& email, const std::function<void(ContactDialog*)>& interact);
    QString newsletterCell(const QString& email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ContactsPage* m_page = nullptr;
    int m_handled = 0;
};

template <typename T> void TestConsentUi::whenModal(std::function<void(T*)> interact)
{
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, poll, interact] {
        auto* widget = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!widget)
            return;
        poll->stop();
        poll->deleteLater();
        ++m_handled;
        interact(widget);
        // A failed check inside returns early: never leave a modal dialog open behind it.
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

void TestConsentUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
}

void TestConsentUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto ws =
        Workspace::open(m_dir->filePath(QStringLiteral("consent.db")), QStringLiteral("test"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->contactsPage();
    m_handled = 0;
}

void TestConsentUi::cleanup()
{
    // A handler whose dialog never came must not act in the next test.
    qDeleteAll(findChildren<QTimer*>());
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestConsentUi::addContact(const QString& email, const QString& first)
{
    Contact c;
    c.email = email;
    c.firstName = first;
    auto added = m_workspace->addContact(c);
    if (!added.ok())
        qFatal("%s", qPrintable(added.errorMessage()));
    return added.value().id;
}

void TestConsentUi::record(qint64 id, State state, qint64 at)
{
    ConsentEvent e;
    e.contactId = id;
    e.state = state;
    e.basis =
        ConsentEvent::withdraws(state) ? ConsentEvent::Basis::None : ConsentEvent::Basis::Consent;
    e.source = QStringLiteral("web_form");
    e.occurredAt = at;
    auto r = m_workspace->recordConsent(e);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorMessage()));
}

int TestConsentUi::rowOf(const QString& email)
{
    ContactTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ContactTableModel::Email)
                .data()
                .toString()
                .compare(email, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

QString TestConsentUi::newsletterCell(const QString& email)
{
    const int row = rowOf(email);
    return row < 0 ? QString()
                   : m_page->model()->index(row, ContactTableModel::Newsletter).data().toString();
}

void TestConsentUi::openConsentTab(const QString& email,
                                   const std::function<void(ContactDialog*)>& interact)
{
    const int row = rowOf(email);
    QVERIFY(row >= 0);
    QTableView* table = m_page->table();
    table->selectRow(row);
    const int before = m_handled;
    whenModal<ContactDialog>([interact](ContactDialog* d) {
        d->showConsentTab();
        QVERIFY(d->findChild<ConsentPanel*>()->isVisible());
        interact(d);
        if (d->isVisible())
            d->reject();
    });
    table->setCurrentIndex(m_page->model()->index(row, 0));
    m_page->editCurrentContact(); // what a double click or Enter does
    QVERIFY2(m_handled > before, "the contact dialog did not open");
}

void TestConsentUi::tableShowsNewsletterStateAndFilters()
{
    record(addContact(QStringLiteral("anna@example.nl"), QStringLiteral("Anna")),
           State::Subscribed);
    const qint64 bram = addContact(QStringLiteral("bram@example.nl"), QStringLiteral("Bram"));
    record(bram, State::Subscribed, QDateTime::currentMSecsSinceEpoch() - 5000);
    record(bram, State::Unsubscribed);
    addContact(QStringLiteral("carla@example.nl"), QStringLiteral("Carla"));
    QCOMPARE(newsletterCell(QStringLiteral("anna@example.nl")), QStringLiteral("Subscribed"));
    QCOMPARE(newsletterCell(QStringLiteral("bram@example.nl")), QStringLiteral("Unsubscribed"));
    QCOMPARE(newsletterCell(QStringLiteral("carla@example.nl")), QStringLiteral("None"));
    QVERIFY(m_page->model()
                ->index(rowOf(QStringLiteral("carla@example.nl")), ContactTableModel::Newsletter)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("no mailings")));

    // The filter, with the keyboard as a user would.
    QComboBox* filter = m_page->consentFilter();
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down); // Subscribed
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(newsletterCell(QStringLiteral("anna@example.nl")), QStringLiteral("Subscribed"));
    QTest::keyClick(filter, Qt::Key_Down); // Pending: none
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))
                ->text()
                .contains(QLatin1String("consent state")));
    QTest::keyClick(filter, Qt::Key_Down); // Unsubscribed
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(rowOf(QStringLiteral("bram@example.nl")) == 0);
    filter->setCurrentIndex(filter->findData(int(ContactQuery::Consent::NoneRecorded)));
    emit filter->activated(filter->currentIndex());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(rowOf(QStringLiteral("carla@example.nl")) == 0);
    // The consent column has no sort order: clicking it keeps the current one.
    const ContactQuery::SortColumn sort = m_page->model()->query().sort;
    m_page->table()->horizontalHeader()->setSortIndicator(ContactTableModel::Newsletter,
                                                          Qt::DescendingOrder);
    QCOMPARE(m_page->model()->query().sort, sort);
    QCOMPARE(m_page->table()->horizontalHeader()->sortIndicatorSection(),
             int(ContactTableModel::LastName));
}

void TestConsentUi::oldConsentNeedsRepermission()
{
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 id = addContact(QStringLiteral("oud@example.nl"), QStringLiteral("Oud"));
    record(id, State::Subscribed, QDateTime::currentMSecsSinceEpoch() - 800 * day);
    record(addContact(QStringLiteral("nieuw@example.nl"), QStringLiteral("Nieuw")),
           State::Subscribed);
    QCOMPARE(newsletterCell(QStringLiteral("oud@example.nl")),
             QStringLiteral("Needs re-permission"));
    QCOMPARE(newsletterCell(QStringLiteral("nieuw@example.nl")), QStringLiteral("Subscribed"));
    QComboBox* filter = m_page->consentFilter();
    filter->setCurrentIndex(filter->findData(int(ContactQuery::Consent::NeedsRepermission)));
    emit filter->activated(filter->currentIndex());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(rowOf(QStringLiteral("oud@example.nl")), 0);
}

void TestConsentUi::softOptInIsRecordedOnlyWithAllFiveConditions()
{
    addContact(QStringLiteral("klant@example.nl"), QStringLiteral("Klaas"));
    openConsentTab(QStringLiteral("klant@example.nl"), [this](ContactDialog* d) {
        auto* panel = d->findChild<ConsentPanel*>();
        whenModal<RecordConsentDialog>([](RecordConsentDialog* r) {
            auto* basis = r->findChild<QComboBox*>(QStringLiteral("basisCombo"));
            basis->setCurrentIndex(basis->findData(int(ConsentEvent::Basis::SoftOptIn)));
            QVERIFY(r->findChild<QWidget*>(QStringLiteral("softOptInGroup"))->isVisible());
            for (const char* name : {"saleCheck", "entityCheck", "informedCheck", "optOutCheck"})
                r->findChild<QCheckBox*>(QLatin1String(name))->setChecked(true);
            auto* save = r->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            save->click();
            auto* error = r->findChild<QLabel*>(QStringLiteral("errorLabel"));
            QVERIFY(r->isVisible());
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QLatin1String("similar products")),
                     qPrintable(error->text()));
            r->findChild<QCheckBox*>(QStringLiteral("similarCheck"))->setChecked(true);
            r->findChild<QLineEdit*>(QStringLiteral("detailEdit"))
                ->setText(QStringLiteral("Kassabon 118"));
            save->click();
            QVERIFY(!r->isVisible());
        });
        panel->findChild<QPushButton*>(QStringLiteral("recordConsentButton"))->click();
        QCOMPARE(
            panel->findChild<QTreeWidget*>(QStringLiteral("consentHistory"))->topLevelItemCount(),
            1);
        const QString shown = panel->findChildren<QLabel*>().at(1)->text();
        QVERIFY2(shown.contains(QLatin1String("Subscribed")) &&
                     shown.contains(QLatin1String("soft opt-in")),
                 qPrintable(shown));
    });
    QCOMPARE(m_handled, 2);
    QCOMPARE(newsletterCell(QStringLiteral("klant@example.nl")), QStringLiteral("Subscribed"));
    const auto history = m_workspace->consent().history(
        m_workspace->contacts().findByEmail(QStringLiteral("klant@example.nl"))->id);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().softOptIn.complete());
    QCOMPARE(history.first().sourceDetail, QStringLiteral("Kassabon 118"));
    QCOMPARE(history.first().actor, QStringLiteral("test"));
}

void TestConsentUi::resubscribingASuppressedAddressNeedsConfirmation()
{
    const qint64 id = addContact(QStringLiteral("henk@example.nl"), QStringLiteral("Henk"));
    record(id, State::Subscribed, QDateTime::currentMSecsSinceEpoch() - 60'000);
    record(id, State::Unsubscribed, QDateTime::currentMSecsSinceEpoch() - 30'000);
    for (bool confirm : {false, true}) {
        openConsentTab(QStringLiteral("henk@example.nl"), [this, confirm](ContactDialog* d) {
            whenModal<RecordConsentDialog>([this, confirm](RecordConsentDialog* r) {
                whenModal<QMessageBox>([confirm](QMessageBox* box) {
                    QVERIFY(box->text().contains(QLatin1String("suppression list")));
                    for (QAbstractButton* b : box->buttons())
                        if ((confirm && b->text().contains(QLatin1String("asked again"))) ||
                            (!confirm && box->buttonRole(b) == QMessageBox::RejectRole))
                            b->click();
                });
                r->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
                QCOMPARE(r->isVisible(), !confirm);
                if (r->isVisible())
                    r->reject();
            });
            d->findChild<QPushButton*>(QStringLiteral("recordConsentButton"))->click();
        });
        const auto state = m_workspace->consent().current(id, ConsentEvent::Purpose::Newsletter);
        QCOMPARE(state->state, confirm ? State::Subscribed : State::Unsubscribed);
    }
    QVERIFY(!m_workspace->suppressionOf(QStringLiteral("henk@example.nl")));
}

void TestConsentUi::erasingFromTheConsentTabRemovesThePerson()
{
    addContact(QStringLiteral("blijft@example.nl"), QStringLiteral("Blijft"));
    record(addContact(QStringLiteral("weg@example.nl"), QStringLiteral("Weg")), State::Subscribed);
    QCOMPARE(m_page->model()->rowCount(), 2);
    openConsentTab(QStringLiteral("weg@example.nl"), [this](ContactDialog* d) {
        whenModal<QMessageBox>([](QMessageBox* box) {
            QVERIFY(box->informativeText().contains(QLatin1String("cannot be undone")));
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        d->findChild<QPushButton*>(QStringLiteral("erasePersonButton"))->click();
        QVERIFY(!d->isVisible());
        QVERIFY(d->personErased());
    });
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!m_workspace->contacts().findByEmail(QStringLiteral("weg@example.nl")));
    QCOMPARE(m_workspace->suppressionOf(QStringLiteral("weg@example.nl"))->reason,
             SuppressionList::Reason::Erased);
}

void TestConsentUi::verifyLedgerReportsIntactAndTampered()
{
    const qint64 id = addContact(QStringLiteral("els@example.nl"), QStringLiteral("Els"));
    record(id, State::Subscribed);
    QAction* verify = m_window->findChild<QAction*>(QStringLiteral("verifyLedgerAction"));
    QVERIFY(verify);
    QString title;
    auto capture = [&title](QMessageBox* box) {
        title = box->text();
        box->accept();
    };
    whenModal<QMessageBox>(capture);
    verify->trigger();
    QCOMPARE(title, QStringLiteral("The consent history is intact."));

    QSqlQuery q(m_workspace->store().database());
    QVERIFY(q.exec(QStringLiteral("UPDATE ledger_gate SET open = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE consent_events SET source = 'paper_form'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE ledger_gate SET open = 0")));
    QString details;
    whenModal<QMessageBox>([&](QMessageBox* box) {
        title = box->text();
        details = box->detailedText();
        box->accept();
    });
    verify->trigger();
    QCOMPARE(title, QStringLiteral("The consent history has been tampered with."));
    QVERIFY2(details.contains(QLatin1String("els@example.nl")), qPrintable(details));
}

void TestConsentUi::addingASuppressedAddressWarns()
{
    const qint64 id = addContact(QStringLiteral("weg@example.nl"), QStringLiteral("Weg"));
    record(id, State::Subscribed);
    QVERIFY(m_workspace->erasePerson(id).ok());
    whenModal<ContactDialog>([](ContactDialog* d) {
        auto* email = d->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("Weg@Example.nl"));
        QTest::keyClick(email, Qt::Key_Tab); // leaving the field checks the address
        auto* note = d->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("suppression list")) &&
                     note->text().contains(QLatin1String("erased")),
                 qPrintable(note->text()));
        // Saving is still allowed: a customer record, not a subscriber.
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(!d->isVisible());
    });
    const int before = m_handled;
    m_page->addContact();
    QCOMPARE(m_handled, before + 1);
    const auto added = m_workspace->contacts().findByEmail(QStringLiteral("weg@example.nl"));
    QVERIFY(added);
    QCOMPARE(newsletterCell(QStringLiteral("weg@example.nl")), QStringLiteral("Unsubscribed"));
}

void TestConsentUi::exportWritesWhatTheTableShows()
{
    record(addContact(QStringLiteral("ja@example.nl"), QStringLiteral("Ja")), State::Subscribed);
    const qint64 nee = addContact(QStringLiteral("nee@example.nl"), QStringLiteral("Nee"));
    record(nee, State::Subscribed, QDateTime::currentMSecsSinceEpoch() - 5000);
    record(nee, State::Unsubscribed);
    // Only the subscribed contacts are shown, and that is what gets exported.
    QComboBox* filter = m_page->consentFilter();
    filter->setCurrentIndex(filter->findData(int(ContactQuery::Consent::Subscribed)));
    emit filter->activated(filter->currentIndex());
    const QString path = m_dir->filePath(QStringLiteral("nieuwsbrief.vcf"));
    whenModal<QFileDialog>([&path](QFileDialog* d) {
        d->selectNameFilter(d->nameFilters().last()); // vCard
        // Typed into the name field, as a user would (selectFile() can lose the race with
        // the dialog's directory loading).
        d->setDirectory(QFileInfo(path).absolutePath());
        QTRY_VERIFY(d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")));
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QTest::qWait(50);
        name->setText(path);
        QMetaObject::invokeMethod(d, "accept"); // what the Save button does
    });
    m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray vcf = file.readAll();
    QVERIFY(vcf.startsWith("BEGIN:VCARD"));
    QVERIFY(vcf.contains("ja@example.nl"));
    QVERIFY(!vcf.contains("nee@example.nl"));
}

void TestConsentUi::undoLastImportFromTheFileMenu()
{
    addContact(QStringLiteral("blijft@example.nl"), QStringLiteral("Blijft"));
    const QString path = m_dir->filePath(QStringLiteral("beurs.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("E-mailadres;Voornaam\nnieuw1@example.nl;Een\nnieuw2@example.nl;Twee\n");
    csv.close();
    auto reader = CsvReader::open(path, {}, nullptr);
    RecordSource::Record header;
    QVERIFY(reader->next(header));
    Importer::Options options;
    options.fileName = QStringLiteral("beurs.csv");
    QCOMPARE(Importer(m_workspace->store())
                 .run(*reader, ColumnMapping::guess(header.fields), options)
                 .added,
             2);
    m_page->refresh();
    QCOMPARE(m_page->model()->rowCount(), 3);
    QString question;
    QString details;
    whenModal<QMessageBox>([&question, &details](QMessageBox* box) {
        question = box->text();
        details = box->informativeText();
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    m_window->findChild<QAction*>(QStringLiteral("undoImportAction"))->trigger();
    QVERIFY2(question.startsWith(QLatin1String("Undo the import of beurs.csv (")),
             qPrintable(question));
    // Only what it did, in words that count: no "0 contacts", no "contact(s)".
    QVERIFY2(details.startsWith(QLatin1String("The 2 contacts it added are removed.")),
             qPrintable(details));
    QVERIFY(!details.contains(QLatin1String("changed")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!m_workspace->lastImport());
}

QTEST_MAIN(TestConsentUi)
#include "tst_consentui.moc"
