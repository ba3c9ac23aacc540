#include "TemplatesPage.h"

#include "Language.h"
#include "StarterTemplates.h"
#include "TemplateEditor.h"
#include "Workspace.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

TemplatesPage::TemplatesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_newButton(new QToolButton(this))
    , m_newMenu(new QMenu(this))
    , m_duplicateButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new QWidget(this))
    , m_welcomeTitle(new QLabel(this))
    , m_welcomeText(new QLabel(this))
    , m_starterButtons(new QWidget(this))
    , m_editor(new TemplateEditor(workspace, this))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_newButton->setObjectName(QStringLiteral("newTemplate"));
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_newButton->setMenu(m_newMenu);
    m_newButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_list->setSpacing(1);
    m_list->setAlternatingRowColors(false);

    auto* side = new QWidget(this);
    side->setFixedWidth(200);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 4, 8);
    sideLayout->addWidget(m_newButton);
    sideLayout->addWidget(m_list, 1);
    auto* sideButtons = new QHBoxLayout;
    sideButtons->addWidget(m_duplicateButton);
    sideButtons->addWidget(m_deleteButton);
    sideLayout->addLayout(sideButtons);

    // The welcome page: what templates are, and the starters as big buttons.
    // A column of fixed width in the middle: wrapped text then gets the height it needs.
    auto* column = new QWidget(m_welcome);
    column->setFixedWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_welcomeTitle);
    columnLayout->addWidget(m_welcomeText);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_starterButtons);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(column, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(2);
    m_welcomeTitle->setAlignment(Qt::AlignHCenter);
    m_welcomeTitle->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignHCenter);
    new QVBoxLayout(m_starterButtons);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_editor);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (m_refreshing || !item)
            return;
        openTemplate(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, &TemplatesPage::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesPage::deleteCurrent);
    connect(&m_workspace, &Workspace::templatesChanged, this, [this] {
        refresh();
        m_editor->reloadIfChangedElsewhere();
    });
    auto* del = new QShortcut(QKeySequence::Delete, m_list, this, &TemplatesPage::deleteCurrent,
                              Qt::WidgetShortcut);
    del->setObjectName(QStringLiteral("deleteTemplateShortcut"));
    connect(m_editor, &TemplateEditor::message, this, &TemplatesPage::message);

    retranslate(); // fills the list too
}

TemplatesPage::~TemplatesPage()
{
    // The last edits are saved while nothing here listens any more: the page and its
    // window are half gone by the time the editor (a child) would save them itself.
    disconnect(&m_workspace, nullptr, this, nullptr);
    m_editor->disconnect(this);
    m_editor->flush();
}

