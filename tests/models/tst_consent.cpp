#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DataSubjectRights.h"
#include "ListRepository.h"
#include "Store.h"
#include "SuppressionList.h"
#include "TagRepository.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using State = ConsentEvent::State;
using Purpose = ConsentEvent::Purpose;
using Basis = ConsentEvent::Basis;

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void currentStateFollowsTheLatestEvent();
    void onEqualTimeAnUnsubscribeWins_data();
    void onEqualTimeAnUnsubscribeWins();
    void backdatedEventDoesNotOverrideANewerOne();
    void ledgerRefusesDirectUpdateAndDelete();
    void intactLedgerVerifies();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void softOptInNeedsAllFiveConditions_data();
    void softOptInNeedsAllFiveConditions();
    void softOptInOnlyForNewsletter();
    void badEventsAreRefusedWithTheirField_data();
    void badEventsAreRefusedWithTheirField();
    void withdrawalSuppressesTheAddress();
    void suppressedAddressIsNotResubscribedWithoutConfirmation();
    void readdedSuppressedContactStaysUnsubscribed();
    void eventsAreLoggedForSync();
    void evidenceIsStoredByContent();
    void consentFilterCountsAndPages_data();
    void consentFilterCountsAndPages();
    void needsRepermissionFilter();
    void repermissionCountMatchesTheLedger();
    void canonicalFormIsJsonOfTheEvent_data();
    void canonicalFormIsJsonOfTheEvent();
    void deletedContactsLeaveTheConsentCounts();
    void erasureLeavesNoTraceOfThePerson();
    void erasedAddressStaysSuppressed();
    void searchIndexPurgeCanRunOnItsOwnConnection();
    void restoringADeletedContactRespectsSuppression();
    void suppressionBeatsASubscribeDatedAhead();
    void erasedContactIsNeverRestoredAndItsIdNeverReused();
    void erasingAnAddressErasesEveryRowOfIt();
    void exportRoundTripsEverything();

private:
    qint64 contact(const QString& email, const QString& first = {}, const QString& last = {});
    Result<ConsentEvent> recordState(qint64 contactId, State state, qint64 at = 0,
                                     Purpose purpose = Purpose::Newsletter);
    QString currentState(qint64 contactId);
    bool exec(const QString& sql, QString* error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ConsentRepository> m_consent;
    qint64 m_now = 1'780'000'000'000; // a fixed clock: Thursday 28 May 2026
};

void TestConsent::init()
{
    Clock::setSource([this] { return m_now; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = TestStore::openFresh(*m_dir);
    m_store->setActor(QStringLiteral("test:anna"));
    m_contacts = std::make_unique<ContactRepository>(*m_store);
    m_consent = std::make_unique<ConsentRepository>(*m_store);
}

void TestConsent::cleanup()
{
    m_consent.reset();
    m_contacts.reset();
    m_store.reset();
    m_dir.reset();
    Clock::setSource({});
}

qint64 TestConsent::contact(const QString& email, const QString& first, const QString& last)
{
    Contact c;
    c.email = email;
    c.firstName = first;
    c.lastName = last;
    auto created = m_contacts->create(c);
    if (!created.ok())
        qFatal("cannot create contact: %s", qPrintable(created.errorMessage()));
    return created.value().id;
}

Result<ConsentEvent> TestConsent::recordState(qint64 contactId, State state, qint64 at,
                                              Purpose purpose)
{
    ConsentEvent e;
    e.contactId = contactId;
    e.purpose = purpose;
    e.state = state;
    e.basis = ConsentEvent::withdraws(state) ? Basis::None : Basis::Consent;
    e.occurredAt = at;
    e.source = QStringLiteral("paper_form");
    e.sourceDetail = QStringLiteral("Beurs Utrecht 2026");
    e.wording = QStringLiteral("Ja, ik wil de nieuwsbrief ontvangen.");
    e.policyVersion = QStringLiteral("2026-01");
    return m_consent->record(e);
}

QString TestConsent::currentState(qint64 contactId)
{
    const auto s = m_consent->current(contactId, Purpose::Newsletter);
    return s ? ConsentEvent::stateName(s->state) : QStringLiteral("none");
}

bool TestConsent::exec(const QString& sql, QString* error)
{
    QSqlQuery q(m_store->database());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    return ok;
}

void TestConsent::currentStateFollowsTheLatestEvent()
{
    const qint64 id = contact(QStringLiteral("jan@example.nl"));
    QCOMPARE(currentState(id), QStringLiteral("none"));
    QVERIFY(recordState(id, State::Subscribed, m_now - 1000).ok());
    QCOMPARE(currentState(id), QStringLiteral("subscribed"));
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 1);
    QVERIFY(recordState(id, State::Unsubscribed, m_now).ok());
    QCOMPARE(currentState(id), QStringLiteral("unsubscribed"));
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 0);
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Unsubscribed), 1);
    // Purposes are independent.
    QVERIFY(recordState(id, State::Subscribed, m_now, Purpose::Testimonial).ok());
    QCOMPARE(currentState(id), QStringLiteral("unsubscribed"));
    QCOMPARE(m_consent->current(id, Purpose::Testimonial)->state, State::Subscribed);
    QCOMPARE(m_consent->history(id).size(), 3);
}

