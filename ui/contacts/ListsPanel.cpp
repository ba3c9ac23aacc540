#include "ListsPanel.h"

#include "ContactListModel.h"
#include "ListRepository.h"
#include "SegmentRepository.h"
#include "Workspace.h"
#include "segments/SegmentDialog.h"

#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Name on the left, member count on the right, like a mail client's folder list.
class ListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString count =
            QLocale().toString(index.data(ContactListModel::MemberCountRole).toLongLong());
        const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 12;
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                              opt.rect.width() - countWidth - 36);
        QStyledItemDelegate::paint(painter, opt, QModelIndex());
        painter->save();
        painter->setPen(opt.state & QStyle::State_Selected
                            ? opt.palette.color(QPalette::HighlightedText)
                            : opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        s.setWidth(60); // long names are elided, never scrolled: the count stays in view
        return s;
    }
};

// Segments: name only, as tall as the lists above. No count: counting every segment of a
// million contacts each time something changes is not cheap (the dialog counts one).
class SegmentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        s.setWidth(60);
        return s;
    }
};

constexpr int SegmentIdRole = Qt::UserRole;

} // namespace

ListsPanel::ListsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContactListModel(workspace.lists(), this))
    , m_view(new QListView(this))
    , m_title(new QLabel(this))
    , m_addButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_segmentsTitle(new QLabel(this))
    , m_newSegmentButton(new QToolButton(this))
    , m_segmentsView(new QListWidget(this))
    , m_segmentsHint(new QLabel(this))
{
    setObjectName(QStringLiteral("listsPanel"));
    m_view->setObjectName(QStringLiteral("listsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ListDelegate(m_view));
    m_view->setIconSize(QSize(18, 18));
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setCurrentIndex(m_model->index(0));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_title->setObjectName(QStringLiteral("listsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_addButton->setObjectName(QStringLiteral("newListButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_addButton->setAutoRaise(true);
    connect(m_addButton, &QToolButton::clicked, this, &ListsPanel::newList);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 4, 4);
    header->addWidget(m_title, 1);
    header->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 3);
    m_hint->setObjectName(QStringLiteral("listsHint"));
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(10, 0, 10, 12);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    // Segments, in the same style as the lists.
    m_segmentsTitle->setObjectName(QStringLiteral("segmentsTitle"));
    m_segmentsTitle->setFont(bold);
    m_newSegmentButton->setObjectName(QStringLiteral("newSegmentButton"));
    m_newSegmentButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_newSegmentButton->setAutoRaise(true);
    connect(m_newSegmentButton, &QToolButton::clicked, this, &ListsPanel::newSegment);
    m_segmentsView->setObjectName(QStringLiteral("segmentsView"));
    m_segmentsView->setItemDelegate(new SegmentDelegate(m_segmentsView));
    m_segmentsView->setIconSize(QSize(18, 18));
    m_segmentsView->setFrameShape(QFrame::NoFrame);
    m_segmentsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_segmentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segmentsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_segmentsHint->setObjectName(QStringLiteral("segmentsHint"));
    m_segmentsHint->setWordWrap(true);
    m_segmentsHint->setContentsMargins(10, 0, 10, 12);
    m_segmentsHint->setForegroundRole(QPalette::PlaceholderText);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    auto* segmentsHeader = new QHBoxLayout;
    segmentsHeader->setContentsMargins(10, 8, 4, 4);
    segmentsHeader->addWidget(m_segmentsTitle, 1);
    segmentsHeader->addWidget(m_newSegmentButton);
    layout->addWidget(separator);
    layout->addLayout(segmentsHeader);
    layout->addWidget(m_segmentsView, 2);
    layout->addWidget(m_segmentsHint);
    connect(m_segmentsView, &QListWidget::activated, this, &ListsPanel::editCurrentSegment);
    auto* deleteSegment = new QShortcut(QKeySequence::Delete, m_segmentsView);
    deleteSegment->setContext(Qt::WidgetShortcut);
    connect(deleteSegment, &QShortcut::activated, this, &ListsPanel::deleteCurrentSegment);
    connect(m_segmentsView, &QListWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                if (QListWidgetItem* item = m_segmentsView->itemAt(pos))
                    m_segmentsView->setCurrentItem(item);
                else
                    m_segmentsView->setCurrentItem(nullptr);
                QMenu menu(this);
                menu.addAction(QIcon(QStringLiteral(":/icons/list-add.svg")), tr("New segment…"),
                               this, &ListsPanel::newSegment);
                if (currentSegmentId() > 0) {
                    menu.addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit segment…"),
                                   this, &ListsPanel::editCurrentSegment);
                    menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")),
                                   tr("Delete segment…"), this, &ListsPanel::deleteCurrentSegment);
                }
                menu.exec(m_segmentsView->viewport()->mapToGlobal(pos));
            });
    connect(&m_workspace, &Workspace::segmentsChanged, this, &ListsPanel::reloadSegments);
    reloadSegments();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                emit currentListChanged(m_model->listIdAt(current.row()));
            });
    connect(m_model, &ContactListModel::contactsDropped, this,
            [this](qint64 listId, const QList<qint64>& ids) {
                const auto list = m_workspace.lists().findById(listId);
                auto added = m_workspace.addToList(listId, ids);
                if (!added.ok()) {
                    QMessageBox::warning(this, tr("Add to list"), added.errorMessage());
                    return;
                }
                emit message(tr("Added %n contact(s) to “%1”.", nullptr, added.value())
                                 .arg(list ? list->name : QString()));
            });
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(QIcon(QStringLiteral(":/icons/list-add.svg")), tr("New list…"), this,
                       &ListsPanel::newList);
        if (currentListId() > 0) {
            menu.addAction(tr("Rename list…"), this, &ListsPanel::renameCurrentList);
            menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete list…"), this,
                           &ListsPanel::deleteCurrentList);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(&m_workspace, &Workspace::listsChanged, this, &ListsPanel::reload);
    retranslate();
}

