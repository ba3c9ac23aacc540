#include "CodeEditor.h"

#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>

// ---- highlighting ------------------------------------------------------------------

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    m_tag.setForeground(QColor(0x1f, 0x5f, 0xa8));
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(QColor(0x8a, 0x4b, 0x08));
    m_value.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_entity.setForeground(QColor(0x9a, 0x2b, 0x8c));
    m_field.setForeground(QColor(0xa3, 0x1a, 0x5a));
    m_field.setBackground(QColor(0xfc, 0xe8, 0xf1));
    m_section.setForeground(QColor(0x6b, 0x21, 0xa8));
    m_section.setBackground(QColor(0xef, 0xe6, 0xfb));
    m_section.setFontWeight(QFont::Bold);
}

// Attributes and their values inside a tag (or the part of a tag on this line).
void TemplateHighlighter::highlightTag(const QString& text, int start, int end)
{
    static const QRegularExpression name(QStringLiteral(R"(^</?[A-Za-z][A-Za-z0-9:-]*)"));
    static const QRegularExpression attr(
        QStringLiteral(R"(([A-Za-z_:][-A-Za-z0-9_:.]*)(\s*=\s*("[^"]*"?|'[^']*'?|[^\s>"']+))?)"));
    int from = start;
    if (const auto m = name.match(QStringView(text).mid(start, end - start)); m.hasMatch()) {
        setFormat(start, int(m.capturedLength()), m_tag);
        from = start + int(m.capturedLength());
    }
    auto it = attr.globalMatch(QStringView(text).mid(from, end - from));
    while (it.hasNext()) {
        const auto m = it.next();
        setFormat(from + int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
        if (m.capturedLength(3) > 0)
            setFormat(from + int(m.capturedStart(3)), int(m.capturedLength(3)), m_value);
    }
    // The closing > (or />) in the tag colour.
    if (end > start && end <= text.size() && text.at(end - 1) == QLatin1Char('>'))
        setFormat(end - (end - 2 >= start && text.at(end - 2) == QLatin1Char('/') ? 2 : 1),
                  end - 2 >= start && text.at(end - 2) == QLatin1Char('/') ? 2 : 1, m_tag);
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    int i = 0;
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    while (i < text.size()) {
        if (state == InComment) {
            const int close = text.indexOf(QLatin1String("-->"), i);
            const int end = close < 0 ? int(text.size()) : close + 3;
            setFormat(i, end - i, m_comment);
            i = end;
            if (close >= 0)
                state = Normal;
            continue;
        }
        if (state == InTag) {
            const int close = text.indexOf(QLatin1Char('>'), i);
            const int end = close < 0 ? int(text.size()) : close + 1;
            highlightTag(text, i, end);
            i = end;
            if (close >= 0)
                state = Normal;
            continue;
        }
        const int lt = text.indexOf(QLatin1Char('<'), i);
        const int amp = text.indexOf(QLatin1Char('&'), i);
        if (amp >= 0 && (lt < 0 || amp < lt)) {
            static const QRegularExpression entity(
                QStringLiteral(R"(^&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)"));
            const auto m = entity.match(QStringView(text).mid(amp));
            if (m.hasMatch())
                setFormat(amp, int(m.capturedLength()), m_entity);
            i = amp + 1;
            continue;
        }
        if (lt < 0)
            break;
        if (QStringView(text).mid(lt).startsWith(QLatin1String("<!--"))) {
            state = InComment;
            i = lt;
            continue;
        }
        const QChar next = lt + 1 < text.size() ? text.at(lt + 1) : QChar();
        if (!(next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!'))) {
            i = lt + 1; // a lone < in text
            continue;
        }
        const int close = text.indexOf(QLatin1Char('>'), lt);
        const int end = close < 0 ? int(text.size()) : close + 1;
        highlightTag(text, lt, end);
        i = end;
        if (close < 0)
            state = InTag;
    }
    setCurrentBlockState(state);

    // Merge fields on top, inside tags and attribute values too.
    static const QRegularExpression field(QStringLiteral(R"(\{\{\{?\s*([#^/&!]?)[^}]*\}?\}\})"));
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool section = m.capturedLength(1) > 0 && m.captured(1) != QLatin1String("&");
        setFormat(int(m.capturedStart()), int(m.capturedLength()), section ? m_section : m_field);
    }
}

