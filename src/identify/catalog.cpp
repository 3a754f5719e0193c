// Enum names, look-ups, the embedded catalog and the choice of list by age.
#include "identify/catalog.hpp"

#include <cstdio>
#include <cstdlib>

#include "util/enum_names.hpp"

namespace frontline::identify {

// Generated from data/indicators/ilo_ec_2009.json by cmake/EmbedText.cmake.
std::string_view embedded_catalog_json();

namespace {

constexpr EnumNames<Dimension, 6> kDimensionNames{{{
    {Dimension::kDeceptiveRecruitment, "deceptive_recruitment"},
    {Dimension::kCoerciveRecruitment, "coercive_recruitment"},
    {Dimension::kAbuseOfVulnerabilityRecruitment, "abuse_of_vulnerability_recruitment"},
    {Dimension::kExploitativeConditions, "exploitative_conditions"},
    {Dimension::kCoercionAtDestination, "coercion_at_destination"},
    {Dimension::kAbuseOfVulnerabilityDestination, "abuse_of_vulnerability_destination"},
}}};

constexpr EnumNames<Strength, 3> kStrengthNames{{{
    {Strength::kStrong, "strong"},
    {Strength::kMedium, "medium"},
    {Strength::kWeak, "weak"},
}}};

constexpr EnumNames<Verification, 3> kVerificationNames{{{
    {Verification::kPublication, "publication"},
    {Verification::kSecondary, "secondary"},
    {Verification::kReconstructed, "reconstructed"},
}}};

constexpr EnumNames<Exploitation, 2> kExploitationNames{{{
    {Exploitation::kLabour, "labour"},
    {Exploitation::kSexual, "sexual"},
}}};

constexpr int kAdultAge = 18;
constexpr int kMaxAge = 150;

}  // namespace

const char* dimension_name(Dimension d) { return kDimensionNames.name(d); }
std::optional<Dimension> parse_dimension(std::string_view name) { return kDimensionNames.parse(name); }
std::vector<std::string> dimension_names() { return kDimensionNames.names(); }
const char* strength_name(Strength s) { return kStrengthNames.name(s); }
std::optional<Strength> parse_strength(std::string_view name) { return kStrengthNames.parse(name); }
std::vector<std::string> strength_names() { return kStrengthNames.names(); }
const char* exploitation_name(Exploitation e) { return kExploitationNames.name(e); }
std::optional<Exploitation> parse_exploitation(std::string_view name) { return kExploitationNames.parse(name); }
std::vector<std::string> exploitation_names() { return kExploitationNames.names(); }
const char* verification_name(Verification v) { return kVerificationNames.name(v); }
std::optional<Verification> parse_verification(std::string_view name) { return kVerificationNames.parse(name); }
std::vector<std::string> verification_names() { return kVerificationNames.names(); }

std::string term_name(const Term& term) {
  return term.act_of_recruitment ? std::string("act_of_recruitment") : std::string(dimension_name(term.dimension));
}

const Indicator* IndicatorSet::find(std::string_view indicator_id) const {
  for (const Indicator& indicator : indicators) {
    if (indicator.id == indicator_id) {
      return &indicator;
    }
  }
  return nullptr;
}

const IndicatorSet* Catalog::find_set(std::string_view set_id) const {
  for (const IndicatorSet& set : sets) {
    if (set.id == set_id) {
      return &set;
    }
  }
  return nullptr;
}

const IndicatorSet* Catalog::set_of_indicator(std::string_view indicator_id) const {
  for (const IndicatorSet& set : sets) {
    if (set.find(indicator_id) != nullptr) {
      return &set;
    }
  }
  return nullptr;
}

const Catalog& builtin_catalog() {
  static const Catalog catalog = [] {
    auto loaded = load_catalog(embedded_catalog_json());
    if (!loaded.ok()) {
      // Unreachable unless the data file was broken and its test ignored.
      std::fprintf(stderr, "frontline: the built-in indicator catalog is invalid: %s\n",
                   loaded.error().message.c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return catalog;
}

Result<const IndicatorSet*> select_set(const Catalog& catalog, std::optional<int> age, Exploitation exploitation) {
  if (age && (*age < 0 || *age > kMaxAge)) {
    return Error::invalid_field("age", "must be between 0 and " + std::to_string(kMaxAge));
  }
  // Unknown age: presumed a child (see the header).
  const bool children = !age || *age < kAdultAge;
  for (const IndicatorSet& set : catalog.sets) {
    if (set.children == children && set.exploitation == exploitation) {
      return &set;
    }
  }
  return Error::not_found(std::string("no indicator list for ") + (children ? "children" : "adults") + " and " +
                          exploitation_name(exploitation) + " exploitation");
}

}  // namespace frontline::identify
