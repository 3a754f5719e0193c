// Leads: online posts (job ads, recruitment messages) that an officer or
// analyst saved because they looked like recruitment into trafficking
// (issue 6, point 5; docs/scan-api.md). A lead keeps the text as it was
// seen, where it was seen, a note, and the scanner's verdict at the time of
// saving (risk, level, the red flags that fired and the identifiers it
// named). It may be linked to a case when saved or later; it belongs to the
// case's unit, or to its creator's unit while it has no case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

// One identifier the scanner found in the lead's text.
struct LeadIdentifier {
  std::string kind;       // scan::id_kind_name: "phone", "telegram", ..., "bank_account"
  std::string value;      // as written
  std::string key;        // normalized
  std::string qualifier;  // bank of a bank account, else ""
  std::string channel;    // a phone's app when stated, else ""
};

struct Lead {
  int64_t id = 0;
  std::optional<int64_t> case_id;
  int64_t unit_id = 0;
  std::string unit_code;  // filled by the store
  std::string unit_path;  // filled by the store: "/1/7/"
  std::string text;       // sealed, as submitted
  std::string source_url; // sealed; "" when none
  std::string note;       // sealed; "" when none
  double risk = 0.0;      // the scan at saving time
  std::string level;      // "low", "medium", "high"
  std::vector<std::string> flag_ids;
  std::vector<LeadIdentifier> identifiers;  // sealed
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;
};

struct LeadDraft {
  std::string text;
  std::optional<int64_t> case_id;
  std::string source_url;
  std::string note;
  bool add_identifiers = false;
};

struct LeadPatch {
  std::optional<int64_t> case_id;  // link to (another) case
  std::optional<std::string> note;
  std::optional<std::string> source_url;
  std::optional<int64_t> expected_version;
};

struct LeadFilter {
  std::optional<int64_t> case_id;
  int64_t offset = 0;
  int64_t limit = 50;
};

struct LeadPage {
  std::vector<Lead> items;
  int64_t total = 0;
};

}  // namespace frontline::domain
