#include "FindReplaceBar.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

FindReplaceBar::FindReplaceBar(QPlainTextEdit* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_replaceOne(new QPushButton(this))
    , m_replaceAll(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_replaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_find->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_status->setMinimumWidth(70);
    m_find->setMinimumWidth(140);
    m_replace->setMinimumWidth(140);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_previous, 0, 1);
    grid->addWidget(m_next, 0, 2);
    grid->addWidget(m_matchCase, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(m_close, 0, 5, Qt::AlignRight);
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(m_replaceOne, 1, 1, 1, 2);
    grid->addWidget(m_replaceAll, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(4, 1);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Search from the start of the current selection as the user types.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceBar::updateCount);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    retranslate();
    hide();
}

void FindReplaceBar::retranslate()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_matchCase->setText(tr("Aa"));
    m_matchCase->setToolTip(tr("Match case"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace all"));
    m_close->setToolTip(tr("Close (Esc)"));
    updateCount();
}

void FindReplaceBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        findNext(event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replace->setVisible(true);
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateCount();
}

void FindReplaceBar::showReplace()
{
    showFind();
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

bool FindReplaceBar::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        updateCount();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_editor->document()->find(text, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(m_editor->document());
        if (backward)
            from.movePosition(QTextCursor::End);
        found = m_editor->document()->find(text, from, flags);
    }
    if (!found.isNull()) {
        m_editor->setTextCursor(found);
        m_editor->centerCursor();
    }
    updateCount();
    return !found.isNull();
}

void FindReplaceBar::replaceOne()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    QTextCursor c = m_editor->textCursor();
    const Qt::CaseSensitivity cs =
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (c.hasSelection() && QString::compare(c.selectedText(), text, cs) == 0) {
        c.insertText(m_replace->text());
        m_editor->setTextCursor(c);
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock(); // one undo step
    QTextCursor found = m_editor->document()->find(text, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = m_editor->document()->find(text, found, flags);
    }
    edit.endEditBlock();
    updateCount();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

int FindReplaceBar::countMatches() const
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    const QString all = m_editor->toPlainText();
    return int(all.count(text, m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive));
}

void FindReplaceBar::updateCount()
{
    const int n = countMatches();
    if (m_find->text().isEmpty())
        m_status->clear();
    else if (n == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%n match(es)", nullptr, n));
    QPalette pal = m_find->palette();
    pal.setColor(QPalette::Base, !m_find->text().isEmpty() && n == 0
                                     ? QColor(0xfd, 0xe2, 0xe2)
                                     : palette().color(QPalette::Base));
    m_find->setPalette(pal);
}
