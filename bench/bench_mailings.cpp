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
// INSERT … SELECT of the same rows (subscribed, not suppressed, live) into a plain table,
// the wide rows (uuid, names, custom fields) and the narrow ones a seal writes now.
// Target: ≤ 3 s.
//
// Opening a store migrates it: point --db at a copy too when this build has a migration
// the shared store lacks (--seal-only skips the count and needs no --db).
//
//   build/release/bench/bench_mailings --db /tmp/copy-of-the-store.db [--runs N]
//       [--seal-db /tmp/copy-of-the-store.db] [--seal-only]
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

// The narrow rows a seal writes (contact id, address, consent event) into a plain table.
const char* const kSelectedNarrowRows =
    "SELECT c.id, c.email, s.event_id FROM contacts c JOIN consent_state s ON s.contact_id = "
    "c.id AND s.purpose = 'newsletter' AND s.state = 'subscribed' WHERE c.deleted = 0 AND NOT "
    "EXISTS (SELECT 1 FROM suppressions x WHERE x.deleted = 0 AND x.email = c.email COLLATE "
    "NOCASE)";

double referenceNarrowInsert(Store& store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_seal_narrow"));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE bench_seal_narrow(contact_id INTEGER, email TEXT, event_id INTEGER)")))
        qFatal("%s", qPrintable(q.lastError().text()));
    QElapsedTimer t;
    t.start();
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!q.exec(QStringLiteral("INSERT INTO bench_seal_narrow %1")
                    .arg(QString::fromLatin1(kSelectedNarrowRows))))
        qFatal("%s", qPrintable(q.lastError().text()));
    q.exec(QStringLiteral("COMMIT"));
    const double elapsed = ms(t);
    q.exec(QStringLiteral("DROP TABLE bench_seal_narrow"));
    return elapsed;
}

// Seals new drafts to "everyone" on a copy of the store and prints the time each took:
// the first builds the in-memory sets (with --seal-only; otherwise the count above has
// built them when --db is the same file: the sets belong to the file), the second finds
// them built (the first seal's commit leaves them valid), the way a mailing is scheduled
// after the editor's count. Then one in SQL only (MailingRepository::SealMethod::Sql).
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
    MailingRepository mailings(store);
    const auto draft = [&](int n) {
        Mailing m;
        m.name = QStringLiteral("Bench %1 %2").arg(tag).arg(n);
        m.subject = QStringLiteral("Nieuws");
        m.fromEmail = QStringLiteral("info@bakkerij.nl");
        m.templateId = t.value().id;
        m.audience = audience;
        auto created = mailings.create(m);
        if (!created.ok())
            qFatal("%s", qPrintable(created.errorMessage()));
        return created.value().id;
    };
    const auto seal = [&](qint64 id, MailingRepository::SealMethod method, int* rows) {
        QElapsedTimer timer;
        timer.start();
        auto sealed =
            mailings.seal(id, t.value(), QStringLiteral("Hallo"),
                          QJsonObject{{QStringLiteral("company"), QStringLiteral("Bench")}},
                          Clock::nowMs(), method);
        const double elapsed = ms(timer);
        if (!sealed.ok())
            qFatal("%s", qPrintable(sealed.errorMessage()));
        *rows = sealed.value();
        return elapsed;
    };
    const qint64 first = draft(1), second = draft(2), third = draft(3);

    qint64 referenceRows = 0;
    const double referenceBefore = referenceInsert(store, &referenceRows);
    const double narrowBefore = referenceNarrowInsert(store);
    int rows = 0, rowsWarm = 0, rowsSql = 0;
    using Method = MailingRepository::SealMethod;
    const double cold = seal(first, Method::Automatic, &rows);
    const double warm = seal(second, Method::Automatic, &rowsWarm);
    const double inSql = seal(third, Method::Sql, &rowsSql);
    const double referenceAfter = referenceInsert(store, &referenceRows);
    const double narrowAfter = referenceNarrowInsert(store);
    std::printf("seal: %d recipients in %.0f ms (first: builds the sets unless counted before), "
                "%d in %.0f ms (sets built)  |  seal in SQL: %d in %.0f ms  |  reference (bare "
                "INSERT…SELECT of %lld rows into a plain table): wide rows %.0f ms before, %.0f "
                "ms after; narrow rows (id, email, event) %.0f ms before, %.0f ms after\n",
                rows, cold, rowsWarm, warm, rowsSql, inSql, referenceRows, referenceBefore,
                referenceAfter, narrowBefore, narrowAfter);
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
          QStringLiteral("PATH")},
         {QStringLiteral("seal-only"), QStringLiteral("only the sealing figures")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("seal-only"))) {
        benchSeal(parser.value(QStringLiteral("seal-db")));
        return 0;
    }
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
