// Counting a mailing's recipients (issue 10): the audience "everyone" (a segment with no
// rules) over a store of 1,000,000 contacts with their consent ledger (bench_consent's
// store), through countRecipients: one set-based statement that counts every contact once
// under its reason (deleted, excluded, not subscribed by state, suppressed, selected).
// Reference in the same run: the bare count of subscribed, non-suppressed live contacts
// in one SQL statement, without the reasons. Target: ≤ 200 ms.
//
//   build/release/bench/bench_mailings --db /tmp/sendtrix-bench-1m.db [--runs N]
#include "Audience.h"
#include "BenchStats.h"
#include "Clock.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>
#include <vector>

using BenchStats::ms;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("PATH")},
                       {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"),
                        QStringLiteral("5")}});
    parser.process(app);
    auto opened = Workspace::open(parser.value(QStringLiteral("db")), QStringLiteral("bench"));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorMessage()));
    Store& store = opened.value()->store();
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
    const auto o = BenchStats::stats(ours), p = BenchStats::stats(reference);
    std::printf("audience: %lld contacts, %lld selected (plain count %lld), %lld not subscribed, "
                "%lld suppressed, %lld deleted\n",
                last.total, last.selected, plain, last.notSubscribed, last.suppressed,
                last.deleted);
    std::printf("countRecipients: p50 %.0f ms, max %.0f ms  |  reference (bare count): p50 %.0f "
                "ms, max %.0f ms  (%d runs)\n",
                o.p50, o.max, p.p50, p.max, runs);
    return 0;
}
