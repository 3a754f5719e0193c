// Checks across entries and files; see validate.hpp for the contracts.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "refdata/json_reader.hpp"
#include "refdata/validate.hpp"

namespace frontline::refdata::detail {
namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string joined(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : ", ") + in_quotes(items[i]);
  }
  return out + "]";
}

// The first value of `key(item)` seen twice, if any.
template <typename T, typename Key>
std::optional<std::string> first_duplicate(const std::vector<T>& items, Key key) {
  std::set<std::string> seen;
  for (const T& item : items) {
    if (!seen.insert(key(item)).second) {
      return key(item);
    }
  }
  return std::nullopt;
}

std::optional<std::string> first_duplicate(const std::vector<std::string>& items) {
  return first_duplicate(items, [](const std::string& s) { return s; });
}

std::set<std::string> country_codes(const ReferenceData& data) {
  std::set<std::string> out;
  for (const Country& c : data.countries) {
    out.insert(c.alpha2);
  }
  return out;
}

// Problem with one province's land_borders, or empty.
std::string border_problem(const std::string& what, const std::vector<std::string>& borders,
                           const std::set<std::string>& countries) {
  if (auto dup = first_duplicate(borders)) {
    return what + " lists land border " + in_quotes(*dup) + " twice";
  }
  for (const std::string& b : borders) {
    if (b == "VN" || countries.count(b) == 0) {
      return what + " has unknown land border " + in_quotes(b);
    }
  }
  return {};
}

}  // namespace

Status check_countries(const ReferenceData& data) {
  const auto& c = data.countries;
  if (auto dup = first_duplicate(c, [](const Country& x) { return x.alpha2; })) {
    return file_error(kCountriesFile, "duplicate alpha2 " + in_quotes(*dup));
  }
  if (auto dup = first_duplicate(c, [](const Country& x) { return x.alpha3; })) {
    return file_error(kCountriesFile, "duplicate alpha3 " + in_quotes(*dup));
  }
  if (auto dup = first_duplicate(c, [](const Country& x) { return x.numeric; })) {
    return file_error(kCountriesFile, "duplicate numeric code " + in_quotes(*dup));
  }
  return {};
}

Status check_provinces(const ReferenceData& data) {
  const auto fail = [](std::string problem) { return Status(file_error(kProvincesFile, std::move(problem))); };
  if (auto dup = first_duplicate(data.provinces, [](const CurrentProvince& p) { return p.code; })) {
    return fail("duplicate current code " + in_quotes(*dup));
  }
  if (auto dup = first_duplicate(data.provinces, [](const CurrentProvince& p) { return p.gso_code; })) {
    return fail("duplicate current gso_code " + in_quotes(*dup));
  }
  if (auto dup = first_duplicate(data.former_provinces, [](const FormerProvince& p) { return p.code; })) {
    return fail("duplicate former code " + in_quotes(*dup));
  }

  const std::set<std::string> countries = country_codes(data);
  std::map<std::string, const CurrentProvince*> current;
  for (const CurrentProvince& p : data.provinces) {
    current[p.code] = &p;
  }
  std::map<std::string, const FormerProvince*> former;
  for (const FormerProvince& p : data.former_provinces) {
    former[p.code] = &p;
    if (current.count(p.merged_into) == 0) {
      return fail("former province " + in_quotes(p.code) + " merged into unknown code " + in_quotes(p.merged_into));
    }
    if (auto problem = border_problem("former province " + in_quotes(p.code), p.land_borders, countries);
        !problem.empty()) {
      return fail(problem);
    }
  }

  for (const CurrentProvince& p : data.provinces) {
    const std::string what = "current province " + in_quotes(p.code);
    if (auto problem = border_problem(what, p.land_borders, countries); !problem.empty()) {
      return fail(problem);
    }
    if (auto dup = first_duplicate(p.formed_from)) {
      return fail(what + " lists " + in_quotes(*dup) + " twice in formed_from");
    }
    bool coastal = false;
    std::set<std::string> borders;
    for (const std::string& part : p.formed_from) {
      auto it = former.find(part);
      if (it == former.end()) {
        return fail(what + " is formed from unknown former province " + in_quotes(part));
      }
      if (it->second->merged_into != p.code) {
        return fail(what + " lists " + in_quotes(part) + " in formed_from, but " + in_quotes(part) + " is merged into " +
                    in_quotes(it->second->merged_into));
      }
      coastal = coastal || it->second->coastal;
      borders.insert(it->second->land_borders.begin(), it->second->land_borders.end());
    }
    if (std::find(p.formed_from.begin(), p.formed_from.end(), p.gso_code) == p.formed_from.end()) {
      return fail(what + " has gso_code " + in_quotes(p.gso_code) + ", which is not one of its former provinces");
    }
    if (coastal != p.coastal) {
      return fail(what + " has coastal=" + (p.coastal ? "true" : "false") + " but its former provinces say " +
                  (coastal ? "true" : "false"));
    }
    if (std::set<std::string>(p.land_borders.begin(), p.land_borders.end()) != borders) {
      return fail(what + " has land_borders " + joined(p.land_borders) +
                  ", not the union of its former provinces' " +
                  joined(std::vector<std::string>(borders.begin(), borders.end())));
    }
  }

  // Every former province must appear in its current province's formed_from.
  for (const FormerProvince& p : data.former_provinces) {
    const auto& parts = current.at(p.merged_into)->formed_from;
    if (std::find(parts.begin(), parts.end(), p.code) == parts.end()) {
      return fail("former province " + in_quotes(p.code) + " is merged into " + in_quotes(p.merged_into) +
                  " but missing from its formed_from");
    }
  }
  return {};
}

