#pragma once

#include "Result.h"

class Store;

// Rolls back unless commit() was called: every early return and every error path of a
// write leaves the store as it was.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Store& store);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN itself failed; error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }

    Result<void> commit();

private:
    Store& m_store;
    bool m_active = false;
    Error m_error;
};
