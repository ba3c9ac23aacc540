#include "EmailAddress.h"

#include <QtTest>

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data();
    void normalisation();
};

void TestEmailAddress::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    // Valid, per the HTML standard's rule.
    QTest::addRow("plain") << "jan@voorbeeld.nl" << true << "jan@voorbeeld.nl";
    QTest::addRow("plus and dots")
        << "jan.de.vries+nieuws@voorbeeld.nl" << true << "jan.de.vries+nieuws@voorbeeld.nl";
    QTest::addRow("special chars")
        << "o'brien!#$%&*/=?^_`{|}~-@example.com" << true << "o'brien!#$%&*/=?^_`{|}~-@example.com";
    QTest::addRow("subdomains") << "info@mail.bakkerij.example.nl" << true
                                << "info@mail.bakkerij.example.nl";
    QTest::addRow("single label domain") << "admin@localhost" << false << "";
    QTest::addRow("typo without ending") << "jan@gmail" << false << "";
    QTest::addRow("hyphenated domain") << "a@my-shop.nl" << true << "a@my-shop.nl";
    // Trimming.
    QTest::addRow("spaces around") << "  jan@voorbeeld.nl \t" << true << "jan@voorbeeld.nl";
    QTest::addRow("newline around") << "\njan@voorbeeld.nl\r\n" << true << "jan@voorbeeld.nl";
    // Case: the domain is lower-cased, the local part kept as typed.
    QTest::addRow("upper domain") << "Jan@Voorbeeld.NL" << true << "Jan@voorbeeld.nl";
    QTest::addRow("upper all") << "INFO@BAKKER.NL" << true << "INFO@bakker.nl";
    // IDN domains to ACE.
    QTest::addRow("idn umlaut") << "info@bücher.de" << true << "info@xn--bcher-kva.de";
    QTest::addRow("idn upper") << "Info@BÜCHER.de" << true << "Info@xn--bcher-kva.de";
    QTest::addRow("idn accent") << "piet@café.nl" << true << "piet@xn--caf-dma.nl";
    QTest::addRow("ace kept") << "info@xn--bcher-kva.de" << true << "info@xn--bcher-kva.de";
    // Invalid.
    QTest::addRow("empty") << "" << false << "";
    QTest::addRow("blank") << "   " << false << "";
    QTest::addRow("no at") << "jan.voorbeeld.nl" << false << "";
    QTest::addRow("no local") << "@voorbeeld.nl" << false << "";
    QTest::addRow("no domain") << "jan@" << false << "";
    QTest::addRow("two ats") << "jan@de@voorbeeld.nl" << false << "";
    QTest::addRow("space inside") << "jan de vries@voorbeeld.nl" << false << "";
    QTest::addRow("display name") << "Jan <jan@voorbeeld.nl>" << false << "";
    QTest::addRow("trailing dot") << "jan@voorbeeld.nl." << false << "";
    QTest::addRow("double dot domain") << "jan@voorbeeld..nl" << false << "";
    QTest::addRow("leading hyphen label") << "jan@-voorbeeld.nl" << false << "";
    QTest::addRow("underscore domain") << "jan@voor_beeld.nl" << false << "";
    QTest::addRow("non-ascii local") << "jé@voorbeeld.nl" << false << "";
    QTest::addRow("label too long") << QString("a@%1.nl").arg(QString(64, 'x')) << false << "";
    QTest::addRow("comma") << "jan,piet@voorbeeld.nl" << false << "";
}

void TestEmailAddress::normalisation()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const auto check = EmailAddress::check(input);
    QCOMPARE(check.valid, valid);
    QCOMPARE(check.normalized, normalized);
    // Every refusal says why, naming the input.
    if (!valid)
        QVERIFY(!check.problem.isEmpty());
    if (!valid && !input.trimmed().isEmpty())
        QVERIFY2(check.problem.contains(input.trimmed()), qPrintable(check.problem));
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
