// sendtrix-server figures (issue 6), on loopback over HTTPS with keep-alive:
//  - no-op sync requests per second (GET /api/v1/changes with nothing new), against
//    /healthz (the same TLS, HTTP and pool, no authentication or sync query) as the
//    reference in the same run;
//  - the initial pull of N contacts (all pages of GET /api/v1/changes from 0).
// Usage: bench_server [--database sqlite|postgres] [--pg-url URL] [--contacts N]
//                     [--seconds S] [--server PATH]
// The PostgreSQL database is emptied first: give it one of its own.
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <cstdio>
#include <functional>

using BenchStats::ms;

namespace {

struct Client
{
    QNetworkAccessManager net;
    QSslConfiguration tls;
    int port = 0;
    QString token;

    QNetworkRequest request(const QString& path) const
    {
        QNetworkRequest r(QUrl(QStringLiteral("https://localhost:%1%2").arg(port).arg(path)));
        r.setSslConfiguration(tls);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return r;
    }

    QJsonObject send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     int* status = nullptr)
    {
        QNetworkReply* reply = net.sendCustomRequest(request(path), method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

    // Requests per second for `seconds`, with `inFlight` requests kept going at once
    // (QNetworkAccessManager uses up to 6 kept-alive connections per host).
    double rate(const QString& path, double seconds, int inFlight, int* failures)
    {
        QElapsedTimer clock;
        clock.start();
        qint64 done = 0;
        QEventLoop loop;
        std::function<void()> start;
        int running = 0;
        start = [&] {
            ++running;
            QNetworkReply* reply = net.get(request(path));
            QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
                --running;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++*failures;
                reply->readAll();
                reply->deleteLater();
                ++done;
                if (ms(clock) < seconds * 1000)
                    start();
                else if (running == 0)
                    loop.quit();
            });
        };
        for (int i = 0; i < inFlight; ++i)
            start();
        loop.exec();
        return double(done) / (ms(clock) / 1000);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(),
                                            QStringLiteral("sqlite|postgres"),
                                            QStringLiteral("sqlite"));
    const QCommandLineOption pgOption(QStringLiteral("pg-url"), QString(), QStringLiteral("URL"),
                                      QString::fromLocal8Bit(qgetenv("SENDTRIX_TEST_PG_URL")));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QString(),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QString(),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(),
                                          QStringLiteral("PATH"),
                                          QStringLiteral(SENDTRIX_SERVER_PATH));
    parser.addOptions({databaseOption, pgOption, contactsOption, secondsOption, serverOption});
    parser.process(app);
    const bool postgres = parser.value(databaseOption) == QLatin1String("postgres");
    const int contacts = parser.value(contactsOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const QString server = parser.value(serverOption);

    QTemporaryDir dir;
    QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    if (postgres) {
        url = parser.value(pgOption);
        if (url.isEmpty())
            qFatal("--database postgres needs --pg-url or SENDTRIX_TEST_PG_URL");
        const QUrl u(url);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
    }
    const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.start(server, QStringList{QStringLiteral("--database"), url} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        if (p.exitCode() != 0)
            qFatal("%s", p.readAllStandardError().constData());
    };
    const QString certs = dir.filePath(QStringLiteral("certs"));
    run({QStringLiteral("dev-certs"), certs});
    run({QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--email"),
         QStringLiteral("bench@voorbeeld.nl")},
        "benchmark-password\n");
    QProcess serve;
    QFile::remove(dir.filePath(QStringLiteral("server.log")));
    serve.setStandardErrorFile(dir.filePath(QStringLiteral("server.log"))); // request logs
    serve.start(server, {QStringLiteral("--database"), url, QStringLiteral("serve"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--cert"), certs + QStringLiteral("/server.pem"),
                         QStringLiteral("--key"), certs + QStringLiteral("/server.key")});
    if (!serve.waitForReadyRead(30000))
        qFatal("the server did not start");
    Client client;
    client.port =
        QString::fromUtf8(serve.readLine()).trimmed().section(QLatin1Char(':'), -1).toInt();
    client.tls = QSslConfiguration::defaultConfiguration();
    client.tls.setCaCertificates(QSslCertificate::fromPath(certs + QStringLiteral("/ca.pem")));
    int status = 0;
    const QJsonObject session = client.send(
        "POST", QStringLiteral("/api/v1/session"),
        R"({"email": "bench@voorbeeld.nl", "password": "benchmark-password"})", &status);
    client.token = session.value(QStringLiteral("token")).toString();
    if (client.token.isEmpty())
        qFatal("login failed (%d)", status);

    std::printf("sendtrix-server on %s, loopback HTTPS, keep-alive, 6 connections\n",
                postgres ? "PostgreSQL" : "SQLite");

    // Seed the contacts through the API, in batches of 1,000.
    QElapsedTimer t;
    t.start();
    for (int done = 0; done < contacts;) {
        QJsonArray changes;
        for (int i = 0; i < 1000 && done < contacts; ++i, ++done)
            changes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("contact")},
                {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("base_rev"), 0},
                {QStringLiteral("updated_at"), qint64(1795000000000)},
                {QStringLiteral("data"),
                 QJsonObject{
                     {QStringLiteral("email"), QStringLiteral("klant%1@voorbeeld.nl").arg(done)},
                     {QStringLiteral("first_name"), QStringLiteral("Klant")},
                     {QStringLiteral("last_name"), QStringLiteral("Nummer %1").arg(done)},
                     {QStringLiteral("company"), QStringLiteral("Bakkerij de Vries")},
                     {QStringLiteral("city"), QStringLiteral("Utrecht")},
                     {QStringLiteral("custom_fields"), QJsonObject{}}}}});
        const QJsonObject body{
            {QStringLiteral("batch"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("changes"), changes}};
        client.send("POST", QStringLiteral("/api/v1/changes"), QJsonDocument(body).toJson(),
                    &status);
        if (status != 200)
            qFatal("push failed: %d", status);
    }
    const double pushMs = ms(t);
    std::printf("push of %d contacts (batches of 1,000): %.1f s = %.0f changes/s\n", contacts,
                pushMs / 1000, contacts / (pushMs / 1000));

    t.restart();
    qint64 since = 0;
    int pulled = 0;
    int pages = 0;
    for (;;) {
        const QJsonObject page = client.send(
            "GET", QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(since), {}, &status);
        if (status != 200)
            qFatal("pull failed: %d", status);
        pulled += int(page.value(QStringLiteral("changes")).toArray().size());
        since = page.value(QStringLiteral("next")).toInteger();
        ++pages;
        if (!page.value(QStringLiteral("more")).toBool())
            break;
    }
    std::printf("initial pull of %d contacts: %.2f s in %d pages of 5,000 (client included)\n",
                pulled, ms(t) / 1000, pages);

    // A client that is up to date asks for what is new: nothing, on an account that holds
    // the contacts above.
    int failures = 0;
    client.rate(QStringLiteral("/healthz"), 1, 6, &failures); // warm up
    const double health = client.rate(QStringLiteral("/healthz"), seconds, 6, &failures);
    const double noop =
        client.rate(QStringLiteral("/api/v1/changes?since=%1").arg(since), seconds, 6, &failures);
    std::printf("no-op sync (account of %d contacts): %.0f requests/s (reference /healthz: %.0f "
                "requests/s; %d failed)\n",
                pulled, noop, health, failures);
    serve.terminate();
    serve.waitForFinished();
    return 0;
}
