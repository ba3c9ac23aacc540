#include "Audience.h"
#include "Clock.h"
#include "ConsentEvent.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "Language.h"
#include "ListRepository.h"
#include "MailingRepository.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"
#include "TemplateRepository.h"
#include "Workspace.h"
#include "mailings/MailingEditor.h"
#include "mailings/MailingsPage.h"
#include "templates/HtmlPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The Mailings area as a marketer uses it, on real widgets over a real store: a new draft
// with its template and list, the live count with who is left out and why, the checklist
// that waits for the sender profile, scheduling (which seals), the read-only sealed
// mailing and its copy, cancelling, autosave across mailings, and edits made elsewhere.
class TestMailingsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateCreatesTheFirstMailingWithTrackingOff();
    void draftIsCountedCheckedScheduledSealedCopiedAndCancelled();
    void typedTextSurvivesSwitchingMailings();
    void anInvalidAddressIsHeldBackWhileTheRestIsSaved();
    void aDeletedListIsShownAsSuch();
    void anEditElsewhereShowsUp();
    void previewShowsTheMessageForARecipient();

private:
    MailingsPage* page() const { return m_window->mailingsPage(); }
    MailingEditor* editor() const { return page()->editor(); }
    // Clicks the button called `name` in the next message box that opens.
    void answerNextMessageBox(const QString& name);
    void setSenderProfile();
    void chooseTemplate();
    qint64 newDraftForKlanten(const QString& name);

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    Template m_template;
    ContactListInfo m_klanten;
    QString m_firstSubscribed;
};

namespace {

const QString kTemplateHtml = QStringLiteral(
    "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Nieuws</title>"
    "</head>\n<body>\n<p>Hallo {{first_name}},</p>\n<p>Dit is ons nieuws van deze maand.</p>\n"
    "<p>{{sender_address}}<br>\n<a href=\"{{{unsubscribe_url}}}\">Afmelden</a></p>\n"
    "</body></html>\n");

// Contact i of the population: its newsletter state, and whether its address is suppressed.
QString stateOf(int i)
{
    const char* const states[] = {"subscribed", "subscribed",   "subscribed",
                                  "pending",    "unsubscribed", i % 2 ? "bounced" : "complained",
                                  "none"};
    return QString::fromLatin1(states[i % 7]);
}

} // namespace

void TestMailingsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings (the sender profile) in a folder of this run, never the user's own.
    m_config = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config->path());
    Language::apply(QStringLiteral("en"));
}

