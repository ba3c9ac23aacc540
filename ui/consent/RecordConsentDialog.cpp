#include "RecordConsentDialog.h"

#include "Workspace.h"
#include "ui_RecordConsentDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

namespace {

using State = ConsentEvent::State;
using Basis = ConsentEvent::Basis;
using Purpose = ConsentEvent::Purpose;

} // namespace

RecordConsentDialog::RecordConsentDialog(Workspace& workspace, const Contact& contact, Mode mode,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordConsentDialog>())
    , m_workspace(workspace)
    , m_contact(contact)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    const bool consent = mode == Mode::Consent;
    setWindowTitle(consent ? tr("Record consent") : tr("Record withdrawal"));
    m_ui->introLabel->setText(
        consent ? tr("Record that %1 agreed to be contacted. Say where and how, so you can show "
                     "it later if anyone asks.")
                      .arg(contact.displayName())
                : tr("Record that %1 no longer wants to be contacted. From now on no mailing "
                     "goes to this address.")
                      .arg(contact.displayName()));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setText(consent ? tr("Record consent") : tr("Record withdrawal"));

    for (Purpose p : {Purpose::Newsletter, Purpose::Testimonial})
        m_ui->purposeCombo->addItem(ConsentEvent::purposeLabel(p), int(p));
    const QList<State> states =
        consent ? QList<State>{State::Subscribed, State::Pending}
                : QList<State>{State::Unsubscribed, State::Bounced, State::Complained};
    for (State s : states)
        m_ui->stateCombo->addItem(ConsentEvent::stateLabel(s), int(s));
    for (Basis b : {Basis::Consent, Basis::SoftOptIn})
        m_ui->basisCombo->addItem(ConsentEvent::basisLabel(b), int(b));
    // The kinds a person can pick; the others are written by Sendtrix itself.
    for (const QString& kind :
         {QStringLiteral("manual"), QStringLiteral("paper_form"), QStringLiteral("web_form"),
          QStringLiteral("email_request"), QStringLiteral("phone_request"),
          QStringLiteral("unsubscribe_link")}) {
        if (consent && kind == QLatin1String("unsubscribe_link"))
            continue;
        m_ui->sourceCombo->addItem(ConsentEvent::sourceLabel(kind), kind);
    }
    m_ui->detailEdit->setPlaceholderText(
        tr("e.g. Beurs Utrecht, stand 12; or the form's web address"));
    m_ui->wordingEdit->setPlaceholderText(
        tr("The exact sentence the person agreed to, e.g. “Yes, send me the newsletter.”"));
    m_ui->policyEdit->setPlaceholderText(tr("e.g. 2026-01"));
    m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->whenEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    m_ui->whenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    // A withdrawal needs neither basis nor wording nor proof of wording.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->basisLabel), static_cast<QWidget*>(m_ui->basisCombo),
          static_cast<QWidget*>(m_ui->wordingLabel), static_cast<QWidget*>(m_ui->wordingEdit),
          static_cast<QWidget*>(m_ui->policyLabel), static_cast<QWidget*>(m_ui->policyEdit)})
        w->setVisible(consent);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RecordConsentDialog::reject);
    connect(m_ui->basisCombo, &QComboBox::currentIndexChanged, this,
            &RecordConsentDialog::updateForm);
    connect(m_ui->purposeCombo, &QComboBox::currentIndexChanged, this,
            &RecordConsentDialog::updateForm);
    connect(m_ui->evidenceButton, &QPushButton::clicked, this,
            &RecordConsentDialog::chooseEvidence);
    connect(m_ui->clearEvidenceButton, &QToolButton::clicked, this,
            [this] { setEvidenceFile(QString()); });
    setEvidenceFile(QString());
    alignLabels();
    updateForm();
    m_ui->purposeCombo->setFocus();
}

void RecordConsentDialog::alignLabels()
{
    // The two groups' forms line up as one.
    int widest = 0;
    for (QFormLayout* form : {m_ui->whatForm, m_ui->proofForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget() && label->widget()->isVisibleTo(this))
                widest = std::max(widest, label->widget()->sizeHint().width());
    for (QFormLayout* form : {m_ui->whatForm, m_ui->proofForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget())
                label->widget()->setMinimumWidth(widest);
}

RecordConsentDialog::~RecordConsentDialog() = default;

void RecordConsentDialog::setPurpose(ConsentEvent::Purpose purpose)
{
    m_ui->purposeCombo->setCurrentIndex(m_ui->purposeCombo->findData(int(purpose)));
}

void RecordConsentDialog::setEvidenceFile(const QString& path)
{
    m_evidencePath = path;
    m_ui->evidenceFileLabel->setText(path.isEmpty() ? tr("None (optional: a scanned form, a "
                                                         "screenshot, the e-mail)")
                                                    : QFileInfo(path).fileName());
    m_ui->evidenceFileLabel->setToolTip(QDir::toNativeSeparators(path));
    m_ui->clearEvidenceButton->setVisible(!path.isEmpty());
}

void RecordConsentDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an evidence file"), QDir::homePath(),
        tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All "
           "files (*)"));
    if (!path.isEmpty())
        setEvidenceFile(path);
}