void TestConsent::onEqualTimeAnUnsubscribeWins_data()
{
    QTest::addColumn<bool>("unsubscribeFirst");
    QTest::newRow("unsubscribe recorded first") << true;
    QTest::newRow("unsubscribe recorded last") << false;
}

void TestConsent::onEqualTimeAnUnsubscribeWins()
{
    QFETCH(bool, unsubscribeFirst);
    const qint64 id = contact(QStringLiteral("piet@example.nl"));
    const qint64 at = m_now - 60'000;
    if (unsubscribeFirst) {
        QVERIFY(recordState(id, State::Unsubscribed, at).ok());
        // The subscribe at the same moment is a re-subscription of a suppressed address.
        ConsentEvent e;
        e.contactId = id;
        e.state = State::Subscribed;
        e.basis = Basis::Consent;
        e.occurredAt = at;
        e.source = QStringLiteral("web_form");
        QVERIFY(m_consent->record(e, {true}).ok());
    } else {
        QVERIFY(recordState(id, State::Subscribed, at).ok());
        QVERIFY(recordState(id, State::Unsubscribed, at).ok());
    }
    QCOMPARE(currentState(id), QStringLiteral("unsubscribed"));
}

void TestConsent::backdatedEventDoesNotOverrideANewerOne()
{
    const qint64 id = contact(QStringLiteral("kees@example.nl"));
    QVERIFY(recordState(id, State::Subscribed, m_now).ok());
    // A paper form from last month, entered today: history, not the current state.
    QVERIFY(recordState(id, State::Pending, m_now - 30LL * 24 * 3600 * 1000).ok());
    QCOMPARE(currentState(id), QStringLiteral("subscribed"));
    QCOMPARE(m_consent->history(id).size(), 2);
}

void TestConsent::ledgerRefusesDirectUpdateAndDelete()
{
    const qint64 id = contact(QStringLiteral("els@example.nl"));
    QVERIFY(recordState(id, State::Subscribed).ok());
    QString error;
    QVERIFY(!exec(QStringLiteral("UPDATE consent_events SET state = 'unsubscribed'"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!exec(QStringLiteral("DELETE FROM consent_events"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    // Also through a second connection, as another program would.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_store->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(
            !q.exec(QStringLiteral("DELETE FROM consent_events WHERE contact_id = %1").arg(id)));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM consent_events")).toInt(),
        1);
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT state FROM consent_events")).toString(),
        QStringLiteral("subscribed"));
}

void TestConsent::intactLedgerVerifies()
{
    for (int i = 0; i < 20; ++i) {
        const qint64 id = contact(QStringLiteral("p%1@example.nl").arg(i));
        QVERIFY(recordState(id, State::Subscribed, m_now - 5000).ok());
        if (i % 3 == 0)
            QVERIFY(recordState(id, State::Unsubscribed, m_now - 1000).ok());
    }
    const auto report = m_consent->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.events, 27);
    QCOMPARE(report.contacts, 20);
    QVERIFY(report.summary().contains(QLatin1String("27")));
    // Progress is reported as it goes, and Stop stops it without a verdict.
    QList<qint64> seen;
    const auto stopped = m_consent->verify([&seen](qint64 done, qint64 total) {
        seen << done;
        return !(total == 27 && done >= 10);
    });
    QVERIFY(stopped.cancelled);
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.events < 27);
    QCOMPARE(seen.last(), 10);
    QVERIFY(stopped.summary().contains(QLatin1String("stopped")));
}

void TestConsent::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("state changed")
        << "UPDATE consent_events SET state = 'complained' WHERE state = 'unsubscribed'"
        << "has been changed";
    QTest::newRow("date changed")
        << "UPDATE consent_events SET occurred_at = occurred_at - 86400000 WHERE id = 1"
        << "has been changed";
    QTest::newRow("wording changed")
        << "UPDATE consent_events SET wording = 'Ja graag' WHERE id = 2"
        << "has been changed";
    QTest::newRow("middle event removed") << "DELETE FROM consent_events WHERE id = 2"
                                          << "event before";
    QTest::newRow("latest event removed") << "DELETE FROM consent_events WHERE id = 3"
                                          << "latest consent event";
    QTest::newRow("all events removed")
        << "DELETE FROM consent_events WHERE contact_id = (SELECT contact_id FROM consent_events "
           "WHERE id = 1)"
        << "All consent events";
    QTest::newRow("moved to another contact")
        << "UPDATE consent_events SET contact_id = (SELECT max(id) FROM contacts) WHERE id = 4"
        << "moved to another contact";
    QTest::newRow("current state changed")
        << "UPDATE consent_state SET state = 'subscribed', strictness = 0 WHERE state = "
           "'unsubscribed'"
        << "but its history says";
    QTest::newRow("current state removed") << "DELETE FROM consent_state WHERE purpose = "
                                              "'testimonial'"
                                           << "is missing";
    QTest::newRow("current state invented")
        << "INSERT INTO consent_state(contact_id, purpose, state, basis, occurred_at, "
           "strictness, event_id) SELECT max(id), 'newsletter', 'subscribed', 'consent', 1, 0, 1 "
           "FROM contacts"
        << "without any recorded event";
}

