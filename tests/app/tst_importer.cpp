#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "ListRepository.h"
#include "Store.h"
#include "SuppressionList.h"
#include "TestStore.h"
#include "Workspace.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/Exporter.h"
#include "import/Importer.h"
#include "import/VCardReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using T = ColumnMapping::Target;

// Imports real-looking files into the real store; the kill test runs the real CLI.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void guessesColumnsOfKnownExports_data();
    void guessesColumnsOfKnownExports();
    void dryRunReportsAndChangesNothing();
    void importsWithLineNumberedRejects();
    void duplicatePolicies_data();
    void duplicatePolicies();
    void neverResubscribesUnsubscribedOrSuppressed();
    void malformedFileImportsNothing();
    void cancelledImportChangesNothing();
    void undoLastImportRestoresTheStore();
    void exportRoundTripsThroughImport();
    void killedImportLeavesTheStoreUnchanged();
    void bulkPathKeepsSearchCountsLogAndTriggers();
    void emptyRowsAndTrailingEmptyCellsAreNoMistakes();

private:
    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("import.csv"));
    Importer::Report import(const QString& path, Importer::Options options = {},
                            const std::function<void(ColumnMapping&)>& adjust = {});
    qint64 contact(const QString& email, const QString& first = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
}

void TestImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImporter::write(const QByteArray& bytes, const QString& name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write");
    return path;
}

Importer::Report TestImporter::import(const QString& path, Importer::Options options,
                                      const std::function<void(ColumnMapping&)>& adjust)
{
    QString error;
    auto reader = CsvReader::open(path, {}, &error);
    if (!reader)
        qFatal("%s", qPrintable(error));
    CsvReader::Record header;
    reader->next(header);
    ColumnMapping mapping = ColumnMapping::guess(header.fields);
    if (adjust)
        adjust(mapping);
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    return Importer(*m_store).run(*reader, mapping, options);
}

qint64 TestImporter::contact(const QString& email, const QString& first)
{
    Contact c;
    c.email = email;
    c.firstName = first;
    return ContactRepository(*m_store).create(c).value().id;
}

void TestImporter::guessesColumnsOfKnownExports_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected"); // target per column
    QTest::newRow("Dutch Excel")
        << "E-mailadres;Voornaam;Tussenvoegsel;Achternaam;Bedrijf;Telefoonnummer;Adres;Postcode;"
           "Plaats;Land;Website;Opmerkingen;Klantnummer"
        << "email,first_name,last_name_prefix,last_name,company,phone,street,postal_code,city,"
           "country,website,notes,ignore";
    QTest::newRow("Mailchimp audience export")
        << "Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,"
           "OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,"
           "TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS"
        << "email,first_name,last_name,street,phone,ignore,ignore,ignore,ignore,ignore,ignore,"
           "ignore,ignore,ignore,ignore,ignore,ignore,ignore,ignore,ignore,ignore,notes,ignore";
    QTest::newRow("Outlook contacts export")
        << "First Name,Middle Name,Last Name,Title,Suffix,Company,Department,Job Title,"
           "Business Street,Business City,Business State,Business Postal Code,"
           "Business Country/Region,Home Street,Business Phone,Mobile Phone,E-mail Address,"
           "E-mail 2 Address,Notes,Web Page"
        << "first_name,ignore,last_name,ignore,ignore,company,ignore,ignore,street,city,ignore,"
           "postal_code,country,ignore,phone,ignore,email,ignore,notes,website";
    QTest::newRow("Google Contacts export")
        << "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group "
           "Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
           "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
           "Address 1 - Postal Code,Address 1 - Country,Organization 1 - Name,Website 1 - Value"
        << "ignore,first_name,ignore,last_name,ignore,ignore,notes,ignore,ignore,email,ignore,"
           "phone,ignore,ignore,street,city,postal_code,country,company,website";
}

