// load_catalog: strict reading and checking of the indicator catalog JSON
// (format: data/indicators/ilo_ec_2009.json, described in data/README.md).
#include <array>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "identify/catalog.hpp"
#include "refdata/json_reader.hpp"

namespace frontline::identify {
namespace {

using nlohmann::json;
using refdata::detail::FieldReader;
using refdata::detail::file_error;

constexpr const char* kFile = "ilo_ec_2009.json";

// The dimension code used in indicator ids, e.g. "AVR".
constexpr std::array<std::pair<Dimension, const char*>, 6> kDimensionCodes = {{
    {Dimension::kDeceptiveRecruitment, "DR"},
    {Dimension::kCoerciveRecruitment, "CR"},
    {Dimension::kAbuseOfVulnerabilityRecruitment, "AVR"},
    {Dimension::kExploitativeConditions, "EC"},
    {Dimension::kCoercionAtDestination, "CD"},
    {Dimension::kAbuseOfVulnerabilityDestination, "AVD"},
}};

const char* dimension_code(Dimension d) {
  for (const auto& [dimension, code] : kDimensionCodes) {
    if (dimension == d) {
      return code;
    }
  }
  return "";
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool is_two_digits(std::string_view s) { return s.size() == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'; }

// Splits "AL-DR-01" into prefix "AL" and dimension code "DR"; nullopt if the
// id is not "<two upper-case letters>-<code>-<two digits>".
std::optional<std::pair<std::string, std::string>> split_id(std::string_view id) {
  const size_t first = id.find('-');
  const size_t last = id.rfind('-');
  if (first == std::string_view::npos || first == last) {
    return std::nullopt;
  }
  const std::string_view prefix = id.substr(0, first);
  const std::string_view code = id.substr(first + 1, last - first - 1);
  if (!refdata::detail::is_upper_ascii(prefix, 2, 2) || !is_two_digits(id.substr(last + 1))) {
    return std::nullopt;
  }
  return std::make_pair(std::string(prefix), std::string(code));
}

Status parse_formula(const json& rule, const char* key, Formula& out) {
  const std::string where = std::string("rule.") + key;
  const json& groups = rule.at(key);
  if (!groups.is_array() || groups.empty()) {
    return file_error(kFile, where + ": must be a non-empty array of arrays of terms");
  }
  std::set<std::string> seen;
  for (const json& group_json : groups) {
    if (!group_json.is_array() || group_json.empty()) {
      return file_error(kFile, where + ": every group must be a non-empty array of terms");
    }
    std::vector<Term> group;
    for (const json& term_json : group_json) {
      const std::string name = term_json.is_string() ? term_json.get<std::string>() : std::string();
      Term term;
      if (name == "act_of_recruitment") {
        term.act_of_recruitment = true;
      } else if (auto d = parse_dimension(name)) {
        term.dimension = *d;
      } else {
        return file_error(kFile, where + ": unknown term " + (term_json.is_string() ? in_quotes(name) : term_json.dump()));
      }
      // Used twice, Kleene evaluation would no longer be exact.
      if (!seen.insert(name).second) {
        return file_error(kFile, where + ": term " + in_quotes(name) + " is used more than once");
      }
      group.push_back(term);
    }
    out.push_back(std::move(group));
  }
  return {};
}

Status parse_rule(const json& doc, std::vector<Combination>& positive_when, Formula& adult, Formula& child) {
  const json& rule = doc.at("rule");
  FieldReader r(rule, "rule");
  const json* combos = r.array("dimension_positive_when");
  r.array("adult_trafficked_when");  // shapes checked by parse_formula
  r.array("child_trafficked_when");
  FL_TRY(r.finish(kFile));
  if (combos->empty()) {
    return file_error(kFile, "rule.dimension_positive_when: must list at least one combination");
  }
  for (size_t i = 0; i < combos->size(); ++i) {
    const std::string where = "rule.dimension_positive_when[" + std::to_string(i) + "]";
    FieldReader c((*combos)[i], where);
    Combination combination{c.count("strong"), c.count("medium"), c.count("weak")};
    FL_TRY(c.finish(kFile));
    if (combination.strong == 0 && combination.medium == 0) {
      return file_error(kFile, where + ": weak indicators alone must never make a dimension positive");
    }
    positive_when.push_back(combination);
  }
  FL_TRY(parse_formula(rule, "adult_trafficked_when", adult));
  FL_TRY(parse_formula(rule, "child_trafficked_when", child));
  return {};
}

Status parse_indicator(const json& j, const std::string& where, const std::string& set_prefix_hint, Indicator& out) {
  FieldReader r(j, where);
  out.id = r.required_text("id");
  r.set_label(out.id);
  const std::string dimension = r.required_text("dimension");
  const std::string strength = r.required_text("strength");
  out.text_en = r.required_text("text_en");
  out.text_vi = r.required_text("text_vi");
  if (!r.failed()) {
    if (auto d = parse_dimension(dimension)) {
      out.dimension = *d;
    } else {
      r.fail("unknown dimension " + in_quotes(dimension));
    }
    if (auto s = parse_strength(strength)) {
      out.strength = *s;
    } else {
      r.fail("unknown strength " + in_quotes(strength));
    }
  }
  if (!r.failed()) {
    auto parts = split_id(out.id);
    if (!parts) {
      r.fail("id must look like \"AL-DR-01\"");
    } else if (parts->second != dimension_code(out.dimension)) {
      r.fail("id names dimension code " + in_quotes(parts->second) + " but the dimension is " + in_quotes(dimension) +
             " (code " + in_quotes(dimension_code(out.dimension)) + ")");
    } else if (!set_prefix_hint.empty() && parts->first != set_prefix_hint) {
      r.fail("id prefix " + in_quotes(parts->first) + " differs from the set's " + in_quotes(set_prefix_hint));
    }
  }
  return r.finish(kFile);
}

Status parse_set(const json& j, size_t index, IndicatorSet& out) {
  std::string where = "sets[" + std::to_string(index) + "]";
  FieldReader r(j, where);
  out.id = r.required_text("id");
  r.set_label(out.id);
  out.children = r.boolean("children");
  const std::string exploitation = r.required_text("exploitation");
  out.title_en = r.required_text("title_en");
  out.title_vi = r.required_text("title_vi");
  const std::string verification_status = r.required_text("verification_status");
  out.verification = r.required_text("verification");
  const json* counts_json = r.object("counts");
  const json* indicators = r.array("indicators");
  if (!r.failed()) {
    if (auto e = parse_exploitation(exploitation)) {
      out.exploitation = *e;
    } else {
      r.fail("unknown exploitation " + in_quotes(exploitation) + " (labour or sexual)");
    }
    if (auto v = parse_verification(verification_status)) {
      out.verification_status = *v;
    } else {
      r.fail("unknown verification_status " + in_quotes(verification_status) +
             " (publication, secondary or reconstructed)");
    }
  }
  FL_TRY(r.finish(kFile));
  where += " (" + in_quotes(out.id) + ")";

  std::map<Dimension, int> declared;
  FieldReader counts(*counts_json, where + ".counts");
  for (Dimension d : kAllDimensions) {
    declared[d] = counts.count(dimension_name(d));
  }
  FL_TRY(counts.finish(kFile));

  std::string prefix;
  std::map<Dimension, int> actual;
  for (size_t i = 0; i < indicators->size(); ++i) {
    Indicator indicator;
    FL_TRY(parse_indicator((*indicators)[i], where + ".indicators[" + std::to_string(i) + "]", prefix, indicator));
    if (prefix.empty()) {
      prefix = split_id(indicator.id)->first;
    }
    ++actual[indicator.dimension];
    out.indicators.push_back(std::move(indicator));
  }
  for (Dimension d : kAllDimensions) {
    if (actual[d] == 0) {
      return file_error(kFile, where + ": no indicator in dimension " + in_quotes(dimension_name(d)));
    }
    if (actual[d] != declared[d]) {
      return file_error(kFile, where + ": dimension " + in_quotes(dimension_name(d)) + " has " +
                                   std::to_string(actual[d]) + " indicators but counts says " +
                                   std::to_string(declared[d]));
    }
  }
  return {};
}

// Across sets: ids unique in the catalog, one prefix per set, one set per
// (children, exploitation).
Status check_sets(const Catalog& catalog) {
  std::set<std::string> set_ids;
  std::map<std::string, std::string> id_owner;
  std::map<std::string, std::string> prefix_owner;
  std::set<std::pair<bool, Exploitation>> kinds;
  for (const IndicatorSet& set : catalog.sets) {
    if (!set_ids.insert(set.id).second) {
      return file_error(kFile, "set id " + in_quotes(set.id) + " is used twice");
    }
    if (!kinds.insert({set.children, set.exploitation}).second) {
      return file_error(kFile, "set " + in_quotes(set.id) + ": a second list for " +
                                   (set.children ? "children" : "adults") + " and " +
                                   exploitation_name(set.exploitation) + " exploitation");
    }
    const std::string prefix = split_id(set.indicators.front().id)->first;
    if (auto [it, inserted] = prefix_owner.emplace(prefix, set.id); !inserted) {
      return file_error(kFile, "sets " + in_quotes(it->second) + " and " + in_quotes(set.id) + " share the id prefix " +
                                   in_quotes(prefix));
    }
    for (const Indicator& indicator : set.indicators) {
      if (auto [it, inserted] = id_owner.emplace(indicator.id, set.id); !inserted) {
        return file_error(kFile, "indicator id " + in_quotes(indicator.id) + " is used twice (in " + in_quotes(it->second) +
                                     (it->second == set.id ? "" : " and " + in_quotes(set.id)) + ")");
      }
    }
  }
  return {};
}

}  // namespace

Result<Catalog> load_catalog(std::string_view text) {
  FL_ASSIGN_OR_RETURN(json doc, refdata::detail::parse_json_text(kFile, text));
  Catalog catalog;
  FieldReader top(doc, "top level");
  catalog.source = top.required_text("source");
  top.object("rule");  // read by parse_rule once the top level is known sound
  const json* sets = top.array("sets");
  FL_TRY(top.finish(kFile));

  std::vector<Combination> positive_when;
  Formula adult;
  Formula child;
  FL_TRY(parse_rule(doc, positive_when, adult, child));
  if (sets->empty()) {
    return file_error(kFile, "sets: must list at least one indicator set");
  }
  for (size_t i = 0; i < sets->size(); ++i) {
    IndicatorSet set;
    FL_TRY(parse_set((*sets)[i], i, set));
    set.rule = Rule{positive_when, set.children ? child : adult};
    catalog.sets.push_back(std::move(set));
  }
  FL_TRY(check_sets(catalog));
  return catalog;
}

}  // namespace frontline::identify
