#include "import/VCardReader.h"

#include <QBuffer>
#include <QtTest>

// vCards as phones, Outlook, Apple and Google write them.
class TestVCardReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCards_data();
    void readsCards();
    void unclosedCardNamesTheLine();

private:
    static QString readAll(VCardReader& reader, QString* error = nullptr);
};

// "line:email|first|last|company|phone|street|postal|city|country|url|note|others" per card.
QString TestVCardReader::readAll(VCardReader& reader, QString* error)
{
    QStringList out;
    RecordSource::Record r;
    if (!reader.next(r) || r.fields != VCardReader::header())
        return QStringLiteral("no header");
    while (reader.next(r))
        out << QStringLiteral("%1:%2").arg(r.line).arg(r.fields.join(QLatin1Char('|')));
    if (error)
        *error = reader.error();
    return out.join(QLatin1Char('\n'));
}

void TestVCardReader::readsCards_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("vCard 3.0, folded, escaped, preferred e-mail")
        << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Vries;Jan;;de;\r\nFN:Jan de Vries\r\n"
                      "ORG:Bakkerij de Vries\\, Ede;Verkoop\r\n"
                      "EMAIL;TYPE=INTERNET:jan@werk.nl\r\n"
                      "EMAIL;TYPE=INTERNET,PREF:jan@thuis.nl\r\n"
                      "TEL;TYPE=CELL:+31 6 1234 5678\r\n"
                      "ADR;TYPE=WORK:;;Dorpsstraat 1;Ede;;6711 AA;Nederland\r\n"
                      "NOTE:Belt op dinsdag\\nliefst 's ochtends; koffie zwart\r\n"
                      "URL:https://www.bakkerij-\r\n devries.nl\r\n"
                      "END:VCARD\r\n")
        << "1:jan@thuis.nl|Jan|Vries|Bakkerij de Vries, Ede|+31 6 1234 5678|Dorpsstraat 1|6711 "
           "AA|Ede|Nederland|https://www.bakkerij-devries.nl|Belt op dinsdag\nliefst 's "
           "ochtends; koffie zwart|jan@werk.nl";
    QTest::newRow("vCard 4.0 with PREF and several cards")
        << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:Anna Bos\nN:Bos;Anna;;;\n"
                      "EMAIL;TYPE=work;PREF=2:anna@werk.nl\nEMAIL;PREF=1:anna@bos.nl\n"
                      "END:VCARD\n\nBEGIN:VCARD\nVERSION:4.0\nFN:Kees\nEMAIL:kees@x.nl\n"
                      "END:VCARD\n")
        << "1:anna@bos.nl|Anna|Bos|||||||||anna@werk.nl\n9:kees@x.nl|Kees||||||||||";
    QTest::newRow("vCard 2.1 from Outlook, quoted-printable")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN:M=C3=BCller;Ren=C3=A9\r\n"
                      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Ren=C3=A9\r\n"
                      "NOTE;ENCODING=QUOTED-PRINTABLE:Eerste regel=0D=0A=\r\ntweede regel\r\n"
                      "EMAIL;PREF;INTERNET:rene@muller.de\r\nEND:VCARD\r\n")
        << "1:rene@muller.de|René|Müller||||||||Eerste regel\r\ntweede regel|";
    QTest::newRow("Apple groups and only a formatted name")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Sanne van Dijk\n"
                      "item1.EMAIL;type=INTERNET;type=pref:sanne@dijk.nl\nEND:VCARD\n")
        << "1:sanne@dijk.nl|Sanne|van Dijk|||||||||";
    QTest::newRow("text around cards is skipped")
        << QByteArray("hallo\nBEGIN:VCARD\nEMAIL:x@y.nl\nEND:VCARD\ntot ziens\n")
        << "2:x@y.nl|||||||||||";
}

void TestVCardReader::readsCards()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto reader = VCardReader::open(std::move(buffer), QStringLiteral("kaart.vcf"));
    QString error;
    QCOMPARE(readAll(*reader, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    reader->rewind();
    QCOMPARE(readAll(*reader), expected);
}

void TestVCardReader::unclosedCardNamesTheLine()
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("BEGIN:VCARD\nEMAIL:a@b.nl\nEND:VCARD\nBEGIN:VCARD\nEMAIL:c@d.nl\n"
                    "BEGIN:VCARD\nEMAIL:e@f.nl\n");
    buffer->open(QIODevice::ReadOnly);
    auto reader = VCardReader::open(std::move(buffer), QStringLiteral("kaart.vcf"));
    QString error;
    QCOMPARE(readAll(*reader, &error), QStringLiteral("1:a@b.nl|||||||||||"));
    QVERIFY2(error.startsWith(QLatin1String("Line 6: a new card begins before the card of line 4")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
