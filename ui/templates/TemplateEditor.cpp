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
enum FindingRole { LineRole = Qt::UserRole, ColumnRole };

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
    form->addWidget(m_subjectLabel, 1, 0);
    form->addWidget(m_subject, 1, 1, 1, 2);
    form->setColumnStretch(1, 1);
    m_nameLabel->setBuddy(m_name);
    m_subjectLabel->setBuddy(m_subject);

    // Actions and preview choices.
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setShortcut(QKeySequence::Save);
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

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_historyButton);
    bar->addSpacing(8);
    bar->addWidget(m_saveState, 1);
    bar->addWidget(m_contactLabel);
    bar->addWidget(m_contact);
    bar->addSpacing(8);
    bar->addWidget(m_desktopButton);
    bar->addWidget(m_phoneButton);

    // Source with its find bar; the plain-text part.
    auto* sourcePage = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(0);
    sourceLayout->addWidget(m_source, 1);
    sourceLayout->addWidget(m_findBar);
    auto* plainLayout = new QVBoxLayout(m_plainPage);
    plainLayout->setContentsMargins(6, 6, 6, 6);
    plainLayout->addWidget(m_ownText);
    plainLayout->addWidget(m_plainHint);
    plainLayout->addWidget(m_plainText, 1);
    m_plainHint->setWordWrap(true);
    m_plainHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_plainText->setFont(m_source->font());
    m_plainText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(sourcePage, QString());
    m_tabs->addTab(m_plainPage, QString());

    // The preview, with a line saying how it is drawn.
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(2);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_previewNote);
    m_previewNote->setWordWrap(true);
    m_previewNote->setStyleSheet(
        QStringLiteral("color: palette(placeholder-text); font-size: 11px;"));
    m_preview->setImageProvider(assetImages(m_workspace));
    connect(m_preview, &HtmlPreview::linkHovered, this, [this](const QString& url) {
        if (!url.isEmpty())
            emit message(url);
    });

    m_split->addWidget(m_tabs);
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
    m_findings->setUniformRowHeights(true);
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
    m_vsplit->setSizes({560, 110});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(form);
    layout->addLayout(bar);
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
                previewFor(open >= 0 ? choice.mid(open + 1).chopped(1) : choice);
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
    m_desktopButton->setText(tr("Desktop"));
    m_desktopButton->setToolTip(tr("Preview at 600 pixels, the usual width of a newsletter"));
    m_phoneButton->setText(tr("Phone"));
    m_phoneButton->setToolTip(tr("Preview at 375 pixels, the width of most phones"));
    m_tabs->setTabText(0, tr("HTML"));
    m_tabs->setTabText(1, tr("Plain text"));
    m_ownText->setText(tr("Write my own plain text"));
    m_previewNote->setText(tr("Drawn by litehtml, close to Apple Mail and Gmail; Outlook on "
                              "Windows ignores some CSS. Images from the internet are not "
                              "loaded, as in most mail programs until the reader allows it."));
    m_findings->setHeaderLabels({tr("Severity"), tr("Line"), tr("Problem")});
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
    m_dirty = false;
    m_dirtySince = 0;
    m_saveError.clear();
    m_savedAt = t->updatedAt;
    m_loading = false;
    setEnabled(true);
    ownTextToggled(m_ownText->isChecked());
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
    auto saved = m_workspace.saveTemplate(current(), kind);
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
            m_previewContact, TemplateRenderer::previewContext(senderAddress()));
        m_preview->setHtml(QString::fromStdString(rendered.html));
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
    for (const LintFinding& f : std::as_const(m_lint)) {
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
        item->setText(1, f.line > 0 ? QLocale().toString(f.line) : tr("Subject"));
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        item->setData(0, LineRole, f.line);
        item->setData(0, ColumnRole, f.column);
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
    const int line = item->data(0, LineRole).toInt();
    if (line <= 0) {
        m_subject->setFocus();
        return;
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
    if (!own)
        updatePlainText();
    else if (m_plainText->toPlainText().isEmpty())
        updatePlainText(); // start from the generated text
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
        choices << QStringLiteral("%1 <%2>").arg(c.displayName(), c.email);
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
        emit message(tr("No contact has the address %1.").arg(email.trimmed()));
        return false;
    }
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
