#include "ConsentCentre.h"

#include "AccountEvents.h"
#include "Language.h"
#include "PrivacyCentre.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QLabel* explanation(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    label->setContentsMargins(24, 0, 0, 0);
    return label;
}

QLocale uiLocale()
{
    return Language::current() == QLatin1String("nl")
               ? QLocale(QLocale::Dutch, QLocale::Netherlands)
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

ConsentCentre::ConsentCentre(PrivacyCentre& centre, QWidget* parent)
    : QWidget(parent)
    , m_centre(centre)
    , m_intro(new QLabel(this))
    , m_newsTitle(sectionTitle(this))
    , m_news(new QCheckBox(this))
    , m_newsText(explanation(this))
    , m_statsTitle(sectionTitle(this))
    , m_stats(new QCheckBox(this))
    , m_statsText(explanation(this))
    , m_showPayload(new QPushButton(this))
    , m_announcementsTitle(sectionTitle(this))
    , m_announcementsState(new QCheckBox(this))
    , m_announcementsText(explanation(this))
    , m_historyTitle(sectionTitle(this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("consentCentre"));
    m_news->setObjectName(QStringLiteral("productNewsConsent"));
    m_stats->setObjectName(QStringLiteral("usageStatisticsConsent"));
    m_showPayload->setObjectName(QStringLiteral("showUsagePayload"));
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_intro->setWordWrap(true);
    // Shown as a box that is on and cannot be changed: the same look as the choices above.
    m_announcementsState->setObjectName(QStringLiteral("announcementsAlwaysOn"));
    m_announcementsState->setChecked(true);
    m_announcementsState->setEnabled(false);
    m_history->setFrameShape(QFrame::StyledPanel);
    m_history->setMinimumHeight(90);
    m_history->setMaximumHeight(180);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 16, 12); // room for the scroll bar
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addSpacing(10);
    layout->addWidget(m_newsTitle);
    layout->addWidget(m_news);
    layout->addWidget(m_newsText);
    layout->addSpacing(10);
    layout->addWidget(m_statsTitle);
    layout->addWidget(m_stats);
    layout->addWidget(m_statsText);
    auto* payloadRow = new QHBoxLayout;
    payloadRow->setContentsMargins(24, 0, 0, 0);
    payloadRow->addWidget(m_showPayload);
    payloadRow->addStretch(1);
    layout->addLayout(payloadRow);
    layout->addSpacing(10);
    layout->addWidget(m_announcementsTitle);
    layout->addWidget(m_announcementsState);
    layout->addWidget(m_announcementsText);
    layout->addSpacing(10);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    layout->addStretch(1);

    connect(m_news, &QCheckBox::toggled, this,
            [this](bool on) { setConsent(AccountEvents::ProductNews, on); });
    connect(m_stats, &QCheckBox::toggled, this,
            [this](bool on) { setConsent(AccountEvents::UsageStatistics, on); });
    connect(m_showPayload, &QPushButton::clicked, this, &ConsentCentre::showUsagePayload);
    connect(&m_centre, &PrivacyCentre::changed, this, &ConsentCentre::refresh);
    retranslate();
}

void ConsentCentre::setConsent(const QString& subject, bool on)
{
    auto done = m_centre.setConsent(subject, on);
    if (!done.ok()) {
        QMessageBox::warning(this, tr("Your choices"), done.errorMessage());
        refresh(); // the box shows what is recorded
    }
}

void ConsentCentre::refresh()
{
    {
        const QSignalBlocker a(m_news), b(m_stats);
        m_news->setChecked(m_centre.consent(AccountEvents::ProductNews));
        m_stats->setChecked(m_centre.consent(AccountEvents::UsageStatistics));
    }
    const QLocale locale = uiLocale();
    m_history->clear();
    for (const AccountEvents::Event& e : m_centre.history()) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(e.at),
                                             QStringLiteral("d MMMM yyyy, HH:mm"));
        QString what;
        const bool on = e.value == QLatin1String("on");
        if (e.kind == AccountEvents::ConsentChanged && e.subject == AccountEvents::ProductNews)
            what = on ? tr("Product news by e-mail turned on")
                      : tr("Product news by e-mail turned off");
        else if (e.kind == AccountEvents::ConsentChanged &&
                 e.subject == AccountEvents::UsageStatistics)
            what = on ? tr("Anonymous usage statistics turned on")
                      : tr("Anonymous usage statistics turned off");
        else if (e.kind == AccountEvents::PolicyAcknowledged)
            what = tr("Privacy policy %1 read and acknowledged").arg(e.subject);
        else if (e.kind == AccountEvents::AnnouncementDismissed)
            what = tr("Service announcement dismissed");
        else
            continue;
        m_history->addItem(QStringLiteral("%1 — %2").arg(when, what));
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No choices recorded yet."));
}

void ConsentCentre::showUsagePayload()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("usagePayloadDialog"));
    dialog.setWindowTitle(tr("What the usage statistics would send"));
    auto* intro =
        new QLabel(tr("This is the whole report, exactly as it would be sent once a day while the "
                      "statistics are on. It goes without your login, so it is not linked to your "
                      "account, and the server keeps only the day it arrived."),
                   &dialog);
    intro->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("usagePayload"));
    text->setReadOnly(true);
    text->setPlainText(QString::fromUtf8(QJsonDocument(m_centre.usagePayload()).toJson()));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    text->setFont(mono);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 380);
    dialog.exec();
}

void ConsentCentre::retranslate()
{
    m_intro->setText(tr("What Sendtrix may do with your own data, in one place. Every change "
                        "is recorded with its time and goes to your other computers with the "
                        "next sync."));
    m_newsTitle->setText(tr("News and offers by e-mail"));
    m_news->setText(tr("Send me news about Sendtrix and offers by e-mail"));
    m_newsText->setText(tr("Off unless you turn it on. You can turn it off here at any time, "
                           "and with the link in every such e-mail."));
    m_statsTitle->setText(tr("Anonymous usage statistics"));
    m_stats->setText(tr("Share anonymous usage statistics"));
    m_statsText->setText(tr("Off unless you turn it on. Once a day: the version of Sendtrix, "
                            "your operating system and language, and how many contacts, "
                            "templates and mailings you have, as rough ranges. Nothing about "
                            "your contacts, no names or addresses, not linked to your account. "
                            "While it is off, Sendtrix sends no such report at all."));
    m_showPayload->setText(tr("Show what would be sent…"));
    m_announcementsTitle->setText(tr("Service announcements"));
    m_announcementsState->setText(tr("Show service announcements (always on)"));
    m_announcementsText->setText(
        tr("Notices of maintenance, outages and changes to our privacy policy cannot be turned "
           "off: they are about the service you use and your rights, not advertising. They "
           "appear at the top of the window and you can dismiss each one."));
    m_historyTitle->setText(tr("Your choices so far"));
    refresh();
}

void ConsentCentre::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
