#include "MailingEditor.h"

#include "BackgroundCounter.h"
#include "Clock.h"
#include "ContactListInfo.h"
#include "ContactQuery.h"
#include "ContactRepository.h"
#include "EmailAddress.h"
#include "ListRepository.h"
#include "MailingFormat.h"
#include "MailingRepository.h"
#include "SegmentRepository.h"
#include "Settings.h"
#include "TemplateRepository.h"
#include "WorkerThread.h"
#include "Workspace.h"
#include "templates/HtmlPreview.h"
#include "templates/TemplateEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum AudienceRole { UuidRole = Qt::UserRole, KindRole, MissingRole };
const QString kList = QStringLiteral("list");
const QString kSegment = QStringLiteral("segment");
const QString kHeader = QStringLiteral("header");

const QString kMuted = QStringLiteral("color: palette(placeholder-text);");
const QString kProblem = QStringLiteral("color: #b42318;");

enum class Mark { Passed, Failed, Advice, Pending };

// A round status mark: a tick, a cross, an "i" for advice, dots while counting.
QPixmap markPixmap(Mark mark, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = mark == Mark::Passed   ? QColor(QStringLiteral("#2e7d32"))
                          : mark == Mark::Failed ? QColor(QStringLiteral("#b3261e"))
                          : mark == Mark::Advice ? QColor(QStringLiteral("#1e6fd9"))
                                                 : QColor(QStringLiteral("#9e9e9e"));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const qreal s = size;
    p.drawEllipse(QRectF(1, 1, s - 2, s - 2));
    QPen pen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::Passed: {
        QPainterPath tick;
        tick.moveTo(0.28 * s, 0.52 * s);
        tick.lineTo(0.44 * s, 0.68 * s);
        tick.lineTo(0.73 * s, 0.36 * s);
        p.drawPath(tick);
        break;
    }
    case Mark::Failed:
        p.drawLine(QPointF(0.34 * s, 0.34 * s), QPointF(0.66 * s, 0.66 * s));
        p.drawLine(QPointF(0.66 * s, 0.34 * s), QPointF(0.34 * s, 0.66 * s));
        break;
    case Mark::Advice:
        p.drawLine(QPointF(0.5 * s, 0.46 * s), QPointF(0.5 * s, 0.72 * s));
        p.drawPoint(QPointF(0.5 * s, 0.29 * s));
        break;
    case Mark::Pending:
        for (qreal x : {0.3, 0.5, 0.7})
            p.drawPoint(QPointF(x * s, 0.5 * s));
        break;
    }
    return pixmap;
}

// "1.234 ontvangers": the plural form with the number written the locale's way.
QString counted(const QString& pluralText, qint64 n)
{
    return QString(pluralText).replace(QString::number(n), QLocale().toString(n));
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel* hint(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(kMuted);
    return label;
}

Contact contactFrom(const MailingRecipient& r)
{
    Contact c;
    c.id = r.contactId;
    c.uuid = r.contactUuid;
    c.email = r.email;
    c.firstName = r.firstName;
    c.lastName = r.lastName;
    for (auto it = r.customFields.begin(); it != r.customFields.end(); ++it)
        c.customFields.insert(it.key(), it.value().toVariant().toString());
    return c;
}

QString mailbox(const Contact& c)
{
    return c.displayName() == c.email ? c.email
                                      : QStringLiteral("%1 <%2>").arg(c.displayName(), c.email);
}

} // namespace

namespace {

// Keeps a form inside a scroll area at least as tall as its layout needs for the width it
// is shown at (its height-for-width), so word-wrapped labels never overlap other rows.
class FormHeightKeeper : public QObject
{
public:
    FormHeightKeeper(QWidget* form, QWidget* viewport)
        : QObject(viewport)
        , m_form(form)
        , m_viewport(viewport)
    {
        viewport->installEventFilter(this);
        form->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool relevant = (watched == m_viewport && event->type() == QEvent::Resize) ||
                              (watched == m_form && event->type() == QEvent::LayoutRequest);
        if (relevant && m_form->layout())
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        const int width = m_viewport->width();
        const int needed = m_form->layout()->totalHeightForWidth(width);
        if (needed <= 0)
            return;
        if (m_form->minimumHeight() != needed)
            m_form->setMinimumHeight(needed);
        const QSize size(width, std::max(needed, m_viewport->height()));
        if (m_form->size() != size)
            m_form->resize(size);
    }

    QWidget* m_form;
    QWidget* m_viewport;
};

} // namespace

