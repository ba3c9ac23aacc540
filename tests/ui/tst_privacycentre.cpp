#include "AccountEvents.h"
#include "AccountNotices.h"
#include "Clock.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "Language.h"
#include "ListRepository.h"
#include "Mailing.h"
#include "MailingRepository.h"
#include "MainWindow.h"
#include "PrivacyCentre.h"
#include "Store.h"
#include "TemplateRepository.h"
#include "Workspace.h"
#include "privacy/ConsentCentre.h"
#include "privacy/NoticeBanner.h"
#include "privacy/PolicyAckDialog.h"
#include "privacy/PrivacyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

// The privacy centre (issue 8) as the user meets it: the banner from a new policy's
// publication day, the acknowledgment once it is in force (and not before), the user's own
// consents (off by default, every change recorded), service announcements kept offline and
// dismissible, and the usage report shown exactly as it would be sent.
class TestPrivacyCentre : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannerFromPublicationDayAcknowledgmentOnceInForce();
    void aVersionPublishedByTheServerIsAnnouncedAndShown();
    void consentsAreOffUntilTurnedOnAndEveryChangeIsRecorded();
    void usagePayloadIsShownAndHoldsNoPersonalData();
    void announcementsAreShownUntilDismissed();
    void whatSendtrixKeepsIsShownAndSaved();

private:
    static qint64 at(int y, int m, int d, int hour = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone("Europe/Amsterdam"))
            .toMSecsSinceEpoch();
    }
    static void setNow(qint64 ms)
    {
        Clock::setSource([ms] { return ms; });
    }
    PolicyAckDialog* openAckDialog() const
    {
        return m_window->findChild<PolicyAckDialog*>(QStringLiteral("policyAckDialog"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrivacyCentre::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPrivacyCentre::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("privacy.db")));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();
}

void TestPrivacyCentre::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    Clock::setSource({});
    Language::apply(QStringLiteral("en"));
}

void TestPrivacyCentre::bannerFromPublicationDayAcknowledgmentOnceInForce()
{
    // The bundled version 2026-12: published 27 November, in force from 27 December 2026.
    setNow(at(2026, 11, 26)); // the day before its publication: nothing to announce
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QCoreApplication::processEvents();
    QVERIFY(!m_window->noticeBanner()->isVisible());
    QVERIFY(!openAckDialog());

    setNow(at(2026, 11, 27, 8)); // publication day
    m_window->privacyCentre()->refresh();
    QVERIFY(m_window->noticeBanner()->isVisible());
    auto* notice = m_window->noticeBanner()->findChild<QFrame*>(QStringLiteral("policyNotice"));
    QVERIFY(notice);
    const QString text = notice->findChild<QLabel*>()->text();
    QVERIFY2(text.contains(QLatin1String("27 December 2026")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("30 days' notice of every change")), qPrintable(text));
    // "Read the new policy" opens it in the Privacy area.
    QTest::mouseClick(notice->findChild<QPushButton*>(QStringLiteral("policyNoticeButton")),
                      Qt::LeftButton);
    QCOMPARE(m_window->privacyPage()->shownVersion(), QStringLiteral("2026-12"));
    QVERIFY(m_window->privacyPage()->isVisible());
    // Not in force yet: no acknowledgment asked.
    m_window->checkPolicyAcknowledgment();
    QVERIFY(!openAckDialog());

    setNow(at(2026, 12, 26, 23)); // the last evening before: still the banner, no dialog
    m_window->privacyCentre()->refresh();
    QVERIFY(m_window->noticeBanner()->isVisible());
    m_window->checkPolicyAcknowledgment();
    QVERIFY(!openAckDialog());

    setNow(at(2026, 12, 27, 9)); // in force: the banner goes, the dialog comes
    m_window->privacyCentre()->refresh();
    QVERIFY(!m_window->noticeBanner()->isVisible());
    m_window->checkPolicyAcknowledgment();
    PolicyAckDialog* dialog = openAckDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QTextBrowser*>(QStringLiteral("policyAckText"))
                ->toPlainText()
                .contains(QLatin1String("What we collect")));
    // "Later": asked again next time, nothing recorded.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("laterButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!openAckDialog());
    QVERIFY(!AccountEvents(m_workspace->store()).acknowledged(QStringLiteral("2026-12")));
    m_window->checkPolicyAcknowledgment();
    dialog = openAckDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acknowledgeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!openAckDialog());
    // Recorded as an account event (synced: it has its change-log entry), asked never again.
    QVERIFY(AccountEvents(m_workspace->store()).acknowledged(QStringLiteral("2026-12")));
    QSqlQuery q(m_workspace->store().database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'account_event'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    m_window->checkPolicyAcknowledgment();
    QVERIFY(!openAckDialog());
}

