#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code;
};

Installed& installed()
{
    static Installed s;
    return s;
}

} // namespace

namespace Language {

QStringList available()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString resolve(const QString& choice, const QLocale& system)
{
    if (available().contains(choice))
        return choice;
    for (const QString& name : system.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString apply(const QString& choice)
{
    const QString code = resolve(choice);
    Installed& s = installed();
    if (s.code == code && s.app)
        return code;
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app = std::make_unique<QTranslator>();
    s.qt = std::make_unique<QTranslator>();
    if (s.qt->load(QStringLiteral("qtbase_") + code,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s.qt.get());
    if (s.app->load(QStringLiteral("sendtrix_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(s.app.get());
    s.code = code;
    QLocale::setDefault(
        QLocale(code == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                code == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    return code;
}

QString current()
{
    return installed().code;
}

} // namespace Language