void TestImporter::guessesColumnsOfKnownExports()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const QChar d = header.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const ColumnMapping mapping = ColumnMapping::guess(header.split(d));
    QStringList got;
    for (const auto& c : mapping.columns())
        got << ColumnMapping::targetName(c.target);
    QCOMPARE(got.join(QLatin1Char(',')), expected);
    QVERIFY(mapping.hasEmail());
}

void TestImporter::dryRunReportsAndChangesNothing()
{
    contact(QStringLiteral("bestaand@voorbeeld.nl"), QStringLiteral("Bestaand"));
    const QString path = write("E-mailadres;Voornaam\nnieuw@voorbeeld.nl;Nieuw\n"
                               "bestaand@voorbeeld.nl;Anders\nkapot;X\n");
    QVERIFY(m_store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const qint64 logBefore =
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    Importer::Options options;
    options.dryRun = true;
    options.onDuplicate = Importer::OnDuplicate::Overwrite;
    const auto report = import(path, options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejects.first().line, 4);
    QCOMPARE(report.batchId, 0);
    QCOMPARE(ContactRepository(*m_store).count({}), 1);
    QCOMPARE(
        ContactRepository(*m_store).findByEmail(QStringLiteral("bestaand@voorbeeld.nl"))->firstName,
        QStringLiteral("Bestaand"));
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(),
        logBefore);
    QVERIFY(!Importer(*m_store).lastImport());
    // The import then does what the dry run said.
    options.dryRun = false;
    const auto done = import(path, options);
    QCOMPARE(done.added, report.added);
    QCOMPARE(done.updated, report.updated);
    QCOMPARE(done.rejected, report.rejected);
}

void TestImporter::importsWithLineNumberedRejects()
{
    const QString path =
        write("Email Address,First Name,Last Name,Phone Number\n"
              "anna@voorbeeld.nl,Anna,de Boer,0612345678\n"
              "\"kees@voorbeeld.nl\",\"Kees, de\",\"Smit\nJr.\",\n" // a line break inside quotes
              "geen-at-teken,Piet,Puk,\n"
              ",Leeg,Adres,\n"
              "anna@VOORBEELD.nl,Anna,Tweede,\n"
              "te,weinig\n"
              "lotte@bücher.de,Lotte,Müller,\n");
    ListRepository lists(*m_store);
    const qint64 listId = lists.create(QStringLiteral("Beurs")).value().id;
    Importer::Options options;
    options.listId = listId;
    options.consentBasis = ConsentEvent::Basis::Consent;
    const auto report = import(path, options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.added, 3);
    QCOMPARE(report.rejected, 4);
    QStringList rejects;
    for (const auto& r : report.rejects)
        rejects << QStringLiteral("%1 %2").arg(r.line).arg(
            r.reason.section(QLatin1Char(' '), 0, 1));
    QCOMPARE(rejects,
             (QStringList{QStringLiteral("5 “geen-at-teken” is"), QStringLiteral("6 no e-mail"),
                          QStringLiteral("7 duplicate within"), QStringLiteral("8 has 2")}));
    ContactRepository contacts(*m_store);
    const auto kees = contacts.findByEmail(QStringLiteral("kees@voorbeeld.nl"));
    QCOMPARE(kees->lastName, QStringLiteral("Smit\nJr."));
    QVERIFY(contacts.findByEmail(QStringLiteral("lotte@xn--bcher-kva.de"))); // IDN to ACE
    QCOMPARE(lists.findById(listId)->memberCount, 3);
    const auto history = ConsentRepository(*m_store).history(kees->id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().source, QStringLiteral("import"));
    QCOMPARE(history.first().sourceDetail, QStringLiteral("import.csv"));
}

void TestImporter::duplicatePolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("expected"); // first name, company, city after the import
    QTest::newRow("skip") << int(Importer::OnDuplicate::Skip) << "Jan||Ede";
    QTest::newRow("fill empty fields") << int(Importer::OnDuplicate::Fill) << "Jan|Bakkerij|Ede";
    QTest::newRow("overwrite") << int(Importer::OnDuplicate::Overwrite) << "Johannes|Bakkerij|Ede";
}

