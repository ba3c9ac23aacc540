#pragma once

#include "Contact.h"
#include "ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ContactRepository;
class ConsentRepository;

// The contacts table: a lazy model that pages from SQLite. It knows the row count and
// holds at most a few pages in memory; sequential scrolling uses keyset pages, a jump
// deep into the table an OFFSET page.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Email, FirstName, LastName, Company, City, UpdatedAt, Newsletter, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        // Newsletter column: the ConsentEvent::State as int, or -1 when none is recorded.
        ConsentStateRole,
        NeedsRepermissionRole, // bool
    };
    static constexpr int PageSize = 100;
    static constexpr int DefaultMaxCachedPages = 32;
    static const QString ContactIdsMimeType;

    // consent: where the Newsletter column reads its states (none: the column stays empty).
    explicit ContactTableModel(ContactRepository& repository, ConsentRepository* consent = nullptr,
                               QObject* parent = nullptr);

    ContactQuery query() const { return m_query; }
    void setSearch(const QString& search);
    void setListId(qint64 listId);
    void setConsentFilter(ContactQuery::Consent consent);
    // Consent given before this moment (UTC ms) needs re-permission.
    void setRepermissionCutoff(qint64 cutoffMs);
    static bool isSortable(int column) { return column >= 0 && column < Newsletter; }
    // Re-counts and drops the cache: call after the store changed.
    void reload();
    // A search is coming (the user started typing): get the sort order ready for it.
    void prepareForSearch();

    qint64 contactIdAt(int row) const;
    std::optional<Contact> contactAt(int row) const;
    // Row of a contact in the current order and filter, or -1.
    int rowOfContact(qint64 contactId) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    void setMaxCachedPages(int pages) { m_maxCachedPages = std::max(1, pages); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    static QList<qint64> decodeContactIds(const QMimeData* mime);

signals:
    void countChanged(qint64 count);

private:
    struct ConsentStatus
    {
        int state = -1;
        qint64 since = 0;
        int basis = 0;
    };
    const Contact* rowAt(int row) const;
    const ConsentStatus* consentAt(int row, qint64 contactId) const;
    QVariant consentData(int row, const Contact& c, int role) const;
    void resetWith(const ContactQuery& query);

    ContactRepository& m_repository;
    ConsentRepository* m_consent;
    ContactQuery m_query;
    int m_count = 0;
    mutable QHash<int, QVector<Contact>> m_pages;
    mutable QHash<int, QHash<qint64, ConsentStatus>> m_pageConsent; // newsletter, per page
    mutable QList<int> m_recent; // page numbers, most recent last
    int m_maxCachedPages = DefaultMaxCachedPages;
};
