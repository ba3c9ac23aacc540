#include "StarterTemplates.h"

#include <QFile>
#include <QRegularExpression>
#include <mutex>

// Q_INIT_RESOURCE declares a function of the global namespace, so it is called from here
// rather than from an anonymous namespace or a class. sendtrix_app is a static library:
// without this a program that links it may start with the resource not registered.
static void initStarterTemplateResources()
{
    Q_INIT_RESOURCE(starter_templates);
}

namespace {

// The subject is the file's <title>: it lives with the text it belongs to, in the
// template's own language, whatever language the app is shown in.
QString titleOf(const QString& html)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::CaseInsensitiveOption);
    return title.match(html).captured(1).simplified();
}

} // namespace

QVector<StarterTemplate> StarterTemplates::all(const QString& language)
{
    static std::once_flag registered;
    std::call_once(registered, initStarterTemplateResources);

    const QString folder =
        language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    const QVector<StarterTemplate> starters{
        {QStringLiteral("newsletter"),
         tr("Newsletter"),
         tr("News from a bakery: a new product, a seasonal pre-order and opening hours, with "
            "two columns that stack on phones."),
         {},
         {}},
        {QStringLiteral("promotion"),
         tr("Special offer"),
         tr("A bike shop's offer: a bold price block, a checklist of what is included and the "
            "terms in small print."),
         {},
         {}},
        {QStringLiteral("event"),
         tr("Invitation"),
         tr("An open day at a yoga studio: when and where, the programme and a sign-up "
            "button."),
         {},
         {}},
    };
    QVector<StarterTemplate> out;
    for (StarterTemplate s : starters) {
        QFile file(QStringLiteral(":/templates/%1/%2.html").arg(folder, s.id));
        if (!file.open(QIODevice::ReadOnly))
            continue; // not built in: the tests name the missing one
        s.html = QString::fromUtf8(file.readAll());
        s.subject = titleOf(s.html);
        out << s;
    }
    return out;
}
