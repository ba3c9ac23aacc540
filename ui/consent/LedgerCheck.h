#pragma once

#include "ConsentRepository.h"

#include <QCoreApplication>

class QWidget;

// "Verify consent history": recomputes every hash of the ledger on a worker thread, with a
// progress dialog that can cancel, and reports the result in plain language.
class LedgerCheck
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)

public:
    // Runs the check (the GUI stays responsive) and shows the result. Returns the report.
    static ConsentRepository::VerifyReport run(QWidget* parent, const QString& storePath);
    // The result dialog alone, for a report made elsewhere.
    static void showResult(QWidget* parent, const ConsentRepository::VerifyReport& report);
};
