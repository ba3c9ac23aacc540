#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "ListRepository.h"
#include "Segment.h"
#include "SegmentCompiler.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "TagRepository.h"
#include "TestStore.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

// Segments (issue 10, part 1): the rule tree, its JSON, the SQL it compiles to (run on a
// real store) and saved segments.
class TestSegments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void compilerSelects_data();
    void compilerSelects();
    void valuesAreBoundNeverWritten();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void builtRulesRoundTrip();
    void invalidRulesNameTheirPath_data();
    void invalidRulesNameTheirPath();
    void nestingAndSizeAreLimited();
    void repositoryCreatesSavesAndRemoves();
    void repositoryNamesAreUniqueAndRequired();
    void repositoryRefusesInvalidRules();
    void countMatchesPlainSql();

private:
    qint64 addContact(const QString& email, const QString& first, const QString& last,
                      const QString& company, const QString& city, const QString& country,
                      const QMap<QString, QString>& custom, int createdDaysAgo);
    void recordConsent(qint64 contactId, ConsentEvent::State state, int daysAgo);
    QString expand(QString json) const;
    QStringList select(const SegmentRule& rule);
    qint64 logCount(const QString& op);

    static constexpr qint64 kNow = 1'795'000'000'000; // 2026-11-18 11:06:40 UTC
    static constexpr qint64 kDay = 24 * 60 * 60 * 1000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QHash<QString, QString> m_listUuids;
    QHash<QString, qint64> m_listIds;
};

qint64 TestSegments::addContact(const QString& email, const QString& first, const QString& last,
                                const QString& company, const QString& city, const QString& country,
                                const QMap<QString, QString>& custom, int createdDaysAgo)
{
    Clock::setSource([createdDaysAgo] { return kNow - createdDaysAgo * kDay; });
    Contact c;
    c.email = email;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.city = city;
    c.country = country;
    c.customFields = custom;
    auto created = ContactRepository(*m_store).create(c);
    Clock::setSource([] { return kNow; });
    if (!created.ok())
        qFatal("cannot create contact: %s", qPrintable(created.errorMessage()));
    return created.value().id;
}

void TestSegments::recordConsent(qint64 contactId, ConsentEvent::State state, int daysAgo)
{
    ConsentEvent e;
    e.contactId = contactId;
    e.state = state;
    e.basis =
        ConsentEvent::withdraws(state) ? ConsentEvent::Basis::None : ConsentEvent::Basis::Consent;
    e.occurredAt = kNow - daysAgo * kDay;
    e.source = QStringLiteral("paper_form");
    e.sourceDetail = QStringLiteral("Beurs Utrecht 2026");
    e.wording = QStringLiteral("Ja, ik wil de nieuwsbrief ontvangen.");
    e.policyVersion = QStringLiteral("2026-01");
    auto recorded = ConsentRepository(*m_store).record(e);
    if (!recorded.ok())
        qFatal("cannot record consent: %s", qPrintable(recorded.errorMessage()));
}

