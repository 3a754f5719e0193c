// Identifiers recorded on a case (phones, online accounts, bank accounts,
// vehicles, addresses, organizations; domain/identifier.hpp), the entities
// the link graph joins cases by (docs/graph.md).
//
// Same scope and permissions as the case's persons: reading needs
// kCaseRead and the case in the caller's units, adding and removing need
// kPersonWrite and a case not yet closed. An identifier tied to a person is
// that person's identifying data: its value, qualifier and note are shown
// only to roles that may see the person's identity (victims: need to know),
// each view audited as "person.identity.read"; a role that may not see it may
// not add or remove it either. Writes are audited ("identifier.create",
// "identifier.delete", never the value).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/identifier.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// How changes to a case's identifiers reach the link graph: told after
// commit, never after a rollback. Must be safe from any request thread.
class IdentifierSink {
 public:
  virtual ~IdentifierSink() = default;
  virtual void case_identifiers_changed(int64_t case_id) = 0;
};

struct IdentifierView {
  domain::CaseIdentifier identifier;  // value, qualifier, key and note empty when masked
  bool masked = false;
  bool victim = false;  // tied to a person who is a victim in some case
};

class IdentifierService {
 public:
  IdentifierService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // NotFound for a case outside the caller's units.
  Result<std::vector<IdentifierView>> list(const Principal& who, int64_t case_id);
  // InvalidArgument naming "kind", "value", "qualifier", "note" or
  // "person_id" (not a person of this case); Conflict when the case already
  // has the same identifier (same kind and key) for the same person (or
  // none); Conflict when the case is closed.
  Result<IdentifierView> add(const Principal& who, int64_t case_id, const domain::IdentifierDraft& draft);
  // NotFound when the case has no identifier `identifier_id`.
  Status remove(const Principal& who, int64_t case_id, int64_t identifier_id);

  // Told after every committed add and remove; nullptr tells nobody. Set
  // before serving; must outlive the service.
  void set_sink(IdentifierSink* sink) { sink_ = sink; }

 private:
  void notify(int64_t case_id) const {
    if (sink_ != nullptr) {
      sink_->case_identifiers_changed(case_id);
    }
  }

  store::Store& store_;
  const Clock& clock_;
  IdentifierSink* sink_ = nullptr;
};

// IdentifierService::add inside `tx`, for a caller that writes more in the
// same transaction (saving a lead with its identifiers); the same checks,
// errors and audit. The caller tells the sink after the commit.
Result<IdentifierView> add_identifier_in(store::Transaction& tx, const Principal& who, const Clock& clock,
                                         int64_t case_id, const domain::IdentifierDraft& draft);

}  // namespace frontline::service
