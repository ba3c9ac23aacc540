#include "MailingsPage.h"

#include "MailingEditor.h"
#include "MailingFormat.h"
#include "MailingRepository.h"
#include "Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Role { IdRole = Qt::UserRole, StateRole };

// The state column: a coloured, rounded badge with the state's name.
class StateBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const auto state = MailingState(index.data(StateRole).toInt());
        QFont font = opt.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 4;
        const int width = metrics.horizontalAdvance(text) + 18;
        const QRect badge(opt.rect.left() + 6, opt.rect.center().y() - height / 2 + 1, width,
                          height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // On a selected row the badge keeps a light edge, so it stands out from the selection.
        if (opt.state & QStyle::State_Selected)
            painter->setPen(QPen(Qt::white, 1.5));
        else
            painter->setPen(Qt::NoPen);
        painter->setBrush(MailingFormat::stateColor(state));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(size.width() + 24);
        return size;
    }
};

} // namespace

MailingsPage::MailingsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_welcome(new QWidget(this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_duplicateButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_table(new QTableWidget(this))
    , m_welcomeTitle(new QLabel(this))
    , m_welcomeText(new QLabel(this))
    , m_welcomeButton(new QPushButton(this))
    , m_editor(new MailingEditor(workspace, this))
{
    setObjectName(QStringLiteral("mailingsPage"));
    m_newButton->setObjectName(QStringLiteral("newMailing"));
    m_openButton->setObjectName(QStringLiteral("openMailing"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateMailing"));
    m_deleteButton->setObjectName(QStringLiteral("deleteMailing"));
    m_cancelButton->setObjectName(QStringLiteral("cancelMailingInList"));
    m_table->setObjectName(QStringLiteral("mailingTable"));
    m_welcomeButton->setObjectName(QStringLiteral("firstMailing"));

    m_newButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_newButton->setDefault(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_intro->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_intro->setWordWrap(true);

    // The list: a toolbar of buttons above the table.
    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_openButton);
    top->addWidget(m_duplicateButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_cancelButton);
    top->addSpacing(12);
    top->addWidget(m_newButton);
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {StateColumn, SendTimeColumn, RecipientsColumn, ChangedColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(StateColumn, new StateBadgeDelegate(m_table));
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(12, 10, 12, 8);
    listLayout->setSpacing(6);
    listLayout->addLayout(top);
    listLayout->addWidget(m_intro);
    listLayout->addWidget(m_table, 1);

    // The welcome, when there are no mailings yet.
    auto* column = new QWidget(m_welcome);
    column->setFixedWidth(520);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    m_welcomeTitle->setAlignment(Qt::AlignHCenter);
    m_welcomeTitle->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignHCenter);
    m_welcomeButton->setMinimumHeight(44);
    m_welcomeButton->setStyleSheet(QStringLiteral(
        "QPushButton { font-size: 14px; font-weight: bold; padding: 6px 22px; color: white; "
        "background: #1e6fd9; border: 1px solid #1a5fba; border-radius: 6px; } "
        "QPushButton:hover { background: #1a5fba; }"));
    columnLayout->addWidget(m_welcomeTitle);
    columnLayout->addWidget(m_welcomeText);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_welcomeButton, 0, Qt::AlignHCenter);
    // No alignment flag: the column then gets the height its wrapped text needs.
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(1);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addLayout(centre);
    welcomeLayout->addStretch(2);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_newButton, &QPushButton::clicked, this, &MailingsPage::createMailing);
    connect(m_welcomeButton, &QPushButton::clicked, this, &MailingsPage::createMailing);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            openMailing(id);
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] { duplicateMailing(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteMailing(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancelMailing(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MailingsPage::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_table->item(row, NameColumn))
            openMailing(item->data(IdRole).toLongLong());
    });
    auto* del = new QShortcut(
        QKeySequence::Delete, m_table, this, [this] { deleteMailing(); }, Qt::WidgetShortcut);
    del->setObjectName(QStringLiteral("deleteMailingShortcut"));

    connect(m_editor, &MailingEditor::backRequested, this, &MailingsPage::showList);
    connect(m_editor, &MailingEditor::copyRequested, this,
            [this](qint64 id) { duplicateMailing(id); });
    connect(m_editor, &MailingEditor::cancelRequested, this,
            [this](qint64 id) { cancelMailing(id); });
    connect(m_editor, &MailingEditor::message, this, &MailingsPage::message);
    connect(m_editor, &MailingEditor::settingsRequested, this, &MailingsPage::settingsRequested);
    connect(m_editor, &MailingEditor::templateRequested, this, &MailingsPage::templateRequested);
    connect(m_editor, &MailingEditor::recipientsCounted, this,
            [this](qint64 id, qint64 n) { m_draftCounts.insert(id, n); });

    // An edit made anywhere (here, the CLI, another window) shows up.
    connect(&m_workspace, &Workspace::mailingsChanged, this, [this] {
        // Every autosave announces itself: the list, out of sight while the editor is
        // shown, is filled again when it comes back (showList).
        if (showingList())
            refresh();
        m_editor->reloadIfChangedElsewhere();
    });
    connect(&m_workspace, &Workspace::templatesChanged, m_editor, &MailingEditor::refreshChoices);
    connect(&m_workspace, &Workspace::listsChanged, m_editor, &MailingEditor::refreshChoices);
    connect(&m_workspace, &Workspace::segmentsChanged, m_editor, &MailingEditor::refreshChoices);
    // Who is subscribed or suppressed may have changed: count again.
    connect(&m_workspace, &Workspace::contactsChanged, m_editor, &MailingEditor::recount);
    connect(&m_workspace, &Workspace::consentChanged, m_editor, &MailingEditor::recount);

    retranslate(); // fills the list too
}

MailingsPage::~MailingsPage()
{
    // The last edits are saved while nothing here listens any more.
    disconnect(&m_workspace, nullptr, this, nullptr);
    disconnect(&m_workspace, nullptr, m_editor, nullptr);
    m_editor->disconnect(this);
    m_editor->flush();
}

void MailingsPage::retranslate()
{
    m_title->setText(tr("Mailings"));
    m_intro->setText(tr("Double-click a mailing to open it. A draft is saved as you type; once "
                        "scheduled, a mailing is sealed and changes need a copy."));
    m_newButton->setText(tr("New mailing"));
    m_openButton->setText(tr("Open"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_duplicateButton->setToolTip(tr("Make a new draft with the same content"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete this draft (a mailing that was scheduled is kept as "
                                  "the record of what was sent)"));
    m_cancelButton->setText(tr("Cancel mailing…"));
    m_cancelButton->setToolTip(tr("Stop a scheduled mailing before it goes out"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("State"), tr("Send time"), tr("Recipients"), tr("Changed")});
    m_welcomeTitle->setText(tr("No mailings yet"));
    m_welcomeText->setText(tr("A mailing sends one of your templates to the lists and segments "
                              "you choose. Sendtrix checks it with you before it goes out, and "
                              "only subscribed contacts receive it."));
    m_welcomeButton->setText(tr("Create your first mailing"));
    refresh();
}

void MailingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

qint64 MailingsPage::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    for (QTableWidgetItem* item : selected)
        if (item->column() == NameColumn)
            return item->data(IdRole).toLongLong();
    return 0;
}

bool MailingsPage::showingList() const
{
    return m_stack->currentWidget() != m_editor;
}

void MailingsPage::selectMailing(qint64 mailingId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(IdRole).toLongLong() == mailingId) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, NameColumn));
        }
}

