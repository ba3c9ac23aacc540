#pragma once

#include "Contact.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class Workspace;

// The consent tab of a contact: the current state per purpose, the whole history as a
// timeline, and the buttons to record consent or a withdrawal and to exercise the person's
// rights. Reads through the workspace; every change goes through its services.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    ConsentPanel(Workspace& workspace, const Contact& contact, QWidget* parent = nullptr);

    void reload();

signals:
    void erased(); // the person is gone: the dialog showing them should close

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recordConsent();
    void recordWithdrawal();
    void saveEvidence();

    Workspace& m_workspace;
    Contact m_contact;
    QLabel* m_newsletterTitle;
    QLabel* m_newsletterState;
    QLabel* m_testimonialTitle;
    QLabel* m_testimonialState;
    QLabel* m_notice; // suppression or re-permission
    QPushButton* m_consentButton;
    QPushButton* m_withdrawButton;
    QLabel* m_historyTitle;
    QTreeWidget* m_history;
    QPushButton* m_evidenceButton;
    QLabel* m_rightsTitle;
    QPushButton* m_exportButton;
    QPushButton* m_eraseButton;
};
