#include "Audience.h"
#include "AudienceSets.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DataSubjectRights.h"
#include "ListRepository.h"
#include "Mailing.h"
#include "MailingRepository.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "SuppressionList.h"
#include "TagRepository.h"
#include "TemplateRepository.h"
#include "TestStore.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(MailingState)

// Mailings (issue 10, part 2): the state machine, sealing and what it freezes (checked
// through the repository and through plain SQL), and the recipient selection with its
// consent and suppression filter on a generated population.
class TestMailings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void audienceJsonRoundTrip_data();
    void audienceJsonRoundTrip();
    void audienceJsonRefusesOtherShapes_data();
    void audienceJsonRefusesOtherShapes();
    void draftsAreCreatedSavedAndRemoved();
    void transitions_data();
    void transitions();
    void sealedMailingRefusesRepositoryChanges();
    void sealedMailingRefusesSql_data();
    void sealedMailingRefusesSql();
    void recipientsAreWrittenOnlyWhileSealing();
    void consentAndSuppressionFilter();
    void inMemoryCountEqualsSql_data();
    void inMemoryCountEqualsSql();
    void inMemoryCountFollowsChanges();
    void sealingSnapshotsExactlyTheSelection();
    void sealRefusals();
    void audienceNamingMissingRowsIsRefused();
    void duplicateOfSealedIsEditableDraft();
    void erasureLeavesNoTraceInSealedRecipients();
    void sealInMemoryEqualsSql_data();
    void sealInMemoryEqualsSql();
    void recipientPagesReadNamesFromContacts();
    void setsSurviveCommitsOutsideTheAudience();
    void setsFollowEveryInput();
    void dateRulesAreNotServedStale();

private:
    // The generated population: contact i is described by these rules alone, so the test
    // can say who must be selected without asking the code under test.
    struct Person
    {
        int i = 0;
        QString email;
        qint64 id = 0;
        QString state; // newsletter consent state, "none" when nothing recorded
        bool suppressed = false;
        bool deleted = false;
        bool inAlle = false, inAfmelders = false, inUtrecht = false, vipNee = false;
    };
    static Person describe(int i);
    Mailing sealedMailing(const QString& name, MailingState state);
    Mailing newDraft(const QString& name, const Audience& audience);
    QString execError(const QString& sql);
    qint64 logCount();

    static constexpr qint64 kNow = 1'795'000'000'000; // 2026-11-18 11:06:40 UTC
    static constexpr int kPopulation = 2000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QVector<Person> m_people;
    QHash<QString, QString> m_lists;    // name → uuid
    QHash<QString, QString> m_segments; // name → uuid
    Template m_template;
    int m_counter = 0;
};

TestMailings::Person TestMailings::describe(int i)
{
    Person p;
    p.i = i;
    p.email = QStringLiteral("p%1@example.nl").arg(i, 4, 10, QLatin1Char('0'));
    const char* const states[] = {"subscribed", "subscribed",   "subscribed",
                                  "pending",    "unsubscribed", i % 2 ? "bounced" : "complained",
                                  "none"};
    p.state = QString::fromLatin1(states[i % 7]);
    p.suppressed = p.state == QLatin1String("subscribed") && i % 13 == 0;
    p.deleted = i % 17 == 0;
    p.inAlle = i % 2 == 0;
    p.inAfmelders = i % 11 == 0;
    p.inUtrecht = i % 5 == 0;
    p.vipNee = i % 19 == 0;
    return p;
}

void TestMailings::initTestCase()
{
    Clock::setSource([] { return kNow; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());

    ListRepository lists(*m_store);
    QHash<QString, qint64> listIds;
    for (const QString& name :
         {QStringLiteral("Alle"), QStringLiteral("Afmelders"), QStringLiteral("Klein")}) {
        const auto list = lists.create(name);
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        m_lists.insert(name, list.value().uuid);
        listIds.insert(name, list.value().id);
    }
    SegmentRepository segments(*m_store);
    using R = SegmentRule;
    const auto utrecht = segments.create(
        QStringLiteral("Utrecht"),
        R::fieldRule(QStringLiteral("city"), R::FieldOp::Equals, QStringLiteral("utrecht")));
    const auto vip = segments.create(
        QStringLiteral("Geen vip"),
        R::fieldRule(QStringLiteral("custom.vip"), R::FieldOp::Equals, QStringLiteral("nee")));
    QVERIFY(utrecht.ok() && vip.ok());
    m_segments.insert(QStringLiteral("Utrecht"), utrecht.value().uuid);
    m_segments.insert(QStringLiteral("Geen vip"), vip.value().uuid);

    // One transaction for the whole population: 2,000 commits would dominate the run.
    Transaction tx(*m_store);
    QVERIFY(tx.isActive());
    ContactRepository contacts(*m_store);
    ConsentRepository consent(*m_store);
    SuppressionList suppressions(*m_store);
    QList<qint64> alle, afmelders, deleted;
    for (int i = 0; i < kPopulation; ++i) {
        Person p = describe(i);
        Contact c;
        c.email = p.email;
        c.firstName = QStringLiteral("Voornaam%1").arg(i);
        c.lastName = QStringLiteral("Achternaam");
        c.city = p.inUtrecht ? QStringLiteral("Utrecht") : QStringLiteral("Zwolle");
        c.customFields.insert(QStringLiteral("vip"),
                              p.vipNee ? QStringLiteral("nee") : QStringLiteral("ja"));
        auto created = contacts.create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        p.id = created.value().id;
        if (p.state != QLatin1String("none")) {
            ConsentEvent e;
            e.contactId = p.id;
            e.state = p.state == QLatin1String("subscribed")     ? ConsentEvent::State::Subscribed
                      : p.state == QLatin1String("pending")      ? ConsentEvent::State::Pending
                      : p.state == QLatin1String("unsubscribed") ? ConsentEvent::State::Unsubscribed
                      : p.state == QLatin1String("bounced")      ? ConsentEvent::State::Bounced
                                                                 : ConsentEvent::State::Complained;
            e.basis = ConsentEvent::withdraws(e.state) ? ConsentEvent::Basis::None
                                                       : ConsentEvent::Basis::Consent;
            e.occurredAt = kNow - 86'400'000;
            e.source = QStringLiteral("paper_form");
            e.wording = QStringLiteral("Ja, ik wil de nieuwsbrief ontvangen.");
            e.policyVersion = QStringLiteral("2026-01");
            auto recorded = consent.record(e);
            QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
        }
        if (p.suppressed) // on the list although the consent state still says subscribed
            QVERIFY(suppressions.add(p.email, SuppressionList::Reason::Bounced, kNow).ok());
        if (p.inAlle)
            alle << p.id;
        if (p.inAfmelders)
            afmelders << p.id;
        if (p.deleted)
            deleted << p.id;
        m_people << p;
    }
    QVERIFY(lists.addMembers(listIds.value(QStringLiteral("Alle")), alle).ok());
    QVERIFY(lists.addMembers(listIds.value(QStringLiteral("Afmelders")), afmelders).ok());
    // Klein: three subscribed, unsuppressed, live contacts (1, 2, 8) for state tests.
    QVERIFY(lists
                .addMembers(listIds.value(QStringLiteral("Klein")),
                            {m_people[1].id, m_people[2].id, m_people[8].id})
                .ok());
    QVERIFY(contacts.remove(deleted).ok());
    QVERIFY(tx.commit().ok());

    auto t = TemplateRepository(*m_store).create(
        QStringLiteral("Nieuwsbrief"), QStringLiteral("Nieuws van {{first_name}}"),
        QStringLiteral("<p>Hallo {{first_name}}</p>"
                       "<a href=\"{{unsubscribe_url}}\">Afmelden</a>"));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    m_template = t.value();
}

void TestMailings::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
    Clock::setSource({});
}

