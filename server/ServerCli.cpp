#include "ServerCli.h"

#include "Accounts.h"
#include "Announcements.h"
#include "ApiServer.h"
#include "DevCerts.h"
#include "OperatorStats.h"
#include "PolicyVersions.h"
#include "ServerConfig.h"
#include "ServerDatabase.h"
#include "ServerLog.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <pthread.h>
#include <thread>

namespace {

const char* kUsage =
    "Usage: sendtrix-server [--config FILE] [--database URL] COMMAND\n"
    "\n"
    "Commands:\n"
    "  serve [--listen HOST:PORT] [--cert PEM --key PEM]\n"
    "                               serve the HTTPS API (HTTPS only)\n"
    "  dev-certs DIR                make DIR/ca.pem and a certificate for localhost\n"
    "                               (DIR/server.pem, DIR/server.key) for development\n"
    "  account create --email E     create an account; the password is read from stdin\n"
    "  account list                 list the accounts\n"
    "  account disable --email E    disable an account and end its sessions\n"
    "  policy publish FILE --effective YYYY-MM-DD\n"
    "                               publish a privacy policy version (JSON FILE); it takes\n"
    "                               effect at least 30 days later\n"
    "  policy list                  list the published versions\n"
    "  announce FILE                publish a service announcement (JSON FILE)\n"
    "  stats [--json]               figures without personal data: accounts, policy\n"
    "                               acknowledgments, consents, usage reports of 30 days\n"
    "                               (a group under 10 is shown as <10)\n"
    "\n"
    "Options:\n"
    "  --config FILE    settings (INI; see docs/server.md)\n"
    "  --database URL   sqlite:PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME\n"
    "                   (default: sendtrix.db in the data folder)\n"
    "  --version        print the version\n";

} // namespace

int ServerCli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << "sendtrix-server: " << problem << "\n\n";
    m_err << kUsage;
    m_err.flush();
    return 2;
}