void TestConsent::tamperingIsDetected()
{
    QFETCH(QString, tamper);
    QFETCH(QString, expected);
    const qint64 a = contact(QStringLiteral("anna@example.nl"));
    QVERIFY(recordState(a, State::Subscribed, m_now - 3000).ok());
    QVERIFY(recordState(a, State::Unsubscribed, m_now - 2000).ok());
    QVERIFY(recordState(a, State::Subscribed, m_now - 1000, Purpose::Testimonial).ok());
    const qint64 b = contact(QStringLiteral("bram@example.nl"));
    QVERIFY(recordState(b, State::Subscribed, m_now - 1000).ok());
    contact(QStringLiteral("carla@example.nl"));
    QVERIFY(m_consent->verify().ok());

    // Behind the app's back: someone who opened the gate by hand.
    QString error;
    QVERIFY2(exec(QStringLiteral("UPDATE ledger_gate SET open = 1"), &error), qPrintable(error));
    QVERIFY2(exec(tamper, &error), qPrintable(error));
    QVERIFY(exec(QStringLiteral("UPDATE ledger_gate SET open = 0")));

    const auto report = m_consent->verify();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(expected),
             qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.summary().contains(QLatin1String("problem")));
}

void TestConsent::softOptInNeedsAllFiveConditions_data()
{
    QTest::addColumn<int>("missing");
    QTest::addColumn<QString>("named");
    QTest::newRow("none missing") << -1 << "";
    QTest::newRow("no sale") << 0 << "purchase";
    QTest::newRow("other legal entity") << 1 << "same company";
    QTest::newRow("not told") << 2 << "told at the time";
    QTest::newRow("no opt-out at collection") << 3 << "refuse at the time";
    QTest::newRow("other products") << 4 << "similar products";
}

void TestConsent::softOptInNeedsAllFiveConditions()
{
    QFETCH(int, missing);
    QFETCH(QString, named);
    const qint64 id = contact(QStringLiteral("klant@example.nl"));
    ConsentEvent e;
    e.contactId = id;
    e.state = State::Subscribed;
    e.basis = Basis::SoftOptIn;
    e.source = QStringLiteral("manual");
    bool* conditions[] = {&e.softOptIn.addressFromSale, &e.softOptIn.sameLegalEntity,
                          &e.softOptIn.informedAtCollection, &e.softOptIn.optOutOfferedAtCollection,
                          &e.softOptIn.similarOwnProducts};
    for (int i = 0; i < 5; ++i)
        *conditions[i] = i != missing;
    const auto result = m_consent->record(e);
    if (missing < 0) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(currentState(id), QStringLiteral("subscribed"));
        QCOMPARE(m_consent->history(id).first().softOptIn, e.softOptIn);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("soft_opt_in"));
    QVERIFY2(result.errorMessage().contains(named), qPrintable(result.errorMessage()));
    QCOMPARE(currentState(id), QStringLiteral("none"));
    QCOMPARE(m_consent->history(id).size(), 0);
}

void TestConsent::softOptInOnlyForNewsletter()
{
    const qint64 id = contact(QStringLiteral("klant@example.nl"));
    ConsentEvent e;
    e.contactId = id;
    e.purpose = Purpose::Testimonial;
    e.state = State::Subscribed;
    e.basis = Basis::SoftOptIn;
    e.source = QStringLiteral("manual");
    e.softOptIn = {true, true, true, true, true};
    const auto result = m_consent->record(e);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("basis"));
}

void TestConsent::badEventsAreRefusedWithTheirField_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("field");
    QTest::newRow("consent without basis") << 0 << "basis";
    QTest::newRow("no source") << 1 << "source";
    QTest::newRow("in the future") << 2 << "occurred_at";
}

void TestConsent::badEventsAreRefusedWithTheirField()
{
    QFETCH(int, problem);
    QFETCH(QString, field);
    const qint64 id = contact(QStringLiteral("x@example.nl"));
    ConsentEvent e;
    e.contactId = id;
    e.state = State::Subscribed;
    e.basis = Basis::Consent;
    e.source = QStringLiteral("manual");
    if (problem == 0)
        e.basis = Basis::None;
    if (problem == 1)
        e.source = QStringLiteral("  ");
    if (problem == 2)
        e.occurredAt = m_now + 24LL * 3600 * 1000;
    const auto result = m_consent->record(e);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.errorMessage().isEmpty());
    QCOMPARE(m_consent->eventCount(), 0);
}

void TestConsent::withdrawalSuppressesTheAddress()
{
    const qint64 id = contact(QStringLiteral("Marie@Example.NL"));
    SuppressionList suppressions(*m_store);
    QVERIFY(!suppressions.find(QStringLiteral("marie@example.nl")));
    QVERIFY(recordState(id, State::Subscribed).ok());
    QVERIFY(recordState(id, State::Bounced, m_now + 1).ok());
    const auto entry = suppressions.find(QStringLiteral("MARIE@example.nl"));
    QVERIFY(entry);
    QCOMPARE(entry->reason, SuppressionList::Reason::Bounced);
    QCOMPARE(suppressions.count(), 1);
}

