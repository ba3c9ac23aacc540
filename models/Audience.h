#pragma once

#include "Mailing.h"
#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariantList>
#include <cstdint>
#include <optional>
#include <vector>

class Store;

// How many contacts an audience reaches, and why the others are left out. Every contact
// the audience matches is counted once, under the first reason that applies, in this
// order: deleted, excluded, not subscribed, suppressed; the rest are selected. So
// total == selected + deleted + excluded + notSubscribed + suppressed.
struct RecipientCount
{
    qint64 total = 0;         // matched by the included lists and segments
    qint64 selected = 0;      // will be sent to
    qint64 deleted = 0;       // list members whose contact is deleted
    qint64 excluded = 0;      // in an excluded list or segment
    qint64 notSubscribed = 0; // newsletter consent state other than subscribed (or none)
    qint64 suppressed = 0;    // subscribed, but the address is on the suppression list
    // notSubscribed by state: "pending", "unsubscribed", "bounced", "complained", "none"
    QMap<QString, qint64> notSubscribedByState;
};

// The recipients of an audience, chosen in SQL over whole sets: included lists and segments
// (SegmentCompiler, every value bound), minus excluded ones, minus contacts not subscribed to the
// newsletter, minus suppressed addresses.
//
// Suppression entries of erased people hold only a hash; those addresses cannot be on
// file as live contacts without new consent (contact creation and import consult the
// list), so matching by the stored address covers every contact there is.
class RecipientSelection
{
    Q_DECLARE_TR_FUNCTIONS(RecipientSelection)

public:
    struct Sql
    {
        // A SELECT with the columns contact_id, uuid, email, first_name, last_name,
        // custom_fields, consent_state, consent_event_id and kind ('selected', 'deleted',
        // 'excluded', 'suppressed', or the consent state that left the contact out, 'none'
        // when there is none), one row per contact matched. Empty when nothing is included.
        QString select;
        QVariantList binds; // in the order of the ? in `select`
    };

    // Refuses an audience naming a list or segment that no longer exists (an exclusion
    // that silently matched nobody would mail the very people it was meant to spare).
    static Result<Sql> build(Store& store, const Audience& audience, qint64 nowMs);
};

// How countRecipients counts. Automatic: from the in-memory sets (AudienceSets) when they
// are built for the store's current state, or when the audience is large enough that
// building them costs less than counting in SQL (a quarter of the contacts or more);
// otherwise in SQL (one statement, RecipientSelection), while the sets are built in the
// background for the next count. Sql and InMemory force one way (tests, benchmarks);
// InMemory fails where the sets cannot be had (no SQLite C API, an open transaction).
// Both ways give the same RecipientCount.
enum class CountMethod { Automatic, Sql, InMemory };

// nowMs: the moment segment rules such as "within the last N days" count back from.
Result<RecipientCount> countRecipients(Store& store, const Audience& audience, qint64 nowMs,
                                       CountMethod method = CountMethod::Automatic);

// The contacts an audience selects (the `selected` of RecipientCount) as a bitset over contact
// ids, from the in-memory sets (AudienceSets); nothing when they are not built for what this
// connection sees (also inside a transaction: one that changed contacts, consent, lists,
// tags or suppressions gets nothing). Never builds or waits: see prepareAudienceSets.
std::optional<std::vector<std::uint64_t>>
selectRecipientsInMemory(Store& store, const Audience& audience, qint64 nowMs);

// Builds the in-memory sets for the store's current state, or waits for a build under way;
// false when they cannot be had (no SQLite C API, inside a transaction).
bool prepareAudienceSets(Store& store);
