#pragma once

#include "Segment.h"

#include <QDialog>

class BackgroundCounter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class SegmentBuilder;
class Workspace;

// Creates or edits a saved segment: its name, its rules (SegmentBuilder) and a live count
// of the contacts that match, counted on a thread of its own (BackgroundCounter) a moment
// after the last change, so a million contacts never freeze the window.
class SegmentDialog : public QDialog
{
    Q_OBJECT

public:
    // A new segment.
    explicit SegmentDialog(Workspace& workspace, QWidget* parent = nullptr);
    // An existing one (segment.id).
    SegmentDialog(Workspace& workspace, const Segment& segment, QWidget* parent = nullptr);
    ~SegmentDialog() override;

    // The segment as saved, once the dialog was accepted.
    const Segment& segment() const { return m_segment; }

    SegmentBuilder* builder() const { return m_builder; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* nameProblem() const { return m_nameProblem; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* saveButton() const;
    // The last count shown; -1 while counting or while the rules cannot be used.
    qint64 count() const { return m_lastCount; }

    // How long after the last change the count starts.
    static constexpr int CountDelayMs = 250;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rulesChanged();
    void startCount();
    void showCount(qint64 count);
    void showProblem(const QString& message, bool pending);
    void retranslate();

    Workspace& m_workspace;
    Segment m_segment;
    QLineEdit* m_name;
    QLabel* m_nameLabel;
    QLabel* m_nameProblem;
    QLabel* m_rulesLabel;
    SegmentBuilder* m_builder;
    QLabel* m_countIcon;
    QLabel* m_count;
    QDialogButtonBox* m_buttons;
    QTimer* m_delay;
    BackgroundCounter* m_counter;
    qint64 m_lastCount = -1;
};
