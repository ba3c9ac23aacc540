#pragma once

#include "PolicyDocuments.h"

#include <QDialog>

class PrivacyCentre;

// Once a new privacy policy is in force: what changed, the text itself, and "I have read
// it", which records the acknowledgment (an account event, synced). "Later" asks again at
// the next start or sync.
class PolicyAckDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyAckDialog(PrivacyCentre& centre, const PolicyDocuments::Version& version,
                    QWidget* parent = nullptr);

private:
    PrivacyCentre& m_centre;
    PolicyDocuments::Version m_version;
};
