#include "ChangeLog.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "DutchName.h"
#include "SortOrders.h"
#include "Store.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Contact make(const QString& email, const QString& first = {}, const QString& last = {},
             const QString& company = {}, const QString& city = {})
{
    Contact c;
    c.email = email;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.city = city;
    return c;
}

struct LogEntry
{
    QString entity, uuid, op;
};

QList<LogEntry> changeLog(Store& store)
{
    QList<LogEntry> entries;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT entity, uuid, op FROM change_log ORDER BY seq"));
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return entries;
}

QStringList emails(const QVector<Contact>& contacts)
{
    QStringList out;
    for (const auto& c : contacts)
        out << c.email;
    return out;
}

} // namespace

class TestContactRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
        Clock::setSource({});
    }

    void createReadUpdateDelete();
    void everyWriteIsLogged();
    void duplicateIsRefusedNamingTheContact();
    void invalidEmailChangesNothing();
    void restoreRefusedWhenAddressTaken();
    void fullTextSearch_data();
    void fullTextSearch();
    void searchPlansPageAlike();
    void memoryPlanSeesWrites();
    void shortPrefixesServedFromMemory();
    void liveCountFollowsWrites();
    void searchFollowsEditsAndDeletes();
    void pagingMatchesOrder_data();
    void pagingMatchesOrder();
    void positionOfContact();
    void dutchSurnamesSortByTheirMainPart_data();
    void dutchSurnamesSortByTheirMainPart();
    void tableSortsLikeAnAddressBook();

private:
    enum Plan { Lookup, Walk, Memory };
    void usePlan(Plan plan, ContactQuery::SortColumn sort)
    {
        m_repo->setUseSortOrders(plan == Memory);
        m_repo->setSearchLookupLimit(plan == Walk ? 0 : 1000000);
        // Even tiny prefixes are kept ready in memory here, so that path is tested too.
        m_store->prefixSets().setMinimumMatches(plan == Memory ? 1 : 1000000000);
        if (plan == Memory)
            QVERIFY(m_repo->waitForSortOrder(sort));
    }
    static QList<QPair<QString, QStringList>> fullTextRows();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactRepository> m_repo;
};

void TestContactRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    m_repo = std::make_unique<ContactRepository>(*m_store);
    qint64 now = 1'800'000'000'000;
    Clock::setSource([now]() mutable { return now += 1000; });
}

void TestContactRepository::createReadUpdateDelete()
{
    Contact c = make(QStringLiteral(" Jan@Voorbeeld.NL "), QStringLiteral("Jan"),
                     QStringLiteral("de Vries"), QStringLiteral("Bakkerij De Vries"),
                     QStringLiteral("Utrecht"));
    c.phone = QStringLiteral("+31 30 1234567");
    c.street = QStringLiteral("Oudegracht 1");
    c.postalCode = QStringLiteral("3511 AA");
    c.country = QStringLiteral("Nederland");
    c.website = QStringLiteral("https://bakkerij.example");
    c.notes = QStringLiteral("Klant sinds 2019\nLeest alles.");
    c.customFields.insert(QStringLiteral("klantnummer"), QStringLiteral("K-0042"));
    auto created = m_repo->create(c);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Contact stored = created.value();
    QVERIFY(stored.id > 0);
    QVERIFY(!stored.uuid.isEmpty());
    QVERIFY(!stored.rev.has_value());
    QCOMPARE(stored.email, QStringLiteral("Jan@voorbeeld.nl"));

    auto read = m_repo->findById(stored.id);
    QVERIFY(read);
    QCOMPARE(*read, stored);
    QCOMPARE(read->customFields.value(QStringLiteral("klantnummer")), QStringLiteral("K-0042"));
    QCOMPARE(read->notes, c.notes);
    QVERIFY(m_repo->findByEmail(QStringLiteral("jan@VOORBEELD.nl")));

    Contact edited = *read;
    edited.city = QStringLiteral("Amersfoort");
    edited.customFields.insert(QStringLiteral("segment"), QStringLiteral("B2B"));
    auto updated = m_repo->update(edited);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    QVERIFY(updated.value().updatedAt > stored.updatedAt);
    QCOMPARE(m_repo->findById(stored.id)->city, QStringLiteral("Amersfoort"));
    QCOMPARE(m_repo->findById(stored.id)->customFields.size(), 2);

    auto removed = m_repo->remove({stored.id});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), 1);
    QVERIFY(m_repo->findById(stored.id)->deleted); // tombstone, for sync and undo
    QVERIFY(!m_repo->findByEmail(QStringLiteral("jan@voorbeeld.nl")));
    QCOMPARE(m_repo->count({}), 0);
    // Updating a deleted contact is refused.
    QCOMPARE(m_repo->update(edited).error().code, Error::Code::NotFound);

    auto restored = m_repo->restore({stored.id});
    QVERIFY(restored.ok());
    QCOMPARE(restored.value(), 1);
    QCOMPARE(m_repo->count({}), 1);
    QCOMPARE(m_repo->findById(stored.id)->city, QStringLiteral("Amersfoort"));
}

