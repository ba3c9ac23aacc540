#include "SegmentDialog.h"

#include "BackgroundCounter.h"
#include "SegmentBuilder.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kRed = QStringLiteral("color: #b42318;");
} // namespace

SegmentDialog::SegmentDialog(Workspace& workspace, QWidget* parent)
    : SegmentDialog(workspace, Segment{}, parent)
{}

SegmentDialog::SegmentDialog(Workspace& workspace, const Segment& segment, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_segment(segment)
    , m_name(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_nameProblem(new QLabel(this))
    , m_rulesLabel(new QLabel(this))
    , m_builder(new SegmentBuilder(workspace, this))
    , m_countIcon(new QLabel(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
    , m_counter(new BackgroundCounter(workspace.storePath(), this))
{
    setObjectName(QStringLiteral("segmentDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setText(segment.name);
    m_name->setMaxLength(200);
    m_nameLabel->setBuddy(m_name);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setStyleSheet(kRed);
    m_nameProblem->setWordWrap(true);
    m_nameProblem->hide();
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countIcon->setPixmap(QIcon(QStringLiteral(":/icons/contacts.svg")).pixmap(20, 20));
    m_countIcon->setAlignment(Qt::AlignTop);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_delay->setSingleShot(true);
    m_delay->setInterval(CountDelayMs);

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(10);
    form->addWidget(m_nameLabel, 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(m_nameProblem, 1, 1);
    form->setColumnStretch(1, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_countIcon, 0, Qt::AlignTop);
    countRow->addWidget(m_count, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_rulesLabel);
    layout->addWidget(m_builder, 1);
    layout->addLayout(countRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SegmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SegmentDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameProblem->hide(); });
    connect(m_builder, &SegmentBuilder::changed, this, &SegmentDialog::rulesChanged);
    connect(m_delay, &QTimer::timeout, this, &SegmentDialog::startCount);
    connect(m_counter, &BackgroundCounter::segmentCounted, this, [this](qint64 count) {
        // A newer count is on its way, or the rules were made unusable meanwhile.
        if (!m_delay->isActive() && saveButton()->isEnabled())
            showCount(count);
    });
    connect(m_counter, &BackgroundCounter::segmentFailed, this, [this](const QString& message) {
        if (!m_delay->isActive() && saveButton()->isEnabled())
            showProblem(message, false);
    });

    if (segment.id)
        m_builder->setRules(segment.rules);
    else
        m_builder->rootGroup()->addRule(); // the first rule, ready to fill in
    QWidget::setTabOrder(m_name, m_builder->rootGroup()->matchCombo());

    resize(900, 560);
    setMinimumSize(720, 420);
    retranslate();
    rulesChanged();
    m_name->setFocus();
}

SegmentDialog::~SegmentDialog() = default;

QPushButton* SegmentDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void SegmentDialog::rulesChanged()
{
    bool pending = false;
    const QString problem = m_builder->problem(&pending);
    if (!problem.isEmpty()) {
        m_delay->stop();
        showProblem(problem, pending);
        return;
    }
    m_lastCount = -1;
    m_countIcon->show();
    m_count->setStyleSheet({});
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setText(tr("Counting…"));
    saveButton()->setEnabled(true);
    m_delay->start(); // restarts: counts once the changes pause
}

void SegmentDialog::startCount()
{
    m_counter->countSegment(m_builder->rules());
}

void SegmentDialog::showCount(qint64 count)
{
    m_lastCount = count;
    m_countIcon->show();
    m_count->setStyleSheet({});
    m_count->setForegroundRole(QPalette::WindowText);
    m_count->setText(count == 0 ? tr("No contacts match these rules yet.")
                                : tr("%Ln contact(s) match", nullptr, int(count)));
}

void SegmentDialog::showProblem(const QString& message, bool pending)
{
    m_lastCount = -1;
    m_countIcon->setVisible(pending);
    // A rule just added and not filled in yet is not an error: say what to do, quietly.
    m_count->setStyleSheet(pending ? QString() : kRed);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setText(message);
    saveButton()->setEnabled(false);
}

void SegmentDialog::accept()
{
    bool pending = false;
    if (const QString problem = m_builder->problem(&pending); !problem.isEmpty()) {
        showProblem(problem, false);
        return;
    }
    Result<Segment> saved = [&] {
        if (!m_segment.id)
            return m_workspace.createSegment(m_name->text(), m_builder->rules());
        Segment s = m_segment;
        s.name = m_name->text();
        s.rules = m_builder->rules();
        return m_workspace.saveSegment(s);
    }();
    if (!saved.ok()) {
        // The name (empty, taken) is the usual reason; anything else goes where the count is.
        // Either way the dialog stays open with everything as it was.
        if (saved.error().field == QLatin1String("name") ||
            saved.error().code == Error::Code::Duplicate) {
            m_nameProblem->setText(saved.errorMessage());
            m_nameProblem->show();
            m_name->setFocus();
            m_name->selectAll();
        } else {
            showProblem(saved.errorMessage(), false);
            saveButton()->setEnabled(true);
        }
        return;
    }
    m_segment = saved.value();
    QDialog::accept();
}

void SegmentDialog::retranslate()
{
    setWindowTitle(m_segment.id ? tr("Edit segment “%1”").arg(m_segment.name) : tr("New segment"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("For example: Customers in Utrecht"));
    m_rulesLabel->setText(tr("A segment is a saved selection of contacts. It is worked out again "
                             "whenever it is used, so new contacts that match are included."));
}

void SegmentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rulesChanged();
    }
    QDialog::changeEvent(event);
}
