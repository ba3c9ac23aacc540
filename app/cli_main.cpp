#include "AppInfo.h"
#include "Cli.h"
#include "Language.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::setupIdentity();
    Language::apply(Language::System);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli(out, err).run(QCoreApplication::arguments());
}
