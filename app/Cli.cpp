#include "Cli.h"

#include "AppInfo.h"
#include "ContactRepository.h"
#include "ListRepository.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString usageText()
{
    return Cli::tr("Usage: sendtrix-cli [--db PATH] COMMAND\n"
                   "\n"
                   "Commands:\n"
                   "  contacts add --email E [--first-name F] [--last-name L] [--company C]\n"
                   "  contacts list [--json]\n"
                   "  contacts search QUERY [--json]\n"
                   "  contacts count\n"
                   "  lists create NAME\n"
                   "  lists add-member NAME --email E\n"
                   "  lists show NAME [--json]\n"
                   "\n"
                   "Options:\n"
                   "  --db PATH    the store to use (default: the app's own store, %1)\n"
                   "  --version    print the version\n"
                   "  --help       print this help\n")
        .arg(AppInfo::defaultStorePath());
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void printRow(QTextStream& out, const Contact& c)
{
    out << c.email << '\t' << c.firstName << '\t' << c.lastName << '\t' << c.company << '\n';
}

// Streams the matching contacts, as one JSON array or as tab-separated lines, without
// holding them all in memory.
bool printContacts(QTextStream& out, ContactRepository& repo, const ContactQuery& query, bool json)
{
    bool first = true;
    if (json)
        out << '[';
    const bool ok = repo.forEach(query, [&](const Contact& c) {
        if (json) {
            out << (first ? "\n" : ",\n") << compact(c.toJson());
            first = false;
        } else {
            printRow(out, c);
        }
    });
    if (json)
        out << (first ? "]\n" : "\n]\n");
    return ok;
}

} // namespace

