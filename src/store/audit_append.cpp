#include "store/audit_append.hpp"

namespace frontline::store {

Status append_audit(Transaction& tx, audit::Entry e) {
  FL_ASSIGN_OR_RETURN(auto head, tx.audit().head());
  e.seq = head ? head->first + 1 : 1;
  e.prev_hash = head ? head->second : audit::kGenesisHash;
  e.hash = audit::compute_hash(e);
  return tx.audit().insert(e);
}

Result<audit::VerifyReport> verify_audit(Store& store) {
  audit::ChainVerifier verifier;
  FL_TRY(store.read([&](Transaction& tx) { return tx.audit().scan([&](const audit::Entry& e) { return verifier.feed(e); }); }));
  return verifier.report();
}

}  // namespace frontline::store
