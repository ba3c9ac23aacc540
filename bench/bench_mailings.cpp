// Counting a mailing's recipients (issue 10): the audience "everyone" (a segment with no
// rules) over a store of 1,000,000 contacts with their consent ledger (bench_consent's
// store), through countRecipients: one set-based statement that counts every contact once
// under its reason (deleted, excluded, not subscribed by state, suppressed, selected).
// Reference in the same run: the bare count of subscribed, non-suppressed live contacts
// in one SQL statement, without the reasons. Target: ≤ 200 ms. The first run is reported
// apart: it may wait for the in-memory sets (AudienceSets) to be built.
//
// With --seal-db PATH (a COPY of the store: sealing writes to it), also seals a draft to
// "everyone" through MailingRepository::seal and times it. Reference in the same run: a bare
// INSERT … SELECT of the same rows (subscribed, not suppressed, live) into a plain table.
// Target: ≤ 3 s.
//
//   build/release/bench/bench_mailings --db /tmp/sendtrix-bench-1m.db [--runs N]
//       [--seal-db /tmp/copy-of-the-store.db]
#include "Audience.h"
#include "BenchStats.h"
#include "Clock.h"
#include "MailingRepository.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "TemplateRepository.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cstdio>
#include <vector>

using BenchStats::ms;

namespace {

// The audience "everyone": a segment without rules (made when the store has none).
Audience everyoneOf(Store& store)
{
    SegmentRepository segments(store);
    auto everyone = segments.findByName(QStringLiteral("Iedereen"));
    if (!everyone) {
        auto made = segments.create(QStringLiteral("Iedereen"),
                                    SegmentRule::group(SegmentRule::Match::All));
        if (!made.ok())
            qFatal("%s", qPrintable(made.errorMessage()));
        everyone = made.value();
    }
    Audience audience;
    audience.includeSegments << everyone->uuid;
    return audience;
}

// The subscribed, non-suppressed live contacts: what sealing "everyone" writes.
const char* const kSelectedRows =
    "SELECT c.id, c.uuid, c.email, s.state, s.event_id, c.first_name, c.last_name, "
    "c.custom_fields FROM contacts c JOIN consent_state s ON s.contact_id = c.id AND "
    "s.purpose = 'newsletter' AND s.state = 'subscribed' WHERE c.deleted = 0 AND NOT EXISTS "
    "(SELECT 1 FROM suppressions x WHERE x.deleted = 0 AND x.email = c.email COLLATE NOCASE)";

// The same rows into a plain table, in one transaction, then dropped again.
double referenceInsert(Store& store, qint64* rows)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_seal_reference"));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE bench_seal_reference(contact_id INTEGER, contact_uuid TEXT, email TEXT, "
            "consent_state TEXT, consent_event_id INTEGER, first_name TEXT, last_name TEXT, "
            "custom_fields TEXT)")))
        qFatal("%s", qPrintable(q.lastError().text()));
    QElapsedTimer t;
    t.start();
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!q.exec(QStringLiteral("INSERT INTO bench_seal_reference %1")
                    .arg(QString::fromLatin1(kSelectedRows))))
        qFatal("%s", qPrintable(q.lastError().text()));
    *rows = q.numRowsAffected();
    q.exec(QStringLiteral("COMMIT"));
    const double elapsed = ms(t);
    q.exec(QStringLiteral("DROP TABLE bench_seal_reference"));
    return elapsed;
}

