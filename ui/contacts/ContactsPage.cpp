#include "ContactsPage.h"

#include "ConsentEvent.h"
#include "ConsentStateDelegate.h"
#include "ContactDialog.h"
#include "ContactListModel.h"
#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "ContactsTableView.h"
#include "DeleteContactsCommand.h"
#include "ListRepository.h"
#include "ListsPanel.h"
#include "Settings.h"
#include "Workspace.h"
#include "consent/PersonRights.h"
#include "import/Exporter.h"
#include "import/ImportFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDebounceMs = 150;
}

ContactsPage::ContactsPage(Workspace& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new ContactTableModel(workspace.contacts(), &workspace.consent(), this))
    , m_lists(new ListsPanel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_consentFilter(new QComboBox(this))
    , m_searchTimer(new QTimer(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new ContactsTableView(this))
    , m_emptyState(new QWidget(this))
    , m_emptyTitle(new QLabel(m_emptyState))
    , m_emptyText(new QLabel(m_emptyState))
    , m_emptyAddButton(new QPushButton(m_emptyState))
    , m_emptyImportButton(new QPushButton(m_emptyState))
{
    setObjectName(QStringLiteral("contactsPage"));

    // Search and actions.
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(280);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Typing has begun: the sort order for the search is built while the user types.
    connect(m_search, &QLineEdit::textEdited, m_model, &ContactTableModel::prepareForSearch);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateState();
    });
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/contact-add.svg")));
    m_editButton->setObjectName(QStringLiteral("editContactButton"));
    m_editButton->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_deleteButton->setObjectName(QStringLiteral("deleteContactsButton"));
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    connect(m_addButton, &QPushButton::clicked, this, &ContactsPage::addContact);
    connect(m_editButton, &QPushButton::clicked, this, &ContactsPage::editCurrentContact);
    connect(m_deleteButton, &QPushButton::clicked, this, &ContactsPage::deleteSelectedContacts);

    m_consentFilter->setObjectName(QStringLiteral("consentFilter"));
    m_consentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_consentFilter, &QComboBox::activated, this, [this] {
        m_model->setConsentFilter(ContactQuery::Consent(m_consentFilter->currentData().toInt()));
        updateState();
    });

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_consentFilter);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);

    // The table.
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ContactTableModel::LastName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setItemDelegateForColumn(ContactTableModel::Newsletter,
                                      new ConsentStateDelegate(m_table));
    // The consent column has no order of its own: a click there keeps the current order.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int section, Qt::SortOrder order) {
                if (ContactTableModel::isSortable(section)) {
                    m_sortSection = section;
                    m_sortOrder = order;
                    return;
                }
                const QSignalBlocker block(header);
                header->setSortIndicator(m_sortSection, m_sortOrder);
            });
    connect(m_table, &QTableView::doubleClicked, this, &ContactsPage::editCurrentContact);
    connect(m_table, &ContactsTableView::typedText, this, [this](const QString& text) {
        // Typing in the table searches, as it would in a mail client's message list: the
        // first key starts a new search, the next ones (if they still reach the table) add.
        if (m_search->hasFocus()) {
            m_search->insert(text);
        } else {
            m_search->setFocus();
            m_search->setText(text);
        }
        m_model->prepareForSearch();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ContactsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateState);

    // What the table area shows when there is nothing to show.
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    // A fixed width lets the label compute its wrapped height (with only a maximum, the
    // layout cut the text off above and below).
    m_emptyText->setFixedWidth(460);
    m_emptyAddButton->setIcon(QIcon(QStringLiteral(":/icons/contact-add.svg")));
    connect(m_emptyAddButton, &QPushButton::clicked, this, &ContactsPage::addContact);
    setAcceptDrops(true);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportButton"));
    m_emptyImportButton->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    connect(m_emptyImportButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QString()); });
    auto* emptyIcon = new QLabel(m_emptyState);
    emptyIcon->setPixmap(QIcon(QStringLiteral(":/icons/contacts.svg")).pixmap(64, 64));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyAddButton);
    emptyButtons->addWidget(m_emptyImportButton);
    emptyButtons->addStretch();
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(3);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 10, 12, 0);
    rightLayout->addLayout(toolbar);
    rightLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_lists);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &ContactsPage::deleteSelectedContacts);
    auto* editShortcut = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    editShortcut->setContext(Qt::WidgetShortcut);
    connect(editShortcut, &QShortcut::activated, this, &ContactsPage::editCurrentContact);

    connect(m_lists, &ListsPanel::currentListChanged, this, [this](qint64 listId) {
        m_model->setListId(listId);
        updateState();
    });
    connect(m_lists, &ListsPanel::message, this, &ContactsPage::message);
    connect(&m_workspace, &Workspace::contactsChanged, this, &ContactsPage::refresh);

    retranslate();
    refresh();
}

