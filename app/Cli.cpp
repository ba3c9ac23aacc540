#include "Cli.h"

#include "AppInfo.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DataSubjectRights.h"
#include "EmailAddress.h"
#include "ListRepository.h"
#include "Settings.h"
#include "Store.h"
#include "TemplateLinter.h"
#include "TemplateRenderer.h"
#include "TemplateRepository.h"
#include "Workspace.h"
#include "import/ColumnMapping.h"
#include "import/Exporter.h"
#include "import/ImportFile.h"
#include "import/Importer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

QString usageText()
{
    return Cli::tr(
               "Usage: sendtrix-cli [--db PATH] COMMAND\n"
               "\n"
               "Commands:\n"
               "  contacts add --email E [--first-name F] [--last-name L] [--company C]\n"
               "  contacts list [--json]\n"
               "  contacts search QUERY [--json]\n"
               "  contacts count\n"
               "  lists create NAME\n"
               "  lists add-member NAME --email E\n"
               "  lists show NAME [--json]\n"
               "  consent record --email E --purpose newsletter|testimonial\n"
               "                 --state subscribed|pending|unsubscribed|bounced|complained\n"
               "                 [--basis consent|soft_opt_in] --source TEXT [--detail TEXT]\n"
               "                 [--wording TEXT] [--policy-version V] [--at DATE]\n"
               "                 [--soft-opt-in all|CONDITION,…] [--evidence FILE]\n"
               "                 [--resubscribe]\n"
               "  consent show --email E [--json]\n"
               "  consent verify\n"
               "  gdpr export --email E --out FILE\n"
               "  gdpr erase --email E --yes\n"
               "  import FILE [--dry-run] [--map COLUMN=FIELD]…\n"
               "         [--on-duplicate skip|fill|overwrite] [--list NAME]\n"
               "         [--consent-basis consent|soft_opt_in --consent-source TEXT] [--json]\n"
               "  import --undo-last\n"
               "  export --format csv|vcard [--excel] [--list NAME] --out FILE\n"
               "  template add --name NAME --file FILE.html [--subject S]\n"
               "  template list [--json]\n"
               "  template render --template NAME --contact E\n"
               "  template lint FILE.html|NAME [--subject S] [--json]\n"
               "  sender set --company C --address TEXT [--kvk N] --from-name N --from-email E\n"
               "  sender show [--json]\n"
               "  segment add --name NAME (--rules JSON | --rules-file FILE)\n"
               "  segment list [--json]\n"
               "  segment count NAME\n"
               "  segment delete NAME\n"
               "  mailing create --name N --template T [--subject S] [--preheader P]\n"
               "                 (--list L | --segment G)… [--exclude-list L]…\n"
               "                 [--exclude-segment G]… [--from-name N] [--from-email E]\n"
               "                 [--reply-to E] [--track-clicks] [--track-opens]\n"
               "  mailing list [--json]\n"
               "  mailing recipients NAME [--json]\n"
               "  mailing check NAME [--json]\n"
               "  mailing schedule NAME (--now | --at ISO-8601 [--time-zone ZONE])\n"
               "  mailing cancel NAME\n"
               "  mailing duplicate NAME\n"
               "  mailing delete NAME\n"
               "  login --server URL --email E [--ca-file PEM] [--no-remember]\n"
               "        (the password is read from standard input, or asked for)\n"
               "  logout\n"
               "  sync [--json] [--server URL --token-stdin [--ca-file PEM]] [--timeout S]\n"
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

// A template file as text: UTF-8 (a byte-order mark is dropped), or a message that names
// the file. A NUL byte means it is no text file at all, whatever the decoder thinks.
Result<QString> readTemplateFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Code::NotFound,
            Cli::tr("%1 cannot be read (%2). Nothing was stored.").arg(shown, file.errorString())};
    const QByteArray bytes = file.readAll();
    // Stateless: a sequence cut off at the end of the file is an error too, not a rest to
    // be continued.
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError() || bytes.contains('\0'))
        return Error{Error::Code::Invalid,
                     Cli::tr("%1 is not UTF-8 text. Save it with the encoding UTF-8 and try "
                             "again. Nothing was stored.")
                         .arg(shown)};
    return text;
}

} // namespace

