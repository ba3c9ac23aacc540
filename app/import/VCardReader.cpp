#include "VCardReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

// RFC 6350 §3.4 escapes; `split` cuts at unescaped semicolons first (structured values).
QStringList unescapeParts(const QString& value, bool split)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                current += QLatin1Char('\n');
            else
                current += n; // \, \; \\ and anything else: the character itself
        } else if (split && c == QLatin1Char(';')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString unescape(const QString& value)
{
    return unescapeParts(value, false).constFirst();
}

QByteArray decodeQuotedPrintable(const QString& value)
{
    const QByteArray in = value.toLatin1();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += in.at(i);
    }
    return out;
}

} // namespace

QStringList VCardReader::header()
{
    return {QStringLiteral("email"),       QStringLiteral("first_name"),
            QStringLiteral("last_name"),   QStringLiteral("company"),
            QStringLiteral("phone"),       QStringLiteral("street"),
            QStringLiteral("postal_code"), QStringLiteral("city"),
            QStringLiteral("country"),     QStringLiteral("website"),
            QStringLiteral("notes"),       QStringLiteral("other e-mail addresses")};
}

std::unique_ptr<VCardReader> VCardReader::open(const QString& path, QString* error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = TextSource::tr("Could not open %1: %2")
                         .arg(QDir::toNativeSeparators(path), file->errorString());
        return nullptr;
    }
    return open(std::move(file), path);
}

std::unique_ptr<VCardReader> VCardReader::open(std::unique_ptr<QIODevice> device,
                                               const QString& name)
{
    std::unique_ptr<VCardReader> reader(new VCardReader);
    reader->m_name = name;
    reader->m_source = TextSource::open(std::move(device));
    return reader;
}

void VCardReader::rewind()
{
    m_source->rewind();
    m_buffer.clear();
    m_line = 0;
    m_held.clear();
    m_heldLine = 0;
    m_headerGiven = false;
    m_error.clear();
    m_card = Card();
    m_ready.clear();
}

double VCardReader::progress() const
{
    const qint64 size = m_source->size();
    return size > 0 ? double(m_source->position()) / double(size) : 1.0;
}

bool VCardReader::nextLine(QString& line, qint64& lineNumber)
{
    // Physical lines, with folding (a line starting with a space or tab continues the last
    // one) and quoted-printable soft breaks (a line ending in '=') undone.
    auto physical = [this](QString& out) {
        while (true) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end >= 0) {
                QByteArray bytes = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (bytes.endsWith('\r'))
                    bytes.chop(1);
                out = QString::fromUtf8(bytes);
                ++m_line;
                return true;
            }
            const QByteArray more = m_source->read();
            if (more.isEmpty()) {
                if (m_buffer.isEmpty())
                    return false;
                out = QString::fromUtf8(m_buffer);
                m_buffer.clear();
                ++m_line;
                return true;
            }
            m_buffer += more;
        }
    };
    QString current;
    if (!m_held.isNull()) {
        current = m_held;
        lineNumber = m_heldLine;
        m_held = QString();
    } else {
        if (!physical(current))
            return false;
        lineNumber = m_line;
    }
    QString next;
    while (physical(next)) {
        const bool folded =
            !next.isEmpty() && (next.at(0) == QLatin1Char(' ') || next.at(0) == QLatin1Char('\t'));
        const bool softBreak =
            current.endsWith(QLatin1Char('=')) &&
            current.contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
        if (folded) {
            current += next.mid(1);
        } else if (softBreak) {
            current.chop(1);
            current += next;
        } else {
            m_held = next;
            m_heldLine = m_line;
            break;
        }
    }
    line = current;
    return true;
}

void VCardReader::finishCard(const qint64 startLine)
{
    Card& c = m_card;
    QString first = c.given;
    QString last = (c.prefixes.isEmpty() ? QString() : c.prefixes + QLatin1Char(' ')) + c.family;
    if (first.isEmpty() && last.trimmed().isEmpty() && !c.fn.isEmpty()) {
        // Only a formatted name: the last name starts at a Dutch prefix ("Sanne van Dijk",
        // "Jan Willem de Vries"), or is the last word.
        static const QStringList prefixes{
            QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"),
            QStringLiteral("den"), QStringLiteral("ter"), QStringLiteral("ten"),
            QStringLiteral("het"), QStringLiteral("'t"),  QStringLiteral("in"),
            QStringLiteral("op"),  QStringLiteral("la"),  QStringLiteral("le")};
        const QStringList words = c.fn.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype split = words.size() > 1 ? words.size() - 1 : words.size();
        for (qsizetype i = 1; i + 1 < words.size(); ++i) {
            if (prefixes.contains(words.at(i).toLower())) {
                split = i;
                break;
            }
        }
        first = words.mid(0, split).join(QLatin1Char(' '));
        last = words.mid(split).join(QLatin1Char(' '));
    }
    Record r;
    r.line = startLine;
    r.fields = {c.email,      first.trimmed(), last.trimmed(),
                c.org,        c.phone,         c.street,
                c.postalCode, c.city,          c.country,
                c.url,        c.note,          c.otherEmails.join(QStringLiteral(", "))};
    m_ready.push_back(r);
    m_card = Card();
}

