#include "EmailAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

// https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
const QRegularExpression& localPartRule()
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$)"));
    return re;
}

const QRegularExpression& domainRule()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$)"));
    return re;
}

} // namespace

EmailAddress::Check EmailAddress::check(const QString& input)
{
    Check result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.problem = tr("The e-mail address is empty.");
        return result;
    }
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        result.problem = tr("“%1” is not an e-mail address: the @ is missing.").arg(trimmed);
        return result;
    }
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    if (local.isEmpty()) {
        result.problem =
            tr("“%1” is not an e-mail address: nothing comes before the @.").arg(trimmed);
        return result;
    }
    if (!localPartRule().match(local).hasMatch()) {
        result.problem =
            tr("“%1” is not an e-mail address: the part before the @ contains a space or a "
               "character that is not allowed.")
                .arg(trimmed);
        return result;
    }
    if (domain.isEmpty()) {
        result.problem =
            tr("“%1” is not an e-mail address: the domain after the @ is missing.").arg(trimmed);
        return result;
    }
    // Lower-case first, then IDN to ACE: "Bücher.NL" becomes "xn--bcher-kva.nl".
    const QString ace = QString::fromLatin1(QUrl::toAce(domain.toLower()));
    if (ace.isEmpty() || !domainRule().match(ace).hasMatch()) {
        result.problem = tr("“%1” is not an e-mail address: “%2” is not a valid domain name.")
                             .arg(trimmed, domain);
        return result;
    }
    // Stricter than the HTML rule on one point: mail to customers goes over the internet,
    // so "jan@gmail" (a typo that would only bounce later) needs its top-level domain.
    if (!ace.contains(QLatin1Char('.'))) {
        result.problem = tr("“%1” is not an e-mail address that can receive mail: the domain "
                            "“%2” has no ending such as .nl or .com.")
                             .arg(trimmed, domain);
        return result;
    }
    result.valid = true;
    result.normalized = local + QLatin1Char('@') + ace;
    return result;
}