void TestConsent::suppressedAddressIsNotResubscribedWithoutConfirmation()
{
    const qint64 id = contact(QStringLiteral("henk@example.nl"));
    QVERIFY(recordState(id, State::Subscribed, m_now - 2000).ok());
    QVERIFY(recordState(id, State::Unsubscribed, m_now - 1000).ok());
    const auto refused = recordState(id, State::Subscribed, m_now);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Suppressed);
    QVERIFY(refused.errorMessage().contains(QLatin1String("henk@example.nl")));
    QCOMPARE(currentState(id), QStringLiteral("unsubscribed"));
    QCOMPARE(m_consent->history(id).size(), 2);
    // Explicit, recorded new consent lifts it.
    ConsentEvent e;
    e.contactId = id;
    e.state = State::Subscribed;
    e.basis = Basis::Consent;
    e.source = QStringLiteral("email_request");
    e.sourceDetail = QStringLiteral("Mail van Henk, 28 mei");
    QVERIFY(m_consent->record(e, {true}).ok());
    QCOMPARE(currentState(id), QStringLiteral("subscribed"));
    QVERIFY(!SuppressionList(*m_store).find(QStringLiteral("henk@example.nl")));
}

void TestConsent::readdedSuppressedContactStaysUnsubscribed()
{
    const qint64 id = contact(QStringLiteral("sanne@example.nl"));
    QVERIFY(recordState(id, State::Subscribed, m_now - 2000).ok());
    QVERIFY(recordState(id, State::Complained, m_now - 1000).ok());
    QCOMPARE(m_contacts->remove({id}).value(), 1);
    // Added again by hand, as a new contact: still not mailable.
    const qint64 again = contact(QStringLiteral("Sanne@example.nl"));
    QVERIFY(again != id);
    QCOMPARE(currentState(again), QStringLiteral("complained"));
    QCOMPARE(m_consent->history(again).first().source, QStringLiteral("suppression_list"));
    m_now += 1000;
    QCOMPARE(recordState(again, State::Subscribed).error().code, Error::Code::Suppressed);
    // Changing another contact's address to it does the same.
    const qint64 other = contact(QStringLiteral("other@example.nl"));
    QVERIFY(m_contacts->remove({again}).ok());
    Contact c = *m_contacts->findById(other);
    c.email = QStringLiteral("sanne@example.nl");
    QVERIFY(m_contacts->update(c).ok());
    QCOMPARE(currentState(other), QStringLiteral("complained"));
}

void TestConsent::eventsAreLoggedForSync()
{
    const qint64 before = ChangeLog::pendingCount(*m_store);
    const qint64 id = contact(QStringLiteral("log@example.nl"));
    const auto e = recordState(id, State::Subscribed);
    QVERIFY(e.ok());
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                        "entity = 'consent_event' AND uuid = '%1'")
                                             .arg(e.value().uuid))
                 .toInt(),
             1);
    QCOMPARE(ChangeLog::pendingCount(*m_store), before + 2);
    QCOMPARE(e.value().actor, QStringLiteral("test:anna"));
}

void TestConsent::evidenceIsStoredByContent()
{
    const QByteArray scan = QByteArray("%PDF-1.4 scanned form ") + QByteArray(5000, 'x');
    const auto sha = m_consent->storeEvidence(scan, QStringLiteral("application/pdf"));
    QVERIFY(sha.ok());
    const auto again = m_consent->storeEvidence(scan, QStringLiteral("application/pdf"));
    QCOMPARE(again.value(), sha.value());
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM consent_evidence"))
                 .toInt(),
             1);
    QCOMPARE(*m_consent->evidence(sha.value()), scan);
    const auto tooBig =
        m_consent->storeEvidence(QByteArray(ConsentRepository::MaxEvidenceBytes + 1, 'x'), {});
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().field, QStringLiteral("evidence"));
}

void TestConsent::consentFilterCountsAndPages_data()
{
    QTest::addColumn<qint64>("lookupLimit");
    QTest::newRow("looked up through the state index") << qint64(1'000'000);
    QTest::newRow("found by walking the sort index") << qint64(0);
}

