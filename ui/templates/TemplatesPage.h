#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;
class TemplateEditor;
class Workspace;

// The Templates area: the templates on the left (new from a starter, duplicate, delete),
// the editor of the chosen one on the right; a welcome with the starters when there are none.
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    TemplateEditor* editor() const { return m_editor; }
    QListWidget* list() const { return m_list; }
    // Creates a template from a starter ("" for a blank one) and opens it.
    qint64 createFromStarter(const QString& starterId);
    void openTemplate(qint64 templateId);
    // Writes pending edits (the window is closing).
    void flush();

public slots:
    void refresh();
    void duplicateCurrent();
    void deleteCurrent();

signals:
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillNewMenu();
    QString uniqueName(const QString& wanted) const;

    Workspace& m_workspace;
    QListWidget* m_list;
    QToolButton* m_newButton;
    QMenu* m_newMenu;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    QStackedWidget* m_stack;
    QWidget* m_welcome;
    QLabel* m_welcomeTitle;
    QLabel* m_welcomeText;
    QWidget* m_starterButtons;
    TemplateEditor* m_editor;
    bool m_refreshing = false;
};
