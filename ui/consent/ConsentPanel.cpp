#include "ConsentPanel.h"

#include "ConsentRepository.h"
#include "PersonRights.h"
#include "RecordConsentDialog.h"
#include "Settings.h"
#include "Store.h"
#include "SuppressionList.h"
#include "Workspace.h"
#include "contacts/ConsentStateDelegate.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using State = ConsentEvent::State;
using Purpose = ConsentEvent::Purpose;

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::LongFormat);
}

QString dotColor(State state)
{
    return ConsentStateDelegate::colorFor(int(state), false).name();
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ConsentPanel::ConsentPanel(Workspace& workspace, const Contact& contact, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_contact(contact)
{
    auto* layout = new QVBoxLayout(this);
    auto* states = new QGridLayout;
    states->setColumnStretch(1, 1);
    states->setHorizontalSpacing(16);
    m_newsletterTitle = heading(this);
    m_newsletterState = new QLabel(this);
    m_testimonialTitle = heading(this);
    m_testimonialState = new QLabel(this);
    for (QLabel* l : {m_newsletterState, m_testimonialState}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    states->addWidget(m_newsletterTitle, 0, 0, Qt::AlignTop);
    states->addWidget(m_newsletterState, 0, 1);
    states->addWidget(m_testimonialTitle, 1, 0, Qt::AlignTop);
    states->addWidget(m_testimonialState, 1, 1);
    layout->addLayout(states);
    layout->addSpacing(4);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("consentNotice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; border: 1px solid #f0c48a; border-radius: 4px; "
        "padding: 6px; color: #5f3b00; }"));
    layout->addWidget(m_notice);

    auto* buttons = new QHBoxLayout;
    m_consentButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/consent.svg")), QString(), this);
    m_consentButton->setObjectName(QStringLiteral("recordConsentButton"));
    m_withdrawButton = new QPushButton(this);
    m_withdrawButton->setObjectName(QStringLiteral("recordWithdrawalButton"));
    buttons->addWidget(m_consentButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_historyTitle = heading(this);
    layout->addSpacing(10);
    layout->addWidget(m_historyTitle);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setColumnCount(5);
    m_history->header()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);

    auto* below = new QHBoxLayout;
    m_evidenceButton = new QPushButton(this);
    m_evidenceButton->setEnabled(false);
    below->addWidget(m_evidenceButton);
    below->addStretch();
    layout->addLayout(below);

    m_rightsTitle = heading(this);
    layout->addSpacing(10);
    layout->addWidget(m_rightsTitle);
    auto* rights = new QHBoxLayout;
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPersonalDataButton"));
    m_eraseButton = new QPushButton(this);
    m_eraseButton->setObjectName(QStringLiteral("erasePersonButton"));
    rights->addWidget(m_exportButton);
    rights->addWidget(m_eraseButton);
    rights->addStretch();
    layout->addLayout(rights);

    connect(m_consentButton, &QPushButton::clicked, this, &ConsentPanel::recordConsent);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ConsentPanel::recordWithdrawal);
    connect(m_evidenceButton, &QPushButton::clicked, this, &ConsentPanel::saveEvidence);
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_evidenceButton->setEnabled(item && !item->data(0, Qt::UserRole).toString().isEmpty());
    });
    connect(m_exportButton, &QPushButton::clicked, this,
            [this] { PersonRights::exportPersonalData(this, m_workspace, m_contact); });
    connect(m_eraseButton, &QPushButton::clicked, this, [this] {
        if (PersonRights::erase(this, m_workspace, m_contact))
            emit erased();
    });
    retranslate();
}

void ConsentPanel::retranslate()
{
    m_newsletterTitle->setText(ConsentEvent::purposeLabel(Purpose::Newsletter));
    m_testimonialTitle->setText(ConsentEvent::purposeLabel(Purpose::Testimonial));
    m_consentButton->setText(tr("Record consent…"));
    m_withdrawButton->setText(tr("Record withdrawal…"));
    m_historyTitle->setText(tr("History"));
    m_history->setHeaderLabels(
        {tr("When"), tr("Purpose"), tr("State"), tr("Legal basis"), tr("Source")});
    m_evidenceButton->setText(tr("Save evidence file…"));
    m_rightsTitle->setText(tr("Rights of this person"));
    m_exportButton->setText(tr("Export personal data…"));
    m_eraseButton->setText(tr("Erase person…"));
    reload();
}

