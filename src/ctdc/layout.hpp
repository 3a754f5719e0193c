// The layout of the Counter Trafficking Data Collaborative's global victim
// dataset (CTDC, IOM; the public k-anonymised CSV): its 63 column names in
// the order of the published file, and the vocabularies of the columns
// Frontline fills or checks. The column list is data, kept in one place
// (layout.cpp); a change to the published layout is a change there.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline::ctdc {

// A row: column name -> cell text. A missing key and an empty cell both mean
// "not recorded" (the published dataset leaves such cells empty).
using Row = std::map<std::string, std::string>;

// The 63 column names in the published order.
const std::vector<std::string>& columns();
// The position of `name` in columns(), or nullopt.
std::optional<size_t> column_index(const std::string& name);

// How a column's cells are checked on import and what they may hold.
enum class ColumnKind {
  kYear,         // yearOfRegistration: "2019", or a range "2018-2020" after generalization
  kGender,       // "Female", "Male", "Transgender/NonConforming", "Unknown"
  kAgeBand,      // one of age_bands()
  kMajority,     // "Adult", "Minor", "Unknown"
  kCountry,      // ISO alpha-2, a region of regions.hpp, or "Other"
  kFlag,         // "0" or "1"
  kText,         // free text (Datasource, the *Concatenated lists, RecruiterRelationship)
};
ColumnKind column_kind(size_t index);

// CTDC's broad age bands: "0--8", "9--17", "18--20", "21--23", "24--26",
// "27--29", "30--38", "39--47", "48+".
const std::vector<std::string>& age_bands();
// The band of an age in whole years; empty for a negative age.
std::string age_band(int age);

inline constexpr const char* kYear = "yearOfRegistration";
inline constexpr const char* kDatasource = "Datasource";
inline constexpr const char* kGender = "gender";
inline constexpr const char* kAgeBroad = "ageBroad";
inline constexpr const char* kMajorityStatus = "majorityStatus";
inline constexpr const char* kCitizenship = "citizenship";
inline constexpr const char* kCountryOfExploitation = "CountryOfExploitation";

// The exploitation-type flags (isForcedLabour ... isSlaveryAndPractices).
const std::vector<std::string>& exploitation_flags();

// The default quasi-identifiers of an export: yearOfRegistration, gender,
// ageBroad, majorityStatus, citizenship, CountryOfExploitation and the
// exploitation-type flags (see docs/ctdc.md for why).
const std::vector<std::string>& default_quasi_identifiers();

// The cell of `row` under `column`, "" when absent.
const std::string& cell(const Row& row, const std::string& column);

}  // namespace frontline::ctdc
