// The ILO/EC operational indicators of trafficking in human beings (Delphi
// survey, 2009) as data: four indicator sets (adults and children, labour and
// sexual exploitation), each indicator in one of six dimensions with a
// strength, and the rule that combines them. The data is
// data/indicators/ilo_ec_2009.json, compiled into the binary; this module only
// reads and checks it. It knows nothing of the store or of HTTP.
//
// Everything here is immutable after loading and safe to share between threads.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace frontline::identify {

// The six dimensions of the trafficking definition used by the publication.
// Stable API names: "deceptive_recruitment", "coercive_recruitment",
// "abuse_of_vulnerability_recruitment", "exploitative_conditions",
// "coercion_at_destination", "abuse_of_vulnerability_destination".
enum class Dimension {
  kDeceptiveRecruitment,             // incl. deception during transfer and transport
  kCoerciveRecruitment,
  kAbuseOfVulnerabilityRecruitment,
  kExploitativeConditions,
  kCoercionAtDestination,
  kAbuseOfVulnerabilityDestination,
};
inline constexpr std::array<Dimension, 6> kAllDimensions = {
    Dimension::kDeceptiveRecruitment,   Dimension::kCoerciveRecruitment,
    Dimension::kAbuseOfVulnerabilityRecruitment, Dimension::kExploitativeConditions,
    Dimension::kCoercionAtDestination,  Dimension::kAbuseOfVulnerabilityDestination,
};

// API names "strong", "medium", "weak".
enum class Strength { kStrong, kMedium, kWeak };
// API names "labour", "sexual".
enum class Exploitation { kLabour, kSexual };
// How far a list was checked: against the publication itself, against
// secondary sources only, or reconstructed where the text could not be had.
// API names "publication", "secondary", "reconstructed".
enum class Verification { kPublication, kSecondary, kReconstructed };

const char* dimension_name(Dimension d);
std::optional<Dimension> parse_dimension(std::string_view name);
std::vector<std::string> dimension_names();
const char* strength_name(Strength s);
std::optional<Strength> parse_strength(std::string_view name);
std::vector<std::string> strength_names();
const char* exploitation_name(Exploitation e);
std::optional<Exploitation> parse_exploitation(std::string_view name);
std::vector<std::string> exploitation_names();
const char* verification_name(Verification v);
std::optional<Verification> parse_verification(std::string_view name);
std::vector<std::string> verification_names();

struct Indicator {
  // Stable, unique in the whole catalog: "<set>-<dim>-<nn>", e.g. "AL-DR-01"
  // (AL/AS/CL/CS = adult/child labour/sexual; DR, CR, AVR, EC, CD, AVD). The
  // same "<dim>-<nn>" names the same item in every set, so "AL-CD-07" and
  // "CL-CD-07" are both "Forced tasks or clients" (with their own strengths).
  std::string id;
  Dimension dimension = Dimension::kDeceptiveRecruitment;
  Strength strength = Strength::kWeak;  // as weighted in this set's list
  std::string text_en;                  // the publication's wording
  std::string text_vi;                  // Vietnamese translation, NFC
};

// Minimal numbers of present indicators, by strength, that make a dimension
// positive. A stronger indicator may stand in for a weaker one.
struct Combination {
  int strong = 0;
  int medium = 0;
  int weak = 0;
};

// One term of a verdict formula: a dimension being positive, or (children)
// the act of recruitment, transport, transfer, harbouring or receipt.
struct Term {
  bool act_of_recruitment = false;           // when true, `dimension` is unused
  Dimension dimension = Dimension::kDeceptiveRecruitment;
};

// A formula in conjunctive form: it holds when every group holds, and a group
// holds when any of its terms holds. Each term appears at most once, which is
// what makes three-valued evaluation exact (see assess.hpp).
using Formula = std::vector<std::vector<Term>>;

// API name of a term: a dimension name or "act_of_recruitment".
std::string term_name(const Term& term);

struct Rule {
  std::vector<Combination> positive_when;  // a dimension is positive if any is met
  Formula trafficked_when;                 // the adult or the child formula
};

struct IndicatorSet {
  std::string id;                 // "adult_labour", "adult_sexual", "child_labour", "child_sexual"
  bool children = false;          // the list for persons under 18
  Exploitation exploitation = Exploitation::kLabour;
  std::string title_en;
  std::string title_vi;
  // How far the list was checked against the publication, as a status the
  // interface words in its language and as the data file's note (English);
  // shown to users because two of the four lists could not be verified
  // (data/README.md).
  Verification verification_status = Verification::kSecondary;
  std::string verification;
  std::vector<Indicator> indicators;  // in the data file's order, grouped by dimension
  Rule rule;                          // the catalog's rule for adults or for children

  // The indicator with this id, or nullptr. The pointer lives as long as the set.
  const Indicator* find(std::string_view indicator_id) const;
};

struct Catalog {
  std::string source;  // bibliographic citation of the publication
  std::vector<IndicatorSet> sets;

  // The set with this id, or nullptr. The pointer lives as long as the catalog.
  const IndicatorSet* find_set(std::string_view set_id) const;
  // The set holding an indicator with this id, or nullptr.
  const IndicatorSet* set_of_indicator(std::string_view indicator_id) const;
};

// The catalog compiled into the binary, parsed and checked on first use
// (thread-safe). The embedded file is checked by the unit tests, so a failure
// here is a build defect: it aborts with the loader's message.
const Catalog& builtin_catalog();

// Parses and checks a catalog in the format of data/indicators/ilo_ec_2009.json.
// On failure returns InvalidArgument naming the first problem, e.g.
// "ilo_ec_2009.json: sets[0] (\"adult_labour\").indicators[3] (\"AL-DR-04\"): unknown strength \"strng\"".
// Checks: strict keys and types, NFC text, both texts non-empty, known
// dimensions and strengths, ids unique in the whole catalog and shaped
// "<prefix>-<dim>-<nn>" with the dimension code matching and one prefix per set,
// every dimension present in every set and matching the set's declared
// "counts", one set per (children, exploitation), and a sound rule (no
// combination of weak indicators alone, every formula term known and used once).
Result<Catalog> load_catalog(std::string_view json);

// Which list applies to a person: the child list when `age` is under 18, the
// adult list when 18 or more. When the age is unknown the CHILD list is used:
// a person whose age is uncertain is presumed a child until shown otherwise
// (EU Directive 2011/36/EU art. 13(2); Law 53/2024/QH15 protects persons under
// 18 without requiring means), so an unknown age never raises the bar.
// InvalidArgument on field "age" when age is negative or over 150; NotFound
// when the catalog has no such set.
Result<const IndicatorSet*> select_set(const Catalog& catalog, std::optional<int> age, Exploitation exploitation);

}  // namespace frontline::identify