void TestImporter::duplicatePolicies()
{
    QFETCH(int, policy);
    QFETCH(QString, expected);
    Contact c;
    c.email = QStringLiteral("jan@voorbeeld.nl");
    c.firstName = QStringLiteral("Jan");
    c.city = QStringLiteral("Ede");
    ContactRepository contacts(*m_store);
    QVERIFY(contacts.create(c).ok());
    // An empty city in the file never blanks a stored one.
    Importer::Options options;
    options.onDuplicate = Importer::OnDuplicate(policy);
    const auto report = import(write("email;voornaam;bedrijf;plaats\n"
                                     "JAN@voorbeeld.nl;Johannes;Bakkerij;\n"),
                               options);
    const auto jan = contacts.findByEmail(QStringLiteral("jan@voorbeeld.nl"));
    QCOMPARE(QStringLiteral("%1|%2|%3").arg(jan->firstName, jan->company, jan->city), expected);
    QCOMPARE(report.updated + report.unchanged, 1);
    QCOMPARE(contacts.count({}), 1);
}

void TestImporter::neverResubscribesUnsubscribedOrSuppressed()
{
    ConsentRepository consent(*m_store);
    // Unsubscribed and still in the store.
    const qint64 piet = contact(QStringLiteral("piet@voorbeeld.nl"));
    ConsentEvent e;
    e.contactId = piet;
    e.state = ConsentEvent::State::Unsubscribed;
    e.source = QStringLiteral("unsubscribe_link");
    QVERIFY(consent.record(e).ok());
    // Bounced, then deleted: only the suppression list remembers.
    const qint64 kees = contact(QStringLiteral("kees@voorbeeld.nl"));
    e.contactId = kees;
    e.state = ConsentEvent::State::Bounced;
    e.source = QStringLiteral("server_bounce");
    QVERIFY(consent.record(e).ok());
    QVERIFY(ContactRepository(*m_store).remove({kees}).ok());

    Importer::Options options;
    options.consentBasis = ConsentEvent::Basis::Consent;
    options.onDuplicate = Importer::OnDuplicate::Overwrite;
    const auto report = import(write("email,first name\npiet@voorbeeld.nl,Piet\n"
                                     "kees@voorbeeld.nl,Kees\nnieuw@voorbeeld.nl,Nieuw\n"),
                               options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.suppressed, 2);
    ContactRepository contacts(*m_store);
    QCOMPARE(consent.current(piet, ConsentEvent::Purpose::Newsletter)->state,
             ConsentEvent::State::Unsubscribed);
    const auto keesAgain = contacts.findByEmail(QStringLiteral("kees@voorbeeld.nl"));
    QVERIFY(keesAgain);
    QCOMPARE(consent.current(keesAgain->id, ConsentEvent::Purpose::Newsletter)->state,
             ConsentEvent::State::Bounced);
    const auto nieuw = contacts.findByEmail(QStringLiteral("nieuw@voorbeeld.nl"));
    QCOMPARE(consent.current(nieuw->id, ConsentEvent::Purpose::Newsletter)->state,
             ConsentEvent::State::Subscribed);
    QVERIFY(SuppressionList(*m_store).find(QStringLiteral("kees@voorbeeld.nl")));
    QCOMPARE(
        consent.countInState(ConsentEvent::Purpose::Newsletter, ConsentEvent::State::Subscribed),
        1);
}

void TestImporter::malformedFileImportsNothing()
{
    // Good rows first, then a quote that never closes: the whole import is refused.
    const QString path = write("email,name\na@voorbeeld.nl,A\nb@voorbeeld.nl,B\n"
                               "c@voorbeeld.nl,\"C\nd@voorbeeld.nl,D\n");
    const auto report = import(path);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.startsWith(QLatin1String("Line 4:")), qPrintable(report.error));
    QCOMPARE(ContactRepository(*m_store).count({}), 0);
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM import_batches")).toInt(),
        0);
}