bool VCardReader::next(Record& record)
{
    if (!m_headerGiven) {
        m_headerGiven = true;
        record.fields = header();
        record.line = 0;
        return true;
    }
    QString line;
    qint64 number = 0;
    while (m_ready.empty() && m_error.isEmpty() && nextLine(line, number)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue; // not a content line (stray text between cards): skip it
        QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        QStringList params = name.split(QLatin1Char(';'));
        name = params.takeFirst().toUpper();
        if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0)
            name = name.mid(dot + 1); // "item1.EMAIL" (Apple): the group does not matter
        const QString paramText = params.join(QLatin1Char(';')).toUpper();
        QString decoded = value;
        if (paramText.contains(QLatin1String("QUOTED-PRINTABLE"))) {
            const QByteArray bytes = decodeQuotedPrintable(value);
            decoded = paramText.contains(QLatin1String("CHARSET=UTF-8"))
                          ? QString::fromUtf8(bytes)
                          : TextSource::fromWindows1252(bytes);
        }
        if (name == QLatin1String("BEGIN") &&
            value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (m_card.open) {
                m_error = tr("Line %1: a new card begins before the card of line %2 ended "
                             "(END:VCARD is missing) in %3.")
                              .arg(number)
                              .arg(m_card.startLine)
                              .arg(QDir::toNativeSeparators(m_name));
                break;
            }
            m_card = Card();
            m_card.open = true;
            m_card.startLine = number;
            continue;
        }
        if (!m_card.open)
            continue;
        if (name == QLatin1String("END")) {
            finishCard(m_card.startLine);
            continue;
        }
        if (name == QLatin1String("FN")) {
            m_card.fn = unescape(decoded).trimmed();
        } else if (name == QLatin1String("N")) {
            const QStringList n = unescapeParts(decoded, true);
            m_card.family = n.value(0).trimmed();
            m_card.given = n.value(1).trimmed();
            m_card.prefixes = QString(); // honorifics (n[3]) are not part of the name
        } else if (name == QLatin1String("ORG")) {
            m_card.org = unescapeParts(decoded, true).value(0).trimmed();
        } else if (name == QLatin1String("EMAIL")) {
            const QString address = unescape(decoded).trimmed();
            if (address.isEmpty())
                continue;
            // vCard 4: PREF=1 (1 is most preferred); 3.0/2.1: TYPE=PREF or a bare PREF.
            int rank = 100;
            static const QRegularExpression pref(QStringLiteral("PREF=(\\d+)"));
            if (const auto m = pref.match(paramText); m.hasMatch())
                rank = m.captured(1).toInt();
            else if (paramText.contains(QLatin1String("PREF")))
                rank = 1;
            if (m_card.email.isEmpty() || rank < m_card.emailRank) {
                if (!m_card.email.isEmpty())
                    m_card.otherEmails << m_card.email;
                m_card.email = address;
                m_card.emailRank = rank;
            } else {
                m_card.otherEmails << address;
            }
        } else if (name == QLatin1String("TEL")) {
            if (m_card.phone.isEmpty() || paramText.contains(QLatin1String("PREF")))
                m_card.phone = unescape(decoded).trimmed().remove(QLatin1String("tel:"));
        } else if (name == QLatin1String("ADR")) {
            if (!m_card.street.isEmpty() && !paramText.contains(QLatin1String("PREF")))
                continue;
            const QStringList a = unescapeParts(decoded, true);
            // post office box; extended address; street; locality; region; code; country
            m_card.street =
                (a.value(2) + (a.value(1).isEmpty() ? QString() : QLatin1Char('\n') + a.value(1)))
                    .trimmed();
            m_card.city = a.value(3).trimmed();
            m_card.postalCode = a.value(5).trimmed();
            m_card.country = a.value(6).trimmed();
        } else if (name == QLatin1String("URL")) {
            if (m_card.url.isEmpty())
                m_card.url = unescape(decoded).trimmed();
        } else if (name == QLatin1String("NOTE")) {
            m_card.note = unescape(decoded);
        }
    }
    if (m_ready.empty() && m_error.isEmpty() && m_card.open) {
        m_error = tr("Line %1: the card is not closed (END:VCARD is missing) in %2.")
                      .arg(m_card.startLine)
                      .arg(QDir::toNativeSeparators(m_name));
        m_card = Card();
    }
    if (m_ready.empty())
        return false;
    record = m_ready.front();
    m_ready.pop_front();
    return true;
}