void ConsentPanel::reload()
{
    ConsentRepository& consent = m_workspace.consent();
    const qint64 cutoff = Settings().repermissionCutoffMs();
    bool needsRepermission = false;
    for (Purpose p : {Purpose::Newsletter, Purpose::Testimonial}) {
        QLabel* label = p == Purpose::Newsletter ? m_newsletterState : m_testimonialState;
        const auto s = consent.current(m_contact.id, p);
        if (!s) {
            label->setText(p == Purpose::Newsletter
                               ? tr("No consent recorded: this contact gets no mailings.")
                               : tr("No consent recorded: do not publish this person's words, "
                                    "name or photo."));
            continue;
        }
        QString text =
            QStringLiteral("<span style='color:%1'>&#9679;</span> <b>%2</b> ")
                .arg(dotColor(s->state), ConsentEvent::stateLabel(s->state).toHtmlEscaped());
        text += (s->state == State::Subscribed || s->state == State::Pending
                     ? tr("since %1, on the basis of: %2")
                           .arg(dateText(s->occurredAt), ConsentEvent::basisLabel(s->basis))
                     : tr("since %1").arg(dateText(s->occurredAt)))
                    .toHtmlEscaped();
        label->setText(text);
        if (p == Purpose::Newsletter && s->state == State::Subscribed && s->occurredAt < cutoff)
            needsRepermission = true;
    }

    const auto suppressed = SuppressionList(m_workspace.store()).find(m_contact.email);
    if (suppressed) {
        m_notice->setText(tr("%1 is on the suppression list (%2): it is never mailed, whatever "
                             "is imported. Only a new, explicit request from the person lifts "
                             "this.")
                              .arg(m_contact.email, SuppressionList::describe(*suppressed)));
    } else if (needsRepermission) {
        m_notice->setText(tr("Needs re-permission: the consent is older than %n month(s). Ask "
                             "again, or remove the contact.",
                             "", Settings().repermissionMonths()));
    }
    m_notice->setVisible(suppressed || needsRepermission);

    m_history->clear();
    const auto events = consent.history(m_contact.id);
    QList<QTreeWidgetItem*> items;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const ConsentEvent& e = *it;
        const QString source =
            e.sourceDetail.isEmpty()
                ? ConsentEvent::sourceLabel(e.source)
                : tr("%1: %2").arg(ConsentEvent::sourceLabel(e.source), e.sourceDetail);
        auto* item = new QTreeWidgetItem(
            {QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt), QLocale::ShortFormat),
             ConsentEvent::purposeLabel(e.purpose), ConsentEvent::stateLabel(e.state),
             e.basis == ConsentEvent::Basis::None ? QString() : ConsentEvent::basisLabel(e.basis),
             source});
        item->setIcon(2, QIcon()); // keeps rows even
        item->setForeground(2, QColor(dotColor(e.state)));
        QStringList details;
        if (!e.wording.isEmpty())
            details << tr("Wording: “%1”").arg(e.wording);
        if (!e.policyVersion.isEmpty())
            details << tr("Privacy policy version: %1").arg(e.policyVersion);
        if (e.basis == ConsentEvent::Basis::SoftOptIn)
            details << tr("All five soft opt-in conditions recorded.");
        if (!e.evidenceName.isEmpty())
            details << tr("Evidence: %1").arg(e.evidenceName);
        if (!e.evidenceNote.isEmpty())
            details << tr("Note: %1").arg(e.evidenceNote);
        details << tr("Recorded %1 by %2")
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.recordedAt),
                                               QLocale::ShortFormat),
                            e.actor);
        for (int c = 0; c < 5; ++c)
            item->setToolTip(c, details.join(QLatin1Char('\n')));
        item->setData(0, Qt::UserRole, e.evidenceSha256);
        item->setData(1, Qt::UserRole, e.evidenceName);
        items << item;
    }
    m_history->addTopLevelItems(items);
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
    m_evidenceButton->setEnabled(false);
}

void ConsentPanel::recordConsent()
{
    RecordConsentDialog dialog(m_workspace, m_contact, RecordConsentDialog::Mode::Consent, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ConsentPanel::recordWithdrawal()
{
    RecordConsentDialog dialog(m_workspace, m_contact, RecordConsentDialog::Mode::Withdrawal, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ConsentPanel::saveEvidence()
{
    QTreeWidgetItem* item = m_history->currentItem();
    if (!item)
        return;
    const QString sha = item->data(0, Qt::UserRole).toString();
    const auto data = m_workspace.consent().evidence(sha);
    if (!data) {
        QMessageBox::warning(this, tr("Evidence not found"),
                             tr("The evidence file is not in this store (it may not have "
                                "synced yet)."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(item->data(1, Qt::UserRole).toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evidence file"), suggested);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        QMessageBox::warning(
            this, tr("Could not save"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ConsentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
