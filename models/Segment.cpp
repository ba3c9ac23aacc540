#include "Segment.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Names on the wire and in saved segments: never translated, never renamed.
template <typename E> struct Named
{
    E value;
    const char* name;
};

const Named<SegmentRule::Kind> kKinds[] = {
    {SegmentRule::Kind::Field, "field"}, {SegmentRule::Kind::List, "list"},
    {SegmentRule::Kind::Tag, "tag"},     {SegmentRule::Kind::Consent, "consent"},
    {SegmentRule::Kind::Date, "date"},   {SegmentRule::Kind::Group, "group"},
};
const Named<SegmentRule::FieldOp> kFieldOps[] = {
    {SegmentRule::FieldOp::Equals, "equals"},
    {SegmentRule::FieldOp::NotEquals, "not_equals"},
    {SegmentRule::FieldOp::Contains, "contains"},
    {SegmentRule::FieldOp::NotContains, "not_contains"},
    {SegmentRule::FieldOp::StartsWith, "starts_with"},
    {SegmentRule::FieldOp::EndsWith, "ends_with"},
    {SegmentRule::FieldOp::IsEmpty, "is_empty"},
    {SegmentRule::FieldOp::IsNotEmpty, "is_not_empty"},
};
const Named<SegmentRule::ConsentState> kStates[] = {
    {SegmentRule::ConsentState::Subscribed, "subscribed"},
    {SegmentRule::ConsentState::Pending, "pending"},
    {SegmentRule::ConsentState::Unsubscribed, "unsubscribed"},
    {SegmentRule::ConsentState::Bounced, "bounced"},
    {SegmentRule::ConsentState::Complained, "complained"},
    {SegmentRule::ConsentState::None, "none"},
};
const Named<SegmentRule::DateField> kDateFields[] = {
    {SegmentRule::DateField::CreatedAt, "created_at"},
    {SegmentRule::DateField::UpdatedAt, "updated_at"},
    {SegmentRule::DateField::SubscribedSince, "subscribed_since"},
};
const Named<SegmentRule::DateOp> kDateOps[] = {
    {SegmentRule::DateOp::WithinLastDays, "within_last_days"},
    {SegmentRule::DateOp::Before, "before"},
    {SegmentRule::DateOp::After, "after"},
};
const Named<SegmentRule::Match> kMatches[] = {
    {SegmentRule::Match::All, "all"},
    {SegmentRule::Match::Any, "any"},
};
// Operators of the two-way kinds: the negated one second.
const char* const kListOps[] = {"in", "not_in"};
const char* const kTagOps[] = {"has", "has_not"};
const char* const kConsentOps[] = {"is", "is_not"};

