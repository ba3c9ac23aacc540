#include "ContactListModel.h"

#include "ContactTableModel.h"
#include "ListRepository.h"

#include <QLocale>
#include <QMimeData>

ContactListModel::ContactListModel(ListRepository& repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    reload();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_lists = m_repository.all();
    endResetModel();
}

void ContactListModel::setAllContactsCount(qint64 count)
{
    if (m_allCount == count)
        return;
    m_allCount = count;
    emit dataChanged(index(0), index(0));
}

int ContactListModel::rowOfList(qint64 listId) const
{
    for (int i = 0; i < m_lists.size(); ++i) {
        if (m_lists.at(i).id == listId)
            return i + 1;
    }
    return 0;
}

qint64 ContactListModel::listIdAt(int row) const
{
    return row >= 1 && row <= m_lists.size() ? m_lists.at(row - 1).id : 0;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size()) + 1;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    const ContactListInfo* list = all ? nullptr : &m_lists.at(index.row() - 1);
    const QString name = all ? tr("All contacts") : list->name;
    const qint64 count = all ? m_allCount : list->memberCount;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case Qt::EditRole:
        return all ? QVariant() : QVariant(name);
    case Qt::ToolTipRole:
        return tr("%1: %n contact(s)", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(name);
    case ListIdRole:
        return all ? qint64(0) : list->id;
    case MemberCountRole:
        return count;
    default:
        return {};
    }
}

Qt::ItemFlags ContactListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() > 0)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList ContactListModel::mimeTypes() const
{
    return {ContactTableModel::ContactIdsMimeType};
}

bool ContactListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                       const QModelIndex& parent) const
{
    // Only onto a list itself, never between rows or onto "All contacts".
    return data && data->hasFormat(ContactTableModel::ContactIdsMimeType) && row == -1 &&
           parent.isValid() && parent.row() > 0;
}

bool ContactListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                    int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = ContactTableModel::decodeContactIds(data);
    if (ids.isEmpty())
        return false;
    emit contactsDropped(listIdAt(parent.row()), ids);
    // The table keeps its rows: a drop adds to a list, it never moves contacts.
    return false;
}
