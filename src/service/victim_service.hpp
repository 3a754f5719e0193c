// Victims: ILO/EC indicator screenings (advice from identify/), the officer's
// identification decisions, and the reception of returned victims handed
// over at a border gate. Every change is audited; nothing identifying goes
// into the audit detail. Reads need the case of the record in the caller's
// units.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/case.hpp"
#include "domain/victim.hpp"
#include "identify/assess.hpp"
#include "service/person_index_sink.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// A screening with the engine's assessment of its current answers.
struct ScreeningView {
  domain::Screening screening;
  identify::Assessment assessment;
};

// Input of a new screening or of a change to a draft. On a change, `answers`
// are merged into the stored ones (an id given replaces its answer).
struct ScreeningInput {
  std::optional<int64_t> case_id;  // new only; may be left out when the person is on one case
  std::string set_id;              // new only
  identify::Answers answers;
  bool act_of_recruitment_given = false;
  std::optional<std::string> notes;
  std::optional<domain::ScreeningStatus> status;
  std::optional<int64_t> expected_version;  // change only
};

struct DecisionInput {
  std::optional<int64_t> case_id;
  std::optional<domain::LegalStatus> status;
  std::string decided_on;  // YYYY-MM-DD
  std::string agency;
  std::string grounds;
  std::vector<std::string> documents;
  std::optional<int64_t> screening_id;
};

struct ReceivedPersonInput {
  domain::PersonDraft person;
  std::vector<domain::ImmediateNeed> needs;
  std::string needs_note;
};

// A hand-over: either an existing case (`case_id`) or a new one (`new_case`).
struct ReceptionInput {
  std::optional<int64_t> case_id;
  std::optional<domain::CaseDraft> new_case;
  std::string unit_code;         // the receiving border gate or post
  std::string handover_country;  // ISO alpha-2, not VN
  std::string handover_agency;
  std::optional<TimePoint> handed_over_at;  // empty: now
  std::optional<int64_t> receiving_officer_id;  // empty: the caller
  std::string notes;
  std::vector<ReceivedPersonInput> persons;
};

struct ReceptionPage {
  std::vector<domain::Reception> items;
  int64_t total = 0;
};

class VictimService {
 public:
  VictimService(store::Store& store, const Clock& clock, const identify::Catalog& catalog)
      : store_(store), clock_(clock), catalog_(catalog) {}

  // The engine's assessment of `answers` against set `set_id`; stores
  // nothing. InvalidArgument naming "set_id" or each bad "answers.<id>".
  Result<identify::Assessment> assess(const Principal& who, const std::string& set_id,
                                      const identify::Answers& answers) const;

  // Starts a screening of a person on one of their cases (a draft unless
  // `status` is completed). InvalidArgument naming each bad field.
  Result<ScreeningView> start_screening(const Principal& who, int64_t person_id, const ScreeningInput& in);
  // Changes a draft; Conflict when it is completed or its version moved on.
  Result<ScreeningView> update_screening(const Principal& who, int64_t screening_id, const ScreeningInput& in);
  Result<std::vector<ScreeningView>> list_screenings(const Principal& who, int64_t person_id);
  Result<ScreeningView> get_screening(const Principal& who, int64_t screening_id);

  // Records an identification decision; the person's current legal status
  // is their latest decision.
  Result<domain::IdentificationDecision> decide(const Principal& who, int64_t person_id, const DecisionInput& in);
  // Oldest first.
  Result<std::vector<domain::IdentificationDecision>> decisions(const Principal& who, int64_t person_id);

  // Records a hand-over: opens the case (or adds to `case_id`), adds each
  // returnee as a victim, puts a reception event on the timeline — all or
  // nothing.
  Result<domain::Reception> receive(const Principal& who, const ReceptionInput& in);
  Result<domain::Reception> get_reception(const Principal& who, int64_t reception_id);
  Result<ReceptionPage> list_receptions(const Principal& who, int64_t offset, int64_t limit);

 // Told after a reception adds persons (see CaseService::set_index_sink).
  void set_index_sink(PersonIndexSink* sink) { sink_ = sink; }

 private:
  store::Store& store_;
  const Clock& clock_;
  const identify::Catalog& catalog_;
  PersonIndexSink* sink_ = nullptr;
};

// The case through which `who` works with `person_id`: `case_id` when given
// (it must link the person and lie in the caller's units), else the person's
// only case in the caller's units. InvalidArgument naming "case_id" otherwise;
// NotFound when the person is on no case the caller may see.
Result<domain::Case> case_of_person(store::Transaction& tx, const Principal& who, int64_t person_id,
                                    std::optional<int64_t> case_id);

}  // namespace frontline::service
