#pragma once

#include "SyncEngine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class Workspace;

// The sync state in the status bar (issue 7): "Synced", "Syncing: n of m" with a progress
// bar, "Offline: n changes waiting", or the error in plain words; the details of the last
// sync as its tooltip; "Sync now". It runs the account's SyncEngine (a worker thread with
// its own store connection) while someone is logged in, and shows "Not syncing" otherwise.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    // Reads the account again (after a login or a logout): starts or stops syncing.
    void reconnect();
    SyncEngine* engine() const { return m_engine; }
    QString text() const;

public slots:
    void syncNow();

signals:
    void loginRequested(); // the "Log in…" link while nobody is logged in
    void synced(bool ok);  // a sync ended (what it brought is in the store)

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStatus(SyncEngine::Status status, const QString& text);
    void showProgress(const QString& phase, qint64 done, qint64 total);
    void retranslate();

    Workspace& m_workspace;
    SyncEngine* m_engine = nullptr;
    QLabel* m_dot;
    QLabel* m_text;
    QProgressBar* m_progress;
    QToolButton* m_syncNow;
    QString m_problem; // why syncing is off, when it is
};
