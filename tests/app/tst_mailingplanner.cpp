#include "BackgroundCounter.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "Language.h"
#include "ListRepository.h"
#include "MailingPlanner.h"
#include "MailingRepository.h"
#include "SuppressionList.h"
#include "TemplateRepository.h"
#include "TestStore.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The app side of preparing a mailing (issue 10): the pre-send checklist, the preview for
// one recipient, scheduling (which refuses and changes nothing until the checklist passes),
// and the background counter the editors use for a live count.
class TestMailingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void completeMailingPasses();
    void eachProblemBlocksWithItsOwnMessage_data();
    void eachProblemBlocksWithItsOwnMessage();
    void refusedScheduleChangesNothing();
    void scheduleSealsWithTheSenderIdentity();
    void previewIsTheRecipientsMessage();
    void backgroundCountEqualsTheCount();
    void backgroundCounterDeliversOnlyTheLatest();

private:
    Mailing draft();
    static SenderProfile profile();
    Checklist check(const Mailing& m) { return MailingPlanner::check(*m_ws, m, profile(), kNow); }

    static constexpr qint64 kNow = 1'795'000'000'000; // 2026-11-18 UTC
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    ContactListInfo m_list;
    Template m_template;
    QVector<qint64> m_subscribed;
};

SenderProfile TestMailingPlanner::profile()
{
    return {QStringLiteral("Bakkerij De Korenaar"),
            QStringLiteral("Oudegracht 112\n3511 AX Utrecht"), QStringLiteral("12345678"),
            QStringLiteral("Marieke"), QStringLiteral("marieke@korenaar.nl")};
}

void TestMailingPlanner::init()
{
    Language::apply(QStringLiteral("en"));
    Clock::setSource([] { return kNow; });
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Workspace::open(m_dir->filePath(QStringLiteral("s.db")), QStringLiteral("test"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_ws = std::move(opened.value());
    auto list = m_ws->createList(QStringLiteral("Klanten"));
    QVERIFY(list.ok());
    m_list = list.value();
    m_subscribed.clear();
    // 0–5 subscribed (5 suppressed), 6 unsubscribed, 7 without consent.
    for (int i = 0; i < 8; ++i) {
        Contact c;
        c.email = QStringLiteral("klant%1@example.nl").arg(i);
        c.firstName = i == 0 ? QStringLiteral("Anneke") : QStringLiteral("Klant%1").arg(i);
        c.lastName = QStringLiteral("de Vries");
        auto added = m_ws->addContact(c, {}, m_list.id);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        if (i == 7)
            continue;
        ConsentEvent e;
        e.contactId = added.value().id;
        e.state = i == 6 ? ConsentEvent::State::Unsubscribed : ConsentEvent::State::Subscribed;
        e.basis = i == 6 ? ConsentEvent::Basis::None : ConsentEvent::Basis::Consent;
        e.occurredAt = kNow - 1000;
        e.source = QStringLiteral("paper_form");
        e.wording = QStringLiteral("Ja, graag.");
        auto recorded = m_ws->consent().record(e);
        QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
        if (i < 5)
            m_subscribed << added.value().id;
    }
    QVERIFY(SuppressionList(m_ws->store())
                .add(QStringLiteral("klant5@example.nl"), SuppressionList::Reason::Bounced, kNow)
                .ok());
    auto t = m_ws->createTemplate(
        QStringLiteral("Nieuws"), QStringLiteral("Nieuws voor {{first_name}}"),
        QStringLiteral("<!DOCTYPE html>\n<html><head><title>Nieuws</title></head><body>\n"
                       "<p>Beste {{first_name}},</p>\n<p>{{sender_address}}</p>\n"
                       "<p><a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p>\n</body></html>\n"));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    m_template = t.value();
}

void TestMailingPlanner::cleanup()
{
    m_ws.reset();
    m_dir.reset();
    Clock::setSource({});
}

Mailing TestMailingPlanner::draft()
{
    Mailing m;
    m.name = QStringLiteral("December");
    m.templateId = m_template.id;
    m.audience.includeLists << m_list.uuid;
    auto created = m_ws->createMailing(m);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorMessage()));
    return created.value();
}

