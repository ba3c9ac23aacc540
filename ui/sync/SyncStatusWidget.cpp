#include "SyncStatusWidget.h"

#include "Account.h"
#include "Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

SyncStatusWidget::SyncStatusWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    m_text->setTextFormat(Qt::RichText);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAutoRaise(true);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNow);
    connect(m_text, &QLabel::linkActivated, this, &SyncStatusWidget::loginRequested);
    retranslate();
    reconnect();
}

SyncStatusWidget::~SyncStatusWidget()
{
    delete m_engine; // stops its worker before the workspace goes
}

void SyncStatusWidget::reconnect()
{
    delete m_engine;
    m_engine = nullptr;
    m_problem.clear();
    Account account;
    if (!account.hasSession()) {
        showStatus(SyncEngine::Status::Idle, QString());
        return;
    }
    SyncEngine::Connection connection;
    connection.server = account.server();
    connection.cas = account.trustedCas(account.server());
    connection.pinnedKey = account.pinnedKey(account.server());
    connection.token = account.token(&m_problem);
    if (connection.token.isEmpty()) {
        showStatus(SyncEngine::Status::Idle, QString());
        return;
    }
    m_engine = new SyncEngine(m_workspace.storePath(), this);
    m_engine->setConnection(connection);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncStatusWidget::showStatus);
    connect(m_engine, &SyncEngine::progress, this, &SyncStatusWidget::showProgress);
    connect(m_engine, &SyncEngine::finished, this, [this](bool ok) {
        m_progress->hide();
        m_workspace.noticeChanges(); // what the pull brought shows at once
        emit synced(ok);
    });
    m_engine->start();
    showStatus(m_engine->status(), m_engine->statusText());
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

void SyncStatusWidget::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
    else
        emit loginRequested();
}

void SyncStatusWidget::showStatus(SyncEngine::Status status, const QString& text)
{
    QString colour = QStringLiteral("#8a8f98"); // grey: not syncing
    QString shown = text;
    if (!m_engine) {
        shown =
            m_problem.isEmpty()
                ? tr("Not syncing: <a href=\"login\">log in</a> to a Sendtrix server")
                : tr("Not syncing: %1 <a href=\"login\">Log in</a>").arg(m_problem.toHtmlEscaped());
    } else {
        switch (status) {
        case SyncEngine::Status::Synced:
            colour = QStringLiteral("#2e7d32");
            break;
        case SyncEngine::Status::Syncing:
            colour = QStringLiteral("#1e6fd9");
            break;
        case SyncEngine::Status::Offline:
            colour = QStringLiteral("#b26a00");
            break;
        case SyncEngine::Status::Error:
            colour = QStringLiteral("#c62828");
            break;
        case SyncEngine::Status::Idle:
            break;
        }
        if (shown.isEmpty())
            shown = tr("Waiting to sync");
        shown = shown.toHtmlEscaped();
    }
    m_dot->setText(QStringLiteral("<span style=\"color:%1\">●</span>").arg(colour));
    // The full text as the tooltip (a long error is cut in the status bar), with the
    // figures of the last sync.
    QString details = m_engine ? text : m_problem;
    if (m_engine && m_engine->lastReport().elapsedMs > 0) {
        const SyncSession::Report& r = m_engine->lastReport();
        details += QLatin1Char('\n') +
                   tr("Last sync: %1 sent, %2 received, %3 merged; %4 change(s) waiting.")
                       .arg(r.pushed)
                       .arg(r.pulled)
                       .arg(r.merged + r.conflicts)
                       .arg(r.pending);
        if (r.rejectedTotal > 0) {
            details += QLatin1Char('\n') +
                       tr("The server refused %n change(s); they are kept here and sent "
                          "again when you edit them:",
                          "", r.rejectedTotal);
            for (const QString& line : r.rejectedDetails)
                details += QStringLiteral("\n• ") + line;
        }
    }
    m_text->setText(shown);
    setToolTip(details.trimmed());
    m_syncNow->setEnabled(!m_engine || status != SyncEngine::Status::Syncing);
    if (status != SyncEngine::Status::Syncing)
        m_progress->hide();
}

void SyncStatusWidget::showProgress(const QString& phase, qint64 done, qint64 total)
{
    Q_UNUSED(phase)
    if (total <= 0) {
        m_progress->hide();
        return;
    }
    m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
    m_progress->show();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::retranslate()
{
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send your changes to the server and fetch those made elsewhere"));
    if (m_engine)
        showStatus(m_engine->status(), m_engine->statusText());
    else
        showStatus(SyncEngine::Status::Idle, QString());
}
