// Internal to refdata: reading each reference file into ReferenceData and the
// checks across entries and files. Every function returns InvalidArgument
// naming the file and the first problem; see json_reader.hpp.
#pragma once

#include <nlohmann/json.hpp>

#include "refdata/refdata.hpp"

namespace frontline::refdata::detail {

inline constexpr const char* kProvincesFile = "provinces.json";
inline constexpr const char* kCountriesFile = "countries.json";
inline constexpr const char* kUnitsFile = "units.json";

// Each parse_* checks the file's shape (keys, types, NFC text, code formats),
// appends its entries to `out` and its "source" text to out.sources. Nothing
// is checked against other entries or files yet.
Status parse_provinces(const nlohmann::json& doc, ReferenceData& out);
Status parse_countries(const nlohmann::json& doc, ReferenceData& out);
Status parse_units(const nlohmann::json& doc, ReferenceData& out);

// Alpha-2, alpha-3 and numeric codes unique.
Status check_countries(const ReferenceData& data);
// Codes unique; former.merged_into and current.formed_from agree both ways;
// gso_code is one of the merged provinces' codes; land borders name known
// countries; a current province's coast and borders are the union of its parts'.
Status check_provinces(const ReferenceData& data);
// Codes unique; exactly one root, a command_hq; each parent known and listed
// earlier; provinces and facing countries known; fields fit the unit's kind.
Status check_units(const ReferenceData& data);

}  // namespace frontline::refdata::detail
