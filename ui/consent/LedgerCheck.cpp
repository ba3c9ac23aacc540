#include "LedgerCheck.h"

#include "WorkerThread.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <atomic>

ConsentRepository::VerifyReport LedgerCheck::run(QWidget* parent, const QString& storePath)
{
    QProgressDialog progress(tr("Checking the consent history…"), tr("Stop"), 0, 1000, parent);
    progress.setWindowTitle(tr("Verify consent history"));
    progress.setMinimumDuration(400);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic<bool> cancelled{false};
    ConsentRepository::VerifyReport report;
    QPointer<QProgressDialog> dialog(&progress);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    runOffGuiThread([&] {
        report = ConsentRepository::verify(storePath, [&](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 1000 / total) : 1000;
            QMetaObject::invokeMethod(dialog, [dialog, value, done, total] {
                if (!dialog)
                    return;
                dialog->setValue(value);
                dialog->setLabelText(
                    tr("Checking the consent history… %L1 of %L2 events").arg(done).arg(total));
            });
            return !cancelled.load();
        });
    });
    progress.close();
    showResult(parent, report);
    return report;
}

void LedgerCheck::showResult(QWidget* parent, const ConsentRepository::VerifyReport& report)
{
    QMessageBox box(report.ok() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Verify consent history"),
                    report.ok()        ? tr("The consent history is intact.")
                    : report.cancelled ? tr("The check was stopped.")
                                       : tr("The consent history has been tampered with."),
                    QMessageBox::Ok, parent);
    QString text = report.summary();
    if (!report.cancelled && report.events > 0)
        text += QLatin1String("\n\n") +
                tr("%L1 events checked in %2 seconds.")
                    .arg(report.events)
                    .arg(QString::number(double(report.elapsedMs) / 1000, 'f', 1));
    box.setInformativeText(text);
    if (!report.problems.isEmpty())
        box.setDetailedText(report.problems.join(QLatin1Char('\n')));
    box.exec();
}
