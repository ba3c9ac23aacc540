#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

// The Privacy area: the privacy policy in force, bundled and so readable offline, in the
// interface language, with its version and effective date, and the earlier versions.
class PrivacyPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyPage(QWidget* parent = nullptr);

    // Re-reads which version is in force (the clock may have moved) and shows it.
    void refresh();
    QString shownVersion() const { return m_shownId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showVersion(const QString& id);

    QLabel* m_title;
    QLabel* m_versionLine;
    QLabel* m_earlierLabel;
    QComboBox* m_versions;
    QTextBrowser* m_text;
    QString m_inForceId;
    QString m_shownId;
};