qint64 TestMailings::logCount()
{
    return TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log"))
        .toLongLong();
}

// The error SQLite gives for the statement, empty when it succeeded.
QString TestMailings::execError(const QString& sql)
{
    QSqlQuery q(m_store->database());
    if (q.exec(sql))
        return {};
    const QString text = q.lastError().text();
    return text.isEmpty() ? QStringLiteral("failed") : text;
}

Mailing TestMailings::newDraft(const QString& name, const Audience& audience)
{
    Mailing m;
    m.name = name;
    m.subject = QStringLiteral("Nieuws in november");
    m.preheader = QStringLiteral("Alles over de beurs");
    m.fromName = QStringLiteral("Bakkerij de Vries");
    m.fromEmail = QStringLiteral("info@bakkerij.nl");
    m.replyTo = QStringLiteral("anna@bakkerij.nl");
    m.templateId = m_template.id;
    m.audience = audience;
    m.clickTracking = true;
    m.timeZone = QStringLiteral("Europe/Amsterdam");
    auto created = MailingRepository(*m_store).create(m);
    if (!created.ok())
        qFatal("cannot create mailing: %s", qPrintable(created.errorMessage()));
    return created.value();
}

// A sealed mailing to the list Klein, brought to `state` along allowed transitions.
Mailing TestMailings::sealedMailing(const QString& name, MailingState state)
{
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Klein"));
    const Mailing draft = newDraft(name, a);
    MailingRepository repo(*m_store);
    if (state == MailingState::Draft)
        return draft;
    auto sealed =
        repo.seal(draft.id, m_template, QStringLiteral("Hallo {{first_name}}"),
                  QJsonObject{{QStringLiteral("company"), QStringLiteral("Bakkerij")}}, kNow);
    if (!sealed.ok())
        qFatal("cannot seal: %s", qPrintable(sealed.errorMessage()));
    using S = MailingState;
    QVector<S> path;
    switch (state) {
    case S::Sending:
        path = {S::Sending};
        break;
    case S::Paused:
        path = {S::Paused};
        break;
    case S::Sent:
        path = {S::Sending, S::Sent};
        break;
    case S::Failed:
        path = {S::Sending, S::Failed};
        break;
    case S::Cancelled:
        path = {S::Cancelled};
        break;
    case S::Draft:
    case S::Scheduled:
        break;
    }
    for (S next : path)
        if (auto moved = repo.transition(draft.id, next); !moved.ok())
            qFatal("cannot transition: %s", qPrintable(moved.errorMessage()));
    return *repo.findById(draft.id);
}

void TestMailings::audienceJsonRoundTrip_data()
{
    QTest::addColumn<QStringList>("includeLists");
    QTest::addColumn<QStringList>("includeSegments");
    QTest::addColumn<QStringList>("excludeLists");
    QTest::addColumn<QStringList>("excludeSegments");
    const QString a = QStringLiteral("5b0a6c9e-1111-4c1e-8a53-000000000001");
    const QString b = QStringLiteral("5b0a6c9e-2222-4c1e-8a53-000000000002");
    const QString c = QStringLiteral("5b0a6c9e-3333-4c1e-8a53-000000000003");
    QTest::newRow("empty") << QStringList() << QStringList() << QStringList() << QStringList();
    QTest::newRow("one list") << QStringList{a} << QStringList() << QStringList() << QStringList();
    QTest::newRow("everything") << QStringList{a, b} << QStringList{c} << QStringList{b}
                                << QStringList{a, c};
    QTest::newRow("only exclusions")
        << QStringList() << QStringList() << QStringList{c} << QStringList{a};
}

void TestMailings::audienceJsonRoundTrip()
{
    Audience a;
    QFETCH(QStringList, includeLists);
    QFETCH(QStringList, includeSegments);
    QFETCH(QStringList, excludeLists);
    QFETCH(QStringList, excludeSegments);
    a.includeLists = includeLists;
    a.includeSegments = includeSegments;
    a.excludeLists = excludeLists;
    a.excludeSegments = excludeSegments;
    const auto back = Audience::fromJsonText(a.toJsonText());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QVERIFY(back.value() == a);
    QCOMPARE(back.value().toJsonText(), a.toJsonText());
    // And through the store: what a draft saves is what it reads back.
    const Mailing m = newDraft(QStringLiteral("Round trip %1").arg(++m_counter), a);
    QVERIFY(MailingRepository(*m_store).findById(m.id)->audience == a);
}

void TestMailings::audienceJsonRefusesOtherShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{include") << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("include not object")
        << QByteArray(R"({"include": []})") << QStringLiteral("include");
    QTest::newRow("lists not array")
        << QByteArray(R"({"include": {"lists": "x"}})") << QStringLiteral("include.lists");
    QTest::newRow("number in list")
        << QByteArray(R"({"exclude": {"segments": [1]}})") << QStringLiteral("exclude.segments");
    QTest::newRow("empty uuid") << QByteArray(R"({"exclude": {"lists": [""]}})")
                                << QStringLiteral("exclude.lists");
}

void TestMailings::audienceJsonRefusesOtherShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto a = Audience::fromJsonText(json);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, Error::Code::Invalid);
    QCOMPARE(a.error().field, field);
}

