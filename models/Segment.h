#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

// A segment: a tree of rules over contacts ("in list Klanten AND (city is Utrecht OR tag
// vip)"). The tree is plain data; SegmentCompiler turns it into SQL, SegmentRepository
// stores it as JSON. Every rule can be checked on its own (validate) so that a rule read
// from another device or an older version is refused with a message naming where it is.
struct SegmentRule
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRule)

public:
    enum class Kind { Field, List, Tag, Consent, Date, Group };
    enum class FieldOp {
        Equals,
        NotEquals,
        Contains,
        NotContains,
        StartsWith,
        EndsWith,
        IsEmpty,
        IsNotEmpty
    };
    // The newsletter consent state; None: no consent event recorded.
    enum class ConsentState { Subscribed, Pending, Unsubscribed, Bounced, Complained, None };
    // SubscribedSince: when the contact's current newsletter subscription was given (only
    // contacts subscribed now can match).
    enum class DateField { CreatedAt, UpdatedAt, SubscribedSince };
    enum class DateOp { WithinLastDays, Before, After };
    enum class Match { All, Any }; // Group: AND, OR

    static constexpr int MaxDepth = 8;    // groups in groups, the root counting as 1
    static constexpr int MaxRules = 500;  // in one tree; keeps the SQL and its values small
    static constexpr int MaxDays = 36500; // within the last N days

    Kind kind = Kind::Group;
    // Field: "email", "first_name", … or "custom.NAME"; Date: see dateField.
    QString field;
    FieldOp fieldOp = FieldOp::Equals;
    // Field: the value compared with; Tag: the tag's name.
    QString value;
    // List: by uuid (what syncs) or, when empty, by local id.
    QString listUuid;
    qint64 listId = 0;
    // List: not in; Tag: has not; Consent: is not.
    bool negate = false;
    ConsentState consentState = ConsentState::Subscribed;
    DateField dateField = DateField::CreatedAt;
    DateOp dateOp = DateOp::WithinLastDays;
    int days = 0;
    QDate date; // Before/After: a UTC calendar day
    Match match = Match::All;
    QVector<SegmentRule> children;

    static SegmentRule fieldRule(const QString& field, FieldOp op, const QString& value = {});
    static SegmentRule inList(const QString& listUuid, bool negate = false);
    static SegmentRule inListId(qint64 listId, bool negate = false);
    static SegmentRule hasTag(const QString& name, bool negate = false);
    static SegmentRule consent(ConsentState state, bool negate = false);
    static SegmentRule withinLastDays(DateField field, int days);
    static SegmentRule dateBefore(DateField field, const QDate& date);
    static SegmentRule dateAfter(DateField field, const QDate& date);
    static SegmentRule group(Match match, const QVector<SegmentRule>& children = {});

    // The field names a Field rule may use besides "custom.NAME".
    static const QStringList& standardFields();
    // For custom.NAME: NAME; empty otherwise.
    static QString customFieldName(const QString& field);

    // Checks the whole tree; the error's field is the rule path ("rules[2].operator").
    Result<void> validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonText() const; // compact
    static Result<SegmentRule> fromJson(const QJsonObject& o);
    static Result<SegmentRule> fromJsonText(const QByteArray& text);

    bool operator==(const SegmentRule& o) const;
    bool operator!=(const SegmentRule& o) const { return !(*this == o); }

private:
    static Result<SegmentRule> fromJson(const QJsonObject& o, const QString& path, int depth,
                                        int& count);
};

// A saved segment, sync-ready like templates.
struct Segment
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> rev; // server revision; none until synced
    qint64 updatedAt = 0;      // UTC ms
    bool deleted = false;
    qint64 createdAt = 0;
    QString name;
    SegmentRule rules;
};
