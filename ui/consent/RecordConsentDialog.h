#pragma once

#include "ConsentEvent.h"
#include "Contact.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RecordConsentDialog;
}
class Workspace;

// Records one consent event for a contact: a consent (with its legal basis, the soft
// opt-in's five conditions, source, wording and an evidence file) or a withdrawal. Save
// validates through the ledger and stays open with a message that names the problem.
class RecordConsentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Consent, Withdrawal };

    RecordConsentDialog(Workspace& workspace, const Contact& contact, Mode mode,
                        QWidget* parent = nullptr);
    ~RecordConsentDialog() override;

    void setPurpose(ConsentEvent::Purpose purpose);
    void setEvidenceFile(const QString& path);
    // The stored event after a successful save.
    const ConsentEvent& recorded() const { return m_recorded; }

    void accept() override;

private:
    void updateForm();
    void alignLabels();
    ConsentEvent collect() const;
    void showError(const QString& message, const QString& field);
    void chooseEvidence();

    std::unique_ptr<Ui::RecordConsentDialog> m_ui;
    Workspace& m_workspace;
    Contact m_contact;
    Mode m_mode;
    QString m_evidencePath;
    ConsentEvent m_recorded;
};