Status check_units(const ReferenceData& data) {
  const auto fail = [](std::string problem) { return Status(file_error(kUnitsFile, std::move(problem))); };
  if (auto dup = first_duplicate(data.units, [](const Unit& u) { return u.code; })) {
    return fail("duplicate unit code " + in_quotes(*dup));
  }
  std::set<std::string> provinces;
  for (const CurrentProvince& p : data.provinces) {
    provinces.insert(p.code);
  }
  const std::set<std::string> countries = country_codes(data);

  std::vector<std::string> roots;
  std::map<std::string, const Unit*> earlier;  // units already seen, by code
  std::set<std::string> all_codes;
  for (const Unit& u : data.units) {
    all_codes.insert(u.code);
  }
  for (const Unit& u : data.units) {
    const std::string what = "unit " + in_quotes(u.code);
    const bool in_province = u.kind == UnitKind::kProvincialCommand || u.kind == UnitKind::kBorderPost ||
                             u.kind == UnitKind::kBorderGate;
    const bool at_border = u.kind == UnitKind::kBorderPost || u.kind == UnitKind::kBorderGate;
    if (u.parent_code.empty()) {
      roots.push_back(u.code);
      if (u.kind != UnitKind::kCommandHq) {
        return fail(what + " has no parent but is not the command_hq");
      }
    } else if (u.parent_code == u.code) {
      return fail(what + " is its own parent");
    } else {
      auto parent = earlier.find(u.parent_code);
      if (parent == earlier.end()) {
        if (all_codes.count(u.parent_code) == 0) {
          return fail(what + " has unknown parent " + in_quotes(u.parent_code));
        }
        return fail(what + " comes before its parent " + in_quotes(u.parent_code));
      }
      const Unit& p = *parent->second;
      if (p.kind == UnitKind::kProvincialCommand && at_border && u.province_code != p.province_code) {
        return fail(what + " is in province " + in_quotes(u.province_code) + " but its parent " + in_quotes(p.code) +
                    " is in " + in_quotes(p.province_code));
      }
    }
    if (in_province && u.province_code.empty()) {
      return fail(what + " of kind " + unit_kind_name(u.kind) + " needs a province_code");
    }
    if (!in_province && !u.province_code.empty()) {
      return fail(what + " of kind " + unit_kind_name(u.kind) + " must not have a province_code");
    }
    if (!u.province_code.empty() && provinces.count(u.province_code) == 0) {
      return fail(what + " has unknown province " + in_quotes(u.province_code));
    }
    if (!at_border && !u.facing_country.empty()) {
      return fail(what + " of kind " + unit_kind_name(u.kind) + " must not have a facing_country");
    }
    if (!u.facing_country.empty() && (u.facing_country == "VN" || countries.count(u.facing_country) == 0)) {
      return fail(what + " faces unknown country " + in_quotes(u.facing_country));
    }
    earlier[u.code] = &u;
  }
  if (roots.size() != 1) {
    return fail(std::to_string(roots.size()) + " root units " + joined(roots) +
                "; exactly one unit (the command_hq) must have no parent_code");
  }
  return {};
}

}  // namespace frontline::refdata::detail
