#include "Language.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Dutch and English are kept complete: every message of the .ts files is translated,
// keeps its placeholders, and the embedded translations switch the running app.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void everySourceStringIsInTheTsFiles();
    void resolvesSystemLanguage();
    void switchesLanguageAtRunTime();
};

void TestLanguage::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("nl") << QStringLiteral(SENDTRIX_SOURCE_DIR "/translations/sendtrix_nl.ts");
    QTest::addRow("en") << QStringLiteral(SENDTRIX_SOURCE_DIR "/translations/sendtrix_en.ts");
}

void TestLanguage::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&f));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY(messages.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        QVERIFY2(translation.attribute(QStringLiteral("type")).isEmpty(), qPrintable(source));
        QStringList texts;
        if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
            QCOMPARE(forms.size(), 2);
            for (int j = 0; j < forms.size(); ++j)
                texts << forms.at(j).toElement().text();
        } else {
            texts << translation.text();
        }
        for (const QString& text : texts) {
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            QVERIFY2(placeholders(text) == placeholders(source),
                     qPrintable(source + QStringLiteral(" → ") + text));
        }
    }
}

namespace {
QSet<QString> sources(const QString& tsFile)
{
    QSet<QString> result;
    QFile f(tsFile);
    QDomDocument doc;
    if (!f.open(QIODevice::ReadOnly) || !doc.setContent(&f))
        return result;
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int i = 0; i < contexts.size(); ++i) {
        const QDomElement context = contexts.at(i).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        const QDomNodeList messages = context.elementsByTagName(QStringLiteral("message"));
        for (int j = 0; j < messages.size(); ++j)
            result.insert(name + QLatin1Char('|') +
                          messages.at(j).firstChildElement(QStringLiteral("source")).text());
    }
    return result;
}
} // namespace

void TestLanguage::everySourceStringIsInTheTsFiles()
{
    // lupdate over the code as it is now: a string added without updating the .ts files
    // (cmake --build … --target update_translations) would ship untranslated.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SENDTRIX_SOURCE_DIR));
    lupdate.start(QStringLiteral(SENDTRIX_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("models"), QStringLiteral("app"),
                   QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QSet<QString> current = sources(fresh);
    QVERIFY(current.size() > 100);
    for (const char* lang : {"nl", "en"}) {
        const QSet<QString> committed =
            sources(QStringLiteral(SENDTRIX_SOURCE_DIR "/translations/sendtrix_%1.ts")
                        .arg(QLatin1String(lang)));
        const QSet<QString> missing = current - committed;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringList(missing.values()).join(QLatin1Char('\n'))));
    }
}

void TestLanguage::resolvesSystemLanguage()
{
    QCOMPARE(Language::resolve(Language::System, QLocale(QLocale::Dutch, QLocale::Belgium)),
             QStringLiteral("nl"));
    QCOMPARE(Language::resolve(Language::System, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("en"));
    // A language Sendtrix does not speak falls back to English.
    QCOMPARE(Language::resolve(Language::System, QLocale(QLocale::Japanese)), QStringLiteral("en"));
    QCOMPARE(Language::resolve(QStringLiteral("nl"), QLocale(QLocale::English)),
             QStringLiteral("nl"));
}

void TestLanguage::switchesLanguageAtRunTime()
{
    QCOMPARE(Language::apply(QStringLiteral("nl")), QStringLiteral("nl"));
    QCOMPARE(QCoreApplication::translate("ContactTableModel", "First name"),
             QStringLiteral("Voornaam"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n contact(s)", nullptr, 2),
             QStringLiteral("2 contacten"));
    QCOMPARE(Language::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ContactTableModel", "First name"),
             QStringLiteral("First name"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n contact(s)", nullptr, 1),
             QStringLiteral("1 contact"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
