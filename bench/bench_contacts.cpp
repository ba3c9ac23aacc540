// Contacts at scale: open + first page, search latency, deep scrolling and memory of the
// real window, at (by default) 1,000,000 generated Dutch-looking contacts.
//
//   build/release/bench/bench_contacts --db /tmp/sendtrix-1m.db --generate 1000000
//
// The reference in the same run is the straightforward SQL (count and first page with
// `id IN (SELECT rowid FROM contacts_fts WHERE … MATCH ?)`) run through the raw SQLite C
// API on the same file: what a plain FTS5 implementation costs without Qt in the way.
#include "BenchStats.h"
#include "ContactRepository.h"
#include "ContactTableModel.h"
#include "DutchContacts.h"
#include "MainWindow.h"
#include "Store.h"
#include "Transaction.h"
#include "Workspace.h"
#include "contacts/ContactsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace {

using BenchStats::ms;
using BenchStats::Stats;
using BenchStats::stats;

long statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void generate(const QString& path, qint64 wanted)
{
    auto ws = Workspace::open(path);
    if (!ws.ok())
        qFatal("%s", qPrintable(ws.errorMessage()));
    ContactRepository& repo = ws.value()->contacts();
    qint64 have = repo.count({});
    if (have >= wanted)
        return;
    std::printf("generating %lld contacts through ContactRepository (with change log and FTS)...\n",
                wanted - have);
    QElapsedTimer t;
    t.start();
    const qint64 start = have;
    while (have < wanted) {
        Transaction tx(ws.value()->store());
        const qint64 end = std::min(wanted, have + 10000);
        for (; have < end; ++have) {
            auto created = repo.create(DutchContacts::make(have));
            if (!created.ok())
                qFatal("%s", qPrintable(created.errorMessage()));
        }
        if (!tx.commit().ok())
            qFatal("commit failed");
    }
    std::printf("  %lld contacts in %.1f s (%.0f contacts/s)\n", have - start, ms(t) / 1000,
                double(have - start) / (ms(t) / 1000));
}

