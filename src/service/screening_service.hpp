// Screening: a person as entered at a border gate (any of name, date of
// birth, sex, nationality, documents, phone) against every person linked to
// a case, through the in-memory match::MatchIndex. ScreeningIndex keeps the
// index current: built from the store at start, told by CaseService and
// VictimService (PersonIndexSink) after every committed change to a person.
//
// Scope and privacy (docs/screening.md): a candidate on a case in the
// caller's units is shown as case persons are (identity unless the role may
// not see it, then the pseudonym), with case numbers and links. A candidate
// only on cases outside the caller's units is still returned — finding a
// person from earlier cases anywhere is the point of screening — but only as
// a pseudonym, sex, birth year and nationality, the explanation's outcomes
// without their detail, no case ids or numbers, and the codes of the units
// to contact. Every screening is audited ("screen.query": how many
// candidates and the top score, never what was asked).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/index.hpp"
#include "service/person_index_sink.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// The index of case persons, kept current from the store.
class ScreeningIndex final : public PersonIndexSink {
 public:
  explicit ScreeningIndex(store::Store& store, match::IndexOptions options = {});

  // Reads every linked person from the store and replaces the index. Returns
  // how many persons were indexed.
  Result<int64_t> rebuild();
  // Re-reads `person_id` and updates or removes them. Logs failures.
  void person_changed(int64_t person_id) override;
  // The same, returning the failure.
  Status refresh(int64_t person_id);

  const match::MatchIndex& index() const { return index_; }

 private:
  store::Store& store_;
  match::MatchIndex index_;
};

// The indexed record of a stored person and their links.
match::IndexedRecord indexed_record(const store::LinkedPerson& lp);

struct ScreenQuery {
  std::string full_name;
  std::string date_of_birth;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::optional<domain::Sex> sex;
  std::string nationality;    // alpha-2
  std::string citizen_id;
  std::string passport_number;
  std::string phone;
  int64_t limit = 10;         // 1..50
};

struct ScreenCase {
  int64_t case_id = 0;
  std::string case_number;
  domain::PersonRole role = domain::PersonRole::kWitness;
};

struct ScreenCandidate {
  match::SourceKind source = match::SourceKind::kCasePerson;
  int64_t person_id = 0;
  double score = 0.0;
  bool alert = false;
  bool review = false;
  std::vector<match::FieldExplanation> explanation;
  bool in_scope = false;      // on at least one case in the caller's units
  bool masked = true;         // identity withheld (pseudonym only)
  std::string pseudonym;      // always set
  std::string full_name;      // set when not masked
  std::string date_of_birth;  // set when not masked
  domain::Sex sex = domain::Sex::kUnknown;
  std::optional<int> birth_year;
  std::string nationality;
  std::vector<ScreenCase> cases;          // cases in the caller's units only
  std::vector<std::string> contact_units; // units of cases outside the caller's units
};

struct ScreenResult {
  match::MatchProfile query;  // normalized
  std::vector<ScreenCandidate> candidates;
  int64_t scored = 0;         // candidates the index scored
};

class ScreeningService {
 public:
  ScreeningService(store::Store& store, const Clock& clock, ScreeningIndex& index)
      : store_(store), clock_(clock), index_(index) {}

  // PermissionDenied without kScreen; InvalidArgument naming every bad field
  // ("full_name", "date_of_birth", "nationality", "citizen_id",
  // "passport_number", "phone", "limit"), or naming full_name, citizen_id,
  // passport_number and phone when none of them is given. Audited.
  Result<ScreenResult> screen(const Principal& who, const ScreenQuery& query);

 private:
  store::Store& store_;
  const Clock& clock_;
  ScreeningIndex& index_;
};

// Checks and normalizes a query (no store access: nationality is checked
// for shape only here; screen() also checks it is a known country).
Result<match::MatchProfile> screen_profile(const ScreenQuery& query);

}  // namespace frontline::service