void TestMailings::draftsAreCreatedSavedAndRemoved()
{
    MailingRepository repo(*m_store);
    const qint64 before = logCount();
    Mailing m = newDraft(QStringLiteral("Novembernieuws"), Audience{});
    QCOMPARE(m.state, MailingState::Draft);
    QVERIFY(!m.isSealed());
    QVERIFY(!m.openTracking);
    QCOMPARE(logCount(), before + 1);

    Mailing dup = m;
    dup.name = QStringLiteral("  novembernieuws ");
    QCOMPARE(repo.create(dup).error().code, Error::Code::Duplicate);
    dup.name = QStringLiteral(" ");
    QCOMPARE(repo.create(dup).error().field, QStringLiteral("name"));
    dup.name = QStringLiteral("Ander");
    dup.fromEmail = QStringLiteral("geen adres");
    QCOMPARE(repo.create(dup).error().field, QStringLiteral("from_email"));
    dup.fromEmail.clear();
    dup.timeZone = QStringLiteral("Europe/Nergens");
    QCOMPARE(repo.create(dup).error().field, QStringLiteral("time_zone"));
    QCOMPARE(logCount(), before + 1);

    m.subject = QStringLiteral("Nieuws in december");
    m.openTracking = true;
    m.scheduleAt = kNow + 86'400'000;
    auto saved = repo.save(m);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(logCount(), before + 2);
    QVERIFY(repo.save(saved.value()).ok()); // unchanged: nothing logged
    QCOMPARE(logCount(), before + 2);
    const auto found = repo.findByName(QStringLiteral("NOVEMBERNIEUWS"));
    QVERIFY(found);
    QCOMPARE(found->subject, QStringLiteral("Nieuws in december"));
    QVERIFY(found->openTracking);
    QCOMPARE(found->scheduleAt, std::optional<qint64>(kNow + 86'400'000));
    QCOMPARE(found->templateId, std::optional<qint64>(m_template.id));

    QVERIFY(repo.remove(m.id).ok());
    QCOMPARE(logCount(), before + 3);
    QVERIFY(repo.findById(m.id)->deleted);
    QVERIFY(!repo.findByName(QStringLiteral("Novembernieuws")));
    for (const Mailing& live : repo.all())
        QVERIFY(live.id != m.id);
    QCOMPARE(repo.save(m).error().code, Error::Code::NotFound);
    // The name is free again.
    QVERIFY(repo.create(m).ok());
}

void TestMailings::transitions_data()
{
    QTest::addColumn<MailingState>("from");
    QTest::addColumn<MailingState>("to");
    QTest::addColumn<bool>("allowed");
    using S = MailingState;
    // The allowed transitions, written out here rather than asked of the code under test.
    const QVector<QPair<S, S>> allowed{
        {S::Scheduled, S::Sending}, {S::Scheduled, S::Cancelled}, {S::Scheduled, S::Paused},
        {S::Sending, S::Sent},      {S::Sending, S::Failed},      {S::Sending, S::Paused},
        {S::Sending, S::Cancelled}, {S::Paused, S::Scheduled},    {S::Paused, S::Sending},
        {S::Paused, S::Cancelled},
    };
    for (S from : MailingStates::all())
        for (S to : MailingStates::all())
            QTest::addRow("%s to %s", qPrintable(MailingStates::name(from)),
                          qPrintable(MailingStates::name(to)))
                << from << to << allowed.contains({from, to});
}

void TestMailings::transitions()
{
    QFETCH(MailingState, from);
    QFETCH(MailingState, to);
    QFETCH(bool, allowed);
    QCOMPARE(MailingStates::canTransition(from, to), allowed);
    const Mailing m = sealedMailing(QStringLiteral("Transition %1").arg(++m_counter), from);
    QCOMPARE(m.state, from);
    MailingRepository repo(*m_store);
    const qint64 before = logCount();
    const auto moved = repo.transition(m.id, to);
    QCOMPARE(moved.ok(), allowed);
    if (allowed) {
        QCOMPARE(moved.value().state, to);
        QCOMPARE(repo.findById(m.id)->state, to);
        QCOMPARE(logCount(), before + 1);
    } else {
        QCOMPARE(moved.error().code, Error::Code::Invalid);
        QVERIFY2(moved.errorMessage().contains(MailingStates::label(from)) &&
                     moved.errorMessage().contains(MailingStates::label(to)),
                 qPrintable(moved.errorMessage()));
        QCOMPARE(repo.findById(m.id)->state, from);
        QCOMPARE(logCount(), before);
    }
}

void TestMailings::sealedMailingRefusesRepositoryChanges()
{
    MailingRepository repo(*m_store);
    const Mailing m = sealedMailing(QStringLiteral("Verzegeld"), MailingState::Scheduled);
    QVERIFY(m.isSealed());
    QCOMPARE(m.sealedAt, std::optional<qint64>(kNow));
    QCOMPARE(m.templateHtml, m_template.html);
    QCOMPARE(m.templateSubject, m_template.subject);
    QCOMPARE(m.templateText, QStringLiteral("Hallo {{first_name}}"));
    QCOMPARE(m.sender.value(QStringLiteral("company")).toString(), QStringLiteral("Bakkerij"));
    const qint64 before = logCount();

    Mailing edited = m;
    edited.subject = QStringLiteral("Toch iets anders");
    const auto saved = repo.save(edited);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::Invalid);
    QCOMPARE(saved.errorMessage(),
             QStringLiteral("This mailing is sealed; make a copy to change it."));
    QCOMPARE(repo.remove(m.id).error().code, Error::Code::Invalid);
    QCOMPARE(repo.seal(m.id, m_template, QString(), {}, kNow).error().code, Error::Code::Invalid);
    QCOMPARE(logCount(), before);
    const auto stored = repo.findById(m.id);
    QCOMPARE(stored->subject, m.subject);
    QVERIFY(!stored->deleted);
    QCOMPARE(repo.recipients(m.id).size(), 3);
}

