// Cross-case links (issue 5, point 6; docs/links.md). The cross-reference of
// every case person against the screening index proposes
//   - duplicate_person: two person records scoring at or above the alert
//     level with the whole name agreeing or an equal document or phone,
//     probably one person entered twice (in one case or two);
//   - shared_identifier: two persons below that level who share a phone, a
//     citizen ID or a passport number and are not on exactly the same cases
//     ("the recruiter's phone appears in three cases").
// Proposals are raised after every committed change to a person (with the
// watchlist alerts) and by the batch `frontline links scan` over the whole
// store. Investigators and commanders (kLinkReview) review them: confirm or
// reject; a duplicate is merged into one person (its cases, screenings,
// decisions, receptions, referrals, checklist and alerts move to the
// survivor) and the merge can be undone. Everything is audited.
//
// Scope: a proposal is listed when either person is on a case in the
// caller's units; it can be acted on only when both are. A person is shown
// as screening shows candidates: name and date of birth when in scope and
// the role may see that identity (audited as person.identity.read, "via":
// "links"), else the pseudonym with sex, birth year and nationality.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/link.hpp"
#include "match/index.hpp"
#include "service/principal.hpp"
#include "service/screening_service.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// One side of a proposal, as the caller may see it.
struct LinkPerson {
  int64_t person_id = 0;
  std::string pseudonym;
  bool victim = false;
  bool in_scope = false;
  bool masked = true;
  std::string full_name;      // set when not masked
  std::string date_of_birth;  // set when not masked
  domain::Sex sex = domain::Sex::kUnknown;
  std::optional<int> birth_year;
  std::string nationality;
  std::vector<ScreenCase> cases;           // in the caller's units
  std::vector<std::string> contact_units;  // units of the other cases
  std::optional<int64_t> merged_into;
};

struct LinkView {
  domain::LinkProposal proposal;
  LinkPerson a;
  LinkPerson b;
  bool actionable = false;  // both persons in the caller's units, still open or confirmed
};

struct LinkViewPage {
  std::vector<LinkView> items;
  int64_t total = 0;
};

struct LinkScanReport {
  int64_t persons = 0;
  int64_t proposed = 0;  // new proposals (existing ones are kept as they are)
};

class LinkService {
 public:
  // `index` is told of the persons a merge or an undo changed.
  LinkService(store::Store& store, const Clock& clock, PersonIndexSink* index)
      : store_(store), clock_(clock), index_(index) {}

  // PermissionDenied without kLinkReview; InvalidArgument naming "status",
  // "kind", "offset" or "limit" (1..100).
  Result<LinkViewPage> list(const Principal& who, const domain::LinkFilter& filter);
  // NotFound outside the caller's units.
  Result<LinkView> get(const Principal& who, int64_t id);
  // decision "confirmed" or "rejected" (InvalidArgument naming "decision");
  // Conflict when no longer open or the version differs; Forbidden unless
  // both persons are in the caller's units.
  Result<LinkView> review(const Principal& who, int64_t id, const std::string& decision,
                          std::optional<int64_t> expected_version);
  // Merges the other person of an open or confirmed duplicate_person
  // proposal into `survivor_id` (one of its two persons; InvalidArgument
  // naming "survivor_id" otherwise). Conflict for other kinds or statuses.
  Result<domain::PersonMerge> merge(const Principal& who, int64_t proposal_id, int64_t survivor_id);
  // Undoes a merge: the merged person comes back with what moved; its
  // proposal becomes rejected, so it is not proposed again. NotFound unless
  // the survivor is in the caller's units; Conflict when already undone.
  Result<domain::PersonMerge> undo(const Principal& who, int64_t merge_id);
  // The merges of a person (as survivor or merged), newest first.
  Result<std::vector<domain::PersonMerge>> merges_of(const Principal& who, int64_t person_id);

 private:
  Result<LinkView> view(store::Transaction& tx, const Principal& who, const domain::LinkProposal& p,
                        std::vector<int64_t>& shown);
  store::Store& store_;
  const Clock& clock_;
  PersonIndexSink* index_;
};

// Proposes the links of `changed` (a case person just indexed) against the
// other case persons in `index`. Returns how many proposals are new.
Result<int64_t> propose_links(store::Store& store, const Clock& clock, const match::MatchIndex& index,
                              const match::IndexedRecord& changed);

// The batch cross-reference: every linked person against the index, on
// `threads` threads; `progress` (optional) is called with persons done.
Result<LinkScanReport> scan_links(store::Store& store, const Clock& clock, const match::MatchIndex& index, int threads,
                                  const std::function<void(int64_t)>& progress = {});

}  // namespace frontline::service
