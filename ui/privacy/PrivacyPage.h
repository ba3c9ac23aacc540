#pragma once

#include "PolicyDocuments.h"

#include <QWidget>

class ConsentCentre;
class PrivacyCentre;
class QComboBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

// The Privacy area: the privacy policy in force, bundled and so readable offline, in the
// interface language, with its version and effective date, a new version announced by the
// server and the earlier versions; and, with a PrivacyCentre, "Your choices" (the user's
// own consents, ConsentCentre).
class PrivacyPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyPage(PrivacyCentre* centre = nullptr, QWidget* parent = nullptr);

    // Re-reads which version is in force (the clock may have moved) and shows it.
    void refresh();
    QString shownVersion() const { return m_shownId; }
    // Shows the policy tab with version `id` (the banner's "Read the new policy").
    void showPolicy(const QString& id);
    void showChoices();
    // "What Sendtrix keeps about you": the report as shown (for tests).
    QString dataReportText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showVersion(const QString& id);
    QList<PolicyDocuments::Version> allVersions() const;
    PolicyDocuments::Version findVersion(const QString& id) const;

    PrivacyCentre* m_centre;
    QTabWidget* m_tabs;
    ConsentCentre* m_choices = nullptr;
    QTextBrowser* m_report = nullptr;
    QLabel* m_reportIntro = nullptr;
    class QPushButton* m_saveHtml = nullptr;
    class QPushButton* m_saveJson = nullptr;
    void showDataReport();
    void saveDataReport(const QString& format);
    QLabel* m_title;
    QLabel* m_versionLine;
    QLabel* m_earlierLabel;
    QComboBox* m_versions;
    QTextBrowser* m_text;
    QString m_inForceId;
    QString m_shownId;
};
