#include "Mailing.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject part(const QStringList& lists, const QStringList& segments)
{
    return {{QStringLiteral("lists"), QJsonArray::fromStringList(lists)},
            {QStringLiteral("segments"), QJsonArray::fromStringList(segments)}};
}

// A missing key is an empty list; anything but an array of non-empty strings is refused.
Result<QStringList> uuids(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return Error{Error::Code::Invalid, Audience::tr("The audience is not readable."), path};
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return Error{Error::Code::Invalid, Audience::tr("The audience is not readable."), path};
        if (!out.contains(item.toString()))
            out << item.toString();
    }
    return out;
}

} // namespace

QJsonObject Audience::toJson() const
{
    return {{QStringLiteral("include"), part(includeLists, includeSegments)},
            {QStringLiteral("exclude"), part(excludeLists, excludeSegments)}};
}

QByteArray Audience::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<Audience> Audience::fromJson(const QJsonObject& o)
{
    Audience a;
    struct Slot
    {
        const char* side;
        const char* kind;
        QStringList* target;
    };
    const Slot parts[] = {{"include", "lists", &a.includeLists},
                          {"include", "segments", &a.includeSegments},
                          {"exclude", "lists", &a.excludeLists},
                          {"exclude", "segments", &a.excludeSegments}};
    for (const Slot& s : parts) {
        const QString side = QString::fromLatin1(s.side);
        const QJsonValue v = o.value(side);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return Error{Error::Code::Invalid, tr("The audience is not readable."), side};
        auto list = uuids(v.toObject(), QString::fromLatin1(s.kind),
                          side + QLatin1Char('.') + QString::fromLatin1(s.kind));
        if (!list.ok())
            return list.error();
        *s.target = std::move(list).value();
    }
    return a;
}

Result<Audience> Audience::fromJsonText(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Error::Code::Invalid, tr("The audience is not readable.")};
    return fromJson(doc.object());
}

bool Audience::operator==(const Audience& o) const
{
    return includeLists == o.includeLists && includeSegments == o.includeSegments &&
           excludeLists == o.excludeLists && excludeSegments == o.excludeSegments;
}

namespace MailingStates {

const QVector<MailingState>& all()
{
    using S = MailingState;
    static const QVector<MailingState> states{S::Draft,     S::Scheduled, S::Sending, S::Sent,
                                              S::Cancelled, S::Failed,    S::Paused};
    return states;
}

QString name(MailingState state)
{
    switch (state) {
    case MailingState::Draft:
        return QStringLiteral("draft");
    case MailingState::Scheduled:
        return QStringLiteral("scheduled");
    case MailingState::Sending:
        return QStringLiteral("sending");
    case MailingState::Sent:
        return QStringLiteral("sent");
    case MailingState::Cancelled:
        return QStringLiteral("cancelled");
    case MailingState::Failed:
        return QStringLiteral("failed");
    case MailingState::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

std::optional<MailingState> fromName(const QString& text)
{
    for (MailingState s : all())
        if (name(s) == text)
            return s;
    return std::nullopt;
}

QString label(MailingState state)
{
    switch (state) {
    case MailingState::Draft:
        return QCoreApplication::translate("MailingState", "draft");
    case MailingState::Scheduled:
        return QCoreApplication::translate("MailingState", "scheduled");
    case MailingState::Sending:
        return QCoreApplication::translate("MailingState", "sending");
    case MailingState::Sent:
        return QCoreApplication::translate("MailingState", "sent");
    case MailingState::Cancelled:
        return QCoreApplication::translate("MailingState", "cancelled");
    case MailingState::Failed:
        return QCoreApplication::translate("MailingState", "failed");
    case MailingState::Paused:
        return QCoreApplication::translate("MailingState", "paused");
    }
    return {};
}

bool canTransition(MailingState from, MailingState to)
{
    using S = MailingState;
    switch (from) {
    case S::Scheduled:
        return to == S::Sending || to == S::Cancelled || to == S::Paused;
    case S::Sending:
        return to == S::Sent || to == S::Failed || to == S::Paused || to == S::Cancelled;
    case S::Paused:
        return to == S::Scheduled || to == S::Sending || to == S::Cancelled;
    case S::Draft: // to scheduled only by sealing
    case S::Sent:
    case S::Cancelled:
    case S::Failed:
        break;
    }
    return false;
}

} // namespace MailingStates
