#include "ServerCli.h"

#include "Accounts.h"
#include "ApiServer.h"
#include "DevCerts.h"
#include "ServerConfig.h"
#include "ServerDatabase.h"
#include "ServerLog.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
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
    const QCommandLineOption database(QStringLiteral("database"), QString(),
                                      QStringLiteral("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("cert"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("E"));
    parser.addOptions({config, database, listen, cert, key, email});
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
                      << QDateTime::fromMSecsSinceEpoch(a.createdAt, Qt::UTC)
                             .toString(Qt::ISODate)
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

    if (command == QLatin1String("serve")) {
        ApiServer server(settings, *db.value());
        auto port = server.bind();
        if (!port.ok()) {
            m_err << "sendtrix-server: " << port.errorMessage() << '\n';
            return 1;
        }
        // SIGINT and SIGTERM stop the server cleanly: waited for on a thread of their own,
        // blocked everywhere else (the pool threads inherit the mask).
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
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