// The small population every compiler row runs on; frank is deleted and matches nothing.
void TestSegments::initTestCase()
{
    Clock::setSource([] { return kNow; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    using M = QMap<QString, QString>;
    const qint64 anna = addContact(QStringLiteral("anna@example.nl"), QStringLiteral("Anna"),
                                   QStringLiteral("de Vries"), QStringLiteral("Bakkerij 100% Vers"),
                                   QStringLiteral("Utrecht"), QStringLiteral("NL"),
                                   M{{QStringLiteral("klantnummer"), QStringLiteral("A-1")},
                                     {QStringLiteral("niv\"eau"), QStringLiteral("gold")}},
                                   400);
    const qint64 bram = addContact(QStringLiteral("bram@example.com"), QStringLiteral("Bram"),
                                   QStringLiteral("Jansen"), QStringLiteral("under_score BV"),
                                   QStringLiteral("Amsterdam"), QStringLiteral("NL"),
                                   M{{QStringLiteral("klantnummer"), QStringLiteral("B-2")}}, 40);
    const qint64 carla = addContact(
        QStringLiteral("carla@example.org"), QStringLiteral("Carla"), QStringLiteral("O'Brien"),
        QStringLiteral("'; DROP TABLE contacts; --"), QStringLiteral("utrecht"),
        QStringLiteral("BE"), M{{QStringLiteral("notitie"), QStringLiteral("50% korting")}}, 5);
    const qint64 dirk =
        addContact(QStringLiteral("dirk@example.nl"), QStringLiteral("Dirk"), QString(),
                   QStringLiteral("\") OR 1=1 --"), QStringLiteral("Den Haag"),
                   QStringLiteral("NL"), M{{QStringLiteral("pad"), QStringLiteral("C:\\temp")}}, 1);
    const qint64 eva =
        addContact(QStringLiteral("eva@example.nl"), QStringLiteral("Eva"),
                   QStringLiteral("Back\\slash"), QString(), QString(), QString(), M{}, 800);
    const qint64 gijs = addContact(QStringLiteral("gijs@example.nl"), QStringLiteral("Gijs"),
                                   QStringLiteral("Underscore"), QStringLiteral("Gijs & Zn"),
                                   QStringLiteral("Zwolle"), QStringLiteral("NL"),
                                   M{{QStringLiteral("klantnummer"), QStringLiteral("G_3")}}, 60);
    const qint64 frank = addContact(QStringLiteral("frank@deleted.nl"), QStringLiteral("Frank"),
                                    QStringLiteral("Weg"), QStringLiteral("Bakkerij"),
                                    QStringLiteral("Utrecht"), QStringLiteral("NL"),
                                    M{{QStringLiteral("klantnummer"), QStringLiteral("F-9")}}, 3);
    ListRepository lists(*m_store);
    for (const QString& name : {QStringLiteral("Klanten"), QStringLiteral("Nieuwsbrief")}) {
        const auto list = lists.create(name);
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        m_listUuids.insert(name, list.value().uuid);
        m_listIds.insert(name, list.value().id);
    }
    QVERIFY(lists.addMembers(m_listIds.value(QStringLiteral("Klanten")), {anna, bram, frank}).ok());
    QVERIFY(lists.addMembers(m_listIds.value(QStringLiteral("Nieuwsbrief")), {bram, dirk}).ok());
    TagRepository tags(*m_store);
    QVERIFY(tags.setTags(anna, {QStringLiteral("vip")}).ok());
    QVERIFY(tags.setTags(bram, {QStringLiteral("beurs")}).ok());
    QVERIFY(tags.setTags(carla, {QStringLiteral("vip"), QStringLiteral("beurs")}).ok());
    QVERIFY(tags.setTags(gijs, {QStringLiteral("Beurs")}).ok());
    QVERIFY(tags.setTags(frank, {QStringLiteral("vip")}).ok());
    using S = ConsentEvent::State;
    recordConsent(anna, S::Subscribed, 10);
    recordConsent(bram, S::Unsubscribed, 3);
    recordConsent(carla, S::Pending, 2);
    recordConsent(eva, S::Bounced, 100);
    recordConsent(gijs, S::Complained, 50);
    recordConsent(frank, S::Subscribed, 1);
    QVERIFY(ContactRepository(*m_store).remove({frank}).ok());
    // updated_at: as created, but anna was edited two days ago.
    QVERIFY(m_store->exec(QStringLiteral("UPDATE contacts SET updated_at = created_at")).ok());
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?"));
    q.addBindValue(kNow - 2 * kDay);
    q.addBindValue(anna);
    QVERIFY(q.exec());
}

void TestSegments::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
    Clock::setSource({});
}

// {list:NAME} and {listid:NAME} in a row's JSON become the list's uuid and id.
QString TestSegments::expand(QString json) const
{
    for (auto it = m_listUuids.cbegin(); it != m_listUuids.cend(); ++it) {
        json.replace(QStringLiteral("{list:%1}").arg(it.key()), it.value());
        json.replace(QStringLiteral("\"{listid:%1}\"").arg(it.key()),
                     QString::number(m_listIds.value(it.key())));
    }
    return json;
}

// The local parts of the live contacts the rule selects, sorted.
QStringList TestSegments::select(const SegmentRule& rule)
{
    auto compiled = SegmentCompiler::compile(rule, kNow);
    if (!compiled.ok()) {
        qWarning("compile: %s", qPrintable(compiled.errorMessage()));
        return {QStringLiteral("<error>")};
    }
    QSqlQuery q(m_store->database());
    if (!q.prepare(QStringLiteral("SELECT c.email FROM contacts c WHERE c.deleted = 0 AND (%1) "
                                  "ORDER BY c.email")
                       .arg(compiled.value().where))) {
        qWarning("prepare: %s", qPrintable(q.lastError().text()));
        return {QStringLiteral("<error>")};
    }
    Store::bindAll(q, compiled.value().binds);
    if (!q.exec()) {
        qWarning("exec: %s", qPrintable(q.lastError().text()));
        return {QStringLiteral("<error>")};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString().section(QLatin1Char('@'), 0, 0);
    return out;
}

void TestSegments::compilerSelects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{"anna", "bram", "carla", "dirk", "eva", "gijs"};
    auto field = [](const char* f, const char* op, const QString& value) {
        const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("field")},
                            {QStringLiteral("field"), QString::fromUtf8(f)},
                            {QStringLiteral("operator"), QString::fromUtf8(op)},
                            {QStringLiteral("value"), value}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto row = [](const char* name, const QString& json, const QStringList& expected) {
        QTest::newRow(name) << json << expected;
    };
    // Field operators, compared without regard to case.
    row("email equals", field("email", "equals", "ANNA@EXAMPLE.NL"), {"anna"});
    row("email not_equals", field("email", "not_equals", "anna@example.nl"),
        {"bram", "carla", "dirk", "eva", "gijs"});
    row("email contains", field("email", "contains", "Example.NL"),
        {"anna", "dirk", "eva", "gijs"});
    row("email not_contains", field("email", "not_contains", ".nl"), {"bram", "carla"});
    row("email starts_with", field("email", "starts_with", "B"), {"bram"});
    row("email ends_with", field("email", "ends_with", ".ORG"), {"carla"});
    row("first_name equals", field("first_name", "equals", "anna"), {"anna"});
    row("last_name is_empty", R"({"kind":"field","field":"last_name","operator":"is_empty"})",
        {"dirk"});
    row("last_name is_not_empty",
        R"({"kind":"field","field":"last_name","operator":"is_not_empty"})",
        {"anna", "bram", "carla", "eva", "gijs"});
    row("company is_empty", R"({"kind":"field","field":"company","operator":"is_empty"})", {"eva"});
    row("city equals", field("city", "equals", "UTRECHT"), {"anna", "carla"});
    row("city not_equals", field("city", "not_equals", "utrecht"), {"bram", "dirk", "eva", "gijs"});
    row("country equals", field("country", "equals", "be"), {"carla"});
    row("website contains", field("website", "contains", "x"), {});
    row("phone is_not_empty", R"({"kind":"field","field":"phone","operator":"is_not_empty"})", {});
    row("postal_code is_empty", R"({"kind":"field","field":"postal_code","operator":"is_empty"})",
        all);
    // Values that are SQL or LIKE syntax match only themselves.
    row("quote", field("last_name", "contains", "'"), {"carla"});
    row("backslash contains", field("last_name", "contains", "\\"), {"eva"});
    row("backslash equals", field("last_name", "equals", "back\\SLASH"), {"eva"});
    row("percent", field("company", "contains", "%"), {"anna"});
    row("percent inside", field("company", "contains", "100% v"), {"anna"});
    row("percent starts_with", field("company", "starts_with", "%"), {});
    row("underscore", field("company", "contains", "_"), {"bram"});
    row("underscore in names", field("first_name", "contains", "_"), {});
    row("drop table equals", field("company", "equals", "'; DROP TABLE contacts; --"), {"carla"});
    row("drop table contains", field("company", "contains", "DROP TABLE contacts;"), {"carla"});
    row("drop table in a name", field("first_name", "equals", "'; DROP TABLE contacts; --"), {});
    row("or 1=1 equals", field("company", "equals", "\") OR 1=1 --"), {"dirk"});
    row("or 1=1 contains", field("company", "contains", "\") OR 1=1 --"), {"dirk"});
    row("or 1=1 in a name", field("email", "contains", "') OR 1=1 --"), {});
    // Custom fields: read through a bound JSON path (or json_each for awkward names).
    row("custom equals", field("custom.klantnummer", "equals", "b-2"), {"bram"});
    row("custom is_empty", R"({"kind":"field","field":"custom.klantnummer","operator":"is_empty"})",
        {"carla", "dirk", "eva"});
    row("custom is_not_empty",
        R"({"kind":"field","field":"custom.klantnummer","operator":"is_not_empty"})",
        {"anna", "bram", "gijs"});
    row("custom underscore", field("custom.klantnummer", "contains", "_"), {"gijs"});
    row("custom ends_with", field("custom.klantnummer", "ends_with", "_3"), {"gijs"});
    row("custom percent", field("custom.notitie", "contains", "50%"), {"carla"});
    row("custom backslash", field("custom.pad", "equals", "c:\\TEMP"), {"dirk"});
    row("custom quoted name", field("custom.niv\"eau", "equals", "GOLD"), {"anna"});
    row("custom injected name",
        R"({"kind":"field","field":"custom.x\"') OR 1=1 --","operator":"is_not_empty"})", {});
    row("custom injected path",
        R"({"kind":"field","field":"custom.a\", \"$.klantnummer","operator":"is_not_empty"})", {});
    // Lists, by uuid and by id.
    row("in list", R"({"kind":"list","operator":"in","list":"{list:Klanten}"})", {"anna", "bram"});
    row("not in list", R"({"kind":"list","operator":"not_in","list":"{list:Klanten}"})",
        {"carla", "dirk", "eva", "gijs"});
    row("in list by id", R"({"kind":"list","operator":"in","list":"{listid:Nieuwsbrief}"})",
        {"bram", "dirk"});
    row("in injected list", R"({"kind":"list","operator":"in","list":"x' OR 1=1 --"})", {});
    row("not in unknown list", R"({"kind":"list","operator":"not_in","list":"nope"})", all);
    // Tags, by name without regard to case.
    row("has tag", R"({"kind":"tag","operator":"has","tag":"vip"})", {"anna", "carla"});
    row("has tag case", R"({"kind":"tag","operator":"has","tag":"VIP"})", {"anna", "carla"});
    row("has not tag", R"({"kind":"tag","operator":"has_not","tag":"beurs"})",
        {"anna", "dirk", "eva"});
    row("injected tag", R"({"kind":"tag","operator":"has","tag":"'; DROP TABLE tags; --"})", {});
    // Newsletter consent.
    row("subscribed", R"({"kind":"consent","operator":"is","state":"subscribed"})", {"anna"});
    row("pending", R"({"kind":"consent","operator":"is","state":"pending"})", {"carla"});
    row("unsubscribed", R"({"kind":"consent","operator":"is","state":"unsubscribed"})", {"bram"});
    row("bounced", R"({"kind":"consent","operator":"is","state":"bounced"})", {"eva"});
    row("complained", R"({"kind":"consent","operator":"is","state":"complained"})", {"gijs"});
    row("none", R"({"kind":"consent","operator":"is","state":"none"})", {"dirk"});
    row("not subscribed", R"({"kind":"consent","operator":"is_not","state":"subscribed"})",
        {"bram", "carla", "dirk", "eva", "gijs"});
    row("not none", R"({"kind":"consent","operator":"is_not","state":"none"})",
        {"anna", "bram", "carla", "eva", "gijs"});
    // Dates (UTC days; now is 2026-11-18 11:06 UTC).
    row("created within 7 days",
        R"({"kind":"date","field":"created_at","operator":"within_last_days","days":7})",
        {"carla", "dirk"});
    row("created within 45 days",
        R"({"kind":"date","field":"created_at","operator":"within_last_days","days":45})",
        {"bram", "carla", "dirk"});
    row("created before",
        R"({"kind":"date","field":"created_at","operator":"before","date":"2025-11-18"})",
        {"anna", "eva"});
    row("created after",
        R"({"kind":"date","field":"created_at","operator":"after","date":"2026-11-12"})",
        {"carla", "dirk"});
    row("created after the day itself",
        R"({"kind":"date","field":"created_at","operator":"after","date":"2026-11-13"})", {"dirk"});
    row("updated within 3 days",
        R"({"kind":"date","field":"updated_at","operator":"within_last_days","days":3})",
        {"anna", "dirk"});
    row("subscribed within 30 days",
        R"({"kind":"date","field":"subscribed_since","operator":"within_last_days","days":30})",
        {"anna"});
    row("subscribed within 5 days",
        R"({"kind":"date","field":"subscribed_since","operator":"within_last_days","days":5})", {});
    row("subscribed before",
        R"({"kind":"date","field":"subscribed_since","operator":"before","date":"2026-11-13"})",
        {"anna"});
    // Groups.
    row("empty all", R"({"kind":"group","match":"all","rules":[]})", all);
    row("empty any", R"({"kind":"group","match":"any","rules":[]})", {});
    row("all",
        QStringLiteral(R"({"kind":"group","match":"all","rules":[%1,%2]})")
            .arg(field("city", "equals", "Utrecht"),
                 R"({"kind":"tag","operator":"has","tag":"vip"})"),
        {"anna", "carla"});
    row("any",
        R"({"kind":"group","match":"any","rules":[
            {"kind":"consent","operator":"is","state":"bounced"},
            {"kind":"consent","operator":"is","state":"complained"}]})",
        {"eva", "gijs"});
    row("all of any",
        QStringLiteral(R"({"kind":"group","match":"all","rules":[%1,
            {"kind":"group","match":"any","rules":[
                {"kind":"list","operator":"in","list":"{list:Klanten}"},
                {"kind":"tag","operator":"has","tag":"beurs"}]}]})")
            .arg(field("country", "equals", "nl")),
        {"anna", "bram", "gijs"});
    row("deep",
        QStringLiteral(R"({"kind":"group","match":"any","rules":[
            {"kind":"group","match":"all","rules":[%1,
                {"kind":"consent","operator":"is","state":"subscribed"}]},
            {"kind":"group","match":"all","rules":[
                {"kind":"group","match":"any","rules":[%2]}]}]})")
            .arg(field("city", "equals", "utrecht"), field("email", "ends_with", ".org")),
        {"anna", "carla"});
    row("injections in a group",
        QStringLiteral(R"({"kind":"group","match":"any","rules":[%1,%2]})")
            .arg(field("company", "equals", "'; DROP TABLE contacts; --"),
                 field("company", "equals", "\") OR 1=1 --")),
        {"carla", "dirk"});
}