void TestImporter::cancelledImportChangesNothing()
{
    QByteArray bytes("email\n");
    for (int i = 0; i < 5000; ++i)
        bytes += "p" + QByteArray::number(i) + "@voorbeeld.nl\n";
    QString error;
    auto reader = CsvReader::open(write(bytes), {}, &error);
    CsvReader::Record header;
    reader->next(header);
    const auto report = Importer(*m_store).run(*reader, ColumnMapping::guess(header.fields), {},
                                               [](double, qint64 rows) { return rows < 3000; });
    QVERIFY(report.cancelled);
    QCOMPARE(ContactRepository(*m_store).count({}), 0);
}

void TestImporter::undoLastImportRestoresTheStore()
{
    const qint64 jan = contact(QStringLiteral("jan@voorbeeld.nl"), QStringLiteral("Jan"));
    ListRepository lists(*m_store);
    const qint64 listId = lists.create(QStringLiteral("Klanten")).value().id;
    Importer::Options options;
    options.onDuplicate = Importer::OnDuplicate::Overwrite;
    options.listId = listId;
    const auto report = import(write("email;voornaam\njan@voorbeeld.nl;Johannes\n"
                                     "nieuw@voorbeeld.nl;Nieuw\n"),
                               options);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.updated, 1);
    ContactRepository contacts(*m_store);
    QCOMPARE(contacts.findById(jan)->firstName, QStringLiteral("Johannes"));
    QCOMPARE(lists.findById(listId)->memberCount, 2);

    Importer importer(*m_store);
    QCOMPARE(importer.lastImport()->fileName, QStringLiteral("import.csv"));
    const auto undone = importer.undoLast();
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(contacts.findById(jan)->firstName, QStringLiteral("Jan"));
    QVERIFY(!contacts.findByEmail(QStringLiteral("nieuw@voorbeeld.nl")));
    QCOMPARE(contacts.count({}), 1);
    QCOMPARE(lists.findById(listId)->memberCount, 0);
    QVERIFY(!importer.lastImport());
    QCOMPARE(importer.undoLast().error().code, Error::Code::NotFound);
}