void TestPrivacyCentre::aVersionPublishedByTheServerIsAnnouncedAndShown()
{
    // What a sync keeps of GET /api/v1/policy: a later version, published 1 February 2027,
    // in force from 15 March 2027.
    const QJsonObject published{
        {QStringLiteral("id"), QStringLiteral("2027-03")},
        {QStringLiteral("published_at"), at(2027, 2, 1, 10)},
        {QStringLiteral("effective_at"), at(2027, 3, 15, 0)},
        {QStringLiteral("effective_date"), QStringLiteral("2027-03-15")},
        {QStringLiteral("nl"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Privacybeleid van Sendtrix")},
                     {QStringLiteral("text"), QStringLiteral("# Privacybeleid\n\nNieuwe tekst.")},
                     {QStringLiteral("changes"), QStringLiteral("Wij bewaren logs korter.")}}},
        {QStringLiteral("en"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Sendtrix privacy policy")},
                     {QStringLiteral("text"), QStringLiteral("# Privacy policy\n\nNew text.")},
                     {QStringLiteral("changes"), QStringLiteral("We keep logs for less time.")}}}};
    QVERIFY(AccountNotices(m_workspace->store())
                .replace(AccountNotices::Policy, QJsonArray{published})
                .ok());
    // The version in force until then was acknowledged: that does not count for the next.
    QVERIFY(AccountEvents(m_workspace->store())
                .record(AccountEvents::PolicyAcknowledged, QStringLiteral("2026-12"))
                .ok());
    setNow(at(2027, 1, 31));
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QCoreApplication::processEvents();
    QVERIFY(!m_window->noticeBanner()->isVisible());

    setNow(at(2027, 2, 1, 11));
    m_window->privacyCentre()->refresh();
    QVERIFY(m_window->noticeBanner()->isVisible());
    const QString text = m_window->noticeBanner()
                             ->findChild<QFrame*>(QStringLiteral("policyNotice"))
                             ->findChild<QLabel*>()
                             ->text();
    QVERIFY2(text.contains(QLatin1String("15 March 2027")) &&
                 text.contains(QLatin1String("We keep logs for less time.")),
             qPrintable(text));
    // The Privacy area lists it above the version in force and shows it.
    PrivacyPage* page = m_window->privacyPage();
    auto* versions = page->findChild<QComboBox*>(QStringLiteral("policyVersions"));
    QVERIFY(versions->isVisibleTo(page));
    QCOMPARE(versions->itemData(0).toString(), QStringLiteral("2027-03"));
    QCOMPARE(versions->itemData(1).toString(), QStringLiteral("2026-12"));
    page->showPolicy(QStringLiteral("2027-03"));
    QVERIFY(page->findChild<QTextBrowser*>(QStringLiteral("policyText"))
                ->toPlainText()
                .contains(QLatin1String("New text.")));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("policyVersionLine"))
                ->text()
                .contains(QLatin1String("takes effect on 15 March 2027")));

    QVERIFY(!openAckDialog());
    // In force: asked for this version.
    setNow(at(2027, 3, 15, 8));
    m_window->privacyCentre()->refresh();
    QVERIFY(!m_window->noticeBanner()->isVisible());
    m_window->checkPolicyAcknowledgment();
    PolicyAckDialog* dialog = openAckDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("policyChanges"))
                ->text()
                .contains(QLatin1String("We keep logs for less time.")));
    dialog->reject();
}