void TestMailingPlanner::completeMailingPasses()
{
    const Checklist list = check(draft());
    for (const ChecklistItem& item : list.items)
        QVERIFY2(item.status != ChecklistItem::Status::Failed,
                 qPrintable(item.title + QLatin1String(": ") + item.detail));
    QVERIFY(list.passed());
    QVERIFY(list.recipients);
    QCOMPARE(list.recipients->selected, 5);
    QCOMPARE(list.recipients->suppressed, 1);
    QCOMPARE(list.recipients->notSubscribed, 2);
    // The test send is recommended, never blocking.
    const ChecklistItem* test = list.item(ChecklistItem::Check::TestSend);
    QVERIFY(test);
    QCOMPARE(test->status, ChecklistItem::Status::Advice);
    QCOMPARE(list.item(ChecklistItem::Check::Recipients)->title, QStringLiteral("5 recipients"));
}

void TestMailingPlanner::eachProblemBlocksWithItsOwnMessage_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("check");
    QTest::addColumn<QString>("detail"); // part of the message the user reads
    using C = ChecklistItem::Check;
    QTest::newRow("no template") << "no-template" << int(C::Template) << "Choose the template";
    QTest::newRow("template deleted")
        << "template-deleted" << int(C::Template) << "no longer exists";
    QTest::newRow("broken mustache") << "lint" << int(C::Lint) << "Line 3: the section";
    QTest::newRow("no unsubscribe link")
        << "unsubscribe" << int(C::Unsubscribe) << "{{unsubscribe_url}}";
    QTest::newRow("no subject") << "subject" << int(C::Subject) << "subject";
    QTest::newRow("no company") << "company" << int(C::SenderProfile) << "company name";
    QTest::newRow("no address") << "address" << int(C::SenderProfile) << "postal address";
    QTest::newRow("bad from") << "from" << int(C::FromAddress) << "“anna@@korenaar.nl”";
    QTest::newRow("no from at all") << "no-from" << int(C::FromAddress) << "default one";
    QTest::newRow("bad reply-to") << "reply-to" << int(C::FromAddress) << "reply-to";
    QTest::newRow("no audience") << "no-audience" << int(C::Recipients) << "Choose the lists";
    QTest::newRow("nobody subscribed") << "nobody" << int(C::Recipients) << "No one";
    QTest::newRow("time passed") << "past" << int(C::Schedule) << "has passed";
}

void TestMailingPlanner::eachProblemBlocksWithItsOwnMessage()
{
    QFETCH(QString, problem);
    QFETCH(int, check);
    QFETCH(QString, detail);
    Mailing m = draft();
    SenderProfile p = profile();
    Template t = m_template;
    if (problem == u"no-template")
        m.templateId.reset();
    else if (problem == u"template-deleted")
        QVERIFY(m_ws->removeTemplate(m_template.id).ok());
    else if (problem == u"lint")
        t.html.replace(QStringLiteral("{{first_name}},"), QStringLiteral("{{#first_name}},"));
    else if (problem == u"unsubscribe")
        t.html.replace(QStringLiteral("{{{unsubscribe_url}}}"), QStringLiteral("https://x.nl"));
    else if (problem == u"subject")
        t.subject.clear();
    else if (problem == u"company")
        p.company.clear();
    else if (problem == u"address")
        p.address = QStringLiteral("  ");
    else if (problem == u"from")
        m.fromEmail = QStringLiteral("anna@@korenaar.nl");
    else if (problem == u"no-from")
        p.fromEmail.clear();
    else if (problem == u"reply-to")
        m.replyTo = QStringLiteral("geen adres");
    else if (problem == u"no-audience")
        m.audience = {};
    else if (problem == u"nobody")
        m.audience.excludeLists << m_list.uuid;
    else if (problem == u"past")
        m.scheduleAt = kNow - 10 * 60 * 1000;
    if (t.html != m_template.html || t.subject != m_template.subject)
        QVERIFY(m_ws->saveTemplate(t, TemplateRepository::Save::Manual).ok());
    const Checklist list = MailingPlanner::check(*m_ws, m, p, kNow);
    QVERIFY(!list.passed());
    const QVector<ChecklistItem> failures = list.failures();
    QCOMPARE(failures.size(),
             1 + (problem.startsWith(QLatin1String("no-template")) || problem == u"template-deleted"
                      ? 3 // nor the linter, the link, the template's subject
                      : 0));
    QCOMPARE(int(failures.first().check), check);
    QVERIFY2(failures.first().detail.contains(detail), qPrintable(failures.first().detail));
}

