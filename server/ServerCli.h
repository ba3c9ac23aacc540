#pragma once

#include <QStringList>
#include <QTextStream>

// `sendtrix-server COMMAND …`: serve, dev-certs, account create|list|disable, policy
// publish|list, announce, stats. Messages are for the operator who runs the server, in
// English, on standard error; results on standard output.
class ServerCli
{
public:
    ServerCli(QTextStream& out, QTextStream& err, QTextStream& in)
        : m_out(out)
        , m_err(err)
        , m_in(in)
    {}
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
};