void TestPrivacyCentre::consentsAreOffUntilTurnedOnAndEveryChangeIsRecorded()
{
    m_window = std::make_unique<MainWindow>(*m_workspace);
    auto* centre = m_window->privacyPage()->findChild<ConsentCentre*>();
    QVERIFY(centre);
    auto* news = centre->findChild<QCheckBox*>(QStringLiteral("productNewsConsent"));
    auto* stats = centre->findChild<QCheckBox*>(QStringLiteral("usageStatisticsConsent"));
    QVERIFY(!news->isChecked());
    QVERIFY(!stats->isChecked());

    setNow(at(2026, 11, 28, 10));
    news->setChecked(true);
    setNow(at(2026, 11, 28, 11));
    stats->setChecked(true);
    setNow(at(2026, 11, 29, 9));
    news->setChecked(false);

    AccountEvents events(m_workspace->store());
    QVERIFY(!events.consent(AccountEvents::ProductNews));
    QVERIFY(events.consent(AccountEvents::UsageStatistics));
    const QVector<AccountEvents::Event> all = events.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).subject, AccountEvents::ProductNews);
    QCOMPARE(all.at(0).value, QStringLiteral("off"));
    QCOMPARE(all.at(0).at, at(2026, 11, 29, 9));
    QCOMPARE(all.at(2).at, at(2026, 11, 28, 10));
    // Each has its change-log entry: it goes to the server with the next sync.
    QSqlQuery q(m_workspace->store().database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'account_event'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // The history lists them, newest first, in words.
    auto* history = centre->findChild<QListWidget*>(QStringLiteral("consentHistory"));
    QCOMPARE(history->count(), 3);
    QVERIFY2(history->item(0)->text().contains(QLatin1String("Product news by e-mail turned off")),
             qPrintable(history->item(0)->text()));
    // A new window shows what is recorded.
    m_window = std::make_unique<MainWindow>(*m_workspace);
    centre = m_window->privacyPage()->findChild<ConsentCentre*>();
    QVERIFY(!centre->findChild<QCheckBox*>(QStringLiteral("productNewsConsent"))->isChecked());
    QVERIFY(centre->findChild<QCheckBox*>(QStringLiteral("usageStatisticsConsent"))->isChecked());
}

void TestPrivacyCentre::usagePayloadIsShownAndHoldsNoPersonalData()
{
    ContactRepository contacts(m_workspace->store());
    Contact c;
    c.email = QStringLiteral("marieke.de.boer@bakkerij.nl");
    c.firstName = QStringLiteral("Marieke");
    QVERIFY(contacts.create(c).ok());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    auto* centre = m_window->privacyPage()->findChild<ConsentCentre*>();
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        shown = dialog->findChild<QPlainTextEdit*>(QStringLiteral("usagePayload"))->toPlainText();
        dialog->close();
    });
    centre->showUsagePayload();
    const QJsonObject o = QJsonDocument::fromJson(shown.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("contacts")).toString(), QStringLiteral("1-99"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("app_version"), QStringLiteral("contacts"),
                                    QStringLiteral("language"), QStringLiteral("mailings_30d"),
                                    QStringLiteral("os"), QStringLiteral("schema"),
                                    QStringLiteral("templates")}));
    QVERIFY(!shown.contains(QLatin1String("marieke")) && !shown.contains(QLatin1String("@")));
}