void MailingsPage::refresh()
{
    m_refreshing = true;
    const qint64 selected = selectedId();
    QVector<Mailing> mailings = m_workspace.mailings().all();
    // Newest first: what is being worked on now is at the top.
    std::stable_sort(mailings.begin(), mailings.end(),
                     [](const Mailing& a, const Mailing& b) { return a.createdAt > b.createdAt; });
    const QLocale locale;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_table->setRowCount(int(mailings.size()));
    for (int row = 0; row < mailings.size(); ++row) {
        const Mailing& m = mailings.at(row);
        auto* name = new QTableWidgetItem(m.name);
        name->setData(IdRole, m.id);
        name->setToolTip(m.subject.isEmpty() ? m.name
                                             : tr("%1\nSubject: %2").arg(m.name, m.subject));
        auto* state = new QTableWidgetItem(MailingFormat::stateLabel(m.state));
        state->setData(StateRole, int(m.state));
        auto* when = new QTableWidgetItem(MailingFormat::sendTime(m));
        if (!m.isSealed()) {
            when->setForeground(muted);
            when->setToolTip(tr("Planned; fixed when the mailing is scheduled"));
        }
        QTableWidgetItem* recipients = nullptr;
        if (m.isSealed()) {
            recipients =
                new QTableWidgetItem(locale.toString(m_workspace.mailings().recipientCount(m.id)));
        } else if (m_draftCounts.contains(m.id)) {
            recipients = new QTableWidgetItem(locale.toString(m_draftCounts.value(m.id)));
            recipients->setForeground(muted);
            recipients->setToolTip(tr("Counted when the draft was open; fixed when it is "
                                      "scheduled"));
        } else {
            recipients = new QTableWidgetItem(QStringLiteral("—"));
            recipients->setForeground(muted);
            recipients->setToolTip(tr("Open the draft to count its recipients"));
        }
        recipients->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* changed = new QTableWidgetItem(
            locale.toString(QDateTime::fromMSecsSinceEpoch(m.updatedAt), QLocale::ShortFormat));
        changed->setForeground(muted);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, SendTimeColumn, when);
        m_table->setItem(row, RecipientsColumn, recipients);
        m_table->setItem(row, ChangedColumn, changed);
    }
    m_refreshing = false;
    if (selected)
        selectMailing(selected);
    if (m_stack->currentWidget() != m_editor)
        m_stack->setCurrentWidget(mailings.isEmpty() ? m_welcome : m_listPage);
    updateButtons();
}

