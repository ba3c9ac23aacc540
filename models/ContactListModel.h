#pragma once

#include "ContactListInfo.h"

#include <QAbstractListModel>
#include <QVector>

class ListRepository;

// The lists beside the contacts table: "All contacts" first, then every list by name.
// Contacts dragged from the table onto a list are reported with contactsDropped().
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ListIdRole = Qt::UserRole + 1, MemberCountRole, NameRole };

    explicit ContactListModel(ListRepository& repository, QObject* parent = nullptr);

    void reload();
    // Total shown on the "All contacts" row.
    void setAllContactsCount(qint64 count);
    int rowOfList(qint64 listId) const; // 0 for "All contacts"
    qint64 listIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::CopyAction | Qt::MoveAction;
    }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void contactsDropped(qint64 listId, const QList<qint64>& contactIds);

private:
    ListRepository& m_repository;
    QVector<ContactListInfo> m_lists;
    qint64 m_allCount = 0;
};
