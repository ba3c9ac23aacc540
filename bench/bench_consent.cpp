// The consent ledger at scale: 1,000,000 contacts with about 3,000,000 consent events.
// Measures filtering the contacts table by consent state (count + first page, the work the
// lazy table does), recording one event (its own transaction, committed), and verifying the
// whole ledger.
//
//   build/release/bench/bench_consent --db /tmp/sendtrix-bench-1m.db
//
// The reference in the same run is the state derived from the ledger at query time
// (the latest event per contact, no consent_state table), through the raw SQLite C API:
// what the filter would cost without the state kept in the write's own transaction.
#include "BenchStats.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DutchContacts.h"
#include "Store.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace {

using State = ConsentEvent::State;

using BenchStats::ms;
using BenchStats::Stats;
using BenchStats::stats;

constexpr qint64 kDay = 24LL * 3600 * 1000;

// Deterministic spread of histories: most subscribed, many unsubscribed, some bounced, a
// few complaints, a few still pending, 5 % with no consent at all.
QVector<ConsentEvent> historyFor(qint64 index, qint64 contactId, qint64 now)
{
    QVector<ConsentEvent> events;
    const quint64 r = quint64(index) * 2654435761u % 1000;
    if (r < 50)
        return events;
    ConsentEvent e;
    e.contactId = contactId;
    e.source = QStringLiteral("web_form");
    e.sourceDetail = QStringLiteral("https://www.voorbeeld.nl/nieuwsbrief");
    e.wording = QStringLiteral("Ja, stuur mij de nieuwsbrief (maximaal twee keer per maand).");
    e.policyVersion = QStringLiteral("2025-06");
    e.actor = QStringLiteral("bench");
    const qint64 t0 = now - qint64(index % 1100) * kDay - 30 * kDay;
    e.state = State::Pending;
    e.basis = ConsentEvent::Basis::Consent;
    e.occurredAt = t0;
    events << e;
    if (r < 53)
        return events; // never confirmed
    e.state = State::Subscribed;
    e.occurredAt = t0 + 3600 * 1000;
    events << e;
    ConsentEvent last = e;
    last.occurredAt = t0 + qint64(r % 29 + 1) * kDay;
    last.basis = ConsentEvent::Basis::None;
    if (r < 353) {
        last.state = State::Unsubscribed;
        last.source = QStringLiteral("unsubscribe_link");
    } else if (r < 453) {
        last.state = State::Bounced;
        last.source = QStringLiteral("server_bounce");
    } else if (r < 463) {
        last.state = State::Complained;
        last.source = QStringLiteral("server_bounce");
    } else {
        last.state = State::Subscribed; // re-confirmed on a preference page
        last.basis = ConsentEvent::Basis::Consent;
    }
    events << last;
    if (r % 7 == 0) {
        ConsentEvent t = e;
        t.purpose = ConsentEvent::Purpose::Testimonial;
        t.source = QStringLiteral("email_request");
        events << t;
    }
    return events;
}