template <typename E, size_t N> QString nameOf(const Named<E> (&table)[N], E value)
{
    for (const auto& n : table)
        if (n.value == value)
            return QString::fromLatin1(n.name);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const Named<E> (&table)[N], const QString& name)
{
    for (const auto& n : table)
        if (name == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

std::optional<bool> negatedOf(const char* const (&ops)[2], const QString& name)
{
    if (name == QLatin1String(ops[0]))
        return false;
    if (name == QLatin1String(ops[1]))
        return true;
    return std::nullopt;
}

QString member(const QString& path, const char* name)
{
    const QString key = QString::fromLatin1(name);
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

const QString kCustomPrefix = QStringLiteral("custom.");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

} // namespace

SegmentRule SegmentRule::fieldRule(const QString& field, FieldOp op, const QString& value)
{
    SegmentRule r;
    r.kind = Kind::Field;
    r.field = field;
    r.fieldOp = op;
    r.value = value;
    return r;
}

SegmentRule SegmentRule::inList(const QString& listUuid, bool negate)
{
    SegmentRule r;
    r.kind = Kind::List;
    r.listUuid = listUuid;
    r.negate = negate;
    return r;
}

SegmentRule SegmentRule::inListId(qint64 listId, bool negate)
{
    SegmentRule r;
    r.kind = Kind::List;
    r.listId = listId;
    r.negate = negate;
    return r;
}

SegmentRule SegmentRule::hasTag(const QString& name, bool negate)
{
    SegmentRule r;
    r.kind = Kind::Tag;
    r.value = name;
    r.negate = negate;
    return r;
}

SegmentRule SegmentRule::consent(ConsentState state, bool negate)
{
    SegmentRule r;
    r.kind = Kind::Consent;
    r.consentState = state;
    r.negate = negate;
    return r;
}

SegmentRule SegmentRule::withinLastDays(DateField field, int days)
{
    SegmentRule r;
    r.kind = Kind::Date;
    r.dateField = field;
    r.dateOp = DateOp::WithinLastDays;
    r.days = days;
    return r;
}

SegmentRule SegmentRule::dateBefore(DateField field, const QDate& date)
{
    SegmentRule r;
    r.kind = Kind::Date;
    r.dateField = field;
    r.dateOp = DateOp::Before;
    r.date = date;
    return r;
}

SegmentRule SegmentRule::dateAfter(DateField field, const QDate& date)
{
    SegmentRule r = dateBefore(field, date);
    r.dateOp = DateOp::After;
    return r;
}

SegmentRule SegmentRule::group(Match match, const QVector<SegmentRule>& children)
{
    SegmentRule r;
    r.kind = Kind::Group;
    r.match = match;
    r.children = children;
    return r;
}

const QStringList& SegmentRule::standardFields()
{
    static const QStringList fields{
        QStringLiteral("email"),       QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("company"),     QStringLiteral("city"),       QStringLiteral("country"),
        QStringLiteral("postal_code"), QStringLiteral("phone"),      QStringLiteral("website"),
    };
    return fields;
}

QString SegmentRule::customFieldName(const QString& field)
{
    return field.startsWith(kCustomPrefix) ? field.mid(kCustomPrefix.size()) : QString();
}

QJsonObject SegmentRule::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), nameOf(kKinds, kind)}};
    switch (kind) {
    case Kind::Field:
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("operator"), nameOf(kFieldOps, fieldOp));
        if (fieldOp != FieldOp::IsEmpty && fieldOp != FieldOp::IsNotEmpty)
            o.insert(QStringLiteral("value"), value);
        break;
    case Kind::List:
        o.insert(QStringLiteral("operator"), QString::fromLatin1(kListOps[negate ? 1 : 0]));
        if (!listUuid.isEmpty())
            o.insert(QStringLiteral("list"), listUuid);
        else
            o.insert(QStringLiteral("list"), listId);
        break;
    case Kind::Tag:
        o.insert(QStringLiteral("operator"), QString::fromLatin1(kTagOps[negate ? 1 : 0]));
        o.insert(QStringLiteral("tag"), value);
        break;
    case Kind::Consent:
        o.insert(QStringLiteral("operator"), QString::fromLatin1(kConsentOps[negate ? 1 : 0]));
        o.insert(QStringLiteral("state"), nameOf(kStates, consentState));
        break;
    case Kind::Date:
        o.insert(QStringLiteral("field"), nameOf(kDateFields, dateField));
        o.insert(QStringLiteral("operator"), nameOf(kDateOps, dateOp));
        if (dateOp == DateOp::WithinLastDays)
            o.insert(QStringLiteral("days"), days);
        else
            o.insert(QStringLiteral("date"), date.toString(kDateFormat));
        break;
    case Kind::Group: {
        o.insert(QStringLiteral("match"), nameOf(kMatches, match));
        QJsonArray rules;
        for (const SegmentRule& child : children)
            rules.append(child.toJson());
        o.insert(QStringLiteral("rules"), rules);
        break;
    }
    }
    return o;
}

QByteArray SegmentRule::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<SegmentRule> SegmentRule::fromJsonText(const QByteArray& text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            Error::Code::Invalid,
            tr("The segment's rules are not valid JSON: %1").arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{Error::Code::Invalid, tr("The segment's rules must be a JSON object.")};
    return fromJson(doc.object());
}

Result<SegmentRule> SegmentRule::fromJson(const QJsonObject& o)
{
    int count = 0;
    return fromJson(o, QString(), 1, count);
}

