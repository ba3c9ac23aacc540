#include "ContactDialog.h"

#include "EmailAddress.h"
#include "SuppressionList.h"
#include "TagRepository.h"
#include "Workspace.h"
#include "consent/ConsentPanel.h"
#include "ui_ContactDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

ContactDialog::ContactDialog(Workspace& workspace, const Contact& contact, QWidget* parent,
                             qint64 listId)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_workspace(workspace)
    , m_original(contact)
    , m_listId(listId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    m_ui->customTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->customTable->setColumnWidth(0, 180);
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->customTable->rowCount();
        m_ui->customTable->insertRow(row);
        auto* key = new QTableWidgetItem;
        m_ui->customTable->setItem(row, 0, key);
        m_ui->customTable->setItem(row, 1, new QTableWidgetItem);
        m_ui->customTable->setCurrentItem(key);
        m_ui->customTable->editItem(key);
    });
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->customTable->currentRow();
        if (row >= 0)
            m_ui->customTable->removeRow(row);
    });
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, [this] { m_ui->errorLabel->hide(); });
    load(contact);
    updateTitle();
    alignLabels();
    addConsentTab();
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this,
            &ContactDialog::warnAboutSuppression);
    m_ui->emailEdit->setFocus();
}

void ContactDialog::addConsentTab()
{
    if (m_original.id) {
        m_consentPanel = new ConsentPanel(m_workspace, m_original, this);
        m_consentPanel->setObjectName(QStringLiteral("consentPanel"));
        connect(m_consentPanel, &ConsentPanel::erased, this, [this] {
            m_erased = true;
            QDialog::reject();
        });
        m_ui->tabs->addTab(m_consentPanel, QIcon(QStringLiteral(":/icons/consent.svg")),
                           tr("Consent"));
    } else {
        m_consentHint = new QLabel(this);
        m_consentHint->setWordWrap(true);
        m_consentHint->setAlignment(Qt::AlignCenter);
        m_consentHint->setMargin(24);
        m_consentHint->setText(consentHintText());
        m_ui->tabs->addTab(m_consentHint, QIcon(QStringLiteral(":/icons/consent.svg")),
                           tr("Consent"));
    }
}

QString ContactDialog::consentHintText()
{
    return tr("Save the contact first; then record here how and when they agreed to hear "
              "from you.");
}

void ContactDialog::showConsentTab()
{
    m_ui->tabs->setCurrentIndex(m_ui->tabs->count() - 1);
}

void ContactDialog::warnAboutSuppression()
{
    // Adding an address that unsubscribed, bounced or was erased is allowed (a customer
    // record), but the user should know it stays unmailable.
    const QString email = m_ui->emailEdit->text().trimmed();
    if (email.isEmpty() || email.compare(m_original.email, Qt::CaseInsensitive) == 0)
        return;
    if (const auto entry = m_workspace.suppressionOf(email)) {
        m_ui->errorLabel->setText(
            tr("%1 is on the suppression list (%2). You can save the contact, but it will not "
               "receive mailings unless the person asks again.")
                .arg(email, SuppressionList::describe(*entry)));
        m_ui->errorLabel->show();
    }
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::alignLabels()
{
    // The three groups' forms line up as one: every label as wide as the widest.
    const QList<QFormLayout*> forms{m_ui->personForm, m_ui->addressForm, m_ui->tagsForm};
    int widest = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget()) {
                label->widget()->setMinimumWidth(0);
                widest = std::max(widest, label->widget()->sizeHint().width());
            }
        }
    }
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget())
                label->widget()->setMinimumWidth(widest);
        }
    }
}

void ContactDialog::updateTitle()
{
    setWindowTitle(m_original.id ? tr("Edit %1").arg(m_original.displayName()) : tr("New contact"));
}

void ContactDialog::load(const Contact& c)
{
    m_ui->emailEdit->setText(c.email);
    m_ui->firstNameEdit->setText(c.firstName);
    m_ui->lastNameEdit->setText(c.lastName);
    m_ui->companyEdit->setText(c.company);
    m_ui->phoneEdit->setText(c.phone);
    m_ui->websiteEdit->setText(c.website);
    m_ui->streetEdit->setText(c.street);
    m_ui->postalCodeEdit->setText(c.postalCode);
    m_ui->cityEdit->setText(c.city);
    m_ui->countryEdit->setText(c.country);
    m_ui->notesEdit->setPlainText(c.notes);
    if (c.id)
        m_ui->tagsEdit->setText(m_workspace.tags().tagsOf(c.id).join(QStringLiteral(", ")));
    m_ui->customTable->setRowCount(0);
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it) {
        const int row = m_ui->customTable->rowCount();
        m_ui->customTable->insertRow(row);
        m_ui->customTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_ui->customTable->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
}

Contact ContactDialog::collect() const
{
    Contact c = m_original;
    c.email = m_ui->emailEdit->text();
    c.firstName = m_ui->firstNameEdit->text();
    c.lastName = m_ui->lastNameEdit->text();
    c.company = m_ui->companyEdit->text();
    c.phone = m_ui->phoneEdit->text();
    c.website = m_ui->websiteEdit->text();
    c.street = m_ui->streetEdit->text();
    c.postalCode = m_ui->postalCodeEdit->text();
    c.city = m_ui->cityEdit->text();
    c.country = m_ui->countryEdit->text();
    c.notes = m_ui->notesEdit->toPlainText();
    c.customFields.clear();
    for (int row = 0; row < m_ui->customTable->rowCount(); ++row) {
        const auto* key = m_ui->customTable->item(row, 0);
        const auto* value = m_ui->customTable->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            c.customFields.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return c;
}

void ContactDialog::showError(const QString& message, QWidget* field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (field) {
        m_ui->tabs->setCurrentWidget(m_ui->detailsTab);
        field->setFocus();
    }
}

void ContactDialog::accept()
{
    Contact c = collect();
    const auto email = EmailAddress::check(c.email);
    if (!email.valid) {
        showError(email.problem, m_ui->emailEdit);
        return;
    }
    // Show what will be stored (e.g. an IDN domain in its ASCII form).
    m_ui->emailEdit->setText(email.normalized);
    c.email = email.normalized;
    const QStringList tags = m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto saved =
        c.id ? m_workspace.updateContact(c, tags) : m_workspace.addContact(c, tags, m_listId);
    if (!saved.ok()) {
        // Put the cursor where the problem is.
        const QString field = saved.error().field;
        QWidget* focus = field == QLatin1String("email")  ? m_ui->emailEdit
                         : field == QLatin1String("tags") ? m_ui->tagsEdit
                                                          : nullptr;
        showError(saved.errorMessage(), focus);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

void ContactDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
        alignLabels();
        const int consentTab = m_ui->tabs->count() - 1;
        m_ui->tabs->setTabText(consentTab, tr("Consent"));
        if (m_consentHint)
            m_consentHint->setText(consentHintText());
    }
    QDialog::changeEvent(event);
}