void TestMailings::sealedMailingRefusesSql_data()
{
    QTest::addColumn<QString>("sql"); // %1: the sealed mailing's id, %2: a contact id
    QTest::addColumn<bool>("allowed");
    QTest::newRow("subject") << "UPDATE mailings SET subject = 'x' WHERE id = %1" << false;
    QTest::newRow("name") << "UPDATE mailings SET name = 'x' WHERE id = %1" << false;
    QTest::newRow("audience") << "UPDATE mailings SET audience_json = '{}' WHERE id = %1" << false;
    QTest::newRow("tracking") << "UPDATE mailings SET open_tracking = 1 WHERE id = %1" << false;
    QTest::newRow("snapshot html")
        << "UPDATE mailings SET template_html = 'x' WHERE id = %1" << false;
    QTest::newRow("snapshot sender")
        << "UPDATE mailings SET sender_json = '{}' WHERE id = %1" << false;
    QTest::newRow("template") << "UPDATE mailings SET template_id = NULL WHERE id = %1" << false;
    QTest::newRow("unseal") << "UPDATE mailings SET sealed_at = NULL WHERE id = %1" << false;
    QTest::newRow("reseal") << "UPDATE mailings SET sealed_at = 1 WHERE id = %1" << false;
    QTest::newRow("back to draft") << "UPDATE mailings SET state = 'draft' WHERE id = %1" << false;
    QTest::newRow("sealing flag") << "UPDATE mailings SET sealing = 1 WHERE id = %1" << false;
    QTest::newRow("tombstone") << "UPDATE mailings SET deleted = 1 WHERE id = %1" << false;
    QTest::newRow("delete") << "DELETE FROM mailings WHERE id = %1" << false;
    QTest::newRow("recipient email")
        << "UPDATE mailing_recipients SET email = 'x@y.nl' WHERE mailing_id = %1" << false;
    QTest::newRow("recipient state")
        << "UPDATE mailing_recipients SET consent_state = 'pending' WHERE mailing_id = %1" << false;
    QTest::newRow("recipient moved")
        << "UPDATE mailing_recipients SET mailing_id = 999999 WHERE mailing_id = %1" << false;
    QTest::newRow("recipient delete")
        << "DELETE FROM mailing_recipients WHERE mailing_id = %1" << false;
    QTest::newRow("recipient insert")
        << "INSERT INTO mailing_recipients(mailing_id, contact_id, email, consent_state) "
           "VALUES (%1, %2, 'extra@example.nl', 'subscribed')"
        << false;
    // The state and the bookkeeping of sync may still change.
    QTest::newRow("state") << "UPDATE mailings SET state = 'sending' WHERE id = %1" << true;
    QTest::newRow("rev") << "UPDATE mailings SET rev = 7, updated_at = updated_at + 1 WHERE id = %1"
                         << true;
    QTest::newRow("same values")
        << "UPDATE mailings SET subject = subject, name = name WHERE id = %1" << true;
}

void TestMailings::sealedMailingRefusesSql()
{
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const Mailing m =
        sealedMailing(QStringLiteral("SQL %1").arg(++m_counter), MailingState::Scheduled);
    // p0004 is not a recipient.
    const QString error =
        execError(sql.replace(QLatin1String("%1"), QString::number(m.id))
                      .replace(QLatin1String("%2"), QString::number(m_people[4].id)));
    QVERIFY2(error.isEmpty() == allowed, qPrintable(error));
    // Refused by the triggers or the state/sealed_at check, not by anything else.
    QVERIFY2(allowed || error.contains(QLatin1String("seal")) ||
                 error.contains(QLatin1String("CHECK constraint")),
             qPrintable(error));
    const auto after = MailingRepository(*m_store).findById(m.id);
    QVERIFY(after && !after->deleted);
    QCOMPARE(after->subject, m.subject);
    QCOMPARE(after->templateHtml, m.templateHtml);
    QCOMPARE(after->sealedAt, m.sealedAt);
    QCOMPARE(MailingRepository(*m_store).recipients(m.id).size(), 3);
    if (!allowed)
        QCOMPARE(after->state, MailingState::Scheduled);
}

void TestMailings::recipientsAreWrittenOnlyWhileSealing()
{
    const Mailing draft = sealedMailing(QStringLiteral("Nog een concept"), MailingState::Draft);
    const QString refused = execError(QStringLiteral("INSERT INTO mailing_recipients(mailing_id, "
                                                     "contact_id, email, consent_state) VALUES "
                                                     "(%1, 1, 'a@b.nl', 'subscribed')")
                                          .arg(draft.id));
    QVERIFY2(refused.contains(QLatin1String("sealing")), qPrintable(refused));
    // A mailing cannot be sealed by SQL that skips the states.
    QVERIFY(
        !execError(QStringLiteral("UPDATE mailings SET sealed_at = 1 WHERE id = %1").arg(draft.id))
             .isEmpty());
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM mailing_recipients "
                                                        "WHERE mailing_id = %1")
                                             .arg(draft.id))
                 .toInt(),
             0);
    // A draft may still be edited in SQL (sync applies drafts from other devices).
    QVERIFY(
        execError(QStringLiteral("UPDATE mailings SET subject = 'x' WHERE id = %1").arg(draft.id))
            .isEmpty());
}

void TestMailings::consentAndSuppressionFilter()
{
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.includeSegments << m_segments.value(QStringLiteral("Utrecht"));
    a.excludeLists << m_lists.value(QStringLiteral("Afmelders"));
    a.excludeSegments << m_segments.value(QStringLiteral("Geen vip"));

    RecipientCount expected;
    for (const Person& p : m_people) {
        // Segments see live contacts only; list members are counted even when deleted.
        const bool included = p.inAlle || (!p.deleted && p.inUtrecht);
        if (!included)
            continue;
        ++expected.total;
        if (p.deleted)
            ++expected.deleted;
        else if (p.inAfmelders || p.vipNee)
            ++expected.excluded;
        else if (p.state != QLatin1String("subscribed")) {
            ++expected.notSubscribed;
            ++expected.notSubscribedByState[p.state];
        } else if (p.suppressed)
            ++expected.suppressed;
        else
            ++expected.selected;
    }
    // The population exercises every reason.
    QVERIFY(expected.selected > 100);
    QVERIFY(expected.deleted > 10 && expected.excluded > 10 && expected.suppressed > 10);
    QCOMPARE(expected.notSubscribedByState.size(), 5);

    QElapsedTimer timer;
    timer.start();
    const auto count = countRecipients(*m_store, a, kNow);
    qInfo("counted %lld contacts in %lld ms", count.ok() ? count.value().total : -1,
          timer.elapsed());
    QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
    const RecipientCount& c = count.value();
    QCOMPARE(c.total, expected.total);
    QCOMPARE(c.selected, expected.selected);
    QCOMPARE(c.deleted, expected.deleted);
    QCOMPARE(c.excluded, expected.excluded);
    QCOMPARE(c.notSubscribed, expected.notSubscribed);
    QCOMPARE(c.suppressed, expected.suppressed);
    QCOMPARE(c.notSubscribedByState, expected.notSubscribedByState);
    QCOMPARE(c.selected + c.deleted + c.excluded + c.notSubscribed + c.suppressed, c.total);

    // Nothing included: nobody, whatever is excluded.
    Audience onlyExclusions;
    onlyExclusions.excludeLists = a.excludeLists;
    const auto none = countRecipients(*m_store, onlyExclusions, kNow);
    QVERIFY(none.ok());
    QCOMPARE(none.value().total, 0);
    QCOMPARE(none.value().selected, 0);
}

static void compareCounts(const RecipientCount& got, const RecipientCount& want)
{
    QCOMPARE(got.total, want.total);
    QCOMPARE(got.selected, want.selected);
    QCOMPARE(got.deleted, want.deleted);
    QCOMPARE(got.excluded, want.excluded);
    QCOMPARE(got.notSubscribed, want.notSubscribed);
    QCOMPARE(got.suppressed, want.suppressed);
    QCOMPARE(got.notSubscribedByState, want.notSubscribedByState);
}