void RecordConsentDialog::updateForm()
{
    const bool consent = m_mode == Mode::Consent;
    const bool newsletter =
        Purpose(m_ui->purposeCombo->currentData().toInt()) == Purpose::Newsletter;
    // The soft opt-in only exists for e-mail about one's own products.
    const int softIndex = m_ui->basisCombo->findData(int(Basis::SoftOptIn));
    if (!newsletter && m_ui->basisCombo->currentIndex() == softIndex)
        m_ui->basisCombo->setCurrentIndex(m_ui->basisCombo->findData(int(Basis::Consent)));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_ui->basisCombo->model()))
        if (QStandardItem* item = model->item(softIndex))
            item->setEnabled(newsletter);
    const bool soft = consent && Basis(m_ui->basisCombo->currentData().toInt()) == Basis::SoftOptIn;
    m_ui->softOptInGroup->setVisible(soft);
    m_ui->errorLabel->hide();
    adjustSize();
}

ConsentEvent RecordConsentDialog::collect() const
{
    ConsentEvent e;
    e.contactId = m_contact.id;
    e.purpose = Purpose(m_ui->purposeCombo->currentData().toInt());
    e.state = State(m_ui->stateCombo->currentData().toInt());
    e.basis =
        m_mode == Mode::Consent ? Basis(m_ui->basisCombo->currentData().toInt()) : Basis::None;
    e.occurredAt = m_ui->whenEdit->dateTime().toMSecsSinceEpoch();
    e.source = m_ui->sourceCombo->currentData().toString();
    e.sourceDetail = m_ui->detailEdit->text().trimmed();
    if (m_mode == Mode::Consent) {
        e.wording = m_ui->wordingEdit->toPlainText().trimmed();
        e.policyVersion = m_ui->policyEdit->text().trimmed();
    }
    e.evidenceNote = m_ui->noteEdit->text().trimmed();
    if (e.basis == Basis::SoftOptIn) {
        e.softOptIn.addressFromSale = m_ui->saleCheck->isChecked();
        e.softOptIn.sameLegalEntity = m_ui->entityCheck->isChecked();
        e.softOptIn.informedAtCollection = m_ui->informedCheck->isChecked();
        e.softOptIn.optOutOfferedAtCollection = m_ui->optOutCheck->isChecked();
        e.softOptIn.similarOwnProducts = m_ui->similarCheck->isChecked();
    }
    return e;
}

void RecordConsentDialog::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    QWidget* focus = nullptr;
    if (field == QLatin1String("basis"))
        focus = m_ui->basisCombo;
    else if (field == QLatin1String("soft_opt_in"))
        focus = m_ui->saleCheck;
    else if (field == QLatin1String("source"))
        focus = m_ui->detailEdit;
    else if (field == QLatin1String("occurred_at"))
        focus = m_ui->whenEdit;
    else if (field == QLatin1String("evidence"))
        focus = m_ui->evidenceButton;
    if (focus)
        focus->setFocus();
}

void RecordConsentDialog::accept()
{
    const ConsentEvent e = collect();
    auto recorded = m_workspace.recordConsent(e, false, m_evidencePath);
    if (!recorded.ok() && recorded.error().code == Error::Code::Suppressed) {
        // The address was unsubscribed, bounced or erased: only the person's own, new request
        // can lift that, and the user has to say so.
        QMessageBox box(QMessageBox::Warning, tr("Address on the suppression list"),
                        recorded.errorMessage(), QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Has %1 explicitly asked to receive mail again?").arg(m_contact.displayName()));
        QPushButton* yes = box.addButton(tr("Yes, they asked again"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return;
        recorded = m_workspace.recordConsent(e, true, m_evidencePath);
    }
    if (!recorded.ok()) {
        showError(recorded.errorMessage(), recorded.error().field);
        return;
    }
    m_recorded = recorded.value();
    QDialog::accept();
}