void TestContactRepository::everyWriteIsLogged()
{
    auto a = m_repo->create(make(QStringLiteral("a@example.nl"))).value();
    auto b = m_repo->create(make(QStringLiteral("b@example.nl"))).value();
    a.firstName = QStringLiteral("Anna");
    QVERIFY(m_repo->update(a).ok());
    QVERIFY(m_repo->remove({a.id, b.id}).ok());
    QVERIFY(m_repo->restore({b.id}).ok());
    const auto log = changeLog(*m_store);
    QCOMPARE(log.size(), 6);
    const QList<QPair<QString, QString>> expected = {{a.uuid, "upsert"}, {b.uuid, "upsert"},
                                                     {a.uuid, "upsert"}, {a.uuid, "delete"},
                                                     {b.uuid, "delete"}, {b.uuid, "upsert"}};
    for (int i = 0; i < log.size(); ++i) {
        QCOMPARE(log.at(i).entity, QStringLiteral("contact"));
        QCOMPARE(log.at(i).uuid, expected.at(i).first);
        QCOMPARE(log.at(i).op, expected.at(i).second);
    }
    // Removing what is already gone writes nothing.
    QVERIFY(m_repo->remove({a.id}).ok());
    QCOMPARE(changeLog(*m_store).size(), 6);
}

void TestContactRepository::duplicateIsRefusedNamingTheContact()
{
    QVERIFY(m_repo
                ->create(make(QStringLiteral("info@bakker.nl"), QStringLiteral("Piet"),
                              QStringLiteral("Bakker")))
                .ok());
    auto again = m_repo->create(make(QStringLiteral("INFO@Bakker.NL")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Duplicate);
    QVERIFY2(again.errorMessage().contains(QStringLiteral("Piet Bakker")),
             qPrintable(again.errorMessage()));
    QCOMPARE(m_repo->count({}), 1);
    QCOMPARE(changeLog(*m_store).size(), 1);

    // Changing another contact to the same address is refused too.
    auto other = m_repo->create(make(QStringLiteral("piet@bakker.nl"))).value();
    other.email = QStringLiteral("info@bakker.nl");
    QCOMPARE(m_repo->update(other).error().code, Error::Code::Duplicate);
    QCOMPARE(m_repo->findById(other.id)->email, QStringLiteral("piet@bakker.nl"));
}

void TestContactRepository::invalidEmailChangesNothing()
{
    auto bad = m_repo->create(make(QStringLiteral("jan at voorbeeld.nl")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::Invalid);
    QVERIFY(bad.errorMessage().contains(QStringLiteral("jan at voorbeeld.nl")));
    QCOMPARE(m_repo->count({}), 0);
    QCOMPARE(ChangeLog::pendingCount(*m_store), 0);
}

void TestContactRepository::restoreRefusedWhenAddressTaken()
{
    auto first =
        m_repo->create(make(QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("Jan"))).value();
    QVERIFY(m_repo->remove({first.id}).ok());
    // The address is free again after a delete...
    auto second = m_repo->create(make(QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("Johan")));
    QVERIFY(second.ok());
    // ...so bringing the first one back would make two: refused, with a reason.
    auto restored = m_repo->restore({first.id});
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, Error::Code::Duplicate);
    QVERIFY(restored.errorMessage().contains(QStringLiteral("Johan")));
    QVERIFY(m_repo->findById(first.id)->deleted);
}

void TestContactRepository::fullTextSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("plan");
    const QList<QPair<QString, QStringList>> rows = fullTextRows();
    for (const auto& [search, expected] : rows) {
        // Every plan: look up the matches, walk the sort index with the bitset, or scan
        // the sort order held in memory.
        QTest::addRow("%s (lookup)", qPrintable(search)) << search << expected << int(Lookup);
        if (!SortOrders::available())
            continue; // built without the SQLite C API: SQL lookups are the only plan
        QTest::addRow("%s (walk)", qPrintable(search)) << search << expected << int(Walk);
        QTest::addRow("%s (memory)", qPrintable(search)) << search << expected << int(Memory);
    }
}