void TestMailings::inMemoryCountEqualsSql_data()
{
    QTest::addColumn<QStringList>("includeLists");
    QTest::addColumn<QStringList>("includeSegments");
    QTest::addColumn<QStringList>("excludeLists");
    QTest::addColumn<QStringList>("excludeSegments");
    const QString iedereen = QStringLiteral("Iedereen"), niemand = QStringLiteral("Niemand");
    QTest::newRow("everything at once")
        << QStringList{QStringLiteral("Alle")} << QStringList{QStringLiteral("Utrecht")}
        << QStringList{QStringLiteral("Afmelders")} << QStringList{QStringLiteral("Geen vip")};
    QTest::newRow("everyone") << QStringList{} << QStringList{iedereen} << QStringList{}
                              << QStringList{};
    QTest::newRow("everyone but a list and a segment")
        << QStringList{} << QStringList{iedereen} << QStringList{QStringLiteral("Afmelders")}
        << QStringList{QStringLiteral("Utrecht")};
    QTest::newRow("lists with deleted members")
        << QStringList{QStringLiteral("Alle"), QStringLiteral("Afmelders")} << QStringList{}
        << QStringList{QStringLiteral("Klein")} << QStringList{};
    QTest::newRow("everyone minus everyone")
        << QStringList{} << QStringList{iedereen} << QStringList{} << QStringList{iedereen};
    QTest::newRow("a segment matching nobody")
        << QStringList{} << QStringList{niemand} << QStringList{} << QStringList{};
    QTest::newRow("small list") << QStringList{QStringLiteral("Klein")} << QStringList{}
                                << QStringList{} << QStringList{};
}

// The in-memory sets (AudienceSets) give exactly what the SQL selection gives, on the
// generated population with every reason (deleted, excluded, each state, suppressed).
void TestMailings::inMemoryCountEqualsSql()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: counting is SQL only");
    SegmentRepository segments(*m_store);
    using R = SegmentRule;
    if (!segments.findByName(QStringLiteral("Iedereen"))) {
        // Made here, not in initTestCase: the other tests' audiences stay as they were.
        const auto everyone = segments.create(QStringLiteral("Iedereen"), R::group(R::Match::All));
        const auto nobody = segments.create(QStringLiteral("Niemand"), R::group(R::Match::Any));
        QVERIFY(everyone.ok() && nobody.ok());
        m_segments.insert(QStringLiteral("Iedereen"), everyone.value().uuid);
        m_segments.insert(QStringLiteral("Niemand"), nobody.value().uuid);
    }
    QFETCH(QStringList, includeLists);
    QFETCH(QStringList, includeSegments);
    QFETCH(QStringList, excludeLists);
    QFETCH(QStringList, excludeSegments);
    Audience a;
    for (const QString& name : includeLists)
        a.includeLists << m_lists.value(name);
    for (const QString& name : includeSegments)
        a.includeSegments << m_segments.value(name);
    for (const QString& name : excludeLists)
        a.excludeLists << m_lists.value(name);
    for (const QString& name : excludeSegments)
        a.excludeSegments << m_segments.value(name);

    const auto inSql = countRecipients(*m_store, a, kNow, CountMethod::Sql);
    QVERIFY2(inSql.ok(), qPrintable(inSql.errorMessage()));
    const auto inMemory = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
    QVERIFY2(inMemory.ok(), qPrintable(inMemory.errorMessage()));
    compareCounts(inMemory.value(), inSql.value());
    const auto automatic = countRecipients(*m_store, a, kNow);
    QVERIFY(automatic.ok());
    compareCounts(automatic.value(), inSql.value());
}

// Any commit makes the sets stale; writes of an open transaction are counted in SQL.
void TestMailings::inMemoryCountFollowsChanges()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: counting is SQL only");
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.includeSegments << m_segments.value(QStringLiteral("Utrecht"));
    const auto before = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
    QVERIFY2(before.ok(), qPrintable(before.errorMessage()));

    // A subscribed, unsuppressed, live member of Alle unsubscribes, another gets suppressed
    // (from the end of the population: Klein's three stay as the other tests expect them).
    QVector<Person*> chosen;
    for (int i = m_people.size() - 1; i >= 0 && chosen.size() < 2; --i) {
        Person& p = m_people[i];
        if (p.inAlle && !p.deleted && !p.suppressed && p.state == QLatin1String("subscribed"))
            chosen << &p;
    }
    QCOMPARE(chosen.size(), 2);
    ConsentEvent e;
    e.contactId = chosen[0]->id;
    e.state = ConsentEvent::State::Unsubscribed;
    e.occurredAt = kNow + 5000;
    e.source = QStringLiteral("unsubscribe_link");
    QVERIFY(ConsentRepository(*m_store).record(e).ok());
    chosen[0]->state = QStringLiteral("unsubscribed"); // the later tests' tallies follow
    QVERIFY(SuppressionList(*m_store)
                .add(chosen[1]->email, SuppressionList::Reason::Complained, kNow)
                .ok());
    chosen[1]->suppressed = true;
    const auto after = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
    QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
    QCOMPARE(after.value().selected, before.value().selected - 2);
    QCOMPARE(after.value().suppressed, before.value().suppressed + 1);
    QCOMPARE(after.value().notSubscribedByState.value(QStringLiteral("unsubscribed")),
             before.value().notSubscribedByState.value(QStringLiteral("unsubscribed")) + 1);
    compareCounts(after.value(), countRecipients(*m_store, a, kNow, CountMethod::Sql).value());

    // Inside a transaction the sets do not know its writes: SQL counts them.
    {
        Transaction tx(*m_store);
        QVERIFY(tx.isActive());
        QVERIFY(!countRecipients(*m_store, a, kNow, CountMethod::InMemory).ok());
        QVERIFY(ContactRepository(*m_store).remove({chosen[1]->id}).ok());
        const auto inTx = countRecipients(*m_store, a, kNow);
        QVERIFY(inTx.ok());
        QCOMPARE(inTx.value().deleted, after.value().deleted + 1);
    } // rolled back
    compareCounts(countRecipients(*m_store, a, kNow).value(), after.value());
}

