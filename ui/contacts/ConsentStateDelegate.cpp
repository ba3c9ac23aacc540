#include "ConsentStateDelegate.h"

#include "ConsentEvent.h"
#include "ContactTableModel.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

QColor ConsentStateDelegate::colorFor(int state, bool needsRepermission)
{
    using S = ConsentEvent::State;
    if (state < 0)
        return QColor(QStringLiteral("#bdbdbd"));
    if (needsRepermission)
        return QColor(QStringLiteral("#b26a00"));
    switch (S(state)) {
    case S::Subscribed:
        return QColor(QStringLiteral("#2e7d32"));
    case S::Pending:
        return QColor(QStringLiteral("#b26a00"));
    case S::Unsubscribed:
        return QColor(QStringLiteral("#757575"));
    case S::Bounced:
    case S::Complained:
        return QColor(QStringLiteral("#b3261e"));
    }
    return QColor(QStringLiteral("#757575"));
}

void ConsentStateDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(ContactTableModel::ConsentStateRole).toInt();
    const bool renew = index.data(ContactTableModel::NeedsRepermissionRole).toBool();
    const QColor color = colorFor(state, renew);
    static QHash<QRgb, QIcon> dots;
    auto it = dots.find(color.rgb());
    if (it == dots.end()) {
        QPixmap pixmap(20, 20);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(5, 5, 10, 10));
        it = dots.insert(color.rgb(), QIcon(pixmap));
    }
    option->icon = *it;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize =
        QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
    if (state < 0)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