QList<QPair<QString, QStringList>> TestContactRepository::fullTextRows()
{
    return {
        {"ann", {"anna@example.nl"}},                                     // first name prefix
        {"de vr", {"jan@devries.nl"}},                                    // particle + prefix
        {"ja", {"anna@example.nl", "jan@devries.nl", "jaap@example.nl"}}, // two letters
        {"devries", {"jan@devries.nl"}},                                  // e-mail domain
        {"jan@devries.nl", {"jan@devries.nl"}},                           // whole address
        {"bakkerij", {"anna@example.nl"}},                                // company
        {"groningen", {"jaap@example.nl"}},                               // city
        {"jose", {"jose@example.es"}},                                    // accents ignored
        {"josé", {"jose@example.es"}},                                    // accents typed
        {"UTRECHT", {"anna@example.nl"}},                                 // case ignored
        {"anna groningen", {}},                                           // all words required
        {"\"ann\"", {"anna@example.nl"}},                                 // quotes are text
        {"ann* OR NEAR(", {}},                                            // FTS syntax is text
        {"zzz", {}},                                                      // no match
    };
}

void TestContactRepository::fullTextSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QFETCH(int, plan);
    // A deleted contact that would match most searches is never found.
    QVERIFY(m_repo->create(make("deleted@example.nl", "Anna", "Ja", "Bakkerij", "Utrecht")).ok());
    QVERIFY(m_repo->remove({m_repo->findByEmail("deleted@example.nl")->id}).ok());
    QVERIFY(
        m_repo->create(make("anna@example.nl", "Anna", "Jansen", "Bakkerij Anna", "Utrecht")).ok());
    QVERIFY(m_repo->create(make("jan@devries.nl", "Jan", "de Vries", "", "Amsterdam")).ok());
    QVERIFY(m_repo->create(make("jaap@example.nl", "Jaap", "Kok", "", "Groningen")).ok());
    QVERIFY(m_repo->create(make("jose@example.es", "José", "García", "", "Sevilla")).ok());
    ContactQuery q;
    q.search = search;
    q.sort = ContactQuery::SortColumn::Email;
    usePlan(Plan(plan), q.sort);
    QStringList found = emails(m_repo->page(q, 0, 100));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QCOMPARE(m_repo->count(q), expected.size());
}

