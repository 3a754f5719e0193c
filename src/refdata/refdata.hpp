// Reference data: Vietnam's provinces (current 34 and the 63 before the
// 1 July 2025 merger), countries (ISO 3166-1), and Border Guard units.
//
// The data lives in JSON files under data/ (each naming its source) and is
// loaded into the store by `frontline init`. This module only reads and
// validates the files; it knows nothing of the store.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace frontline::refdata {

// A province after the 1 July 2025 merger (34 of them). `code` is a short
// upper-case Latin abbreviation used in case numbers ("LS" for Lạng Sơn).
struct CurrentProvince {
  std::string code;
  std::string gso_code;   // official 2-digit administrative code, as text
  std::string name;       // Vietnamese, NFC, e.g. "Lạng Sơn"
  std::string name_en;    // e.g. "Lang Son"
  bool coastal = false;
  std::vector<std::string> land_borders;  // ISO alpha-2 of neighbours: "CN", "LA", "KH"
  std::vector<std::string> formed_from;   // codes of former provinces merged into it
};

// A province as it was before 1 July 2025 (63 of them). `code` is its 2-digit
// GSO code as text ("20" for Lạng Sơn), so it never collides with a current code.
struct FormerProvince {
  std::string code;
  std::string name;
  std::string name_en;
  bool coastal = false;
  std::vector<std::string> land_borders;
  std::string merged_into;  // code of the CurrentProvince it became part of
};

struct Country {
  std::string alpha2;   // "VN"
  std::string alpha3;   // "VNM"
  std::string numeric;  // "704"
  std::string name_en;  // "Viet Nam" (ISO short name)
  std::string name_vi;  // "Việt Nam"; may be empty where no translation is known
};

enum class UnitKind { kCommandHq, kDepartment, kProvincialCommand, kBorderPost, kBorderGate };

// Stable names used in data files and the API: "command_hq", "department",
// "provincial_command", "border_post", "border_gate".
const char* unit_kind_name(UnitKind kind);
std::optional<UnitKind> parse_unit_kind(const std::string& name);

struct Unit {
  std::string code;           // unique, upper-case ASCII, e.g. "BDBP-LS-DHN"
  std::string name;           // Vietnamese
  std::string name_en;
  UnitKind kind = UnitKind::kBorderPost;
  std::string parent_code;    // empty only for the root (Command HQ)
  std::string province_code;  // CurrentProvince code; empty for HQ and departments
  std::string facing_country; // border posts/gates: ISO alpha-2 across the border, else empty
};

struct ReferenceData {
  std::vector<CurrentProvince> provinces;
  std::vector<FormerProvince> former_provinces;
  std::vector<Country> countries;
  std::vector<Unit> units;  // parents always precede their children
  std::vector<std::string> sources;  // the "source" text of each file loaded
};

// Reads provinces.json, countries.json and units.json from `dir` and checks
// them: codes unique, every former province merged into an existing current
// one, every country code in land_borders known, every unit's parent and
// province known, exactly one root. Returns InvalidArgument naming the file and
// the first problem on failure; Unavailable if a file cannot be read.
Result<ReferenceData> load_reference_data(const std::filesystem::path& dir);

}  // namespace frontline::refdata