// The same count + first page the model runs, straight through the SQLite C API.
double rawSearch(sqlite3* db, const QString& search)
{
    const QByteArray fts = ContactQuery::ftsExpression(search).toUtf8();
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* count = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT count(*) FROM contacts c WHERE c.deleted = 0 AND c.id IN "
                       "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)",
                       -1, &count, nullptr);
    sqlite3_bind_text(count, 1, fts.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_step(count);
    sqlite3_finalize(count);
    sqlite3_stmt* page = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT c.id, c.email, c.first_name, c.last_name, c.company, c.city, "
                       "c.updated_at FROM contacts c WHERE c.deleted = 0 AND c.id IN "
                       "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?) "
                       "ORDER BY c.last_name COLLATE NOCASE, c.id LIMIT 200",
                       -1, &page, nullptr);
    sqlite3_bind_text(page, 1, fts.constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(page) == SQLITE_ROW) {
    }
    sqlite3_finalize(page);
    return ms(t);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"db", "store to benchmark", "PATH", "/tmp/sendtrix-bench-1m.db"});
    parser.addOption({"generate", "make sure the store has N contacts", "N", "1000000"});
    parser.addOption({"reps", "repetitions per search query", "N", "5"});
    parser.process(app);
    const QString path = parser.value("db");
    const int reps = parser.value("reps").toInt();
    generate(path, parser.value("generate").toLongLong());

    // 1. Open the store and show the first page (model level), repeated.
    std::vector<double> openTimes;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        auto ws = Workspace::open(path);
        ContactTableModel model(ws.value()->contacts());
        for (int row = 0; row < 40; ++row)
            model.index(row, 0).data();
        openTimes.push_back(ms(t));
    }
    const Stats open = stats(openTimes);

    // 2. The real window: open, construct, show and paint the first page.
    QElapsedTimer windowTimer;
    windowTimer.start();
    auto ws = Workspace::open(path);
    MainWindow window(*ws.value());
    window.resize(1280, 800);
    window.show();
    window.grab();
    const double windowMs = ms(windowTimer);
    const long rssOpen = statusKb("VmRSS:");
    ContactTableModel* model = window.contactsPage()->model();
    const qint64 total = model->rowCount();

    // 3. Search latency: set the search and read the first page, as typing does.
    const QStringList twoLetter = {"ja", "de", "an", "va", "me", "bo", "ke", "sa", "ut", "zw",
                                   "ba", "ro", "li", "pi", "ho", "gm", "ve", "fl", "wi", "no"};
    const QStringList fullWord = {
        "jansen", "amsterdam", "bakkerij", "marieke",       "dijkstra",   "groningen",  "kapsalon",
        "willem", "hoekstra",  "zwolle",   "fietsenwinkel", "lotte",      "maastricht", "visser",
        "ziggo",  "koster",    "femke",    "delft",         "boekhandel", "prins"};
    QMap<QString, std::vector<double>> perQuery;
    QMap<QString, int> hitCount;
    auto measure = [&](const QStringList& queries, std::vector<double>& ours,
                       std::vector<double>& raw, sqlite3* db) {
        for (int r = 0; r < reps; ++r) {
            for (const QString& q : queries) {
                model->setSearch({}); // each search starts from the whole table, as typing does
                QElapsedTimer t;
                t.start();
                model->setSearch(q);
                for (int row = 0; row < std::min(40, model->rowCount()); ++row)
                    model->index(row, 0).data();
                ours.push_back(ms(t));
                perQuery[q].push_back(ms(t));
                hitCount[q] = model->rowCount();
                raw.push_back(rawSearch(db, q));
            }
        }
        model->setSearch({});
    };
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    // First the SQL plans alone: what a search costs while the in-memory order is (re)built.
    ContactRepository& repo = ws.value()->contacts();
    repo.setUseSortOrders(false);
    std::vector<double> twoSql, fullSql, unused;
    measure(twoLetter, twoSql, unused, db);
    measure(fullWord, fullSql, unused, db);
    repo.setUseSortOrders(true);
    QElapsedTimer orderTimer;
    orderTimer.start();
    repo.waitForSortOrder(ContactQuery::SortColumn::LastName);
    const double orderMs = ms(orderTimer);
    perQuery.clear();
    std::vector<double> twoOurs, twoRaw, fullOurs, fullRaw;
    measure(twoLetter, twoOurs, twoRaw, db);
    measure(fullWord, fullOurs, fullRaw, db);
    sqlite3_close(db);

    // 4. Deep rows: a jump to the end (OFFSET page) and paging on from there (keyset).
    QElapsedTimer jump;
    jump.start();
    model->index(int(total) - 1, 0).data();
    const double jumpEndMs = ms(jump);
    QElapsedTimer middle;
    middle.start();
    model->index(int(total / 2), 0).data();
    const double jumpMiddleMs = ms(middle);
    std::vector<double> nextPage;
    int row = int(total / 2);
    for (int i = 0; i < 50 && row + ContactTableModel::PageSize < total; ++i) {
        row = (row / ContactTableModel::PageSize + 1) * ContactTableModel::PageSize;
        QElapsedTimer t;
        t.start();
        model->index(row, 0).data();
        nextPage.push_back(ms(t));
    }
    const Stats keyset = stats(nextPage);

    // 5. Memory with the table open, after scrolling top, middle and bottom in the window.
    QTableView* table = window.contactsPage()->table();
    for (int v :
         {0, table->verticalScrollBar()->maximum() / 2, table->verticalScrollBar()->maximum()}) {
        table->verticalScrollBar()->setValue(v);
        window.grab();
    }
    const long rss = statusKb("VmRSS:");
    const long hwm = statusKb("VmHWM:");

    const Stats two = stats(twoOurs), twoR = stats(twoRaw), twoS = stats(twoSql);
    const Stats full = stats(fullOurs), fullR = stats(fullRaw), fullS = stats(fullSql);
    std::printf("\ncontacts in store:                     %lld\n", total);
    std::printf(
        "open store + first page (model):       p50 %.1f ms, max %.1f ms (target <= 300 ms)\n",
        open.p50, open.max);
    std::printf("open store + window shown and painted: %.1f ms (target <= 300 ms)\n", windowMs);
    auto searchRow = [](const char* what, size_t n, const Stats& ours, const Stats& sql,
                        const Stats& raw) {
        std::printf("search, %-11s (n=%zu):            p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(target p95 <= 20 ms)\n",
                    what, n, ours.p50, ours.p95, ours.max);
        std::printf(
            "  SQL and FTS5 alone (while the memory is rebuilt): p50 %.1f ms, p95 %.1f ms\n",
            sql.p50, sql.p95);
        std::printf("  reference, plain IN (FTS subquery) SQL via the SQLite C API: p50 %.1f ms, "
                    "p95 %.1f ms\n",
                    raw.p50, raw.p95);
    };
    searchRow("two letters", twoOurs.size(), two, twoS, twoR);
    searchRow("full word", fullOurs.size(), full, fullS, fullR);
    std::printf("building the search structures in memory (last-name order, broad prefixes): %.1f "
                "ms (background threads)\n",
                orderMs);
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (auto it = perQuery.cbegin(); it != perQuery.cend(); ++it)
            std::printf("  %-14s %7d hits  p50 %6.1f ms  max %6.1f ms\n", qPrintable(it.key()),
                        hitCount.value(it.key()), stats(it.value()).p50, stats(it.value()).max);
    }
    std::printf("jump to last row (OFFSET page):       %.1f ms; to middle row %.1f ms\n", jumpEndMs,
                jumpMiddleMs);
    std::printf("next page while scrolling (keyset):   p50 %.2f ms, p95 %.2f ms\n", keyset.p50,
                keyset.p95);
    std::printf("memory, window open on the table:     RSS %.1f MB after opening, %.1f MB after "
                "scrolling, peak %.1f MB (target <= 150 MB)\n",
                rssOpen / 1024.0, rss / 1024.0, hwm / 1024.0);
    return 0;
}
