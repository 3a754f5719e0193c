// The generalization hierarchy of country cells (citizenship,
// CountryOfExploitation): ISO alpha-2 -> UN M49 sub-region -> UN M49 region
// -> "Other". Sub-Saharan Africa and Latin America and the Caribbean are
// used as one sub-region each (M49's intermediate regions are not used). The
// table is data, kept in regions.cpp; tests check that every country of
// data/countries.json except Antarctica has a sub-region.
#pragma once

#include <string>
#include <vector>

namespace frontline::ctdc {

// The top of the hierarchy: any value lifted past a region.
inline constexpr const char* kOtherRegion = "Other";

// The next, coarser value of a country cell: a country's sub-region, a
// sub-region's region, a region's (or an unknown code's) "Other"; "Other"
// stays "Other". An empty cell (not recorded) stays empty.
std::string generalize_place(const std::string& value);

// True for the names generalize_place can produce (sub-regions, regions,
// "Other"): cells an anonymized file may hold instead of a country code.
bool is_place_group(const std::string& value);

// Every sub-region name, in table order.
std::vector<std::string> sub_regions();

}  // namespace frontline::ctdc
