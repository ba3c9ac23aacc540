#include "ContactRepository.h"
#include "Segment.h"
#include "Store.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// Runs the real sendtrix-cli binary, as a script or a support engineer would.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addListSearchCount();
    void jsonUsesStoreFieldNames();
    void listsCreateAddShow();
    void errorsGoToStderrWithExitCode_data();
    void errorsGoToStderrWithExitCode();
    void corruptStoreIsReportedAndUntouched();
    void versionAndHelp();
    void killedMidWriteLeavesAConsistentStore();
    void consentRecordShowVerify();
    void consentVerifyFailsOnTampering();
    void gdprExportAndErase();
    void unfinishedErasureIsFinishedAtOpen();
    void templateAddListRender();
    void templateAddRefusesUnreadableFiles();
    void templateLintFileOrName();
    void senderSetAndShow();
    void mailingCreateCheckScheduleCancel();
    void segmentAddCountAndMailTo();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args);
    QString db() const { return m_dir->filePath(QStringLiteral("cli.db")); }
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Run TestCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never the user's own store
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SENDTRIX_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("sendtrix-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::addListSearchCount()
{
    auto r = cli({"--db", db(), "contacts", "add", "--email", "Anna@Bakkerij.NL", "--first-name",
                  "Anna", "--last-name", "de Boer", "--company", "Bakkerij De Boer"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(
        cli({"--db", db(), "contacts", "add", "--email", "kees@example.nl", "--first-name", "Kees"})
            .exitCode,
        0);
    r = cli({"--db", db(), "contacts", "count"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    r = cli({"--db", db(), "contacts", "list"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("Anna@bakkerij.nl\tAnna\tde Boer\tBakkerij De Boer"));
    r = cli({"--db", db(), "contacts", "search", "boer"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Anna@bakkerij.nl"));
    QVERIFY(!r.out.contains("kees"));
}

void TestCli::jsonUsesStoreFieldNames()
{
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "jan@voorbeeld.nl", "--first-name",
                  "Jan", "--last-name", "Jansen", "--company", "Jansen BV"})
                 .exitCode,
             0);
    for (const QStringList& args : {QStringList{"contacts", "list", "--json"},
                                    QStringList{"contacts", "search", "jans", "--json"}}) {
        auto r = cli(QStringList{"--db", db()} + args);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject c = doc.array().first().toObject();
        QCOMPARE(c.value("email").toString(), QStringLiteral("jan@voorbeeld.nl"));
        QCOMPARE(c.value("first_name").toString(), QStringLiteral("Jan"));
        QCOMPARE(c.value("last_name").toString(), QStringLiteral("Jansen"));
        QCOMPARE(c.value("company").toString(), QStringLiteral("Jansen BV"));
        for (const char* key : {"uuid", "rev", "updated_at", "deleted", "phone", "postal_code",
                                "city", "custom_fields"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
    }
    // An empty store is an empty array, still valid JSON.
    QTemporaryDir other;
    QVERIFY(Workspace::open(other.filePath("empty.db")).ok());
    auto r = cli({"--db", other.filePath("empty.db"), "contacts", "list", "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    // A mistyped path is an error, not an empty address book, and creates nothing.
    r = cli({"--db", other.filePath("typo.db"), "contacts", "list", "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("typo.db"));
    QVERIFY(!QFile::exists(other.filePath("typo.db")));
}

void TestCli::listsCreateAddShow()
{
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "a@example.nl"}).exitCode, 0);
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "b@example.nl"}).exitCode, 0);
    QCOMPARE(cli({"--db", db(), "lists", "create", "Beurs 2026"}).exitCode, 0);
    QCOMPARE(cli({"--db", db(), "lists", "add-member", "Beurs 2026", "--email", "B@Example.nl"})
                 .exitCode,
             0);
    auto r = cli({"--db", db(), "lists", "show", "beurs 2026", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(list.value("name").toString(), QStringLiteral("Beurs 2026"));
    QCOMPARE(list.value("member_count").toInt(), 1);
    QCOMPARE(list.value("members").toArray().size(), 1);
    QCOMPARE(list.value("members").toArray().first().toObject().value("email").toString(),
             QStringLiteral("b@example.nl"));
    r = cli({"--db", db(), "lists", "show", "Beurs 2026"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Beurs 2026 (1 contact)"));
}

void TestCli::errorsGoToStderrWithExitCode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("invalid e-mail")
        << QStringList{"contacts", "add", "--email", "jan@@x"} << 1 << "jan@@x";
    QTest::addRow("duplicate") << QStringList{"contacts", "add", "--email", "EXISTING@example.nl"}
                               << 1 << "Eva";
    QTest::addRow("missing --email")
        << QStringList{"contacts", "add", "--first-name", "X"} << 2 << "--email";
    QTest::addRow("unknown command") << QStringList{"contacts", "frobnicate"} << 2 << "frobnicate";
    QTest::addRow("unknown option") << QStringList{"contacts", "list", "--xml"} << 2 << "xml";
    QTest::addRow("no list") << QStringList{"lists", "show", "Nope"} << 1 << "Nope";
    QTest::addRow("no contact") << QStringList{"lists", "add-member", "Leden", "--email",
                                               "who@example.nl"}
                                << 1 << "who@example.nl";
    QTest::addRow("duplicate list") << QStringList{"lists", "create", "leden"} << 1 << "Leden";
    QTest::addRow("no command") << QStringList{} << 2 << "Usage";
}

void TestCli::errorsGoToStderrWithExitCode()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "existing@example.nl", "--first-name",
                  "Eva"})
                 .exitCode,
             0);
    QCOMPARE(cli({"--db", db(), "lists", "create", "Leden"}).exitCode, 0);
    const auto before = cli({"--db", db(), "contacts", "list", "--json"}).out;
    auto r = cli(QStringList{"--db", db()} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(cli({"--db", db(), "contacts", "list", "--json"}).out, before);
}

void TestCli::corruptStoreIsReportedAndUntouched()
{
    const QString path = m_dir->filePath("broken.db");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all");
    f.close();
    auto r = cli({"--db", path, "contacts", "count"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("broken.db"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("this is not a database at all"));
}

void TestCli::versionAndHelp()
{
    auto r = cli({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("sendtrix-cli 0."));
    r = cli({"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("contacts add --email"));
    QVERIFY(r.out.contains("lists show NAME [--json]"));
}

void TestCli::killedMidWriteLeavesAConsistentStore()
{
    // kill -9 at random moments of a write: the store always opens, passes SQLite's
    // integrity check, and every contact has its change-log entry (all or nothing).
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "first@example.nl"}).exitCode, 0);
    QRandomGenerator rng(20261127);
    int survived = 0;
    for (int i = 0; i < 25; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SENDTRIX_CLI_PATH), {"--db", db(), "contacts", "add", "--email",
                                                    QStringLiteral("k%1@example.nl").arg(i)});
        QVERIFY(p.waitForStarted());
        QThread::usleep(rng.bounded(40000));
        p.kill(); // SIGKILL: no cleanup runs
        p.waitForFinished();
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            ++survived;
        auto ws = Workspace::open(db());
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        QSqlQuery q(ws.value()->store().database());
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(
            q.exec("SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM change_log l "
                   "WHERE l.entity = 'contact' AND l.uuid = c.uuid)") &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(ws.value()->contacts().findByEmail("first@example.nl").has_value());
    }
    qInfo("%d of 25 writes finished before the kill", survived);
}

void TestCli::consentRecordShowVerify()
{
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "jan@example.nl"}).exitCode, 0);
    // Soft opt-in without all five conditions: refused, naming what is missing.
    auto r = cli({"--db", db(), "consent", "record", "--email", "jan@example.nl", "--purpose",
                  "newsletter", "--state", "subscribed", "--basis", "soft_opt_in", "--source",
                  "paper_form", "--soft-opt-in", "address_from_sale,same_legal_entity"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("similar products"), r.err.constData());
    r = cli(
        {"--db",      db(),         "consent",  "record",        "--email",       "jan@example.nl",
         "--purpose", "newsletter", "--state",  "subscribed",    "--basis",       "soft_opt_in",
         "--source",  "paper_form", "--detail", "Beurs Utrecht", "--soft-opt-in", "all",
         "--at",      "2026-03-14"});
    QCOMPARE(r.exitCode, 0);
    r = cli({"--db", db(), "consent", "record", "--email", "jan@example.nl", "--purpose",
             "newsletter", "--state", "unsubscribed", "--source", "unsubscribe_link"});
    QCOMPARE(r.exitCode, 0);
    // Re-subscribing needs --resubscribe.
    r = cli({"--db", db(), "consent", "record", "--email", "jan@example.nl", "--purpose",
             "newsletter", "--state", "subscribed", "--basis", "consent", "--source", "web_form"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("suppression list"), r.err.constData());
    r = cli({"--db", db(), "consent", "record", "--email", "jan@example.nl", "--purpose",
             "newsletter", "--state", "maybe", "--source", "x"});
    QCOMPARE(r.exitCode, 2);
    r = cli({"--db", db(), "consent", "record", "--email", "jan@example.nl", "--purpose",
             "newsletter", "--state", "unsubscribed", "--source", "x", "--at", "yesterday"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--at"));

    r = cli({"--db", db(), "consent", "show", "--email", "jan@example.nl", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown["current"].toObject()["newsletter"].toObject()["state"].toString(),
             QStringLiteral("unsubscribed"));
    const QJsonArray history = shown["history"].toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject()["source_detail"].toString(), QStringLiteral("Beurs Utrecht"));
    QCOMPARE(history.at(0).toObject()["actor"].toString().left(3), QStringLiteral("cli"));
    QCOMPARE(
        QDateTime::fromMSecsSinceEpoch(history.at(0).toObject()["occurred_at"].toInteger()).date(),
        QDate(2026, 3, 14));
    r = cli({"--db", db(), "consent", "show", "--email", "jan@example.nl"});
    QVERIFY(r.out.startsWith("Newsletter: Unsubscribed since"));

    r = cli({"--db", db(), "consent", "verify"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("intact"));
}

void TestCli::consentVerifyFailsOnTampering()
{
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "els@example.nl"}).exitCode, 0);
    QCOMPARE(cli({"--db", db(), "consent", "record", "--email", "els@example.nl", "--purpose",
                  "testimonial", "--state", "subscribed", "--basis", "consent", "--source",
                  "email_request"})
                 .exitCode,
             0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        // A direct change fails…
        QVERIFY(!q.exec(QStringLiteral("UPDATE consent_events SET source = 'web_form'")));
        // …unless someone opens the gate by hand; then verify notices.
        QVERIFY(q.exec(QStringLiteral("UPDATE ledger_gate SET open = 1")));
        QVERIFY(q.exec(QStringLiteral("UPDATE consent_events SET source = 'web_form'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE ledger_gate SET open = 0")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto r = cli({"--db", db(), "consent", "verify"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("has been changed"), r.err.constData());
}

void TestCli::gdprExportAndErase()
{
    QCOMPARE(
        cli({"--db", db(), "contacts", "add", "--email", "eva@example.nl", "--first-name", "Eva"})
            .exitCode,
        0);
    const QString out = m_dir->filePath(QStringLiteral("eva.json"));
    auto r = cli({"--db", db(), "gdpr", "export", "--email", "eva@example.nl", "--out", out});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc["contact"].toObject()["first_name"].toString(), QStringLiteral("Eva"));
    // Erasing needs --yes, and without it nothing happens.
    r = cli({"--db", db(), "gdpr", "erase", "--email", "eva@example.nl"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(cli({"--db", db(), "contacts", "count"}).out.trimmed(), QByteArray("1"));
    r = cli({"--db", db(), "gdpr", "erase", "--email", "eva@example.nl", "--yes"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({"--db", db(), "contacts", "count"}).out.trimmed(), QByteArray("0"));
    r = cli({"--db", db(), "gdpr", "erase", "--email", "eva@example.nl", "--yes"});
    QCOMPARE(r.exitCode, 1);
    // Added again later: it stays off the mailing list, and the user is told.
    r = cli({"--db", db(), "contacts", "add", "--email", "eva@example.nl"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("suppression list"), r.out.constData());
    r = cli({"--db", db(), "consent", "show", "--email", "eva@example.nl", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out)["current"]["newsletter"]["state"].toString(),
             QStringLiteral("unsubscribed"));
}

void TestCli::unfinishedErasureIsFinishedAtOpen()
{
    {
        auto ws = Workspace::open(db());
        QVERIFY(ws.ok());
        Contact c;
        c.email = QStringLiteral("weg@example.nl");
        c.firstName = QStringLiteral("Wegmans");
        const qint64 id = ws.value()->addContact(c).value().id;
        // The app is killed after the rows went, before the search index was merged.
        QVERIFY(ws.value()->erasePerson(id, DataSubjectRights::Purge::Later).ok());
        QVERIFY(DataSubjectRights(ws.value()->store()).purgePending());
    }
    // The next program to open the store finishes it (here the CLI).
    QCOMPARE(cli({"--db", db(), "contacts", "count"}).out.trimmed(), QByteArray("0"));
    auto ws = Workspace::open(db());
    QVERIFY(ws.ok());
    QVERIFY(!DataSubjectRights(ws.value()->store()).purgePending());
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCli::templateAddListRender()
{
    const QByteArray first =
        "<p>Beste {{first_name}}{{^first_name}}klant{{/first_name}},</p>\n"
        "<p>Brood voor \xe2\x82\xac 4,95.</p>\n"
        "<p>{{sender_address}} <a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p>\n";
    auto r = cli({"--db", db(), "template", "add", "--name", "Nieuwsbrief", "--file",
                  writeFile("first.html", first), "--subject", "Hallo {{first_name}}"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Created the template \xe2\x80\x9cNieuwsbrief\xe2\x80\x9d"),
             r.out.constData());
    // The same name again: a new revision of the same template, not a second template.
    const QByteArray second = "\xef\xbb\xbf" + first + "<p>Tot snel!</p>\n"; // with a BOM
    const QString secondPath = writeFile("second.html", second);
    r = cli({"--db", db(), "template", "add", "--name", "nieuwsbrief", "--file", secondPath});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("revision 2"), r.out.constData());
    r = cli({"--db", db(), "template", "add", "--name", "Nieuwsbrief", "--file", secondPath});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("nothing changed"), r.out.constData());

    r = cli({"--db", db(), "template", "list", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject t = doc.array().first().toObject();
    QCOMPARE(t.value("name").toString(), QStringLiteral("Nieuwsbrief"));
    QCOMPARE(t.value("subject").toString(), QStringLiteral("Hallo {{first_name}}"));
    QCOMPARE(t.value("size").toInteger(), qint64(second.size() - 3)); // the BOM is not kept
    QVERIFY(t.value("updated_at").toInteger() > 0);
    r = cli({"--db", db(), "template", "list"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Nieuwsbrief\t"), r.out.constData());

    // Rendered for a real contact: merged, escaped, UTF-8, with links that lead nowhere.
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "anna@example.nl", "--first-name",
                  "Anna <b>"})
                 .exitCode,
             0);
    QCOMPARE(cli({"--db", db(), "contacts", "add", "--email", "info@example.nl"}).exitCode, 0);
    r = cli({"--db", db(), "template", "render", "--template", "Nieuwsbrief", "--contact",
             "anna@example.nl"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith("<p>Beste Anna &lt;b&gt;,</p>"), r.out.constData());
    QVERIFY(r.out.contains("\xe2\x82\xac 4,95"));
    QVERIFY(r.out.contains("href=\"https://preview.invalid/unsubscribe\""));
    QVERIFY(r.out.contains("Tot snel!"));
    QVERIFY(!r.out.contains("{{"));
    r = cli({"--db", db(), "template", "render", "--template", "Nieuwsbrief", "--contact",
             "INFO@example.nl"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("<p>Beste klant,</p>"), r.out.constData());

    // What cannot be rendered says why, on stderr, with a non-zero exit code.
    r = cli({"--db", db(), "template", "render", "--template", "Nieuwsbrief", "--contact",
             "who@example.nl"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("who@example.nl"), r.err.constData());
    r = cli({"--db", db(), "template", "render", "--template", "Folder", "--contact",
             "anna@example.nl"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Folder"), r.err.constData());
    r = cli({"--db", db(), "template", "render", "--template", "Nieuwsbrief"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--contact"), r.err.constData());
    QCOMPARE(cli({"--db", db(), "template", "add", "--name", "Kapot", "--file",
                  writeFile("broken.html", "<p>{{#company}}Hallo\n</p>\n")})
                 .exitCode,
             0);
    r = cli({"--db", db(), "template", "render", "--template", "Kapot", "--contact",
             "anna@example.nl"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("Line"), r.err.constData());

    r = cli({"--help"});
    QVERIFY(r.out.contains("template add --name NAME --file FILE.html"));
    QVERIFY(r.out.contains("template render --template NAME --contact E"));
}

void TestCli::templateAddRefusesUnreadableFiles()
{
    // Latin-1, as an old editor saves it: refused before the store is even created.
    const QString latin1 = writeFile("latin1.html", "<p>Caf\xe9 De Hoek</p>\n");
    auto r = cli({"--db", db(), "template", "add", "--name", "Caf\xc3\xa9", "--file", latin1});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("latin1.html") && r.err.contains("UTF-8"), r.err.constData());
    QVERIFY(!QFile::exists(db()));

    // Into an existing store: the template keeps its content and gets no revision.
    QCOMPARE(cli({"--db", db(), "template", "add", "--name", "Cafe", "--file",
                  writeFile("good.html", "<p>Caf\xc3\xa9</p>\n")})
                 .exitCode,
             0);
    const QByteArray before = cli({"--db", db(), "template", "list", "--json"}).out;
    r = cli({"--db", db(), "template", "add", "--name", "Cafe", "--file", latin1});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("latin1.html"), r.err.constData());
    r = cli({"--db", db(), "template", "add", "--name", "Nieuw", "--file",
             writeFile("cut.html", "<p>Caf\xe9")}); // ends inside a UTF-8 sequence
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cut.html"), r.err.constData());
    r = cli({"--db", db(), "template", "add", "--name", "Nieuw", "--file",
             writeFile("binary.html", QByteArray("<p>\0\0</p>", 9))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("binary.html"), r.err.constData());
    r = cli({"--db", db(), "template", "add", "--name", "Nieuw", "--file",
             m_dir->filePath("missing.html")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("missing.html"), r.err.constData());
    QCOMPARE(cli({"--db", db(), "template", "list", "--json"}).out, before);
    QCOMPARE(QJsonDocument::fromJson(before).array().size(), 1);
    r = cli({"--db", db(), "template", "add", "--file", latin1});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--name"), r.err.constData());
}

void TestCli::templateLintFileOrName()
{
    // A file without an unsubscribe link: an error, exit code 1, with the line; no store needed.
    const QString broken = writeFile("broken.html", "<html><body>\n<p>Hallo {{voornaam}}</p>\n"
                                                    "<img src=\"http://example.nl/a.png\">\n"
                                                    "</body></html>\n");
    auto r = cli({"--db", db(), "template", "lint", broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("unsubscribe"), r.out.constData());
    QVERIFY2(r.out.contains("line 2") && r.out.contains("voornaam"), r.out.constData());
    QVERIFY(!QFile::exists(db()));
    r = cli({"--db", db(), "template", "lint", broken, "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).array();
    QStringList rules;
    for (const auto& f : findings)
        rules << f.toObject().value("rule").toString();
    QVERIFY2(rules.contains("missing-unsubscribe") && rules.contains("unknown-field") &&
                 rules.contains("image-alt") && rules.contains("insecure-link"),
             qPrintable(rules.join(',')));
    QCOMPARE(findings.first().toObject().value("severity").toString().isEmpty(), false);

    // Warnings only: exit code 0. By name from the store, with its subject.
    const QString good = writeFile(
        "good.html", "<!DOCTYPE html>\n<html><body>\n<p>Hallo {{first_name}}</p>\n"
                     "<p>{{sender_address}} <a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p>\n"
                     "<img src=\"http://example.nl/a.png\" alt=\"Logo\">\n</body></html>\n");
    QCOMPARE(cli({"--db", db(), "template", "add", "--name", "Goed", "--file", good, "--subject",
                  "Nieuws"})
                 .exitCode,
             0);
    r = cli({"--db", db(), "template", "lint", "Goed", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray warnings = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!warnings.isEmpty());
    for (const auto& f : warnings)
        QVERIFY(f.toObject().value("severity").toString() != QLatin1String("error"));
    r = cli({"--db", db(), "template", "lint", "Bestaat niet"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Bestaat niet"), r.err.constData());
}

void TestCli::senderSetAndShow()
{
    // Refused: an address that cannot be mailed from, a KvK number that is not 8 digits.
    auto r = cli({"sender", "set", "--company", "Bakkerij De Korenaar", "--address",
                  "Oudegracht 112\\n3511 AX Utrecht", "--from-name", "Marieke", "--from-email",
                  "marieke@@korenaar.nl"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--from-email"), r.err.constData());
    r = cli({"sender", "set", "--company", "Bakkerij De Korenaar", "--address", "Oudegracht 112",
             "--kvk", "1234", "--from-name", "Marieke", "--from-email", "marieke@korenaar.nl"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("8 digits"), r.err.constData());
    QCOMPARE(cli({"sender", "set", "--company", "X"}).exitCode, 2); // incomplete

    r = cli({"sender", "set", "--company", "Bakkerij De Korenaar", "--address",
             "Oudegracht 112\\n3511 AX Utrecht", "--kvk", "1234 5678", "--from-name", "Marieke",
             "--from-email", "Marieke@Korenaar.NL"});
    QCOMPARE(r.exitCode, 0);
    r = cli({"sender", "show", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("company").toString(), QStringLiteral("Bakkerij De Korenaar"));
    QCOMPARE(o.value("address").toString(), QStringLiteral("Oudegracht 112\n3511 AX Utrecht"));
    QCOMPARE(o.value("kvk").toString(), QStringLiteral("12345678"));
    QCOMPARE(o.value("from_email").toString(),
             QStringLiteral("Marieke@korenaar.nl")); // domain lower-cased

    // The linter now knows the address: no "set your postal address" warning any more.
    const QString file = writeFile(
        "footer.html",
        "<!DOCTYPE html>\n<p>{{sender_address}} <a href=\"{{{unsubscribe_url}}}\">x</a></p>\n");
    r = cli({"template", "lint", file, "--subject", "Nieuws", "--json"});
    QCOMPARE(r.exitCode, 0);
    for (const auto& f : QJsonDocument::fromJson(r.out).array())
        QVERIFY2(f.toObject().value("rule").toString() != QLatin1String("no-sender-address"),
                 r.out.constData());
}

void TestCli::mailingCreateCheckScheduleCancel()
{
    const auto ok = [this](const QStringList& args) {
        const Run r = cli(QStringList{"--db", db()} + args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0;
    };
    QVERIFY(ok({"template", "add", "--name", "Nieuws", "--file",
                writeFile("t.html", "<!DOCTYPE html>\n<html><head><title>x</title></head><body>"
                                    "<p>Hallo {{first_name}}</p><p>{{sender_address}} <a "
                                    "href=\"{{{unsubscribe_url}}}\">Afmelden</a></p></body>"
                                    "</html>\n"),
                "--subject", "Nieuws voor {{first_name}}"}));
    QVERIFY(ok({"lists", "create", "Klanten"}));
    QVERIFY(ok({"lists", "create", "Personeel"}));
    // p1, p2: subscribed; p3: unsubscribed; p4: no consent; p5: subscribed, but staff.
    for (int i = 1; i <= 5; ++i) {
        const QString email = QStringLiteral("p%1@example.nl").arg(i);
        QVERIFY(ok({"contacts", "add", "--email", email}));
        QVERIFY(ok({"lists", "add-member", "Klanten", "--email", email}));
        if (i != 4)
            QVERIFY(ok({"consent", "record", "--email", email, "--purpose", "newsletter", "--state",
                        "subscribed", "--basis", "consent", "--source", "test"}));
    }
    QVERIFY(ok({"consent", "record", "--email", "p3@example.nl", "--purpose", "newsletter",
                "--state", "unsubscribed", "--basis", "consent", "--source", "test"}));
    QVERIFY(ok({"lists", "add-member", "Personeel", "--email", "p5@example.nl"}));

    // Refused before the store is touched: no audience, no such list.
    auto r = cli({"--db", db(), "mailing", "create", "--name", "Dec", "--template", "Nieuws"});
    QCOMPARE(r.exitCode, 2);
    r = cli({"--db", db(), "mailing", "create", "--name", "Dec", "--template", "Nieuws", "--list",
             "Onbekend"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no list called"), r.err.constData());
    r = cli({"--db", db(), "mailing", "list", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    QVERIFY(ok({"mailing", "create", "--name", "Dec", "--template", "Nieuws", "--list", "Klanten",
                "--exclude-list", "Personeel"}));
    r = cli({"--db", db(), "mailing", "recipients", "Dec", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonObject count = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(count.value("matched").toInt(), 5);
    QCOMPARE(count.value("recipients").toInt(), 2);
    const QJsonObject left = count.value("left_out").toObject();
    QCOMPARE(left.value("excluded").toInt(), 1);
    QCOMPARE(left.value("not_subscribed").toInt(), 2);
    QCOMPARE(left.value("not_subscribed_by_state").toObject().value("unsubscribed").toInt(), 1);
    QCOMPARE(left.value("not_subscribed_by_state").toObject().value("none").toInt(), 1);

    // The checklist blocks scheduling while the sender profile is missing, and says why.
    r = cli({"--db", db(), "mailing", "check", "Dec", "--json"});
    QCOMPARE(r.exitCode, 1);
    QStringList failed;
    for (const auto& item : QJsonDocument::fromJson(r.out).array())
        if (item.toObject().value("status").toString() == QLatin1String("failed"))
            failed << item.toObject().value("title").toString();
    QCOMPARE(failed.size(), 2);
    QVERIFY2(failed.join('|').contains("company and address"), qPrintable(failed.join('|')));
    r = cli({"--db", db(), "mailing", "schedule", "Dec", "--now"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Settings"), r.err.constData());
    QVERIFY(ok({"sender", "set", "--company", "Bakkerij De Korenaar", "--address",
                "Oudegracht 112\\n3511 AX Utrecht", "--from-name", "Marieke", "--from-email",
                "marieke@korenaar.nl"}));
    // A time in the past, and one that is no time at all.
    r = cli({"--db", db(), "mailing", "schedule", "Dec", "--at", "2020-01-01T09:00"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("has passed"), r.err.constData());
    QCOMPARE(cli({"--db", db(), "mailing", "schedule", "Dec", "--at", "morgen"}).exitCode, 2);
    QCOMPARE(
        cli({"--db", db(), "mailing", "schedule", "Dec", "--now", "--at", "2030-01-01"}).exitCode,
        2);

    r = cli({"--db", db(), "mailing", "schedule", "Dec", "--at", "2030-03-01T09:30", "--time-zone",
             "Europe/Amsterdam"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("2 recipients"), r.out.constData());
    r = cli({"--db", db(), "mailing", "list", "--json"});
    const QJsonObject listed = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(listed.value("state").toString(), QStringLiteral("scheduled"));
    QCOMPARE(listed.value("recipients").toInt(), 2);
    QCOMPARE(listed.value("schedule_at").toString(), QStringLiteral("2030-03-01T08:30:00Z"));
    QCOMPARE(listed.value("time_zone").toString(), QStringLiteral("Europe/Amsterdam"));

    // Sealed: the recipients stay frozen when consent changes afterwards…
    QVERIFY(ok({"consent", "record", "--email", "p4@example.nl", "--purpose", "newsletter",
                "--state", "subscribed", "--basis", "consent", "--source", "test"}));
    r = cli({"--db", db(), "mailing", "recipients", "Dec", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("recipients").toInt(), 2);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value("sealed").toBool());
    // …it cannot be scheduled again or deleted, only cancelled; a copy is a new draft.
    r = cli({"--db", db(), "mailing", "schedule", "Dec", "--now"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("sealed"), r.err.constData());
    QCOMPARE(cli({"--db", db(), "mailing", "delete", "Dec"}).exitCode, 1);
    QVERIFY(ok({"mailing", "cancel", "Dec"}));
    QCOMPARE(cli({"--db", db(), "mailing", "cancel", "Dec"}).exitCode, 1); // already cancelled
    QVERIFY(ok({"mailing", "duplicate", "Dec"}));
    r = cli({"--db", db(), "mailing", "list", "--json"});
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value("state").toString(), QStringLiteral("cancelled"));
    QCOMPARE(all.at(1).toObject().value("name").toString(), QStringLiteral("Dec (copy)"));
    QCOMPARE(all.at(1).toObject().value("state").toString(), QStringLiteral("draft"));
    // The copy counts anew: p4 has subscribed since.
    r = cli({"--db", db(), "mailing", "recipients", "Dec (copy)", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("recipients").toInt(), 3);
    QVERIFY(ok({"mailing", "delete", "Dec (copy)"}));
}

void TestCli::segmentAddCountAndMailTo()
{
    const auto ok = [this](const QStringList& args) {
        const Run r = cli(QStringList{"--db", db()} + args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0;
    };
    for (const char* email : {"anna@utrecht.nl", "bas@utrecht.nl", "cor@amsterdam.nl"}) {
        QVERIFY(ok({"contacts", "add", "--email", email}));
        QVERIFY(ok({"consent", "record", "--email", email, "--purpose", "newsletter", "--state",
                    "subscribed", "--basis", "consent", "--source", "test"}));
    }
    // Rules that are not valid are refused naming the problem; nothing is stored.
    auto r = cli({"--db", db(), "segment", "add", "--name", "Utrecht", "--rules", "{\"kind\":1}"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not valid"), r.err.constData());
    QCOMPARE(cli({"--db", db(), "segment", "add", "--name", "Utrecht"}).exitCode, 2);
    const SegmentRule utrecht = SegmentRule::fieldRule(
        QStringLiteral("email"), SegmentRule::FieldOp::EndsWith, QStringLiteral("@utrecht.nl"));
    const QString rulesFile = writeFile(
        "rules.json", SegmentRule::group(SegmentRule::Match::All, {utrecht}).toJsonText());
    r = cli({"--db", db(), "segment", "add", "--name", "Utrecht", "--rules-file", rulesFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("2 contacts match"), r.out.constData());
    r = cli({"--db", db(), "segment", "count", "utrecht"});
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    r = cli({"--db", db(), "segment", "list", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

    QVERIFY(ok({"template", "add", "--name", "T", "--file",
                writeFile("t.html", "<p><a href=\"{{unsubscribe_url}}\">x</a></p>")}));
    QVERIFY(
        ok({"mailing", "create", "--name", "Utrecht", "--template", "T", "--segment", "Utrecht"}));
    r = cli({"--db", db(), "mailing", "recipients", "Utrecht", "--json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("recipients").toInt(), 2);
    QVERIFY(ok({"segment", "delete", "Utrecht"}));
    // The mailing's audience now names a segment that is gone: said so, not counted as 0.
    r = cli({"--db", db(), "mailing", "recipients", "Utrecht"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no longer exists"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