void MailingsPage::updateButtons()
{
    const qint64 id = selectedId();
    std::optional<Mailing> m;
    if (id)
        m = m_workspace.mailings().findById(id);
    m_openButton->setEnabled(m.has_value());
    m_duplicateButton->setEnabled(m.has_value());
    m_deleteButton->setEnabled(m && !m->isSealed());
    m_cancelButton->setEnabled(m &&
                               MailingStates::canTransition(m->state, MailingState::Cancelled));
}

void MailingsPage::showList()
{
    m_editor->flush();
    const qint64 open = m_editor->mailingId();
    refresh();
    m_stack->setCurrentWidget(m_table->rowCount() > 0 ? m_listPage : m_welcome);
    if (open)
        selectMailing(open);
    m_table->setFocus();
}

void MailingsPage::openMailing(qint64 mailingId)
{
    if (!m_editor->open(mailingId))
        return;
    selectMailing(mailingId);
    m_stack->setCurrentWidget(m_editor);
}

qint64 MailingsPage::createMailing()
{
    Mailing draft;
    const QString base = tr("New mailing");
    draft.name = base;
    for (int n = 2; m_workspace.mailings().findByName(draft.name); ++n)
        draft.name = QStringLiteral("%1 %2").arg(base).arg(n);
    draft.timeZone = MailingFormat::systemZone();
    auto created = m_workspace.createMailing(draft);
    if (!created.ok()) {
        QMessageBox::warning(this, tr("Mailing not created"), created.errorMessage());
        return 0;
    }
    openMailing(created.value().id);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    return created.value().id;
}

qint64 MailingsPage::duplicateMailing(qint64 mailingId)
{
    const qint64 id = mailingId ? mailingId : selectedId();
    if (!id)
        return 0;
    if (id == m_editor->mailingId())
        m_editor->flush();
    auto copy = m_workspace.duplicateMailing(id);
    if (!copy.ok()) {
        QMessageBox::warning(this, tr("Mailing not copied"), copy.errorMessage());
        return 0;
    }
    openMailing(copy.value().id);
    m_editor->nameEdit()->setFocus(); // a copy usually wants a name of its own
    m_editor->nameEdit()->selectAll();
    emit message(tr("“%1” is a new draft: change it and schedule it when it is ready.")
                     .arg(copy.value().name));
    return copy.value().id;
}

void MailingsPage::deleteMailing(qint64 mailingId)
{
    const qint64 id = mailingId ? mailingId : selectedId();
    if (!id)
        return;
    const auto m = m_workspace.mailings().findById(id);
    if (!m || m->deleted)
        return;
    if (m->isSealed()) {
        QMessageBox::information(this, tr("Delete mailing"),
                                 tr("“%1” has been scheduled, so it is kept as the record of "
                                    "what was sent. You can cancel it if it has not gone out.")
                                     .arg(m->name));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Delete mailing"),
                    tr("Delete the draft “%1”?").arg(m->name), QMessageBox::Cancel, this);
    QPushButton* yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    auto removed = m_workspace.removeMailing(id);
    if (!removed.ok()) {
        QMessageBox::warning(this, tr("Mailing not deleted"), removed.errorMessage());
        return;
    }
    emit message(tr("Draft “%1” deleted.").arg(m->name));
}

bool MailingsPage::cancelMailing(qint64 mailingId)
{
    const qint64 id = mailingId ? mailingId : selectedId();
    if (!id)
        return false;
    const auto m = m_workspace.mailings().findById(id);
    if (!m || m->deleted || !MailingStates::canTransition(m->state, MailingState::Cancelled))
        return false;
    const qint64 n = m_workspace.mailings().recipientCount(id);
    QMessageBox ask(QMessageBox::Warning, tr("Cancel mailing"), tr("Cancel “%1”?").arg(m->name),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(
        m->state == MailingState::Sending
            ? tr("It is being sent now. Recipients who have not received it yet will not get "
                 "it. This cannot be undone; a copy can be scheduled again.")
            : tr("It will not be sent to its %1 recipients. This cannot be undone; you can make "
                 "a copy and schedule that instead.")
                  .arg(QLocale().toString(n)));
    QPushButton* yes = ask.addButton(tr("Cancel mailing"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton* keep = ask.addButton(tr("Keep it scheduled"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    auto moved = m_workspace.transitionMailing(id, MailingState::Cancelled);
    if (!moved.ok()) {
        QMessageBox::warning(this, tr("Mailing not cancelled"), moved.errorMessage());
        return false;
    }
    emit message(tr("“%1” is cancelled.").arg(m->name));
    return true;
}

void MailingsPage::settingsChanged()
{
    m_editor->settingsChanged();
}

void MailingsPage::flush()
{
    m_editor->flush();
}
