#include "ServerCli.h"
#include "sendtrix/Version.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("sendtrix-server %s\n", SENDTRIX_VERSION);
            return 0;
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sendtrix-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    return ServerCli(out, err, in).run(QCoreApplication::arguments());
}
