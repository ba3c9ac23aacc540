#pragma once

#include <QTableView>

// The contacts table. Typing while it has focus does not run QAbstractItemView's
// type-to-find (which reads every row: minutes at a million contacts); the typed text
// goes to the search box instead.
class ContactsTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

    void keyboardSearch(const QString& text) override { emit typedText(text); }

signals:
    void typedText(const QString& text);
};
