#pragma once

#include "Contact.h"

#include <QCoreApplication>

class QWidget;
class Workspace;

// The two rights of a person that need a dialog (AVG art. 15/20 and 17), shared by the
// contacts table and the contact's consent tab.
class PersonRights
{
    Q_DECLARE_TR_FUNCTIONS(PersonRights)

public:
    // Asks where to save, writes the JSON, says where it went. False if cancelled or failed.
    static bool exportPersonalData(QWidget* parent, Workspace& workspace, const Contact& contact);
    // Explains what erasing means and asks to confirm; true once the person is erased.
    static bool erase(QWidget* parent, Workspace& workspace, const Contact& contact);
};
