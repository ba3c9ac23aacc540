#include "AppInfo.h"
#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <functional>

namespace {
// A contact file opened with Sendtrix from the Finder (QEvent::FileOpen) starts its import.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(std::function<void(const QString&)> open)
        : m_open(std::move(open))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString file = static_cast<QFileOpenEvent*>(event)->file();
            if (!file.isEmpty()) {
                m_open(file);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QString&)> m_open;
};
} // namespace

int main(int argc, char* argv[])
{
    // --version and --help work without a display: answer them before QApplication (and so
    // before any translation is loaded; they are for support and scripts).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("sendtrix %s\n", qPrintable(AppInfo::version()));
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: sendtrix [--db PATH] [FILE]\n\n"
                        "  FILE         a CSV or vCard file of contacts to import\n"
                        "  --db PATH    open this store instead of the one in your data folder\n"
                        "  --version    print the version\n");
            return 0;
        }
    }

    QApplication app(argc, argv);
    AppInfo::setupIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sendtrix.svg")));
    // Ties the windows to the installed desktop entry (its icon and name in the task bar).
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.sendtrix.Sendtrix"));
    Language::apply(Settings().language());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.parse(QApplication::arguments()); // unknown options (e.g. Qt's own) are ignored
    QString storePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : AppInfo::defaultStorePath();

    // A store that cannot be opened is explained, and the user may pick another one.
    auto workspace = Workspace::open(storePath);
    while (!workspace.ok()) {
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Sendtrix cannot open the store"),
                        workspace.errorMessage());
        QPushButton* other = box.addButton(
            QCoreApplication::translate("main", "Open another store…"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return 1;
        const QString chosen = QFileDialog::getOpenFileName(
            nullptr, QCoreApplication::translate("main", "Open a Sendtrix store"),
            QFileInfo(storePath).absolutePath(),
            QCoreApplication::translate("main", "Sendtrix stores (*.db);;All files (*)"));
        if (chosen.isEmpty())
            continue;
        storePath = chosen;
        workspace = Workspace::open(storePath);
    }
    MainWindow window(*workspace.value());
    window.show();
    // "Open with Sendtrix" on a contact file: the import starts at its preview.
    if (!parser.positionalArguments().isEmpty()) {
        const QString file =
            QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, file] { window.importContacts(file); });
    }
    // macOS sends "Open With" as an event instead of an argument.
    FileOpenFilter opener([&window](const QString& file) { window.importContacts(file); });
    app.installEventFilter(&opener);
    return app.exec();
}