// Seals a new draft to "everyone" on a copy of the store and prints the time it took.
void benchSeal(const QString& path)
{
    auto opened = Workspace::open(path, QStringLiteral("bench"));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorMessage()));
    Store& store = opened.value()->store();
    const Audience audience = everyoneOf(store);
    const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    auto t = TemplateRepository(store).create(
        QStringLiteral("Bench %1").arg(tag), QStringLiteral("Nieuws voor {{first_name}}"),
        QStringLiteral("<p>Hallo {{first_name}}</p><a href=\"{{unsubscribe_url}}\">Afmelden</a>"));
    if (!t.ok())
        qFatal("%s", qPrintable(t.errorMessage()));
    Mailing draft;
    draft.name = QStringLiteral("Bench %1").arg(tag);
    draft.subject = QStringLiteral("Nieuws");
    draft.fromEmail = QStringLiteral("info@bakkerij.nl");
    draft.templateId = t.value().id;
    draft.audience = audience;
    MailingRepository mailings(store);
    auto created = mailings.create(draft);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorMessage()));

    qint64 referenceRows = 0;
    const double referenceBefore = referenceInsert(store, &referenceRows);
    QElapsedTimer timer;
    timer.start();
    auto sealed = mailings.seal(created.value().id, t.value(), QStringLiteral("Hallo"),
                                QJsonObject{{QStringLiteral("company"), QStringLiteral("Bench")}},
                                Clock::nowMs());
    const double sealMs = ms(timer);
    if (!sealed.ok())
        qFatal("%s", qPrintable(sealed.errorMessage()));
    const double referenceAfter = referenceInsert(store, &referenceRows);
    std::printf("seal: %d recipients in %.0f ms  |  reference (bare INSERT…SELECT of %lld rows "
                "into a plain table): %.0f ms before, %.0f ms after\n",
                sealed.value(), sealMs, referenceRows, referenceBefore, referenceAfter);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("PATH")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("5")},
         {QStringLiteral("seal-db"),
          QStringLiteral("a copy of the store to seal a mailing in (written to)"),
          QStringLiteral("PATH")}});
    parser.process(app);
    auto opened = Workspace::open(parser.value(QStringLiteral("db")), QStringLiteral("bench"));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorMessage()));
    Store& store = opened.value()->store();
    const Audience audience = everyoneOf(store);
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    std::vector<double> ours, reference;
    RecipientCount last;
    qint64 plain = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto counted = countRecipients(store, audience, Clock::nowMs());
        ours.push_back(ms(t));
        if (!counted.ok())
            qFatal("%s", qPrintable(counted.errorMessage()));
        last = counted.value();

        t.restart();
        QSqlQuery q(store.database());
        q.exec(QStringLiteral(
            "SELECT count(*) FROM contacts c JOIN consent_state s ON s.contact_id = c.id AND "
            "s.purpose = 'newsletter' AND s.state = 'subscribed' WHERE c.deleted = 0 AND NOT "
            "EXISTS (SELECT 1 FROM suppressions x WHERE x.deleted = 0 AND x.email = c.email "
            "COLLATE "
            "NOCASE)"));
        plain = q.next() ? q.value(0).toLongLong() : -1;
        reference.push_back(ms(t));
    }
    // The SQL way once, for comparison (what Automatic does for small audiences).
    QElapsedTimer sqlTimer;
    sqlTimer.start();
    auto inSql = countRecipients(store, audience, Clock::nowMs(), CountMethod::Sql);
    const double sqlMs = ms(sqlTimer);
    if (!inSql.ok() || inSql.value().selected != last.selected ||
        inSql.value().notSubscribedByState != last.notSubscribedByState ||
        inSql.value().total != last.total || inSql.value().suppressed != last.suppressed)
        qFatal("the SQL count differs from the in-memory one");
    const auto o = BenchStats::stats(ours), p = BenchStats::stats(reference);
    std::printf("audience: %lld contacts, %lld selected (plain count %lld), %lld not subscribed, "
                "%lld suppressed, %lld deleted\n",
                last.total, last.selected, plain, last.notSubscribed, last.suppressed,
                last.deleted);
    std::printf("countRecipients: first %.0f ms, p50 %.1f ms, max %.0f ms  |  reference (bare "
                "count): p50 %.0f ms, max %.0f ms  (%d runs)  |  countRecipients in SQL: %.0f ms "
                "(same count)\n",
                ours.front(), o.p50, o.max, p.p50, p.max, runs, sqlMs);
    if (parser.isSet(QStringLiteral("seal-db")))
        benchSeal(parser.value(QStringLiteral("seal-db")));
    return 0;
}
