// Shape checks of the three reference files; see validate.hpp.
#include <initializer_list>
#include <string>
#include <vector>

#include "refdata/json_reader.hpp"
#include "refdata/validate.hpp"

namespace frontline::refdata::detail {
namespace {

using nlohmann::json;

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string item_name(const char* list, size_t index) { return std::string(list) + "[" + std::to_string(index) + "]"; }

// Reads the top-level object {"source": ..., <list>: [...], ...} and records
// the source. Returns the arrays named in `lists`, in order; they stay owned by `doc`.
Result<std::vector<const json*>> read_top(const json& doc, const char* file, std::initializer_list<const char*> lists,
                                          ReferenceData& out) {
  FieldReader top(doc, "top level");
  std::string source = top.required_text("source");
  std::vector<const json*> arrays;
  for (const char* key : lists) {
    arrays.push_back(top.array(key));
  }
  FL_TRY(top.finish(file));
  out.sources.push_back(std::move(source));
  return arrays;
}

void check_borders(FieldReader& r, const std::vector<std::string>& borders) {
  for (const std::string& b : borders) {
    if (!is_upper_ascii(b, 2, 2)) {
      r.fail("land border " + in_quotes(b) + " is not an ISO alpha-2 code");
    }
  }
}

}  // namespace

Status parse_provinces(const json& doc, ReferenceData& out) {
  // Parenthesised: the braces hold a comma the macro would split on.
  FL_ASSIGN_OR_RETURN(auto lists, (read_top(doc, kProvincesFile, {"current", "former"}, out)));
  const json* current = lists[0];
  const json* former = lists[1];

  for (size_t i = 0; i < current->size(); ++i) {
    FieldReader r((*current)[i], item_name("current", i));
    CurrentProvince p;
    p.code = r.required_text("code");
    r.set_label(p.code);
    p.gso_code = r.text("gso_code");
    p.name = r.required_text("name");
    p.name_en = r.required_text("name_en");
    p.coastal = r.boolean("coastal");
    p.land_borders = r.text_list("land_borders");
    p.formed_from = r.text_list("formed_from");
    if (!r.failed() && !is_upper_ascii(p.code, 2, 4)) {
      r.fail("code must be 2-4 upper-case ASCII letters");
    }
    if (!r.failed() && !is_digits(p.gso_code, 2)) {
      r.fail("gso_code must be 2 digits");
    }
    check_borders(r, p.land_borders);
    if (!r.failed() && p.formed_from.empty()) {
      r.fail("formed_from must name at least one former province");
    }
    FL_TRY(r.finish(kProvincesFile));
    out.provinces.push_back(std::move(p));
  }

  for (size_t i = 0; i < former->size(); ++i) {
    FieldReader r((*former)[i], item_name("former", i));
    FormerProvince p;
    p.code = r.required_text("code");
    r.set_label(p.code);
    p.name = r.required_text("name");
    p.name_en = r.required_text("name_en");
    p.coastal = r.boolean("coastal");
    p.land_borders = r.text_list("land_borders");
    p.merged_into = r.required_text("merged_into");
    if (!r.failed() && !is_digits(p.code, 2)) {
      r.fail("code must be a 2-digit GSO code");
    }
    check_borders(r, p.land_borders);
    FL_TRY(r.finish(kProvincesFile));
    out.former_provinces.push_back(std::move(p));
  }
  return {};
}

Status parse_countries(const json& doc, ReferenceData& out) {
  FL_ASSIGN_OR_RETURN(auto lists, read_top(doc, kCountriesFile, {"countries"}, out));
  const json* countries = lists[0];

  for (size_t i = 0; i < countries->size(); ++i) {
    FieldReader r((*countries)[i], item_name("countries", i));
    Country c;
    c.alpha2 = r.required_text("alpha2");
    r.set_label(c.alpha2);
    c.alpha3 = r.required_text("alpha3");
    c.numeric = r.required_text("numeric");
    c.name_en = r.required_text("name_en");
    c.name_vi = r.text("name_vi");
    if (!r.failed() && !is_upper_ascii(c.alpha2, 2, 2)) {
      r.fail("alpha2 must be 2 upper-case ASCII letters");
    }
    if (!r.failed() && !is_upper_ascii(c.alpha3, 3, 3)) {
      r.fail("alpha3 must be 3 upper-case ASCII letters");
    }
    if (!r.failed() && !is_digits(c.numeric, 3)) {
      r.fail("numeric must be 3 digits");
    }
    FL_TRY(r.finish(kCountriesFile));
    out.countries.push_back(std::move(c));
  }
  return {};
}

Status parse_units(const json& doc, ReferenceData& out) {
  FL_ASSIGN_OR_RETURN(auto lists, read_top(doc, kUnitsFile, {"units"}, out));
  const json* units = lists[0];

  for (size_t i = 0; i < units->size(); ++i) {
    FieldReader r((*units)[i], item_name("units", i));
    Unit u;
    u.code = r.required_text("code");
    r.set_label(u.code);
    u.name = r.required_text("name");
    u.name_en = r.required_text("name_en");
    const std::string kind = r.required_text("kind");
    u.parent_code = r.text("parent_code");
    u.province_code = r.text("province_code");
    u.facing_country = r.text("facing_country");
    if (!r.failed() && !is_unit_code(u.code)) {
      r.fail("code must be upper-case ASCII letters and digits joined by single hyphens");
    }
    if (!r.failed()) {
      if (auto parsed = parse_unit_kind(kind)) {
        u.kind = *parsed;
      } else {
        r.fail("unknown kind " + in_quotes(kind) +
               " (expected command_hq, department, provincial_command, border_post or border_gate)");
      }
    }
    FL_TRY(r.finish(kUnitsFile));
    out.units.push_back(std::move(u));
  }
  return {};
}

}  // namespace frontline::refdata::detail
