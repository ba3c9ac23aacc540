#include "PersonRights.h"

#include "WorkerThread.h"
#include "Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

bool PersonRights::exportPersonalData(QWidget* parent, Workspace& workspace, const Contact& contact)
{
    QString base = contact.email.section(QLatin1Char('@'), 0, 0);
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("personal-data-%1.json").arg(base));
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export personal data of %1").arg(contact.displayName()), suggested,
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    if (auto written = workspace.exportPersonalData(contact.id, path); !written.ok()) {
        QMessageBox::warning(parent, tr("Export failed"), written.errorMessage());
        return false;
    }
    QMessageBox::information(
        parent, tr("Personal data exported"),
        tr("Everything Sendtrix holds about %1 is in %2: the contact's fields, lists, tags and "
           "the full consent history with evidence. You can send this file to the person.")
            .arg(contact.displayName(), QDir::toNativeSeparators(path)));
    return true;
}

bool PersonRights::erase(QWidget* parent, Workspace& workspace, const Contact& contact)
{
    QMessageBox box(QMessageBox::Warning, tr("Erase %1").arg(contact.displayName()),
                    tr("Erase %1 for good?").arg(contact.displayName()), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(
        tr("This removes %1 from Sendtrix: the contact, its lists and tags and its whole consent "
           "history, also from your other devices once they sync. Only a salted hash of the "
           "address stays on the suppression list, so it is never mailed again, and a note that "
           "an erasure happened, without saying who.\n\nThis cannot be undone. Export the data "
           "first if the person asked for a copy.")
            .arg(contact.email));
    QPushButton* eraseButton = box.addButton(tr("Erase for good"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != eraseButton)
        return false;
    auto erased = workspace.erasePerson(contact.id, DataSubjectRights::Purge::Later);
    if (!erased.ok()) {
        QMessageBox::warning(parent, tr("Erasing failed"), erased.errorMessage());
        return false;
    }
    // The person is gone from every table; merging the search index takes a few seconds at
    // a million contacts, so it runs on a worker while a dialog says what is happening.
    QProgressDialog progress(
        tr("Removing every trace of %1 from the search index…").arg(contact.email), QString(), 0, 0,
        parent);
    progress.setWindowTitle(tr("Erase %1").arg(contact.displayName()));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr); // stopping half-way would leave the words in the index
    Result<void> purged;
    const QString path = workspace.storePath();
    runOffGuiThread([&purged, path] { purged = Workspace::finishErasure(path); });
    progress.close();
    if (!purged.ok())
        QMessageBox::warning(parent, tr("Erasing not finished"),
                             tr("%1 is erased, but the search index could not be cleaned up yet: "
                                "%2\n\nSendtrix finishes this the next time it opens the store.")
                                 .arg(contact.email, purged.errorMessage()));
    return true;
}
