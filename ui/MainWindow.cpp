#include "MainWindow.h"

#include "AppInfo.h"
#include "ContactTableModel.h"
#include "PrivacyCentre.h"
#include "Settings.h"
#include "Workspace.h"
#include "account/LoginDialog.h"
#include "consent/LedgerCheck.h"
#include "contacts/ContactsPage.h"
#include "import/ImportWizard.h"
#include "mailings/MailingsPage.h"
#include "privacy/NoticeBanner.h"
#include "privacy/PolicyAckDialog.h"
#include "privacy/PrivacyPage.h"
#include "settings/SettingsDialog.h"
#include "sync/SyncStatusWidget.h"
#include "templates/CodeEditor.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplatesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
    , m_areas(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_contacts(new ContactsPage(workspace, *m_undoStack, this))
    , m_templates(new TemplatesPage(workspace, this))
    , m_mailings(new MailingsPage(workspace, this))
    , m_centre(new PrivacyCentre(workspace.store(), this))
    , m_notices(new NoticeBanner(*m_centre, this))
    , m_privacy(new PrivacyPage(m_centre, this))
    , m_syncStatus(new SyncStatusWidget(workspace, this))
    , m_countLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sendtrix.svg")));

    // The sidebar of areas.
    m_areas->setObjectName(QStringLiteral("areaList"));
    m_areas->setIconSize(QSize(28, 28));
    m_areas->setViewMode(QListView::ListMode);
    m_areas->setFixedWidth(132);
    m_areas->setFrameShape(QFrame::NoFrame);
    m_areas->setSpacing(2);
    m_areas->setStyleSheet(
        QStringLiteral("QListWidget#areaList { background: palette(window); border-right: 1px "
                       "solid palette(mid); }"
                       "QListWidget#areaList::item { padding: 8px 6px; margin: 2px 4px; "
                       "border-radius: 6px; color: palette(text); }"
                       "QListWidget#areaList::item:selected { background: rgba(30, 111, 217, 40); "
                       "color: palette(text); font-weight: bold; }"));
    auto* contactsItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/contacts.svg")), QString(), m_areas);
    contactsItem->setData(Qt::UserRole, QStringLiteral("contacts"));
    m_pages->addWidget(m_contacts);
    auto* templatesItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/templates.svg")), QString(), m_areas);
    templatesItem->setData(Qt::UserRole, QStringLiteral("templates"));
    m_pages->addWidget(m_templates);
    connect(m_templates, &TemplatesPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    auto* mailingsItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/mailings.svg")), QString(), m_areas);
    mailingsItem->setData(Qt::UserRole, QStringLiteral("mailings"));
    m_pages->addWidget(m_mailings);
    connect(m_mailings, &MailingsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_mailings, &MailingsPage::settingsRequested, this, &MainWindow::showSettings);
    connect(m_mailings, &MailingsPage::templateRequested, this, [this](qint64 templateId) {
        showArea(QStringLiteral("templates"));
        m_templates->openTemplate(templateId);
    });
    auto* privacyItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/privacy.svg")), QString(), m_areas);
    privacyItem->setData(Qt::UserRole, QStringLiteral("privacy"));
    m_pages->addWidget(m_privacy);
    connect(m_areas, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_deleteAction)
            m_deleteAction->setEnabled(m_pages->currentWidget() == m_contacts);
    });
    m_areas->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_areas);
    // The notices (a new privacy policy, service announcements) above whichever area.
    auto* pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->setSpacing(0);
    pagesColumn->addWidget(m_notices);
    pagesColumn->addWidget(m_pages, 1);
    layout->addLayout(pagesColumn, 1);
    setCentralWidget(central);
    connect(m_notices, &NoticeBanner::readPolicyRequested, this, [this](const QString& id) {
        showArea(QStringLiteral("privacy"));
        m_privacy->showPolicy(id);
    });

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(workspace.storePath()));
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::loginRequested, this, &MainWindow::logInOrOut);
    connect(m_syncStatus, &SyncStatusWidget::synced, this, [this] {
        m_centre->refresh(); // a new policy version, an announcement, choices made elsewhere
        checkPolicyAcknowledgment();
    });
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_contacts, &ContactsPage::countChanged, this, &MainWindow::updateCount);
    connect(m_contacts, &ContactsPage::importRequested, this, &MainWindow::importContacts);
    updateCount(m_contacts->shownCount(), m_contacts->totalCount());
    connect(m_contacts, &ContactsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    createMenus();
    retranslate();
    m_contacts->restoreHeaderState(Settings().contactsHeaderState());
    if (!restoreGeometry(Settings().windowGeometry()))
        resize(1200, 760);
    m_contacts->table()->setFocus();
    m_workspace.prepareAudienceCounts();
    QTimer::singleShot(0, this, &MainWindow::checkPolicyAcknowledgment);
}