void TestSegments::compilerSelects()
{
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    auto rule = SegmentRule::fromJsonText(expand(json).toUtf8());
    QVERIFY2(rule.ok(), qPrintable(rule.errorMessage()));
    QCOMPARE(select(rule.value()), expected);
    QCOMPARE(SegmentCompiler::count(*m_store, rule.value()), qint64(expected.size()));
    // Whatever the values were, the tables are as they were.
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM contacts")).toInt(),
             7);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                        "WHERE name IN ('contacts', 'tags', "
                                                        "'lists')"))
                 .toInt(),
             3);
}

void TestSegments::valuesAreBoundNeverWritten()
{
    const auto rule = SegmentRule::group(
        SegmentRule::Match::Any,
        {SegmentRule::fieldRule(QStringLiteral("company"), SegmentRule::FieldOp::Equals,
                                QStringLiteral("'; DROP TABLE contacts; --")),
         SegmentRule::fieldRule(QStringLiteral("custom.x') OR 1=1"), SegmentRule::FieldOp::Contains,
                                QStringLiteral("\") OR 1=1 --")),
         SegmentRule::hasTag(QStringLiteral("Brien")),
         SegmentRule::inList(QStringLiteral("Klanten"))});
    const auto compiled = SegmentCompiler::compile(rule, kNow);
    QVERIFY(compiled.ok());
    for (const char* text : {"DROP", "1=1", "Brien", "Klanten"})
        QVERIFY2(!compiled.value().where.contains(QLatin1String(text)), text);
    QCOMPARE(compiled.value().where.count(QLatin1Char('?')), compiled.value().binds.size());
    QVERIFY(compiled.value().binds.contains(QStringLiteral("$.\"x') OR 1=1\"")));
    QVERIFY(compiled.value().binds.contains(QStringLiteral("%\") OR 1=1 --%")));
}

