#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;
class Workspace;

// sendtrix-cli: a headless front end over the same services as the desktop app, for
// automation, support and benchmarks. Exit codes: 0 ok, 1 the operation failed,
// 2 the command line was wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message);
    int failure(const QString& message); // prints it, returns exit code 1
    int runConsent(Workspace& ws, const QString& key, const QCommandLineParser& sub);
    int runTransfer(const QString& dbPath, const QStringList& rest); // import and export
    int runMailings(const QString& dbPath, const QStringList& rest); // mailing and segment
    int runAccount(const QStringList& rest);                         // login and logout
    int runSync(const QString& dbPath, const QStringList& rest);     // sync with the server

    QTextStream& m_out;
    QTextStream& m_err;
};
