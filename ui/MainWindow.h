#pragma once

#include <QMainWindow>

class ContactsPage;
class MailingsPage;
class NoticeBanner;
class PrivacyCentre;
class PrivacyPage;
class SyncStatusWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class TemplatesPage;
class Workspace;

// The window: a sidebar of areas (each later area adds itself here), the area pages,
// menus and the status bar. Areas do their own work; this class only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactsPage* contactsPage() const { return m_contacts; }
    TemplatesPage* templatesPage() const { return m_templates; }
    MailingsPage* mailingsPage() const { return m_mailings; }
    PrivacyPage* privacyPage() const { return m_privacy; }
    NoticeBanner* noticeBanner() const { return m_notices; }
    PrivacyCentre* privacyCentre() const { return m_centre; }
    // Asks for the acknowledgment of a privacy policy in force not acknowledged yet (once
    // per start or sync; "Later" asks again next time).
    void checkPolicyAcknowledgment();
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    // Shows an area: "contacts", "templates" or "mailings".
    void showArea(const QString& area);
    QUndoStack* undoStack() const { return m_undoStack; }

public slots:
    void showSettings();
    void logInOrOut(); // File → Log in… / Log out
    void showAbout();
    // The import wizard, at its first page or (a dropped or opened file) at the preview.
    void importContacts(const QString& path = {});
    void undoLastImport();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void updateCount(qint64 shown, qint64 total);
    void updateUndoActions();

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    QListWidget* m_areas;
    QStackedWidget* m_pages;
    ContactsPage* m_contacts;
    TemplatesPage* m_templates;
    MailingsPage* m_mailings;
    PrivacyCentre* m_centre;
    NoticeBanner* m_notices;
    PrivacyPage* m_privacy;
    bool m_askingAcknowledgment = false;
    SyncStatusWidget* m_syncStatus;
    QLabel* m_countLabel;
    QLabel* m_storeLabel;
    qint64 m_shown = 0;
    qint64 m_total = 0;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_newContactAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoImportAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
