#pragma once

#include "Contact.h"

// Deterministic, Dutch-looking contacts for benchmarks and screenshots.
namespace DutchContacts {
Contact make(qint64 index);
}
