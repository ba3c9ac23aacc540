#include "ConsentEvent.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <cstdio>

namespace {

const QString kAddressFromSale = QStringLiteral("address_from_sale");
const QString kSameLegalEntity = QStringLiteral("same_legal_entity");
const QString kInformed = QStringLiteral("informed_at_collection");
const QString kOptOutOffered = QStringLiteral("opt_out_offered_at_collection");
const QString kSimilarProducts = QStringLiteral("similar_own_products");

} // namespace

bool ConsentEvent::SoftOptIn::complete() const
{
    return addressFromSale && sameLegalEntity && informedAtCollection &&
           optOutOfferedAtCollection && similarOwnProducts;
}

QStringList ConsentEvent::SoftOptIn::missing() const
{
    QStringList names;
    if (!addressFromSale)
        names << tr("the address was given with a purchase");
    if (!sameLegalEntity)
        names << tr("the mail comes from the same company that made the sale");
    if (!informedAtCollection)
        names << tr("the customer was told at the time that the address would be used");
    if (!optOutOfferedAtCollection)
        names << tr("the customer could refuse at the time, free of charge");
    if (!similarOwnProducts)
        names << tr("the mailing is about the company's own, similar products");
    return names;
}

QJsonObject ConsentEvent::SoftOptIn::toJson() const
{
    return {{kAddressFromSale, addressFromSale},
            {kSameLegalEntity, sameLegalEntity},
            {kInformed, informedAtCollection},
            {kOptOutOffered, optOutOfferedAtCollection},
            {kSimilarProducts, similarOwnProducts}};
}

ConsentEvent::SoftOptIn ConsentEvent::SoftOptIn::fromJson(const QJsonObject& o)
{
    SoftOptIn s;
    s.addressFromSale = o.value(kAddressFromSale).toBool();
    s.sameLegalEntity = o.value(kSameLegalEntity).toBool();
    s.informedAtCollection = o.value(kInformed).toBool();
    s.optOutOfferedAtCollection = o.value(kOptOutOffered).toBool();
    s.similarOwnProducts = o.value(kSimilarProducts).toBool();
    return s;
}

bool ConsentEvent::SoftOptIn::operator==(const SoftOptIn& o) const
{
    return toJson() == o.toJson();
}

namespace {

// A JSON string per RFC 8259: quotes, backslashes and control characters escaped, the rest
// as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const char* data = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        }
        }
    }
    out.append(data + plain, n - plain);
    out += '"';
}

} // namespace

QByteArray ConsentEvent::canonicalForm() const
{
    // Keys in byte order, no spaces: the same bytes on every platform and in every version
    // (the server computes them too). Everything but the local id, rev and the hash itself.
    // Written out by hand: verifying millions of events should not build a JSON tree each.
    QByteArray out;
    out.reserve(512 + wording.size() * 2);
    auto key = [&out](const char* name, bool first = false) {
        if (!first)
            out += ',';
        out += '"';
        out += name;
        out += "\":";
    };
    out += '{';
    key("actor", true);
    appendJsonString(out, actor);
    key("basis");
    appendJsonString(out, basisName(basis));
    key("contact_uuid");
    appendJsonString(out, contactUuid);
    key("evidence_name");
    appendJsonString(out, evidenceName);
    key("evidence_note");
    appendJsonString(out, evidenceNote);
    key("evidence_sha256");
    appendJsonString(out, evidenceSha256);
    key("occurred_at");
    out += QByteArray::number(occurredAt);
    key("policy_version");
    appendJsonString(out, policyVersion);
    key("prev_hash");
    appendJsonString(out, prevHash);
    key("purpose");
    appendJsonString(out, purposeName(purpose));
    key("recorded_at");
    out += QByteArray::number(recordedAt);
    key("soft_opt_in");
    if (basis == Basis::SoftOptIn) {
        const SoftOptIn& s = softOptIn;
        out += "{\"address_from_sale\":";
        out += s.addressFromSale ? "true" : "false";
        out += ",\"informed_at_collection\":";
        out += s.informedAtCollection ? "true" : "false";
        out += ",\"opt_out_offered_at_collection\":";
        out += s.optOutOfferedAtCollection ? "true" : "false";
        out += ",\"same_legal_entity\":";
        out += s.sameLegalEntity ? "true" : "false";
        out += ",\"similar_own_products\":";
        out += s.similarOwnProducts ? "true" : "false";
        out += '}';
    } else {
        out += "null";
    }
    key("source");
    appendJsonString(out, source);
    key("source_detail");
    appendJsonString(out, sourceDetail);
    key("state");
    appendJsonString(out, stateName(state));
    key("uuid");
    appendJsonString(out, uuid);
    key("wording");
    appendJsonString(out, wording);
    out += '}';
    return out;
}