MailingEditor::MailingEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_counter(new BackgroundCounter(workspace.storePath(), this))
{
    setObjectName(QStringLiteral("mailingEditor"));

    // Header: back to the list, the name, the state, whether the work is saved.
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backToMailings"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setAutoRaise(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mailingName"));
    m_name->setStyleSheet(QStringLiteral("QLineEdit { font-size: 16px; font-weight: bold; "
                                         "padding: 3px 6px; }"));
    m_name->setMaxLength(200);
    m_stateBadge = new QLabel(this);
    m_stateBadge->setObjectName(QStringLiteral("stateBadge"));
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setStyleSheet(kProblem);
    m_nameProblem->hide();
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setStyleSheet(kMuted);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_back);
    header->addWidget(m_name, 3);
    header->addWidget(m_stateBadge);
    header->addWidget(m_nameProblem);
    header->addStretch(1);
    header->addWidget(m_saveState);

    // The banner of a sealed mailing.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("sealedBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#sealedBanner { background: #fff4ce; border: 1px solid #e5c455; "
                       "border-radius: 6px; } QFrame#sealedBanner QLabel { color: #3d3000; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("sealedBannerText"));
    m_bannerText->setWordWrap(true);
    m_copyButton = new QPushButton(m_banner);
    m_copyButton->setObjectName(QStringLiteral("makeCopy"));
    m_cancelButton = new QPushButton(m_banner);
    m_cancelButton->setObjectName(QStringLiteral("cancelMailing"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 8, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_cancelButton);
    bannerLayout->addWidget(m_copyButton);
    m_banner->hide();

    // The form, in a column that scrolls.
    auto* form = new QWidget(this);
    form->setObjectName(QStringLiteral("mailingForm"));
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(4, 0, 12, 12);
    formLayout->setSpacing(6);

    // Message.
    m_messageHeading = heading(form);
    m_subjectLabel = new QLabel(form);
    m_subject = new QLineEdit(form);
    m_subject->setObjectName(QStringLiteral("mailingSubject"));
    m_fieldButton = new QToolButton(form);
    m_fieldButton->setObjectName(QStringLiteral("insertField"));
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    m_fieldButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fieldButton->setMenu(new QMenu(m_fieldButton));
    m_preheaderLabel = new QLabel(form);
    m_preheader = new QLineEdit(form);
    m_preheader->setObjectName(QStringLiteral("mailingPreheader"));
    m_preheaderHint = hint(form);
    m_templateLabel = new QLabel(form);
    m_template = new QComboBox(form);
    m_template->setObjectName(QStringLiteral("mailingTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(16);
    m_openTemplate = new QPushButton(form);
    m_openTemplate->setObjectName(QStringLiteral("openTemplate"));
    auto* messageGrid = new QGridLayout;
    messageGrid->setHorizontalSpacing(8);
    messageGrid->setVerticalSpacing(6);
    messageGrid->addWidget(m_subjectLabel, 0, 0);
    messageGrid->addWidget(m_subject, 0, 1);
    messageGrid->addWidget(m_fieldButton, 0, 2);
    messageGrid->addWidget(m_preheaderLabel, 1, 0);
    messageGrid->addWidget(m_preheader, 1, 1, 1, 2);
    messageGrid->addWidget(m_preheaderHint, 2, 1, 1, 2);
    messageGrid->addWidget(m_templateLabel, 3, 0);
    messageGrid->addWidget(m_template, 3, 1);
    messageGrid->addWidget(m_openTemplate, 3, 2);
    messageGrid->setColumnStretch(1, 1);
    m_subjectLabel->setBuddy(m_subject);
    m_preheaderLabel->setBuddy(m_preheader);
    m_templateLabel->setBuddy(m_template);

    // Sender.
    m_senderHeading = heading(form);
    m_fromNameLabel = new QLabel(form);
    m_fromName = new QLineEdit(form);
    m_fromName->setObjectName(QStringLiteral("fromName"));
    m_fromEmailLabel = new QLabel(form);
    m_fromEmail = new QLineEdit(form);
    m_fromEmail->setObjectName(QStringLiteral("fromEmail"));
    m_fromProblem = new QLabel(form);
    m_fromProblem->setObjectName(QStringLiteral("fromProblem"));
    m_fromProblem->setStyleSheet(kProblem);
    m_fromProblem->setWordWrap(true);
    m_fromProblem->hide();
    m_replyToLabel = new QLabel(form);
    m_replyTo = new QLineEdit(form);
    m_replyTo->setObjectName(QStringLiteral("replyTo"));
    m_replyProblem = new QLabel(form);
    m_replyProblem->setObjectName(QStringLiteral("replyToProblem"));
    m_replyProblem->setStyleSheet(kProblem);
    m_replyProblem->setWordWrap(true);
    m_replyProblem->hide();
    m_senderHint = hint(form);
    m_senderHint->setTextFormat(Qt::RichText);
    auto* sender = new QGridLayout;
    sender->setHorizontalSpacing(8);
    sender->setVerticalSpacing(6);
    sender->addWidget(m_fromNameLabel, 0, 0);
    sender->addWidget(m_fromName, 0, 1);
    sender->addWidget(m_fromEmailLabel, 1, 0);
    sender->addWidget(m_fromEmail, 1, 1);
    sender->addWidget(m_fromProblem, 2, 1);
    sender->addWidget(m_replyToLabel, 3, 0);
    sender->addWidget(m_replyTo, 3, 1);
    sender->addWidget(m_replyProblem, 4, 1);
    sender->addWidget(m_senderHint, 5, 1);
    sender->setColumnStretch(1, 1);
    m_fromNameLabel->setBuddy(m_fromName);
    m_fromEmailLabel->setBuddy(m_fromEmail);
    m_replyToLabel->setBuddy(m_replyTo);

    // Audience: what to send to, what to leave out, side by side.
    m_audienceHeading = heading(form);
    m_includeLabel = new QLabel(form);
    m_excludeLabel = new QLabel(form);
    m_include = new QListWidget(form);
    m_include->setObjectName(QStringLiteral("includeList"));
    m_exclude = new QListWidget(form);
    m_exclude->setObjectName(QStringLiteral("excludeList"));
    for (QListWidget* list : {m_include, m_exclude}) {
        list->setMinimumHeight(150);
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setUniformItemSizes(false);
        list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    }
    m_audienceHint = hint(form);
    auto* audience = new QGridLayout;
    audience->setHorizontalSpacing(12);
    audience->setVerticalSpacing(4);
    audience->addWidget(m_includeLabel, 0, 0);
    audience->addWidget(m_excludeLabel, 0, 1);
    audience->addWidget(m_include, 1, 0);
    audience->addWidget(m_exclude, 1, 1);
    audience->setColumnStretch(0, 1);
    audience->setColumnStretch(1, 1);
    m_includeLabel->setBuddy(m_include);
    m_excludeLabel->setBuddy(m_exclude);

    // Tracking: off unless chosen, each with what it means for privacy.
    m_trackingHeading = heading(form);
    m_openTracking = new QCheckBox(form);
    m_openTracking->setObjectName(QStringLiteral("openTracking"));
    m_openHint = hint(form);
    m_openHint->setContentsMargins(24, 0, 0, 4);
    m_clickTracking = new QCheckBox(form);
    m_clickTracking->setObjectName(QStringLiteral("clickTracking"));
    m_clickHint = hint(form);
    m_clickHint->setContentsMargins(24, 0, 0, 4);

    // Send time.
    m_whenHeading = heading(form);
    m_asap = new QRadioButton(form);
    m_asap->setObjectName(QStringLiteral("sendAsap"));
    m_at = new QRadioButton(form);
    m_at->setObjectName(QStringLiteral("sendAt"));
    auto* whenGroup = new QButtonGroup(this);
    whenGroup->addButton(m_asap);
    whenGroup->addButton(m_at);
    m_scheduleEdit = new QDateTimeEdit(form);
    m_scheduleEdit->setObjectName(QStringLiteral("scheduleAt"));
    m_scheduleEdit->setCalendarPopup(true);
    m_scheduleEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_zoneLabel = new QLabel(form);
    m_timeZone = new QComboBox(form);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setMaxVisibleItems(20);
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(14);
    const QStringList zones = MailingFormat::zoneChoices();
    for (const QString& zone : zones)
        m_timeZone->addItem(zone, zone);
    m_timeZone->insertSeparator(zones.first() == MailingFormat::systemZone() ? 1 : 2);
    m_zoneLabel->setBuddy(m_timeZone);
    auto* atRow = new QHBoxLayout;
    atRow->setSpacing(8);
    atRow->addWidget(m_at);
    atRow->addWidget(m_scheduleEdit);
    atRow->addWidget(m_zoneLabel);
    atRow->addWidget(m_timeZone, 1);

    formLayout->addWidget(m_messageHeading);
    formLayout->addLayout(messageGrid);
    formLayout->addWidget(m_senderHeading);
    formLayout->addLayout(sender);
    formLayout->addWidget(m_audienceHeading);
    formLayout->addLayout(audience);
    // Not in the grid: a word-wrapped label spanning grid columns can be given too little
    // height there and overlap the lists above it.
    formLayout->addWidget(m_audienceHint);
    formLayout->addWidget(m_trackingHeading);
    formLayout->addWidget(m_openTracking);
    formLayout->addWidget(m_openHint);
    formLayout->addWidget(m_clickTracking);
    formLayout->addWidget(m_clickHint);
    formLayout->addWidget(m_whenHeading);
    formLayout->addWidget(m_asap);
    formLayout->addLayout(atRow);
    formLayout->addStretch(1);

    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("mailingFormScroll"));
    m_formScroll->setWidget(form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(460);
    // A scroll area sizes its widget by the minimum size hint, which ignores that wrapped
    // hints need more lines when the pane is narrow: the rows would then overlap. Give the
    // form the height its layout needs at the viewport's width instead.
    new FormHeightKeeper(form, m_formScroll->viewport());

    // Checklist tab.
    auto* checklistPage = new QWidget(this);
    m_checklistIntro = hint(checklistPage);
    m_sealedInfo = new QLabel(checklistPage);
    m_sealedInfo->setObjectName(QStringLiteral("sealedInfo"));
    m_sealedInfo->setWordWrap(true);
    m_sealedInfo->setTextFormat(Qt::RichText);
    m_checklistItems = new QWidget(checklistPage);
    m_checklistItems->setObjectName(QStringLiteral("checklistItems"));
    m_checklistLayout = new QVBoxLayout(m_checklistItems);
    m_checklistLayout->setContentsMargins(0, 0, 0, 0);
    m_checklistLayout->setSpacing(10);
    m_scheduleNote = new QLabel(checklistPage);
    m_scheduleNote->setObjectName(QStringLiteral("scheduleNote"));
    m_scheduleNote->setWordWrap(true);
    m_scheduleNote->setStyleSheet(kMuted);
    m_scheduleButton = new QPushButton(checklistPage);
    m_scheduleButton->setObjectName(QStringLiteral("scheduleButton"));
    m_scheduleButton->setMinimumHeight(40);
    m_scheduleButton->setStyleSheet(QStringLiteral(
        "QPushButton { font-size: 14px; font-weight: bold; padding: 6px 18px; color: white; "
        "background: #1e6fd9; border: 1px solid #1a5fba; border-radius: 6px; } "
        "QPushButton:hover { background: #1a5fba; } "
        "QPushButton:disabled { color: #f2f2f2; background: #a9bfdc; border-color: #a9bfdc; }"));
    auto* checklistScroll = new QScrollArea(checklistPage);
    checklistScroll->setWidgetResizable(true);
    checklistScroll->setFrameShape(QFrame::NoFrame);
    checklistScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* checklistInner = new QWidget(checklistScroll);
    auto* innerLayout = new QVBoxLayout(checklistInner);
    innerLayout->setContentsMargins(0, 0, 4, 0);
    innerLayout->addWidget(m_checklistIntro);
    innerLayout->addWidget(m_sealedInfo);
    innerLayout->addSpacing(4);
    innerLayout->addWidget(m_checklistItems);
    innerLayout->addStretch(1);
    checklistScroll->setWidget(checklistInner);
    auto* checklistLayout = new QVBoxLayout(checklistPage);
    checklistLayout->setContentsMargins(12, 12, 12, 12);
    checklistLayout->addWidget(checklistScroll, 1);
    checklistLayout->addWidget(m_scheduleNote);
    checklistLayout->addWidget(m_scheduleButton);

    // Recipients tab.
    auto* recipientsPage = new QWidget(this);
    m_countHeadline = new QLabel(recipientsPage);
    m_countHeadline->setObjectName(QStringLiteral("recipientCount"));
    m_countHeadline->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    m_countHeadline->setWordWrap(true);
    m_countBusy = new QLabel(recipientsPage);
    m_countBusy->setObjectName(QStringLiteral("countingLabel"));
    m_countBusy->setStyleSheet(kMuted);
    m_countSub = hint(recipientsPage);
    m_countSub->setObjectName(QStringLiteral("recipientCountDetail"));
    m_breakdown = new QWidget(recipientsPage);
    m_breakdown->setObjectName(QStringLiteral("recipientBreakdown"));
    m_breakdownLayout = new QGridLayout(m_breakdown);
    m_breakdownLayout->setContentsMargins(0, 8, 0, 0);
    m_breakdownLayout->setHorizontalSpacing(16);
    m_breakdownLayout->setVerticalSpacing(4);
    m_sealedRecipients = new QWidget(recipientsPage);
    m_recipientFilter = new QLineEdit(m_sealedRecipients);
    m_recipientFilter->setObjectName(QStringLiteral("recipientFilter"));
    m_recipientFilter->setClearButtonEnabled(true);
    m_recipientTable = new QTableWidget(m_sealedRecipients);
    m_recipientTable->setObjectName(QStringLiteral("recipientTable"));
    m_recipientTable->setColumnCount(3);
    m_recipientTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipientTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipientTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recipientTable->verticalHeader()->hide();
    m_recipientTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recipientTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recipientTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recipientTable->setAlternatingRowColors(true);
    m_previousPage = new QPushButton(m_sealedRecipients);
    m_nextPage = new QPushButton(m_sealedRecipients);
    m_pageLabel = new QLabel(m_sealedRecipients);
    m_pageLabel->setObjectName(QStringLiteral("recipientPage"));
    m_pageLabel->setStyleSheet(kMuted);
    m_filterHint = hint(m_sealedRecipients);
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previousPage);
    pager->addWidget(m_nextPage);
    auto* sealedLayout = new QVBoxLayout(m_sealedRecipients);
    sealedLayout->setContentsMargins(0, 8, 0, 0);
    sealedLayout->addWidget(m_recipientFilter);
    sealedLayout->addWidget(m_recipientTable, 1);
    sealedLayout->addLayout(pager);
    sealedLayout->addWidget(m_filterHint);
    m_sealedRecipients->hide();
    auto* recipientsLayout = new QVBoxLayout(recipientsPage);
    recipientsLayout->setContentsMargins(12, 12, 12, 12);
    recipientsLayout->setSpacing(4);
    recipientsLayout->addWidget(m_countHeadline);
    recipientsLayout->addWidget(m_countBusy);
    recipientsLayout->addWidget(m_countSub);
    recipientsLayout->addWidget(m_breakdown);
    recipientsLayout->addWidget(m_sealedRecipients, 1);
    recipientsLayout->addStretch(0);

    // Preview tab.
    auto* previewPage = new QWidget(this);
    m_previewForLabel = new QLabel(previewPage);
    m_previewContact = new QLineEdit(previewPage);
    m_previewContact->setObjectName(QStringLiteral("previewContact"));
    m_previewContact->setClearButtonEnabled(true);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_previewContact->setCompleter(completer);
    m_previewForLabel->setBuddy(m_previewContact);
    m_envelope = new QLabel(previewPage);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_envelope->setTextFormat(Qt::RichText);
    m_envelope->setWordWrap(true);
    m_envelope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_envelope->setStyleSheet(QStringLiteral("QLabel#envelope { background: palette(base); "
                                             "border: 1px solid palette(mid); "
                                             "border-radius: 4px; padding: 6px 8px; }"));
    m_previewTabs = new QTabWidget(previewPage);
    m_previewTabs->setDocumentMode(true);
    m_preview = new HtmlPreview(previewPage);
    m_preview->setObjectName(QStringLiteral("mailingPreview"));
    m_preview->setImageProvider(TemplateEditor::assetImages(m_workspace));
    m_preview->setFitToWidth(true);
    m_previewText = new QPlainTextEdit(previewPage);
    m_previewText->setObjectName(QStringLiteral("previewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_previewTabs->addTab(m_preview, QString());
    m_previewTabs->addTab(m_previewText, QString());
    auto* previewBar = new QHBoxLayout;
    previewBar->addWidget(m_previewForLabel);
    previewBar->addWidget(m_previewContact, 1);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(8, 8, 8, 8);
    previewLayout->setSpacing(6);
    previewLayout->addLayout(previewBar);
    previewLayout->addWidget(m_envelope);
    previewLayout->addWidget(m_previewTabs, 1);
    connect(m_preview, &HtmlPreview::linkHovered, this, [this](const QString& url) {
        if (!url.isEmpty())
            emit message(url);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mailingTabs"));
    m_tabs->addTab(checklistPage, QString());
    m_tabs->addTab(recipientsPage, QString());
    m_tabs->addTab(previewPage, QString());
    m_tabs->setMinimumWidth(380);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_formScroll);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({520, 600}); // the tabs get the room a 600 px preview needs

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_split, 1);

    // Timers.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    connect(m_autosave, &QTimer::timeout, this, &MailingEditor::flush);
    m_checksTimer = new QTimer(this);
    m_checksTimer->setSingleShot(true);
    m_checksTimer->setInterval(ChecksDelayMs);
    connect(m_checksTimer, &QTimer::timeout, this, [this] {
        updateChecklistNow();
        if (m_tabs->currentIndex() == 2)
            updatePreviewNow();
    });
    m_recountTimer = new QTimer(this);
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(RecountDelayMs);
    connect(m_recountTimer, &QTimer::timeout, this, &MailingEditor::recount);
    m_contactTimer = new QTimer(this);
    m_contactTimer->setSingleShot(true);
    m_contactTimer->setInterval(200);
    connect(m_contactTimer, &QTimer::timeout, this,
            [this] { searchPreviewContacts(m_previewContact->text()); });
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_recipientOffset = 0;
        showSealedRecipients();
    });

    // Edits.
    connect(m_name, &QLineEdit::textEdited, this, &MailingEditor::nameEdited);
    for (QLineEdit* edit : {m_subject, m_preheader, m_fromName})
        connect(edit, &QLineEdit::textEdited, this, &MailingEditor::edited);
    connect(m_subject, &QLineEdit::textEdited, this, &MailingEditor::updateSubjectPlaceholder);
    connect(m_fromEmail, &QLineEdit::textEdited, this,
            [this] { addressEdited(m_fromEmail, m_fromProblem); });
    connect(m_replyTo, &QLineEdit::textEdited, this,
            [this] { addressEdited(m_replyTo, m_replyProblem); });
    connect(m_template, &QComboBox::activated, this, [this] {
        m_openTemplate->setEnabled(m_template->currentData().toLongLong() > 0);
        updateSubjectPlaceholder();
        edited();
    });
    connect(m_include, &QListWidget::itemChanged, this, &MailingEditor::audienceEdited);
    connect(m_exclude, &QListWidget::itemChanged, this, &MailingEditor::audienceEdited);
    connect(m_openTracking, &QCheckBox::toggled, this, &MailingEditor::edited);
    connect(m_clickTracking, &QCheckBox::toggled, this, &MailingEditor::edited);
    connect(m_asap, &QRadioButton::toggled, this, [this] {
        m_scheduleEdit->setEnabled(m_at->isChecked() && !isSealed());
        m_timeZone->setEnabled(m_at->isChecked() && !isSealed());
        edited();
    });
    connect(m_scheduleEdit, &QDateTimeEdit::dateTimeChanged, this, &MailingEditor::edited);
    connect(m_timeZone, &QComboBox::activated, this, &MailingEditor::edited);

    // Actions.
    connect(m_back, &QToolButton::clicked, this, &MailingEditor::backRequested);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_mailing)
            emit copyRequested(m_mailing->id);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_mailing)
            emit cancelRequested(m_mailing->id);
    });
    connect(m_scheduleButton, &QPushButton::clicked, this, &MailingEditor::scheduleMailing);
    connect(m_openTemplate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_template->currentData().toLongLong(); id > 0)
            emit templateRequested(id);
    });
    connect(m_senderHint, &QLabel::linkActivated, this, &MailingEditor::settingsRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2)
            updatePreviewNow();
    });

    // The count.
    connect(m_counter, &BackgroundCounter::audienceCounted, this,
            [this](const RecipientCount& count) {
                if (!m_mailing || isSealed() || !m_countedAudience ||
                    *m_countedAudience != typedAudience())
                    return; // a count of something no longer shown
                m_count = count;
                m_countError.clear();
                showCount();
                updateChecklistNow();
                emit recipientsCounted(m_mailing->id, count.selected);
            });
    connect(m_counter, &BackgroundCounter::audienceFailed, this, [this](const QString& error) {
        if (!m_mailing || isSealed() || !m_countedAudience || *m_countedAudience != typedAudience())
            return;
        m_count.reset();
        m_countError = error;
        showCount();
        updateChecklistNow();
    });
    connect(m_counter, &BackgroundCounter::busyChanged, this, [this] {
        showCount();
        showChecklist();
    });

    // Recipients of a sealed mailing.
    connect(m_recipientFilter, &QLineEdit::textEdited, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_previousPage, &QPushButton::clicked, this, [this] {
        m_recipientOffset = std::max(0, m_recipientOffset - RecipientPageSize);
        showSealedRecipients();
    });
    connect(m_nextPage, &QPushButton::clicked, this, [this] {
        m_recipientOffset += RecipientPageSize;
        showSealedRecipients();
    });
    connect(m_recipientTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_recipientTable->item(row, 0)) {
            previewFor(item->text());
            m_tabs->setCurrentIndex(2);
        }
    });

    // The preview's person.
    connect(m_previewContact, &QLineEdit::textEdited, m_contactTimer, qOverload<>(&QTimer::start));
    connect(m_previewContact, &QLineEdit::returnPressed, this,
            [this] { previewFor(m_previewContact->text()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& choice) {
                const int open = choice.lastIndexOf(QLatin1Char('<'));
                previewFor(open >= 0 && choice.endsWith(QLatin1Char('>'))
                               ? choice.mid(open + 1).chopped(1)
                               : choice);
            });

    m_previewPerson = TemplateEditor::sampleContact();
    retranslate();
    setEnabled(false);
}