void TestContactRepository::searchPlansPageAlike()
{
    for (int i = 0; i < 300; ++i) {
        QVERIFY(m_repo
                    ->create(make(QStringLiteral("p%1@example.nl").arg(i),
                                  i % 3 ? QStringLiteral("Jan") : QStringLiteral("Piet"),
                                  QStringLiteral("Naam%1").arg(i % 17)))
                    .ok());
    }
    for (int sort :
         {int(ContactQuery::SortColumn::LastName), int(ContactQuery::SortColumn::Email)}) {
        ContactQuery q;
        q.search = QStringLiteral("ja");
        q.sort = ContactQuery::SortColumn(sort);
        QStringList byPlan[3];
        const QList<int> plans =
            SortOrders::available() ? QList<int>{Lookup, Walk, Memory} : QList<int>{Lookup};
        for (int plan : plans) {
            usePlan(Plan(plan), q.sort);
            QCOMPARE(m_repo->count(q), 200);
            QVector<Contact> rows = m_repo->page(q, 0, 64);
            while (rows.size() < 200)
                rows += m_repo->pageAfter(q, rows.back(), 64);
            QCOMPARE(emails(m_repo->page(q, 128, 72)), emails(rows.mid(128)));
            QCOMPARE(m_repo->position(q, rows.at(150).id), 150);
            byPlan[plan] = emails(rows);
        }
        if (SortOrders::available()) {
            QCOMPARE(byPlan[Walk], byPlan[Lookup]);
            QCOMPARE(byPlan[Memory], byPlan[Lookup]);
        }
    }
}

void TestContactRepository::memoryPlanSeesWrites()
{
    if (!SortOrders::available())
        return; // built without the SQLite C API: there is no memory plan to check
    for (int i = 0; i < 50; ++i)
        QVERIFY(m_repo
                    ->create(make(QStringLiteral("m%1@example.nl").arg(i), QStringLiteral("Mia"),
                                  QStringLiteral("Zee%1").arg(i, 2, 10, QLatin1Char('0'))))
                    .ok());
    ContactQuery q;
    q.search = QStringLiteral("mia");
    usePlan(Memory, q.sort);
    QCOMPARE(m_repo->page(q, 0, 10).first().lastName, QStringLiteral("Zee00"));
    // A write on this connection: the renamed contact sorts first at once.
    Contact c = *m_repo->findByEmail(QStringLiteral("m30@example.nl"));
    c.lastName = QStringLiteral("Aap");
    QVERIFY(m_repo->update(c).ok());
    QCOMPARE(m_repo->page(q, 0, 10).first().email, QStringLiteral("m30@example.nl"));
    QVERIFY(m_repo->waitForSortOrder(q.sort)); // and again once the order is rebuilt
    QCOMPARE(m_repo->page(q, 0, 10).first().email, QStringLiteral("m30@example.nl"));
    QCOMPARE(m_repo->position(q, c.id), 0);

    // A write by another connection (the CLI, say) is seen too.
    {
        auto other = Store::open(m_store->path());
        QVERIFY(other.ok());
        ContactRepository otherRepo(*other.value());
        QVERIFY(otherRepo.remove({c.id}).ok());
    }
    QCOMPARE(m_repo->count(q), 49);
    QVERIFY(m_repo->page(q, 0, 10).first().email != QStringLiteral("m30@example.nl"));
    QCOMPARE(m_repo->position(q, c.id), -1);
}

void TestContactRepository::shortPrefixesServedFromMemory()
{
    if (!SortOrders::available())
        return; // built without the SQLite C API: FTS5 serves every search
    for (int i = 0; i < 30; ++i)
        QVERIFY(m_repo
                    ->create(make(QStringLiteral("x%1@example.nl").arg(i),
                                  i % 2 ? QStringLiteral("Daan") : QStringLiteral("Piet")))
                    .ok());
    ContactQuery q;
    q.search = QStringLiteral("DA"); // case does not matter
    usePlan(Memory, q.sort);
    QVERIFY(m_store->prefixSets().get(QStringLiteral("da"), m_store->dataStamp()));
    QCOMPARE(m_repo->count(q), 15);
    // After a change the set is stale: the search asks FTS5 and is still right.
    QVERIFY(m_repo->remove({m_repo->findByEmail(QStringLiteral("x1@example.nl"))->id}).ok());
    QVERIFY(!m_store->prefixSets().get(QStringLiteral("da"), m_store->dataStamp()));
    QCOMPARE(m_repo->count(q), 14);
    QVERIFY(m_repo->waitForSortOrder(q.sort));
    QVERIFY(m_store->prefixSets().get(QStringLiteral("da"), m_store->dataStamp()));
    QCOMPARE(m_repo->count(q), 14);
    QCOMPARE(m_repo->page(q, 0, 100).size(), 14);
}