QString ConsentEvent::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonicalForm());
    return QString::fromLatin1(h.result().toHex());
}

QString ConsentEvent::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

int ConsentEvent::restrictiveness(State state)
{
    switch (state) {
    case State::Subscribed:
        return 0;
    case State::Pending:
        return 1;
    case State::Bounced:
        return 2;
    case State::Unsubscribed:
        return 3;
    case State::Complained:
        return 4;
    }
    return 0;
}

bool ConsentEvent::withdraws(State state)
{
    return state == State::Unsubscribed || state == State::Bounced || state == State::Complained;
}

QString ConsentEvent::purposeName(Purpose p)
{
    return p == Purpose::Newsletter ? QStringLiteral("newsletter") : QStringLiteral("testimonial");
}

QString ConsentEvent::stateName(State s)
{
    switch (s) {
    case State::Subscribed:
        return QStringLiteral("subscribed");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case State::Bounced:
        return QStringLiteral("bounced");
    case State::Complained:
        return QStringLiteral("complained");
    }
    return {};
}

QString ConsentEvent::basisName(Basis b)
{
    switch (b) {
    case Basis::None:
        return QString(QLatin1String(""));
    case Basis::Consent:
        return QStringLiteral("consent");
    case Basis::SoftOptIn:
        return QStringLiteral("soft_opt_in");
    }
    return {};
}

std::optional<ConsentEvent::Purpose> ConsentEvent::purposeFromName(const QString& name)
{
    for (Purpose p : {Purpose::Newsletter, Purpose::Testimonial})
        if (purposeName(p) == name)
            return p;
    return std::nullopt;
}