void TestConsent::consentFilterCountsAndPages()
{
    QFETCH(qint64, lookupLimit);
    m_contacts->setConsentLookupLimit(lookupLimit);
    const State states[] = {State::Subscribed, State::Pending, State::Unsubscribed, State::Bounced,
                            State::Complained};
    QHash<int, QStringList> expected; // ContactQuery::Consent → e-mails
    for (int i = 0; i < 60; ++i) {
        const QString email = QStringLiteral("p%1@example.nl").arg(i, 2, 10, QLatin1Char('0'));
        const qint64 id =
            contact(email, {}, QStringLiteral("N%1").arg(59 - i, 2, 10, QLatin1Char('0')));
        if (i % 6 == 5) {
            expected[int(ContactQuery::Consent::NoneRecorded)].prepend(email);
            continue;
        }
        const State s = states[i % 6];
        if (s != State::Subscribed && s != State::Pending)
            QVERIFY(recordState(id, State::Subscribed, m_now - 5000).ok());
        QVERIFY(recordState(id, s, m_now - 1000).ok());
        expected[int(s) + 1].prepend(email); // sorted by last name: reverse order
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ContactQuery query;
        query.consent = ContactQuery::Consent(it.key());
        QCOMPARE(m_contacts->count(query), it.value().size());
        QStringList got;
        for (const Contact& c : m_contacts->page(query, 0, 100))
            got << c.email;
        QCOMPARE(got, it.value());
        // Keyset paging and positions agree.
        const auto first = m_contacts->page(query, 0, 3);
        const auto next = m_contacts->pageAfter(query, first.last(), 3);
        QCOMPARE(next.first().email, it.value().at(3));
        QCOMPARE(m_contacts->position(query, next.first().id), 3);
        // Combined with a search.
        query.search = it.value().first().section(QLatin1Char('@'), 0, 0);
        QCOMPARE(m_contacts->count(query), 1);
    }
}

void TestConsent::needsRepermissionFilter()
{
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 old = contact(QStringLiteral("old@example.nl"));
    QVERIFY(recordState(old, State::Subscribed, m_now - 800 * day).ok());
    const qint64 recent = contact(QStringLiteral("recent@example.nl"));
    QVERIFY(recordState(recent, State::Subscribed, m_now - 10 * day).ok());
    const qint64 gone = contact(QStringLiteral("gone@example.nl"));
    QVERIFY(recordState(gone, State::Subscribed, m_now - 900 * day).ok());
    QVERIFY(recordState(gone, State::Unsubscribed, m_now - 800 * day).ok());
    ContactQuery query;
    query.consent = ContactQuery::Consent::NeedsRepermission;
    query.repermissionBeforeMs = m_now - 730 * day;
    QCOMPARE(m_contacts->count(query), 1);
    QCOMPARE(m_contacts->page(query, 0, 10).first().email, QStringLiteral("old@example.nl"));
    m_contacts->setConsentLookupLimit(0); // the other plan agrees
    QCOMPARE(m_contacts->count(query), 1);
    QCOMPARE(m_contacts->page(query, 0, 10).first().email, QStringLiteral("old@example.nl"));
    // A deleted contact leaves the filter, and comes back with undo.
    QVERIFY(m_contacts->remove({old}).ok());
    QCOMPARE(m_contacts->count(query), 0);
    QCOMPARE(m_contacts->page(query, 0, 10).size(), 0);
    QVERIFY(m_contacts->restore({old}).ok());
    QCOMPARE(m_contacts->count(query), 1);
}

void TestConsent::canonicalFormIsJsonOfTheEvent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Ja, graag");
    QTest::newRow("quotes and backslash") << QStringLiteral("Zeg \"ja\" \\ of nee");
    QTest::newRow("control characters") << QStringLiteral("regel 1\nregel 2\t\r\x01\x1f");
    QTest::newRow("accents and emoji") << QStringLiteral("Crème brûlée, één ✉️ 👍");
}

void TestConsent::canonicalFormIsJsonOfTheEvent()
{
    QFETCH(QString, text);
    ConsentEvent e;
    e.uuid = QStringLiteral("5b0c1f8e-1111-4222-8333-944455556666");
    e.contactUuid = QStringLiteral("0d9f7a3c-aaaa-4bbb-8ccc-dddd00001111");
    e.state = State::Subscribed;
    e.basis = Basis::SoftOptIn;
    e.softOptIn = {true, false, true, false, true};
    e.occurredAt = 1'780'000'000'123;
    e.recordedAt = 1'780'000'000'456;
    e.source = QStringLiteral("paper_form");
    e.sourceDetail = text;
    e.wording = text;
    e.actor = QStringLiteral("desktop:anna");
    e.prevHash = ConsentEvent::genesisHash();
    const QByteArray canonical = e.canonicalForm();
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(canonical, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QJsonObject expected = e.toJson();
    expected.remove(QStringLiteral("rev"));
    expected.remove(QStringLiteral("hash"));
    QCOMPARE(parsed, expected);
    // Keys in order, no spaces: the same bytes everywhere.
    QCOMPARE(canonical, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    // Any change of any field changes the hash.
    const QString hash = e.computeHash();
    ConsentEvent changed = e;
    changed.softOptIn.sameLegalEntity = true;
    QVERIFY(changed.computeHash() != hash);
    changed = e;
    changed.wording += QLatin1Char(' ');
    QVERIFY(changed.computeHash() != hash);
}

void TestConsent::deletedContactsLeaveTheConsentCounts()
{
    const qint64 id = contact(QStringLiteral("weg@example.nl"));
    QVERIFY(recordState(id, State::Subscribed).ok());
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 1);
    QVERIFY(m_contacts->remove({id}).ok());
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 0);
    ContactQuery query;
    query.consent = ContactQuery::Consent::Subscribed;
    QCOMPARE(m_contacts->count(query), 0);
    QCOMPARE(m_contacts->page(query, 0, 10).size(), 0);
    QVERIFY(m_contacts->restore({id}).ok());
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 1);
    // Recording for a deleted contact is refused.
    QVERIFY(m_contacts->remove({id}).ok());
    QCOMPARE(recordState(id, State::Unsubscribed).error().code, Error::Code::NotFound);
}

