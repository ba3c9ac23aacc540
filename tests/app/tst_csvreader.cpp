#include "import/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Real-world CSV as Dutch and English spreadsheets write it, read back field by field with
// the line each record starts on.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void progressMovesWithTheRecords();
    void readsRecords_data();
    void readsRecords();
    void malformedFilesNameTheLine_data();
    void malformedFilesNameTheLine();
    void largeFileStreamsWithAProgress();
    void overridesWin();

private:
    QString write(const QByteArray& bytes);
    QString readAll(CsvReader& reader);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvReader::write(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

// "line:field|field" per record, one per line.
QString TestCsvReader::readAll(CsvReader& reader)
{
    QStringList out;
    CsvReader::Record r;
    while (reader.next(r))
        out << QStringLiteral("%1:%2").arg(r.line).arg(r.fields.join(QLatin1Char('|')));
    return out.join(QLatin1Char('\n'));
}

static QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QByteArray("email,name\na@x.nl,Anna\n")
                           << "1:email|name\n2:a@x.nl|Anna"
                           << "UTF-8" << ',';
    QTest::newRow("semicolon with commas in fields")
        << QByteArray("naam;plaats\nJansen, Jan;Ede\nVries, de;Baarn\n")
        << "1:naam|plaats\n2:Jansen, Jan|Ede\n3:Vries, de|Baarn"
        << "UTF-8" << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << "1:a|b|c\n2:1|2|3"
                         << "UTF-8" << '\t';
    QTest::newRow("vertical bar") << QByteArray("a|b\n1|2\n") << "1:a|b\n2:1|2"
                                  << "UTF-8" << '|';
    QTest::newRow("quoted delimiter and doubled quotes")
        << QByteArray("a;b\n\"x;y\";\"zei \"\"hoi\"\"\"\n") << "1:a|b\n2:x;y|zei \"hoi\""
        << "UTF-8" << ';';
    QTest::newRow("line breaks inside quotes keep line numbers")
        << QByteArray("a,b\n\"Dorpsstraat 1\nAchterom\",c\nd,e\n")
        << "1:a|b\n2:Dorpsstraat 1\nAchterom|c\n4:d|e"
        << "UTF-8" << ',';
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << "1:a|b\n2:1|2"
                          << "UTF-8" << ',';
    QTest::newRow("blank lines and no final line break")
        << QByteArray("a,b\n\n1,2\n\n\n3,4") << "1:a|b\n3:1|2\n6:3|4"
        << "UTF-8" << ',';
    QTest::newRow("UTF-8 with byte-order mark")
        << QByteArray("\xEF\xBB\xBFnaam;plaats\nJos\xC3\xA9;Z\xC3\xBCrich\n")
        << "1:naam|plaats\n2:José|Zürich"
        << "UTF-8" << ';';
    QTest::newRow("UTF-8 without byte-order mark")
        << QByteArray("naam;plaats\nJos\xC3\xA9;\xE2\x82\xAC 5\n") << "1:naam|plaats\n2:José|€ 5"
        << "UTF-8" << ';';
    QTest::newRow("UTF-16 LE (Excel Unicode text)")
        << utf16(QStringLiteral("naam\tplaats\r\nJosé\tZürich\r\n"), true)
        << "1:naam|plaats\n2:José|Zürich"
        << "UTF-16 LE" << '\t';
    QTest::newRow("UTF-16 BE") << utf16(QStringLiteral("naam;plaats\nJosé;Zürich\n"), false)
                               << "1:naam|plaats\n2:José|Zürich"
                               << "UTF-16 BE" << ';';
    QTest::newRow("Windows-1252 (Dutch Excel)")
        << QByteArray("naam;plaats;bedrag\nJos\xE9;Z\xFCrich;\x80 5\n")
        << "1:naam|plaats|bedrag\n2:José|Zürich|€ 5"
        << "Windows-1252" << ';';
    QTest::newRow("ragged rows come through as they are")
        << QByteArray("a;b;c\n1;2\n1;2;3;4\n") << "1:a|b|c\n2:1|2\n3:1|2|3|4"
        << "UTF-8" << ';';
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,x\n") << "1:a|b|c\n2:||x"
                                  << "UTF-8" << ',';
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(char, delimiter);
    QString error;
    auto reader = CsvReader::open(write(bytes), {}, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(TextSource::encodingName(reader->encoding()), encoding);
    QCOMPARE(reader->delimiter(), delimiter);
    QCOMPARE(readAll(*reader), expected);
    QVERIFY(reader->error().isEmpty());
    // And again from the start.
    reader->rewind();
    QCOMPARE(readAll(*reader), expected);
}

void TestCsvReader::malformedFilesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedRecords");
    QTest::addColumn<QString>("error");
    QTest::newRow("quote never closed") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << "1:a|b\n2:1|2"
                                        << "Line 3: a quoted field is not closed";
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("a,b\n1,2\nx\"y,z\n") << "1:a|b\n2:1|2"
        << "Line 3: a quote";
}

