// Training and capacity (docs/training.md): officers, the curriculum
// (modules, versions, editions, receipts), courses, participants, attendance
// and certificates. Codes (ranks, sexes, statuses) are kept as the strings
// the API uses; the is_* functions below say which are valid.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

// A text in both interface languages.
struct LocalizedText {
  std::string vi;
  std::string en;
};

// Rank codes (cấp bậc) in order, lowest first, then qncn and civilian.
const std::vector<std::string>& training_rank_codes();
bool is_training_rank(const std::string& code);
// "male" | "female".
bool is_training_sex(const std::string& code);
// Service numbers: upper-case ASCII letters, digits and '-', 1–32 characters.
bool is_service_number(const std::string& text);
// 1 to `max_size` characters, each an upper-case ASCII letter, a digit, or
// one of `others` (service numbers, course and module codes).
bool is_code(const std::string& text, size_t max_size, std::string_view others);
// A course code: 1 to 40 of A-Z, 0-9, '-', '.'.
inline bool is_course_code(const std::string& code) { return is_code(code, 40, "-."); }
// A module code: 1 to 20 of A-Z, 0-9, '-', '.', '_'.
inline bool is_module_code(const std::string& code) { return is_code(code, 20, "-._"); }

struct TrainingOfficer {
  int64_t id = 0;
  std::string full_name;  // NFC
  std::string service_number;
  int64_t unit_id = 0;
  std::string unit_code;  // filled on read
  std::string unit_path;  // filled on read
  std::string rank;
  std::string sex;
  std::string position;
  std::optional<int64_t> user_id;
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;
};

struct OfficerFilter {
  std::string q;  // folded substring of the name, or a service number prefix
  std::optional<int64_t> unit_id;  // that unit's subtree
  int64_t offset = 0;
  int64_t limit = 50;
};

struct OfficerPage {
  std::vector<TrainingOfficer> items;
  int64_t total = 0;
};

struct TrainingModule {
  int64_t id = 0;
  std::string code;
  int64_t position = 0;
  TimePoint created_at;
};

// "law" | "decree" | "case" | "guidance".
bool is_citation_kind(const std::string& kind);

struct Citation {
  std::string kind;
  std::string ref;
  std::string title;
};

// One version of a module; never edited once stored.
struct ModuleVersion {
  int64_t id = 0;
  int64_t module_id = 0;
  std::string module_code;  // filled on read
  int64_t version = 1;
  std::string title_vi;
  std::string title_en;
  std::string content_vi;
  std::string content_en;
  std::vector<LocalizedText> objectives;
  std::vector<Citation> citations;
  std::string effective_date;  // YYYY-MM-DD
  LocalizedText change_note;   // empty for version 1
  int64_t created_by = 0;
  TimePoint created_at;
};

struct Edition {
  int64_t id = 0;
  std::string code;
  std::string title;
  std::string effective_date;
  std::string note;
  std::vector<int64_t> module_version_ids;  // ascending
  int64_t created_by = 0;
  TimePoint created_at;
};

// "print" | "digital".
bool is_receipt_medium(const std::string& medium);

struct EditionReceipt {
  int64_t id = 0;
  int64_t edition_id = 0;
  std::string edition_code;  // filled on read
  int64_t unit_id = 0;
  std::string unit_code;  // filled on read
  std::string received_on;
  int64_t copies = 0;
  std::string medium = "print";
  std::string note;
  int64_t recorded_by = 0;
  TimePoint recorded_at;
};

}  // namespace frontline::domain