void TestMailings::sealingSnapshotsExactlyTheSelection()
{
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.includeSegments << m_segments.value(QStringLiteral("Utrecht"));
    a.excludeLists << m_lists.value(QStringLiteral("Afmelders"));
    a.excludeSegments << m_segments.value(QStringLiteral("Geen vip"));
    const Mailing draft = newDraft(QStringLiteral("De grote"), a);
    QMap<qint64, QString> expected; // contact id → address
    for (const Person& p : m_people)
        if ((p.inAlle || (!p.deleted && p.inUtrecht)) && !p.deleted && !p.inAfmelders &&
            !p.vipNee && p.state == QLatin1String("subscribed") && !p.suppressed)
            expected.insert(p.id, p.email);

    MailingRepository repo(*m_store);
    const qint64 before = logCount();
    const auto sealed = repo.seal(draft.id, m_template, QStringLiteral("Hallo"), {}, kNow);
    QVERIFY2(sealed.ok(), qPrintable(sealed.errorMessage()));
    QCOMPARE(sealed.value(), expected.size());
    QCOMPARE(logCount(), before + 1);
    const QVector<MailingRecipient> recipients = repo.recipients(draft.id);
    QCOMPARE(recipients.size(), expected.size());
    for (const MailingRecipient& r : recipients) {
        QCOMPARE(expected.value(r.contactId), r.email);
        QCOMPARE(r.consentState, QStringLiteral("subscribed"));
        QVERIFY(r.consentEventId);
        QCOMPARE(
            TestStore::scalar(*m_store, QStringLiteral("SELECT event_id FROM consent_state WHERE "
                                                       "contact_id = %1 AND purpose = 'newsletter'")
                                            .arg(r.contactId))
                .toLongLong(),
            *r.consentEventId);
        QVERIFY(r.firstName.startsWith(QLatin1String("Voornaam")));
        QCOMPARE(r.customFields.value(QStringLiteral("vip")).toString(), QStringLiteral("ja"));
        QVERIFY(!r.contactUuid.isEmpty());
    }
    const auto stored = repo.findById(draft.id);
    QCOMPARE(stored->state, MailingState::Scheduled);
    QCOMPARE(
        TestStore::scalar(
            *m_store, QStringLiteral("SELECT sealing FROM mailings WHERE id = %1").arg(draft.id))
            .toInt(),
        0);

    // Later changes of consent leave the sealed recipients as they were.
    ConsentEvent e;
    e.contactId = recipients.first().contactId;
    e.state = ConsentEvent::State::Unsubscribed;
    e.occurredAt = kNow + 1000;
    e.source = QStringLiteral("unsubscribe_link");
    QVERIFY(ConsentRepository(*m_store).record(e).ok());
    QCOMPARE(repo.recipients(draft.id).first().consentState, QStringLiteral("subscribed"));
}

void TestMailings::sealRefusals()
{
    MailingRepository repo(*m_store);
    Audience klein;
    klein.includeLists << m_lists.value(QStringLiteral("Klein"));
    const Mailing m = newDraft(QStringLiteral("Zonder afmeldlink"), klein);
    Template bad = m_template;
    bad.html = QStringLiteral("<p>Hallo {{first_name}}</p><a href=\"{{unsubscribe}}\">x</a>");
    const qint64 before = logCount();
    auto sealed = repo.seal(m.id, bad, QString(), {}, kNow);
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().field, QStringLiteral("template"));
    // The spellings Mustache accepts do count.
    bad.html = QStringLiteral("<a href=\"{{{ unsubscribe_url }}}\">Afmelden</a>");
    QVERIFY(repo.seal(m.id, bad, QString(), {}, kNow).ok());

    // An audience that selects nobody: the subscribed ones are all excluded.
    Audience nobody;
    nobody.includeLists << m_lists.value(QStringLiteral("Klein"));
    nobody.excludeLists << m_lists.value(QStringLiteral("Klein"));
    const Mailing empty = newDraft(QStringLiteral("Voor niemand"), nobody);
    const qint64 beforeEmpty = logCount();
    sealed = repo.seal(empty.id, m_template, QString(), {}, kNow);
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().field, QStringLiteral("audience"));
    const auto stored = repo.findById(empty.id);
    QCOMPARE(stored->state, MailingState::Draft);
    QVERIFY(!stored->isSealed());
    QCOMPARE(
        TestStore::scalar(
            *m_store, QStringLiteral("SELECT sealing FROM mailings WHERE id = %1").arg(empty.id))
            .toInt(),
        0);
    QCOMPARE(logCount(), beforeEmpty);
    const Mailing noAudience = newDraft(QStringLiteral("Zonder publiek"), Audience{});
    QVERIFY(!repo.seal(noAudience.id, m_template, QString(), {}, kNow).ok());
    Q_UNUSED(before)
}

void TestMailings::audienceNamingMissingRowsIsRefused()
{
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.excludeSegments << QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto count = countRecipients(*m_store, a, kNow);
    QVERIFY(!count.ok());
    QCOMPARE(count.error().code, Error::Code::NotFound);
    a.excludeSegments.clear();
    a.excludeLists << QStringLiteral("00000000-0000-4000-8000-000000000000");
    count = countRecipients(*m_store, a, kNow);
    QVERIFY(!count.ok());
    QCOMPARE(count.error().code, Error::Code::NotFound);
}

void TestMailings::duplicateOfSealedIsEditableDraft()
{
    MailingRepository repo(*m_store);
    const Mailing sealed = sealedMailing(QStringLiteral("Voorjaar"), MailingState::Sent);
    QVERIFY(sealed.isSealed());
    const qint64 before = logCount();
    const auto copy = repo.duplicate(sealed.id);
    QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
    QCOMPARE(logCount(), before + 1);
    QCOMPARE(copy.value().name, QStringLiteral("Voorjaar (copy)"));
    QCOMPARE(copy.value().state, MailingState::Draft);
    QVERIFY(!copy.value().isSealed());
    QVERIFY(copy.value().uuid != sealed.uuid);
    QVERIFY(copy.value().sameContent(sealed));
    QVERIFY(copy.value().templateHtml.isEmpty());
    QVERIFY(repo.recipients(copy.value().id).isEmpty());
    const auto stored = repo.findById(copy.value().id);
    QVERIFY(stored && stored->sameContent(sealed));
    QCOMPARE(repo.duplicate(sealed.id).value().name, QStringLiteral("Voorjaar (copy 2)"));

    Mailing edited = *stored;
    edited.subject = QStringLiteral("Nieuw onderwerp");
    QVERIFY(repo.save(edited).ok());
    QCOMPARE(repo.findById(sealed.id)->subject, sealed.subject);
    // And it can be sealed in its turn.
    QVERIFY(repo.seal(edited.id, m_template, QString(), {}, kNow).ok());
}

