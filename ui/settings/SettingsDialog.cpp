#include "SettingsDialog.h"

#include "EmailAddress.h"
#include "Language.h"
#include "Settings.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <algorithm>

SettingsDialog::SettingsDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->storePathLabel->setText(QDir::toNativeSeparators(storePath));
    fillLanguages();
    m_ui->repermissionSpin->setValue(Settings().repermissionMonths());
    updateSuffix();
    m_ui->companyEdit->setText(Settings().senderCompany());
    m_ui->addressEdit->setPlainText(Settings().senderAddress());
    m_ui->kvkEdit->setText(Settings().senderKvk());
    m_ui->fromNameEdit->setText(Settings().senderFromName());
    m_ui->fromEmailEdit->setText(Settings().senderFromEmail());
    m_ui->senderProblem->hide();
    connect(m_ui->repermissionSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateSuffix);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateSuffix()
{
    // " months" with the right plural for the number shown.
    const int n = m_ui->repermissionSpin->value();
    m_ui->repermissionSpin->setSuffix(tr(" month(s)", "", n));
}

void SettingsDialog::fillLanguages()
{
    const QString chosen = m_ui->languageCombo->count() > 0
                               ? m_ui->languageCombo->currentData().toString()
                               : Settings().language();
    m_ui->languageCombo->clear();
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(tr("System language"), Language::System);
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int index = m_ui->languageCombo->findData(chosen);
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::accept()
{
    // A sender address that cannot be mailed from is refused here, not at sending time.
    const QString from = m_ui->fromEmailEdit->text().trimmed();
    QString problem;
    if (!from.isEmpty()) {
        if (const auto check = EmailAddress::check(from); !check.valid)
            problem = tr("Sender address: %1").arg(check.problem);
    }
    const QString kvk = m_ui->kvkEdit->text().simplified().remove(QLatin1Char(' '));
    if (!kvk.isEmpty() && (kvk.size() != 8 || !std::all_of(kvk.begin(), kvk.end(),
                                                           [](QChar c) { return c.isDigit(); })))
        problem = tr("A KvK number has 8 digits.");
    if (!problem.isEmpty()) {
        m_ui->senderProblem->setText(problem);
        m_ui->senderProblem->show();
        return;
    }
    const QString code = m_ui->languageCombo->currentData().toString();
    Settings().setLanguage(code);
    Settings().setRepermissionMonths(m_ui->repermissionSpin->value());
    Settings().setSenderCompany(m_ui->companyEdit->text().trimmed());
    Settings().setSenderAddress(m_ui->addressEdit->toPlainText().trimmed());
    Settings().setSenderKvk(kvk);
    Settings().setSenderFromName(m_ui->fromNameEdit->text().trimmed());
    Settings().setSenderFromEmail(from.isEmpty() ? QString() : EmailAddress::normalized(from));
    Language::apply(code);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        updateSuffix();
    }
    QDialog::changeEvent(event);
}