qint64 ContactsPage::shownCount() const
{
    return m_model->rowCount();
}

void ContactsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ContactsPage::sizeColumnsOnce); // once the layout settled
}

void ContactsPage::sizeColumnsOnce()
{
    // Without saved widths, share the table's width out so that every column is visible.
    // Only once the table is on screen: an empty store shows the empty state first, and
    // widths taken from a hidden table would be slivers (and saved as such).
    const int width = m_table->viewport()->width();
    if (m_columnsSized || !m_table->isVisible() || width < 300)
        return;
    m_columnsSized = true;
    // "Newsletter" takes the rest.
    const double shares[] = {0.25, 0.09, 0.11, 0.17, 0.10, 0.09};
    for (int column = 0; column < 6; ++column)
        m_table->horizontalHeader()->resizeSection(column, int(width * shares[column]));
}

QByteArray ContactsPage::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ContactsPage::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        m_columnsSized = true;
        const QHeaderView* h = m_table->horizontalHeader();
        m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
}

void ContactsPage::refresh()
{
    m_total = m_workspace.contacts().count({});
    m_lists->model()->setAllContactsCount(m_total);
    const qint64 cutoff = Settings().repermissionCutoffMs();
    if (m_model->query().repermissionBeforeMs != cutoff)
        m_model->setRepermissionCutoff(cutoff);
    else
        m_model->reload();
}

void ContactsPage::updateState()
{
    const qint64 shown = m_model->rowCount();
    const bool searching = !m_model->query().search.trimmed().isEmpty();
    const qint64 listId = m_model->query().listId;
    if (shown > 0) {
        m_stack->setCurrentWidget(m_table);
        QTimer::singleShot(0, this, &ContactsPage::sizeColumnsOnce);
    } else {
        const bool filtered = m_model->query().consent != ContactQuery::Consent::Any;
        m_emptyAddButton->setVisible(!searching && listId == 0 && !filtered);
        m_emptyImportButton->setVisible(m_emptyAddButton->isVisibleTo(m_emptyState));
        if (filtered && !searching) {
            m_emptyTitle->setText(tr("No contacts with this consent state"));
            m_emptyText->setText(tr("Choose “Any consent” above to see all contacts again."));
        } else if (searching) {
            m_emptyTitle->setText(
                tr("No contacts match “%1”").arg(m_model->query().search.trimmed()));
            m_emptyText->setText(
                tr("Search looks at names, e-mail addresses, companies and cities. "
                   "Try fewer or shorter words."));
        } else if (listId > 0) {
            m_emptyTitle->setText(tr("This list is empty"));
            m_emptyText->setText(tr("Select All contacts, then drag contacts onto this list, or "
                                    "right-click them and choose Add to list."));
        } else {
            m_emptyTitle->setText(tr("No contacts yet"));
            m_emptyText->setText(
                tr("Add your first contact, or import them from Excel, Outlook, Google "
                   "Contacts or Mailchimp: drop the file here."));
        }
        m_emptyText->setMinimumHeight(m_emptyText->heightForWidth(m_emptyText->width()));
        m_stack->setCurrentWidget(m_emptyState);
    }
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_editButton->setEnabled(selected == 1);
    m_deleteButton->setEnabled(selected > 0);
    emit countChanged(shown, m_total);
}

QList<qint64> ContactsPage::selectedContactIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        if (const qint64 id = m_model->contactIdAt(index.row()))
            ids << id;
    }
    return ids;
}

