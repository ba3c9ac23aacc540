#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours HTML (tags, attributes, values, comments, entities) and Mustache merge fields
// ({{name}}, sections {{#…}}/{{^…}}/{{/…}}) in the template source.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TemplateHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State { Normal = 0, InComment = 1, InTag = 2 };
    void highlightTag(const QString& text, int start, int end);

    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_entity;
    QTextCharFormat m_field;
    QTextCharFormat m_section;
};

// The HTML source editor of a template: line numbers, highlighting, auto-indent, two
// spaces for Tab, and the current line marked. Undo and redo are QPlainTextEdit's own.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Puts the cursor at the start of `line` (1-based), shows it and takes the focus.
    void goToLine(int line, int column = 0);
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

signals:
    // Image files dropped on the editor, with the cursor position they were dropped at.
    void imagesDropped(const QStringList& paths, int position);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void highlightCurrentLine();
    void insertNewLine();

    QWidget* m_lineNumbers;
};
