#include "RevisionsDialog.h"

#include "HtmlPreview.h"
#include "Settings.h"
#include "TemplateEditor.h"
#include "TemplateRenderer.h"
#include "Workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("create"))
        return RevisionsDialog::tr("created");
    if (reason == QLatin1String("save"))
        return RevisionsDialog::tr("saved");
    if (reason == QLatin1String("autosave"))
        return RevisionsDialog::tr("saved automatically");
    if (reason == QLatin1String("restore"))
        return RevisionsDialog::tr("restored");
    return reason;
}
} // namespace

RevisionsDialog::RevisionsDialog(Workspace& workspace, qint64 templateId, QWidget* parent)
    : QDialog(parent)
    , m_revisions(workspace.templates().revisions(templateId))
    , m_list(new QListWidget(this))
    , m_preview(new HtmlPreview(this))
    , m_details(new QLabel(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Template history"));
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_preview->setImageProvider(TemplateEditor::assetImages(workspace));
    const QLocale locale;
    for (const TemplateRevision& r : std::as_const(m_revisions)) {
        auto* item =
            new QListWidgetItem(tr("Version %1 — %2\n%3")
                                    .arg(r.number)
                                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r.savedAt),
                                                         QLocale::ShortFormat),
                                         reasonText(r.reason)),
                                m_list);
        item->setData(Qt::UserRole, r.number);
    }
    m_details->setWordWrap(true);
    m_restore->setText(tr("Restore this version"));
    m_restore->setObjectName(QStringLiteral("restoreRevision"));

    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_preview, 1);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 660});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_chosen = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toInt() : 0;
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionsDialog::showRevision);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 640);
    m_restore->setEnabled(false);
    if (!m_revisions.isEmpty())
        m_list->setCurrentRow(0);
}

void RevisionsDialog::showRevision(int row)
{
    m_restore->setEnabled(row >= 0);
    if (row < 0 || row >= m_revisions.size())
        return;
    const TemplateRevision& r = m_revisions.at(row);
    m_details->setText(tr("<b>%1</b><br>Subject: %2")
                           .arg(r.name.toHtmlEscaped(),
                                r.subject.isEmpty() ? tr("(none)") : r.subject.toHtmlEscaped()));
    auto compiled = TemplateRenderer::compile(r.subject, r.html);
    if (compiled.ok()) {
        m_preview->setHtml(QString::fromStdString(
            compiled.value()
                .render(TemplateEditor::sampleContact(),
                        TemplateRenderer::previewContext(Settings().senderAddress(),
                                                         Settings().senderCompany()))
                .html));
    } else {
        m_preview->setHtml(r.html.toHtmlEscaped());
    }
}