void TestImporter::exportRoundTripsThroughImport()
{
    Contact c;
    c.email = QStringLiteral("anna@voorbeeld.nl");
    c.firstName = QStringLiteral("Anna");
    c.lastName = QStringLiteral("de Boer");
    c.company = QStringLiteral("Bakkerij \"De Korenschoof\"; Ede");
    c.street = QStringLiteral("Dorpsstraat 1\nAchterom");
    c.city = QStringLiteral("’s-Hertogenbosch");
    c.notes = QStringLiteral("Crème brûlée, 5 €");
    ContactRepository contacts(*m_store);
    QVERIFY(contacts.create(c).ok());
    for (bool excel : {false, true}) {
        const QString path =
            m_dir->filePath(excel ? QStringLiteral("excel.csv") : QStringLiteral("plain.csv"));
        Exporter::Options options;
        options.excel = excel;
        QCOMPARE(Exporter(contacts).exportTo(path, ContactQuery(), options).value(), 1);
        QTemporaryDir other;
        auto store = TestStore::openFresh(other);
        QString error;
        auto reader = CsvReader::open(path, {}, &error);
        QCOMPARE(reader->delimiter(), excel ? ';' : ',');
        CsvReader::Record header;
        reader->next(header);
        const auto report = Importer(*store).run(*reader, ColumnMapping::guess(header.fields), {});
        QCOMPARE(report.added, 1);
        const auto back = ContactRepository(*store).findByEmail(c.email);
        QCOMPARE(back->company, c.company);
        QCOMPARE(back->street, c.street);
        QCOMPARE(back->city, c.city);
        QCOMPARE(back->notes, c.notes);
        QCOMPARE(back->lastName, c.lastName);
    }
    const QString vcf = m_dir->filePath(QStringLiteral("a.vcf"));
    Exporter::Options options;
    options.format = Exporter::Format::VCard;
    QCOMPARE(Exporter(contacts).exportTo(vcf, ContactQuery(), options).value(), 1);
    QFile f(vcf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray card = f.readAll();
    QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QVERIFY(card.contains("ORG:Bakkerij \"De Korenschoof\"\\; Ede\r\n"));
    QVERIFY(card.contains("N:de Boer;Anna;;;\r\n"));
    QVERIFY(card.contains("ADR:;;Dorpsstraat 1\\nAchterom;’s-Hertogenbosch;;;"));
    for (const QByteArray& line : card.split('\n'))
        QVERIFY(line.size() <= 76); // folded at 75 octets (+ CR)
    // And back in through the vCard reader.
    QTemporaryDir other;
    auto store = TestStore::openFresh(other);
    QString error;
    auto reader = VCardReader::open(vcf, &error);
    RecordSource::Record header;
    QVERIFY(reader->next(header));
    const auto report = Importer(*store).run(*reader, ColumnMapping::guess(header.fields), {});
    QCOMPARE(report.added, 1);
    const auto back = ContactRepository(*store).findByEmail(c.email);
    QCOMPARE(back->lastName, c.lastName);
    QCOMPARE(back->company, c.company);
    QCOMPARE(back->street, c.street);
    QCOMPARE(back->city, c.city);
    QCOMPARE(back->notes, c.notes);
}

void TestImporter::killedImportLeavesTheStoreUnchanged()
{
    // A large import in a child process (the real CLI), killed part-way.
    contact(QStringLiteral("bestaand@voorbeeld.nl"), QStringLiteral("Bestaand"));
    m_store.reset(); // the child writes; this test only looks afterwards
    const QString db = m_dir->filePath(QStringLiteral("store.db"));
    QByteArray bytes("email;voornaam;plaats\n");
    for (int i = 0; i < 300000; ++i)
        bytes += "p" + QByteArray::number(i) + "@voorbeeld.nl;Ren\xE9;Ede\n";
    const QString path = write(bytes, QStringLiteral("groot.csv"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(SENDTRIX_CLI_PATH), {"--db", db, "import", path});
    QVERIFY(child.waitForStarted());
    // Let it work for a while (inside its transaction), then pull the plug. 300,000 rows
    // take several seconds in any build (~15,000–20,000 rows/s in release here).
    QThread::msleep(1500);
    QVERIFY2(child.state() == QProcess::Running, "the import finished before it could be killed");
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished());
    auto reopened = Store::open(db);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    QCOMPARE(
        TestStore::scalar(*reopened.value(), QStringLiteral("PRAGMA integrity_check")).toString(),
        QStringLiteral("ok"));
    QCOMPARE(ContactRepository(*reopened.value()).count({}), 1);
    QCOMPARE(
        TestStore::scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM import_batches"))
            .toInt(),
        0);
}

void TestImporter::bulkPathKeepsSearchCountsLogAndTriggers()
{
    // The bulk writer suspends the insert triggers and does their work once at the end:
    // search, the live counter, the change log and the triggers must be as a row-by-row
    // import leaves them, also after a dry run and an import that fails.
    contact(QStringLiteral("bestaand@voorbeeld.nl"), QStringLiteral("Bestaand"));
    QVERIFY(SuppressionList(*m_store)
                .add(QStringLiteral("weg@voorbeeld.nl"), SuppressionList::Reason::Unsubscribed,
                     1700000000000)
                .ok());
    auto triggers = [this] {
        return TestStore::scalar(*m_store,
                                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                "'trigger' AND name IN ('contacts_fts_insert', "
                                                "'contacts_count_insert')"))
            .toInt();
    };
    auto ftsIntact = [this] {
        QSqlQuery q(m_store->database());
        return q.exec(QStringLiteral(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"));
    };
    const QByteArray file("email;voornaam;achternaam;plaats\n"
                          "zeldzaam@voorbeeld.nl;Quirinus;Zwanenburg;Zierikzee\n"
                          "weg@VOORBEELD.nl;Wim;Weg;Ede\n"
                          "bestaand@voorbeeld.nl;Bertus;;\n"
                          "ander@voorbeeld.nl;Anne;de Vries;Ede\n"
                          "zeldzaam@voorbeeld.nl;Quirinus;Tweede;\n");
    const QString path = write(file);
    Importer::Options options;
    options.dryRun = true;
    QCOMPARE(import(path, options).added, 3);
    QCOMPARE(triggers(), 2);

    options.dryRun = false;
    const auto report = import(path, options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.added, 3);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.suppressed, 1);
    QCOMPARE(report.rejects.size(), 1);
    QCOMPARE(report.rejects.first().line, 6);
    QVERIFY(report.rejects.first().reason.endsWith(QLatin1String("line 2")));
    QCOMPARE(triggers(), 2);
    QVERIFY(ftsIntact());

    ContactRepository contacts(*m_store);
    QCOMPARE(contacts.count({}), 4);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT value FROM counters WHERE name = "
                                                        "'live_contacts'"))
                 .toInt(),
             4);
    ContactQuery search;
    search.search = QStringLiteral("zwanen");
    QCOMPARE(contacts.count(search), 1);
    QCOMPARE(contacts.page(search, 0, 10).first().firstName, QStringLiteral("Quirinus"));
    const auto anne = contacts.findByEmail(QStringLiteral("ander@voorbeeld.nl"));
    QCOMPARE(anne->createdAt, anne->updatedAt);
    QVERIFY(anne->uuid.at(14) == QLatin1Char('7')); // time-ordered (version 7)
    // One upsert per added contact, as ChangeLog::append writes it.
    QSqlQuery log(m_store->database());
    QVERIFY(log.exec(QStringLiteral(
        "SELECT count(*) FROM change_log l JOIN contacts c ON c.uuid = l.uuid WHERE l.entity = "
        "'contact' AND l.op = 'upsert' AND l.changed_at = c.updated_at AND c.email IN "
        "('zeldzaam@voorbeeld.nl', 'weg@voorbeeld.nl', 'ander@voorbeeld.nl')")));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toInt(), 3);
    const auto weg = contacts.findByEmail(QStringLiteral("weg@voorbeeld.nl"));
    QCOMPARE(ConsentRepository(*m_store).current(weg->id, ConsentEvent::Purpose::Newsletter)->state,
             ConsentEvent::State::Unsubscribed);

    // A failing import (a list deleted meanwhile) leaves the triggers and the index as they were.
    options.listId = 999;
    QVERIFY(!import(write("email\nnog-een@voorbeeld.nl\n", QStringLiteral("b.csv")), options).ok());
    QCOMPARE(triggers(), 2);
    QCOMPARE(contacts.count({}), 4);
    QVERIFY(ftsIntact());
    // Contacts made one by one afterwards are indexed by the triggers again.
    contact(QStringLiteral("later@voorbeeld.nl"), QStringLiteral("Xaverius"));
    search.search = QStringLiteral("xaverius");
    QCOMPARE(contacts.count(search), 1);
}

// Excel leaves ";;;;" rows between blocks and stray ";" after the last column: neither is
// a mistake of the user's, so neither is rejected or counted.
void TestImporter::emptyRowsAndTrailingEmptyCellsAreNoMistakes()
{
    const QString path = write("email;naam\n"
                               "anna@voorbeeld.nl;Anna;;\n"
                               ";\n"
                               " ; \n"
                               "bob@voorbeeld.nl;Bob\n"
                               "carla@voorbeeld.nl;Carla;extra\n",
                               QStringLiteral("excel.csv"));
    const auto report = import(path, {});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.added, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejects.first().line, 6);
    QVERIFY2(report.rejects.first().reason.contains(QLatin1String("values in 3 column")),
             qPrintable(report.rejects.first().reason));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
