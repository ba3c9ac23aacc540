#include "PrivacyPage.h"

#include "AccountDataReport.h"
#include "Clock.h"
#include "ConsentCentre.h"
#include "Language.h"
#include "PolicyDocuments.h"
#include "PrivacyCentre.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextFrame>
#include <QVBoxLayout>

namespace {

QString uiLanguage()
{
    return Language::current() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
}

} // namespace

QList<PolicyDocuments::Version> PrivacyPage::allVersions() const
{
    return m_centre ? m_centre->versions() : PolicyDocuments::versions();
}

PolicyDocuments::Version PrivacyPage::findVersion(const QString& id) const
{
    for (const PolicyDocuments::Version& v : allVersions())
        if (v.id == id)
            return v;
    return {};
}

PrivacyPage::PrivacyPage(PrivacyCentre* centre, QWidget* parent)
    : QWidget(parent)
    , m_centre(centre)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_versionLine(new QLabel(this))
    , m_earlierLabel(new QLabel(this))
    , m_versions(new QComboBox(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("privacyPage"));
    m_title->setObjectName(QStringLiteral("policyTitle"));
    m_versionLine->setObjectName(QStringLiteral("policyVersionLine"));
    m_versions->setObjectName(QStringLiteral("policyVersions"));
    m_text->setObjectName(QStringLiteral("policyText"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_versionLine->setWordWrap(true);
    m_versionLine->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_earlierLabel->setBuddy(m_versions);

    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenExternalLinks(true);
    m_text->document()->setDocumentMargin(0);

    // A readable column: at most ~720 px of text, centred in the page.
    auto* column = new QWidget(this);
    column->setMaximumWidth(760);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(20, 20, 20, 0);
    columnLayout->setSpacing(6);
    m_tabs->setObjectName(QStringLiteral("privacyTabs"));
    m_tabs->setDocumentMode(true);
    auto* policyTab = new QWidget(m_tabs);
    auto* policyLayout = new QVBoxLayout(policyTab);
    policyLayout->setContentsMargins(0, 12, 0, 0);
    policyLayout->setSpacing(6);
    columnLayout->addWidget(m_tabs, 1);
    columnLayout = policyLayout; // the policy's widgets go on its tab
    m_tabs->addTab(policyTab, QString());
    if (m_centre) {
        m_choices = new ConsentCentre(*m_centre, m_tabs);
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setObjectName(QStringLiteral("choicesScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_choices);
        m_tabs->addTab(scroll, QString());
        // What Sendtrix keeps about you: the report, and saving it as HTML or JSON.
        auto* reportTab = new QWidget(m_tabs);
        auto* reportLayout = new QVBoxLayout(reportTab);
        reportLayout->setContentsMargins(0, 12, 0, 0);
        m_reportIntro = new QLabel(reportTab);
        m_reportIntro->setWordWrap(true);
        m_report = new QTextBrowser(reportTab);
        m_report->setObjectName(QStringLiteral("dataReport"));
        m_report->setFrameShape(QFrame::NoFrame);
        m_saveHtml = new QPushButton(reportTab);
        m_saveHtml->setObjectName(QStringLiteral("saveReportHtml"));
        m_saveJson = new QPushButton(reportTab);
        m_saveJson->setObjectName(QStringLiteral("saveReportJson"));
        auto* saveRow = new QHBoxLayout;
        saveRow->addWidget(m_saveHtml);
        saveRow->addWidget(m_saveJson);
        saveRow->addStretch(1);
        reportLayout->addWidget(m_reportIntro);
        reportLayout->addWidget(m_report, 1);
        reportLayout->addLayout(saveRow);
        m_tabs->addTab(reportTab, QString());
        connect(m_saveHtml, &QPushButton::clicked, this,
                [this] { saveDataReport(QStringLiteral("html")); });
        connect(m_saveJson, &QPushButton::clicked, this,
                [this] { saveDataReport(QStringLiteral("json")); });
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (index == 2)
                showDataReport();
        });
        connect(m_centre, &PrivacyCentre::changed, this, &PrivacyPage::refresh);
    }
    columnLayout->addWidget(m_title);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versionLine, 1);
    versionRow->addWidget(m_earlierLabel);
    versionRow->addWidget(m_versions);
    columnLayout->addLayout(versionRow);
    auto* rule = new QFrame(column);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(rule);
    columnLayout->addWidget(m_text, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(column, 100);
    layout->addStretch(1);

    connect(m_versions, &QComboBox::activated, this,
            [this](int index) { showVersion(m_versions->itemData(index).toString()); });

    refresh();
}

void PrivacyPage::refresh()
{
    m_inForceId = m_centre ? m_centre->inForce().id : PolicyDocuments::inForce().id;
    m_shownId = m_inForceId;
    retranslate();
}

void PrivacyPage::showPolicy(const QString& id)
{
    m_tabs->setCurrentIndex(0);
    retranslate();
    if (findVersion(id).isValid()) {
        m_versions->setCurrentIndex(qMax(0, m_versions->findData(id)));
        showVersion(id);
    }
}

QString PrivacyPage::dataReportText() const
{
    return m_report ? m_report->toPlainText() : QString();
}

void PrivacyPage::showDataReport()
{
    if (!m_report)
        return;
    m_report->setHtml(AccountDataReport::toHtml(m_centre->dataReport(), uiLanguage()));
}

void PrivacyPage::saveDataReport(const QString& format)
{
    const bool json = format == QLatin1String("json");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(json ? tr("sendtrix-what-we-keep.json") : tr("sendtrix-what-we-keep.html"));
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Save as JSON") : tr("Save as a web page"), suggested,
        json ? tr("JSON (*.json)") : tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (auto saved = m_centre->saveDataReport(path, format, uiLanguage()); !saved.ok())
        QMessageBox::warning(this, tr("What Sendtrix keeps about you"), saved.errorMessage());
}

void PrivacyPage::showChoices()
{
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex(1);
}

void PrivacyPage::retranslate()
{
    const QString lang = uiLanguage();
    const QLocale locale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                         lang == QLatin1String("nl") ? QLocale::Netherlands
                                                     : QLocale::UnitedKingdom);
    m_tabs->setTabText(0, tr("Privacy policy"));
    if (m_tabs->count() > 2) {
        m_tabs->setTabText(1, tr("Your choices"));
        m_tabs->setTabText(2, tr("What we keep"));
        m_reportIntro->setText(
            tr("What Sendtrix keeps about you and your account: counts and sizes of what you "
               "store, your mailings per month and your choices. Save it to keep a copy or to "
               "ask us about it."));
        m_saveHtml->setText(tr("Save as web page…"));
        m_saveJson->setText(tr("Save as JSON…"));
        if (m_tabs->currentIndex() == 2)
            showDataReport();
    }
    const PolicyDocuments::Version current = findVersion(m_inForceId);
    const QList<PolicyDocuments::Version> earlier = PolicyDocuments::earlier(
        current, m_centre ? m_centre->published() : QList<PolicyDocuments::Version>());
    const std::optional<PolicyDocuments::Version> next =
        m_centre ? m_centre->upcoming() : PolicyDocuments::upcoming(Clock::nowMs());

    // The combo lists a new version announced, the version in force and the earlier ones;
    // with only one version there is nothing to choose, so it is hidden.
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    const bool announced = next && next->id != current.id;
    if (announced)
        m_versions->addItem(
            tr("%1 (from %2)")
                .arg(next->id, locale.toString(next->effective, QStringLiteral("d MMMM yyyy"))),
            next->id);
    m_versions->addItem(tr("%1 (in force)").arg(current.id), current.id);
    QDate until = current.effective; // an earlier version held until the next took effect
    for (const PolicyDocuments::Version& v : earlier) {
        m_versions->addItem(
            tr("%1 (until %2)").arg(v.id, locale.toString(until, QStringLiteral("d MMMM yyyy"))),
            v.id);
        until = v.effective;
    }
    m_versions->setCurrentIndex(qMax(0, m_versions->findData(m_shownId)));
    m_versions->setVisible(!earlier.isEmpty() || announced);
    m_earlierLabel->setVisible(!earlier.isEmpty() || announced);
    m_earlierLabel->setText(tr("&Version:"));
    showVersion(m_shownId);
}

void PrivacyPage::showVersion(const QString& id)
{
    m_shownId = id;
    const QString lang = uiLanguage();
    const QLocale locale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                         lang == QLatin1String("nl") ? QLocale::Netherlands
                                                     : QLocale::UnitedKingdom);
    const PolicyDocuments::Version v = findVersion(id);
    if (!v.isValid()) {
        m_title->setText(tr("Privacy policy"));
        m_versionLine->setText(tr("The privacy policy could not be loaded."));
        m_text->clear();
        return;
    }
    m_title->setText(v.title(lang));
    const QString effective = locale.toString(v.effective, QStringLiteral("d MMMM yyyy"));
    const QString published = locale.toString(v.published, QStringLiteral("d MMMM yyyy"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
    if (v.id != m_inForceId && v.effective > today)
        m_versionLine->setText(
            tr("Version %1 · published %2 · takes effect on %3").arg(v.id, published, effective));
    else if (v.id != m_inForceId)
        m_versionLine->setText(
            tr("Version %1 · effective %2 · an earlier version").arg(v.id, effective));
    else if (v.effective > today)
        m_versionLine->setText(
            tr("Version %1 · published %2 · takes effect on %3").arg(v.id, published, effective));
    else
        m_versionLine->setText(tr("Version %1 · in force since %2").arg(v.id, effective));

    // The document's own top heading repeats the title shown above: leave it out.
    QString markdown = v.text(lang);
    if (markdown.startsWith(QLatin1String("# "))) {
        const qsizetype end = markdown.indexOf(QLatin1Char('\n'));
        markdown = end < 0 ? QString() : markdown.mid(end + 1);
    }
    m_text->setMarkdown(markdown);
    // Room between the text and the scroll bar.
    QTextFrameFormat frame = m_text->document()->rootFrame()->frameFormat();
    frame.setRightMargin(16);
    m_text->document()->rootFrame()->setFrameFormat(frame);
}

void PrivacyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