MailingEditor::~MailingEditor()
{
    flush();
}

void MailingEditor::retranslate()
{
    m_back->setText(tr("← All mailings"));
    m_back->setToolTip(tr("Back to the list of mailings. Your changes are saved."));
    m_name->setPlaceholderText(tr("Name of the mailing (only you see it)"));
    m_copyButton->setText(tr("Make a copy"));
    m_copyButton->setToolTip(tr("A new draft with the same content, to change and schedule"));
    m_cancelButton->setText(tr("Cancel mailing…"));
    m_cancelButton->setToolTip(tr("Stop this mailing: it is not sent to anyone who has not "
                                  "received it yet"));

    m_messageHeading->setText(tr("Message"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_fieldButton->setText(tr("Insert field"));
    m_fieldButton->setToolTip(tr("Put a merge field in the subject, such as the first name"));
    fillFieldMenu();
    m_preheaderLabel->setText(tr("&Preheader:"));
    m_preheader->setPlaceholderText(tr("Optional: a short line shown after the subject"));
    m_preheaderHint->setText(tr("Many mail programs show this line next to or below the "
                                "subject, before the mail is opened."));
    m_templateLabel->setText(tr("&Template:"));
    m_openTemplate->setText(tr("Open"));
    m_openTemplate->setToolTip(tr("Show this template in the Templates area"));

    m_senderHeading->setText(tr("Sender"));
    m_fromNameLabel->setText(tr("From &name:"));
    m_fromEmailLabel->setText(tr("From &address:"));
    m_replyToLabel->setText(tr("&Reply-to:"));
    m_replyTo->setPlaceholderText(tr("Optional: where replies go, if not the From address"));
    m_senderHint->setText(tr("Empty fields use your defaults from <a href=\"settings\">Settings "
                             "→ Sender</a>."));

    m_audienceHeading->setText(tr("Audience"));
    m_includeLabel->setText(tr("Send &to:"));
    m_excludeLabel->setText(tr("&Leave out:"));
    m_audienceHint->setText(
        tr("Contacts in any ticked list or segment on the left receive the mailing, unless they "
           "are in one ticked on the right. Only contacts subscribed to the newsletter are "
           "mailed, and never an address on the suppression list."));

    m_trackingHeading->setText(tr("Tracking"));
    m_openTracking->setText(tr("Track &opens"));
    m_openHint->setText(tr("Adds an invisible image that tells you who opened the mailing and "
                           "when. That is personal data about reading habits: mention it in "
                           "your privacy statement. Many mail programs block it, so the "
                           "figures are rough."));
    m_clickTracking->setText(tr("Track &clicks"));
    m_clickHint->setText(tr("Links go through Sendtrix first, so you see who clicked which link. "
                            "That is personal data too: mention it in your privacy statement. "
                            "Without it you still see how many unsubscribed."));

    m_whenHeading->setText(tr("Send time"));
    m_asap->setText(tr("As soon as &possible after scheduling"));
    m_at->setText(tr("&At:"));
    m_zoneLabel->setText(tr("Time &zone:"));
    m_scheduleEdit->setToolTip(tr("Date and time in the chosen time zone"));

    m_scheduleButton->setText(tr("Schedule…"));
    m_scheduleButton->setToolTip(tr("Choose to send it: you confirm the recipients and the time "
                                    "first"));
    m_tabs->setTabText(0, isSealed() ? tr("Status") : tr("Checklist"));
    m_tabs->setTabText(1, tr("Recipients"));
    m_tabs->setTabText(2, tr("Preview"));
    m_checklistIntro->setText(tr("Everything must be ticked before the mailing can be "
                                 "scheduled. Scheduling seals it: the recipients, content and "
                                 "sender are fixed from then on."));
    m_recipientFilter->setPlaceholderText(tr("Filter by name or e-mail address"));
    m_recipientTable->setHorizontalHeaderLabels(
        {tr("E-mail address"), tr("Name"), tr("Consent when sealed")});
    m_previousPage->setText(tr("Previous"));
    m_nextPage->setText(tr("Next"));
    m_filterHint->setText(tr("Double-click a recipient to preview the mailing as they get it."));
    m_previewForLabel->setText(tr("Preview &for:"));
    m_previewContact->setPlaceholderText(tr("Name or e-mail of a contact"));
    m_previewContact->setToolTip(tr("Type a name or address to see the mailing as that person "
                                    "gets it. Empty: a sample contact."));
    m_previewTabs->setTabText(0, tr("HTML"));
    m_previewTabs->setTabText(1, tr("Plain text"));
    m_template->setItemText(0, tr("Choose a template…"));

    // One label column for the whole form, so the fields of every section line up.
    const QList<QLabel*> labels{m_subjectLabel,  m_preheaderLabel, m_templateLabel,
                                m_fromNameLabel, m_fromEmailLabel, m_replyToLabel};
    int labelWidth = 0;
    for (QLabel* label : labels) {
        label->setMinimumWidth(0);
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel* label : labels)
        label->setMinimumWidth(labelWidth);

    updateSenderPlaceholders();
    updateSubjectPlaceholder();
    updateReadOnly();
    updateSaveState();
    if (m_mailing) {
        fillAudience(typedAudience());
        showCount();
        updateChecklistNow();
    }
}

void MailingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MailingEditor::hideEvent(QHideEvent* event)
{
    flush();
    QWidget::hideEvent(event);
}

void MailingEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_mailing) {
        // The sender profile may have changed in Settings meanwhile.
        updateSenderPlaceholders();
        updateChecklistNow();
    }
}

