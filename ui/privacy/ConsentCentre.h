#pragma once

#include <QWidget>

class PrivacyCentre;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

// "Your choices" in the Privacy area: the user's own consents in one place. Product news
// and anonymous usage statistics are opt-in (off until turned on; "Show what would be
// sent" shows the exact report); service announcements are always on, with why. Every
// change is recorded with its time (and synced); the history is listed below.
class ConsentCentre : public QWidget
{
    Q_OBJECT

public:
    ConsentCentre(PrivacyCentre& centre, QWidget* parent = nullptr);

    void refresh();
    // The dialog "Show what would be sent" opens (for tests).
    void showUsagePayload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setConsent(const QString& subject, bool on);

    PrivacyCentre& m_centre;
    QLabel* m_intro;
    QLabel* m_newsTitle;
    QCheckBox* m_news;
    QLabel* m_newsText;
    QLabel* m_statsTitle;
    QCheckBox* m_stats;
    QLabel* m_statsText;
    QPushButton* m_showPayload;
    QLabel* m_announcementsTitle;
    QCheckBox* m_announcementsState;
    QLabel* m_announcementsText;
    QLabel* m_historyTitle;
    QListWidget* m_history;
};