void TestConsent::erasureLeavesNoTraceOfThePerson()
{
    const QString email = QStringLiteral("wilhelmina.zuiderveld@voorbeeld.nl");
    const qint64 keep = contact(QStringLiteral("blijft@example.nl"), QStringLiteral("Blijft"),
                                QStringLiteral("Hier"));
    QVERIFY(recordState(keep, State::Subscribed).ok());
    const qint64 id = contact(email, QStringLiteral("Wilhelmina"), QStringLiteral("Zuiderveld"));
    Contact c = *m_contacts->findById(id);
    c.company = QStringLiteral("Bakkerij Zuiderveld");
    c.city = QStringLiteral("Oosterhesselen");
    c.notes = QStringLiteral("Wilhelmina belt op dinsdag");
    QVERIFY(m_contacts->update(c).ok());
    ListRepository lists(*m_store);
    const auto list = lists.create(QStringLiteral("Beurs"));
    QVERIFY(lists.addMembers(list.value().id, {id, keep}).ok());
    QVERIFY(TagRepository(*m_store).setTags(id, {QStringLiteral("vip")}).ok());
    const auto sha = m_consent->storeEvidence("formulier van Wilhelmina Zuiderveld", {});
    ConsentEvent e;
    e.contactId = id;
    e.state = State::Subscribed;
    e.basis = Basis::Consent;
    e.source = QStringLiteral("paper_form");
    e.evidenceSha256 = sha.value();
    e.evidenceName = QStringLiteral("wilhelmina-zuiderveld.pdf");
    QVERIFY(m_consent->record(e).ok());
    QVERIFY(recordState(id, State::Unsubscribed, m_now + 1).ok());
    QVERIFY(m_store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());

    QVERIFY2(DataSubjectRights(*m_store).erase(id, QStringLiteral("test:anna")).ok(), "erase");

    // Search every table, the search index's own tables included, for any trace.
    const QStringList needles{email, QStringLiteral("wilhelmina"), QStringLiteral("zuiderveld"),
                              QStringLiteral("oosterhesselen")};
    const QStringList tables = m_store->database().tables(QSql::AllTables);
    QVERIFY(tables.contains(QStringLiteral("contacts_fts_data")));
    for (const QString& table : tables) {
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)), qPrintable(table));
        while (q.next()) {
            for (int col = 0; col < q.record().count(); ++col) {
                const QByteArray value = q.value(col).toByteArray().toLower();
                for (const QString& needle : needles)
                    QVERIFY2(!value.contains(needle.toUtf8()),
                             qPrintable(QStringLiteral("%1 found in %2").arg(needle, table)));
            }
        }
    }
    // And the file itself: no deleted page or WAL frame still holds the person.
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_store->path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll().toLower();
        for (const QString& needle : needles)
            QVERIFY2(!bytes.contains(needle.toUtf8()),
                     qPrintable(QStringLiteral("%1 found in the file %2").arg(needle, suffix)));
    }
    // What stays: the anonymous audit row and the hash on the suppression list.
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM erasures")).toInt(),
             1);
    QCOMPARE(
        TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM suppressions "
                                                   "WHERE reason = 'erased' AND email IS NULL"))
            .toInt(),
        1);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                        "entity = 'contact' AND op = 'erase'"))
                 .toInt(),
             1);
    // The rest is untouched and the ledger still verifies.
    QCOMPARE(lists.findById(list.value().id)->memberCount, 1);
    QCOMPARE(currentState(keep), QStringLiteral("subscribed"));
    QCOMPARE(m_contacts->count({}), 1);
    ContactQuery search;
    search.search = QStringLiteral("zuid");
    QCOMPARE(m_contacts->count(search), 0);
    const auto report = m_consent->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestConsent::erasedAddressStaysSuppressed()
{
    const qint64 id = contact(QStringLiteral("weg@voorbeeld.nl"));
    QVERIFY(recordState(id, State::Subscribed).ok());
    QVERIFY(DataSubjectRights(*m_store).erase(id, QStringLiteral("test")).ok());
    const auto entry = SuppressionList(*m_store).find(QStringLiteral("WEG@voorbeeld.nl"));
    QVERIFY(entry);
    QCOMPARE(entry->reason, SuppressionList::Reason::Erased);
    const qint64 again = contact(QStringLiteral("weg@voorbeeld.nl"));
    QCOMPARE(currentState(again), QStringLiteral("unsubscribed"));
    m_now += 1000;
    const auto refused = recordState(again, State::Subscribed);
    QVERIFY2(refused.error().code == Error::Code::Suppressed, qPrintable(refused.errorMessage()));
}

