#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QPushButton;

// Find and replace in a source editor, shown under it (Ctrl+F, Ctrl+H); Esc hides it.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QPlainTextEdit* editor, QWidget* parent = nullptr);

    // Shows the bar with the editor's selection (if on one line) as the search text.
    void showFind();
    void showReplace();
    bool findNext(bool backward = false);
    int replaceAll();
    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void replaceOne();
    void updateCount();
    int countMatches() const;

    QPlainTextEdit* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_matchCase;
    QToolButton* m_previous;
    QToolButton* m_next;
    QPushButton* m_replaceOne;
    QPushButton* m_replaceAll;
    QToolButton* m_close;
    QLabel* m_status;
    QLabel* m_replaceLabel;
};