void TestCsvReader::malformedFilesNameTheLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedRecords);
    QFETCH(QString, error);
    QString openError;
    CsvReader::Options options;
    options.delimiter = ',';
    auto reader = CsvReader::open(write(bytes), options, &openError);
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), expectedRecords);
    QVERIFY2(reader->error().startsWith(error), qPrintable(reader->error()));
    QVERIFY(reader->error().contains(QLatin1String(".csv")));
}

void TestCsvReader::largeFileStreamsWithAProgress()
{
    // 200,000 rows in Windows-1252: read through in chunks, every line accounted for.
    QByteArray bytes("email;voornaam;plaats\n");
    for (int i = 0; i < 200000; ++i)
        bytes += "p" + QByteArray::number(i) + "@voorbeeld.nl;Ren\xE9;'s-Hertogenbosch\n";
    auto reader = CsvReader::open(write(bytes), {}, nullptr);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), TextSource::Encoding::Windows1252);
    CsvReader::Record r;
    qint64 n = 0;
    double lastProgress = 0;
    while (reader->next(r)) {
        ++n;
        QCOMPARE(r.line, n);
        QCOMPARE(r.fields.size(), 3);
        lastProgress = reader->progress();
    }
    QCOMPARE(n, 200001);
    QCOMPARE(r.fields.at(1), QStringLiteral("René"));
    QCOMPARE(lastProgress, 1.0);
}

void TestCsvReader::overridesWin()
{
    // What the user picks in the preview beats what was detected.
    const QString path = write(QByteArray("a;b\nJos\xC3\xA9;x\n"));
    CsvReader::Options options;
    options.encoding = TextSource::Encoding::Windows1252;
    options.delimiter = ',';
    auto reader = CsvReader::open(path, options, nullptr);
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), QStringLiteral("1:a;b\n2:JosÃ©;x"));
}

// The wizard's progress bar and time left come from here: the fraction must follow the
// records read, not jump a megabyte chunk at a time.
void TestCsvReader::progressMovesWithTheRecords()
{
    QByteArray bytes = "email;naam;plaats\n";
    for (int i = 0; i < 60000; ++i)
        bytes += "persoon" + QByteArray::number(i) + "@voorbeeld.nl;Ren\xe9;Ede\n"; // ~2.4 MB
    auto reader = CsvReader::open(write(bytes), {}, nullptr);
    QVERIFY(reader);
    RecordSource::Record record;
    double last = 0;
    double biggestStep = 0;
    int n = 0;
    while (reader->next(record)) {
        const double p = reader->progress();
        QVERIFY2(p >= last,
                 qPrintable(QStringLiteral("record %1: %2 after %3").arg(n).arg(p).arg(last)));
        biggestStep = std::max(biggestStep, p - last);
        last = p;
        ++n;
        if (n == 30000)
            QVERIFY2(std::abs(p - 0.5) < 0.02, qPrintable(QString::number(p)));
    }
    QCOMPARE(n, 60001);
    QVERIFY(last > 0.999);
    QVERIFY2(biggestStep < 0.001, qPrintable(QString::number(biggestStep)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
