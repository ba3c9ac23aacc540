#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

// Shared by the benchmarks: milliseconds of a timer and the percentiles of a series.
namespace BenchStats {

inline double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double p50, p95, max;
};

inline Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v.at(std::min(v.size() - 1, size_t(q * double(v.size())))); };
    return {at(0.5), at(0.95), v.back()};
}

} // namespace BenchStats
