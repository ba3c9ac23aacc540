#pragma once

#include <QStyledItemDelegate>

// Paints the Newsletter column: a coloured dot before the state (green subscribed, amber
// pending or due for re-permission, grey unsubscribed, red bounced or complained).
class ConsentStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorFor(int state, bool needsRepermission);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
