#include "ContactTableModel.h"

#include "ConsentRepository.h"
#include "ContactRepository.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <algorithm>

const QString ContactTableModel::ContactIdsMimeType =
    QStringLiteral("application/x-sendtrix-contact-ids");

ContactTableModel::ContactTableModel(ContactRepository& repository, ConsentRepository* consent,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_consent(consent)
{
    resetWith(m_query);
}

void ContactTableModel::setSearch(const QString& search)
{
    ContactQuery q = m_query;
    q.search = search;
    resetWith(q);
}

void ContactTableModel::setListId(qint64 listId)
{
    ContactQuery q = m_query;
    q.listId = listId;
    resetWith(q);
}

void ContactTableModel::setConsentFilter(ContactQuery::Consent consent)
{
    ContactQuery q = m_query;
    q.consent = consent;
    resetWith(q);
}

void ContactTableModel::setRepermissionCutoff(qint64 cutoffMs)
{
    if (m_query.repermissionBeforeMs == cutoffMs)
        return;
    ContactQuery q = m_query;
    q.repermissionBeforeMs = cutoffMs;
    resetWith(q);
}

void ContactTableModel::prepareForSearch()
{
    m_repository.prepareSortOrder(m_query.sort);
}

void ContactTableModel::reload()
{
    resetWith(m_query);
}

void ContactTableModel::resetWith(const ContactQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_pageConsent.clear();
    m_recent.clear();
    if (!m_query.search.isEmpty())
        prepareForSearch(); // the store changed: the next pages want a fresh order
    const qint64 n = m_repository.count(m_query);
    m_count = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    endResetModel();
    emit countChanged(m_count);
}

const Contact* ContactTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QVector<Contact> rows;
        // Scrolling down: continue after the previous page's last row (keyset), which
        // costs the same at row 900,000 as at row 200. A jump uses OFFSET.
        auto previous = m_pages.constFind(page - 1);
        if (previous != m_pages.constEnd() && previous->size() == PageSize)
            rows = m_repository.pageAfter(m_query, previous->back(), PageSize);
        else
            rows = m_repository.page(m_query, qint64(page) * PageSize, PageSize);
        if (m_pages.size() >= m_maxCachedPages && !m_recent.isEmpty()) {
            const int evicted = m_recent.takeFirst();
            m_pages.remove(evicted);
            m_pageConsent.remove(evicted);
        }
        if (m_consent) {
            // One query for the page's consent column, not one per row.
            QList<qint64> ids;
            ids.reserve(rows.size());
            for (const Contact& c : rows)
                ids << c.id;
            QHash<qint64, ConsentStatus> states;
            const auto found = m_consent->newsletterStates(ids);
            for (auto s = found.cbegin(); s != found.cend(); ++s)
                states.insert(s.key(), {int(s->state), s->occurredAt, int(s->basis)});
            m_pageConsent.insert(page, states);
        }
        it = m_pages.insert(page, rows);
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const ContactTableModel::ConsentStatus* ContactTableModel::consentAt(int row,
                                                                     qint64 contactId) const
{
    auto page = m_pageConsent.constFind(row / PageSize);
    if (page == m_pageConsent.constEnd())
        return nullptr;
    auto it = page->constFind(contactId);
    return it == page->constEnd() ? nullptr : &*it;
}

qint64 ContactTableModel::contactIdAt(int row) const
{
    const Contact* c = rowAt(row);
    return c ? c->id : 0;
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    const Contact* c = rowAt(row);
    if (!c)
        return std::nullopt;
    return *c;
}

int ContactTableModel::rowOfContact(qint64 contactId) const
{
    const qint64 pos = m_repository.position(m_query, contactId);
    return pos < 0 || pos >= m_count ? -1 : int(pos);
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ContactIdRole &&
        role != Qt::EditRole && role != ConsentStateRole && role != NeedsRepermissionRole)
        return {};
    const Contact* c = rowAt(index.row());
    if (!c)
        return {};
    if (role == ContactIdRole)
        return c->id;
    if (index.column() == Newsletter)
        return consentData(index.row(), *c, role);
    if (role == ConsentStateRole || role == NeedsRepermissionRole)
        return {};
    switch (index.column()) {
    case Email:
        return c->email;
    case FirstName:
        return c->firstName;
    case LastName:
        return c->lastName;
    case Company:
        return c->company;
    case City:
        return c->city;
    case UpdatedAt: {
        // As a mail client lists messages: the time for today, the date otherwise; the
        // tooltip has both.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(c->updatedAt).toLocalTime();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(at, QLocale::LongFormat);
        return at.date() == QDate::currentDate()
                   ? QLocale().toString(at.time(), QLocale::ShortFormat)
                   : QLocale().toString(at.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant ContactTableModel::consentData(int row, const Contact& c, int role) const
{
    const ConsentStatus* status = consentAt(row, c.id);
    const auto state = status
                           ? std::optional<ConsentEvent::State>(ConsentEvent::State(status->state))
                           : std::nullopt;
    const bool renew = state == ConsentEvent::State::Subscribed &&
                       m_query.repermissionBeforeMs > 0 &&
                       status->since < m_query.repermissionBeforeMs;
    switch (role) {
    case ConsentStateRole:
        return state ? status->state : -1;
    case NeedsRepermissionRole:
        return renew;
    case Qt::ToolTipRole: {
        if (!state)
            return tr("No newsletter consent recorded: no mailings go to %1.").arg(c.email);
        const QString since = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(status->since).date(), QLocale::LongFormat);
        QString text = tr("%1 since %2").arg(ConsentEvent::stateLabel(*state), since);
        if (renew)
            text += QLatin1Char('\n') + tr("The consent is old: ask again (re-permission).");
        return text;
    }
    default:
        if (!state)
            return tr("None");
        return renew ? tr("Needs re-permission") : ConsentEvent::stateLabel(*state);
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Company:
        return tr("Company");
    case City:
        return tr("City");
    case UpdatedAt:
        return tr("Changed");
    case Newsletter:
        return tr("Newsletter");
    default:
        return {};
    }
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    static const ContactQuery::SortColumn columns[Newsletter] = {
        ContactQuery::SortColumn::Email,    ContactQuery::SortColumn::FirstName,
        ContactQuery::SortColumn::LastName, ContactQuery::SortColumn::Company,
        ContactQuery::SortColumn::City,     ContactQuery::SortColumn::UpdatedAt};
    if (!isSortable(column))
        return; // the consent column has no order of its own
    ContactQuery q = m_query;
    q.sort = columns[column];
    q.order = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query = q;
    m_pages.clear();
    m_pageConsent.clear();
    m_recent.clear();
    // Rows are not tracked across a sort of a million rows: selections are cleared.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_query.search.isEmpty())
        prepareForSearch();
}

QStringList ContactTableModel::mimeTypes() const
{
    return {ContactIdsMimeType};
}

QMimeData* ContactTableModel::mimeData(const QModelIndexList& indexes) const
{
    QSet<int> rows;
    for (const QModelIndex& index : indexes)
        rows.insert(index.row());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    QList<int> sorted = rows.values();
    std::sort(sorted.begin(), sorted.end());
    for (int row : sorted) {
        if (const qint64 id = contactIdAt(row))
            stream << id;
    }
    auto* mime = new QMimeData;
    mime->setData(ContactIdsMimeType, encoded);
    return mime;
}

QList<qint64> ContactTableModel::decodeContactIds(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(ContactIdsMimeType))
        return ids;
    QDataStream stream(mime->data(ContactIdsMimeType));
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok)
            break;
        ids << id;
    }
    return ids;
}