void MailingEditor::fillFieldMenu()
{
    QMenu* menu = m_fieldButton->menu();
    menu->clear();
    const struct
    {
        const char* tag;
        const char* label;
    } fields[] = {
        {"{{first_name}}", QT_TR_NOOP("First name")},
        {"{{last_name}}", QT_TR_NOOP("Last name")},
        {"{{company}}", QT_TR_NOOP("The contact's company")},
        {"{{city}}", QT_TR_NOOP("Town")},
        {"{{sender_name}}", QT_TR_NOOP("Your company name (Settings)")},
    };
    for (const auto& f : fields) {
        const QString tag = QString::fromLatin1(f.tag);
        QAction* a = menu->addAction(QStringLiteral("%1    %2").arg(tr(f.label), tag));
        connect(a, &QAction::triggered, this, [this, tag] {
            m_subject->insert(tag);
            m_subject->setFocus();
            edited();
        });
    }
}

// ---------------------------------------------------------------------------------------
// Opening and saving

bool MailingEditor::open(qint64 mailingId)
{
    if (m_mailing && m_mailing->id == mailingId)
        return true;
    flush();
    const auto m = m_workspace.mailings().findById(mailingId);
    if (!m || m->deleted) {
        m_mailing.reset();
        setEnabled(false);
        return false;
    }
    m_previewChosen = false;
    m_previewPerson = TemplateEditor::sampleContact();
    m_previewContact->clear();
    m_previewContact->setStyleSheet({});
    m_recipientFilter->clear();
    m_recipientOffset = 0;
    load(*m);
    return true;
}

void MailingEditor::load(const Mailing& m)
{
    m_autosave->stop();
    m_loading = true;
    m_mailing = m;
    m_name->setText(m.name);
    m_subject->setText(m.subject);
    m_preheader->setText(m.preheader);
    m_fromName->setText(m.fromName);
    m_fromEmail->setText(m.fromEmail);
    m_replyTo->setText(m.replyTo);
    m_openTracking->setChecked(m.openTracking);
    m_clickTracking->setChecked(m.clickTracking);
    for (QLabel* problem : {m_nameProblem, m_fromProblem, m_replyProblem})
        problem->hide();
    selectTimeZone(m.timeZone.isEmpty() ? MailingFormat::systemZone() : m.timeZone);
    if (m.scheduleAt) {
        const QTimeZone zone(typedTimeZone().toUtf8());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*m.scheduleAt, zone);
        m_scheduleEdit->setDateTime(QDateTime(at.date(), at.time()));
        m_at->setChecked(true);
    } else {
        // A sensible time to offer: tomorrow at nine.
        m_scheduleEdit->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
        m_asap->setChecked(true);
    }
    fillTemplates();
    fillAudience(m.audience);
    m_dirty = false;
    m_dirtySince = 0;
    m_saveError.clear();
    m_savedAt = m.updatedAt;
    m_count.reset();
    m_countError.clear();
    m_countedAudience.reset();
    m_loading = false;
    setEnabled(true);

    const QColor colour = MailingFormat::stateColor(m.state);
    m_stateBadge->setText(MailingFormat::stateLabel(m.state));
    m_stateBadge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; "
                                               "border-radius: 9px; padding: 2px 10px; "
                                               "font-weight: bold; }")
                                    .arg(colour.name()));
    if (m.isSealed()) {
        m_bannerText->setText(
            tr("This mailing is sealed (scheduled on %1). To change it, make a copy.")
                .arg(MailingFormat::when(*m.sealedAt, m.timeZone, true)));
        m_cancelButton->setVisible(MailingStates::canTransition(m.state, MailingState::Cancelled));
        m_banner->show();
        m_recipientFilter->clear();
        m_recipientOffset = 0;
        // The preview shows a real recipient of the mailing.
        const auto first = m_workspace.mailings().recipients(m.id, QString(), 1, 0);
        if (!first.isEmpty()) {
            m_previewPerson = contactFrom(first.first());
            m_previewChosen = true;
        }
    } else {
        m_banner->hide();
    }
    updateReadOnly();
    updateSenderPlaceholders();
    updateSubjectPlaceholder();
    updateSaveState();
    if (m.isSealed()) {
        showSealedRecipients();
        showCount();
    } else {
        recount();
    }
    updateChecklistNow();
    if (m_tabs->currentIndex() == 2)
        updatePreviewNow();
}

