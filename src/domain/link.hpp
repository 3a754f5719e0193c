// Cross-case links (issue 5, point 6): what the cross-reference of case
// persons proposes — two person records that are probably one person, or two
// persons on different cases sharing a phone or a document — and what an
// investigator decides; confirmed duplicates are merged with undo
// (service/link_service.hpp, docs/links.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

// API names "duplicate_person", "shared_identifier".
enum class LinkKind { kDuplicatePerson, kSharedIdentifier };
// API names "open", "confirmed", "rejected", "merged".
enum class LinkStatus { kOpen, kConfirmed, kRejected, kMerged };

const char* link_kind_name(LinkKind k);
std::optional<LinkKind> parse_link_kind(const std::string& name);
std::vector<std::string> link_kind_names();
const char* link_status_name(LinkStatus s);
std::optional<LinkStatus> parse_link_status(const std::string& name);
std::vector<std::string> link_status_names();

struct LinkProposal {
  int64_t id = 0;
  LinkKind kind = LinkKind::kDuplicatePerson;
  int64_t person_a = 0;             // the lower id
  int64_t person_b = 0;
  std::string identifier_kind;      // "phone", "citizen_id", "passport" for shared identifiers; "" otherwise
  double score = 0.0;
  std::map<std::string, std::string> outcomes;  // field -> match outcome name
  LinkStatus status = LinkStatus::kOpen;
  TimePoint created_at;
  int64_t reviewed_by = 0;
  std::optional<TimePoint> reviewed_at;
  int64_t merge_id = 0;
  int64_t version = 1;
};

struct LinkFilter {
  std::optional<LinkStatus> status;
  std::optional<LinkKind> kind;
  int64_t person_id = 0;  // 0: any
  int64_t offset = 0;
  int64_t limit = 20;
};

struct LinkPage {
  std::vector<LinkProposal> items;
  int64_t total = 0;
};

// A link of the merged person to a case the survivor was already on: removed
// by the merge, put back by undo.
struct DroppedCaseLink {
  int64_t case_id = 0;
  PersonRole role = PersonRole::kWitness;
  TimePoint linked_at;
};

struct PersonMerge {
  int64_t id = 0;
  int64_t survivor_id = 0;
  int64_t merged_id = 0;
  int64_t proposal_id = 0;  // 0 when merged without a proposal
  std::map<std::string, std::vector<int64_t>> moved;  // table -> rowids now on the survivor
  std::vector<DroppedCaseLink> dropped;
  int64_t merged_by = 0;
  TimePoint merged_at;
  int64_t undone_by = 0;
  std::optional<TimePoint> undone_at;
};

}  // namespace frontline::domain