void TestSegments::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("field")
        << R"({"kind":"field","field":"city","operator":"equals","value":"Utrecht"})";
    QTest::newRow("field no value")
        << R"({"kind":"field","field":"custom.Lid sinds","operator":"is_empty"})";
    QTest::newRow("list uuid") << R"({"kind":"list","operator":"not_in","list":"a-b-c"})";
    QTest::newRow("list id") << R"({"kind":"list","operator":"in","list":12})";
    QTest::newRow("tag") << R"({"kind":"tag","operator":"has_not","tag":"beurs 2026"})";
    QTest::newRow("consent") << R"({"kind":"consent","operator":"is_not","state":"none"})";
    QTest::newRow("days")
        << R"({"kind":"date","field":"subscribed_since","operator":"within_last_days","days":30})";
    QTest::newRow("date")
        << R"({"kind":"date","field":"updated_at","operator":"after","date":"2026-02-28"})";
    QTest::newRow("tree") << R"({"kind":"group","match":"all","rules":[
        {"kind":"field","field":"email","operator":"contains","value":"'; DROP TABLE x; --"},
        {"kind":"group","match":"any","rules":[
            {"kind":"tag","operator":"has","tag":"vip"},
            {"kind":"group","match":"all","rules":[]}]}]})";
}

void TestSegments::jsonRoundTrip()
{
    QFETCH(QString, json);
    const QJsonObject in = QJsonDocument::fromJson(json.toUtf8()).object();
    QVERIFY(!in.isEmpty());
    auto rule = SegmentRule::fromJson(in);
    QVERIFY2(rule.ok(), qPrintable(rule.errorMessage()));
    QCOMPARE(rule.value().toJson(), in);
    auto again = SegmentRule::fromJsonText(rule.value().toJsonText());
    QVERIFY(again.ok());
    QVERIFY(again.value() == rule.value());
    QVERIFY(rule.value().validate().ok());
}

