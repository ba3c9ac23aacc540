#include "Keychain.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

// Once a job has not answered, QtKeychain's queue waits for it forever: later jobs would
// only wait too. The process then treats the keychain as not answering.
QAtomicInt g_stuck;

enum class Op { Read, Write, Remove };

QString unavailableMessage()
{
    return Keychain::tr("No keychain is available: Sendtrix keeps working offline and asks "
                        "for your password each time.");
}

Keychain::Result failed(Keychain::Status status, const QString& detail = {})
{
    Keychain::Result r;
    r.status = status;
    r.detail = detail;
    switch (status) {
    case Keychain::Status::Ok:
        break;
    case Keychain::Status::NotFound:
        r.message = Keychain::tr("There is no saved login for this server and account.");
        break;
    case Keychain::Status::Unavailable:
        r.message = unavailableMessage();
        break;
    case Keychain::Status::Denied:
        r.message = Keychain::tr("The keychain is locked or refused access, so Sendtrix cannot "
                                 "remember your login: it asks for your password each time. "
                                 "Unlock the keychain (it usually opens with your computer "
                                 "login) to have it remembered.");
        break;
    case Keychain::Status::TimedOut:
        r.message = Keychain::tr("The keychain did not answer (it may be locked and waiting for "
                                 "its password). Sendtrix keeps working offline and asks for "
                                 "your password each time.");
        break;
    case Keychain::Status::Failed:
        r.message = Keychain::tr("The keychain could not be used (%1). Sendtrix keeps working "
                                 "offline and asks for your password each time.")
                        .arg(detail);
        break;
    }
    return r;
}

Keychain::Result run(Op op, const QString& key, const QString& secret, int timeoutMs)
{
    if (g_stuck.loadAcquire())
        return failed(Keychain::Status::TimedOut);

    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(Keychain::service());
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(Keychain::service());
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(Keychain::service());
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plain text
    job->setKey(key);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // It may still answer some day: let it delete itself then, never touch it again.
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        g_stuck.storeRelease(1);
        return failed(Keychain::Status::TimedOut);
    }

    Keychain::Result r;
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    if (error == QKeychain::NoError) {
        r.status = Keychain::Status::Ok;
        if (op == Op::Read)
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
    }
    delete job;
    switch (error) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        return failed(Keychain::Status::NotFound, detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return failed(Keychain::Status::Denied, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // no session bus, no Secret Service: measured as this one
        return failed(Keychain::Status::Unavailable, detail);
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return failed(Keychain::Status::Failed, detail);
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("Sendtrix");
}

QString Keychain::keyFor(const QUrl& server, const QString& email)
{
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3 %4")
        .arg(server.scheme(), server.host())
        .arg(port)
        .arg(email.trimmed().toLower());
}

Keychain::Result Keychain::read(const QString& key)
{
    return run(Op::Read, key, {}, m_timeoutMs);
}

Keychain::Result Keychain::write(const QString& key, const QString& secret)
{
    return run(Op::Write, key, secret, m_timeoutMs);
}

Keychain::Result Keychain::remove(const QString& key)
{
    return run(Op::Remove, key, {}, m_timeoutMs);
}

Keychain::Result Keychain::probe()
{
    Result r = read(QStringLiteral("sendtrix-probe (never written)"));
    if (r.status == Status::NotFound) {
        r.status = Status::Ok;
        r.message.clear();
    }
    return r;
}
