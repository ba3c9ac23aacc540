#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

// One change of a contact's consent (SPEC §2): an append-only row of the consent ledger.
// Events are never edited; each carries the hash of the contact's previous event and of
// its own canonical form, so that a changed or removed row is detected.
struct ConsentEvent
{
    Q_DECLARE_TR_FUNCTIONS(ConsentEvent)

public:
    enum class Purpose { Newsletter, Testimonial };
    enum class State { Subscribed, Pending, Unsubscribed, Bounced, Complained };
    enum class Basis { None, Consent, SoftOptIn };

    // The five conditions of the Dutch soft opt-in (Telecommunicatiewet art. 11.7).
    struct SoftOptIn
    {
        bool addressFromSale = false;      // address given with a purchase
        bool sameLegalEntity = false;      // mailed by the entity that sold
        bool informedAtCollection = false; // told at collection it would be used
        bool optOutOfferedAtCollection = false;
        bool similarOwnProducts = false; // only about its own, similar products
        bool complete() const;
        // Translated names of the conditions not recorded.
        QStringList missing() const;
        QJsonObject toJson() const;
        static SoftOptIn fromJson(const QJsonObject& o);
        bool operator==(const SoftOptIn& o) const;
    };

    qint64 id = 0; // local row id
    QString uuid;
    std::optional<qint64> rev;
    qint64 recordedAt = 0; // UTC ms, when the row was written
    qint64 contactId = 0;
    QString contactUuid;

    Purpose purpose = Purpose::Newsletter;
    State state = State::Subscribed;
    Basis basis = Basis::None;
    qint64 occurredAt = 0; // UTC ms, when the person gave or withdrew it
    QString source;        // kind, see sourceKinds(): "manual", "import", "paper_form", …
    QString sourceDetail;  // the file name, the fair, the form's address
    QString wording;       // the consent text the person saw
    QString policyVersion; // the privacy policy version shown
    SoftOptIn softOptIn;
    QString evidenceSha256; // an evidence file (scanned form) in consent_evidence
    QString evidenceName;
    QString evidenceNote;
    QString actor; // who recorded it: "desktop:anna", "cli:anna", "server"
    QString prevHash;
    QString hash;

    // The sorted-key JSON the hash covers: every field except the local id, rev and hash.
    QByteArray canonicalForm() const;
    // SHA-256 (hex) of the previous event's hash followed by the canonical form.
    QString computeHash() const;
    static QString genesisHash(); // prev_hash of a contact's first event

    // On equal time the more restrictive state wins: an unsubscribe beats a subscribe.
    static int restrictiveness(State state);
    static bool withdraws(State state); // unsubscribed, bounced, complained

    static QString purposeName(Purpose p);
    static QString stateName(State s);
    static QString basisName(Basis b);
    static std::optional<Purpose> purposeFromName(const QString& name);
    static std::optional<State> stateFromName(const QString& name);
    static std::optional<Basis> basisFromName(const QString& name);

    // Translated words for the user.
    static QString purposeLabel(Purpose p);
    static QString stateLabel(State s);
    static QString basisLabel(Basis b);
    static QStringList sourceKinds();
    static QString sourceLabel(const QString& kind);

    QJsonObject toJson() const;
    // The consent_events columns from contact_uuid to hash, in table order, as bound by
    // every writer of the ledger (ConsentRepository, SyncCodec).
    QVariantList columnValues() const;
    static ConsentEvent fromJson(const QJsonObject& o);
};
