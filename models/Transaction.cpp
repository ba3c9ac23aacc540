#include "Transaction.h"

#include "Store.h"

Transaction::Transaction(Store& store)
    : m_store(store)
{
    auto begun = m_store.begin();
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        m_store.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    auto committed = m_store.commit();
    if (!committed.ok())
        m_store.rollback();
    return committed;
}
