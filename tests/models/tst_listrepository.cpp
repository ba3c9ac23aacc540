#include "ChangeLog.h"
#include "ContactRepository.h"
#include "ListRepository.h"
#include "Store.h"
#include "TagRepository.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QtTest>

class TestListRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createRenameDelete();
    void namesAreUniqueAndRequired();
    void membersAddRemoveAndCount();
    void deletedContactsLeaveTheCount();
    void deletingListLogsItsMembers();
    void tagsFollowTheWantedSet();

private:
    qint64 contact(const QString& email);
    qint64 logCount(const QString& entity, const QString& op);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ListRepository> m_lists;
};

void TestListRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    m_contacts = std::make_unique<ContactRepository>(*m_store);
    m_lists = std::make_unique<ListRepository>(*m_store);
}

void TestListRepository::cleanup()
{
    m_lists.reset();
    m_contacts.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestListRepository::contact(const QString& email)
{
    Contact c;
    c.email = email;
    return m_contacts->create(c).value().id;
}

qint64 TestListRepository::logCount(const QString& entity, const QString& op)
{
    return TestStore::scalar(
               *m_store,
               QStringLiteral("SELECT count(*) FROM change_log WHERE entity = '%1' AND op = '%2'")
                   .arg(entity, op))
        .toLongLong();
}

void TestListRepository::createRenameDelete()
{
    auto created = m_lists->create(QStringLiteral("  Nieuwsbrief   klanten "));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    QCOMPARE(created.value().name, QStringLiteral("Nieuwsbrief klanten"));
    QVERIFY(!created.value().uuid.isEmpty());
    auto renamed = m_lists->rename(created.value().id, QStringLiteral("Vaste klanten"));
    QVERIFY(renamed.ok());
    QCOMPARE(m_lists->findByName(QStringLiteral("vaste KLANTEN"))->id, created.value().id);
    QCOMPARE(m_lists->all().size(), 1);
    QVERIFY(m_lists->remove(created.value().id).ok());
    QCOMPARE(m_lists->all().size(), 0);
    QVERIFY(!m_lists->findByName(QStringLiteral("Vaste klanten")));
    QCOMPARE(logCount(QStringLiteral("list"), QStringLiteral("upsert")), 2);
    QCOMPARE(logCount(QStringLiteral("list"), QStringLiteral("delete")), 1);
    // A deleted list's name can be used again.
    QVERIFY(m_lists->create(QStringLiteral("Vaste klanten")).ok());
}

void TestListRepository::namesAreUniqueAndRequired()
{
    QVERIFY(m_lists->create(QStringLiteral("Beurs 2026")).ok());
    auto dup = m_lists->create(QStringLiteral("beurs 2026"));
    QCOMPARE(dup.error().code, Error::Code::Duplicate);
    QVERIFY(dup.errorMessage().contains(QStringLiteral("Beurs 2026")));
    QCOMPARE(m_lists->create(QStringLiteral("   ")).error().code, Error::Code::Invalid);
    auto other = m_lists->create(QStringLiteral("Leveranciers")).value();
    QCOMPARE(m_lists->rename(other.id, QStringLiteral("BEURS 2026")).error().code,
             Error::Code::Duplicate);
    QCOMPARE(m_lists->findById(other.id)->name, QStringLiteral("Leveranciers"));
}

void TestListRepository::membersAddRemoveAndCount()
{
    const qint64 list = m_lists->create(QStringLiteral("Klanten")).value().id;
    const qint64 a = contact(QStringLiteral("a@example.nl"));
    const qint64 b = contact(QStringLiteral("b@example.nl"));
    const qint64 c = contact(QStringLiteral("c@example.nl"));
    QCOMPARE(m_lists->addMembers(list, {a, b}).value(), 2);
    QCOMPARE(m_lists->addMembers(list, {b, c}).value(), 1); // b was already there
    QCOMPARE(m_lists->findById(list)->memberCount, 3);
    ContactQuery q;
    q.listId = list;
    QCOMPARE(m_contacts->count(q), 3);
    QCOMPARE(m_lists->removeMembers(list, {a, a}).value(), 1);
    QCOMPARE(m_contacts->count(q), 2);
    // Adding a removed member back revives the same membership row.
    QCOMPARE(m_lists->addMembers(list, {a}).value(), 1);
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM list_members")).toInt(),
        3);
    QCOMPARE(logCount(QStringLiteral("list_member"), QStringLiteral("upsert")), 4);
    QCOMPARE(logCount(QStringLiteral("list_member"), QStringLiteral("delete")), 1);
    // An unknown contact or list is not added.
    QCOMPARE(m_lists->addMembers(list, {9999}).value(), 0);
    QCOMPARE(m_lists->addMembers(9999, {a}).error().code, Error::Code::NotFound);
}

void TestListRepository::deletedContactsLeaveTheCount()
{
    const qint64 list = m_lists->create(QStringLiteral("Klanten")).value().id;
    const qint64 a = contact(QStringLiteral("a@example.nl"));
    const qint64 b = contact(QStringLiteral("b@example.nl"));
    QVERIFY(m_lists->addMembers(list, {a, b}).ok());
    QVERIFY(m_contacts->remove({a}).ok());
    QCOMPARE(m_lists->findById(list)->memberCount, 1);
    // Undoing the delete brings the membership back with the contact.
    QVERIFY(m_contacts->restore({a}).ok());
    QCOMPARE(m_lists->findById(list)->memberCount, 2);
}

void TestListRepository::deletingListLogsItsMembers()
{
    const qint64 list = m_lists->create(QStringLiteral("Klanten")).value().id;
    QVERIFY(m_lists->addMembers(list, {contact("a@example.nl"), contact("b@example.nl")}).ok());
    QVERIFY(m_lists->remove(list).ok());
    QCOMPARE(logCount(QStringLiteral("list_member"), QStringLiteral("delete")), 2);
    QCOMPARE(m_contacts->count({}), 2); // the contacts themselves stay
    QCOMPARE(m_lists->remove(list).error().code, Error::Code::NotFound);
}

void TestListRepository::tagsFollowTheWantedSet()
{
    TagRepository tags(*m_store);
    const qint64 a = contact(QStringLiteral("a@example.nl"));
    QVERIFY(tags.setTags(a, {QStringLiteral("klant"), QStringLiteral(" beurs  2026 "),
                             QStringLiteral("Klant")})
                .ok());
    QCOMPARE(tags.tagsOf(a), (QStringList{"beurs 2026", "klant"}));
    QVERIFY(tags.setTags(a, {QStringLiteral("KLANT"), QStringLiteral("vip")}).ok());
    QCOMPARE(tags.tagsOf(a), (QStringList{"klant", "vip"}));
    QCOMPARE(tags.allTags(), (QStringList{"beurs 2026", "klant", "vip"}));
    QCOMPARE(logCount(QStringLiteral("tag"), QStringLiteral("upsert")), 3);
    QCOMPARE(logCount(QStringLiteral("contact_tag"), QStringLiteral("upsert")), 3);
    QCOMPARE(logCount(QStringLiteral("contact_tag"), QStringLiteral("delete")), 1);
    QCOMPARE(tags.setTags(a, {QString(101, QLatin1Char('x'))}).error().code, Error::Code::Invalid);
    QCOMPARE(tags.tagsOf(a), (QStringList{"klant", "vip"}));
}

QTEST_GUILESS_MAIN(TestListRepository)
#include "tst_listrepository.moc"
