#include "PersonRights.h"

#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

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
    if (auto erased = workspace.erasePerson(contact.id); !erased.ok()) {
        QMessageBox::warning(parent, tr("Erasing failed"), erased.errorMessage());
        return false;
    }
    return true;
}