void TestMailings::erasureLeavesNoTraceInSealedRecipients()
{
    const Mailing m = sealedMailing(QStringLiteral("Voor het wissen"), MailingState::Scheduled);
    MailingRepository repo(*m_store);
    const QVector<MailingRecipient> before = repo.recipients(m.id);
    QVERIFY(before.size() >= 2);
    const MailingRecipient gone = before.at(1);
    QVERIFY2(DataSubjectRights(*m_store).erase(gone.contactId, QStringLiteral("test")).ok(),
             "erase");

    // The mailing still counts the person (it is the record of what was planned), but its
    // row names no one and tells the sender not to send; the others are untouched.
    const QVector<MailingRecipient> after = repo.recipients(m.id);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(repo.recipientCount(m.id), qint64(before.size()));
    for (int i = 0; i < after.size(); ++i) {
        if (after.at(i).contactId != gone.contactId) {
            QCOMPARE(after.at(i).email, before.at(i).email);
            QCOMPARE(after.at(i).consentState, QStringLiteral("subscribed"));
            continue;
        }
        QCOMPARE(after.at(i).consentState, QStringLiteral("erased"));
        QVERIFY(after.at(i).firstName.isEmpty() && after.at(i).lastName.isEmpty());
        QVERIFY(after.at(i).customFields.isEmpty());
        QVERIFY(!after.at(i).consentEventId);
        QVERIFY(after.at(i).email != gone.email);
    }
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM mailing_recipients "
                                                        "WHERE email = '%1' COLLATE NOCASE")
                                             .arg(gone.email))
                 .toInt(),
             0);
    // The gate is shut again: the sealed rows refuse direct changes as before.
    QVERIFY(!execError(QStringLiteral("UPDATE mailing_recipients SET email = 'x@y.nl' WHERE "
                                      "mailing_id = %1")
                           .arg(m.id))
                 .isEmpty());
}

void TestMailings::sealInMemoryEqualsSql_data()
{
    inMemoryCountEqualsSql_data();
}

// Sealing from the in-memory sets over the C API writes exactly the rows of the SQL
// selection (INSERT … SELECT), and refuses the same audiences.
void TestMailings::sealInMemoryEqualsSql()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: sealing is SQL only");
    // The population of inMemoryCountEqualsSql, with its Iedereen and Niemand segments.
    inMemoryCountEqualsSql();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QStringList, includeLists);
    QFETCH(QStringList, includeSegments);
    QFETCH(QStringList, excludeLists);
    QFETCH(QStringList, excludeSegments);
    Audience a;
    for (const QString& name : includeLists)
        a.includeLists << m_lists.value(name);
    for (const QString& name : includeSegments)
        a.includeSegments << m_segments.value(name);
    for (const QString& name : excludeLists)
        a.excludeLists << m_lists.value(name);
    for (const QString& name : excludeSegments)
        a.excludeSegments << m_segments.value(name);
    using Method = MailingRepository::SealMethod;
    MailingRepository repo(*m_store);
    const Mailing bySql = newDraft(QStringLiteral("In SQL %1").arg(++m_counter), a);
    const Mailing inMemory = newDraft(QStringLiteral("In memory %1").arg(++m_counter), a);
    const auto sealedSql = repo.seal(bySql.id, m_template, QString(), {}, kNow, Method::Sql);
    const auto sealedMemory =
        repo.seal(inMemory.id, m_template, QString(), {}, kNow, Method::InMemory);
    QCOMPARE(sealedMemory.ok(), sealedSql.ok());
    if (!sealedSql.ok()) {
        QCOMPARE(sealedMemory.error().field, sealedSql.error().field);
        QCOMPARE(repo.findById(inMemory.id)->state, MailingState::Draft);
        return;
    }
    QCOMPARE(sealedMemory.value(), sealedSql.value());
    const QString rows = QStringLiteral("SELECT contact_id, email, consent_state, "
                                        "consent_event_id FROM mailing_recipients WHERE "
                                        "mailing_id = %1");
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)")
                                             .arg(rows.arg(bySql.id), rows.arg(inMemory.id)))
                 .toInt(),
             0);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)")
                                             .arg(rows.arg(inMemory.id), rows.arg(bySql.id)))
                 .toInt(),
             0);
    QCOMPARE(repo.recipientCount(inMemory.id), qint64(sealedSql.value()));
    QCOMPARE(repo.findById(inMemory.id)->state, MailingState::Scheduled);
}

// The narrow recipient row gets the contact's uuid, names and custom fields when read; a
// page without a filter and a filtered one agree.
void TestMailings::recipientPagesReadNamesFromContacts()
{
    Audience alle;
    alle.includeLists << m_lists.value(QStringLiteral("Alle"));
    const Mailing m = newDraft(QStringLiteral("Pagina's"), alle);
    MailingRepository repo(*m_store);
    QVERIFY(repo.seal(m.id, m_template, QString(), {}, kNow).ok());
    const QVector<MailingRecipient> all = repo.recipients(m.id);
    QVERIFY(all.size() > 10);
    const QVector<MailingRecipient> page = repo.recipients(m.id, QString(), 2, 0);
    QCOMPARE(page.size(), 2);
    for (const MailingRecipient& r : page) {
        const auto contact = ContactRepository(*m_store).findById(r.contactId);
        QVERIFY(contact);
        QCOMPARE(r.contactUuid, contact->uuid);
        QCOMPARE(r.firstName, contact->firstName);
        QCOMPARE(r.lastName, contact->lastName);
        QCOMPARE(r.customFields.value(QStringLiteral("vip")).toString(),
                 contact->customFields.value(QStringLiteral("vip")));
        QCOMPARE(r.email, contact->email);
        QCOMPARE(r.consentState, QStringLiteral("subscribed"));
    }
    QVERIFY(page.first().email < page.last().email);
    QCOMPARE(repo.recipients(m.id, QString(), 2, 1).first().contactId, page.last().contactId);
    const QVector<MailingRecipient> byName =
        repo.recipients(m.id, page.last().firstName + QStringLiteral(" Achter"), 10, 0);
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().contactId, page.last().contactId);
    QCOMPARE(repo.recipients(m.id, QStringLiteral("example.nl"), 10, 0).size(), 10);
    QCOMPARE(repo.recipients(m.id, QStringLiteral("example.nl"), 10, 0).first().contactId,
             page.first().contactId);
}

namespace {

qint64 buildsOf(Store& store)
{
    return AudienceSets::of(store)->builds();
}

} // namespace

// Commits that leave contacts, consent, suppressions, lists and tags alone (a draft's
// autosave, a template, a segment, a sealed mailing) keep the sets: no rebuild.
void TestMailings::setsSurviveCommitsOutsideTheAudience()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: counting is SQL only");
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.excludeLists << m_lists.value(QStringLiteral("Afmelders"));
    const auto first = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const qint64 builds = buildsOf(*m_store);
    const auto generation = AudienceSets::generation(*m_store);
    QVERIFY(generation);

    MailingRepository repo(*m_store);
    Mailing draft = newDraft(QStringLiteral("Autosave"), a);
    for (int i = 0; i < 3; ++i) {
        draft.subject = QStringLiteral("Onderwerp %1").arg(i);
        auto saved = repo.save(draft);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        draft = saved.value();
    }
    QVERIFY(TemplateRepository(*m_store)
                .create(QStringLiteral("Nog een"), QStringLiteral("Onderwerp"),
                        QStringLiteral("<a href=\"{{unsubscribe_url}}\">x</a>"))
                .ok());
    QVERIFY(SegmentRepository(*m_store)
                .create(QStringLiteral("Amsterdam"),
                        SegmentRule::fieldRule(QStringLiteral("city"), SegmentRule::FieldOp::Equals,
                                               QStringLiteral("amsterdam")))
                .ok());
    QVERIFY(repo.seal(draft.id, m_template, QString(), {}, kNow).ok());
    QCOMPARE(*AudienceSets::generation(*m_store), *generation);

    // The count is served from the same sets, without waiting for a build.
    const auto again = countRecipients(*m_store, a, kNow);
    QVERIFY(again.ok());
    compareCounts(again.value(), first.value());
    QCOMPARE(buildsOf(*m_store), builds);
    QVERIFY(AudienceSets::of(*m_store)->get(*generation));
}