void generate(Workspace& ws, qint64 contacts)
{
    ContactRepository& repo = ws.contacts();
    // Erasures in earlier runs leave a few gaps: only a store that is clearly short grows.
    qint64 have = repo.count({});
    if (have < contacts * 99 / 100) {
        std::printf("generating %lld contacts...\n", contacts - have);
        while (have < contacts) {
            Transaction tx(ws.store());
            for (const qint64 end = std::min(contacts, have + 10000); have < end; ++have)
                if (!repo.create(DutchContacts::make(have)).ok())
                    qFatal("contact");
            if (!tx.commit().ok())
                qFatal("commit");
        }
    }
    if (ws.consent().eventCount() > 0)
        return;
    std::printf("recording consent histories through ConsentRepository::record...\n");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    qint64 recorded = 0;
    QSqlQuery ids(ws.store().database());
    ids.setForwardOnly(true);
    ids.exec(QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 ORDER BY id"));
    QList<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    ids.finish();
    for (qsizetype i = 0; i < all.size();) {
        Transaction tx(ws.store());
        for (const qsizetype end = std::min(all.size(), i + 5000); i < end; ++i) {
            for (const ConsentEvent& e : historyFor(i, all.at(i), now)) {
                auto r = ws.consent().record(e);
                if (!r.ok())
                    qFatal("record: %s", qPrintable(r.errorMessage()));
                ++recorded;
            }
        }
        if (!tx.commit().ok())
            qFatal("commit");
        if (i % 100000 == 0)
            std::printf("  %lld contacts, %lld events\n", qint64(i), recorded);
    }
    std::printf("  %lld events in %.1f s (%.0f events/s in batches of 5,000 contacts)\n", recorded,
                ms(t) / 1000, double(recorded) / (ms(t) / 1000));
}

// The reference: the latest newsletter event per contact, found in the ledger at query time.
double derivedAtQueryTime(sqlite3* db, const char* state)
{
    const char* where =
        "c.deleted = 0 AND (SELECT e.state FROM consent_events e WHERE e.contact_id = c.id AND "
        "e.purpose = 'newsletter' ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) = ?";
    QElapsedTimer t;
    t.start();
    for (const char* head : {"SELECT count(*) FROM contacts c WHERE ",
                             "SELECT c.id, c.email, c.first_name, c.last_name FROM contacts c "
                             "WHERE "}) {
        QByteArray sql = QByteArray(head) + where;
        if (head[7] == 'c' && head[8] == '.')
            sql += " ORDER BY c.last_name_key COLLATE NOCASE, c.id LIMIT 100";
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
        sqlite3_bind_text(st, 1, state, -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
    }
    return ms(t);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"db", "store to benchmark", "PATH", "/tmp/sendtrix-bench-1m.db"});
    parser.addOption({"contacts", "make sure the store has N contacts", "N", "1000000"});
    parser.addOption({"reps", "repetitions per measurement", "N", "20"});
    parser.process(app);
    const QString path = parser.value("db");
    const int reps = parser.value("reps").toInt();

    auto opened = Workspace::open(path, QStringLiteral("bench"));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorMessage()));
    Workspace& ws = *opened.value();
    generate(ws, parser.value("contacts").toLongLong());
    ContactRepository& repo = ws.contacts();
    std::printf("store: %lld live contacts, %lld consent events\n", repo.count({}),
                ws.consent().eventCount());

    // 1. Filter by consent state: count + first page of 100, as the table asks for them.
    struct Filter
    {
        const char* name;
        ContactQuery::Consent consent;
        const char* reference; // state name for the reference, or null
    };
    const Filter filters[] = {
        {"subscribed", ContactQuery::Consent::Subscribed, "subscribed"},
        {"unsubscribed", ContactQuery::Consent::Unsubscribed, "unsubscribed"},
        {"bounced", ContactQuery::Consent::Bounced, "bounced"},
        {"complained", ContactQuery::Consent::Complained, "complained"},
        {"pending", ContactQuery::Consent::Pending, "pending"},
        {"none recorded", ContactQuery::Consent::NoneRecorded, nullptr},
        {"needs re-permission (24 months)", ContactQuery::Consent::NeedsRepermission, nullptr},
    };
    std::printf("\nfilter by newsletter state: count + first page of 100 (a first run, then %d "
                "runs each)\n",
                reps);
    double worst = 0;
    for (const Filter& f : filters) {
        for (auto sort : {ContactQuery::SortColumn::LastName, ContactQuery::SortColumn::Company}) {
            ContactQuery q;
            q.consent = f.consent;
            q.sort = sort;
            q.repermissionBeforeMs = QDateTime::currentMSecsSinceEpoch() - 730 * kDay;
            std::vector<double> times;
            double first = 0; // the first run reads the state index from disk
            qint64 n = 0;
            for (int i = 0; i < reps + 1; ++i) {
                QElapsedTimer t;
                t.start();
                n = repo.count(q);
                const auto page = repo.page(q, 0, 100);
                if (i == 0)
                    first = ms(t);
                else
                    times.push_back(ms(t));
                if (page.size() != std::min<qint64>(n, 100))
                    qFatal("page size %d for count %lld", int(page.size()), n);
            }
            const Stats s = stats(times);
            worst = std::max(worst, s.p95);
            std::printf("  %-32s %-9s %8lld contacts   first %6.1f ms   p50 %6.1f ms   p95 %6.1f "
                        "ms\n",
                        f.name,
                        sort == ContactQuery::SortColumn::LastName ? "last name" : "company", n,
                        first, s.p50, s.p95);
        }
    }
    std::printf("  worst p95: %.1f ms (target <= 50 ms)\n", worst);

    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::printf("\nreference: state derived from the ledger at query time (raw C API, 1 run)\n");
    for (const char* state : {"subscribed", "complained"})
        std::printf("  %-12s %8.1f ms\n", state, derivedAtQueryTime(raw, state));
    sqlite3_close(raw);

    // 2. Recording one event: its own transaction, committed (WAL, synchronous = NORMAL).
    std::vector<double> recordTimes;
    {
        QSqlQuery q(ws.store().database());
        q.exec(QStringLiteral("SELECT c.id FROM contacts c JOIN consent_state s ON s.contact_id "
                              "= c.id AND s.purpose = 'newsletter' AND s.state = 'subscribed' "
                              "WHERE c.deleted = 0 LIMIT 300"));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : ids) {
            ConsentEvent e;
            e.contactId = id;
            e.purpose = ConsentEvent::Purpose::Testimonial;
            e.state = State::Subscribed;
            e.basis = ConsentEvent::Basis::Consent;
            e.source = QStringLiteral("email_request");
            e.wording = QStringLiteral("Mijn citaat mag op de website.");
            QElapsedTimer t;
            t.start();
            auto r = ws.consent().record(e);
            recordTimes.push_back(ms(t));
            if (!r.ok())
                qFatal("%s", qPrintable(r.errorMessage()));
        }
    }
    const Stats rs = stats(recordTimes);
    std::printf("\nrecord one event (own transaction, %zu events): p50 %.2f ms  p95 %.2f ms  max "
                "%.2f ms (target <= 2 ms)\n",
                recordTimes.size(), rs.p50, rs.p95, rs.max);

    // 3. Erasing one person (AVG art. 17), search index merge and WAL truncation included.
    {
        std::vector<double> eraseTimes;
        std::vector<double> purgeTimes;
        for (qint64 index : {123457, 523457, 923457, 223461, 623461, 823461, 323467, 723467}) {
            if (eraseTimes.size() == 3)
                break;
            const Contact c = DutchContacts::make(index);
            const auto found = repo.findByEmail(c.email);
            if (!found)
                continue;
            QElapsedTimer t;
            t.start();
            auto erased = ws.erasePerson(found->id, DataSubjectRights::Purge::Later);
            eraseTimes.push_back(ms(t));
            if (!erased.ok())
                qFatal("%s", qPrintable(erased.errorMessage()));
            t.restart(); // the worker's part: merge the search index, truncate the WAL
            if (!Workspace::finishErasure(path).ok())
                qFatal("purge failed");
            purgeTimes.push_back(ms(t));
        }
        if (!eraseTimes.empty()) {
            const Stats es = stats(eraseTimes);
            const Stats ps = stats(purgeTimes);
            std::printf("\nerase one person (%zu runs): rows p50 %.1f ms (GUI thread), search "
                        "index merge p50 %.0f ms max %.0f ms (worker thread)\n",
                        eraseTimes.size(), es.p50, ps.p50, ps.max);
        }
    }

    // 4. Verify the whole ledger.
    const auto report = ConsentRepository::verify(path);
    std::printf("\nverify ledger: %lld events of %lld contacts in %.1f s = %.0f events/s, %s\n",
                report.events, report.contacts, double(report.elapsedMs) / 1000,
                double(report.events) / (double(report.elapsedMs) / 1000),
                report.ok() ? "intact" : "PROBLEMS");
    return 0;
}
