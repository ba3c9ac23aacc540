#include "DutchName.h"

#include <QSet>
#include <QStringList>

namespace DutchName {

QString sortKey(const QString& lastName)
{
    // The particles of Dutch (and a few Flemish, German and French) surnames.
    static const QSet<QString> particles = {
        QStringLiteral("de"),     QStringLiteral("den"),  QStringLiteral("der"),
        QStringLiteral("des"),    QStringLiteral("het"),  QStringLiteral("'t"),
        QStringLiteral("’t"),     QStringLiteral("'s"),   QStringLiteral("van"),
        QStringLiteral("von"),    QStringLiteral("ter"),  QStringLiteral("ten"),
        QStringLiteral("te"),     QStringLiteral("op"),   QStringLiteral("in"),
        QStringLiteral("uit"),    QStringLiteral("aan"),  QStringLiteral("bij"),
        QStringLiteral("onder"),  QStringLiteral("over"), QStringLiteral("voor"),
        QStringLiteral("la"),     QStringLiteral("le"),   QStringLiteral("du"),
        QStringLiteral("d'"),     QStringLiteral("l'"),   QStringLiteral("zu"),
        QStringLiteral("vander"),
    };
    const QStringList words = lastName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = 0;
    while (first < words.size() - 1 && particles.contains(words.at(first).toLower()))
        ++first;
    if (first == 0)
        return lastName.simplified();
    return words.mid(first).join(QLatin1Char(' ')) + QStringLiteral(", ") +
           words.mid(0, first).join(QLatin1Char(' '));
}

} // namespace DutchName
