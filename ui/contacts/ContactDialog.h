#pragma once

#include "Contact.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ContactDialog;
}
class Workspace;
class ConsentPanel;
class QLabel;

// Add or edit one contact. Save validates (e-mail per the HTML rule, IDN to ACE, no
// duplicate) and stays open with a message that names the problem.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // A default-constructed contact means "add"; one with an id means "edit".
    // listId: a new contact also joins this list (the one the user is looking at).
    ContactDialog(Workspace& workspace, const Contact& contact, QWidget* parent = nullptr,
                  qint64 listId = 0);
    ~ContactDialog() override;

    // The stored contact after a successful save.
    const Contact& savedContact() const { return m_saved; }

    void accept() override;
    void showConsentTab();
    // True when the user erased the person from the consent tab (the dialog closed).
    bool personErased() const { return m_erased; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(const Contact& contact);
    Contact collect() const;
    void showError(const QString& message, QWidget* field = nullptr);
    void updateTitle();
    void alignLabels();
    void addConsentTab();
    static QString consentHintText();
    void warnAboutSuppression();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    Workspace& m_workspace;
    Contact m_original;
    Contact m_saved;
    qint64 m_listId = 0;
    ConsentPanel* m_consentPanel = nullptr;
    QLabel* m_consentHint = nullptr;
    bool m_erased = false;
};