void TestConsent::exportRoundTripsEverything()
{
    const qint64 id = contact(QStringLiteral("export@example.nl"), QStringLiteral("Eva"),
                              QStringLiteral("de Wit"));
    Contact c = *m_contacts->findById(id);
    c.phone = QStringLiteral("+31 6 1234 5678");
    c.customFields.insert(QStringLiteral("klantnummer"), QStringLiteral("K-118"));
    QVERIFY(m_contacts->update(c).ok());
    ListRepository lists(*m_store);
    QVERIFY(lists.addMembers(lists.create(QStringLiteral("Klanten")).value().id, {id}).ok());
    QVERIFY(
        TagRepository(*m_store).setTags(id, {QStringLiteral("vip"), QStringLiteral("2026")}).ok());
    const QByteArray scan = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(300, '\1');
    ConsentEvent e;
    e.contactId = id;
    e.state = State::Subscribed;
    e.basis = Basis::SoftOptIn;
    e.softOptIn = {true, true, true, true, true};
    e.source = QStringLiteral("paper_form");
    e.evidenceSha256 = m_consent->storeEvidence(scan, QStringLiteral("image/png")).value();
    e.evidenceName = QStringLiteral("formulier.png");
    QVERIFY(m_consent->record(e).ok());
    QVERIFY(recordState(id, State::Unsubscribed, m_now + 10).ok());

    const auto exported = DataSubjectRights(*m_store).exportContact(id);
    QVERIFY(exported.ok());
    // Through text, as the file is written and read.
    const QJsonObject doc =
        QJsonDocument::fromJson(QJsonDocument(exported.value()).toJson()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(),
             QStringLiteral("sendtrix-personal-data"));
    QCOMPARE(Contact::fromJson(doc.value(QStringLiteral("contact")).toObject()),
             *m_contacts->findById(id));
    QCOMPARE(doc.value(QStringLiteral("lists")).toArray(), QJsonArray{QStringLiteral("Klanten")});
    QCOMPARE(doc.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("2026"), QStringLiteral("vip")}));
    const QJsonArray history =
        doc.value(QStringLiteral("consent")).toObject().value(QStringLiteral("history")).toArray();
    const auto stored = m_consent->history(id);
    QCOMPARE(history.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i) {
        const ConsentEvent back = ConsentEvent::fromJson(history.at(i).toObject());
        QCOMPARE(back.canonicalForm(), stored.at(i).canonicalForm());
        QCOMPARE(back.computeHash(), stored.at(i).hash); // the export is itself verifiable
    }
    QCOMPARE(doc.value(QStringLiteral("consent"))
                 .toObject()
                 .value(QStringLiteral("current"))
                 .toObject()
                 .value(QStringLiteral("newsletter"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("unsubscribed"));
    const QJsonObject file =
        doc.value(QStringLiteral("evidence_files")).toArray().first().toObject();
    QCOMPARE(
        QByteArray::fromBase64(file.value(QStringLiteral("data_base64")).toString().toLatin1()),
        scan);
    QCOMPARE(doc.value(QStringLiteral("suppression"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("unsubscribed"));
    QVERIFY(doc.value(QStringLiteral("mailings_received")).isArray());
}

void TestConsent::restoringADeletedContactRespectsSuppression()
{
    // A subscribed contact is deleted; meanwhile the address unsubscribes as another contact.
    const qint64 a = contact(QStringLiteral("eva@example.nl"));
    QVERIFY(recordState(a, State::Subscribed, m_now - 5000).ok());
    QVERIFY(m_contacts->remove({a}).ok());
    const qint64 b = contact(QStringLiteral("eva@example.nl"));
    QVERIFY(recordState(b, State::Unsubscribed).ok());
    QVERIFY(m_contacts->remove({b}).ok());
    // Undo of the first delete: the old contact must not come back subscribed.
    m_now += 1000;
    QCOMPARE(m_contacts->restore({a}).value(), 1);
    QCOMPARE(currentState(a), QStringLiteral("unsubscribed"));
    QCOMPARE(m_consent->countInState(Purpose::Newsletter, State::Subscribed), 0);
    QVERIFY(m_consent->verify().ok());
}

void TestConsent::suppressionBeatsASubscribeDatedAhead()
{
    const qint64 gone = contact(QStringLiteral("weg@example.nl"));
    QVERIFY(recordState(gone, State::Unsubscribed).ok());
    const qint64 id = contact(QStringLiteral("nieuw@example.nl"));
    QVERIFY(recordState(id, State::Subscribed, m_now + 4 * 60 * 1000).ok()); // a fast clock
    Contact c = *m_contacts->findById(id);
    c.email = QStringLiteral("weg@example.nl");
    QVERIFY(m_contacts->remove({gone}).ok());
    QVERIFY(m_contacts->update(c).ok());
    QCOMPARE(currentState(id), QStringLiteral("unsubscribed"));
}

void TestConsent::erasedContactIsNeverRestoredAndItsIdNeverReused()
{
    const qint64 a = contact(QStringLiteral("a@example.nl"));
    const qint64 b = contact(QStringLiteral("b@example.nl"), QStringLiteral("Bea"));
    QVERIFY(m_contacts->remove({b}).ok()); // an undo step now holds b's id
    QVERIFY(m_contacts->restore({b}).ok());
    QVERIFY(DataSubjectRights(*m_store).erase(b, QStringLiteral("test")).ok());
    const qint64 c = contact(QStringLiteral("c@example.nl"));
    QVERIFY2(c != b, "the erased contact's id was handed out again");
    QCOMPARE(m_contacts->restore({b}).value(), 0); // redo/undo can never bring it back
    QCOMPARE(m_contacts->count({}), 2);
    QVERIFY(m_contacts->findById(a) && m_contacts->findById(c));
    const auto tombstone = m_contacts->findById(b);
    QVERIFY(tombstone->deleted);
    QVERIFY(tombstone->firstName.isEmpty());
    QVERIFY(tombstone->email.endsWith(QLatin1String("@erased.invalid")));
}

void TestConsent::erasingAnAddressErasesEveryRowOfIt()
{
    // The same person as a deleted contact and a live one, on a list with a tag.
    const qint64 old = contact(QStringLiteral("twee@example.nl"), QStringLiteral("Tweemaal"));
    QVERIFY(recordState(old, State::Subscribed).ok());
    QVERIFY(m_contacts->remove({old}).ok());
    const qint64 now = contact(QStringLiteral("twee@example.nl"), QStringLiteral("Tweemaal"));
    ListRepository lists(*m_store);
    QVERIFY(lists.addMembers(lists.create(QStringLiteral("Klanten")).value().id, {now}).ok());
    QVERIFY(TagRepository(*m_store).setTags(now, {QStringLiteral("vip")}).ok());
    const auto erased = DataSubjectRights(*m_store).eraseAddress(QStringLiteral("TWEE@example.nl"),
                                                                 QStringLiteral("t"));
    QCOMPARE(erased.value(), 2);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM contacts WHERE "
                                                        "first_name = 'Tweemaal'"))
                 .toInt(),
             0);
    QCOMPARE(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM erasures")).toInt(),
             2);
    // Sync learns of every row that went.
    for (const char* entity : {"contact", "list_member", "contact_tag", "consent_event"})
        QVERIFY2(TestStore::scalar(*m_store, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                            "op = 'erase' AND entity = '%1'")
                                                 .arg(QLatin1String(entity)))
                         .toInt() > 0,
                 entity);
}