void TestPrivacyCentre::announcementsAreShownUntilDismissed()
{
    const qint64 now = at(2026, 11, 30, 12);
    setNow(now);
    const QJsonObject maintenance{
        {QStringLiteral("id"), 7},
        {QStringLiteral("kind"), QStringLiteral("maintenance")},
        {QStringLiteral("starts_at"), at(2026, 12, 1, 22)},
        {QStringLiteral("ends_at"), at(2026, 12, 1, 23)},
        {QStringLiteral("published_at"), now},
        {QStringLiteral("nl"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Onderhoud")},
                                           {QStringLiteral("body"),
                                            QStringLiteral("De server is even niet bereikbaar.")}}},
        {QStringLiteral("en"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Maintenance")},
                     {QStringLiteral("body"), QStringLiteral("The server is briefly away.")}}}};
    QVERIFY(AccountNotices(m_workspace->store())
                .replace(AccountNotices::Announcement, QJsonArray{maintenance})
                .ok());
    // Kept in the store: shown with no server at all.
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    QCoreApplication::processEvents();
    NoticeBanner* banner = m_window->noticeBanner();
    QVERIFY(banner->isVisible());
    auto* box = banner->findChild<QFrame*>(QStringLiteral("announcement7"));
    QVERIFY(box);
    QVERIFY(box->findChild<QLabel*>()->text().contains(QLatin1String("Maintenance")));
    // When, in this computer's time, in words.
    const QString expected = QStringLiteral("1 December 2026, %1\u2013%2")
                                 .arg(QDateTime::fromMSecsSinceEpoch(at(2026, 12, 1, 22))
                                          .toLocalTime()
                                          .toString(QStringLiteral("HH:mm")),
                                      QDateTime::fromMSecsSinceEpoch(at(2026, 12, 1, 23))
                                          .toLocalTime()
                                          .toString(QStringLiteral("HH:mm")));
    QVERIFY2(box->findChild<QLabel*>()->text().contains(expected),
             qPrintable(box->findChild<QLabel*>()->text()));
    // In Dutch, the Dutch text.
    const auto shownTitle = [banner] {
        auto* b = banner->findChild<QFrame*>(QStringLiteral("announcement7"));
        return b ? b->findChild<QLabel*>()->text() : QString();
    };
    Language::apply(QStringLiteral("nl"));
    QTRY_VERIFY2(shownTitle().contains(QLatin1String("Onderhoud")), qPrintable(shownTitle()));
    Language::apply(QStringLiteral("en"));
    QTRY_VERIFY(shownTitle().contains(QLatin1String("Maintenance")));
    box = banner->findChild<QFrame*>(QStringLiteral("announcement7"));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("announcement7Button")),
                      Qt::LeftButton);
    QTRY_VERIFY(!banner->findChild<QFrame*>(QStringLiteral("announcement7")));
    QVERIFY(
        AccountEvents(m_workspace->store()).dismissedAnnouncements().contains(QStringLiteral("7")));
    // Over: not shown, dismissed or not.
    setNow(at(2026, 12, 2));
    m_window->privacyCentre()->refresh();
    QVERIFY(!banner->findChild<QFrame*>(QStringLiteral("announcement7")));
}