void ContactsPage::selectContact(qint64 contactId)
{
    const int row = m_model->rowOfContact(contactId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void ContactsPage::addContact()
{
    ContactDialog dialog(m_workspace, Contact{}, this, m_lists->currentListId());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact saved = dialog.savedContact();
    if (m_model->rowOfContact(saved.id) < 0 && !m_search->text().isEmpty())
        m_search->clear(); // show the new contact even when the search would hide it
    m_searchTimer->stop();
    m_model->setSearch(m_search->text());
    selectContact(saved.id);
    emit message(tr("Added %1.").arg(saved.displayName()));
}

void ContactsPage::editCurrentContact()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto contact = m_workspace.contacts().findById(m_model->contactIdAt(current.row()));
    if (contact)
        editContact(*contact, false);
}

void ContactsPage::editContact(const Contact& contact, bool consentTab)
{
    ContactDialog dialog(m_workspace, contact, this);
    if (consentTab)
        dialog.showConsentTab();
    const int result = dialog.exec();
    if (dialog.personErased()) {
        emit message(tr("Erased %1.").arg(contact.email));
        return;
    }
    if (result != QDialog::Accepted) {
        m_model->reload(); // consent recorded in the dialog shows in the table
        selectContact(contact.id);
        return;
    }
    selectContact(contact.id);
    emit message(tr("Saved %1.").arg(dialog.savedContact().displayName()));
}

void ContactsPage::deleteSelectedContacts()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    auto* command = new DeleteContactsCommand(m_workspace, ids, [this](const QString& error) {
        QMessageBox::warning(this, tr("Contacts"), error);
    });
    m_undoStack.push(command); // runs redo(); a failed command removes itself from the stack
    if (m_undoStack.count() > 0 && m_undoStack.command(m_undoStack.count() - 1) == command)
        emit message(tr("Deleted %n contact(s). Press %1 to undo.", nullptr, int(ids.size()))
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void ContactsPage::exportContacts(bool selectedOnly)
{
    const QList<qint64> ids = selectedOnly ? selectedContactIds() : QList<qint64>();
    if (selectedOnly && ids.isEmpty())
        return;
    const QStringList filters = Exporter::fileFilters();
    QString chosenFilter = filters.first();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("contacts.csv"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export contacts"), suggested,
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    const int filter = std::max<int>(0, int(filters.indexOf(chosenFilter)));
    const Exporter::Options options = Exporter::optionsForFilter(filter);
    const QString suffix =
        options.format == Exporter::Format::VCard ? QStringLiteral(".vcf") : QStringLiteral(".csv");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Exporter exporter(m_workspace.contacts());
    ContactQuery query = m_model->query();
    const auto written = selectedOnly ? exporter.exportTo(path, ids, options)
                                      : exporter.exportTo(path, query, options);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Export contacts"), written.errorMessage());
        return;
    }
    emit message(tr("Exported %n contact(s) to %1.", nullptr, int(written.value()))
                     .arg(QDir::toNativeSeparators(path)));
}

void ContactsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ContactsPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    const QList<qint64> ids = selectedContactIds();
    QMenu menu(this);
    menu.addAction(QIcon(QStringLiteral(":/icons/contact-add.svg")), tr("New contact…"), this,
                   &ContactsPage::addContact);
    if (!ids.isEmpty()) {
        if (ids.size() == 1) {
            menu.addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit…"), this,
                           &ContactsPage::editCurrentContact);
            const auto contact = m_workspace.contacts().findById(ids.first());
            if (contact) {
                const QString email = contact->email;
                menu.addAction(tr("Copy e-mail address"), this,
                               [email] { QApplication::clipboard()->setText(email); });
                menu.addSeparator();
                const Contact c = *contact;
                menu.addAction(QIcon(QStringLiteral(":/icons/consent.svg")), tr("Consent…"), this,
                               [this, c] { editContact(c, true); });
                menu.addAction(tr("Export personal data…"), this, [this, c] {
                    if (PersonRights::exportPersonalData(this, m_workspace, c))
                        emit message(tr("Exported the personal data of %1.").arg(c.displayName()));
                });
                menu.addAction(tr("Erase person…"), this, [this, c] {
                    if (PersonRights::erase(this, m_workspace, c))
                        emit message(tr("Erased %1.").arg(c.email));
                });
                menu.addSeparator();
            }
        }
        QMenu* addTo = menu.addMenu(QIcon(QStringLiteral(":/icons/list.svg")), tr("Add to list"));
        const auto lists = m_workspace.lists().all();
        for (const auto& list : lists) {
            addTo->addAction(list.name, this, [this, ids, list] {
                auto added = m_workspace.addToList(list.id, ids);
                if (!added.ok())
                    QMessageBox::warning(this, tr("Add to list"), added.errorMessage());
                else
                    emit message(
                        tr("Added %n contact(s) to “%1”.", nullptr, added.value()).arg(list.name));
            });
        }
        if (!lists.isEmpty())
            addTo->addSeparator();
        addTo->addAction(QIcon(QStringLiteral(":/icons/list-add.svg")), tr("New list…"), this,
                         [this, ids] {
                             const qint64 before = m_lists->currentListId();
                             m_lists->newList();
                             const qint64 created = m_lists->currentListId();
                             if (created != before && created > 0)
                                 (void)m_workspace.addToList(created, ids);
                         });
        if (const qint64 listId = m_lists->currentListId()) {
            const auto list = m_workspace.lists().findById(listId);
            menu.addAction(tr("Remove from “%1”").arg(list ? list->name : QString()), this,
                           [this, ids, listId] {
                               auto removed = m_workspace.removeFromList(listId, ids);
                               if (!removed.ok())
                                   QMessageBox::warning(this, tr("Remove from list"),
                                                        removed.errorMessage());
                           });
        }
        menu.addSeparator();
        menu.addAction(tr("Export %n contact(s)…", nullptr, int(ids.size())), this,
                       [this] { exportContacts(true); });
        menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")),
                       tr("Delete %n contact(s)", nullptr, int(ids.size())), this,
                       &ContactsPage::deleteSelectedContacts);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ContactsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, e-mail, company or city"));
    m_addButton->setText(tr("New contact"));
    m_addButton->setToolTip(
        tr("Add a contact (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editButton->setText(tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected contacts (you can undo this)"));
    m_emptyAddButton->setText(tr("Add your first contact"));
    m_emptyImportButton->setText(tr("Import contacts…"));
    fillConsentFilter();
    m_model->headerDataChanged(Qt::Horizontal, 0, ContactTableModel::ColumnCount - 1);
    updateState();
}

