#pragma once

#include "Result.h"
#include "Segment.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class Store;
template <typename Row> class NamedRows;

// Saved segments. Like templates: one transaction per write with its change-log entry,
// tombstones instead of deletes, names unique among live segments (ignoring case).
class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRepository)

public:
    explicit SegmentRepository(Store& store)
        : m_store(store)
    {}

    Result<Segment> create(const QString& name, const SegmentRule& rules);
    // Writes the name and rules of segment.id.
    Result<Segment> save(const Segment& segment);
    Result<void> remove(qint64 segmentId);

    std::optional<Segment> findById(qint64 id);             // tombstones too
    std::optional<Segment> findByName(const QString& name); // live only, ignoring case
    QVector<Segment> all();                                 // live segments by name

private:
    Result<QString> validName(const QString& name, qint64 exceptId);
    NamedRows<Segment> rows();

    Store& m_store;
};
