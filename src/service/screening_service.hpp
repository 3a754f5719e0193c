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
#include <mutex>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "match/index.hpp"
#include "service/person_index_sink.hpp"
#include "service/watchlist_index_sink.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// The index of case persons and watchlist entries, kept current from the
// store. Entries of person lists are indexed with their identity; entries of
// flagged_phones lists with their phone only (a phone match alone reaches
// the alert level); flagged accounts are not persons and are not indexed.
class ScreeningIndex final : public PersonIndexSink, public WatchlistIndexSink {
 public:
  // `clock` gives the Vietnamese date for entries' expiry; it must outlive
  // the index.
  ScreeningIndex(store::Store& store, const Clock& clock, match::IndexOptions options = {});

  // Reads every linked person and every matchable watchlist entry from the
  // store and replaces the index. Returns how many records were indexed.
  Result<int64_t> rebuild();
  // Raises the alerts of every indexed watchlist entry against the case
  // persons (an entry-by-entry pass: quick for lists of thousands); for a
  // store written while no server ran, as the demo generator does.
  Result<int64_t> raise_all_alerts();
  // Re-reads `person_id` and updates or removes them, then raises their
  // alerts and proposes their links when alerts are on. Logs failures.
  void person_changed(int64_t person_id) override;
  // Re-reads the matchable entries of list `list_id` and replaces the
  // list's records, then raises their alerts when alerts are on. Logs failures.
  void list_changed(int64_t list_id) override;
  // The same, returning the failure.
  Status refresh(int64_t person_id);
  Status refresh_list(int64_t list_id);
  // Whether refreshes raise watchlist alerts and propose cross-case links
  // (link_service.hpp) — on in the server; off for read-only uses such as
  // `frontline screen`.
  void set_alerts(bool on) { alerts_ = on; }

  const match::MatchIndex& index() const { return index_; }

 private:
  void raise_for(const match::IndexedRecord& record);

  store::Store& store_;
  const Clock& clock_;
  match::MatchIndex index_;
  bool alerts_ = false;
  std::mutex lists_mutex_;  // guards entries_of_list_
  // The indexed entries of every list, with the version indexed.
  std::unordered_map<int64_t, std::unordered_map<int64_t, int64_t>> entries_of_list_;
};

// The indexed record of a stored person and their links.
match::IndexedRecord indexed_record(const store::LinkedPerson& lp);
// The indexed record of a matchable watchlist entry; nullopt for entries
// that are not matched as persons (flagged accounts).
std::optional<match::IndexedRecord> indexed_record(const domain::MatchableEntry& m);

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
  int64_t person_id = 0;      // the case person's or the watchlist entry's id
  std::optional<match::IndexedListRef> list;  // the list of a watchlist entry
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