void TestSegments::builtRulesRoundTrip()
{
    using R = SegmentRule;
    const R tree = R::group(
        R::Match::Any, {R::fieldRule(QStringLiteral("custom.niv\"eau"), R::FieldOp::StartsWith,
                                     QStringLiteral("%_\\")),
                        R::inListId(7, true), R::consent(R::ConsentState::Complained),
                        R::dateBefore(R::DateField::CreatedAt, QDate(2026, 1, 31)),
                        R::group(R::Match::All, {R::withinLastDays(R::DateField::UpdatedAt, 90),
                                                 R::hasTag(QStringLiteral("vip"), true)})});
    auto read = R::fromJsonText(tree.toJsonText());
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read.value() == tree);
    QCOMPARE(read.value().children.at(0).value, QStringLiteral("%_\\"));
    QCOMPARE(read.value().children.at(1).listId, 7);
    QVERIFY(read.value().children.at(1).negate);
    QCOMPARE(read.value().children.at(3).date, QDate(2026, 1, 31));
    QCOMPARE(read.value().children.at(4).children.at(0).days, 90);
}

void TestSegments::invalidRulesNameTheirPath_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString ok = R"({"kind":"tag","operator":"has","tag":"vip"})";
    QTest::newRow("unknown operator")
        << QStringLiteral(R"({"kind":"group","match":"all","rules":[%1,%1,
               {"kind":"field","field":"email","operator":"like","value":"x"}]})")
               .arg(ok)
        << "rules[2].operator"
        << "rules[2].operator: unknown operator 'like'";
    QTest::newRow("nested") << QStringLiteral(R"({"kind":"group","match":"all","rules":[%1,
            {"kind":"group","match":"any","rules":[{"kind":"tag","operator":"is","tag":"x"}]}]})")
                                   .arg(ok)
                            << "rules[1].rules[0].operator"
                            << "rules[1].rules[0].operator: unknown operator 'is'";
    QTest::newRow("root operator") << R"({"kind":"list","operator":"within","list":"x"})"
                                   << "operator"
                                   << "operator: unknown operator 'within'";
    QTest::newRow("unknown kind") << R"({"kind":"group","match":"all","rules":[{"kind":"regex"}]})"
                                  << "rules[0].kind"
                                  << "rules[0].kind: unknown kind 'regex'";
    QTest::newRow("no kind") << R"({"kind":"group","match":"all","rules":[{}]})"
                             << "rules[0].kind"
                             << "rules[0].kind: is missing";
    QTest::newRow("unknown field") << R"({"kind":"group","match":"all","rules":[
               {"kind":"field","field":"password","operator":"equals","value":"x"}]})"
                                   << "rules[0].field"
                                   << "rules[0].field: unknown field 'password'";
    QTest::newRow("custom without name")
        << R"({"kind":"field","field":"custom. ","operator":"equals","value":"x"})"
        << "field"
        << "field: unknown field 'custom. '";
    QTest::newRow("no value") << R"({"kind":"field","field":"city","operator":"equals"})"
                              << "value"
                              << "value: is missing";
    QTest::newRow("value not text")
        << R"({"kind":"field","field":"city","operator":"equals","value":3})"
        << "value"
        << "value: must be text";
    QTest::newRow("no list") << R"({"kind":"list","operator":"in","list":""})"
                             << "list"
                             << "list: must be a list's uuid or id";
    QTest::newRow("list id 0") << R"({"kind":"list","operator":"in","list":0})"
                               << "list"
                               << "list: must be a list's uuid or id";
    QTest::newRow("empty tag") << R"({"kind":"tag","operator":"has","tag":"  "})"
                               << "tag"
                               << "tag: give the tag's name";
    QTest::newRow("unknown state") << R"({"kind":"consent","operator":"is","state":"maybe"})"
                                   << "state"
                                   << "state: unknown consent state 'maybe'";
    QTest::newRow("unknown date field")
        << R"({"kind":"date","field":"born","operator":"before","date":"2026-01-01"})"
        << "field"
        << "field: unknown date field 'born'";
    QTest::newRow("zero days")
        << R"({"kind":"date","field":"created_at","operator":"within_last_days","days":0})"
        << "days"
        << "days: must be a whole number of days from 1 to 36500";
    QTest::newRow("half days")
        << R"({"kind":"date","field":"created_at","operator":"within_last_days","days":1.5})"
        << "days"
        << "days: must be a whole number of days from 1 to 36500";
    QTest::newRow("bad date")
        << R"({"kind":"date","field":"created_at","operator":"before","date":"2026-13-01"})"
        << "date"
        << "date: '2026-13-01' is not a date as YYYY-MM-DD";
    QTest::newRow("unknown match") << R"({"kind":"group","match":"some","rules":[]})"
                                   << "match"
                                   << "match: unknown match 'some' (all or any)";
    QTest::newRow("rules not a list") << R"({"kind":"group","match":"all","rules":{}})"
                                      << "rules"
                                      << "rules: must be a list of rules";
    QTest::newRow("rule not an object") << R"({"kind":"group","match":"all","rules":[1]})"
                                        << "rules[0]"
                                        << "rules[0]: a rule must be an object";
}