int ServerCli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption config(QStringLiteral("config"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("cert"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("E"));
    const QCommandLineOption effective(QStringLiteral("effective"), QString(),
                                       QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({config, database, listen, cert, key, email, effective, json});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage();
    const QString command = args.first();

    if (command == QLatin1String("dev-certs")) {
        if (args.size() != 2)
            return usage(QStringLiteral("dev-certs needs one folder"));
        if (auto made = DevCerts::create(args.at(1)); !made.ok()) {
            m_err << "sendtrix-server: " << made.errorMessage() << '\n';
            return 1;
        }
        const QDir dir(args.at(1));
        m_out << "Wrote " << QDir::toNativeSeparators(dir.filePath(QStringLiteral("ca.pem")))
              << " (trust this in the client), server.pem and server.key (for "
                 "localhost, 127.0.0.1 and ::1).\n";
        return 0;
    }

    auto loaded = ServerConfig::load(parser.value(config));
    if (!loaded.ok()) {
        m_err << "sendtrix-server: " << loaded.errorMessage() << '\n';
        return 2;
    }
    ServerConfig settings = loaded.value();
    if (parser.isSet(database))
        settings.databaseUrl = parser.value(database);
    if (parser.isSet(listen)) {
        if (auto r = settings.setListen(parser.value(listen)); !r.ok())
            return usage(r.errorMessage());
    }
    if (parser.isSet(cert))
        settings.certPath = parser.value(cert);
    if (parser.isSet(key))
        settings.keyPath = parser.value(key);

    auto db = ServerDatabase::fromUrl(settings.databaseUrl, settings.defaultDataDir());
    if (!db.ok())
        return usage(db.errorMessage());
    auto migrated = db.value()->migrate();
    if (!migrated.ok()) {
        m_err << "sendtrix-server: " << migrated.errorMessage() << '\n';
        return 1;
    }

    if (command == QLatin1String("account")) {
        const QString sub = args.value(1);
        Accounts accounts(*db.value());
        if (sub == QLatin1String("create")) {
            if (!parser.isSet(email))
                return usage(QStringLiteral("account create needs --email"));
            // The password never on the command line (other users can read that): stdin.
            const QString password = m_in.readLine();
            auto created = accounts.create(parser.value(email), password);
            if (!created.ok()) {
                m_err << "sendtrix-server: " << created.errorMessage() << '\n';
                return 1;
            }
            m_out << "Created account " << created.value().email << ".\n";
            return 0;
        }
        if (sub == QLatin1String("list")) {
            auto list = accounts.list();
            if (!list.ok()) {
                m_err << "sendtrix-server: " << list.errorMessage() << '\n';
                return 1;
            }
            for (const Account& a : list.value())
                m_out << a.email << '\t'
                      << QDateTime::fromMSecsSinceEpoch(a.createdAt, Qt::UTC).toString(Qt::ISODate)
                      << '\t' << (a.disabled ? "disabled" : "active") << '\n';
            return 0;
        }
        if (sub == QLatin1String("disable")) {
            if (!parser.isSet(email))
                return usage(QStringLiteral("account disable needs --email"));
            auto disabled = accounts.disable(parser.value(email));
            if (!disabled.ok()) {
                m_err << "sendtrix-server: " << disabled.errorMessage() << '\n';
                return 1;
            }
            m_out << "Disabled account " << disabled.value().email
                  << "; its sessions have ended.\n";
            return 0;
        }
        return usage(QStringLiteral("account takes create, list or disable"));
    }

    // A JSON document from a file, or a message naming what is wrong with it.
    const auto readJson = [this](const QString& path) -> std::optional<QJsonObject> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << "sendtrix-server: cannot read " << path << ": " << file.errorString() << '\n';
            return std::nullopt;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            m_err << "sendtrix-server: " << path << " is not a JSON object"
                  << (error.error != QJsonParseError::NoError ? QStringLiteral(" (at byte %1: %2)")
                                                                    .arg(error.offset)
                                                                    .arg(error.errorString())
                                                              : QString())
                  << '\n';
            return std::nullopt;
        }
        return doc.object();
    };

    if (command == QLatin1String("policy")) {
        PolicyVersions policies(*db.value());
        if (args.value(1) == QLatin1String("publish")) {
            if (args.size() != 3 || !parser.isSet(effective))
                return usage(
                    QStringLiteral("policy publish needs FILE and --effective YYYY-MM-DD"));
            const auto document = readJson(args.at(2));
            if (!document)
                return 1;
            const QDate date = QDate::fromString(parser.value(effective), Qt::ISODate);
            auto published = policies.publish(*document, date);
            if (!published.ok()) {
                m_err << "sendtrix-server: " << published.errorMessage() << '\n';
                return 1;
            }
            m_out << "Published policy " << published.value().value(QLatin1String("id")).toString()
                  << ", in force from " << date.toString(Qt::ISODate) << ".\n";
            return 0;
        }
        if (args.value(1) == QLatin1String("list")) {
            auto versions = policies.all();
            if (!versions.ok()) {
                m_err << "sendtrix-server: " << versions.errorMessage() << '\n';
                return 1;
            }
            for (const auto& v : versions.value()) {
                const QJsonObject o = v.toObject();
                m_out << o.value(QLatin1String("id")).toString() << "\tpublished "
                      << QDateTime::fromMSecsSinceEpoch(
                             qint64(o.value(QLatin1String("published_at")).toDouble()), Qt::UTC)
                             .toString(Qt::ISODate)
                      << "\tin force from " << o.value(QLatin1String("effective_date")).toString()
                      << '\n';
            }
            return 0;
        }
        return usage(QStringLiteral("policy takes publish or list"));
    }

    if (command == QLatin1String("announce")) {
        if (args.size() != 2)
            return usage(QStringLiteral("announce needs one FILE"));
        const auto document = readJson(args.at(1));
        if (!document)
            return 1;
        auto published = Announcements(*db.value()).publish(*document);
        if (!published.ok()) {
            m_err << "sendtrix-server: " << published.errorMessage() << '\n';
            return 1;
        }
        m_out << "Published announcement "
              << published.value().value(QLatin1String("id")).toInteger() << ".\n";
        return 0;
    }

    if (command == QLatin1String("stats")) {
        if (args.size() != 1)
            return usage(QStringLiteral("stats takes no arguments (only --json)"));
        auto stats = OperatorStats(*db.value()).collect();
        if (!stats.ok()) {
            m_err << "sendtrix-server: " << stats.errorMessage() << '\n';
            return 1;
        }
        if (parser.isSet(json))
            m_out << QString::fromUtf8(
                QJsonDocument(stats.value()).toJson(QJsonDocument::Indented));
        else
            m_out << OperatorStats::toText(stats.value());
        return 0;
    }

    if (command == QLatin1String("serve")) {
        // SIGINT and SIGTERM stop the server cleanly: waited for on a thread of their own,
        // blocked everywhere else. Blocked before any thread starts (the server's threads
        // inherit the mask; one that did not would let the signal kill the process).
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
        ApiServer server(settings, *db.value());
        auto port = server.bind();
        if (!port.ok()) {
            m_err << "sendtrix-server: " << port.errorMessage() << '\n';
            return 1;
        }
        std::thread waiter([&server, stopSignals] {
            int received = 0;
            sigwait(&stopSignals, &received);
            ServerLog::info(QStringLiteral("stopping"), {{QStringLiteral("signal"), received}});
            server.stop();
        });
        ServerLog::info(QStringLiteral("listening"),
                        {{QStringLiteral("address"), settings.listenHost},
                         {QStringLiteral("port"), port.value()},
                         {QStringLiteral("database"), db.value()->describe()},
                         {QStringLiteral("schema"), migrated.value()}});
        // The port as a line on stdout too: scripts and tests that asked for port 0 read it.
        m_out << "listening on " << settings.listenHost << ':' << port.value() << '\n';
        m_out.flush();
        server.run();
        pthread_kill(waiter.native_handle(), SIGTERM); // if it stopped some other way
        waiter.join();
        return 0;
    }
    return usage(QStringLiteral("unknown command “%1”").arg(command));
}