void TestContactRepository::liveCountFollowsWrites()
{
    auto counted = [&] {
        return TestStore::scalar(*m_store,
                                 QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"))
            .toLongLong();
    };
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << m_repo->create(make(QStringLiteral("n%1@example.nl").arg(i))).value().id;
    QCOMPARE(m_repo->count({}), 5);
    QVERIFY(m_repo->remove({ids.at(0), ids.at(1)}).ok());
    QCOMPARE(m_repo->count({}), 3);
    QVERIFY(m_repo->restore({ids.at(1)}).ok());
    QCOMPARE(m_repo->count({}), 4);
    QVERIFY(
        m_store->exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(ids.at(2))).ok());
    QCOMPARE(m_repo->count({}), counted());
    QCOMPARE(m_repo->count({}), 3);
}

void TestContactRepository::searchFollowsEditsAndDeletes()
{
    auto c = m_repo->create(make("kees@example.nl", "Kees", "Smit")).value();
    ContactQuery q;
    q.search = QStringLiteral("smit");
    QCOMPARE(m_repo->count(q), 1);
    c.lastName = QStringLiteral("Visser");
    QVERIFY(m_repo->update(c).ok());
    QCOMPARE(m_repo->count(q), 0);
    q.search = QStringLiteral("visser");
    QCOMPARE(m_repo->count(q), 1);
    QVERIFY(m_repo->remove({c.id}).ok());
    QCOMPARE(m_repo->count(q), 0);
    QVERIFY(m_repo->restore({c.id}).ok());
    QCOMPARE(m_repo->count(q), 1);
}

void TestContactRepository::pagingMatchesOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    for (int s = 0; s <= int(ContactQuery::SortColumn::UpdatedAt); ++s) {
        QTest::addRow("column %d asc", s) << s << int(Qt::AscendingOrder);
        QTest::addRow("column %d desc", s) << s << int(Qt::DescendingOrder);
    }
}

void TestContactRepository::pagingMatchesOrder()
{
    QFETCH(int, sort);
    QFETCH(int, order);
    // Many equal sort keys, so the id tie-breaker matters.
    const QStringList lastNames{"de Vries", "Jansen", "Bakker", "jansen", ""};
    for (int i = 0; i < 230; ++i) {
        QVERIFY(
            m_repo
                ->create(make(QStringLiteral("p%1@example.nl").arg(i, 3, 10, QLatin1Char('0')),
                              QStringLiteral("P%1").arg(i % 7), lastNames.at(i % lastNames.size()),
                              QStringLiteral("Firma %1").arg(i % 3),
                              QStringLiteral("Stad %1").arg(i % 11)))
                .ok());
    }
    ContactQuery q;
    q.sort = ContactQuery::SortColumn(sort);
    q.order = Qt::SortOrder(order);
    QVector<Contact> all;
    QVERIFY(m_repo->forEach(q, [&](const Contact& c) { all.push_back(c); }));
    QCOMPARE(all.size(), 230);
    // Offset pages and keyset pages give the same rows as one full read.
    QVector<Contact> byOffset, byKeyset;
    for (int offset = 0; offset < 230; offset += 50)
        byOffset += m_repo->page(q, offset, 50);
    byKeyset = m_repo->page(q, 0, 50);
    while (byKeyset.size() < 230) {
        const auto next = m_repo->pageAfter(q, byKeyset.back(), 50);
        QVERIFY(!next.isEmpty());
        byKeyset += next;
    }
    QCOMPARE(emails(byOffset), emails(all));
    QCOMPARE(emails(byKeyset), emails(all));
    // And the order is what the user asked for.
    if (q.sort == ContactQuery::SortColumn::LastName) {
        for (int i = 1; i < all.size(); ++i) {
            const int cmp =
                DutchName::sortKey(all.at(i - 1).lastName)
                    .compare(DutchName::sortKey(all.at(i).lastName), Qt::CaseInsensitive);
            QVERIFY(q.order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0);
        }
    }
}