void TestSegments::invalidRulesNameTheirPath()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto rule = SegmentRule::fromJsonText(json.toUtf8());
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error().code, Error::Code::Invalid);
    QCOMPARE(rule.error().field, field);
    QCOMPARE(rule.errorMessage(), message);
    // The compiler refuses what does not read.
    auto parsed = QJsonDocument::fromJson(json.toUtf8()).object();
    QVERIFY(!SegmentRule::fromJson(parsed).ok());
}

void TestSegments::nestingAndSizeAreLimited()
{
    using R = SegmentRule;
    R deep = R::group(R::Match::All, {R::hasTag(QStringLiteral("vip"))});
    for (int depth = 2; depth <= R::MaxDepth; ++depth)
        deep = R::group(depth % 2 ? R::Match::All : R::Match::Any, {deep});
    QVERIFY2(deep.validate().ok(), qPrintable(deep.validate().errorMessage()));
    QCOMPARE(select(deep), QStringList({"anna", "carla"}));
    const R tooDeep = R::group(R::Match::All, {deep});
    const auto error = tooDeep.validate();
    QVERIFY(!error.ok());
    QCOMPARE(error.error().field, QStringLiteral("rules[0].rules[0].rules[0].rules[0].rules[0]."
                                                 "rules[0].rules[0].rules[0]"));
    QVERIFY(error.errorMessage().endsWith(QStringLiteral("groups may be nested at most 8 deep")));
    QVERIFY(!SegmentCompiler::compile(tooDeep, kNow).ok());
    QCOMPARE(SegmentCompiler::count(*m_store, tooDeep), qint64(-1));

    QVector<R> many(R::MaxRules, R::hasTag(QStringLiteral("vip")));
    const auto tooMany = R::group(R::Match::Any, many).validate();
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, Error::Code::TooLarge);
    many.removeLast();
    QCOMPARE(SegmentCompiler::count(*m_store, R::group(R::Match::Any, many)), qint64(2));
    QVERIFY(!SegmentRule::fromJsonText("{not json").ok());
    QVERIFY(!SegmentRule::fromJsonText("[]").ok());
}

qint64 TestSegments::logCount(const QString& op)
{
    return TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                      "entity = 'segment' AND op = '%1'")
                                           .arg(op))
        .toLongLong();
}

