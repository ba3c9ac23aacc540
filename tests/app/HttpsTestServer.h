#pragma once

// The real sendtrix-server for the desktop's tests: a SQLite database with one account,
// certificates from its own `dev-certs` and from the `openssl` command (self-signed,
// expired, another name, another CA, a new key under the same CA), and `serve` started and
// stopped on loopback with any of them.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class HttpsTestServer
{
public:
    static constexpr const char* Email = "anna@voorbeeld.nl";
    static constexpr const char* Password = "correct horse battery";

    ~HttpsTestServer() { stop(); }

    // Makes the database, the account and every certificate; an error text otherwise.
    QString setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("no temporary folder");
        QString out;
        if (runServer({QStringLiteral("dev-certs"), path(QStringLiteral("certs"))}, {}, &out) != 0)
            return QStringLiteral("dev-certs: ") + out;
        if (runServer({QStringLiteral("dev-certs"), path(QStringLiteral("other"))}, {}, &out) != 0)
            return QStringLiteral("dev-certs: ") + out;
        if (runServer({QStringLiteral("--database"), databaseUrl(), QStringLiteral("account"),
                       QStringLiteral("create"), QStringLiteral("--email"),
                       QString::fromLatin1(Email)},
                      QByteArray(Password) + '\n', &out) != 0)
            return QStringLiteral("account create: ") + out;

        const QString ca = path(QStringLiteral("certs/ca.pem"));
        const QString caKey = path(QStringLiteral("certs/ca.key"));
        const QString localhost = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1");
        // Self-signed for the right name.
        QString e = openssl({QStringLiteral("req"), QStringLiteral("-x509"),
                             QStringLiteral("-newkey"), QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                             path(QStringLiteral("selfsigned.key")), QStringLiteral("-out"),
                             path(QStringLiteral("selfsigned.pem")), QStringLiteral("-subj"),
                             QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), localhost,
                             QStringLiteral("-days"), QStringLiteral("30")});
        if (!e.isEmpty())
            return e;
        // Our CA, but for another name.
        if (!(e = signedByCa(QStringLiteral("wronghost"), QStringLiteral("other.example.nl"),
                             QStringLiteral("subjectAltName=DNS:other.example.nl"), ca, caKey))
                 .isEmpty())
            return e;
        // Our CA, the right name, a new key: what a re-installed server looks like.
        if (!(e = signedByCa(QStringLiteral("rekeyed"), QStringLiteral("localhost"), localhost, ca,
                             caKey))
                 .isEmpty())
            return e;
        // Our CA, the right name, but valid only in 2020: `openssl ca` sets past dates.
        QDir().mkpath(path(QStringLiteral("ca-db/new")));
        QFile index(path(QStringLiteral("ca-db/index.txt")));
        index.open(QIODevice::WriteOnly);
        index.close();
        QFile serial(path(QStringLiteral("ca-db/serial")));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
        serial.close();
        QFile config(path(QStringLiteral("ca-db/ca.cnf")));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("[ca]\ndefault_ca = test\n[test]\n"
                                    "database = %1/index.txt\nnew_certs_dir = %1/new\n"
                                    "serial = %1/serial\ndefault_md = sha256\n"
                                    "policy = any\ncopy_extensions = copy\nunique_subject = no\n"
                                    "[any]\ncommonName = supplied\n")
                         .arg(path(QStringLiteral("ca-db")))
                         .toUtf8());
        config.close();
        if (!(e = request(QStringLiteral("expired"), QStringLiteral("localhost"), localhost))
                 .isEmpty())
            return e;
        e = openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                     config.fileName(), QStringLiteral("-cert"), ca, QStringLiteral("-keyfile"),
                     caKey, QStringLiteral("-in"), path(QStringLiteral("expired.csr")),
                     QStringLiteral("-out"), path(QStringLiteral("expired.pem")),
                     QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                     QStringLiteral("-enddate"), QStringLiteral("20210503120000Z"),
                     QStringLiteral("-notext")});
        if (!e.isEmpty())
            return e;
        for (const QString& key :
             {QStringLiteral("selfsigned.key"), QStringLiteral("wronghost.key"),
              QStringLiteral("rekeyed.key"), QStringLiteral("expired.key")})
            QFile::setPermissions(path(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString databaseUrl() const
    {
        return QStringLiteral("sqlite:") + path(QStringLiteral("server.db"));
    }
    QString caFile() const { return path(QStringLiteral("certs/ca.pem")); }

    // Serves with DIR/NAME.pem and its key ("certs/server", "selfsigned", …) on the given
    // port of loopback (0: a free one); the port, or 0 when it did not start.
    int start(const QString& name, int port = 0)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(SENDTRIX_SERVER_PATH),
                         {QStringLiteral("--database"), databaseUrl(), QStringLiteral("serve"),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--cert"), path(name + QStringLiteral(".pem")),
                          QStringLiteral("--key"), path(name + QStringLiteral(".key"))});
        QElapsedTimer clock;
        clock.start();
        while (!m_process->canReadLine() && m_process->state() != QProcess::NotRunning &&
               clock.elapsed() < 20000)
            m_process->waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (!line.startsWith(QLatin1String("listening on 127.0.0.1:"))) {
            qWarning("%s", qPrintable(line + QString::fromUtf8(m_process->readAllStandardError())));
            return 0;
        }
        m_port = line.section(QLatin1Char(':'), -1).toInt();
        return m_port;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    // The server's request log (JSON lines on standard error) so far.
    QByteArray log()
    {
        if (m_process)
            m_log += m_process->readAllStandardError();
        return m_log;
    }

    int port() const { return m_port; }

    static int runServer(const QStringList& args, const QByteArray& input, QString* out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(SENDTRIX_SERVER_PATH), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private:
    QString openssl(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return {};
    }

    QString request(const QString& name, const QString& cn, const QString& san)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
                        QStringLiteral("-addext"), san});
    }

    QString signedByCa(const QString& name, const QString& cn, const QString& san,
                       const QString& ca, const QString& caKey)
    {
        QString e = request(name, cn, san);
        if (!e.isEmpty())
            return e;
        QFile ext(path(name + QStringLiteral(".ext")));
        ext.open(QIODevice::WriteOnly);
        ext.write(san.toUtf8() + "\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
        ext.close();
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), ca,
                        QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-CAserial"), path(name + QStringLiteral(".srl")),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
                        QStringLiteral("-extfile"), ext.fileName(), QStringLiteral("-out"),
                        path(name + QStringLiteral(".pem"))});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    int m_port = 0;
};
