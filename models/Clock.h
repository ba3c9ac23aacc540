#pragma once

#include <QtGlobal>
#include <functional>

// The one source of "now" for stored timestamps, so tests (and later the retention and
// 30-day policy rules) can fix or advance time.
class Clock
{
public:
    // UTC milliseconds since the epoch.
    static qint64 nowMs();

    // Replace the time source; pass an empty function to restore the system clock.
    static void setSource(std::function<qint64()> source);
};
