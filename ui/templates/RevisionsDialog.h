#pragma once

#include "Template.h"

#include <QDialog>
#include <QVector>

class HtmlPreview;
class QLabel;
class QListWidget;
class QPushButton;
class Workspace;

// The history of a template: every saved version, newest first, with a preview; one can
// be restored (the current text stays in the history).
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(Workspace& workspace, qint64 templateId, QWidget* parent = nullptr);

    int chosenRevision() const { return m_chosen; }
    QListWidget* list() const { return m_list; }

private:
    void showRevision(int row);

    QVector<TemplateRevision> m_revisions;
    QListWidget* m_list;
    HtmlPreview* m_preview;
    QLabel* m_details;
    QPushButton* m_restore;
    int m_chosen = 0;
};
