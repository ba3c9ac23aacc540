#include "ListsPanel.h"

#include "ContactListModel.h"
#include "ListRepository.h"
#include "Workspace.h"

#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
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

} // namespace

ListsPanel::ListsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContactListModel(workspace.lists(), this))
    , m_view(new QListView(this))
    , m_title(new QLabel(this))
    , m_addButton(new QToolButton(this))
    , m_hint(new QLabel(this))
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
    layout->addWidget(m_view, 1);
    m_hint->setObjectName(QStringLiteral("listsHint"));
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(10, 0, 10, 12);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

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

void ListsPanel::retranslate()
{
    m_title->setText(tr("Lists"));
    m_addButton->setToolTip(tr("New list"));
    m_view->viewport()->update(); // "All contacts" is translated when painted
    m_hint->setText(tr("No lists yet. Create one with the + button, then drag contacts onto it."));
    m_hint->setVisible(m_model->rowCount() <= 1);
}

void ListsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
