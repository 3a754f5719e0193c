#include "refdata/refdata.hpp"

#include "refdata/json_reader.hpp"
#include "refdata/validate.hpp"
#include "util/enum_names.hpp"

namespace frontline::refdata {
namespace {

constexpr EnumNames<UnitKind, 5> kUnitKindNames{{{
    {UnitKind::kCommandHq, "command_hq"},
    {UnitKind::kDepartment, "department"},
    {UnitKind::kProvincialCommand, "provincial_command"},
    {UnitKind::kBorderPost, "border_post"},
    {UnitKind::kBorderGate, "border_gate"},
}}};

}  // namespace

const char* unit_kind_name(UnitKind kind) { return kUnitKindNames.name(kind); }

std::optional<UnitKind> parse_unit_kind(const std::string& name) { return kUnitKindNames.parse(name); }

// Files are read in the order provinces, countries, units, and their "source"
// texts are appended to ReferenceData::sources in that order. Each file's own
// shape is checked before the next is read; the checks across files run once
// all three are in, so the first problem reported is the earliest in that order.
Result<ReferenceData> load_reference_data(const std::filesystem::path& dir) {
  ReferenceData data;
  FL_ASSIGN_OR_RETURN(auto provinces, detail::read_json_file(dir, detail::kProvincesFile));
  FL_TRY(detail::parse_provinces(provinces, data));
  FL_ASSIGN_OR_RETURN(auto countries, detail::read_json_file(dir, detail::kCountriesFile));
  FL_TRY(detail::parse_countries(countries, data));
  FL_ASSIGN_OR_RETURN(auto units, detail::read_json_file(dir, detail::kUnitsFile));
  FL_TRY(detail::parse_units(units, data));

  FL_TRY(detail::check_countries(data));
  FL_TRY(detail::check_provinces(data));
  FL_TRY(detail::check_units(data));
  return data;
}

}  // namespace frontline::refdata