// ---- the editor ----------------------------------------------------------------------

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor* m_editor;
};

bool isImageFile(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList droppedImages(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && isImageFile(url.toLocalFile()))
            paths << url.toLocalFile();
    return paths;
}

const QStringList& voidElements()
{
    static const QStringList names{
        QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
        QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
        QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("wbr")};
    return names;
}
} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("templateSource"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(10.0, mono.pointSizeF()));
    setFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 2);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAcceptDrops(true);
    new TemplateHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);
    updateLineNumberAreaWidth();
    highlightCurrentLine();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_lineNumbers->width() - 1, event->rect().top(), m_lineNumbers->width() - 1,
                     event->rect().bottom());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(number == current ? pal.color(QPalette::Text)
                                             : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection line;
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(28);
    line.format.setBackground(colour);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections({line});
    m_lineNumbers->update();
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    if (column > 1)
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            std::min(column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

// Enter keeps the indentation of the line, one level more after an opening tag; between
// an opening tag and its closing tag the closing tag goes on a line of its own.
void CodeEditor::insertNewLine()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int col = cursor.positionInBlock();
    const QString before = line.left(col);
    const QString after = line.mid(col);
    QString indent;
    for (const QChar c : line) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            break;
        indent += c;
    }
    static const QRegularExpression opening(
        QStringLiteral(R"(<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>\s*$)"));
    bool deeper = false;
    if (const auto m = opening.match(before); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        const bool selfClosing = m.captured(0).trimmed().endsWith(QLatin1String("/>"));
        const bool closedOnLine =
            before.mid(int(m.capturedStart())).contains(QLatin1String("</") + name);
        deeper = !selfClosing && !closedOnLine && !voidElements().contains(name);
    }
    static const QRegularExpression openSection(QStringLiteral(R"(\{\{[#^][^}]*\}\}\s*$)"));
    if (!deeper && openSection.match(before).hasMatch())
        deeper = true;
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    const QString inner = deeper ? indent + QStringLiteral("  ") : indent;
    cursor.insertText(QStringLiteral("\n") + inner);
    if (deeper && after.trimmed().startsWith(QLatin1String("</"))) {
        const int keep = cursor.position();
        cursor.insertText(QStringLiteral("\n") + indent);
        cursor.setPosition(keep);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        insertNewLine();
        return;
    }
    if (event->key() == Qt::Key_Tab && !event->modifiers() && !textCursor().hasSelection()) {
        const int col = textCursor().positionInBlock();
        insertPlainText(QString(2 - col % 2, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return !droppedImages(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void CodeEditor::insertFromMimeData(const QMimeData* source)
{
    if (const QStringList images = droppedImages(source); !images.isEmpty()) {
        emit imagesDropped(images, textCursor().position());
        return;
    }
    // Pasted text, never rich text.
    if (source->hasText())
        insertPlainText(source->text());
}

void CodeEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedImages(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void CodeEditor::dragMoveEvent(QDragMoveEvent* event)
{
    if (!droppedImages(event->mimeData()).isEmpty()) {
        // Show where the image will go.
        setTextCursor(cursorForPosition(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void CodeEditor::dropEvent(QDropEvent* event)
{
    if (const QStringList images = droppedImages(event->mimeData()); !images.isEmpty()) {
        const QTextCursor at = cursorForPosition(event->position().toPoint());
        event->acceptProposedAction();
        emit imagesDropped(images, at.position());
        return;
    }
    QPlainTextEdit::dropEvent(event);
}