void TestSegments::repositoryCreatesSavesAndRemoves()
{
    SegmentRepository segments(*m_store);
    const auto rules = SegmentRule::group(
        SegmentRule::Match::All, {SegmentRule::inList(m_listUuids.value(QStringLiteral("Klanten"))),
                                  SegmentRule::consent(SegmentRule::ConsentState::Subscribed)});
    auto created = segments.create(QStringLiteral("  Klanten   met nieuwsbrief "), rules);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    Segment s = created.value();
    QCOMPARE(s.name, QStringLiteral("Klanten met nieuwsbrief"));
    QVERIFY(!s.uuid.isEmpty());
    QCOMPARE(s.createdAt, kNow);
    QCOMPARE(logCount(QStringLiteral("upsert")), 1);
    auto found = segments.findByName(QStringLiteral("KLANTEN MET NIEUWSBRIEF"));
    QVERIFY(found);
    QVERIFY(found->rules == rules);
    QCOMPARE(SegmentCompiler::count(*m_store, found->rules), qint64(1)); // anna
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT uuid FROM change_log WHERE "
                                                        "entity = 'segment' ORDER BY seq DESC"))
                 .toString(),
             s.uuid);

    // Saving the same thing writes nothing; a change writes the row and its entry.
    Clock::setSource([] { return kNow + 1000; });
    QVERIFY(segments.save(s).ok());
    QCOMPARE(logCount(QStringLiteral("upsert")), 1);
    s.rules.match = SegmentRule::Match::Any;
    auto saved = segments.save(s);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved.value().updatedAt, kNow + 1000);
    QCOMPARE(logCount(QStringLiteral("upsert")), 2);
    QCOMPARE(segments.findById(s.id)->rules.match, SegmentRule::Match::Any);
    QCOMPARE(SegmentCompiler::count(*m_store, segments.findById(s.id)->rules), qint64(2));

    // Removing leaves a tombstone and frees the name.
    QVERIFY(segments.remove(s.id).ok());
    QCOMPARE(logCount(QStringLiteral("delete")), 1);
    QVERIFY(segments.findById(s.id)->deleted);
    QVERIFY(!segments.findByName(s.name));
    QVERIFY(segments.all().isEmpty());
    QCOMPARE(segments.remove(s.id).error().code, Error::Code::NotFound);
    QCOMPARE(segments.save(s).error().code, Error::Code::NotFound);
    auto again = segments.create(s.name, SegmentRule::group(SegmentRule::Match::All));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(again.value().uuid != s.uuid);
    QVERIFY(segments.remove(again.value().id).ok());
    Clock::setSource([] { return kNow; });
}

void TestSegments::repositoryNamesAreUniqueAndRequired()
{
    SegmentRepository segments(*m_store);
    const auto rules = SegmentRule::group(SegmentRule::Match::All);
    auto a = segments.create(QStringLiteral("Actief"), rules);
    QVERIFY(a.ok());
    auto twice = segments.create(QStringLiteral("ACTIEF"), rules);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Duplicate);
    QCOMPARE(twice.error().field, QStringLiteral("name"));
    QVERIFY(twice.errorMessage().contains(QStringLiteral("Actief")));
    auto empty = segments.create(QStringLiteral("   "), rules);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::Invalid);
    auto b = segments.create(QStringLiteral("Slapers"), rules);
    QVERIFY(b.ok());
    Segment renamed = b.value();
    renamed.name = QStringLiteral("actief");
    QCOMPARE(segments.save(renamed).error().code, Error::Code::Duplicate);
    QCOMPARE(segments.all().size(), 2);
    QCOMPARE(segments.all().first().name, QStringLiteral("Actief"));
    QVERIFY(segments.remove(a.value().id).ok());
    QVERIFY(segments.remove(b.value().id).ok());
}

void TestSegments::repositoryRefusesInvalidRules()
{
    SegmentRepository segments(*m_store);
    const qint64 before = logCount(QStringLiteral("upsert"));
    SegmentRule bad = SegmentRule::group(
        SegmentRule::Match::All,
        {SegmentRule::fieldRule(QStringLiteral("password"), SegmentRule::FieldOp::Equals)});
    auto created = segments.create(QStringLiteral("Fout"), bad);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, QStringLiteral("rules[0].field"));
    QCOMPARE(logCount(QStringLiteral("upsert")), before);
    QVERIFY(!segments.findByName(QStringLiteral("Fout")));
}

