#include "ContactListModel.h"
#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "ListRepository.h"
#include "Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestContactTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passesModelTester();
    void showsRowsInOrder();
    void searchAndListFilter();
    void sortChangesOrder();
    void holdsOnlyAFewPages();
    void dragCarriesContactIds();
    void listModelDropReportsContacts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ListRepository> m_lists;
    qint64 m_listId = 0;
    static constexpr int Count = 450; // more than two pages
};

void TestContactTableModel::initTestCase()
{
    m_store = TestStore::openFresh(m_dir);
    m_contacts = std::make_unique<ContactRepository>(*m_store);
    m_lists = std::make_unique<ListRepository>(*m_store);
    m_listId = m_lists->create(QStringLiteral("Even")).value().id;
    QList<qint64> even;
    for (int i = 0; i < Count; ++i) {
        Contact c;
        c.email = QStringLiteral("c%1@example.nl").arg(i, 3, 10, QLatin1Char('0'));
        c.firstName = i % 10 == 0 ? QStringLiteral("Tiental") : QStringLiteral("Voornaam");
        c.lastName = QStringLiteral("Achternaam%1").arg(i, 3, 10, QLatin1Char('0'));
        c.city = i % 2 ? QStringLiteral("Utrecht") : QStringLiteral("Zwolle");
        const qint64 id = m_contacts->create(c).value().id;
        if (i % 2 == 0)
            even << id;
    }
    QVERIFY(m_lists->addMembers(m_listId, even).ok());
}

void TestContactTableModel::cleanupTestCase()
{
    m_lists.reset();
    m_contacts.reset();
    m_store.reset();
}

void TestContactTableModel::passesModelTester()
{
    ContactTableModel model(*m_contacts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("tiental"));
    model.setListId(m_listId);
    model.sort(ContactTableModel::City, Qt::DescendingOrder);
    model.setListId(0);
    model.setSearch({});
    model.reload();

    ContactListModel lists(*m_lists);
    QAbstractItemModelTester listTester(&lists,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    lists.setAllContactsCount(Count);
    lists.reload();
}

void TestContactTableModel::showsRowsInOrder()
{
    ContactTableModel model(*m_contacts);
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    QCOMPARE(model.headerData(ContactTableModel::Email, Qt::Horizontal).toString(),
             QStringLiteral("E-mail"));
    // Default order: last name.
    QCOMPARE(model.index(0, ContactTableModel::LastName).data().toString(),
             QStringLiteral("Achternaam000"));
    QCOMPARE(model.index(Count - 1, ContactTableModel::LastName).data().toString(),
             QStringLiteral("Achternaam449"));
    QCOMPARE(model.index(333, ContactTableModel::Email).data().toString(),
             QStringLiteral("c333@example.nl"));
    QVERIFY(model.index(333, 0).data(ContactTableModel::ContactIdRole).toLongLong() > 0);
    QCOMPARE(model.rowOfContact(model.contactIdAt(222)), 222);
}

void TestContactTableModel::searchAndListFilter()
{
    ContactTableModel model(*m_contacts);
    QSignalSpy counts(&model, &ContactTableModel::countChanged);
    model.setSearch(QStringLiteral("tient"));
    QCOMPARE(model.rowCount(), Count / 10);
    QCOMPARE(counts.last().first().toLongLong(), qint64(Count / 10));
    model.setListId(m_listId);
    QCOMPARE(model.rowCount(), Count / 10); // multiples of ten are even
    model.setSearch({});
    QCOMPARE(model.rowCount(), Count / 2);
    for (int row = 0; row < model.rowCount(); row += 37)
        QCOMPARE(model.index(row, ContactTableModel::City).data().toString(),
                 QStringLiteral("Zwolle"));
}

void TestContactTableModel::sortChangesOrder()
{
    ContactTableModel model(*m_contacts);
    model.sort(ContactTableModel::Email, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ContactTableModel::Email).data().toString(),
             QStringLiteral("c449@example.nl"));
    model.sort(ContactTableModel::City, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ContactTableModel::City).data().toString(), QStringLiteral("Utrecht"));
    QCOMPARE(model.index(Count - 1, ContactTableModel::City).data().toString(),
             QStringLiteral("Zwolle"));
}

void TestContactTableModel::holdsOnlyAFewPages()
{
    ContactTableModel model(*m_contacts);
    model.setMaxCachedPages(2);
    QStringList first;
    for (int row = 0; row < 5; ++row)
        first << model.index(row, ContactTableModel::Email).data().toString();
    // Reading every row (three pages) never keeps more than the cache allows...
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, 0).data().toString().isEmpty());
        QVERIFY(model.cachedPageCount() <= 2);
    }
    QCOMPARE(model.cachedPageCount(), 2);
    // ...and an evicted page reads back the same rows.
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.index(row, ContactTableModel::Email).data().toString(), first.at(row));
}

void TestContactTableModel::dragCarriesContactIds()
{
    ContactTableModel model(*m_contacts);
    const QModelIndexList rows{model.index(3, 0), model.index(3, 1), model.index(7, 2)};
    std::unique_ptr<QMimeData> mime(model.mimeData(rows));
    const QList<qint64> ids = ContactTableModel::decodeContactIds(mime.get());
    QCOMPARE(ids, (QList<qint64>{model.contactIdAt(3), model.contactIdAt(7)}));
}

void TestContactTableModel::listModelDropReportsContacts()
{
    ContactTableModel table(*m_contacts);
    ContactListModel lists(*m_lists);
    QCOMPARE(lists.rowCount(), 2);
    QCOMPARE(lists.index(1).data().toString(), QStringLiteral("Even"));
    QCOMPARE(lists.index(1).data(ContactListModel::MemberCountRole).toLongLong(),
             qint64(Count / 2));
    std::unique_ptr<QMimeData> mime(table.mimeData({table.index(1, 0)}));
    QSignalSpy dropped(&lists, &ContactListModel::contactsDropped);
    // Not onto "All contacts".
    QVERIFY(!lists.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, lists.index(0)));
    QVERIFY(lists.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, lists.index(1)));
    lists.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, lists.index(1));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toLongLong(), m_listId);
    QCOMPARE(dropped.first().at(1).value<QList<qint64>>(), QList<qint64>{table.contactIdAt(1)});
}

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
