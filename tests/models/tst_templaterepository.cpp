#include "Clock.h"
#include "Store.h"
#include "TemplateRepository.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

// Templates, their revisions and images in the real store (issue 5, part 1).
class TestTemplateRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createStartsTheHistory();
    void namesAreUniqueAndRequired();
    void everySaveThatChangesSomethingIsARevision();
    void autosavesWriteTheRowAndARevisionNowAndThen();
    void anyRevisionCanBeRestored();
    void deletedTemplatesFreeTheirName();
    void imagesAreStoredOncePerContent();
    void everyWriteIsInTheChangeLog();

private:
    qint64 logCount(const QString& entity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TemplateRepository> m_templates;
    qint64 m_now = 1'795'000'000'000;
};

void TestTemplateRepository::init()
{
    m_now = 1'795'000'000'000;
    Clock::setSource([this] { return m_now; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    m_templates = std::make_unique<TemplateRepository>(*m_store);
}

void TestTemplateRepository::cleanup()
{
    m_templates.reset();
    m_store.reset();
    m_dir.reset();
    Clock::setSource({});
}

qint64 TestTemplateRepository::logCount(const QString& entity)
{
    return TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                      "entity = '%1'")
                                           .arg(entity))
        .toLongLong();
}

void TestTemplateRepository::createStartsTheHistory()
{
    auto t =
        m_templates->create(QStringLiteral("  Nieuwsbrief   december "),
                            QStringLiteral("Hallo {{first_name}}"), QStringLiteral("<p>Hallo</p>"));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t.value().name, QStringLiteral("Nieuwsbrief december"));
    const auto found = m_templates->findByName(QStringLiteral("nieuwsbrief DECEMBER"));
    QVERIFY(found);
    QCOMPARE(found->html, QStringLiteral("<p>Hallo</p>"));
    QCOMPARE(found->subject, QStringLiteral("Hallo {{first_name}}"));
    QVERIFY(!found->textOverride);
    const auto revisions = m_templates->revisions(t.value().id);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().number, 1);
    QCOMPARE(revisions.first().reason, QStringLiteral("create"));
}

void TestTemplateRepository::namesAreUniqueAndRequired()
{
    QVERIFY(m_templates->create(QStringLiteral("Welkom")).ok());
    auto twice = m_templates->create(QStringLiteral("WELKOM"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Duplicate);
    QCOMPARE(twice.error().field, QStringLiteral("name"));
    auto empty = m_templates->create(QStringLiteral("   "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().field, QStringLiteral("name"));
    QCOMPARE(m_templates->all().size(), 1);
}

void TestTemplateRepository::everySaveThatChangesSomethingIsARevision()
{
    Template t = m_templates->create(QStringLiteral("Actie")).value();
    t.html = QStringLiteral("<h1>Actie</h1>");
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    // Saving without a change adds nothing.
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    t.textOverride = QStringLiteral("Actie! Kijk op de website.");
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    const auto revisions = m_templates->revisions(t.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).number, 3);
    QCOMPARE(revisions.at(0).reason, QStringLiteral("save"));
    QCOMPARE(revisions.at(0).textOverride,
             std::optional<QString>(QStringLiteral("Actie! Kijk op de website.")));
    QCOMPARE(revisions.at(1).html, QStringLiteral("<h1>Actie</h1>"));
    QVERIFY(!revisions.at(1).textOverride);
    QCOMPARE(m_templates->findById(t.id)->textOverride,
             std::optional<QString>(QStringLiteral("Actie! Kijk op de website.")));
}

void TestTemplateRepository::autosavesWriteTheRowAndARevisionNowAndThen()
{
    Template t = m_templates->create(QStringLiteral("Concept")).value();
    // Typing, saved every few seconds: the row always has the latest text…
    for (int i = 1; i <= 30; ++i) {
        m_now += 5000;
        t.html = QStringLiteral("<p>%1</p>").arg(QString(i, QLatin1Char('x')));
        QVERIFY(m_templates->save(t, TemplateRepository::Save::Autosave).ok());
        QCOMPARE(m_templates->findById(t.id)->html, t.html);
    }
    // …and 150 s of it make no revision yet (the first is at most 5 minutes old).
    QCOMPARE(m_templates->revisions(t.id).size(), 1);
    for (int i = 0; i < 40; ++i) {
        m_now += 5000;
        t.html += QLatin1Char('y');
        QVERIFY(m_templates->save(t, TemplateRepository::Save::Autosave).ok());
    }
    // 350 s in all: one autosave revision.
    const auto revisions = m_templates->revisions(t.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.first().reason, QStringLiteral("autosave"));

    // Saving by hand what an autosave already wrote still makes it a version…
    m_now += 5000;
    t.html += QLatin1Char('z');
    QVERIFY(m_templates->save(t, TemplateRepository::Save::Autosave).ok());
    QCOMPARE(m_templates->revisions(t.id).size(), 2);
    QVERIFY(m_templates->save(t, TemplateRepository::Save::Manual).ok());
    QCOMPARE(m_templates->revisions(t.id).size(), 3);
    QCOMPARE(m_templates->revisions(t.id).first().html, t.html);
    QCOMPARE(m_templates->revisions(t.id).first().reason, QStringLiteral("save"));
    // …once: saving again with nothing changed adds nothing.
    QVERIFY(m_templates->save(t, TemplateRepository::Save::Manual).ok());
    QCOMPARE(m_templates->revisions(t.id).size(), 3);
}

void TestTemplateRepository::anyRevisionCanBeRestored()
{
    Template t = m_templates
                     ->create(QStringLiteral("Voorjaar"), QStringLiteral("Lente!"),
                              QStringLiteral("<p>een</p>"))
                     .value();
    t.html = QStringLiteral("<p>twee</p>");
    t.subject = QStringLiteral("Voorjaar!");
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    t.html = QStringLiteral("<p>drie</p>");
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    m_now += 1000;
    auto restored = m_templates->restore(t.id, 1);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored.value().html, QStringLiteral("<p>een</p>"));
    QCOMPARE(m_templates->findById(t.id)->subject, QStringLiteral("Lente!"));
    const auto revisions = m_templates->revisions(t.id);
    QCOMPARE(revisions.size(), 4); // nothing is lost: the restore is a revision too
    QCOMPARE(revisions.first().reason, QStringLiteral("restore"));
    QCOMPARE(revisions.at(1).html, QStringLiteral("<p>drie</p>"));
    QVERIFY(!m_templates->restore(t.id, 99).ok());
}