void TestMailingsUi::init()
{
    QSettings().clear();
    QCOMPARE(Settings().senderCompany(), QString());
    m_dir = std::make_unique<QTemporaryDir>();
    auto ws =
        Workspace::open(m_dir->filePath(QStringLiteral("mailings.db")), QStringLiteral("test"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_workspace = std::move(ws).value();

    // 40 contacts in "Klanten" with every consent state; some subscribed addresses are on
    // the suppression list, some contacts deleted; 5 more subscribed contacts in "VIP".
    auto klanten = m_workspace->createList(QStringLiteral("Klanten"));
    auto vip = m_workspace->createList(QStringLiteral("VIP"));
    QVERIFY(klanten.ok() && vip.ok());
    m_klanten = klanten.value();
    ConsentRepository consent(m_workspace->store());
    SuppressionList suppressions(m_workspace->store());
    QList<qint64> inKlanten, inVip, deleted;
    const qint64 now = Clock::nowMs();
    for (int i = 0; i < 45; ++i) {
        Contact c;
        c.email = QStringLiteral("klant%1@example.nl").arg(i, 2, 10, QLatin1Char('0'));
        c.firstName = QStringLiteral("Klant%1").arg(i);
        c.lastName = QStringLiteral("Jansen");
        auto created = m_workspace->contacts().create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        const QString state = i >= 40 ? QStringLiteral("subscribed") : stateOf(i);
        if (state != QLatin1String("none")) {
            ConsentEvent e;
            e.contactId = created.value().id;
            e.state = state == QLatin1String("subscribed")     ? ConsentEvent::State::Subscribed
                      : state == QLatin1String("pending")      ? ConsentEvent::State::Pending
                      : state == QLatin1String("unsubscribed") ? ConsentEvent::State::Unsubscribed
                      : state == QLatin1String("bounced")      ? ConsentEvent::State::Bounced
                                                               : ConsentEvent::State::Complained;
            e.basis = ConsentEvent::withdraws(e.state) ? ConsentEvent::Basis::None
                                                       : ConsentEvent::Basis::Consent;
            e.occurredAt = now - 86'400'000;
            e.source = QStringLiteral("paper_form");
            e.wording = QStringLiteral("Ja, ik wil de nieuwsbrief ontvangen.");
            e.policyVersion = QStringLiteral("2026-01");
            auto recorded = consent.record(e);
            QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
        }
        if (state == QLatin1String("subscribed") && i < 40 && i % 13 == 0)
            QVERIFY(suppressions.add(c.email, SuppressionList::Reason::Bounced, now).ok());
        if (i < 40 && i % 17 == 5)
            deleted << created.value().id;
        if (i == 1)
            m_firstSubscribed = c.email;
        (i < 40 ? inKlanten : inVip) << created.value().id;
    }
    QVERIFY(m_workspace->addToList(m_klanten.id, inKlanten).ok());
    QVERIFY(m_workspace->addToList(vip.value().id, inVip).ok());
    QVERIFY(m_workspace->deleteContacts(deleted).ok());
    auto t = m_workspace->createTemplate(
        QStringLiteral("Nieuwsbrief"), QStringLiteral("Nieuws voor {{first_name}}"), kTemplateHtml);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    m_template = t.value();

    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showArea(QStringLiteral("mailings"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(page()->isVisible());
}

void TestMailingsUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMailingsUi::answerNextMessageBox(const QString& name)
{
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [poll, name, tries] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                if (auto* button = box->findChild<QPushButton*>(name)) {
                    poll->deleteLater();
                    poll->stop();
                    button->click();
                    return;
                }
        if (++*tries > 250) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

void TestMailingsUi::setSenderProfile()
{
    Settings s;
    s.setSenderCompany(QStringLiteral("Bloemenhuis De Vries"));
    s.setSenderAddress(QStringLiteral("Oudegracht 1\n3511 AA Utrecht"));
    s.setSenderFromName(QStringLiteral("Bloemenhuis"));
    s.setSenderFromEmail(QStringLiteral("nieuws@bloemenhuis.nl"));
}

void TestMailingsUi::chooseTemplate()
{
    QComboBox* combo = editor()->templateCombo();
    const int index = combo->findData(m_template.id);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

qint64 TestMailingsUi::newDraftForKlanten(const QString& name)
{
    const qint64 id = page()->createMailing();
    if (!id)
        return 0;
    editor()->nameEdit()->selectAll();
    QTest::keyClicks(editor()->nameEdit(), name);
    chooseTemplate();
    editor()->setAudienceItem(m_klanten.uuid, false, true);
    return id;
}

void TestMailingsUi::emptyStateCreatesTheFirstMailingWithTrackingOff()
{
    QVERIFY(page()->showingList());
    QVERIFY(page()->welcomeButton()->isVisible());
    QCOMPARE(page()->welcomeButton()->text(), QStringLiteral("Create your first mailing"));
    QTest::mouseClick(page()->welcomeButton(), Qt::LeftButton);
    QVERIFY(!page()->showingList());
    QVERIFY(editor()->isVisible());
    QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("New mailing"));
    QVERIFY(editor()->nameEdit()->hasFocus());

    // Tracking is off until chosen, and each box says what it means for privacy.
    QVERIFY(!editor()->openTrackingCheck()->isChecked());
    QVERIFY(!editor()->clickTrackingCheck()->isChecked());
    const auto stored = m_workspace->mailings().findById(editor()->mailingId());
    QVERIFY(stored && !stored->openTracking && !stored->clickTracking);
    bool privacySentence = false;
    for (QLabel* l : editor()->findChildren<QLabel*>())
        if (l->text().contains(QLatin1String("privacy statement")))
            privacySentence = true;
    QVERIFY(privacySentence);

    // "As soon as possible" and the computer's own time zone by default; no audience yet.
    QVERIFY(editor()->asapRadio()->isChecked());
    QVERIFY(!editor()->scheduleEdit()->isEnabled());
    QCOMPARE(editor()->recipientsHeadline()->text(), QStringLiteral("No audience chosen yet"));
    QVERIFY(!editor()->scheduleButton()->isEnabled());

    // Back to the list: the draft is there with its state.
    QTest::mouseClick(editor()->findChild<QWidget*>(QStringLiteral("backToMailings")),
                      Qt::LeftButton);
    QVERIFY(page()->showingList());
    QCOMPARE(page()->table()->rowCount(), 1);
    QCOMPARE(page()->table()->item(0, MailingsPage::StateColumn)->text(), QStringLiteral("Draft"));
    QCOMPARE(page()->table()->item(0, MailingsPage::SendTimeColumn)->text(),
             QStringLiteral("As soon as possible"));

    // A draft can be deleted (after a question); then the welcome is back.
    page()->selectMailing(page()->table()->item(0, 0)->data(Qt::UserRole).toLongLong());
    QVERIFY(page()->deleteButton()->isEnabled());
    QVERIFY(!page()->cancelButton()->isEnabled());
    answerNextMessageBox(QStringLiteral("confirmDelete"));
    QTest::mouseClick(page()->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY(m_workspace->mailings().all().isEmpty());
    QTRY_VERIFY(page()->welcomeButton()->isVisible());
}

void TestMailingsUi::draftIsCountedCheckedScheduledSealedCopiedAndCancelled()
{
    QTest::mouseClick(page()->welcomeButton(), Qt::LeftButton);
    const qint64 id = editor()->mailingId();
    QVERIFY(id > 0);
    editor()->nameEdit()->selectAll();
    QTest::keyClicks(editor()->nameEdit(), QStringLiteral("Voorjaarsactie"));
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("Lente bij ons, {{first_name}}"));
    chooseTemplate();
    QVERIFY(editor()->setAudienceItem(m_klanten.uuid, false, true));

    // The count comes from the worker thread and matches the selection's own count.
    Audience audience;
    audience.includeLists << m_klanten.uuid;
    const auto expected = countRecipients(m_workspace->store(), audience, Clock::nowMs());
    QVERIFY(expected.ok());
    const RecipientCount& want = expected.value();
    QVERIFY(want.selected > 0 && want.suppressed > 0 && want.notSubscribed > 0 && want.deleted > 0);
    QTRY_VERIFY(editor()->recipientCount().has_value());
    QTRY_VERIFY(!editor()->isCounting());
    QCOMPARE(editor()->recipientCount()->selected, want.selected);
    QVERIFY(editor()->recipientsHeadline()->text().startsWith(QString::number(want.selected)));
    QCOMPARE(editor()->shownExcluded(QStringLiteral("notSubscribed")),
             QLocale().toString(want.notSubscribed));
    QCOMPARE(editor()->shownExcluded(QStringLiteral("suppressed")),
             QLocale().toString(want.suppressed));
    QCOMPARE(editor()->shownExcluded(QStringLiteral("deleted")), QLocale().toString(want.deleted));
    QCOMPARE(editor()->shownExcluded(QStringLiteral("excluded")), QStringLiteral("0"));
    for (const QString& state : want.notSubscribedByState.keys())
        QCOMPARE(editor()->shownExcluded(state),
                 QLocale().toString(want.notSubscribedByState.value(state)));

    // A list is sent to or left out, not both: ticking one side unticks the other.
    QVERIFY(editor()->setAudienceItem(m_klanten.uuid, true, true));
    QTRY_VERIFY(!editor()->isCounting());
    QVERIFY(editor()->chosenAudience().includeLists.isEmpty());
    QVERIFY(editor()->setAudienceItem(m_klanten.uuid, false, true));
    QVERIFY(editor()->chosenAudience().excludeLists.isEmpty());
    QTRY_VERIFY(editor()->recipientCount().has_value() && !editor()->isCounting());
    QCOMPARE(editor()->recipientCount()->selected, want.selected);

    // Without a sender profile the checklist blocks scheduling, and says where to fix it.
    editor()->updateChecklistNow();
    const ChecklistItem* profile = editor()->checklist().item(ChecklistItem::Check::SenderProfile);
    QVERIFY(profile);
    QCOMPARE(profile->status, ChecklistItem::Status::Failed);
    QVERIFY(!editor()->scheduleButton()->isEnabled());
    const ChecklistItem* testSend = editor()->checklist().item(ChecklistItem::Check::TestSend);
    QVERIFY(testSend && testSend->status == ChecklistItem::Status::Advice);

    // With the profile set in Settings, every check passes and Schedule is enabled.
    setSenderProfile();
    page()->settingsChanged();
    const auto failures = editor()->checklist().failures();
    for (const ChecklistItem& f : failures)
        qWarning("still failing: %s — %s", qPrintable(f.title), qPrintable(f.detail));
    QVERIFY(editor()->checklist().passed());
    QVERIFY(editor()->scheduleButton()->isEnabled());
    QCOMPARE(editor()->fromEmailEdit()->placeholderText(), QStringLiteral("nieuws@bloemenhuis.nl"));

    // Schedule: confirmed with the count and the time, then sealed with those recipients.
    answerNextMessageBox(QStringLiteral("confirmSchedule"));
    QTest::mouseClick(editor()->scheduleButton(), Qt::LeftButton);
    QTRY_VERIFY(m_workspace->mailings().findById(id)->isSealed());
    const Mailing sealed = *m_workspace->mailings().findById(id);
    QCOMPARE(sealed.state, MailingState::Scheduled);
    QCOMPARE(sealed.name, QStringLiteral("Voorjaarsactie"));
    QCOMPARE(sealed.subject, QStringLiteral("Lente bij ons, {{first_name}}"));
    QCOMPARE(m_workspace->mailings().recipientCount(id), want.selected);

    // The sealed mailing opens read-only, with the banner and its frozen recipients.
    QTRY_VERIFY(editor()->isSealed());
    QVERIFY(editor()->sealedBanner()->isVisible());
    QVERIFY(editor()
                ->findChild<QLabel*>(QStringLiteral("sealedBannerText"))
                ->text()
                .startsWith(QLatin1String("This mailing is sealed (scheduled on ")));
    QVERIFY(editor()->subjectEdit()->isReadOnly());
    QVERIFY(editor()->nameEdit()->isReadOnly());
    QVERIFY(!editor()->templateCombo()->isEnabled());
    QVERIFY(!editor()->includeList()->isEnabled());
    QVERIFY(!editor()->scheduleButton()->isVisible());
    editor()->tabs()->setCurrentIndex(1);
    QCOMPARE(editor()->recipientTable()->rowCount(), int(want.selected));
    QTest::keyClicks(editor()->recipientFilter(), QStringLiteral("klant01"));
    QTRY_COMPARE(editor()->recipientTable()->rowCount(), 1);
    QCOMPARE(editor()->recipientTable()->item(0, 0)->text(), m_firstSubscribed);

    // The list shows it scheduled, with its recipients.
    QTest::mouseClick(editor()->findChild<QWidget*>(QStringLiteral("backToMailings")),
                      Qt::LeftButton);
    QCOMPARE(page()->table()->item(0, MailingsPage::StateColumn)->text(),
             QStringLiteral("Scheduled"));
    QCOMPARE(page()->table()->item(0, MailingsPage::RecipientsColumn)->text(),
             QLocale().toString(want.selected));
    QVERIFY(!page()->deleteButton()->isEnabled());
    QVERIFY(page()->cancelButton()->isEnabled());

    // "Make a copy" makes an editable draft of it.
    page()->openMailing(id);
    QTest::mouseClick(editor()->copyButton(), Qt::LeftButton);
    const qint64 copyId = editor()->mailingId();
    QVERIFY(copyId != id);
    QVERIFY(!editor()->isSealed());
    QVERIFY(!editor()->subjectEdit()->isReadOnly());
    QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("Voorjaarsactie (copy)"));
    QCOMPARE(editor()->subjectEdit()->text(), QStringLiteral("Lente bij ons, {{first_name}}"));
    QCOMPARE(m_workspace->mailings().findById(copyId)->state, MailingState::Draft);

    // Cancel the scheduled one, from the list, with confirmation.
    page()->showList();
    page()->selectMailing(id);
    QVERIFY(page()->cancelButton()->isEnabled());
    answerNextMessageBox(QStringLiteral("confirmCancel"));
    QTest::mouseClick(page()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(m_workspace->mailings().findById(id)->state, MailingState::Cancelled);
    page()->selectMailing(id);
    QVERIFY(!page()->cancelButton()->isEnabled());
    bool shown = false;
    for (int row = 0; row < page()->table()->rowCount(); ++row)
        if (page()->table()->item(row, 0)->text() == QLatin1String("Voorjaarsactie"))
            shown = page()->table()->item(row, MailingsPage::StateColumn)->text() ==
                    QLatin1String("Cancelled");
    QVERIFY(shown);
}

void TestMailingsUi::typedTextSurvivesSwitchingMailings()
{
    const qint64 a = newDraftForKlanten(QStringLiteral("Eerste"));
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("Onderwerp A"));
    QTest::keyClicks(editor()->preheaderEdit(), QStringLiteral("Kijk snel"));
    QCOMPARE(editor()->saveStateLabel()->text(), QStringLiteral("Saving…"));
    // Straight to another mailing, before the autosave's pause is over.
    const qint64 b = newDraftForKlanten(QStringLiteral("Tweede"));
    QVERIFY(a != b);
    QCOMPARE(m_workspace->mailings().findById(a)->subject, QStringLiteral("Onderwerp A"));
    QCOMPARE(m_workspace->mailings().findById(a)->preheader, QStringLiteral("Kijk snel"));
    QCOMPARE(m_workspace->mailings().findById(a)->name, QStringLiteral("Eerste"));
    QCOMPARE(m_workspace->mailings().findById(a)->templateId, std::optional(m_template.id));

    // Typing in B is saved after the pause without leaving it.
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("Onderwerp B"));
    QTRY_COMPARE(m_workspace->mailings().findById(b)->subject, QStringLiteral("Onderwerp B"));
    QVERIFY(editor()->saveStateLabel()->text().startsWith(QLatin1String("All changes saved")));

    page()->openMailing(a);
    QCOMPARE(editor()->subjectEdit()->text(), QStringLiteral("Onderwerp A"));
    QCOMPARE(editor()->preheaderEdit()->text(), QStringLiteral("Kijk snel"));
    QCOMPARE(editor()->templateCombo()->currentData().toLongLong(), m_template.id);
    QCOMPARE(editor()->mailing()->audience.includeLists, QStringList{m_klanten.uuid});

    // Typing then closing the window: saved too.
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("!"));
    m_window->close();
    QCOMPARE(m_workspace->mailings().findById(a)->subject, QStringLiteral("Onderwerp A!"));
}

void TestMailingsUi::anInvalidAddressIsHeldBackWhileTheRestIsSaved()
{
    const qint64 id = newDraftForKlanten(QStringLiteral("Adressen"));
    QTest::keyClicks(editor()->fromEmailEdit(), QStringLiteral("nieuws@"));
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("Hallo"));
    QVERIFY(editor()->flush());
    const Mailing stored = *m_workspace->mailings().findById(id);
    QCOMPARE(stored.subject, QStringLiteral("Hallo"));
    QCOMPARE(stored.fromEmail, QString());
    QVERIFY(editor()->findChild<QLabel*>(QStringLiteral("fromProblem"))->isVisible());
    QCOMPARE(editor()->saveStateLabel()->text(),
             QStringLiteral("Saved, except the fields marked in red"));
    // The checklist judges what is typed.
    setSenderProfile();
    page()->settingsChanged();
    const ChecklistItem* from = editor()->checklist().item(ChecklistItem::Check::FromAddress);
    QVERIFY(from && from->status == ChecklistItem::Status::Failed);
    QVERIFY(!editor()->scheduleButton()->isEnabled());

    QTest::keyClicks(editor()->fromEmailEdit(), QStringLiteral("bloemenhuis.nl"));
    QVERIFY(editor()->flush());
    QCOMPARE(m_workspace->mailings().findById(id)->fromEmail,
             QStringLiteral("nieuws@bloemenhuis.nl"));
    QVERIFY(!editor()->findChild<QLabel*>(QStringLiteral("fromProblem"))->isVisible());

    // A name another mailing has is held back the same way.
    page()->createMailing();
    QTest::keyClicks(editor()->nameEdit(), QStringLiteral("Adressen"));
    QVERIFY(editor()->findChild<QLabel*>(QStringLiteral("nameProblem"))->isVisible());
    QVERIFY(editor()->flush());
    QCOMPARE(m_workspace->mailings().findById(editor()->mailingId())->name,
             QStringLiteral("New mailing"));
}

void TestMailingsUi::aDeletedListIsShownAsSuch()
{
    auto weg = m_workspace->createList(QStringLiteral("Weg"));
    QVERIFY(weg.ok());
    const qint64 id = newDraftForKlanten(QStringLiteral("Met uitsluiting"));
    QVERIFY(editor()->setAudienceItem(weg.value().uuid, true, true));
    QVERIFY(editor()->flush());
    QCOMPARE(m_workspace->mailings().findById(id)->audience.excludeLists,
             QStringList{weg.value().uuid});

    QVERIFY(m_workspace->deleteList(weg.value().id).ok());
    QListWidget* exclude = editor()->excludeList();
    QListWidgetItem* missing = nullptr;
    for (int i = 0; i < exclude->count(); ++i)
        if (exclude->item(i)->text() == QLatin1String("A deleted list"))
            missing = exclude->item(i);
    QVERIFY(missing);
    QCOMPARE(missing->checkState(), Qt::Checked);
    // The count refuses it, and so does the checklist.
    QTRY_VERIFY(!editor()->isCounting());
    QTRY_COMPARE(editor()->recipientsHeadline()->text(),
                 QStringLiteral("Cannot count the recipients"));
    editor()->updateChecklistNow();
    QCOMPARE(editor()->checklist().item(ChecklistItem::Check::Recipients)->status,
             ChecklistItem::Status::Failed);
    // Unticking it puts things right.
    missing->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(editor()->recipientCount().has_value() && !editor()->isCounting());
    QVERIFY(editor()->recipientCount()->selected > 0);
}

void TestMailingsUi::anEditElsewhereShowsUp()
{
    const qint64 id = newDraftForKlanten(QStringLiteral("Elders"));
    QVERIFY(editor()->flush());
    {
        // Another program (the CLI) changes the subject through its own connection.
        auto store = Store::open(m_dir->filePath(QStringLiteral("mailings.db")));
        QVERIFY(store.ok());
        MailingRepository other(*store.value());
        Mailing m = *other.findById(id);
        m.subject = QStringLiteral("Van elders");
        QVERIFY(other.save(m).ok());
    }
    m_workspace->noticeChanges();
    QTRY_COMPARE(editor()->subjectEdit()->text(), QStringLiteral("Van elders"));

    // A new template made elsewhere is offered at once.
    QVERIFY(m_workspace->createTemplate(QStringLiteral("Tweede sjabloon"), QString(), kTemplateHtml)
                .ok());
    QVERIFY(editor()->templateCombo()->findText(QStringLiteral("Tweede sjabloon")) > 0);
    QCOMPARE(editor()->templateCombo()->currentData().toLongLong(), m_template.id);
}

void TestMailingsUi::previewShowsTheMessageForARecipient()
{
    newDraftForKlanten(QStringLiteral("Voorbeeld"));
    setSenderProfile();
    page()->settingsChanged();
    editor()->tabs()->setCurrentIndex(2);
    QVERIFY(editor()->previewFor(m_firstSubscribed));
    QVERIFY(editor()->envelopeLabel()->text().contains(m_firstSubscribed));
    QVERIFY(editor()->envelopeLabel()->text().contains(QLatin1String("Nieuws voor Klant1")));
    QVERIFY(editor()->envelopeLabel()->text().contains(QLatin1String("nieuws@bloemenhuis.nl")));
    QVERIFY(editor()->previewText()->toPlainText().contains(QLatin1String("Hallo Klant1")));
    QVERIFY(editor()->preview()->documentHeight() > 0);
    QVERIFY(!editor()->previewFor(QStringLiteral("niemand@example.nl")));

    // The subject typed in the mailing wins over the template's.
    QTest::keyClicks(editor()->subjectEdit(), QStringLiteral("Speciaal voor {{first_name}}"));
    editor()->updatePreviewNow();
    QVERIFY(editor()->envelopeLabel()->text().contains(QLatin1String("Speciaal voor Klant1")));
}

QTEST_MAIN(TestMailingsUi)
#include "tst_mailingsui.moc"
