#include "NoticeBanner.h"

#include "Language.h"
#include "PrivacyCentre.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString uiLanguage()
{
    return Language::current() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
}

QLocale uiLocale()
{
    return uiLanguage() == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

NoticeBanner::NoticeBanner(PrivacyCentre& centre, QWidget* parent)
    : QFrame(parent)
    , m_centre(centre)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    m_layout->setContentsMargins(12, 8, 12, 0);
    m_layout->setSpacing(6);
    connect(&m_centre, &PrivacyCentre::changed, this, &NoticeBanner::refresh);
    refresh();
}

QWidget* NoticeBanner::makeNotice(const QString& colour, const QString& html,
                                  const QString& buttonText, const QString& objectName)
{
    auto* box = new QFrame(this);
    box->setObjectName(objectName);
    box->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid "
                                      "rgba(0, 0, 0, 30); border-radius: 6px; }")
                           .arg(objectName, colour));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(12, 8, 8, 8);
    row->setSpacing(12);
    auto* text = new QLabel(html, box);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setStyleSheet(QStringLiteral("background: transparent; border: none; color: #1f2933;"));
    row->addWidget(text, 1);
    auto* button = new QPushButton(buttonText, box);
    button->setObjectName(objectName + QStringLiteral("Button"));
    row->addWidget(button, 0, Qt::AlignVCenter);
    m_layout->addWidget(box);
    return button;
}

void NoticeBanner::refresh()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
    const QString lang = uiLanguage();
    const QLocale locale = uiLocale();

    if (const auto next = m_centre.upcoming()) {
        const QString id = next->id;
        const QString html =
            tr("<b>Our privacy policy changes on %1.</b> %2")
                .arg(locale.toString(next->effective, QStringLiteral("d MMMM yyyy")),
                     next->changes(lang).toHtmlEscaped());
        auto* read = static_cast<QPushButton*>(makeNotice(QStringLiteral("#e8f1fd"), html,
                                                          tr("Read the new policy"),
                                                          QStringLiteral("policyNotice")));
        connect(read, &QPushButton::clicked, this, [this, id] { emit readPolicyRequested(id); });
        ++m_count;
    }
    for (const PrivacyCentre::Announcement& a : m_centre.announcements(lang)) {
        // "1 December 2026, 22:00–23:30", or both ends in full when they are days apart.
        const QDateTime from = a.starts.toLocalTime();
        const QDateTime to = a.ends.toLocalTime();
        const QString day = QStringLiteral("d MMMM yyyy");
        const QString when = from.date() == to.date()
                                 ? tr("%1, %2–%3")
                                       .arg(locale.toString(from.date(), day),
                                            locale.toString(from.time(), QStringLiteral("HH:mm")),
                                            locale.toString(to.time(), QStringLiteral("HH:mm")))
                                 : tr("%1 to %2")
                                       .arg(locale.toString(from, day + QStringLiteral(", HH:mm")),
                                            locale.toString(to, day + QStringLiteral(", HH:mm")));
        const QString html =
            QStringLiteral("<b>%1</b> (%2) %3")
                .arg(a.title.toHtmlEscaped(), when.toHtmlEscaped(), a.body.toHtmlEscaped());
        const QString colour =
            a.kind == QLatin1String("info") ? QStringLiteral("#eef2f5") : QStringLiteral("#fff4e0");
        auto* dismiss = static_cast<QPushButton*>(
            makeNotice(colour, html, tr("Dismiss"), QStringLiteral("announcement%1").arg(a.id)));
        const QString id = a.id;
        connect(dismiss, &QPushButton::clicked, this, [this, id] {
            if (auto done = m_centre.dismiss(id); !done.ok())
                QMessageBox::warning(this, tr("Service announcement"), done.errorMessage());
        });
        ++m_count;
    }
    setVisible(m_count > 0);
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