void TestPrivacyCentre::whatSendtrixKeepsIsShownAndSaved()
{
    Store& store = m_workspace->store();
    ContactRepository contacts(store);
    QList<Contact> made;
    for (const char* address : {"an@voorbeeld.nl", "bo@voorbeeld.nl", "cor@voorbeeld.nl"}) {
        Contact c;
        c.email = QString::fromLatin1(address);
        c.firstName = QStringLiteral("Naam");
        auto created = contacts.create(c);
        QVERIFY(created.ok());
        made << created.value();
    }
    TemplateRepository templates(store);
    auto t = templates.create(QStringLiteral("Nieuwsbrief"), QStringLiteral("Nieuws"),
                              QStringLiteral("<p>Hallo {{first_name}}</p>{{unsubscribe_url}}"));
    QVERIFY(t.ok());
    QVERIFY(templates
                .addAsset(QStringLiteral("logo.png"), QStringLiteral("image/png"),
                          QByteArray(2048, 'x'))
                .ok());
    // A mailing scheduled in March 2027 for two subscribed contacts.
    auto list = ListRepository(store).create(QStringLiteral("Klanten"));
    QVERIFY(list.ok());
    QVERIFY(ListRepository(store).addMembers(list.value().id, {made[0].id, made[1].id}).ok());
    for (int i : {0, 1}) {
        ConsentEvent e;
        e.contactId = made[i].id;
        e.state = ConsentEvent::State::Subscribed;
        e.basis = ConsentEvent::Basis::Consent;
        e.source = QStringLiteral("web_form");
        QVERIFY(ConsentRepository(store).record(e).ok());
    }
    Mailing draft;
    draft.name = QStringLiteral("Voorjaar");
    draft.subject = QStringLiteral("Het voorjaar komt");
    draft.templateId = t.value().id;
    draft.audience.includeLists = {list.value().uuid};
    auto mailing = MailingRepository(store).create(draft);
    QVERIFY2(mailing.ok(), qPrintable(mailing.errorMessage()));
    setNow(at(2027, 3, 10));
    QVERIFY(MailingRepository(store)
                .seal(mailing.value().id, t.value(), QStringLiteral("Hallo"),
                      QJsonObject{{QStringLiteral("company"), QStringLiteral("Bakkerij")}},
                      Clock::nowMs())
                .ok());
    QVERIFY(AccountEvents(store).setConsent(AccountEvents::ProductNews, true).ok());

    m_window = std::make_unique<MainWindow>(*m_workspace);
    PrivacyPage* page = m_window->privacyPage();
    page->findChild<QTabWidget*>(QStringLiteral("privacyTabs"))->setCurrentIndex(2);
    const QString shown = page->dataReportText();
    QVERIFY2(shown.contains(QLatin1String("What Sendtrix keeps about you")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Contacts\t3")) ||
                 shown.contains(QLatin1String("Contacts 3")) ||
                 QRegularExpression(QStringLiteral("Contacts\\s+3\\b")).match(shown).hasMatch(),
             qPrintable(shown));
    QVERIFY2(
        QRegularExpression(QStringLiteral("March 2027\\s+1\\s+2\\s+2")).match(shown).hasMatch(),
        qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("News and offers by e-mail turned on")));
    // Counts and sizes only: nothing of a contact.
    QVERIFY(!shown.contains(QLatin1String("voorbeeld.nl")));

    // Saved as JSON and as a web page, the same figures.
    const QString json = m_dir->filePath(QStringLiteral("rapport.json"));
    QVERIFY(m_window->privacyCentre()
                ->saveDataReport(json, QStringLiteral("json"), QStringLiteral("en"))
                .ok());
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = jf.readAll();
    const QJsonObject o = QJsonDocument::fromJson(jsonBytes).object();
    QCOMPARE(o.value(QStringLiteral("contacts")).toObject().value(QStringLiteral("count")).toInt(),
             3);
    QCOMPARE(o.value(QStringLiteral("templates")).toObject().value(QStringLiteral("count")).toInt(),
             1);
    QCOMPARE(o.value(QStringLiteral("images")).toObject().value(QStringLiteral("bytes")).toInt(),
             2048);
    const QJsonArray months = o.value(QStringLiteral("mailings_per_month")).toArray();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.first().toObject().value(QStringLiteral("month")).toString(),
             QStringLiteral("2027-03"));
    QCOMPARE(months.first().toObject().value(QStringLiteral("recipients")).toInt(), 2);
    QVERIFY(!jsonBytes.contains("voorbeeld.nl"));
    const QString html = m_dir->filePath(QStringLiteral("rapport.html"));
    QVERIFY(m_window->privacyCentre()
                ->saveDataReport(html, QStringLiteral("html"), QStringLiteral("nl"))
                .ok());
    QFile hf(html);
    QVERIFY(hf.open(QIODevice::ReadOnly));
    const QString page2 = QString::fromUtf8(hf.readAll());
    QVERIFY(page2.startsWith(QLatin1String("<!doctype html>")));
    QVERIFY(page2.contains(QLatin1String("maart 2027")));
    // A folder that cannot be written: a message naming the file, nothing half written.
    const auto refused =
        m_window->privacyCentre()->saveDataReport(QStringLiteral("/proc/sendtrix/rapport.json"),
                                                  QStringLiteral("json"), QStringLiteral("en"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(QLatin1String("rapport.json")));
}

QTEST_MAIN(TestPrivacyCentre)
#include "tst_privacycentre.moc"