void ContactsPage::fillConsentFilter()
{
    using C = ContactQuery::Consent;
    const int chosen =
        m_consentFilter->count() > 0 ? m_consentFilter->currentData().toInt() : int(C::Any);
    const QSignalBlocker block(m_consentFilter);
    m_consentFilter->clear();
    m_consentFilter->addItem(tr("Any consent"), int(C::Any));
    m_consentFilter->addItem(ConsentEvent::stateLabel(ConsentEvent::State::Subscribed),
                             int(C::Subscribed));
    m_consentFilter->addItem(ConsentEvent::stateLabel(ConsentEvent::State::Pending),
                             int(C::Pending));
    m_consentFilter->addItem(ConsentEvent::stateLabel(ConsentEvent::State::Unsubscribed),
                             int(C::Unsubscribed));
    m_consentFilter->addItem(ConsentEvent::stateLabel(ConsentEvent::State::Bounced),
                             int(C::Bounced));
    m_consentFilter->addItem(ConsentEvent::stateLabel(ConsentEvent::State::Complained),
                             int(C::Complained));
    m_consentFilter->addItem(tr("No consent recorded"), int(C::NoneRecorded));
    m_consentFilter->addItem(tr("Needs re-permission"), int(C::NeedsRepermission));
    m_consentFilter->setToolTip(tr("Show only contacts with this newsletter consent"));
    m_consentFilter->setCurrentIndex(std::max(0, m_consentFilter->findData(chosen)));
}

void ContactsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// A contact file dropped anywhere on the page (the table, the empty page) starts an import.
// Drags of contacts onto a list are the lists panel's and never reach here.
static QString importableFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && ImportFile::isImportable(url.toLocalFile()) ? url.toLocalFile()
                                                                            : QString();
}

void ContactsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ContactsPage::dropEvent(QDropEvent* event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the wizard must not start inside the drag's event loop.
    QTimer::singleShot(0, this, [this, path] { emit importRequested(path); });
}
