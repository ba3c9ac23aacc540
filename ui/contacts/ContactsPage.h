#pragma once

#include "Contact.h"
#include "ContactsTableView.h"

#include <QWidget>

class ContactTableModel;
class ListsPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;
class Workspace;

// The Contacts area: lists on the left; search, actions and the lazy table on the right.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(Workspace& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

    ContactTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* consentFilter() const { return m_consentFilter; }
    ListsPanel* listsPanel() const { return m_lists; }
    qint64 shownCount() const;
    qint64 totalCount() const { return m_total; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

public slots:
    void addContact();
    void editCurrentContact();
    void deleteSelectedContacts();
    void focusSearch();
    // Re-reads counts, consent and settings after a change.
    void refresh();
    // Writes the contacts the table shows (list, search and filter as they are), or only
    // the selected ones, to a CSV or vCard file the user picks.
    void exportContacts(bool selectedOnly = false);

signals:
    // A short sentence for the status bar.
    void message(const QString& text);
    void countChanged(qint64 shown, qint64 total);
    // A file to import was dropped on the page (empty path: the import button was clicked).
    void importRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QList<qint64> selectedContactIds() const;
    void selectContact(qint64 contactId);
    void showContextMenu(const QPoint& pos);
    void updateState();
    void retranslate();
    void sizeColumnsOnce();
    void fillConsentFilter();
    void editContact(const Contact& contact, bool consentTab);

    Workspace& m_workspace;
    QUndoStack& m_undoStack;
    ContactTableModel* m_model;
    ListsPanel* m_lists;
    QLineEdit* m_search;
    QComboBox* m_consentFilter;
    QTimer* m_searchTimer;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QStackedWidget* m_stack;
    ContactsTableView* m_table;
    QWidget* m_emptyState;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QPushButton* m_emptyAddButton;
    QPushButton* m_emptyImportButton;
    qint64 m_total = 0;
    bool m_columnsSized = false;
    int m_sortSection = 2; // ContactTableModel::LastName
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
