#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Preferences: the language (system, Dutch, English) takes effect at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString& storePath, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLanguages();
    void updateSuffix();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