Result<SegmentRule> SegmentRule::fromJson(const QJsonObject& o, const QString& path, int depth,
                                          int& count)
{
    auto invalid = [](const QString& where, const QString& message) {
        return Error{Error::Code::Invalid, message, where};
    };
    // A required text member; an error names the member's path.
    auto text = [&](const char* name, QString& out) -> std::optional<Error> {
        const QString where = member(path, name);
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return invalid(where, tr("%1: is missing").arg(where));
        if (!v.isString())
            return invalid(where, tr("%1: must be text").arg(where));
        out = v.toString();
        return std::nullopt;
    };
    if (++count > MaxRules)
        return Error{Error::Code::TooLarge,
                     tr("%1: a segment may have at most %2 rules")
                         .arg(path.isEmpty() ? QStringLiteral("rules") : path)
                         .arg(MaxRules),
                     path};
    QString kindName, op;
    if (auto e = text("kind", kindName))
        return *e;
    const auto kind = valueOf(kKinds, kindName);
    if (!kind) {
        const QString where = member(path, "kind");
        return invalid(where, tr("%1: unknown kind '%2'").arg(where, kindName));
    }
    const QString opPath = member(path, "operator");
    auto unknownOp = [&] {
        return invalid(opPath, tr("%1: unknown operator '%2'").arg(opPath, op));
    };
    SegmentRule r;
    r.kind = *kind;
    switch (r.kind) {
    case Kind::Field: {
        if (auto e = text("field", r.field))
            return *e;
        const QString where = member(path, "field");
        const QString custom = customFieldName(r.field);
        if (r.field.startsWith(kCustomPrefix) ? custom.trimmed().isEmpty()
                                              : !standardFields().contains(r.field))
            return invalid(where, tr("%1: unknown field '%2'").arg(where, r.field));
        if (auto e = text("operator", op))
            return *e;
        const auto fieldOp = valueOf(kFieldOps, op);
        if (!fieldOp)
            return unknownOp();
        r.fieldOp = *fieldOp;
        if (r.fieldOp != FieldOp::IsEmpty && r.fieldOp != FieldOp::IsNotEmpty)
            if (auto e = text("value", r.value))
                return *e;
        break;
    }
    case Kind::List: {
        if (auto e = text("operator", op))
            return *e;
        const auto negated = negatedOf(kListOps, op);
        if (!negated)
            return unknownOp();
        r.negate = *negated;
        const QString where = member(path, "list");
        const QJsonValue list = o.value(QStringLiteral("list"));
        if (list.isString() && !list.toString().trimmed().isEmpty())
            r.listUuid = list.toString().trimmed();
        else if (list.isDouble() && list.toDouble() >= 1 &&
                 list.toDouble() == double(list.toInteger()))
            r.listId = list.toInteger();
        else
            return invalid(where, tr("%1: must be a list's uuid or id").arg(where));
        break;
    }
    case Kind::Tag: {
        if (auto e = text("operator", op))
            return *e;
        const auto negated = negatedOf(kTagOps, op);
        if (!negated)
            return unknownOp();
        r.negate = *negated;
        if (auto e = text("tag", r.value))
            return *e;
        r.value = r.value.simplified();
        if (r.value.isEmpty()) {
            const QString where = member(path, "tag");
            return invalid(where, tr("%1: give the tag's name").arg(where));
        }
        break;
    }
    case Kind::Consent: {
        if (auto e = text("operator", op))
            return *e;
        const auto negated = negatedOf(kConsentOps, op);
        if (!negated)
            return unknownOp();
        r.negate = *negated;
        QString state;
        if (auto e = text("state", state))
            return *e;
        const auto s = valueOf(kStates, state);
        if (!s) {
            const QString where = member(path, "state");
            return invalid(where, tr("%1: unknown consent state '%2'").arg(where, state));
        }
        r.consentState = *s;
        break;
    }
    case Kind::Date: {
        QString fieldName;
        if (auto e = text("field", fieldName))
            return *e;
        const auto f = valueOf(kDateFields, fieldName);
        if (!f) {
            const QString where = member(path, "field");
            return invalid(where, tr("%1: unknown date field '%2'").arg(where, fieldName));
        }
        r.dateField = *f;
        if (auto e = text("operator", op))
            return *e;
        const auto dateOp = valueOf(kDateOps, op);
        if (!dateOp)
            return unknownOp();
        r.dateOp = *dateOp;
        if (r.dateOp == DateOp::WithinLastDays) {
            const QString where = member(path, "days");
            const QJsonValue days = o.value(QStringLiteral("days"));
            const double d = days.toDouble(-1);
            if (!days.isDouble() || d < 1 || d > MaxDays || d != double(int(d)))
                return invalid(
                    where,
                    tr("%1: must be a whole number of days from 1 to %2").arg(where).arg(MaxDays));
            r.days = int(d);
        } else {
            QString dateText;
            if (auto e = text("date", dateText))
                return *e;
            r.date = QDate::fromString(dateText, kDateFormat);
            if (!r.date.isValid()) {
                const QString where = member(path, "date");
                return invalid(where,
                               tr("%1: '%2' is not a date as YYYY-MM-DD").arg(where, dateText));
            }
        }
        break;
    }
    case Kind::Group: {
        if (depth > MaxDepth) {
            const QString where = path.isEmpty() ? QStringLiteral("rules") : path;
            return invalid(where,
                           tr("%1: groups may be nested at most %2 deep").arg(where).arg(MaxDepth));
        }
        QString matchName;
        if (auto e = text("match", matchName))
            return *e;
        const auto m = valueOf(kMatches, matchName);
        if (!m) {
            const QString where = member(path, "match");
            return invalid(where, tr("%1: unknown match '%2' (all or any)").arg(where, matchName));
        }
        r.match = *m;
        const QString where = member(path, "rules");
        const QJsonValue rules = o.value(QStringLiteral("rules"));
        if (!rules.isArray())
            return invalid(where, tr("%1: must be a list of rules").arg(where));
        const QJsonArray array = rules.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString childPath = QStringLiteral("%1[%2]").arg(where).arg(i);
            if (!array.at(i).isObject())
                return invalid(childPath, tr("%1: a rule must be an object").arg(childPath));
            auto child = fromJson(array.at(i).toObject(), childPath, depth + 1, count);
            if (!child.ok())
                return child.error();
            r.children.append(std::move(child).value());
        }
        break;
    }
    }
    return r;
}

Result<void> SegmentRule::validate() const
{
    // The wire format is the one definition of a valid rule: a rule is valid when what it
    // would save reads back.
    auto read = fromJson(toJson());
    if (!read.ok())
        return read.error();
    return {};
}

bool SegmentRule::operator==(const SegmentRule& o) const
{
    return toJson() == o.toJson();
}