void TestTemplateRepository::deletedTemplatesFreeTheirName()
{
    Template t = m_templates->create(QStringLiteral("Oud")).value();
    QVERIFY(m_templates->remove(t.id).ok());
    QVERIFY(!m_templates->findByName(QStringLiteral("Oud")));
    QVERIFY(m_templates->findById(t.id)->deleted); // a tombstone, for sync
    QVERIFY(m_templates->create(QStringLiteral("Oud")).ok());
    QVERIFY(!m_templates->save(t).ok());
}

void TestTemplateRepository::imagesAreStoredOncePerContent()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(5000, 'p');
    auto a = m_templates->addAsset(QStringLiteral("logo.png"), QStringLiteral("image/png"), png);
    QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
    QCOMPARE(
        a.value().sha256,
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(a.value().size, png.size());
    // The same bytes under another name: the same asset.
    auto again =
        m_templates->addAsset(QStringLiteral("kopie.png"), QStringLiteral("image/png"), png);
    QCOMPARE(again.value().id, a.value().id);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM assets")).toInt(), 1);
    QCOMPARE(*m_templates->assetContent(a.value().sha256), png);
    QCOMPARE(m_templates->asset(a.value().sha256)->name, QStringLiteral("logo.png"));
    auto huge = m_templates->addAsset(QStringLiteral("poster.png"), QStringLiteral("image/png"),
                                      QByteArray(TemplateRepository::MaxAssetBytes + 1, 'x'));
    QVERIFY(!huge.ok());
    QVERIFY(huge.errorMessage().contains(QLatin1String("poster.png")));
    QVERIFY(
        !m_templates->addAsset(QStringLiteral("leeg.png"), QStringLiteral("image/png"), {}).ok());
}

void TestTemplateRepository::everyWriteIsInTheChangeLog()
{
    Template t = m_templates->create(QStringLiteral("Sync")).value();
    t.html = QStringLiteral("<p>x</p>");
    m_now += 1000;
    QVERIFY(m_templates->save(t).ok());
    QVERIFY(
        m_templates->addAsset(QStringLiteral("a.gif"), QStringLiteral("image/gif"), "GIF89a").ok());
    QVERIFY(m_templates->remove(t.id).ok());
    QCOMPARE(logCount(QStringLiteral("template")), 3);          // create, save, delete
    QCOMPARE(logCount(QStringLiteral("template_revision")), 2); // create, save
    QCOMPARE(logCount(QStringLiteral("asset")), 1);
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
