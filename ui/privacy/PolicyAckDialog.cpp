#include "PolicyAckDialog.h"

#include "Language.h"
#include "PrivacyCentre.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

PolicyAckDialog::PolicyAckDialog(PrivacyCentre& centre, const PolicyDocuments::Version& version,
                                 QWidget* parent)
    : QDialog(parent)
    , m_centre(centre)
    , m_version(version)
{
    setObjectName(QStringLiteral("policyAckDialog"));
    const QString lang =
        Language::current() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    const QLocale locale = lang == QLatin1String("nl")
                               ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    setWindowTitle(tr("Our privacy policy has changed"));

    auto* heading = new QLabel(
        tr("<b>Since %1, version %2 of our privacy policy is in force.</b>")
            .arg(locale.toString(version.effective, QStringLiteral("d MMMM yyyy")), version.id),
        this);
    heading->setWordWrap(true);
    auto* changes = new QLabel(tr("What changes: %1").arg(version.changes(lang)), this);
    changes->setObjectName(QStringLiteral("policyChanges"));
    changes->setWordWrap(true);
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("policyAckText"));
    text->setOpenExternalLinks(true);
    text->setMarkdown(version.text(lang));
    auto* note = new QLabel(tr("You can read it again at any time under Privacy."), this);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* read = buttons->addButton(tr("I have read it"), QDialogButtonBox::AcceptRole);
    read->setObjectName(QStringLiteral("acknowledgeButton"));
    read->setDefault(true);
    QPushButton* later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(read, &QPushButton::clicked, this, [this] {
        if (auto done = m_centre.acknowledge(m_version.id); !done.ok()) {
            QMessageBox::warning(this, windowTitle(), done.errorMessage());
            return;
        }
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(changes);
    layout->addWidget(text, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 560);
}
