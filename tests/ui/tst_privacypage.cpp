#include "Clock.h"
#include "Language.h"
#include "PolicyDocuments.h"
#include "privacy/PrivacyPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimeZone>
#include <QtTest>

// The privacy policy as the app bundles it (SPEC §5, issue 8): shown offline in Dutch and
// English with its version and effective date, and the version in force follows the clock.
class TestPrivacyPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void bundledVersionsAreComplete();
    void versionInForceFollowsTheClock();
    void showsThePolicyInBothLanguages();
    void showsVersionAndEffectiveDate();

private:
    static qint64 at(int y, int m, int d, int hour = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone("Europe/Amsterdam"))
            .toMSecsSinceEpoch();
    }
};

void TestPrivacyPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPrivacyPage::cleanup()
{
    Clock::setSource({});
    Language::apply(QStringLiteral("en"));
}

void TestPrivacyPage::bundledVersionsAreComplete()
{
    const QList<PolicyDocuments::Version> all = PolicyDocuments::versions();
    QVERIFY(!all.isEmpty());
    for (const PolicyDocuments::Version& v : all) {
        QVERIFY2(v.published.isValid() && v.effective.isValid(), qPrintable(v.id));
        // Changes are announced at least 30 days before they take effect [P].
        QVERIFY2(v.published.daysTo(v.effective) >= 30, qPrintable(v.id));
        QVERIFY(!v.titleNl.isEmpty() && !v.titleEn.isEmpty());
        QVERIFY(
            PolicyDocuments::text(v.id, QStringLiteral("nl")).contains("## Wat wij verzamelen"));
        QVERIFY(PolicyDocuments::text(v.id, QStringLiteral("en")).contains("## What we collect"));
    }
    QVERIFY(PolicyDocuments::text(QStringLiteral("1999-01"), QStringLiteral("nl")).isEmpty());
    QVERIFY(PolicyDocuments::text(QStringLiteral("../policy"), QStringLiteral("nl")).isEmpty());

    // What the policy has to promise (issue 8), in both languages.
    const QString nl = PolicyDocuments::text(QStringLiteral("2026-12"), QStringLiteral("nl"));
    for (const char* needle :
         {"IP-adres", "Argon2id", "sleutelbos", "geen cookies", "verwerkersovereenkomst",
          "Autoriteit Persoonsgegevens", "minstens 30 dagen", "voorafgaande toestemming", "nooit"})
        QVERIFY2(nl.contains(QString::fromUtf8(needle)), needle);
    const QString en = PolicyDocuments::text(QStringLiteral("2026-12"), QStringLiteral("en"));
    for (const char* needle :
         {"IP address", "Argon2id", "keychain", "no cookies", "processing agreement",
          "Autoriteit Persoonsgegevens", "at least 30 days", "prior consent", "never sell"})
        QVERIFY2(en.contains(QString::fromUtf8(needle)), needle);
}

void TestPrivacyPage::versionInForceFollowsTheClock()
{
    // Only 2026-12 is bundled: it is the one shown before and after its effective date.
    QCOMPARE(PolicyDocuments::inForce(at(2026, 12, 26)).id, QStringLiteral("2026-12"));
    QCOMPARE(PolicyDocuments::inForce(at(2026, 12, 27, 0)).id, QStringLiteral("2026-12"));
    Clock::setSource([] { return at(2027, 6, 1); });
    const PolicyDocuments::Version v = PolicyDocuments::inForce();
    QCOMPARE(v.id, QStringLiteral("2026-12"));
    QCOMPARE(v.effective, QDate(2026, 12, 27));
    QCOMPARE(v.published, QDate(2026, 11, 27));
    QVERIFY(PolicyDocuments::earlier(v).isEmpty());
}

void TestPrivacyPage::showsThePolicyInBothLanguages()
{
    Clock::setSource([] { return at(2027, 1, 15); });
    Language::apply(QStringLiteral("nl"));
    PrivacyPage page;
    page.resize(1000, 700);
    page.show();
    auto* text = page.findChild<QTextBrowser*>(QStringLiteral("policyText"));
    auto* title = page.findChild<QLabel*>(QStringLiteral("policyTitle"));
    QVERIFY(text && title);
    QVERIFY(text->toPlainText().contains(QStringLiteral("Wat wij verzamelen")));
    QVERIFY(!text->toPlainText().contains(QStringLiteral("What we collect")));
    QCOMPARE(title->text(), QStringLiteral("Privacybeleid van Sendtrix"));

    Language::apply(QStringLiteral("en")); // LanguageChange reaches the page as a posted event
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("What we collect")));
    QVERIFY(!text->toPlainText().contains(QStringLiteral("Wat wij verzamelen")));
    QCOMPARE(title->text(), QStringLiteral("Sendtrix privacy policy"));

    Language::apply(QStringLiteral("nl"));
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("Wat wij verzamelen")));
    // A readable column, not the full width of a wide window.
    QVERIFY(text->width() <= 760);
}

void TestPrivacyPage::showsVersionAndEffectiveDate()
{
    Clock::setSource([] { return at(2027, 1, 15); });
    Language::apply(QStringLiteral("nl"));
    PrivacyPage page;
    auto* line = page.findChild<QLabel*>(QStringLiteral("policyVersionLine"));
    QVERIFY(line);
    QCOMPARE(page.shownVersion(), QStringLiteral("2026-12"));
    QVERIFY2(line->text().contains(QStringLiteral("2026-12")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(QStringLiteral("27 december 2026")), qPrintable(line->text()));

    Language::apply(QStringLiteral("en"));
    QTRY_VERIFY2(line->text().contains(QStringLiteral("27 December 2026")),
                 qPrintable(line->text()));
    QVERIFY2(line->text().contains(QStringLiteral("in force since")), qPrintable(line->text()));

    // Before it takes effect, the page says when it will.
    Clock::setSource([] { return at(2026, 12, 1); });
    page.refresh();
    QVERIFY2(line->text().contains(QStringLiteral("takes effect on 27 December 2026")),
             qPrintable(line->text()));

    // One version only: no choice of versions to offer.
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("policyVersions"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1);
    QVERIFY(combo->isHidden());
}

QTEST_MAIN(TestPrivacyPage)
#include "tst_privacypage.moc"
