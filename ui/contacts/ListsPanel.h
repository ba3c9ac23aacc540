#pragma once

#include <QWidget>

class ContactListModel;
class QLabel;
class QListView;
class QListWidget;
class QToolButton;
class Workspace;

// "All contacts" and the lists, beside the contacts table: select one to filter the
// table, drop contacts on a list to add them, right-click to rename or delete.
// Below them the saved segments: new, edit (double-click or Enter), delete. A segment does
// not filter the table (the table's query has no segment condition); it is for mailings.
class ListsPanel : public QWidget
{
    Q_OBJECT

public:
    ListsPanel(Workspace& workspace, QWidget* parent = nullptr);

    ContactListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    qint64 currentListId() const;
    void selectList(qint64 listId);
    QListWidget* segmentsView() const { return m_segmentsView; }
    qint64 currentSegmentId() const; // 0: none

public slots:
    void newList();
    void renameCurrentList();
    void deleteCurrentList();
    void newSegment();
    void editCurrentSegment();
    void deleteCurrentSegment();

signals:
    void currentListChanged(qint64 listId);
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString askName(const QString& title, const QString& label, const QString& text, bool* ok);
    void retranslate();
    void reload();
    void reloadSegments();

    Workspace& m_workspace;
    ContactListModel* m_model;
    QListView* m_view;
    QLabel* m_title;
    QToolButton* m_addButton;
    QLabel* m_hint; // shown while there are no lists yet
    QLabel* m_segmentsTitle;
    QToolButton* m_newSegmentButton;
    QListWidget* m_segmentsView;
    QLabel* m_segmentsHint; // shown while there are no segments yet
};