void MailingEditor::updateReadOnly()
{
    const bool sealed = isSealed();
    for (QLineEdit* edit : {m_name, m_subject, m_preheader, m_fromName, m_fromEmail, m_replyTo})
        edit->setReadOnly(sealed);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_template, m_include, m_exclude, m_openTracking,
                                         m_clickTracking, m_asap, m_at, m_fieldButton})
        w->setEnabled(!sealed);
    m_scheduleEdit->setEnabled(!sealed && m_at->isChecked());
    m_timeZone->setEnabled(!sealed && m_at->isChecked());
    m_fieldButton->setVisible(!sealed);
    m_openTemplate->setVisible(!sealed); // the template may have changed since it was sealed
    m_tabs->setTabText(0, sealed ? tr("Status") : tr("Checklist"));
    m_previewContact->setPlaceholderText(sealed ? tr("Name or e-mail of a recipient")
                                                : tr("Name or e-mail of a contact"));
    m_senderHint->setVisible(!sealed);
    m_preheaderHint->setVisible(!sealed);
    m_saveState->setVisible(!sealed);
    m_checklistIntro->setVisible(!sealed);
    m_checklistItems->setVisible(!sealed);
    m_scheduleButton->setVisible(!sealed);
    m_scheduleNote->setVisible(!sealed);
    m_sealedInfo->setVisible(sealed);
    m_breakdown->setVisible(!sealed);
    m_countBusy->setVisible(!sealed);
    m_sealedRecipients->setVisible(sealed);
}

void MailingEditor::selectTimeZone(const QString& zone)
{
    int index = m_timeZone->findData(zone);
    if (index < 0) {
        m_timeZone->addItem(zone, zone);
        index = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(index);
}

QString MailingEditor::typedTimeZone() const
{
    const QString zone = m_timeZone->currentData().toString();
    return zone.isEmpty() ? MailingFormat::systemZone() : zone;
}

std::optional<qint64> MailingEditor::typedScheduleAt() const
{
    if (!m_at->isChecked())
        return std::nullopt;
    const QDateTime wall = m_scheduleEdit->dateTime();
    const QDateTime at(wall.date(), wall.time(), QTimeZone(typedTimeZone().toUtf8()));
    return at.toMSecsSinceEpoch();
}

Audience MailingEditor::typedAudience() const
{
    Audience a;
    const auto collect = [](QListWidget* list, QStringList& lists, QStringList& segments) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem* item = list->item(i);
            if (item->data(KindRole).toString() == kHeader || item->checkState() != Qt::Checked)
                continue;
            (item->data(KindRole).toString() == kList ? lists : segments)
                << item->data(UuidRole).toString();
        }
    };
    collect(m_include, a.includeLists, a.includeSegments);
    collect(m_exclude, a.excludeLists, a.excludeSegments);
    return a;
}

Mailing MailingEditor::typed() const
{
    Mailing m = *m_mailing;
    if (m.isSealed())
        return m;
    m.name = m_name->text().simplified();
    m.subject = m_subject->text();
    m.preheader = m_preheader->text();
    m.fromName = m_fromName->text();
    m.fromEmail = m_fromEmail->text().trimmed();
    m.replyTo = m_replyTo->text().trimmed();
    const qint64 templateId = m_template->currentData().toLongLong();
    m.templateId = templateId > 0 ? std::optional<qint64>(templateId) : std::nullopt;
    m.audience = typedAudience();
    m.openTracking = m_openTracking->isChecked();
    m.clickTracking = m_clickTracking->isChecked();
    m.scheduleAt = typedScheduleAt();
    m.timeZone = typedTimeZone();
    return m;
}

Mailing MailingEditor::savable() const
{
    Mailing m = typed();
    // What cannot be stored is held back (its note says why); the rest is saved.
    if (!m_nameProblem->isHidden())
        m.name = m_mailing->name;
    if (!m_fromProblem->isHidden())
        m.fromEmail = m_mailing->fromEmail;
    if (!m_replyProblem->isHidden())
        m.replyTo = m_mailing->replyTo;
    if (m.templateId) {
        const auto t = m_workspace.templates().findById(*m.templateId);
        if (!t || t->deleted)
            m.templateId.reset(); // deleted meanwhile: the checklist asks for another
    }
    return m;
}

void MailingEditor::edited()
{
    if (m_loading || !m_mailing || isSealed())
        return;
    const qint64 now = Clock::nowMs();
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince = now;
    }
    const qint64 waited = now - m_dirtySince;
    if (waited >= AutosaveMaxDelayMs)
        flush();
    else
        m_autosave->start(int(std::min<qint64>(AutosaveIdleMs, AutosaveMaxDelayMs - waited)));
    m_checksTimer->start();
    updateSaveState();
}

