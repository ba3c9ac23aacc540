#pragma once

#include "Contact.h"
#include "HtmlPreview.h"
#include "Template.h"
#include "TemplateLinter.h"
#include "TemplateRepository.h"

#include <QWidget>
#include <optional>

class CodeEditor;
class FindReplaceBar;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

// One template open for editing (SPEC §3): name and subject, the HTML source with its
// find bar, the plain-text part, a live preview for a chosen contact at desktop or phone
// width, and the linter's findings. Edits are saved by themselves: a few seconds after
// typing stops, at least every AutosaveMaxDelayMs while typing goes on, and on close.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveIdleMs = 1500;
    static constexpr int AutosaveMaxDelayMs = 4000;
    static constexpr int PreviewDelayMs = 250;
    static constexpr int DesktopWidth = 600;
    static constexpr int PhoneWidth = 375;

    explicit TemplateEditor(Workspace& workspace, QWidget* parent = nullptr);
    ~TemplateEditor() override;

    // Saves what is pending for the open template, then shows this one.
    bool open(qint64 templateId);
    qint64 templateId() const { return m_template ? m_template->id : 0; }
    // Writes pending edits now (an autosave). False when the store refused them.
    bool flush();
    // A save by the user: a revision in the history.
    bool saveRevision();
    bool hasUnsavedChanges() const { return m_dirty; }

    CodeEditor* source() const { return m_source; }
    HtmlPreview* preview() const { return m_preview; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QTreeWidget* findingsView() const { return m_findings; }
    QPlainTextEdit* plainTextEdit() const { return m_plainText; }
    QCheckBox* ownTextCheck() const { return m_ownText; }
    QLineEdit* contactEdit() const { return m_contact; }
    FindReplaceBar* findBar() const { return m_findBar; }
    QVector<LintFinding> findings() const { return m_lint; }
    // Renders the preview now instead of after the short typing pause.
    void updatePreviewNow();
    // Desktop (600 px) or phone (375 px).
    void setPreviewWidth(int px);
    // Preview as this contact (by e-mail); false when no contact has that address.
    bool previewFor(const QString& email);
    // The person a preview is made for when no contact is chosen.
    static Contact sampleContact();
    // Answers the preview's "cid:SHA256" images from the store's assets.
    static HtmlPreview::ImageProvider assetImages(Workspace& workspace);
    // Stores the images as assets and puts an <img> for each at `position` in the source.
    void insertImages(const QStringList& paths, int position);

public slots:
    void showFind();
    void showReplace();
    void showHistory();
    // Another program (the CLI, a sync) saved the open template: show its version, unless
    // there are edits here not yet saved.
    void reloadIfChangedElsewhere();

signals:
    // A short sentence for the status bar.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslate();
    void edited();
    void nameEdited();
    void updateSaveState();
    void runChecks();
    void showFindings();
    void jumpTo(QTreeWidgetItem* item);
    void updatePlainText();
    void ownTextToggled(bool own);
    void searchContacts(const QString& text);
    Template current() const;
    QString senderAddress() const;
    bool write(TemplateRepository::Save kind);
    void fillFieldMenu();

    Workspace& m_workspace;
    std::optional<Template> m_template; // as last saved
    Contact m_previewContact;
    bool m_loading = false;
    bool m_dirty = false;
    qint64 m_dirtySince = 0; // ms since epoch of the first unsaved edit
    QString m_saveError;
    qint64 m_savedAt = 0;
    QVector<LintFinding> m_lint;
    QString m_compileError;

    QLineEdit* m_name;
    QLabel* m_nameLabel;
    QLabel* m_nameProblem;
    QLineEdit* m_subject;
    QLabel* m_subjectLabel;
    QPushButton* m_saveButton;
    QPushButton* m_historyButton;
    QLabel* m_saveState;
    QLabel* m_contactLabel;
    QLineEdit* m_contact;
    QToolButton* m_desktopButton;
    QToolButton* m_phoneButton;
    QButtonGroup* m_widthGroup;
    QSplitter* m_split;
    QSplitter* m_vsplit;
    QTabWidget* m_tabs;
    CodeEditor* m_source;
    FindReplaceBar* m_findBar;
    QWidget* m_plainPage;
    QCheckBox* m_ownText;
    QLabel* m_plainHint;
    QPlainTextEdit* m_plainText;
    HtmlPreview* m_preview;
    QLabel* m_previewNote;
    QLabel* m_findingsTitle;
    QTreeWidget* m_findings;
    QTimer* m_autosave;
    QTimer* m_previewTimer;
    QTimer* m_contactTimer;
    QToolButton* m_fieldButton;
    QToolButton* m_fitButton;
    QLabel* m_envelope;
    QString m_ownTextDraft; // hand-written plain text while the box is unticked
    bool m_saving = false;
};