int Cli::usageError(const QString& message)
{
    m_err << message << '\n' << tr("Run “sendtrix-cli --help” for the commands.") << '\n';
    m_err.flush();
    return 2;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The store to use."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    global.addOption(dbOption);
    global.addOption(helpOption);
    global.addOption(versionOption);
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(versionOption)) {
        m_out << "sendtrix-cli " << AppInfo::version() << '\n';
        return 0;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(helpOption) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(helpOption) ? m_err : m_out) << usageText();
        return global.isSet(helpOption) ? 0 : 2;
    }
    if (rest.size() < 2)
        return usageError(tr("“%1” needs a subcommand.").arg(rest.first()));

    const QString area = rest.at(0);
    const QString command = rest.at(1);
    QCommandLineParser sub;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption email(QStringLiteral("email"), tr("E-mail address."),
                                   QStringLiteral("E"));
    const QCommandLineOption firstName(QStringLiteral("first-name"), tr("First name."),
                                       QStringLiteral("F"));
    const QCommandLineOption lastName(QStringLiteral("last-name"), tr("Last name."),
                                      QStringLiteral("L"));
    const QCommandLineOption company(QStringLiteral("company"), tr("Company."),
                                     QStringLiteral("C"));
    const QString key = area + QLatin1Char(' ') + command;
    int expectedPositionals = 0;
    if (key == QLatin1String("contacts add")) {
        sub.addOptions({email, firstName, lastName, company});
    } else if (key == QLatin1String("contacts list")) {
        sub.addOption(json);
    } else if (key == QLatin1String("contacts search")) {
        sub.addOption(json);
        expectedPositionals = 1;
    } else if (key == QLatin1String("contacts count")) {
    } else if (key == QLatin1String("lists create")) {
        expectedPositionals = 1;
    } else if (key == QLatin1String("lists add-member")) {
        sub.addOption(email);
        expectedPositionals = 1;
    } else if (key == QLatin1String("lists show")) {
        sub.addOption(json);
        expectedPositionals = 1;
    } else {
        return usageError(tr("Unknown command “%1”.").arg(key));
    }
    QStringList subArgs = rest.mid(2);
    subArgs.prepend(key);
    if (!sub.parse(subArgs))
        return usageError(sub.errorText());
    const QStringList positionals = sub.positionalArguments();
    if (positionals.size() != expectedPositionals)
        return usageError(expectedPositionals == 0
                              ? tr("“%1” takes no further arguments.").arg(key)
                              : tr("“%1” needs exactly one argument.").arg(key));

    const QString dbPath =
        global.isSet(dbOption) ? global.value(dbOption) : AppInfo::defaultStorePath();
    // Only adding creates a store: reading from a mistyped path must not look like an empty
    // address book.
    const bool creates =
        key == QLatin1String("contacts add") || key == QLatin1String("lists create");
    if (!creates && !QFileInfo::exists(dbPath)) {
        m_err << tr("There is no Sendtrix store at “%1”. Check the path (--db), or add a contact "
                    "first to create one.")
                     .arg(QDir::toNativeSeparators(dbPath))
              << '\n';
        return 1;
    }
    auto opened = Workspace::open(dbPath);
    if (!opened.ok()) {
        m_err << opened.errorMessage() << '\n';
        return 1;
    }
    Workspace& ws = *opened.value();
    auto fail = [&](const QString& message) {
        m_err << message << '\n';
        m_err.flush();
        return 1;
    };

    int status = 0;
    if (key == QLatin1String("contacts add")) {
        if (!sub.isSet(email))
            return usageError(tr("“contacts add” needs --email."));
        Contact c;
        c.email = sub.value(email);
        c.firstName = sub.value(firstName);
        c.lastName = sub.value(lastName);
        c.company = sub.value(company);
        auto added = ws.addContact(c);
        if (!added.ok())
            return fail(added.errorMessage());
        m_out << tr("Added %1.").arg(added.value().email) << '\n';
    } else if (key == QLatin1String("contacts list") || key == QLatin1String("contacts search")) {
        ContactQuery query;
        query.sort = ContactQuery::SortColumn::Email;
        if (!positionals.isEmpty())
            query.search = positionals.first();
        if (!printContacts(m_out, ws.contacts(), query, sub.isSet(json)))
            status = fail(tr("The contacts could not be read from the store."));
    } else if (key == QLatin1String("contacts count")) {
        m_out << ws.contacts().count({}) << '\n';
    } else if (key == QLatin1String("lists create")) {
        auto created = ws.createList(positionals.first());
        if (!created.ok())
            return fail(created.errorMessage());
        m_out << tr("Created the list “%1”.").arg(created.value().name) << '\n';
    } else if (key == QLatin1String("lists add-member")) {
        if (!sub.isSet(email))
            return usageError(tr("“lists add-member” needs --email."));
        const auto list = ws.lists().findByName(positionals.first());
        if (!list)
            return fail(tr("There is no list called “%1”.").arg(positionals.first()));
        const auto contact = ws.contacts().findByEmail(sub.value(email));
        if (!contact)
            return fail(tr("There is no contact with the e-mail address “%1”. Add it first with "
                           "“contacts add”.")
                            .arg(sub.value(email)));
        auto added = ws.addToList(list->id, {contact->id});
        if (!added.ok())
            return fail(added.errorMessage());
        m_out << (added.value() > 0 ? tr("Added %1 to “%2”.") : tr("%1 was already in “%2”."))
                     .arg(contact->email, list->name)
              << '\n';
    } else if (key == QLatin1String("lists show")) {
        const auto list = ws.lists().findByName(positionals.first());
        if (!list)
            return fail(tr("There is no list called “%1”.").arg(positionals.first()));
        ContactQuery query;
        query.listId = list->id;
        query.sort = ContactQuery::SortColumn::Email;
        if (sub.isSet(json)) {
            QJsonObject head{{QStringLiteral("uuid"), list->uuid},
                             {QStringLiteral("name"), list->name},
                             {QStringLiteral("member_count"), list->memberCount}};
            QByteArray text = compact(head);
            text.chop(1); // leave the object open for the streamed members
            m_out << text << ",\"members\":";
            if (!printContacts(m_out, ws.contacts(), query, true))
                status = fail(tr("The contacts could not be read from the store."));
            m_out << "}\n";
        } else {
            m_out << tr("%1 (%n contact(s))", nullptr, int(list->memberCount)).arg(list->name)
                  << '\n';
            if (!printContacts(m_out, ws.contacts(), query, false))
                status = fail(tr("The contacts could not be read from the store."));
        }
    }
    m_out.flush();
    return status;
}
