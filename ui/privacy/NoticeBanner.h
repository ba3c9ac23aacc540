#pragma once

#include <QFrame>

class PrivacyCentre;
class QVBoxLayout;

// Above every area: a new privacy policy from its publication day until it takes effect
// (the date and what changes, with "Read it"), and the service announcements not yet
// dismissed (maintenance on date X…), each with "Dismiss". Hidden when there is nothing.
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    NoticeBanner(PrivacyCentre& centre, QWidget* parent = nullptr);

    // Rebuilds the notices from the centre (the clock may have moved, a sync brought news).
    void refresh();
    int noticeCount() const { return m_count; }

signals:
    void readPolicyRequested(const QString& policyId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeNotice(const QString& colour, const QString& html, const QString& buttonText,
                        const QString& objectName);

    PrivacyCentre& m_centre;
    QVBoxLayout* m_layout;
    int m_count = 0;
};