void TestMailingPlanner::refusedScheduleChangesNothing()
{
    const Mailing m = draft();
    SenderProfile p = profile();
    p.address.clear();
    const auto refused = MailingPlanner::schedule(*m_ws, m.id, std::nullopt, {}, p, kNow);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("checklist"));
    QVERIFY2(refused.errorMessage().contains(QLatin1String("postal address")),
             qPrintable(refused.errorMessage()));
    const auto stored = m_ws->mailings().findById(m.id);
    QCOMPARE(stored->state, MailingState::Draft);
    QVERIFY(!stored->isSealed());
    QCOMPARE(m_ws->mailings().recipientCount(m.id), 0);
    // A time zone that does not exist is refused too.
    QVERIFY(!MailingPlanner::schedule(*m_ws, m.id, kNow + 3'600'000, QStringLiteral("Mars/Olympus"),
                                      profile(), kNow)
                 .ok());
    QCOMPARE(m_ws->mailings().findById(m.id)->state, MailingState::Draft);
}

void TestMailingPlanner::scheduleSealsWithTheSenderIdentity()
{
    Mailing m = draft();
    m.fromName = QStringLiteral("Anna van De Korenaar"); // the mailing's own name wins
    m.replyTo = QStringLiteral("anna@korenaar.nl");
    m.subject = QStringLiteral("Kerstbrood voor {{first_name}}");
    QVERIFY(m_ws->saveMailing(m).ok());
    QSignalSpy changed(m_ws.get(), &Workspace::mailingsChanged);
    const qint64 at = kNow + 86'400'000;
    const auto scheduled = MailingPlanner::schedule(
        *m_ws, m.id, at, QStringLiteral("Europe/Amsterdam"), profile(), kNow);
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.errorMessage()));
    QCOMPARE(scheduled.value(), 5);
    QVERIFY(changed.count() >= 1);
    const auto sealed = m_ws->mailings().findById(m.id);
    QCOMPARE(sealed->state, MailingState::Scheduled);
    QCOMPARE(sealed->scheduleAt, std::optional<qint64>(at));
    QCOMPARE(sealed->timeZone, QStringLiteral("Europe/Amsterdam"));
    QCOMPARE(sealed->templateSubject, QStringLiteral("Kerstbrood voor {{first_name}}"));
    QVERIFY(sealed->templateText.contains(QLatin1String("Beste {{first_name}}")));
    QCOMPARE(sealed->sender.value("from_name").toString(), QStringLiteral("Anna van De Korenaar"));
    QCOMPARE(sealed->sender.value("from_email").toString(), QStringLiteral("marieke@korenaar.nl"));
    QCOMPARE(sealed->sender.value("reply_to").toString(), QStringLiteral("anna@korenaar.nl"));
    QCOMPARE(sealed->sender.value("kvk").toString(), QStringLiteral("12345678"));
    QCOMPARE(sealed->sender.value("address").toString(),
             QStringLiteral("Oudegracht 112\n3511 AX Utrecht"));
    QSet<qint64> ids;
    for (const MailingRecipient& r : m_ws->mailings().recipients(m.id))
        ids << r.contactId;
    QCOMPARE(ids, QSet<qint64>(m_subscribed.cbegin(), m_subscribed.cend()));
    // Scheduling again is refused: it is sealed.
    QVERIFY(!MailingPlanner::schedule(*m_ws, m.id, std::nullopt, {}, profile(), kNow).ok());
    // The sealed mailing's checklist reads the frozen list.
    QCOMPARE(check(*sealed).recipients->selected, 5);
}