std::optional<ConsentEvent::State> ConsentEvent::stateFromName(const QString& name)
{
    for (State s : {State::Subscribed, State::Pending, State::Unsubscribed, State::Bounced,
                    State::Complained})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<ConsentEvent::Basis> ConsentEvent::basisFromName(const QString& name)
{
    for (Basis b : {Basis::None, Basis::Consent, Basis::SoftOptIn})
        if (basisName(b) == name)
            return b;
    return std::nullopt;
}

QString ConsentEvent::purposeLabel(Purpose p)
{
    return p == Purpose::Newsletter ? tr("Newsletter") : tr("Testimonial");
}

QString ConsentEvent::stateLabel(State s)
{
    switch (s) {
    case State::Subscribed:
        return tr("Subscribed");
    case State::Pending:
        return tr("Pending confirmation");
    case State::Unsubscribed:
        return tr("Unsubscribed");
    case State::Bounced:
        return tr("Bounced");
    case State::Complained:
        return tr("Marked as spam");
    }
    return {};
}

QString ConsentEvent::basisLabel(Basis b)
{
    switch (b) {
    case Basis::None:
        return tr("None");
    case Basis::Consent:
        return tr("Consent");
    case Basis::SoftOptIn:
        return tr("Existing customer (soft opt-in)");
    }
    return {};
}

QStringList ConsentEvent::sourceKinds()
{
    return {QStringLiteral("manual"),           QStringLiteral("web_form"),
            QStringLiteral("paper_form"),       QStringLiteral("import"),
            QStringLiteral("email_request"),    QStringLiteral("phone_request"),
            QStringLiteral("unsubscribe_link"), QStringLiteral("server_bounce"),
            QStringLiteral("suppression_list")};
}

QString ConsentEvent::sourceLabel(const QString& kind)
{
    if (kind == QLatin1String("manual"))
        return tr("Entered by hand");
    if (kind == QLatin1String("web_form"))
        return tr("Web form");
    if (kind == QLatin1String("paper_form"))
        return tr("Paper form");
    if (kind == QLatin1String("import"))
        return tr("Import");
    if (kind == QLatin1String("email_request"))
        return tr("Request by e-mail");
    if (kind == QLatin1String("phone_request"))
        return tr("Request by phone");
    if (kind == QLatin1String("unsubscribe_link"))
        return tr("Unsubscribe link");
    if (kind == QLatin1String("server_bounce"))
        return tr("Bounce reported by the server");
    if (kind == QLatin1String("suppression_list"))
        return tr("Suppression list");
    return kind;
}

QJsonObject ConsentEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("contact_uuid"), contactUuid},
        {QStringLiteral("purpose"), purposeName(purpose)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("basis"), basisName(basis)},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("recorded_at"), recordedAt},
        {QStringLiteral("source"), source},
        {QStringLiteral("source_detail"), sourceDetail},
        {QStringLiteral("wording"), wording},
        {QStringLiteral("policy_version"), policyVersion},
        {QStringLiteral("soft_opt_in"),
         basis == Basis::SoftOptIn ? QJsonValue(softOptIn.toJson()) : QJsonValue()},
        {QStringLiteral("evidence_sha256"), evidenceSha256},
        {QStringLiteral("evidence_name"), evidenceName},
        {QStringLiteral("evidence_note"), evidenceNote},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("prev_hash"), prevHash},
        {QStringLiteral("hash"), hash},
    };
    o.insert(QStringLiteral("rev"), rev ? QJsonValue(*rev) : QJsonValue());
    return o;
}

ConsentEvent ConsentEvent::fromJson(const QJsonObject& o)
{
    ConsentEvent e;
    e.uuid = o.value(QStringLiteral("uuid")).toString();
    e.contactUuid = o.value(QStringLiteral("contact_uuid")).toString();
    e.purpose = purposeFromName(o.value(QStringLiteral("purpose")).toString())
                    .value_or(Purpose::Newsletter);
    e.state =
        stateFromName(o.value(QStringLiteral("state")).toString()).value_or(State::Unsubscribed);
    e.basis = basisFromName(o.value(QStringLiteral("basis")).toString()).value_or(Basis::None);
    e.occurredAt = o.value(QStringLiteral("occurred_at")).toInteger();
    e.recordedAt = o.value(QStringLiteral("recorded_at")).toInteger();
    e.source = o.value(QStringLiteral("source")).toString();
    e.sourceDetail = o.value(QStringLiteral("source_detail")).toString();
    e.wording = o.value(QStringLiteral("wording")).toString();
    e.policyVersion = o.value(QStringLiteral("policy_version")).toString();
    e.softOptIn = SoftOptIn::fromJson(o.value(QStringLiteral("soft_opt_in")).toObject());
    e.evidenceSha256 = o.value(QStringLiteral("evidence_sha256")).toString();
    e.evidenceName = o.value(QStringLiteral("evidence_name")).toString();
    e.evidenceNote = o.value(QStringLiteral("evidence_note")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    const QJsonValue rev = o.value(QStringLiteral("rev"));
    if (!rev.isNull() && !rev.isUndefined())
        e.rev = rev.toInteger();
    return e;
}

QVariantList ConsentEvent::columnValues() const
{
    return {contactUuid,
            purposeName(purpose),
            stateName(state),
            basisName(basis),
            occurredAt,
            recordedAt,
            source,
            sourceDetail,
            wording,
            policyVersion,
            basis == Basis::SoftOptIn
                ? QVariant(QString::fromUtf8(
                      QJsonDocument(softOptIn.toJson()).toJson(QJsonDocument::Compact)))
                : QVariant(),
            evidenceSha256,
            evidenceName,
            evidenceNote,
            actor,
            prevHash,
            hash};
}