void TestContactRepository::positionOfContact()
{
    QList<qint64> ids;
    for (const char* name : {"Zwart", "Aalders", "Mulder", "Bos"})
        ids << m_repo
                   ->create(make(QStringLiteral("%1@example.nl").arg(QLatin1String(name)).toLower(),
                                 {}, QLatin1String(name)))
                   .value()
                   .id;
    ContactQuery q; // by last name
    QCOMPARE(m_repo->position(q, ids.at(0)), 3);
    QCOMPARE(m_repo->position(q, ids.at(1)), 0);
    QCOMPARE(m_repo->position(q, ids.at(3)), 1);
    q.order = Qt::DescendingOrder;
    QCOMPARE(m_repo->position(q, ids.at(0)), 0);
    q.search = QStringLiteral("mulder");
    QCOMPARE(m_repo->position(q, ids.at(2)), 0);
    QCOMPARE(m_repo->position(q, ids.at(0)), -1);
}

void TestContactRepository::dutchSurnamesSortByTheirMainPart_data()
{
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("key");
    QTest::addRow("plain") << "Jansen"
                           << "Jansen";
    QTest::addRow("de") << "de Vries"
                        << "Vries, de";
    QTest::addRow("van den") << "van den Berg"
                             << "Berg, van den";
    QTest::addRow("van der") << "Van der Meer"
                             << "Meer, Van der";
    QTest::addRow("in 't") << "in 't Veld"
                           << "Veld, in 't";
    QTest::addRow("ter") << "ter Horst"
                         << "Horst, ter";
    QTest::addRow("extra spaces") << "  van   Dijk "
                                  << "Dijk, van";
    QTest::addRow("particle only") << "de"
                                   << "de";
    QTest::addRow("particle inside") << "Vos de Wael"
                                     << "Vos de Wael";
    QTest::addRow("empty") << ""
                           << "";
}

void TestContactRepository::dutchSurnamesSortByTheirMainPart()
{
    QFETCH(QString, lastName);
    QFETCH(QString, key);
    QCOMPARE(DutchName::sortKey(lastName), key);
}

void TestContactRepository::tableSortsLikeAnAddressBook()
{
    for (const char* name : {"de Vries", "Bakker", "van den Berg", "Visser", "de Boer", "Dekker"})
        QVERIFY(m_repo
                    ->create(make(
                        QStringLiteral("%1@example.nl").arg(QString::fromLatin1(name).remove(' ')),
                        {}, QLatin1String(name)))
                    .ok());
    ContactQuery q; // by last name
    QStringList order;
    for (const Contact& c : m_repo->page(q, 0, 10))
        order << c.lastName;
    QCOMPARE(order,
             (QStringList{"Bakker", "van den Berg", "de Boer", "Dekker", "Visser", "de Vries"}));
    // The same through the keyset and in-memory paths.
    QCOMPARE(m_repo->pageAfter(q, m_repo->page(q, 0, 3).back(), 10).first().lastName,
             QStringLiteral("Dekker"));
    q.search = QStringLiteral("example");
    for (int plan : {Lookup, Walk, Memory}) {
        if (plan != Lookup && !SortOrders::available())
            continue;
        usePlan(Plan(plan), q.sort);
        QCOMPARE(m_repo->page(q, 1, 1).first().lastName, QStringLiteral("van den Berg"));
    }
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