// ~5,000 generated contacts: the compiled segment counts what plain SQL counts.
void TestSegments::countMatchesPlainSql()
{
    QTemporaryDir dir;
    auto store = TestStore::openFresh(dir, QStringLiteral("big.db"));
    const QStringList cities{"Utrecht", "utrecht", "Amsterdam", "Zwolle", "Den Haag", "Breda"};
    const QStringList tiers{"gold", "Gold", "silver", "", "bronze_1"};
    const QStringList states{"subscribed", "pending", "unsubscribed", "bounced", "complained"};
    constexpr int n = 5000;
    {
        Transaction tx(*store);
        QVERIFY(tx.isActive());
        QVERIFY(store
                    ->exec(QStringLiteral("INSERT INTO lists(uuid, updated_at, name) VALUES "
                                          "('list-a', 0, 'A'), ('list-b', 0, 'B')"))
                    .ok());
        QVERIFY(store
                    ->exec(QStringLiteral("INSERT INTO tags(uuid, updated_at, name) VALUES "
                                          "('tag-x', 0, 'x'), ('tag-y', 0, 'y')"))
                    .ok());
        QSqlQuery c(store->database()), m(store->database()), t(store->database()),
            s(store->database());
        QVERIFY(c.prepare(QStringLiteral(
            "INSERT INTO contacts(id, uuid, updated_at, created_at, deleted, email, first_name, "
            "company, city, custom_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        QVERIFY(m.prepare(QStringLiteral("INSERT INTO list_members(uuid, updated_at, list_id, "
                                         "contact_id, deleted) VALUES (?, 0, ?, ?, ?)")));
        QVERIFY(t.prepare(QStringLiteral("INSERT INTO contact_tags(uuid, updated_at, tag_id, "
                                         "contact_id) VALUES (?, 0, ?, ?)")));
        QVERIFY(s.prepare(QStringLiteral(
            "INSERT INTO consent_state(contact_id, purpose, state, basis, occurred_at, "
            "strictness, event_id) VALUES (?, 'newsletter', ?, '', ?, 0, 0)")));
        for (int i = 1; i <= n; ++i) {
            const qint64 created = kNow - qint64((i * 37) % 400) * kDay;
            const QString email =
                i % 7 == 0 ? QStringLiteral("p_%1@x.nl").arg(i) : QStringLiteral("p%1@x.nl").arg(i);
            const QString custom =
                QStringLiteral("{\"tier\":\"%1\"}").arg(tiers.at((i * 3) % tiers.size()));
            Store::bindAll(c, {i, QStringLiteral("c-%1").arg(i), created, created,
                               i % 50 == 0 ? 1 : 0, email, QStringLiteral("P%1").arg(i % 10),
                               i % 11 == 0 ? QStringLiteral("100% bio") : QString(),
                               cities.at(i % cities.size()), custom});
            QVERIFY2(c.exec(), qPrintable(c.lastError().text()));
            if (i % 3 == 0) {
                Store::bindAll(m, {QStringLiteral("m-a-%1").arg(i), 1, i, i % 9 == 0 ? 1 : 0});
                QVERIFY(m.exec());
            }
            if (i % 4 == 1) {
                Store::bindAll(m, {QStringLiteral("m-b-%1").arg(i), 2, i, 0});
                QVERIFY(m.exec());
            }
            if (i % 5 == 2) {
                Store::bindAll(t, {QStringLiteral("t-%1").arg(i), 1 + i % 2, i});
                QVERIFY(t.exec());
            }
            if (i % 6 != 0) {
                Store::bindAll(s, {i, states.at((i / 6) % states.size()),
                                   kNow - qint64((i * 13) % 200) * kDay});
                QVERIFY(s.exec());
            }
        }
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(TestStore::scalar(*store, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), n);

    struct Case
    {
        const char* json;
        const char* sql;
    };
    const Case cases[] = {
        {R"({"kind":"group","match":"all","rules":[
            {"kind":"field","field":"city","operator":"equals","value":"UTRECHT"},
            {"kind":"consent","operator":"is","state":"subscribed"}]})",
         "SELECT count(*) FROM contacts c JOIN consent_state s ON s.contact_id = c.id AND "
         "s.purpose = 'newsletter' WHERE c.deleted = 0 AND lower(c.city) = 'utrecht' AND "
         "s.state = 'subscribed'"},
        {R"({"kind":"group","match":"any","rules":[
            {"kind":"list","operator":"in","list":"list-a"},
            {"kind":"tag","operator":"has","tag":"Y"}]})",
         "SELECT count(*) FROM contacts WHERE deleted = 0 AND (id IN (SELECT contact_id FROM "
         "list_members WHERE list_id = 1 AND deleted = 0) OR id IN (SELECT contact_id FROM "
         "contact_tags WHERE tag_id = 2))"},
        {R"({"kind":"field","field":"email","operator":"contains","value":"_1"})",
         "SELECT count(*) FROM contacts WHERE deleted = 0 AND instr(email, '_1') > 0"},
        {R"({"kind":"group","match":"all","rules":[
            {"kind":"date","field":"created_at","operator":"within_last_days","days":30},
            {"kind":"consent","operator":"is_not","state":"none"},
            {"kind":"list","operator":"not_in","list":"list-b"}]})",
         "SELECT count(*) FROM contacts c WHERE deleted = 0 AND created_at >= 1795000000000 - "
         "30 * 86400000 AND id IN (SELECT contact_id FROM consent_state) AND id NOT IN (SELECT "
         "contact_id FROM list_members WHERE list_id = 2 AND deleted = 0)"},
        {R"({"kind":"group","match":"any","rules":[
            {"kind":"field","field":"custom.tier","operator":"equals","value":"GOLD"},
            {"kind":"group","match":"all","rules":[
                {"kind":"field","field":"company","operator":"contains","value":"0% b"},
                {"kind":"field","field":"custom.tier","operator":"contains","value":"_"}]}]})",
         "SELECT count(*) FROM contacts WHERE deleted = 0 AND (lower(json_extract(custom_fields, "
         "'$.tier')) = 'gold' OR (instr(company, '0% b') > 0 AND instr(json_extract("
         "custom_fields, '$.tier'), '_') > 0))"},
        {R"({"kind":"date","field":"subscribed_since","operator":"before","date":"2026-08-01"})",
         "SELECT count(*) FROM contacts c JOIN consent_state s ON s.contact_id = c.id WHERE "
         "c.deleted = 0 AND s.state = 'subscribed' AND s.occurred_at < 1785542400000"},
    };
    for (const Case& k : cases) {
        auto rule = SegmentRule::fromJsonText(k.json);
        QVERIFY2(rule.ok(), qPrintable(rule.errorMessage()));
        const qint64 expected = TestStore::scalar(*store, QString::fromUtf8(k.sql)).toLongLong();
        QVERIFY2(expected > 0, k.sql);
        QCOMPARE(SegmentCompiler::count(*store, rule.value()), expected);
    }
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
