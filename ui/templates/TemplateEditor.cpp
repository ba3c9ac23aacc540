#include "TemplateEditor.h"

#include "Clock.h"
#include "CodeEditor.h"
#include "ContactQuery.h"
#include "ContactRepository.h"
#include "FindReplaceBar.h"
#include "HtmlPreview.h"
#include "PlainText.h"
#include "RevisionsDialog.h"
#include "Settings.h"
#include "TemplateRenderer.h"
#include "Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum FindingRole { LineRole = Qt::UserRole, ColumnRole, SubjectRole };

// Findings about the subject line rather than the HTML.
bool aboutSubject(const LintFinding& f)
{
    return f.line <= 0 && (f.rule.startsWith(QLatin1String("subject")) ||
                           f.rule == QLatin1String("empty-subject") ||
                           f.rule == QLatin1String("unbalanced-section") ||
                           f.rule == QLatin1String("malformed-tag"));
}

QString escapedAttribute(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

TemplateEditor::TemplateEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_nameProblem(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_subjectLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_saveState(new QLabel(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_desktopButton(new QToolButton(this))
    , m_phoneButton(new QToolButton(this))
    , m_widthGroup(new QButtonGroup(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_vsplit(new QSplitter(Qt::Vertical, this))
    , m_tabs(new QTabWidget(this))
    , m_source(new CodeEditor(this))
    , m_findBar(new FindReplaceBar(m_source, this))
    , m_plainPage(new QWidget(this))
    , m_ownText(new QCheckBox(this))
    , m_plainHint(new QLabel(this))
    , m_plainText(new QPlainTextEdit(this))
    , m_preview(new HtmlPreview(this))
    , m_previewNote(new QLabel(this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_autosave(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_contactTimer(new QTimer(this))
    , m_fieldButton(new QToolButton(this))
    , m_fitButton(new QToolButton(this))
    , m_envelope(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_plainText->setObjectName(QStringLiteral("plainText"));
    m_contact->setObjectName(QStringLiteral("previewContact"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_nameProblem->hide();
    m_saveState->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    // Name and subject.
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(6);
    form->addWidget(m_nameLabel, 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(m_nameProblem, 0, 2);
    form->addWidget(m_saveState, 0, 3); // whether the work is safe, always in sight
    form->addWidget(m_subjectLabel, 1, 0);
    form->addWidget(m_subject, 1, 1, 1, 3);
    form->setColumnStretch(1, 1);
    m_nameLabel->setBuddy(m_name);
    m_subjectLabel->setBuddy(m_subject);

    // Actions and preview choices.
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    // Not the button's own shortcut: setText() replaces that with the text's mnemonic.
    new QShortcut(QKeySequence::Save, this, this, &TemplateEditor::saveRevision,
                  Qt::WidgetWithChildrenShortcut);
    m_fieldButton->setObjectName(QStringLiteral("insertField"));
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    m_fieldButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fieldButton->setMenu(new QMenu(m_fieldButton));
    m_fitButton->setObjectName(QStringLiteral("fitWidth"));
    m_fitButton->setCheckable(true);
    m_fitButton->setChecked(true);
    m_fitButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_envelope->setWordWrap(true);
    m_envelope->setTextFormat(Qt::PlainText);
    // Which width is shown must be plain to see.
    const QString toggle = QStringLiteral(
        "QToolButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 4px; } "
        "QToolButton:checked { background: rgba(30, 111, 217, 45); border-color: #1e6fd9; "
        "font-weight: bold; }");
    m_desktopButton->setStyleSheet(toggle);
    m_phoneButton->setStyleSheet(toggle);
    m_fitButton->setStyleSheet(toggle);
    m_desktopButton->setCheckable(true);
    m_phoneButton->setCheckable(true);
    m_desktopButton->setChecked(true);
    m_desktopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_phoneButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_desktopButton->setObjectName(QStringLiteral("desktopWidth"));
    m_phoneButton->setObjectName(QStringLiteral("phoneWidth"));
    m_widthGroup->addButton(m_desktopButton, DesktopWidth);
    m_widthGroup->addButton(m_phoneButton, PhoneWidth);
    m_widthGroup->setExclusive(true);
    m_contact->setClearButtonEnabled(true);
    m_contact->setMinimumWidth(220);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_contact->setCompleter(completer);

    // The source's actions above the source, the preview's above the preview: each row
    // fits its own pane.
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_historyButton);
    bar->addWidget(m_fieldButton);
    bar->addStretch(1);
    auto* previewBar = new QHBoxLayout;
    previewBar->setSpacing(6);
    previewBar->addWidget(m_contactLabel);
    previewBar->addWidget(m_contact, 1);
    previewBar->addWidget(m_desktopButton);
    previewBar->addWidget(m_phoneButton);
    previewBar->addWidget(m_fitButton);
    m_contact->setMinimumWidth(120);

    // Source with its find bar; the plain-text part.
    auto* sourcePage = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(0);
    sourceLayout->addWidget(m_source, 1);
    sourceLayout->addWidget(m_findBar);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* plainLayout = new QVBoxLayout(m_plainPage);
    plainLayout->setContentsMargins(6, 6, 6, 6);
    plainLayout->addWidget(m_ownText);
    plainLayout->addWidget(m_plainHint);
    plainLayout->addWidget(m_plainText, 1);
    m_plainHint->setWordWrap(true);
    m_plainHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_plainText->setFont(m_source->font());
    m_plainText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(sourcePage, QString());
    m_tabs->addTab(m_plainPage, QString());

    // The preview, with a line saying how it is drawn.
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(4);
    previewLayout->addLayout(previewBar);
    previewLayout->addWidget(m_envelope);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_previewNote);
    m_previewNote->setWordWrap(true);
    m_previewNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_preview->setImageProvider(assetImages(m_workspace));
    connect(m_fitButton, &QToolButton::toggled, m_preview, &HtmlPreview::setFitToWidth);
    connect(m_preview, &HtmlPreview::linkHovered, this, [this](const QString& url) {
        if (!url.isEmpty())
            emit message(url);
    });

    auto* sourceBox = new QWidget(this);
    auto* sourceBoxLayout = new QVBoxLayout(sourceBox);
    sourceBoxLayout->setContentsMargins(0, 0, 0, 0);
    sourceBoxLayout->setSpacing(4);
    sourceBoxLayout->addLayout(bar);
    sourceBoxLayout->addWidget(m_tabs, 1);
    m_split->addWidget(sourceBox);
    m_split->addWidget(previewBox);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 6);
    m_split->setChildrenCollapsible(false);

    // Findings.
    auto* findingsBox = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 4, 0, 0);
    findingsLayout->setSpacing(2);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings, 1);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setColumnCount(3);
    m_findings->header()->setStretchLastSection(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findingsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_vsplit->addWidget(m_split);
    m_vsplit->addWidget(findingsBox);
    m_vsplit->setStretchFactor(0, 4);
    m_vsplit->setStretchFactor(1, 1);
    m_vsplit->setChildrenCollapsible(false);
    m_vsplit->setSizes({520, 150});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_vsplit, 1);

    // Timers: the preview and checks after a short pause, autosave after a longer one.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditor::updatePreviewNow);
    m_autosave->setSingleShot(true);
    connect(m_autosave, &QTimer::timeout, this, &TemplateEditor::flush);
    m_contactTimer->setSingleShot(true);
    m_contactTimer->setInterval(200);
    connect(m_contactTimer, &QTimer::timeout, this, [this] { searchContacts(m_contact->text()); });

    connect(m_source, &QPlainTextEdit::textChanged, this, &TemplateEditor::edited);
    connect(m_subject, &QLineEdit::textEdited, this, &TemplateEditor::edited);
    connect(m_name, &QLineEdit::textEdited, this, &TemplateEditor::nameEdited);
    connect(m_plainText, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_ownText->isChecked())
            edited();
    });
    connect(m_ownText, &QCheckBox::toggled, this, &TemplateEditor::ownTextToggled);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateEditor::saveRevision);
    connect(m_historyButton, &QPushButton::clicked, this, &TemplateEditor::showHistory);
    connect(m_widthGroup, &QButtonGroup::idClicked, this, &TemplateEditor::setPreviewWidth);
    connect(m_findings, &QTreeWidget::itemActivated, this, &TemplateEditor::jumpTo);
    connect(m_findings, &QTreeWidget::itemClicked, this, &TemplateEditor::jumpTo);
    connect(m_source, &CodeEditor::imagesDropped, this, &TemplateEditor::insertImages);
    connect(m_contact, &QLineEdit::textEdited, m_contactTimer, qOverload<>(&QTimer::start));
    connect(m_contact, &QLineEdit::returnPressed, this, [this] { previewFor(m_contact->text()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& choice) {
                // "Anna de Vries <anna@example.nl>": the address between the brackets.
                const int open = choice.lastIndexOf(QLatin1Char('<'));
                previewFor(open >= 0 && choice.endsWith(QLatin1Char('>'))
                               ? choice.mid(open + 1).chopped(1)
                               : choice);
            });

    // Ctrl+F is the window's Find action, which comes here while this page is shown.
    new QShortcut(QKeySequence::Replace, this, this, &TemplateEditor::showReplace,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this, this, &TemplateEditor::showReplace,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence::FindNext, this, this, [this] { m_findBar->findNext(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence::FindPrevious, this, this, [this] { m_findBar->findNext(true); },
        Qt::WidgetWithChildrenShortcut);

    m_previewContact = sampleContact();
    retranslate();
    setEnabled(false);
}

TemplateEditor::~TemplateEditor()
{
    flush();
}

void TemplateEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subject->setPlaceholderText(
        tr("Subject line; merge fields such as {{first_name}} work here too"));
    m_saveButton->setText(tr("Save version"));
    m_saveButton->setToolTip(tr("Keep this state in the history (Ctrl+S). Your work is saved "
                                "automatically as you type."));
    m_historyButton->setText(tr("History…"));
    m_contactLabel->setText(tr("Preview for:"));
    m_contact->setPlaceholderText(tr("Name or e-mail of a contact"));
    m_contact->setToolTip(tr("Type a name or address to see the template as that contact will. "
                             "Empty: a sample contact."));
    m_fieldButton->setText(tr("Insert field"));
    m_fieldButton->setToolTip(tr("Put a merge field at the cursor: the contact's name, your "
                                 "address, the unsubscribe link…"));
    fillFieldMenu();
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Shrink the page to fit this pane; off: show it at its real size"));
    m_desktopButton->setText(tr("Desktop"));
    m_desktopButton->setToolTip(tr("Preview at 600 pixels, the usual width of a newsletter"));
    m_phoneButton->setText(tr("Phone"));
    m_phoneButton->setToolTip(tr("Preview at 375 pixels, the width of most phones"));
    m_tabs->setTabText(0, tr("HTML"));
    m_tabs->setTabText(1, tr("Plain text"));
    m_ownText->setText(tr("Write my own plain text"));
    m_previewNote->setText(
        tr("Close to Apple Mail and Gmail · images from the internet not loaded"));
    m_previewNote->setToolTip(
        tr("The preview is laid out by litehtml, a small HTML and CSS engine: close to what "
           "Apple Mail and Gmail show. Outlook on Windows ignores part of the CSS. Images from "
           "the internet are not loaded, as most mail programs do until the reader allows it."));
    m_findings->setHeaderLabels({tr("Level"), tr("Line"), tr("Problem")});
    ownTextToggled(m_ownText->isChecked());
    showFindings();
    updateSaveState();
}

void TemplateEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemplateEditor::hideEvent(QHideEvent* event)
{
    flush();
    QWidget::hideEvent(event);
}

HtmlPreview::ImageProvider TemplateEditor::assetImages(Workspace& workspace)
{
    return [&workspace](const QString& src) -> QByteArray {
        if (!src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
            return {};
        return workspace.templates().assetContent(src.mid(4)).value_or(QByteArray());
    };
}

Contact TemplateEditor::sampleContact()
{
    Contact c;
    c.email = QStringLiteral("anna.devries@example.nl");
    c.firstName = QStringLiteral("Anna");
    c.lastName = QStringLiteral("de Vries");
    c.company = QStringLiteral("Bloemenhuis De Vries");
    c.city = QStringLiteral("Utrecht");
    c.country = QStringLiteral("Nederland");
    return c;
}

QString TemplateEditor::senderAddress() const
{
    return TemplateRenderer::addressLine(Settings().senderAddress());
}

bool TemplateEditor::open(qint64 templateId)
{
    if (m_template && m_template->id == templateId)
        return true;
    flush();
    const auto t = m_workspace.templates().findById(templateId);
    if (!t || t->deleted) {
        m_template.reset();
        setEnabled(false);
        return false;
    }
    m_loading = true;
    m_template = *t;
    m_name->setText(t->name);
    m_subject->setText(t->subject);
    m_source->setPlainText(t->html); // a fresh undo history per template
    m_ownText->setChecked(t->textOverride.has_value());
    m_plainText->setPlainText(t->textOverride.value_or(QString()));
    m_nameProblem->hide();
    m_ownTextDraft.clear();
    m_dirty = false;
    m_dirtySince = 0;
    m_saveError.clear();
    m_savedAt = t->updatedAt;
    ownTextToggled(m_ownText->isChecked()); // while loading: not an edit
    m_loading = false;
    setEnabled(true);
    updatePreviewNow();
    updateSaveState();
    return true;
}

Template TemplateEditor::current() const
{
    Template t = *m_template;
    // A name that cannot be used (empty, taken) is not saved; the rest of the work is.
    if (m_nameProblem->isHidden())
        t.name = m_name->text().trimmed();
    t.subject = m_subject->text();
    t.html = m_source->toPlainText();
    if (m_ownText->isChecked())
        t.textOverride = m_plainText->toPlainText();
    else
        t.textOverride.reset();
    return t;
}

void TemplateEditor::edited()
{
    if (m_loading || !m_template)
        return;
    const qint64 now = Clock::nowMs();
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince = now;
    }
    m_previewTimer->start();
    // Typing that goes on still reaches the store every few seconds.
    const qint64 waited = now - m_dirtySince;
    if (waited >= AutosaveMaxDelayMs)
        flush();
    else
        m_autosave->start(int(std::min<qint64>(AutosaveIdleMs, AutosaveMaxDelayMs - waited)));
    updateSaveState();
}

void TemplateEditor::nameEdited()
{
    if (m_loading || !m_template)
        return;
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("A template needs a name.");
    else if (const auto other = m_workspace.templates().findByName(name);
             other && other->id != m_template->id)
        problem = tr("Another template is called “%1”.").arg(name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    edited();
}

bool TemplateEditor::write(TemplateRepository::Save kind)
{
    m_autosave->stop();
    m_saving = true; // the store announces the save before it returns
    auto saved = m_workspace.saveTemplate(current(), kind);
    m_saving = false;
    if (!saved.ok()) {
        m_saveError = saved.error().message;
        updateSaveState();
        return false;
    }
    m_template = saved.value();
    m_dirty = false;
    m_dirtySince = 0;
    m_saveError.clear();
    m_savedAt = Clock::nowMs();
    updateSaveState();
    return true;
}

bool TemplateEditor::flush()
{
    m_autosave->stop();
    if (!m_template || !m_dirty)
        return true;
    return write(TemplateRepository::Save::Autosave);
}

bool TemplateEditor::saveRevision()
{
    if (!m_template)
        return false;
    if (!write(TemplateRepository::Save::Manual)) {
        QMessageBox::warning(this, tr("Template not saved"), m_saveError);
        return false;
    }
    emit message(tr("Version saved in the history of “%1”.").arg(m_template->name));
    return true;
}

void TemplateEditor::updateSaveState()
{
    if (!m_saveError.isEmpty()) {
        m_saveState->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_saveState->setText(tr("Not saved: %1").arg(m_saveError));
        return;
    }
    m_saveState->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    if (!m_template)
        m_saveState->clear();
    else if (m_dirty)
        m_saveState->setText(tr("Saving…"));
    else if (!m_nameProblem->isHidden())
        m_saveState->setText(tr("Saved, except the name"));
    else
        m_saveState->setText(
            tr("All changes saved (%1)")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_savedAt).time(),
                                        QLocale::ShortFormat)));
}

void TemplateEditor::setPreviewWidth(int px)
{
    m_preview->setPageWidth(px);
    (px == PhoneWidth ? m_phoneButton : m_desktopButton)->setChecked(true);
}

void TemplateEditor::updatePreviewNow()
{
    m_previewTimer->stop();
    if (!m_template)
        return;
    const QString html = m_source->toPlainText();
    auto compiled = TemplateRenderer::compile(m_subject->text(), html);
    if (compiled.ok()) {
        m_compileError.clear();
        const auto rendered = compiled.value().render(
            m_previewContact,
            TemplateRenderer::previewContext(senderAddress(), Settings().senderCompany()));
        m_preview->setHtml(QString::fromStdString(rendered.html));
        const QString to = m_previewContact.displayName() == m_previewContact.email
                               ? m_previewContact.email
                               : QStringLiteral("%1 <%2>").arg(m_previewContact.displayName(),
                                                               m_previewContact.email);
        const QString subject = QString::fromStdString(rendered.subject);
        m_envelope->setText(
            tr("To: %1\nSubject: %2").arg(to, subject.isEmpty() ? tr("(none)") : subject));
    } else {
        // Keep the last good preview; the findings say what is wrong.
        m_compileError = compiled.error().message;
    }
    runChecks();
    if (!m_ownText->isChecked())
        updatePlainText();
}

void TemplateEditor::runChecks()
{
    TemplateLinter::Options options;
    options.senderAddress = senderAddress();
    m_lint = TemplateLinter::lint(m_subject->text(), m_source->toPlainText(), options);
    showFindings();
}

void TemplateEditor::showFindings()
{
    const QSignalBlocker block(m_findings);
    m_findings->clear();
    int errors = 0;
    int warnings = 0;
    // Errors first, then warnings, then notes; each by line.
    QVector<LintFinding> sorted = m_lint;
    std::stable_sort(sorted.begin(), sorted.end(), [](const LintFinding& a, const LintFinding& b) {
        return int(a.severity) < int(b.severity);
    });
    for (const LintFinding& f : std::as_const(sorted)) {
        auto* item = new QTreeWidgetItem(m_findings);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == LintFinding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (f.severity == LintFinding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, TemplateLinter::severityName(f.severity));
        item->setText(1, f.line > 0        ? QLocale().toString(f.line)
                         : aboutSubject(f) ? tr("Subject")
                                           : QStringLiteral("—"));
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        item->setData(0, LineRole, f.line);
        item->setData(0, ColumnRole, f.column);
        item->setData(0, SubjectRole, aboutSubject(f));
    }
    if (m_lint.isEmpty())
        m_findingsTitle->setText(tr("Checks: no problems found"));
    else if (errors > 0)
        m_findingsTitle->setText(
            tr("Checks: %1, %2 — a template with errors cannot be sent")
                .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
    else
        m_findingsTitle->setText(tr("Checks: %1").arg(tr("%n warning(s)", nullptr, warnings)));
    m_findingsTitle->setStyleSheet(errors > 0 ? QStringLiteral("font-weight: bold; color: #b42318;")
                                              : QStringLiteral("font-weight: bold;"));
}

void TemplateEditor::jumpTo(QTreeWidgetItem* item)
{
    if (!item)
        return;
    int line = item->data(0, LineRole).toInt();
    if (item->data(0, SubjectRole).toBool()) {
        m_subject->setFocus();
        return;
    }
    if (line <= 0) {
        // About the whole template (no unsubscribe link, no address): where the footer
        // goes, just before </body>.
        const QTextCursor end = m_source->document()->find(QStringLiteral("</body>"), 0);
        line = end.isNull() ? m_source->blockCount() : end.blockNumber() + 1;
    }
    m_tabs->setCurrentIndex(0);
    m_source->goToLine(line, item->data(0, ColumnRole).toInt());
}

void TemplateEditor::updatePlainText()
{
    const QSignalBlocker block(m_plainText);
    m_plainText->setPlainText(PlainText::fromHtml(m_source->toPlainText()));
}

void TemplateEditor::ownTextToggled(bool own)
{
    m_plainText->setReadOnly(!own);
    m_plainHint->setText(own ? tr("This text is sent as the plain-text part, for mail programs "
                                  "that do not show HTML. Merge fields work here too.")
                             : tr("Made from the HTML each time it changes: headings, paragraphs, "
                                  "lists, and links with their address. Tick the box above to "
                                  "write your own."));
    if (m_loading)
        return;
    if (!own) {
        // Kept, so ticking the box again brings the hand-written text back.
        m_ownTextDraft = m_plainText->toPlainText();
        updatePlainText();
    } else if (!m_ownTextDraft.isEmpty()) {
        const QSignalBlocker block(m_plainText);
        m_plainText->setPlainText(m_ownTextDraft);
    }
    // Otherwise it starts from the generated text already shown.
    edited();
}

void TemplateEditor::searchContacts(const QString& text)
{
    auto* model = qobject_cast<QStringListModel*>(m_contact->completer()->model());
    if (text.trimmed().size() < 2) {
        model->setStringList({});
        return;
    }
    ContactQuery query;
    query.search = text;
    QStringList choices;
    for (const Contact& c : m_workspace.contacts().page(query, 0, 20))
        choices << (c.displayName() == c.email
                        ? c.email
                        : QStringLiteral("%1 <%2>").arg(c.displayName(), c.email));
    model->setStringList(choices);
    m_contact->completer()->complete();
}

bool TemplateEditor::previewFor(const QString& email)
{
    if (email.trimmed().isEmpty()) {
        m_previewContact = sampleContact();
        updatePreviewNow();
        return true;
    }
    const auto contact = m_workspace.contacts().findByEmail(email.trimmed());
    if (!contact) {
        // The preview stays as it was; the field says the address was not found.
        m_contact->setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e2; }"));
        m_contact->setToolTip(tr("No contact has the address %1.").arg(email.trimmed()));
        emit message(tr("No contact has the address %1.").arg(email.trimmed()));
        return false;
    }
    m_contact->setStyleSheet({});
    m_previewContact = *contact;
    updatePreviewNow();
    emit message(tr("Preview for %1.").arg(contact->displayName()));
    return true;
}

void TemplateEditor::insertImages(const QStringList& paths, int position)
{
    if (!m_template)
        return;
    QStringList tags;
    QStringList problems;
    for (const QString& path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > TemplateRepository::MaxAssetBytes) {
            problems << tr("%1 is larger than %2 MB.")
                            .arg(name)
                            .arg(TemplateRepository::MaxAssetBytes >> 20);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1 cannot be read: %2").arg(name, file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
        QImage image;
        if (!image.loadFromData(bytes)) {
            problems << tr("%1 is not an image Sendtrix can show.").arg(name);
            continue;
        }
        const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
        auto stored = m_workspace.templates().addAsset(name, mime, bytes);
        if (!stored.ok()) {
            problems << tr("%1: %2").arg(name, stored.error().message);
            continue;
        }
        const int width = std::min(image.width(), DesktopWidth);
        tags << QStringLiteral("<img src=\"cid:%1\" alt=\"%2\" width=\"%3\" "
                               "style=\"display:block; max-width:100%; height:auto; border:0;\">")
                    .arg(stored.value().sha256,
                         escapedAttribute(QFileInfo(path).completeBaseName()))
                    .arg(width);
    }
    if (!tags.isEmpty()) {
        QTextCursor cursor = m_source->textCursor();
        cursor.setPosition(std::clamp(position, 0, m_source->document()->characterCount() - 1));
        cursor.insertText(tags.join(QLatin1Char('\n')));
        m_source->setTextCursor(cursor);
        m_source->setFocus();
        emit message(tr("%n image(s) stored with the template. Describe each in its alt text.",
                        nullptr, int(tags.size())));
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Image not added"), problems.join(QLatin1Char('\n')));
}

void TemplateEditor::showFind()
{
    m_tabs->setCurrentIndex(0);
    m_findBar->showFind();
}

void TemplateEditor::showReplace()
{
    m_tabs->setCurrentIndex(0);
    m_findBar->showReplace();
}

void TemplateEditor::showHistory()
{
    if (!m_template || !flush())
        return;
    RevisionsDialog dialog(m_workspace, m_template->id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRevision() <= 0)
        return;
    auto restored = m_workspace.restoreTemplate(m_template->id, dialog.chosenRevision());
    if (!restored.ok()) {
        QMessageBox::warning(this, tr("Version not restored"), restored.error().message);
        return;
    }
    const qint64 id = m_template->id;
    m_template.reset();
    open(id);
    emit message(tr("Version %1 restored; the text before it is kept in the history.")
                     .arg(dialog.chosenRevision()));
}

void TemplateEditor::fillFieldMenu()
{
    QMenu* menu = m_fieldButton->menu();
    menu->clear();
    const struct
    {
        const char* tag;
        const char* label;
    } fields[] = {
        {"{{first_name}}", QT_TR_NOOP("First name")},
        {"{{last_name}}", QT_TR_NOOP("Last name")},
        {"{{email}}", QT_TR_NOOP("E-mail address")},
        {"{{company}}", QT_TR_NOOP("The contact's company")},
        {"{{city}}", QT_TR_NOOP("Town")},
        {"{{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}klant{{/first_name}}",
         QT_TR_NOOP("First name, or a word when there is none")},
        {nullptr, nullptr},
        {"{{sender_name}}", QT_TR_NOOP("Your company name (Settings)")},
        {"{{sender_address}}", QT_TR_NOOP("Your postal address (Settings)")},
        {"<a href=\"{{{unsubscribe_url}}}\">Afmelden</a>", QT_TR_NOOP("Unsubscribe link")},
        {"<a href=\"{{{view_online_url}}}\">Bekijk online</a>", QT_TR_NOOP("View online link")},
    };
    for (const auto& f : fields) {
        if (!f.tag) {
            menu->addSeparator();
            continue;
        }
        // The words a reader sees are in the interface's language.
        const QString tag = QString::fromUtf8(f.tag)
                                .replace(QLatin1String("klant"), tr("customer"))
                                .replace(QLatin1String("Afmelden"), tr("Unsubscribe"))
                                .replace(QLatin1String("Bekijk online"), tr("View online"));
        QAction* a = menu->addAction(QStringLiteral("%1    %2").arg(tr(f.label), tag.left(40)));
        connect(a, &QAction::triggered, this, [this, tag] {
            m_tabs->setCurrentIndex(0);
            m_source->insertPlainText(tag);
            m_source->setFocus();
        });
    }
}

void TemplateEditor::reloadIfChangedElsewhere()
{
    if (!m_template || m_saving)
        return;
    const auto stored = m_workspace.templates().findById(m_template->id);
    if (!stored || stored->sameContent(*m_template))
        return;
    if (stored->deleted)
        return; // the page opens another one
    if (m_dirty) {
        // Both changed: the edits here win at the next save; the other version stays in
        // the history.
        m_template = *stored;
        emit message(tr("“%1” was changed by another program as well. Your version is kept; "
                        "the other one is in the history.")
                         .arg(stored->name));
        return;
    }
    const int position = m_source->textCursor().position();
    const qint64 id = m_template->id;
    m_template.reset();
    open(id);
    QTextCursor cursor = m_source->textCursor();
    cursor.setPosition(std::min(position, m_source->document()->characterCount() - 1));
    m_source->setTextCursor(cursor);
    emit message(tr("“%1” was changed by another program; the editor shows the new version.")
                     .arg(stored->name));
}