void MailingEditor::nameEdited()
{
    if (m_loading || !m_mailing)
        return;
    const QString name = m_name->text().simplified();
    QString problem;
    if (name.isEmpty())
        problem = tr("A mailing needs a name.");
    else if (const auto other = m_workspace.mailings().findByName(name);
             other && other->id != m_mailing->id)
        problem = tr("Another mailing is called “%1”.").arg(other->name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    edited();
}

void MailingEditor::addressEdited(QLineEdit* edit, QLabel* problem)
{
    if (m_loading || !m_mailing)
        return;
    const QString address = edit->text().trimmed();
    const bool bad = !address.isEmpty() && !EmailAddress::isValid(address);
    problem->setText(bad ? tr("“%1” is not a complete e-mail address yet; it is saved once it "
                              "is one.")
                               .arg(address)
                         : QString());
    problem->setVisible(bad);
    edited();
}

void MailingEditor::audienceEdited(QListWidgetItem* item)
{
    if (m_loading || !m_mailing || !item)
        return;
    // A list or segment is either sent to or left out, not both.
    if (item->checkState() == Qt::Checked) {
        QListWidget* other = item->listWidget() == m_include ? m_exclude : m_include;
        const QString uuid = item->data(UuidRole).toString();
        for (int i = 0; i < other->count(); ++i) {
            QListWidgetItem* twin = other->item(i);
            if (twin->data(UuidRole).toString() == uuid && twin->checkState() == Qt::Checked) {
                const QSignalBlocker block(other);
                twin->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_count.reset();
    m_countError.clear();
    m_countedAudience.reset();
    m_recountTimer->start();
    showCount();
    edited();
}

bool MailingEditor::write()
{
    m_autosave->stop();
    if (!m_mailing || isSealed())
        return true;
    m_saving = true; // the store announces the save before it returns
    auto saved = m_workspace.saveMailing(savable());
    m_saving = false;
    if (!saved.ok()) {
        m_saveError = saved.error().message;
        updateSaveState();
        return false;
    }
    m_mailing = saved.value();
    m_dirty = false;
    m_dirtySince = 0;
    m_saveError.clear();
    m_savedAt = Clock::nowMs();
    updateSaveState();
    return true;
}

bool MailingEditor::flush()
{
    m_autosave->stop();
    if (!m_mailing || !m_dirty || m_scheduling)
        return true;
    return write();
}

void MailingEditor::updateSaveState()
{
    if (!m_saveError.isEmpty()) {
        m_saveState->setStyleSheet(kProblem);
        m_saveState->setText(tr("Not saved: %1").arg(m_saveError));
        return;
    }
    m_saveState->setStyleSheet(kMuted);
    if (!m_mailing)
        m_saveState->clear();
    else if (m_dirty)
        m_saveState->setText(tr("Saving…"));
    else if (!m_nameProblem->isHidden() || !m_fromProblem->isHidden() ||
             !m_replyProblem->isHidden())
        m_saveState->setText(tr("Saved, except the fields marked in red"));
    else
        m_saveState->setText(
            tr("All changes saved (%1)")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_savedAt).time(),
                                        QLocale::ShortFormat)));
}

void MailingEditor::reloadIfChangedElsewhere()
{
    if (!m_mailing || m_saving || m_scheduling)
        return;
    const auto stored = m_workspace.mailings().findById(m_mailing->id);
    if (!stored || stored->deleted) {
        m_mailing.reset();
        setEnabled(false);
        emit backRequested();
        return;
    }
    const bool same = stored->sameContent(*m_mailing) && stored->name == m_mailing->name &&
                      stored->scheduleAt == m_mailing->scheduleAt &&
                      stored->state == m_mailing->state && stored->sealedAt == m_mailing->sealedAt;
    if (same)
        return;
    if (m_dirty && !stored->isSealed()) {
        // Both changed: the edits here win at the next save.
        m_mailing = *stored;
        emit message(tr("“%1” was changed by another program as well. Your version is kept.")
                         .arg(stored->name));
        return;
    }
    if (m_dirty)
        emit message(tr("“%1” was scheduled by another program; your last changes could not be "
                        "saved in it. Make a copy to use them.")
                         .arg(stored->name));
    const int tab = m_tabs->currentIndex();
    const int scroll = m_formScroll->verticalScrollBar()->value();
    load(*stored);
    m_tabs->setCurrentIndex(tab);
    m_formScroll->verticalScrollBar()->setValue(scroll);
}

void MailingEditor::settingsChanged()
{
    if (!m_mailing)
        return;
    updateSenderPlaceholders();
    updateChecklistNow();
    if (m_tabs->currentIndex() == 2)
        updatePreviewNow();
}

void MailingEditor::updateSenderPlaceholders()
{
    // A sealed mailing shows the identity frozen into it; a draft the defaults of Settings.
    const Settings settings;
    const bool sealed = isSealed();
    const QString name = sealed ? m_mailing->sender.value(QStringLiteral("from_name")).toString()
                                : settings.senderFromName();
    const QString email = sealed ? m_mailing->sender.value(QStringLiteral("from_email")).toString()
                                 : settings.senderFromEmail();
    m_fromName->setPlaceholderText(name.isEmpty() ? tr("No default yet: type a name here") : name);
    m_fromEmail->setPlaceholderText(email.isEmpty() ? tr("No default yet: type an address here")
                                                    : email);
}

void MailingEditor::updateSubjectPlaceholder()
{
    const qint64 id = m_template->currentData().toLongLong();
    std::optional<Template> t;
    if (id > 0)
        t = m_workspace.templates().findById(id);
    if (t && !t->deleted && !t->subject.trimmed().isEmpty())
        m_subject->setPlaceholderText(tr("Empty: the template's subject, “%1”").arg(t->subject));
    else
        m_subject->setPlaceholderText(tr("Merge fields such as {{first_name}} work here"));
}

// ---------------------------------------------------------------------------------------
// Choices: templates, lists and segments

void MailingEditor::refreshChoices()
{
    if (!m_mailing)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 chosen = m_template->currentData().toLongLong();
    const Audience audience = typedAudience();
    fillTemplates();
    if (chosen > 0 && !isSealed()) {
        const int index = m_template->findData(chosen);
        if (index >= 0)
            m_template->setCurrentIndex(index);
    }
    fillAudience(isSealed() ? m_mailing->audience : audience);
    m_loading = wasLoading;
    updateSubjectPlaceholder();
    m_checksTimer->start();
    if (!isSealed())
        m_recountTimer->start();
}

void MailingEditor::fillTemplates()
{
    const QSignalBlocker block(m_template);
    m_template->clear();
    m_template->addItem(tr("Choose a template…"), qint64(0));
    for (const Template& t : m_workspace.templates().all())
        m_template->addItem(t.name, t.id);
    const std::optional<qint64> id = m_mailing ? m_mailing->templateId : std::nullopt;
    if (!id) {
        m_template->setCurrentIndex(0);
    } else if (const int index = m_template->findData(*id); index >= 0) {
        m_template->setCurrentIndex(index);
    } else {
        // Deleted since it was chosen: said so, in red, until another is chosen.
        const auto t = m_workspace.templates().findById(*id);
        const QString name = t ? t->name : QString();
        m_template->addItem(
            isSealed() ? tr("%1 (deleted since; the mailing keeps its copy)")
                             .arg(name.isEmpty() ? tr("Template") : name)
                       : tr("%1 (no longer exists)").arg(name.isEmpty() ? tr("Template") : name),
            *id);
        m_template->setItemData(m_template->count() - 1, QColor(QStringLiteral("#b42318")),
                                Qt::ForegroundRole);
        m_template->setCurrentIndex(m_template->count() - 1);
    }
    m_openTemplate->setEnabled(m_template->currentIndex() > 0);
}

void MailingEditor::fillAudience(const Audience& chosen)
{
    QVector<ContactListInfo> lists = m_workspace.lists().all();
    QVector<Segment> segments = m_workspace.segments().all();
    const QLocale locale;
    const auto fill = [&](QListWidget* widget, const QStringList& chosenLists,
                          const QStringList& chosenSegments) {
        const QSignalBlocker block(widget);
        const int scroll = widget->verticalScrollBar()->value();
        widget->clear();
        const auto addHeader = [widget](const QString& text) {
            auto* item = new QListWidgetItem(text, widget);
            item->setFlags(Qt::ItemIsEnabled);
            item->setData(KindRole, kHeader);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(widget->palette().color(QPalette::PlaceholderText));
        };
        const auto addItem = [widget](const QString& text, const QString& uuid, const QString& kind,
                                      bool checked) {
            auto* item = new QListWidgetItem(text, widget);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setData(UuidRole, uuid);
            item->setData(KindRole, kind);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return item;
        };
        const auto addMissing = [&](const QString& uuid, const QString& kind) {
            QListWidgetItem* item = addItem(
                kind == kList ? tr("A deleted list") : tr("A deleted segment"), uuid, kind, true);
            item->setData(MissingRole, true);
            item->setForeground(QColor(QStringLiteral("#b42318")));
            item->setToolTip(
                kind == kList
                    ? tr("This list no longer exists. Untick it: the mailing cannot be counted "
                         "or scheduled while it names a list that is gone.")
                    : tr("This segment no longer exists. Untick it: the mailing cannot be "
                         "counted or scheduled while it names a segment that is gone."));
        };
        if (lists.isEmpty() && segments.isEmpty() && chosenLists.isEmpty() &&
            chosenSegments.isEmpty()) {
            auto* empty = new QListWidgetItem(tr("No lists or segments yet. Make a list under "
                                                 "Contacts."),
                                              widget);
            empty->setFlags(Qt::NoItemFlags);
            empty->setData(KindRole, kHeader);
            return;
        }
        addHeader(tr("Lists"));
        QSet<QString> known;
        for (const ContactListInfo& l : std::as_const(lists)) {
            QListWidgetItem* item =
                addItem(QStringLiteral("%1 (%2)").arg(l.name, locale.toString(l.memberCount)),
                        l.uuid, kList, chosenLists.contains(l.uuid));
            item->setToolTip(counted(tr("%n contact(s) in this list", nullptr,
                                        int(std::min<qint64>(l.memberCount, INT_MAX))),
                                     l.memberCount));
            known.insert(l.uuid);
        }
        for (const QString& uuid : chosenLists)
            if (!known.contains(uuid))
                addMissing(uuid, kList);
        if (lists.isEmpty() && chosenLists.isEmpty()) {
            auto* none = new QListWidgetItem(tr("No lists yet"), widget);
            none->setFlags(Qt::NoItemFlags);
            none->setData(KindRole, kHeader);
        }
        addHeader(tr("Segments"));
        known.clear();
        for (const Segment& s : std::as_const(segments)) {
            QListWidgetItem* item =
                addItem(s.name, s.uuid, kSegment, chosenSegments.contains(s.uuid));
            item->setToolTip(tr("Segment: the contacts that match its rules when the mailing "
                                "is scheduled"));
            known.insert(s.uuid);
        }
        for (const QString& uuid : chosenSegments)
            if (!known.contains(uuid))
                addMissing(uuid, kSegment);
        if (segments.isEmpty() && chosenSegments.isEmpty()) {
            auto* none = new QListWidgetItem(tr("No segments yet"), widget);
            none->setFlags(Qt::NoItemFlags);
            none->setData(KindRole, kHeader);
        }
        widget->verticalScrollBar()->setValue(scroll);
    };
    fill(m_include, chosen.includeLists, chosen.includeSegments);
    fill(m_exclude, chosen.excludeLists, chosen.excludeSegments);
}

bool MailingEditor::setAudienceItem(const QString& uuid, bool exclude, bool checked)
{
    QListWidget* widget = exclude ? m_exclude : m_include;
    for (int i = 0; i < widget->count(); ++i) {
        QListWidgetItem* item = widget->item(i);
        if (item->data(KindRole).toString() != kHeader && item->data(UuidRole) == uuid) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Recipients

bool MailingEditor::isCounting() const
{
    return m_counter->busy() || m_recountTimer->isActive();
}

void MailingEditor::recount()
{
    m_recountTimer->stop();
    if (!m_mailing || isSealed())
        return;
    const Audience audience = typedAudience();
    if (audience.includesNothing()) {
        m_count.reset();
        m_countError.clear();
        m_countedAudience.reset();
    } else {
        m_countedAudience = audience;
        m_counter->countAudience(audience); // on its own thread: a million contacts take seconds
    }
    showCount();
    showChecklist();
}

QString MailingEditor::shownExcluded(const QString& reason) const
{
    const QLabel* label = m_reasonValues.value(reason);
    return label ? label->text() : QString();
}

void MailingEditor::showCount()
{
    if (!m_mailing)
        return;
    const QLocale locale;
    if (isSealed()) {
        const qint64 n = m_workspace.mailings().recipientCount(m_mailing->id);
        m_countHeadline->setText(
            counted(tr("%n recipient(s)", nullptr, int(std::min<qint64>(n, INT_MAX))), n));
        m_countSub->setText(tr("Fixed when the mailing was scheduled on %1: later changes to "
                               "contacts, lists or consent do not change who receives it.")
                                .arg(MailingFormat::when(m_mailing->sealedAt.value_or(0),
                                                         m_mailing->timeZone, true)));
        return;
    }
    const bool busy = isCounting() && !typedAudience().includesNothing();
    m_countBusy->setText(busy ? tr("Counting…") : QString());
    m_countBusy->setVisible(busy);

    // The breakdown is made again each time: the reasons shown depend on the count.
    m_reasonValues.clear();
    while (QLayoutItem* item = m_breakdownLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (typedAudience().includesNothing()) {
        m_countHeadline->setText(tr("No audience chosen yet"));
        m_countSub->setText(tr("Tick the lists or segments this mailing goes to, under "
                               "Audience."));
        m_breakdown->hide();
        return;
    }
    if (!m_countError.isEmpty()) {
        m_countHeadline->setText(tr("Cannot count the recipients"));
        m_countSub->setText(m_countError);
        m_countSub->setStyleSheet(kProblem);
        m_breakdown->hide();
        return;
    }
    m_countSub->setStyleSheet(kMuted);
    if (!m_count) {
        m_countHeadline->setText(tr("Counting recipients…"));
        m_countSub->setText(tr("Counting is done in the background; you can go on working."));
        m_breakdown->hide();
        return;
    }
    const RecipientCount& c = *m_count;
    m_countHeadline->setText(counted(
        tr("%n recipient(s)", nullptr, int(std::min<qint64>(c.selected, INT_MAX))), c.selected));
    m_countSub->setText(
        counted(tr("of the %n contact(s) in the chosen lists and segments, as of now. The "
                   "recipients are fixed when the mailing is scheduled.",
                   nullptr, int(std::min<qint64>(c.total, INT_MAX))),
                c.total));

    int row = 0;
    const auto addRow = [&](const QString& reason, const QString& label, qint64 value, int indent,
                            const QString& tip = {}) {
        auto* name = new QLabel(label, m_breakdown);
        name->setContentsMargins(indent, 0, 0, 0);
        name->setWordWrap(true);
        auto* number = new QLabel(locale.toString(value), m_breakdown);
        number->setObjectName(QStringLiteral("reason_%1").arg(reason));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (indent > 0) {
            name->setStyleSheet(kMuted);
            number->setStyleSheet(kMuted);
        }
        if (!tip.isEmpty()) {
            name->setToolTip(tip);
            number->setToolTip(tip);
        }
        m_breakdownLayout->addWidget(name, row, 0);
        m_breakdownLayout->addWidget(number, row, 1);
        m_reasonValues.insert(reason, number);
        ++row;
    };
    const qint64 leftOut = c.total - c.selected;
    auto* title = new QLabel(m_breakdown);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    title->setText(counted(
        tr("Left out: %n contact(s)", nullptr, int(std::min<qint64>(leftOut, INT_MAX))), leftOut));
    m_breakdownLayout->addWidget(title, row++, 0, 1, 2);
    addRow(QStringLiteral("notSubscribed"), tr("Not subscribed to the newsletter"), c.notSubscribed,
           0, tr("Only contacts whose newsletter consent is “subscribed” receive mailings."));
    const struct
    {
        const char* state;
        const char* label;
    } states[] = {
        {"pending", QT_TR_NOOP("Waiting for confirmation")},
        {"unsubscribed", QT_TR_NOOP("Unsubscribed")},
        {"bounced", QT_TR_NOOP("Address bounced")},
        {"complained", QT_TR_NOOP("Marked a mailing as spam")},
        {"none", QT_TR_NOOP("No consent recorded")},
    };
    for (const auto& s : states) {
        const qint64 n = c.notSubscribedByState.value(QString::fromLatin1(s.state));
        if (n > 0)
            addRow(QString::fromLatin1(s.state), tr(s.label), n, 18);
    }
    addRow(QStringLiteral("suppressed"), tr("On the suppression list"), c.suppressed, 0,
           tr("Addresses that must never be mailed again: they unsubscribed, bounced or "
              "complained before, possibly as another contact."));
    addRow(QStringLiteral("excluded"), tr("In a list or segment you leave out"), c.excluded, 0);
    addRow(QStringLiteral("deleted"), tr("Deleted contacts still in a list"), c.deleted, 0);
    m_breakdownLayout->setColumnStretch(0, 1);
    m_breakdown->show();
}

void MailingEditor::showSealedRecipients()
{
    if (!m_mailing || !isSealed())
        return;
    const QString filter = m_recipientFilter->text().trimmed();
    QVector<MailingRecipient> page = m_workspace.mailings().recipients(
        m_mailing->id, filter, RecipientPageSize + 1, m_recipientOffset);
    const bool more = page.size() > RecipientPageSize;
    if (more)
        page.resize(RecipientPageSize);
    m_recipientTable->setRowCount(int(page.size()));
    const QLocale locale;
    for (int row = 0; row < page.size(); ++row) {
        const MailingRecipient& r = page.at(row);
        const QString name = QStringLiteral("%1 %2").arg(r.firstName, r.lastName).trimmed();
        m_recipientTable->setItem(row, 0, new QTableWidgetItem(r.email));
        m_recipientTable->setItem(row, 1, new QTableWidgetItem(name));
        m_recipientTable->setItem(row, 2,
                                  new QTableWidgetItem(r.consentState == QLatin1String("subscribed")
                                                           ? tr("Subscribed")
                                                           : r.consentState));
    }
    if (page.isEmpty())
        m_pageLabel->setText(filter.isEmpty() ? tr("No recipients")
                                              : tr("No recipient matches “%1”").arg(filter));
    else if (filter.isEmpty())
        m_pageLabel->setText(
            tr("Showing %1–%2 of %3")
                .arg(locale.toString(m_recipientOffset + 1),
                     locale.toString(m_recipientOffset + page.size()),
                     locale.toString(m_workspace.mailings().recipientCount(m_mailing->id))));
    else
        m_pageLabel->setText(tr("Showing %1–%2")
                                 .arg(locale.toString(m_recipientOffset + 1),
                                      locale.toString(m_recipientOffset + page.size())));
    m_previousPage->setEnabled(m_recipientOffset > 0);
    m_nextPage->setEnabled(more);
}

// ---------------------------------------------------------------------------------------
// Checklist and scheduling

void MailingEditor::updateChecklistNow()
{
    m_checksTimer->stop();
    if (!m_mailing)
        return;
    const Mailing m = typed();
    const SenderProfile profile = SenderProfile::fromSettings(Settings());
    if (m.isSealed()) {
        m_checklist = {};
        showChecklist();
        return;
    }
    // Never counted here: the count comes from the worker thread. Until it is there, a
    // stand-in keeps the planner from counting, and the line says "counting".
    std::optional<RecipientCount> count;
    bool pending = false;
    if (!m.audience.includesNothing()) {
        if (m_count && m_countError.isEmpty()) {
            count = m_count;
        } else {
            count = RecipientCount{};
            pending = m_countError.isEmpty();
        }
    }
    m_checklist = MailingPlanner::check(m_workspace, m, profile, Clock::nowMs(), count);
    for (ChecklistItem& item : m_checklist.items) {
        if (item.check != ChecklistItem::Check::Recipients)
            continue;
        if (pending) {
            item.status = ChecklistItem::Status::Failed;
            item.title = tr("Counting recipients…");
            item.detail = tr("The audience is being counted; this takes a moment for large "
                             "lists.");
            m_checklist.recipients.reset();
        } else if (!m_countError.isEmpty()) {
            item.status = ChecklistItem::Status::Failed;
            item.detail = m_countError;
        }
    }
    showChecklist();
}

void MailingEditor::showChecklist()
{
    if (!m_mailing)
        return;
    if (isSealed()) {
        const Mailing& m = *m_mailing;
        const qint64 n = m_workspace.mailings().recipientCount(m.id);
        const QString recipients =
            counted(tr("%n recipient(s)", nullptr, int(std::min<qint64>(n, INT_MAX))), n);
        QString text;
        switch (m.state) {
        case MailingState::Scheduled:
            text = m.scheduleAt
                       ? tr("Scheduled for %1, to %2.")
                             .arg(MailingFormat::when(*m.scheduleAt, m.timeZone, true), recipients)
                       : tr("Scheduled to go out as soon as possible, to %1.").arg(recipients);
            break;
        case MailingState::Sending:
            text = tr("Being sent to %1.").arg(recipients);
            break;
        case MailingState::Sent:
            text = tr("Sent to %1.").arg(recipients);
            break;
        case MailingState::Paused:
            text = tr("Paused. It was scheduled for %1.").arg(recipients);
            break;
        case MailingState::Cancelled:
            text = tr("Cancelled. It was scheduled for %1; those not reached yet get nothing.")
                       .arg(recipients);
            break;
        case MailingState::Failed:
            text = tr("Sending failed. It was scheduled for %1.").arg(recipients);
            break;
        case MailingState::Draft:
            break;
        }
        // What was frozen, so the user can see what goes out.
        const auto line = [](const QString& label, const QString& value) {
            return QStringLiteral("<tr><td style=\"color:#666; padding-right:12px\">%1</td>"
                                  "<td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        const QString fromName = m.sender.value(QStringLiteral("from_name")).toString();
        const QString fromEmail = m.sender.value(QStringLiteral("from_email")).toString();
        QString facts =
            line(tr("Sealed on:"), MailingFormat::when(m.sealedAt.value_or(0), m.timeZone, true));
        facts += line(tr("Send time:"), MailingFormat::sendTime(m, true));
        facts += line(tr("From:"), fromName.isEmpty()
                                       ? fromEmail
                                       : QStringLiteral("%1 <%2>").arg(fromName, fromEmail));
        facts += line(tr("Subject:"), m.templateSubject);
        facts += line(tr("Recipients:"), recipients);
        m_sealedInfo->setText(
            QStringLiteral("<p style=\"font-size:14px\"><b>%1</b></p><p>%2</p>"
                           "<table cellspacing=\"0\" cellpadding=\"2\">%3</table>"
                           "<p style=\"color:#666\">%4</p>")
                .arg(MailingFormat::stateLabel(m.state).toHtmlEscaped(), text.toHtmlEscaped(),
                     facts,
                     tr("The content, sender and recipients were fixed when the mailing was "
                        "scheduled. The Recipients tab lists who gets it; the Preview tab shows "
                        "what they get.")
                         .toHtmlEscaped()));
        return;
    }

    // One row per check: a mark, what is checked, and what to do when it fails.
    while (QLayoutItem* item = m_checklistLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qreal dpr = devicePixelRatioF();
    const bool counting = isCounting() && !typed().audience.includesNothing();
    for (const ChecklistItem& item : std::as_const(m_checklist.items)) {
        const bool pendingCount = item.check == ChecklistItem::Check::Recipients && counting;
        const Mark mark = pendingCount                                   ? Mark::Pending
                          : item.status == ChecklistItem::Status::Passed ? Mark::Passed
                          : item.status == ChecklistItem::Status::Failed ? Mark::Failed
                                                                         : Mark::Advice;
        auto* row = new QWidget(m_checklistItems);
        row->setObjectName(QStringLiteral("check_%1").arg(int(item.check)));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(10);
        auto* icon = new QLabel(row);
        icon->setPixmap(markPixmap(mark, 20, dpr));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        icon->setFixedWidth(22);
        icon->setAccessibleName(mark == Mark::Passed   ? tr("Passed")
                                : mark == Mark::Failed ? tr("Not yet")
                                : mark == Mark::Advice ? tr("Recommended")
                                                       : tr("Counting"));
        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        auto* title = new QLabel(pendingCount ? tr("Counting recipients…") : item.title, row);
        title->setWordWrap(true);
        title->setStyleSheet(mark == Mark::Failed ? QStringLiteral("font-weight: bold;")
                                                  : QString());
        text->addWidget(title);
        if (!item.detail.isEmpty() && !pendingCount) {
            auto* detail = new QLabel(item.detail, row);
            detail->setWordWrap(true);
            detail->setTextFormat(Qt::PlainText);
            detail->setStyleSheet(mark == Mark::Failed ? QStringLiteral("color: #5f2120;")
                                                       : kMuted);
            text->addWidget(detail);
        }
        // Where to put it right, when that is elsewhere.
        QString link;
        using C = ChecklistItem::Check;
        if (item.status == ChecklistItem::Status::Failed) {
            if (item.check == C::SenderProfile ||
                (item.check == C::FromAddress && m_fromEmail->text().trimmed().isEmpty()))
                link = QStringLiteral("<a href=\"settings\">%1</a>").arg(tr("Open Settings…"));
            else if ((item.check == C::Lint || item.check == C::Unsubscribe) &&
                     m_template->currentData().toLongLong() > 0 &&
                     m_checklist.item(C::Template)->status == ChecklistItem::Status::Passed)
                link = QStringLiteral("<a href=\"template\">%1</a>").arg(tr("Open the template"));
        }
        if (!link.isEmpty()) {
            auto* action = new QLabel(link, row);
            action->setTextFormat(Qt::RichText);
            connect(action, &QLabel::linkActivated, this, [this](const QString& target) {
                if (target == QLatin1String("settings"))
                    emit settingsRequested();
                else if (const qint64 id = m_template->currentData().toLongLong(); id > 0)
                    emit templateRequested(id);
            });
            text->addWidget(action);
        }
        rowLayout->addWidget(icon);
        rowLayout->addLayout(text, 1);
        m_checklistLayout->addWidget(row);
    }

    const bool blocked = !m_nameProblem->isHidden();
    const bool ready = m_checklist.passed() && !counting && !blocked;
    m_scheduleButton->setEnabled(ready);
    if (blocked)
        m_scheduleNote->setText(tr("Give the mailing a name that is not taken first."));
    else if (counting)
        m_scheduleNote->setText(tr("Waiting for the recipient count…"));
    else if (!m_checklist.passed())
        m_scheduleNote->setText(tr("Still to do before it can be scheduled: %n item(s).", nullptr,
                                   int(m_checklist.failures().size())));
    else
        m_scheduleNote->setText(tr("Ready. You confirm the recipients and time in the next step."));
}

bool MailingEditor::scheduleMailing()
{
    if (!m_mailing || isSealed())
        return false;
    if (!flush()) {
        QMessageBox::warning(this, tr("Mailing not scheduled"),
                             tr("Your last changes could not be saved: %1").arg(m_saveError));
        return false;
    }
    updateChecklistNow();
    if (!m_scheduleButton->isEnabled())
        return false;
    const Mailing m = typed();
    const qint64 n = m_count ? m_count->selected : 0;
    const QString recipients =
        counted(tr("%n recipient(s)", nullptr, int(std::min<qint64>(n, INT_MAX))), n);
    const QString when = m.scheduleAt
                             ? tr("on %1").arg(MailingFormat::when(*m.scheduleAt, m.timeZone, true))
                             : tr("as soon as possible");
    QMessageBox ask(QMessageBox::Question, tr("Schedule mailing"),
                    tr("Send “%1” to %2 %3?").arg(m.name, recipients, when), QMessageBox::Cancel,
                    this);
    ask.setInformativeText(tr("Scheduling seals the mailing: its content, sender and recipients "
                              "are fixed, and to change it you make a copy. You can still cancel "
                              "it until it has been sent."));
    QPushButton* yes = ask.addButton(tr("Schedule"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmSchedule"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;

    // Checking and sealing select the recipients again, over the whole store: on a worker
    // thread with its own connection, so the window keeps painting.
    const SenderProfile profile = SenderProfile::fromSettings(Settings());
    const QString path = m_workspace.storePath();
    const QString actor = m_workspace.actor();
    const qint64 id = m.id;
    const std::optional<qint64> at = m.scheduleAt;
    const QString zone = m.timeZone;
    const qint64 now = Clock::nowMs();
    Result<int> scheduled = Error{Error::Code::Database, QString()};
    QProgressDialog progress(tr("Sealing “%1” and fixing its recipients…").arg(m.name), QString(),
                             0, 0, this);
    progress.setWindowTitle(tr("Schedule mailing"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    m_scheduling = true;
    runOffGuiThread([&] {
        auto ws = Workspace::open(path, actor);
        if (!ws.ok()) {
            scheduled = ws.error();
            return;
        }
        scheduled = MailingPlanner::schedule(*ws.value(), id, at, zone, profile, now);
    });
    m_scheduling = false;
    progress.close();
    m_workspace.noticeChanges(); // the list and this editor show the sealed mailing
    if (!scheduled.ok()) {
        QMessageBox::warning(this, tr("Mailing not scheduled"), scheduled.errorMessage());
        reloadIfChangedElsewhere();
        updateChecklistNow();
        return false;
    }
    if (const auto stored = m_workspace.mailings().findById(id))
        load(*stored);
    const int sealedCount = scheduled.value();
    emit message(
        tr("“%1” is scheduled %2 for %3.")
            .arg(m.name, when, counted(tr("%n recipient(s)", nullptr, sealedCount), sealedCount)));
    return true;
}

// ---------------------------------------------------------------------------------------
// Preview

void MailingEditor::searchPreviewContacts(const QString& text)
{
    auto* model = qobject_cast<QStringListModel*>(m_previewContact->completer()->model());
    if (!m_mailing || text.trimmed().size() < 2) {
        model->setStringList({});
        return;
    }
    QStringList choices;
    if (isSealed()) {
        for (const MailingRecipient& r :
             m_workspace.mailings().recipients(m_mailing->id, text.trimmed(), 20, 0))
            choices << mailbox(contactFrom(r));
    } else {
        ContactQuery query;
        query.search = text;
        for (const Contact& c : m_workspace.contacts().page(query, 0, 20))
            choices << mailbox(c);
    }
    model->setStringList(choices);
    m_previewContact->completer()->complete();
}

bool MailingEditor::previewFor(const QString& email)
{
    if (!m_mailing)
        return false;
    const QString address = email.trimmed();
    if (address.isEmpty()) {
        m_previewPerson = TemplateEditor::sampleContact();
        m_previewChosen = false;
        m_previewContact->setStyleSheet({});
        updatePreviewNow();
        return true;
    }
    std::optional<Contact> person;
    if (isSealed()) {
        for (const MailingRecipient& r :
             m_workspace.mailings().recipients(m_mailing->id, address, 20, 0))
            if (r.email.compare(address, Qt::CaseInsensitive) == 0)
                person = contactFrom(r);
    } else {
        person = m_workspace.contacts().findByEmail(address);
    }
    if (!person) {
        const QString why = isSealed() ? tr("%1 is not a recipient of this mailing.").arg(address)
                                       : tr("No contact has the address %1.").arg(address);
        m_previewContact->setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e2; }"));
        m_previewContact->setToolTip(why);
        emit message(why);
        return false;
    }
    m_previewContact->setStyleSheet({});
    m_previewContact->setToolTip({});
    m_previewContact->setText(mailbox(*person));
    m_previewPerson = *person;
    m_previewChosen = true;
    updatePreviewNow();
    return true;
}

void MailingEditor::updatePreviewNow()
{
    if (!m_mailing)
        return;
    const SenderProfile profile = SenderProfile::fromSettings(Settings());
    auto preview = MailingPlanner::preview(m_workspace, typed(), m_previewPerson, profile);
    if (!preview.ok()) {
        m_envelope->setText(QStringLiteral("<span style=\"color:#b42318\">%1</span>")
                                .arg(preview.errorMessage().toHtmlEscaped()));
        m_preview->setHtml(QString());
        m_previewText->clear();
        return;
    }
    const MailingPlanner::Preview& p = preview.value();
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:#666; padding-right:10px\">%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows = row(tr("From:"), p.from.isEmpty() ? tr("(no sender yet)") : p.from);
    rows += row(tr("To:"), m_previewChosen ? p.to : tr("%1 (a sample contact)").arg(p.to));
    rows += QStringLiteral("<tr><td style=\"color:#666; padding-right:10px\">%1</td>"
                           "<td><b>%2</b></td></tr>")
                .arg(tr("Subject:").toHtmlEscaped(),
                     (p.subject.isEmpty() ? tr("(none)") : p.subject).toHtmlEscaped());
    if (!p.preheader.isEmpty())
        rows += row(tr("Preheader:"), p.preheader);
    m_envelope->setText(
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows));
    m_preview->setHtml(p.html);
    m_previewText->setPlainText(p.text);
}
