// Cases and everything attached to them: persons, timeline, evidence.
// Every call checks the caller's role (domain::Permission) and scope (their
// unit's subtree, or all units for HQ roles); a case outside the scope is
// reported as NotFound so its existence does not leak. Every write and every
// view of a person's identity is audited in the same transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/case.hpp"
#include "domain/person.hpp"
#include "domain/record.hpp"
#include "service/case_validation.hpp"
#include "service/person_index_sink.hpp"
#include "service/principal.hpp"
#include "store/file_vault.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

struct CaseLimits {
  int64_t max_evidence_bytes = 20 * 1024 * 1024;
  int64_t max_page_size = 200;
};

// A person as the caller may see them: identity present only with need to know.
struct PersonView {
  domain::Person person;
  std::optional<domain::PersonRole> role;  // set when viewed through a case
  bool masked = false;                     // identity withheld
  std::vector<std::pair<int64_t, domain::PersonRole>> cases;  // set by get_person
  bool victim = false;  // a victim in any case: the pseudonym starts "V-"
};

class CaseService {
 public:
  CaseService(store::Store& store, store::FileVault& vault, const Clock& clock, CaseLimits limits = {})
      : store_(store), vault_(vault), clock_(clock), limits_(limits) {}

  // Creates a case in status `reported` with a fresh number; InvalidArgument
  // naming every bad field.
  Result<domain::Case> create(const Principal& who, const domain::CaseDraft& draft);
  Result<domain::Case> get(const Principal& who, int64_t id);
  Result<domain::Case> update(const Principal& who, int64_t id, const domain::CasePatch& patch);
  Result<domain::CasePage> list(const Principal& who, domain::CaseFilter filter);
  // Conflict (with `allowed` set to the legal next states) when the move is
  // not in the workflow; PermissionDenied when the role may not make it.
  // `merged_into` is required for `merged`.
  Result<domain::Case> transition(const Principal& who, int64_t id, domain::CaseStatus to, const std::string& note,
                                  std::optional<int64_t> merged_into);

  // Persons on a case.
  Result<PersonView> add_person(const Principal& who, int64_t case_id, const domain::PersonDraft& draft,
                                domain::PersonRole role);
  Result<PersonView> link_person(const Principal& who, int64_t case_id, int64_t person_id, domain::PersonRole role);
  Status unlink_person(const Principal& who, int64_t case_id, int64_t person_id);
  Result<std::vector<PersonView>> list_persons(const Principal& who, int64_t case_id);
  // A person reachable through at least one case in the caller's scope.
  Result<PersonView> get_person(const Principal& who, int64_t person_id);
  Result<PersonView> update_person(const Principal& who, int64_t person_id, const domain::PersonPatch& patch);

  // Timeline.
  Result<domain::TimelineEvent> add_event(const Principal& who, int64_t case_id, const domain::EventDraft& draft);
  Result<std::vector<domain::TimelineEvent>> list_events(const Principal& who, int64_t case_id);

  // Evidence: the file is stored first, then the record; if recording fails
  // the file is removed again unless another record uses the same bytes.
  Result<domain::EvidenceItem> add_evidence(const Principal& who, int64_t case_id, const domain::EvidenceDraft& draft,
                                            std::string_view bytes);
  Result<std::vector<domain::EvidenceItem>> list_evidence(const Principal& who, int64_t case_id);
  Result<domain::EvidenceItem> get_evidence(const Principal& who, int64_t evidence_id);
  // The item and its bytes; audited as a download.
  Result<std::pair<domain::EvidenceItem, std::string>> download_evidence(const Principal& who, int64_t evidence_id);

  const CaseLimits& limits() const { return limits_; }

  // Told after every committed change to a person (add, link, unlink,
  // edit); nullptr (the default) tells nobody. Set before serving; `sink`
  // must outlive the service.
  void set_index_sink(PersonIndexSink* sink) { sink_ = sink; }

 private:
  void notify(int64_t person_id) const {
    if (sink_ != nullptr) {
      sink_->person_changed(person_id);
    }
  }

  store::Store& store_;
  store::FileVault& vault_;
  const Clock& clock_;
  CaseLimits limits_;
  PersonIndexSink* sink_ = nullptr;
};

// Loads case `id` if it exists and lies within the caller's scope; NotFound otherwise.
Result<domain::Case> case_in_scope(store::Transaction& tx, const Principal& who, int64_t id);
// Checks a permission; PermissionDenied naming the action otherwise.
Status require(const Principal& who, domain::Permission p, const char* action);

// Where a new case goes, once its draft is checked.
struct CasePlacement {
  domain::UnitInfo unit;
  store::ProvinceInfo province;
  std::string reported_on;
};
// Checks a new case's draft for `who`, recording each bad field in `bad` as
// `prefix` + name ("case.title" for a case opened with a reception); the
// placement when the draft is valid, nullopt when it is not.
Result<std::optional<CasePlacement>> check_new_case(store::Transaction& tx, const Principal& who,
                                                    const domain::CaseDraft& draft, TimePoint now, FieldErrors& bad,
                                                    const std::string& prefix);
// Inserts a checked person draft, links it to `case_id` in `role` and
// audits it, inside `tx`.
Result<domain::Person> insert_linked_person(store::Transaction& tx, const Principal& who, const Clock& clock,
                                            const domain::PersonDraft& draft, int64_t case_id,
                                            domain::PersonRole role, TimePoint now);
// Inserts a checked draft as a new `reported` case with its opening event and
// audit entry, inside `tx`.
Result<domain::Case> insert_new_case(store::Transaction& tx, const Principal& who, const Clock& clock,
                                     const domain::CaseDraft& draft, const CasePlacement& at, TimePoint now);

}  // namespace frontline::service