void TestMailingPlanner::previewIsTheRecipientsMessage()
{
    Mailing m = draft();
    m.preheader = QStringLiteral("Vers uit de oven");
    const auto anneke = m_ws->contacts().findByEmail(QStringLiteral("klant0@example.nl"));
    QVERIFY(anneke);
    const auto p = MailingPlanner::preview(*m_ws, m, *anneke, profile());
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QCOMPARE(p.value().subject, QStringLiteral("Nieuws voor Anneke"));
    QCOMPARE(p.value().preheader, QStringLiteral("Vers uit de oven"));
    QVERIFY(p.value().html.contains(QLatin1String("Beste Anneke,")));
    QVERIFY(p.value().html.contains(QLatin1String("Oudegracht 112, 3511 AX Utrecht")));
    QVERIFY(p.value().text.contains(QLatin1String("Beste Anneke,")));
    QCOMPARE(p.value().to, QStringLiteral("Anneke de Vries <klant0@example.nl>"));
    QCOMPARE(p.value().from, QStringLiteral("Marieke <marieke@korenaar.nl>"));
    // No unsubscribe link that could reach anyone from a preview.
    QVERIFY(p.value().html.contains(QLatin1String(".invalid")));
    m.templateId.reset();
    QVERIFY(!MailingPlanner::preview(*m_ws, m, *anneke, profile()).ok());
}

void TestMailingPlanner::backgroundCountEqualsTheCount()
{
    Audience a;
    a.includeLists << m_list.uuid;
    BackgroundCounter counter(m_ws->storePath());
    QSignalSpy counted(&counter, &BackgroundCounter::audienceCounted);
    QSignalSpy busy(&counter, &BackgroundCounter::busyChanged);
    counter.countAudience(a);
    QVERIFY(counted.wait(10000));
    const auto count = counted.first().first().value<RecipientCount>();
    const auto direct = countRecipients(m_ws->store(), a, kNow);
    QVERIFY(direct.ok());
    QCOMPARE(count.selected, direct.value().selected);
    QCOMPARE(count.suppressed, direct.value().suppressed);
    QCOMPARE(count.notSubscribedByState, direct.value().notSubscribedByState);
    QTRY_VERIFY(!counter.busy());
    QCOMPARE(busy.last().first().toBool(), false);

    // A segment: its count, and a rule that is not valid gives its message.
    QSignalSpy segment(&counter, &BackgroundCounter::segmentCounted);
    QSignalSpy failed(&counter, &BackgroundCounter::segmentFailed);
    counter.countSegment(SegmentRule::fieldRule(
        QStringLiteral("first_name"), SegmentRule::FieldOp::StartsWith, QStringLiteral("klant")));
    QVERIFY(segment.wait(10000));
    QCOMPARE(segment.first().first().toLongLong(), 7);
    counter.countSegment(SegmentRule::withinLastDays(SegmentRule::DateField::CreatedAt, 0));
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());

    // An audience naming a list that is gone fails with a message, not a zero.
    QSignalSpy audienceFailed(&counter, &BackgroundCounter::audienceFailed);
    Audience gone;
    gone.includeLists << QStringLiteral("00000000-0000-0000-0000-000000000000");
    counter.countAudience(gone);
    QVERIFY(audienceFailed.wait(10000));
    QVERIFY(audienceFailed.first().first().toString().contains(QLatin1String("no longer exists")));
}

void TestMailingPlanner::backgroundCounterDeliversOnlyTheLatest()
{
    BackgroundCounter counter(m_ws->storePath());
    QSignalSpy counted(&counter, &BackgroundCounter::audienceCounted);
    Audience all;
    all.includeLists << m_list.uuid;
    Audience none = all;
    none.excludeLists << m_list.uuid;
    for (int i = 0; i < 20; ++i)
        counter.countAudience(i % 2 ? none : all);
    counter.countAudience(all); // the last word
    QTRY_VERIFY(!counter.busy());
    QVERIFY(counted.count() >= 1);
    QCOMPARE(counted.last().first().value<RecipientCount>().selected, 5);
    // Destroyed while a count may still run: no crash, no late signal.
    auto* late = new BackgroundCounter(m_ws->storePath());
    late->countAudience(all);
    delete late;
}

QTEST_GUILESS_MAIN(TestMailingPlanner)
#include "tst_mailingplanner.moc"