void TemplatesPage::retranslate()
{
    m_newButton->setText(tr("New template"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_deleteButton->setText(tr("Delete"));
    m_duplicateButton->setToolTip(tr("Make a copy of this template to change"));
    m_deleteButton->setToolTip(tr("Delete this template"));
    m_welcomeTitle->setText(tr("No templates yet"));
    m_welcomeText->setText(
        tr("A template is the design of your newsletter: HTML with merge fields such as "
           "{{first_name}}. Start from one of these, or from a blank page."));
    fillNewMenu();
    refresh();
}

void TemplatesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The starters in the interface's language first, then those in the other language.
void TemplatesPage::fillNewMenu()
{
    m_newMenu->clear();
    m_newMenu->addAction(tr("Blank template"), this, [this] { createFromStarter({}); });
    m_newMenu->addSeparator();
    const QString language =
        Language::current() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    const QString other =
        language == QLatin1String("nl") ? QStringLiteral("en") : QStringLiteral("nl");
    const QVector<StarterTemplate> starters = StarterTemplates::all(language);
    for (const StarterTemplate& s : starters) {
        QAction* a =
            m_newMenu->addAction(s.title, this, [this, id = language + QLatin1Char('/') + s.id] {
                createFromStarter(id);
            });
        a->setToolTip(s.description);
    }
    QMenu* otherMenu =
        m_newMenu->addMenu(other == QLatin1String("nl") ? tr("In Dutch") : tr("In English"));
    for (const StarterTemplate& s : StarterTemplates::all(other))
        otherMenu->addAction(
            s.title, this, [this, id = other + QLatin1Char('/') + s.id] { createFromStarter(id); });
    m_newMenu->setToolTipsVisible(true);

    // The same starters on the welcome page.
    auto* layout = static_cast<QVBoxLayout*>(m_starterButtons->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const StarterTemplate& s : starters) {
        auto* button = new QCommandLinkButton(s.title, s.description, m_starterButtons);
        connect(button, &QPushButton::clicked, this,
                [this, id = language + QLatin1Char('/') + s.id] { createFromStarter(id); });
        layout->addWidget(button);
    }
    auto* blank =
        new QCommandLinkButton(tr("Blank template"),
                               tr("An empty page with only the greeting, your address and the "
                                  "unsubscribe link"),
                               m_starterButtons);
    connect(blank, &QPushButton::clicked, this, [this] { createFromStarter({}); });
    layout->addWidget(blank);
}

QString TemplatesPage::uniqueName(const QString& wanted) const
{
    QString name = wanted;
    for (int n = 2; m_workspace.templates().findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

qint64 TemplatesPage::createFromStarter(const QString& starterId)
{
    QString name = tr("New template");
    QString subject;
    QString html;
    if (!starterId.isEmpty()) {
        const QString language = starterId.section(QLatin1Char('/'), 0, 0);
        const QString id = starterId.section(QLatin1Char('/'), 1);
        for (const StarterTemplate& s : StarterTemplates::all(language))
            if (s.id == id) {
                name = s.title;
                subject = s.subject;
                html = s.html;
            }
    } else {
        html = QStringLiteral("<!DOCTYPE html>\n<html>\n<body>\n  <p>{{#first_name}}%1 "
                              "{{first_name}}{{/first_name}}</p>\n\n  <p style=\"font-size:12px; "
                              "color:#666666;\">{{sender_address}}<br>\n    <a "
                              "href=\"{{{unsubscribe_url}}}\">%2</a></p>\n</body>\n</html>\n")
                   .arg(tr("Hello"), tr("Unsubscribe"));
    }
    auto created = m_workspace.createTemplate(uniqueName(name), subject, html);
    if (!created.ok()) {
        QMessageBox::warning(this, tr("Template not created"), created.error().message);
        return 0;
    }
    openTemplate(created.value().id);
    return created.value().id;
}

void TemplatesPage::openTemplate(qint64 templateId)
{
    if (!m_editor->open(templateId))
        return;
    m_stack->setCurrentWidget(m_editor);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == templateId) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
}

void TemplatesPage::refresh()
{
    m_refreshing = true;
    const qint64 open = m_editor->templateId();
    m_list->clear();
    const QLocale locale;
    for (const Template& t : m_workspace.templates().all()) {
        auto* item = new QListWidgetItem(m_list);
        item->setText(t.name);
        item->setToolTip(
            tr("%1\nChanged %2")
                .arg(t.name, locale.toString(QDateTime::fromMSecsSinceEpoch(t.updatedAt),
                                             QLocale::ShortFormat)));
        item->setData(Qt::UserRole, t.id);
        if (t.id == open)
            m_list->setCurrentItem(item);
    }
    m_refreshing = false;
    const bool any = m_list->count() > 0;
    m_duplicateButton->setEnabled(any && open != 0);
    m_deleteButton->setEnabled(any && open != 0);
    if (!any) {
        m_stack->setCurrentWidget(m_welcome);
    } else if (open == 0 || !m_list->currentItem()) {
        // The open template was deleted (here or elsewhere): open the first one.
        m_list->setCurrentRow(0);
        openTemplate(m_list->item(0)->data(Qt::UserRole).toLongLong());
        m_duplicateButton->setEnabled(true);
        m_deleteButton->setEnabled(true);
    }
}

void TemplatesPage::duplicateCurrent()
{
    const qint64 id = m_editor->templateId();
    if (!id || !m_editor->flush())
        return;
    const auto t = m_workspace.templates().findById(id);
    if (!t)
        return;
    auto copy =
        m_workspace.createTemplate(uniqueName(tr("%1 (copy)").arg(t->name)), t->subject, t->html);
    if (!copy.ok()) {
        QMessageBox::warning(this, tr("Template not copied"), copy.error().message);
        return;
    }
    if (t->textOverride) {
        Template c = copy.value();
        c.textOverride = t->textOverride;
        if (auto saved = m_workspace.saveTemplate(c, TemplateRepository::Save::Manual); !saved.ok())
            QMessageBox::warning(this, tr("Template not copied"), saved.error().message);
    }
    openTemplate(copy.value().id);
}

void TemplatesPage::deleteCurrent()
{
    const qint64 id = m_editor->templateId();
    if (!id)
        return;
    m_editor->flush();
    const auto t = m_workspace.templates().findById(id);
    if (!t)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete template"),
                    tr("Delete the template “%1”? Mailings already sent with it keep their "
                       "copy.")
                        .arg(t->name),
                    QMessageBox::Cancel, this);
    QPushButton* yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    // The neighbour below (or above) opens next, not the first of the list.
    const int row = m_list->currentRow();
    qint64 next = 0;
    if (QListWidgetItem* n = m_list->item(row + 1 < m_list->count() ? row + 1 : row - 1))
        next = n->data(Qt::UserRole).toLongLong();
    auto removed = m_workspace.removeTemplate(id);
    if (!removed.ok()) {
        QMessageBox::warning(this, tr("Template not deleted"), removed.error().message);
        return;
    }
    if (next)
        openTemplate(next);
    emit message(tr("Template “%1” deleted.").arg(t->name));
}

void TemplatesPage::flush()
{
    m_editor->flush();
}
