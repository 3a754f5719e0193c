// Appending to the audit chain inside a store transaction, so the entry
// commits or rolls back together with the change it records.
#pragma once

#include "audit/audit.hpp"
#include "store/store.hpp"

namespace frontline::store {

// Sets e.seq, e.prev_hash and e.hash from the current head and inserts it.
Status append_audit(Transaction& tx, audit::Entry e);

// Verifies the whole chain in one read snapshot.
Result<audit::VerifyReport> verify_audit(Store& store);

}  // namespace frontline::store