void MainWindow::checkPolicyAcknowledgment()
{
    if (m_askingAcknowledgment)
        return;
    const auto version = m_centre->toAcknowledge();
    if (!version)
        return;
    m_askingAcknowledgment = true;
    auto* dialog = new PolicyAckDialog(*m_centre, *version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_askingAcknowledgment = false; });
    dialog->open();
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed with the window's children and signals as it clears.
    m_undoStack->disconnect(this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newContactAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/contact-add.svg")),
                                               QString(), m_contacts, &ContactsPage::addContact);
    m_newContactAction->setShortcut(QKeySequence::New);
    m_importAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/import.svg")), QString(),
                                           this, [this] { importContacts(); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction =
        m_fileMenu->addAction(QString(), m_contacts, [this] { m_contacts->exportContacts(false); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_undoImportAction = m_fileMenu->addAction(QString(), this, &MainWindow::undoLastImport);
    m_undoImportAction->setObjectName(QStringLiteral("undoImportAction"));
    connect(m_fileMenu, &QMenu::aboutToShow, this,
            [this] { m_undoImportAction->setEnabled(m_workspace.lastImport().has_value()); });
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // Log in… / Log out (the text follows the session each time the menu opens).
    QAction* account =
        m_fileMenu->addAction(LoginDialog::logInOrOutText(), this, &MainWindow::logInOrOut);
    account->setObjectName(QStringLiteral("accountAction"));
    connect(m_fileMenu, &QMenu::aboutToShow, account,
            [account] { account->setText(LoginDialog::logInOrOutText()); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    // Own actions rather than QUndoStack's, whose "Undo %1" is not translated into Dutch.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    // In the Templates area they undo typing in the template's source; elsewhere the
    // contact changes on the undo stack.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_templates)
            m_templates->editor()->source()->undo();
        else
            m_undoStack->undo();
    });
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_templates)
            m_templates->editor()->source()->redo();
        else
            m_undoStack->redo();
    });
    connect(m_templates->editor()->source(), &QPlainTextEdit::undoAvailable, this,
            &MainWindow::updateUndoActions);
    connect(m_templates->editor()->source(), &QPlainTextEdit::redoAvailable, this,
            &MainWindow::updateUndoActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        updateUndoActions();
        statusBar()->clearMessage(); // "Press Ctrl+Z to undo" is no longer true
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    // Find searches the contacts, or the source of the template being edited.
    m_findAction =
        m_editMenu->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QString(), this, [this] {
            if (m_pages->currentWidget() == m_templates)
                m_templates->editor()->showFind();
            else
                m_contacts->focusSearch();
        });
    m_findAction->setShortcut(QKeySequence::Find);
    m_deleteAction = m_editMenu->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), QString(),
                                           m_contacts, &ContactsPage::deleteSelectedContacts);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_verifyAction =
        m_toolsMenu->addAction(QIcon(QStringLiteral(":/icons/consent.svg")), QString(), this,
                               [this] { LedgerCheck::run(this, m_workspace.storePath()); });
    m_verifyAction->setObjectName(QStringLiteral("verifyLedgerAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Sendtrix"));
    m_areas->item(0)->setText(tr("Contacts"));
    m_areas->item(1)->setText(tr("Templates"));
    for (int i = 0; i < m_areas->count(); ++i)
        if (m_areas->item(i)->data(Qt::UserRole).toString() == QLatin1String("mailings"))
            m_areas->item(i)->setText(tr("Mailings"));
        else if (m_areas->item(i)->data(Qt::UserRole).toString() == QLatin1String("privacy"))
            m_areas->item(i)->setText(tr("Privacy"));
    m_fileMenu->setTitle(tr("&File"));
    m_newContactAction->setText(tr("&New contact…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_importAction->setText(tr("&Import contacts…"));
    m_importAction->setStatusTip(
        tr("Add contacts from a CSV file (Excel, Outlook, Google, Mailchimp) or a vCard file"));
    m_exportAction->setText(tr("&Export contacts…"));
    m_undoImportAction->setText(tr("&Undo last import…"));
    m_exportAction->setStatusTip(
        tr("Save the contacts shown (with the current list, search and filter) as CSV or vCard"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_deleteAction->setText(tr("&Delete selected contacts"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_verifyAction->setText(tr("&Verify consent history…"));
    m_verifyAction->setStatusTip(tr("Check that no consent record has been changed or removed "
                                    "outside Sendtrix"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Sendtrix"));
    updateUndoActions();
    m_storeLabel->setText(tr("Store: %1").arg(QFileInfo(m_workspace.storePath()).fileName()));
    updateCount(m_shown, m_total);
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    if (m_pages->currentWidget() == m_templates) {
        const QTextDocument* source = m_templates->editor()->source()->document();
        m_undoAction->setEnabled(source->isUndoAvailable());
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setEnabled(source->isRedoAvailable());
        m_redoAction->setText(tr("&Redo"));
        return;
    }
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                                 : tr("&Undo"));
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                                 : tr("&Redo"));
}

void MainWindow::updateCount(qint64 shown, qint64 total)
{
    m_shown = shown;
    m_total = total;
    const QLocale locale;
    if (shown == total)
        m_countLabel->setText(tr("%n contact(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                                  .replace(QString::number(total), locale.toString(total)));
    else
        m_countLabel->setText(
            tr("%1 of %2 contacts shown").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace.storePath(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_contacts->refresh();         // the re-permission age may have changed
        m_mailings->settingsChanged(); // the sender profile may have changed
    }
}

void MainWindow::importContacts(const QString& path)
{
    // One import at a time: its progress is on show until it has finished.
    auto* wizard = new ImportWizard(m_workspace, path, this);
    wizard->options().listId = m_contacts->model()->query().listId; // the list open now
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        const auto& report = wizard->lastReport();
        if (!report.dryRun && report.ok() && report.batchId > 0)
            statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated.")
                                         .arg(QFileInfo(wizard->file().path()).fileName(),
                                              QLocale().toString(report.added),
                                              QLocale().toString(report.updated)),
                                     8000);
    });
    wizard->show();
}

void MainWindow::undoLastImport()
{
    const auto last = m_workspace.lastImport();
    if (!last) {
        QMessageBox::information(this, tr("Undo last import"), tr("There is no import to undo."));
        return;
    }
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->finishedAt), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Undo last import"),
                    tr("Undo the import of %1 (%2)?").arg(last->fileName, when),
                    QMessageBox::NoButton, this);
    QStringList parts;
    if (last->added > 0)
        parts << tr("The %Ln contact(s) it added are removed.", "", int(last->added));
    if (last->updated > 0)
        parts << tr("The %Ln contact(s) it changed get their earlier details back.", "",
                    int(last->updated));
    parts << tr("Consent it recorded stays in the history.");
    box.setInformativeText(parts.join(QLatin1Char(' ')));
    QPushButton* undo = box.addButton(tr("Undo import"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != undo)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto undone = m_workspace.undoLastImport();
    QApplication::restoreOverrideCursor();
    if (!undone.ok()) {
        QMessageBox::warning(this, tr("Undo last import"), undone.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Undid the import of %1.").arg(undone.value()), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sendtrix"),
        tr("<h3>Sendtrix %1</h3><p>E-mail marketing that small businesses can trust with their "
           "customer lists.</p><p>Your contacts are kept in a local store on this "
           "computer:<br>%2</p>")
            .arg(AppInfo::version(),
                 QDir::toNativeSeparators(m_workspace.storePath()).toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showArea(const QString& area)
{
    for (int i = 0; i < m_areas->count(); ++i)
        if (m_areas->item(i)->data(Qt::UserRole).toString() == area)
            m_areas->setCurrentRow(i);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setContactsHeaderState(m_contacts->headerState());
    m_templates->flush(); // the last seconds of typing
    m_mailings->flush();
    QMainWindow::closeEvent(event);
}

void MainWindow::logInOrOut()
{
    LoginDialog::logInOrOut(this);
    m_syncStatus->reconnect(); // starts syncing after a login, stops after a logout
}
