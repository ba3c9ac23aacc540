// sendtrix-cli login … and logout: the same Account the desktop's login dialog uses.
#include "Account.h"
#include "ApiClient.h"
#include "Cli.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

// One line from standard input, without its line end. With a terminal the typed
// characters are not echoed.
QString readPassword(bool terminal)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (terminal && GetConsoleMode(in, &mode))
        SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    termios saved{};
    const bool quiet = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        line = input.readLine(4096);
#ifdef Q_OS_WIN
    if (terminal)
        SetConsoleMode(in, mode);
#else
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

} // namespace

int Cli::runAccount(const QStringList& rest)
{
    const QString command = rest.first();
    QCommandLineParser sub;
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The server's address (https://host:port)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"), tr("E-mail address."),
                                   QStringLiteral("E"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Trust this CA certificate (PEM) for the server."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption noRemember(
        QStringLiteral("no-remember"),
        tr("Do not keep the login in the keychain: it ends with this command."));
    if (command == QLatin1String("login"))
        sub.addOptions({server, email, caFile, noRemember});
    if (!sub.parse(rest))
        return usageError(sub.errorText());
    if (!sub.positionalArguments().isEmpty())
        return usageError(tr("“%1” takes no further arguments.").arg(command));

    Account account;
    if (command == QLatin1String("logout")) {
        const Account::Outcome out = account.logout();
        m_out << out.message << '\n';
        m_out.flush();
        if (!out.warning.isEmpty())
            m_err << out.warning << '\n';
        m_err.flush();
        return out.ok ? 0 : 1;
    }

    if (!sub.isSet(server) || !sub.isSet(email))
        return usageError(tr("“login” needs --server and --email. The password is read from "
                             "standard input or asked for, never given as an argument."));
    const QUrl url = Account::serverUrl(sub.value(server));
    if (url.isEmpty())
        return usageError(tr("“%1” is not a server address. It starts with https://, for "
                             "example https://sendtrix.example.nl:8443.")
                              .arg(sub.value(server)));
    if (sub.isSet(caFile)) {
        QString error;
        const QList<QSslCertificate> cas = Account::readCaFile(sub.value(caFile), &error);
        if (cas.isEmpty())
            return failure(error);
        // Naming the file on the command line is the confirmation; the fingerprint is shown
        // so that it can be compared with the administrator's.
        for (const QSslCertificate& ca : cas) {
            const QStringList names = ca.subjectInfo(QSslCertificate::CommonName);
            m_err << tr("Trusting the certificate authority “%1” for %2\n  SHA-256 %3")
                         .arg(names.isEmpty() ? tr("(no name)") : names.join(QStringLiteral(", ")),
                              url.toString(), ApiClient::fingerprint(ca))
                  << '\n';
        }
        m_err.flush();
        account.trustCas(url, cas);
    }

    const bool terminal = stdinIsTerminal();
    if (terminal) {
        m_err << tr("Password for %1 on %2: ").arg(sub.value(email), url.toString());
        m_err.flush();
    }
    QString password = readPassword(terminal);
    if (password.isEmpty())
        return failure(tr("No password was given (it is read from standard input)."));

    const bool remember = !sub.isSet(noRemember);
    const Account::Outcome out = account.login(url, sub.value(email), password, remember);
    password.fill(QLatin1Char('\0'));
    if (!out.ok)
        return failure(out.message);
    m_out << out.message << '\n';
    m_out.flush();
    if (remember && !out.warning.isEmpty())
        m_err << out.warning << '\n';
    if (!account.remember()) {
        // Nobody can use the session after this command: end it on the server too.
        account.logout();
        m_err << tr("The login was not kept, so the session has ended with this command.") << '\n';
    } else {
        m_out << tr("The login is kept in this computer's keychain.") << '\n';
    }
    m_err.flush();
    m_out.flush();
    return 0;
}