void TestConsent::repermissionCountMatchesTheLedger()
{
    // The per-month counters plus one month's index range must equal a plain count, through
    // subscribes, withdrawals, deletes, restores and erasures.
    const qint64 day = 24LL * 3600 * 1000;
    QList<qint64> ids;
    for (int i = 0; i < 120; ++i) {
        const qint64 id = contact(QStringLiteral("r%1@example.nl").arg(i));
        ids << id;
        QVERIFY(recordState(id, State::Subscribed, m_now - qint64((i * 37) % 1200) * day - i).ok());
        if (i % 5 == 0)
            QVERIFY(recordState(id, State::Unsubscribed, m_now - i).ok());
    }
    QVERIFY(m_contacts->remove({ids.at(1), ids.at(2), ids.at(3)}).ok());
    QVERIFY(m_contacts->restore({ids.at(2)}).ok());
    QVERIFY(DataSubjectRights(*m_store).erase(ids.at(7), QStringLiteral("t")).ok());
    for (int months = 0; months <= 40; months += 3) {
        const qint64 cutoff = m_now - qint64(months) * 30 * day - 12345;
        const qint64 expected =
            TestStore::scalar(*m_store,
                              QStringLiteral("SELECT count(*) FROM consent_state s JOIN contacts c "
                                             "ON c.id = s.contact_id WHERE c.deleted = 0 AND "
                                             "s.purpose = 'newsletter' AND s.state = "
                                             "'subscribed' AND s.occurred_at < %1")
                                  .arg(cutoff))
                .toLongLong();
        QCOMPARE(m_consent->countSubscribedBefore(cutoff), expected);
    }
}

void TestConsent::searchIndexPurgeCanRunOnItsOwnConnection()
{
    const QString name = QStringLiteral("Hieronymusvanderwaal");
    for (int i = 0; i < 50; ++i) // enough rows for the index to have segments worth merging
        contact(QStringLiteral("p%1@example.nl").arg(i), QStringLiteral("Piet%1").arg(i));
    const qint64 id = contact(QStringLiteral("h@example.nl"), name);
    DataSubjectRights rights(*m_store);
    QVERIFY(rights.erase(id, QStringLiteral("t"), DataSubjectRights::Purge::Later).ok());
    QVERIFY(rights.purgePending());              // a crash now is caught up at the next open
    const QByteArray needle = "nymusvanderwaal"; // longer than any prefix terms share
    auto indexHolds = [this, &needle] {
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("SELECT block FROM contacts_fts_data")))
            return true;
        while (q.next())
            if (q.value(0).toByteArray().toLower().contains(needle))
                return true;
        return false;
    };
    QVERIFY2(indexHolds(), "before the merge the old segment still holds the name");
    // What a worker thread does, on a connection of its own.
    QVERIFY(DataSubjectRights::purgeSearchIndex(m_store->path()).ok());
    QVERIFY(!rights.purgePending());
    QVERIFY(!indexHolds());
    ContactQuery search;
    search.search = QStringLiteral("hieronymus");
    QCOMPARE(m_contacts->count(search), 0);
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