qint64 ListsPanel::currentListId() const
{
    return m_model->listIdAt(m_view->currentIndex().row());
}

void ListsPanel::selectList(qint64 listId)
{
    m_view->setCurrentIndex(m_model->index(m_model->rowOfList(listId)));
}

void ListsPanel::reload()
{
    const qint64 current = currentListId();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->reload();
    m_hint->setVisible(m_model->rowCount() <= 1);
    const int row = m_model->rowOfList(current);
    m_view->setCurrentIndex(m_model->index(row));
    if (m_model->listIdAt(row) != current)
        emit currentListChanged(m_model->listIdAt(row));
}

QString ListsPanel::askName(const QString& title, const QString& label, const QString& text,
                            bool* ok)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setMinimumWidth(420); // room for a real list name
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}

void ListsPanel::newList()
{
    bool ok = false;
    QString name = askName(tr("New list"), tr("Name of the new list:"), {}, &ok);
    while (ok) {
        auto created = m_workspace.createList(name);
        if (created.ok()) {
            selectList(created.value().id);
            emit message(tr("Created the list “%1”.").arg(created.value().name));
            return;
        }
        name =
            askName(tr("New list"),
                    created.errorMessage() + QStringLiteral("\n\n") + tr("Name of the new list:"),
                    name, &ok);
    }
}

void ListsPanel::renameCurrentList()
{
    const auto list = m_workspace.lists().findById(currentListId());
    if (!list)
        return;
    bool ok = false;
    QString name =
        askName(tr("Rename list"), tr("New name for “%1”:").arg(list->name), list->name, &ok);
    while (ok && name != list->name) {
        auto renamed = m_workspace.renameList(list->id, name);
        if (renamed.ok())
            return;
        name = askName(tr("Rename list"),
                       renamed.errorMessage() + QStringLiteral("\n\n") +
                           tr("New name for “%1”:").arg(list->name),
                       name, &ok);
    }
}

void ListsPanel::deleteCurrentList()
{
    const auto list = m_workspace.lists().findById(currentListId());
    if (!list)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete list"),
                              tr("Delete the list “%1”? Its %n contact(s) stay in All contacts.",
                                 nullptr, int(list->memberCount))
                                  .arg(list->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_workspace.deleteList(list->id); !removed.ok())
        QMessageBox::warning(this, tr("Delete list"), removed.errorMessage());
    else
        emit message(tr("Deleted the list “%1”.").arg(list->name));
}

qint64 ListsPanel::currentSegmentId() const
{
    const QListWidgetItem* item = m_segmentsView->currentItem();
    return item && item->isSelected() ? item->data(SegmentIdRole).toLongLong() : 0;
}

void ListsPanel::reloadSegments()
{
    const qint64 current = currentSegmentId();
    const QSignalBlocker blocker(m_segmentsView);
    m_segmentsView->clear();
    const QIcon icon(QStringLiteral(":/icons/segment.svg"));
    for (const Segment& segment : m_workspace.segments().all()) {
        auto* item = new QListWidgetItem(icon, segment.name, m_segmentsView);
        item->setData(SegmentIdRole, segment.id);
        item->setToolTip(tr("Double-click to edit the rules of “%1”").arg(segment.name));
        if (segment.id == current)
            m_segmentsView->setCurrentItem(item);
    }
    m_segmentsView->setVisible(m_segmentsView->count() > 0);
    m_segmentsHint->setVisible(m_segmentsView->count() == 0);
}

void ListsPanel::newSegment()
{
    SegmentDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int i = 0; i < m_segmentsView->count(); ++i)
        if (m_segmentsView->item(i)->data(SegmentIdRole).toLongLong() == dialog.segment().id)
            m_segmentsView->setCurrentRow(i);
    emit message(tr("Created the segment “%1”.").arg(dialog.segment().name));
}

void ListsPanel::editCurrentSegment()
{
    const auto segment = m_workspace.segments().findById(currentSegmentId());
    if (!segment || segment->deleted)
        return;
    SegmentDialog dialog(m_workspace, *segment, this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Saved the segment “%1”.").arg(dialog.segment().name));
}

void ListsPanel::deleteCurrentSegment()
{
    const auto segment = m_workspace.segments().findById(currentSegmentId());
    if (!segment || segment->deleted)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete segment"),
        tr("Delete the segment “%1”? Its contacts stay where they are; only the rules are "
           "deleted.")
            .arg(segment->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_workspace.removeSegment(segment->id); !removed.ok())
        QMessageBox::warning(this, tr("Delete segment"), removed.errorMessage());
    else
        emit message(tr("Deleted the segment “%1”.").arg(segment->name));
}

void ListsPanel::retranslate()
{
    m_title->setText(tr("Lists"));
    m_addButton->setToolTip(tr("New list"));
    m_view->viewport()->update(); // "All contacts" is translated when painted
    m_hint->setText(tr("No lists yet. Create one with the + button, then drag contacts onto it."));
    m_hint->setVisible(m_model->rowCount() <= 1);
    m_segmentsTitle->setText(tr("Segments"));
    m_newSegmentButton->setToolTip(tr("New segment"));
    m_segmentsHint->setText(tr("No segments yet. A segment picks contacts by rules, for example "
                               "everyone in Utrecht who subscribed in the last 90 days. Create "
                               "one with the + button."));
    reloadSegments(); // the tooltips
}

void ListsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