int Cli::failure(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
    return 1;
}

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
    if (rest.first() == QLatin1String("import") || rest.first() == QLatin1String("export"))
        return runTransfer(
            global.isSet(dbOption) ? global.value(dbOption) : AppInfo::defaultStorePath(), rest);
    if (rest.first() == QLatin1String("mailing") || rest.first() == QLatin1String("segment"))
        return runMailings(
            global.isSet(dbOption) ? global.value(dbOption) : AppInfo::defaultStorePath(), rest);
    if (rest.first() == QLatin1String("login") || rest.first() == QLatin1String("logout"))
        return runAccount(rest);
    if (rest.first() == QLatin1String("sync"))
        return runSync(
            global.isSet(dbOption) ? global.value(dbOption) : AppInfo::defaultStorePath(), rest);
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
    const QCommandLineOption purposeOption(QStringLiteral("purpose"), tr("Consent purpose."),
                                           QStringLiteral("P"));
    const QCommandLineOption stateOption(QStringLiteral("state"), tr("Consent state."),
                                         QStringLiteral("S"));
    const QCommandLineOption basisOption(QStringLiteral("basis"), tr("Legal basis."),
                                         QStringLiteral("B"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Where it came from."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption detailOption(QStringLiteral("detail"), tr("Details of the source."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption wordingOption(
        QStringLiteral("wording"), tr("The consent text the person saw."), QStringLiteral("TEXT"));
    const QCommandLineOption policyOption(QStringLiteral("policy-version"),
                                          tr("The privacy policy version shown."),
                                          QStringLiteral("V"));
    const QCommandLineOption atOption(QStringLiteral("at"), tr("When (ISO 8601 date or time)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption softOptInOption(QStringLiteral("soft-opt-in"),
                                             tr("Soft opt-in conditions met."),
                                             QStringLiteral("CONDITIONS"));
    const QCommandLineOption evidenceOption(QStringLiteral("evidence"), tr("Evidence file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption resubscribeOption(
        QStringLiteral("resubscribe"),
        tr("The person explicitly asked to be mailed again: lift the suppression."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Confirm an irreversible step."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Template name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption fileOption(QStringLiteral("file"), tr("HTML file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption subjectOption(QStringLiteral("subject"), tr("Subject line."),
                                           QStringLiteral("S"));
    const QCommandLineOption templateOption(QStringLiteral("template"), tr("Template name."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption contactOption(
        QStringLiteral("contact"), tr("E-mail address of the contact."), QStringLiteral("E"));
    const QCommandLineOption senderCompanyOption(QStringLiteral("company"), tr("Company name."),
                                                 QStringLiteral("C"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           tr("Postal address (\\n between lines)."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption kvkOption(QStringLiteral("kvk"), tr("KvK number."),
                                       QStringLiteral("N"));
    const QCommandLineOption fromNameOption(QStringLiteral("from-name"), tr("Sender name."),
                                            QStringLiteral("N"));
    const QCommandLineOption fromEmailOption(QStringLiteral("from-email"), tr("Sender address."),
                                             QStringLiteral("E"));
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
    } else if (key == QLatin1String("consent record")) {
        sub.addOptions({email, purposeOption, stateOption, basisOption, sourceOption, detailOption,
                        wordingOption, policyOption, atOption, softOptInOption, evidenceOption,
                        resubscribeOption});
    } else if (key == QLatin1String("consent show")) {
        sub.addOptions({email, json});
    } else if (key == QLatin1String("consent verify")) {
    } else if (key == QLatin1String("gdpr export")) {
        sub.addOptions({email, outOption});
    } else if (key == QLatin1String("gdpr erase")) {
        sub.addOptions({email, yesOption});
    } else if (key == QLatin1String("template add")) {
        sub.addOptions({nameOption, fileOption, subjectOption});
    } else if (key == QLatin1String("template list")) {
        sub.addOption(json);
    } else if (key == QLatin1String("template render")) {
        sub.addOptions({templateOption, contactOption});
    } else if (key == QLatin1String("template lint")) {
        sub.addOptions({subjectOption, json});
        expectedPositionals = 1;
    } else if (key == QLatin1String("sender set")) {
        sub.addOptions(
            {senderCompanyOption, addressOption, kvkOption, fromNameOption, fromEmailOption});
    } else if (key == QLatin1String("sender show")) {
        sub.addOption(json);
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

    // The template file is read before the store is opened (or created): a file that cannot
    // be used leaves no trace.
    QString templateHtml;
    if (key == QLatin1String("template add")) {
        if (!sub.isSet(nameOption) || !sub.isSet(fileOption))
            return usageError(tr("“template add” needs --name and --file."));
        auto read = readTemplateFile(sub.value(fileOption));
        if (!read.ok())
            return failure(read.errorMessage());
        templateHtml = read.value();
    } else if (key == QLatin1String("template render")) {
        if (!sub.isSet(templateOption) || !sub.isSet(contactOption))
            return usageError(tr("“template render” needs --template and --contact."));
    }

    const QString dbPath =
        global.isSet(dbOption) ? global.value(dbOption) : AppInfo::defaultStorePath();
    // The sender profile lives in the settings, not in a store.
    if (key == QLatin1String("sender set")) {
        if (!sub.isSet(senderCompanyOption) || !sub.isSet(addressOption) ||
            !sub.isSet(fromNameOption) || !sub.isSet(fromEmailOption))
            return usageError(
                tr("“sender set” needs --company, --address, --from-name and --from-email."));
        const auto from = EmailAddress::check(sub.value(fromEmailOption));
        if (!from.valid)
            return failure(tr("--from-email: %1").arg(from.problem));
        const QString kvk = sub.value(kvkOption).remove(QLatin1Char(' '));
        if (!kvk.isEmpty() &&
            !QRegularExpression(QStringLiteral("^[0-9]{8}$")).match(kvk).hasMatch())
            return failure(tr("--kvk: a KvK number has 8 digits."));
        const QString company = sub.value(senderCompanyOption).trimmed();
        const QString address =
            sub.value(addressOption).replace(QLatin1String("\\n"), QLatin1String("\n")).trimmed();
        if (company.isEmpty() || address.isEmpty())
            return failure(tr("The company name and the postal address may not be empty: the law "
                              "asks every newsletter to say who sends it and where."));
        Settings settings;
        settings.setSenderCompany(company);
        settings.setSenderAddress(address);
        settings.setSenderKvk(kvk);
        settings.setSenderFromName(sub.value(fromNameOption).trimmed());
        settings.setSenderFromEmail(from.normalized);
        m_out << tr("Sender set: %1 <%2>, %3.")
                     .arg(settings.senderFromName(), settings.senderFromEmail(),
                          TemplateRenderer::addressLine(address))
              << '\n';
        m_out.flush();
        return 0;
    }
    if (key == QLatin1String("sender show")) {
        Settings settings;
        if (sub.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("company"), settings.senderCompany());
            o.insert(QStringLiteral("address"), settings.senderAddress());
            o.insert(QStringLiteral("kvk"), settings.senderKvk());
            o.insert(QStringLiteral("from_name"), settings.senderFromName());
            o.insert(QStringLiteral("from_email"), settings.senderFromEmail());
            m_out << QString::fromUtf8(QJsonDocument(o).toJson());
        } else {
            m_out << settings.senderCompany() << '\n'
                  << TemplateRenderer::addressLine(settings.senderAddress()) << '\n';
            if (!settings.senderKvk().isEmpty())
                m_out << tr("KvK %1").arg(settings.senderKvk()) << '\n';
            m_out << settings.senderFromName() << " <" << settings.senderFromEmail() << ">\n";
        }
        m_out.flush();
        return 0;
    }
    // A file is checked without a store; a name is looked up in it.
    if (key == QLatin1String("template lint")) {
        const QString what = positionals.first();
        QString subject = sub.value(subjectOption);
        QString html;
        if (QFileInfo(what).isFile()) {
            auto read = readTemplateFile(what);
            if (!read.ok())
                return failure(read.errorMessage());
            html = read.value();
            if (!sub.isSet(subjectOption))
                subject = QStringLiteral(" "); // a file has no subject: not a finding
        } else {
            if (!QFileInfo::exists(dbPath))
                return failure(tr("There is no file “%1”, and no Sendtrix store to find a "
                                  "template of that name in.")
                                   .arg(what));
            auto opened = Workspace::open(dbPath, Workspace::defaultActor(QStringLiteral("cli")));
            if (!opened.ok())
                return failure(opened.errorMessage());
            const auto t = opened.value()->templates().findByName(what);
            if (!t)
                return failure(tr("There is no file or template called “%1”.").arg(what));
            html = t->html;
            if (!sub.isSet(subjectOption))
                subject = t->subject;
        }
        TemplateLinter::Options options;
        options.senderAddress = TemplateRenderer::addressLine(Settings().senderAddress());
        const QVector<LintFinding> findings = TemplateLinter::lint(subject, html, options);
        if (sub.isSet(json)) {
            m_out << QString::fromUtf8(TemplateLinter::toJson(findings));
        } else {
            for (const LintFinding& f : findings)
                m_out << (f.line > 0 ? tr("line %1").arg(f.line) : tr("subject")) << '\t'
                      << TemplateLinter::severityName(f.severity) << '\t' << f.message << '\n';
            if (findings.isEmpty())
                m_out << tr("No problems found.") << '\n';
        }
        m_out.flush();
        return TemplateLinter::hasErrors(findings) ? 1 : 0;
    }
    // Only adding creates a store at a --db path: reading from a mistyped path must not look
    // like an empty address book. The app's own store is made when first needed, as the
    // app itself does.
    const bool creates = !global.isSet(dbOption) || key == QLatin1String("contacts add") ||
                         key == QLatin1String("lists create") ||
                         key == QLatin1String("template add");
    if (!creates && !QFileInfo::exists(dbPath)) {
        m_err << tr("There is no Sendtrix store at “%1”. Check the path (--db), or add a contact "
                    "first to create one.")
                     .arg(QDir::toNativeSeparators(dbPath))
              << '\n';
        return 1;
    }
    auto opened = Workspace::open(dbPath, Workspace::defaultActor(QStringLiteral("cli")));
    if (!opened.ok()) {
        m_err << opened.errorMessage() << '\n';
        return 1;
    }
    Workspace& ws = *opened.value();

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
            return failure(added.errorMessage());
        m_out << tr("Added %1.").arg(added.value().email) << '\n';
        if (const auto entry = ws.suppressionOf(added.value().email))
            m_out << tr("Note: %1 is on the suppression list (%2), so it will not receive "
                        "mailings unless the person asks again.")
                         .arg(added.value().email, SuppressionList::describe(*entry))
                  << '\n';
    } else if (key == QLatin1String("contacts list") || key == QLatin1String("contacts search")) {
        ContactQuery query;
        query.sort = ContactQuery::SortColumn::Email;
        if (!positionals.isEmpty())
            query.search = positionals.first();
        if (!printContacts(m_out, ws.contacts(), query, sub.isSet(json)))
            status = failure(tr("The contacts could not be read from the store."));
    } else if (key == QLatin1String("contacts count")) {
        m_out << ws.contacts().count({}) << '\n';
    } else if (key == QLatin1String("lists create")) {
        auto created = ws.createList(positionals.first());
        if (!created.ok())
            return failure(created.errorMessage());
        m_out << tr("Created the list “%1”.").arg(created.value().name) << '\n';
    } else if (key == QLatin1String("lists add-member")) {
        if (!sub.isSet(email))
            return usageError(tr("“lists add-member” needs --email."));
        const auto list = ws.lists().findByName(positionals.first());
        if (!list)
            return failure(tr("There is no list called “%1”.").arg(positionals.first()));
        const auto contact = ws.contacts().findByEmail(sub.value(email));
        if (!contact)
            return failure(tr("There is no contact with the e-mail address “%1”. Add it first with "
                              "“contacts add”.")
                               .arg(sub.value(email)));
        auto added = ws.addToList(list->id, {contact->id});
        if (!added.ok())
            return failure(added.errorMessage());
        m_out << (added.value() > 0 ? tr("Added %1 to “%2”.") : tr("%1 was already in “%2”."))
                     .arg(contact->email, list->name)
              << '\n';
    } else if (key == QLatin1String("lists show")) {
        const auto list = ws.lists().findByName(positionals.first());
        if (!list)
            return failure(tr("There is no list called “%1”.").arg(positionals.first()));
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
                status = failure(tr("The contacts could not be read from the store."));
            m_out << "}\n";
        } else {
            m_out << tr("%1 (%n contact(s))", nullptr, int(list->memberCount)).arg(list->name)
                  << '\n';
            if (!printContacts(m_out, ws.contacts(), query, false))
                status = failure(tr("The contacts could not be read from the store."));
        }
    } else if (area == QLatin1String("consent") || area == QLatin1String("gdpr")) {
        status = runConsent(ws, key, sub);
    } else if (key == QLatin1String("template add")) {
        // A name that exists gets a new revision: re-running a script updates the template.
        const QString name = sub.value(nameOption);
        if (auto existing = ws.templates().findByName(name)) {
            Template edited = *existing;
            edited.html = templateHtml;
            if (sub.isSet(subjectOption))
                edited.subject = sub.value(subjectOption);
            if (edited.sameContent(*existing)) {
                m_out << tr("The template “%1” already has this content; nothing changed.")
                             .arg(existing->name)
                      << '\n';
            } else {
                auto saved = ws.saveTemplate(edited, TemplateRepository::Save::Manual);
                if (!saved.ok())
                    return failure(saved.errorMessage());
                const auto revisions = ws.templates().revisions(saved.value().id);
                m_out << tr("Saved the template “%1” as revision %2.")
                             .arg(saved.value().name)
                             .arg(revisions.isEmpty() ? 0 : revisions.first().number)
                      << '\n';
            }
        } else {
            auto created = ws.createTemplate(name, sub.value(subjectOption), templateHtml);
            if (!created.ok())
                return failure(created.errorMessage());
            m_out << tr("Created the template “%1”.").arg(created.value().name) << '\n';
        }
    } else if (key == QLatin1String("template list")) {
        const QVector<Template> templates = ws.templates().all();
        if (sub.isSet(json)) {
            QJsonArray rows;
            for (const Template& t : templates)
                rows.append(QJsonObject{{QStringLiteral("uuid"), t.uuid},
                                        {QStringLiteral("name"), t.name},
                                        {QStringLiteral("subject"), t.subject},
                                        {QStringLiteral("updated_at"), t.updatedAt},
                                        {QStringLiteral("size"), t.html.toUtf8().size()}});
            m_out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        } else {
            // Name, last change (local time) and size in bytes as sent (UTF-8).
            for (const Template& t : templates)
                m_out << t.name << '\t'
                      << QDateTime::fromMSecsSinceEpoch(t.updatedAt).toString(Qt::ISODate) << '\t'
                      << t.html.toUtf8().size() << '\n';
        }
    } else if (key == QLatin1String("template render")) {
        // The HTML as the contact would get it, with preview links that lead nowhere.
        const auto t = ws.templates().findByName(sub.value(templateOption));
        if (!t)
            return failure(tr("There is no template called “%1”.").arg(sub.value(templateOption)));
        const auto contact = ws.contacts().findByEmail(sub.value(contactOption));
        if (!contact)
            return failure(tr("There is no contact with the e-mail address “%1”.")
                               .arg(sub.value(contactOption)));
        const auto compiled = TemplateRenderer::compile(t->subject, t->html);
        if (!compiled.ok())
            return failure(compiled.errorMessage());
        const auto rendered = compiled.value().render(
            *contact, TemplateRenderer::previewContext(Settings().senderAddress(),
                                                       Settings().senderCompany()));
        m_out << QString::fromStdString(rendered.html);
    }
    m_out.flush();
    return status;
}

namespace {

// "2026-03-14" (local midnight) or "2026-03-14T10:30"; 0 when it is not a date.
qint64 parseWhen(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = date.startOfDay();
    }
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QString dateTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

} // namespace

int Cli::runConsent(Workspace& ws, const QString& key, const QCommandLineParser& sub)
{
    if (key == QLatin1String("consent verify")) {
        const auto report = ConsentRepository::verify(ws.storePath());
        (report.ok() ? m_out : m_err) << report.summary() << '\n';
        for (const QString& problem : report.problems)
            m_err << "  " << problem << '\n';
        m_out << tr("%1 events checked in %2 ms.").arg(report.events).arg(report.elapsedMs) << '\n';
        return report.ok() ? 0 : 1;
    }

    if (!sub.isSet(QStringLiteral("email")))
        return usageError(tr("“%1” needs --email.").arg(key));
    const QString email = sub.value(QStringLiteral("email"));
    if (key == QLatin1String("gdpr erase")) {
        if (!sub.isSet(QStringLiteral("yes")))
            return usageError(tr("Erasing cannot be undone: it removes %1, their consent history "
                                 "and list memberships for good. Add --yes to confirm.")
                                  .arg(email));
        const auto contact = ws.contacts().findByEmail(email);
        const auto erased =
            contact ? ws.erasePerson(contact->id)
                    : DataSubjectRights(ws.store()).eraseAddress(email, ws.store().actor());
        if (!erased.ok())
            return failure(erased.errorMessage());
        if (erased.value() == 0)
            return failure(tr("There is no contact with the e-mail address “%1”.").arg(email));
        m_out << tr("Erased %1. Only a salted hash of the address stays on the suppression list, "
                    "so it is never mailed again.")
                     .arg(email)
              << '\n';
        return 0;
    }

    const auto contact = ws.contacts().findByEmail(email);
    if (!contact)
        return failure(tr("There is no contact with the e-mail address “%1”.").arg(email));

    if (key == QLatin1String("gdpr export")) {
        if (!sub.isSet(QStringLiteral("out")))
            return usageError(tr("“gdpr export” needs --out FILE."));
        const QString out = sub.value(QStringLiteral("out"));
        if (auto written = ws.exportPersonalData(contact->id, out); !written.ok())
            return failure(written.errorMessage());
        m_out << tr("Wrote everything held about %1 to %2.")
                     .arg(contact->email, QDir::toNativeSeparators(out))
              << '\n';
        return 0;
    }

    if (key == QLatin1String("consent show")) {
        const auto history = ws.consent().history(contact->id);
        if (sub.isSet(QStringLiteral("json"))) {
            QJsonArray events;
            for (const ConsentEvent& e : history)
                events.append(e.toJson());
            const QJsonObject current = ws.consent().currentAsJson(contact->id);
            m_out << compact(QJsonObject{{QStringLiteral("email"), contact->email},
                                         {QStringLiteral("current"), current},
                                         {QStringLiteral("history"), events}})
                  << '\n';
            return 0;
        }
        for (auto p : {ConsentEvent::Purpose::Newsletter, ConsentEvent::Purpose::Testimonial}) {
            const auto s = ws.consent().current(contact->id, p);
            m_out << ConsentEvent::purposeLabel(p) << ": "
                  << (s ? tr("%1 since %2")
                              .arg(ConsentEvent::stateLabel(s->state), dateTimeText(s->occurredAt))
                        : tr("no consent recorded"))
                  << '\n';
        }
        for (const ConsentEvent& e : history)
            m_out << dateTimeText(e.occurredAt) << '\t' << ConsentEvent::purposeLabel(e.purpose)
                  << '\t' << ConsentEvent::stateLabel(e.state) << '\t'
                  << (e.basis == ConsentEvent::Basis::None ? QString()
                                                           : ConsentEvent::basisLabel(e.basis))
                  << '\t' << ConsentEvent::sourceLabel(e.source)
                  << (e.sourceDetail.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(e.sourceDetail))
                  << '\n';
        return 0;
    }

    // consent record
    ConsentEvent e;
    e.contactId = contact->id;
    const auto purpose = ConsentEvent::purposeFromName(sub.value(QStringLiteral("purpose")));
    if (!purpose)
        return usageError(tr("--purpose must be newsletter or testimonial."));
    const auto state = ConsentEvent::stateFromName(sub.value(QStringLiteral("state")));
    if (!state)
        return usageError(
            tr("--state must be subscribed, pending, unsubscribed, bounced or complained."));
    const auto basis = ConsentEvent::basisFromName(sub.value(QStringLiteral("basis")));
    if (!basis)
        return usageError(tr("--basis must be consent or soft_opt_in."));
    e.purpose = *purpose;
    e.state = *state;
    e.basis = *basis;
    e.source = sub.value(QStringLiteral("source"));
    e.sourceDetail = sub.value(QStringLiteral("detail"));
    e.wording = sub.value(QStringLiteral("wording"));
    e.policyVersion = sub.value(QStringLiteral("policy-version"));
    if (sub.isSet(QStringLiteral("at"))) {
        e.occurredAt = parseWhen(sub.value(QStringLiteral("at")));
        if (e.occurredAt == 0)
            return usageError(tr("--at “%1” is not a date; write it as 2026-03-14 or "
                                 "2026-03-14T10:30.")
                                  .arg(sub.value(QStringLiteral("at"))));
    }
    if (sub.isSet(QStringLiteral("soft-opt-in"))) {
        const QStringList given =
            sub.value(QStringLiteral("soft-opt-in")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonObject conditions = ConsentEvent::SoftOptIn().toJson();
        for (const QString& raw : given) {
            const QString name = raw.trimmed();
            if (name == QLatin1String("all")) {
                for (auto it = conditions.begin(); it != conditions.end(); ++it)
                    *it = true;
            } else if (conditions.contains(name)) {
                conditions.insert(name, true);
            } else {
                return usageError(tr("Unknown soft opt-in condition “%1”. The conditions are: %2.")
                                      .arg(name, conditions.keys().join(QStringLiteral(", "))));
            }
        }
        e.softOptIn = ConsentEvent::SoftOptIn::fromJson(conditions);
    }
    // The file is stored with the event, in one transaction: a refused event leaves nothing.
    const QString evidence = sub.value(QStringLiteral("evidence"));
    const auto recorded = ws.recordConsent(e, sub.isSet(QStringLiteral("resubscribe")), evidence);
    if (!recorded.ok())
        return failure(recorded.errorMessage());
    m_out << tr("Recorded: %1 %2 for %3.")
                 .arg(ConsentEvent::purposeLabel(e.purpose), ConsentEvent::stateLabel(e.state),
                      contact->email)
          << '\n';
    return 0;
}

int Cli::runTransfer(const QString& dbPath, const QStringList& rest)
{
    const bool importing = rest.first() == QLatin1String("import");
    QCommandLineParser sub;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Only report what the import would do."));
    const QCommandLineOption map(QStringLiteral("map"), tr("Column to field."),
                                 QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         tr("What to do with addresses already stored."),
                                         QStringLiteral("POLICY"), QStringLiteral("skip"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List name."), QStringLiteral("NAME"));
    const QCommandLineOption basis(QStringLiteral("consent-basis"), tr("Legal basis."),
                                   QStringLiteral("B"));
    const QCommandLineOption source(QStringLiteral("consent-source"),
                                    tr("Where the consent came from."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption undo(QStringLiteral("undo-last"), tr("Undo the last import."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or vcard."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption excel(QStringLiteral("excel"),
                                   tr("CSV for Excel: a byte-order mark and semicolons."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    if (importing)
        sub.addOptions({dryRun, map, onDuplicate, list, basis, source, json, undo});
    else
        sub.addOptions({format, excel, list, out});
    if (!sub.parse(rest))
        return usageError(sub.errorText());
    const QStringList files = sub.positionalArguments(); // rest[0], the command, is argv[0]
    if (!QFileInfo::exists(dbPath) && !(importing && !sub.isSet(undo)))
        return failure(tr("There is no Sendtrix store at “%1”. Check the path (--db).")
                           .arg(QDir::toNativeSeparators(dbPath)));
    auto opened = Workspace::open(dbPath, Workspace::defaultActor(QStringLiteral("cli")));
    if (!opened.ok())
        return failure(opened.errorMessage());
    Workspace& ws = *opened.value();
    qint64 listId = 0;
    if (sub.isSet(list)) {
        const auto found = ws.lists().findByName(sub.value(list));
        if (!found)
            return failure(tr("There is no list called “%1”.").arg(sub.value(list)));
        listId = found->id;
    }

    if (!importing) {
        if (!sub.isSet(out))
            return usageError(tr("“export” needs --out FILE."));
        Exporter::Options options;
        if (sub.value(format) == QLatin1String("vcard"))
            options.format = Exporter::Format::VCard;
        else if (sub.value(format) != QLatin1String("csv"))
            return usageError(tr("--format must be csv or vcard."));
        options.excel = sub.isSet(excel);
        ContactQuery query;
        query.listId = listId;
        query.sort = ContactQuery::SortColumn::Email;
        const auto written = Exporter(ws.contacts()).exportTo(sub.value(out), query, options);
        if (!written.ok())
            return failure(written.errorMessage());
        m_out << tr("Exported %n contact(s) to %1.", "", int(written.value()))
                     .arg(QDir::toNativeSeparators(sub.value(out)))
              << '\n';
        return 0;
    }

    Importer importer(ws.store());
    if (sub.isSet(undo)) {
        const auto undone = importer.undoLast();
        if (!undone.ok())
            return failure(undone.errorMessage());
        m_out << tr("Undid the import of %1: %2 added contact(s) removed, %3 updated contact(s) "
                    "restored.")
                     .arg(undone.value().fileName)
                     .arg(undone.value().added)
                     .arg(undone.value().updated)
              << '\n';
        return 0;
    }
    if (files.size() != 1)
        return usageError(tr("“import” needs exactly one file."));
    QString error;
    const ImportFile file(files.first());
    std::unique_ptr<RecordSource> reader = file.open(&error);
    if (!reader)
        return failure(error);
    const QString encodingText = ImportFile::describe(*reader);
    RecordSource::Record header;
    if (!reader->next(header))
        return failure(reader->error().isEmpty()
                           ? tr("%1 is empty.").arg(QDir::toNativeSeparators(files.first()))
                           : reader->error());
    ColumnMapping mapping = file.guessMapping(header.fields);
    for (const QString& pair : sub.values(map)) {
        const QString column = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString field = pair.section(QLatin1Char('='), 1).trimmed();
        const int index = int(header.fields.indexOf(column));
        const auto target = ColumnMapping::targetFromName(field);
        if (index < 0)
            return usageError(tr("--map: the file has no column “%1”. Its columns are: %2.")
                                  .arg(column, header.fields.join(QStringLiteral(", "))));
        if (!target)
            return usageError(tr("--map: “%1” is not a field. Use email, first_name, "
                                 "last_name_prefix, last_name, company, phone, street, "
                                 "postal_code, city, country, website, notes, custom or "
                                 "ignore.")
                                  .arg(field));
        mapping.setTarget(index, *target);
    }
    Importer::Options options;
    options.fileName = QFileInfo(files.first()).fileName();
    options.listId = listId;
    options.dryRun = sub.isSet(dryRun);
    const QString policy = sub.value(onDuplicate);
    if (policy == QLatin1String("fill"))
        options.onDuplicate = Importer::OnDuplicate::Fill;
    else if (policy == QLatin1String("overwrite"))
        options.onDuplicate = Importer::OnDuplicate::Overwrite;
    else if (policy != QLatin1String("skip"))
        return usageError(tr("--on-duplicate must be skip, fill or overwrite."));
    if (sub.isSet(basis)) {
        const auto b = ConsentEvent::basisFromName(sub.value(basis));
        if (!b || *b == ConsentEvent::Basis::None)
            return usageError(tr("--consent-basis must be consent or soft_opt_in."));
        if (*b == ConsentEvent::Basis::SoftOptIn)
            return usageError(tr("The soft opt-in needs its five conditions recorded per "
                                 "person; import with --consent-basis consent, or record the "
                                 "soft opt-in per contact."));
        options.consentBasis = *b;
        options.consentDetail = sub.value(source);
    }
    const Importer::Report report = importer.run(*reader, mapping, options);
    if (sub.isSet(json)) {
        QJsonArray rejects;
        for (const auto& r : report.rejects)
            rejects.append(QJsonObject{{QStringLiteral("line"), r.line},
                                       {QStringLiteral("reason"), r.reason}});
        QJsonObject o{{QStringLiteral("dry_run"), report.dryRun},
                      {QStringLiteral("rows"), report.rows},
                      {QStringLiteral("added"), report.added},
                      {QStringLiteral("updated"), report.updated},
                      {QStringLiteral("unchanged"), report.unchanged},
                      {QStringLiteral("rejected"), report.rejected},
                      {QStringLiteral("suppressed"), report.suppressed},
                      {QStringLiteral("rejects"), rejects},
                      {QStringLiteral("format"), encodingText}};
        if (!report.error.isEmpty())
            o.insert(QStringLiteral("error"), report.error);
        m_out << compact(o) << '\n';
    } else {
        m_out << encodingText << '\n';
        const int rows = int(std::min<qint64>(report.rows, INT_MAX));
        m_out << (report.dryRun ? tr("Dry run, nothing was changed: %n row(s) read; would add %2, "
                                     "update %3, leave %4 unchanged; %5 rejected; %6 not "
                                     "subscribed because they unsubscribed or are suppressed.",
                                     "", rows)
                                : tr("Imported %n row(s): added %2, updated %3, %4 unchanged; "
                                     "%5 rejected; %6 not subscribed because they unsubscribed "
                                     "or are suppressed.",
                                     "", rows))
                     .arg(report.added)
                     .arg(report.updated)
                     .arg(report.unchanged)
                     .arg(report.rejected)
                     .arg(report.suppressed)
              << '\n';
        for (const auto& r : report.rejects)
            m_out << tr("Line %1: %2").arg(r.line).arg(r.reason) << '\n';
    }
    if (!report.error.isEmpty())
        return failure(tr("Nothing was imported: %1").arg(report.error));
    return 0;
}
