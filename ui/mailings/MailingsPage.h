#pragma once

#include <QHash>
#include <QWidget>

class MailingEditor;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class Workspace;

// The Mailings area (issue 10): the list of mailings with their state, send time and
// recipients (new, open, duplicate, delete a draft, cancel a scheduled one), a welcome
// when there are none, and the editor of the one opened.
class MailingsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, SendTimeColumn, RecipientsColumn, ChangedColumn };

    explicit MailingsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~MailingsPage() override;

    MailingEditor* editor() const { return m_editor; }
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* welcomeButton() const { return m_welcomeButton; }
    QPushButton* duplicateButton() const { return m_duplicateButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    // The id of the mailing selected in the list (0: none).
    qint64 selectedId() const;
    // The list (or the welcome when there are no mailings) is on show, not the editor.
    bool showingList() const;

    // Creates a draft ("New mailing") and opens it; returns its id (0 when refused).
    qint64 createMailing();
    void openMailing(qint64 mailingId);
    void selectMailing(qint64 mailingId);
    // Writes pending edits (the window is closing).
    void flush();

public slots:
    void refresh();
    void showList();
    // Each asks what it must (delete, cancel), acting on the selected mailing.
    qint64 duplicateMailing(qint64 mailingId = 0);
    void deleteMailing(qint64 mailingId = 0);
    bool cancelMailing(qint64 mailingId = 0);
    // The sender profile in Settings may have changed.
    void settingsChanged();

signals:
    // A short sentence for the status bar.
    void message(const QString& text);
    void settingsRequested();
    void templateRequested(qint64 templateId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    Workspace& m_workspace;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    QWidget* m_welcome;
    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    QPushButton* m_cancelButton;
    QTableWidget* m_table;
    QLabel* m_welcomeTitle;
    QLabel* m_welcomeText;
    QPushButton* m_welcomeButton;
    MailingEditor* m_editor;
    QHash<qint64, qint64> m_draftCounts; // counted by the editor this session
    bool m_refreshing = false;
};