// Every input of the sets makes them stale: contacts, consent, suppressions, lists, tags;
// also when written by another connection, or in SQL without a change-log entry (as the
// sync engine applies remote changes).
void TestMailings::setsFollowEveryInput()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: counting is SQL only");
    Audience a;
    a.includeLists << m_lists.value(QStringLiteral("Alle"));
    a.excludeSegments << m_segments.value(QStringLiteral("Geen vip"));
    // Counts in memory, checks the count against SQL and that the sets were rebuilt (or not).
    const auto check = [&](const char* what, bool rebuilt) {
        const qint64 before = buildsOf(*m_store);
        const auto inMemory = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
        QVERIFY2(inMemory.ok(), what);
        const auto inSql = countRecipients(*m_store, a, kNow, CountMethod::Sql);
        QVERIFY2(inSql.ok(), what);
        compareCounts(inMemory.value(), inSql.value());
        QVERIFY2((buildsOf(*m_store) > before) == rebuilt, what);
    };
    QVERIFY(countRecipients(*m_store, a, kNow, CountMethod::InMemory).ok());
    check("nothing changed", false);

    // A live, subscribed member of Alle without a special role elsewhere.
    Person* p = nullptr;
    for (int i = m_people.size() - 1; i >= 0 && !p; --i)
        if (m_people[i].inAlle && !m_people[i].deleted && !m_people[i].suppressed &&
            !m_people[i].vipNee && !m_people[i].inAfmelders &&
            m_people[i].state == QLatin1String("subscribed"))
            p = &m_people[i];
    QVERIFY(p);
    ContactRepository contacts(*m_store);
    Contact c = *contacts.findById(p->id);
    c.customFields.insert(QStringLiteral("vip"), QStringLiteral("nee"));
    QVERIFY(contacts.update(c).ok());
    check("contact edited", true);
    c.customFields.insert(QStringLiteral("vip"), QStringLiteral("ja"));
    QVERIFY(contacts.update(c).ok());
    check("contact edited back", true);

    QVERIFY(SuppressionList(*m_store).add(p->email, SuppressionList::Reason::Bounced, kNow).ok());
    check("suppressed", true);
    QVERIFY(SuppressionList(*m_store).lift(p->email).ok());
    check("suppression lifted", true);

    ListRepository lists(*m_store);
    const auto list = lists.create(QStringLiteral("Tijdelijk"));
    QVERIFY(list.ok());
    check("list created", true);
    QVERIFY(lists.addMembers(list.value().id, {p->id}).ok());
    check("list member added", true);
    QVERIFY(TagRepository(*m_store).setTags(p->id, {QStringLiteral("beurs")}).ok());
    check("tagged", true);

    ConsentEvent e;
    e.contactId = p->id;
    e.state = ConsentEvent::State::Unsubscribed;
    e.occurredAt = kNow + 7000;
    e.source = QStringLiteral("unsubscribe_link");
    QVERIFY(ConsentRepository(*m_store).record(e).ok());
    p->state = QStringLiteral("unsubscribed");
    check("unsubscribed", true);

    // Another connection to the same file (the CLI, the background counter).
    {
        auto other = Store::open(m_store->path());
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        Contact d = *ContactRepository(*other.value()).findById(p->id);
        d.city = QStringLiteral("Utrecht");
        QVERIFY(ContactRepository(*other.value()).update(d).ok());
    }
    check("changed by another connection", true);

    // A remote change applied in SQL, without the repositories or a change-log entry.
    QVERIFY(execError(QStringLiteral("UPDATE contacts SET custom_fields = '{\"vip\":\"nee\"}', "
                                     "rev = 12 WHERE id = %1")
                          .arg(p->id))
                .isEmpty());
    check("written in SQL", true);
    QVERIFY(execError(QStringLiteral("UPDATE contacts SET custom_fields = '{\"vip\":\"ja\"}' "
                                     "WHERE id = %1")
                          .arg(p->id))
                .isEmpty());
    check("written back in SQL", true);

    // A transaction that is rolled back leaves the sets as they were.
    {
        Transaction tx(*m_store);
        QVERIFY(tx.isActive());
        QVERIFY(contacts.remove({p->id}).ok());
    }
    check("rolled back", false);
}

// A segment "created within the last N days" counted at another moment is another part:
// never the members of an earlier day, while the sets themselves stay.
void TestMailings::dateRulesAreNotServedStale()
{
    // Builds without the SQLite C API (Qt's own macOS/Windows packages) count and seal in
    // SQL only; that path is what the other tests here check in every build. Linux builds,
    // CI's included, have the API, so this test runs there.
    if (!AudienceSets::available())
        QSKIP("no SQLite C API in this build: counting is SQL only");
    const auto recent = SegmentRepository(*m_store).create(
        QStringLiteral("Nieuw deze week"),
        SegmentRule::withinLastDays(SegmentRule::DateField::CreatedAt, 7));
    QVERIFY(recent.ok());
    Audience a;
    a.includeSegments << recent.value().uuid;
    const auto today = countRecipients(*m_store, a, kNow, CountMethod::InMemory);
    QVERIFY2(today.ok(), qPrintable(today.errorMessage()));
    QVERIFY(today.value().total > 0);
    const qint64 builds = buildsOf(*m_store);
    const qint64 later = kNow + 8 * 86'400'000LL;
    const auto nextWeek = countRecipients(*m_store, a, later, CountMethod::InMemory);
    QVERIFY(nextWeek.ok());
    QCOMPARE(nextWeek.value().total, qint64(0));
    compareCounts(nextWeek.value(), countRecipients(*m_store, a, later, CountMethod::Sql).value());
    compareCounts(countRecipients(*m_store, a, kNow, CountMethod::InMemory).value(), today.value());
    QCOMPARE(buildsOf(*m_store), builds);
}

QTEST_GUILESS_MAIN(TestMailings)
#include "tst_mailings.moc"
