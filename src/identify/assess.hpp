// The assessment engine: given an indicator set and the answers gathered in an
// interview, decides per dimension and overall whether the person is
// identified as a victim of trafficking, following the publication's
// combination rule (carried by the set, see catalog.hpp). Pure: no store, no
// clock, no I/O; every function is safe to call from any thread.
//
// Three-valued logic. An indicator is present, absent or unknown (unanswered
// counts as unknown). A dimension is
//   positive      when its present indicators meet one of the rule's combinations;
//   undetermined  when it is not positive but would be if some unknown
//                 indicators turned out present;
//   not positive  otherwise (weak indicators alone never make it positive).
// The overall formula is evaluated with positive = true, not positive = false,
// undetermined = unknown (Kleene). Because no dimension appears twice in a
// formula and the formula is monotone, this is exact: the verdict is
// "trafficked" when the formula holds whatever the unknowns turn out to be,
// "not identified" when it cannot hold whatever they turn out to be, and
// "possible victim" exactly when some answers would make it hold and others not.
//
// A verdict supports, and does not replace, the formal identification of a
// victim by the competent authority.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "identify/catalog.hpp"
#include "util/result.hpp"

namespace frontline::identify {

// API names "present", "absent", "unknown".
enum class Answer { kPresent, kAbsent, kUnknown };
// API names "positive", "not_positive", "undetermined".
enum class DimensionVerdict { kPositive, kNotPositive, kUndetermined };
// API names "trafficked", "possible_victim", "not_identified".
enum class Verdict { kTrafficked, kPossibleVictim, kNotIdentified };

const char* answer_name(Answer a);
std::optional<Answer> parse_answer(std::string_view name);
std::vector<std::string> answer_names();
const char* dimension_verdict_name(DimensionVerdict v);
std::optional<DimensionVerdict> parse_dimension_verdict(std::string_view name);
std::vector<std::string> dimension_verdict_names();
const char* verdict_name(Verdict v);
std::optional<Verdict> parse_verdict(std::string_view name);
std::vector<std::string> verdict_names();

// The pseudo-id used in Assessment::decisive_unknowns for Answers::act_of_recruitment.
inline constexpr const char* kActOfRecruitmentId = "act_of_recruitment";

struct Answers {
  std::map<std::string, Answer, std::less<>> by_indicator;  // indicator id -> answer
  // Children's rule only: whether the person was recruited, transported,
  // transferred, harboured or received. Ignored by formulas that do not use it.
  Answer act_of_recruitment = Answer::kUnknown;
};

struct DimensionResult {
  Dimension dimension = Dimension::kDeceptiveRecruitment;
  DimensionVerdict verdict = DimensionVerdict::kNotPositive;
  // When positive: the ids of its present indicators (set order); else empty.
  std::vector<std::string> reasons;
  // When undetermined: the unknown ids whose answer could still decide it,
  // i.e. each is needed by some way of completing the answers that makes the
  // dimension positive (set order); else empty.
  std::vector<std::string> open;
};

struct Assessment {
  std::string set_id;
  bool child = false;
  std::vector<DimensionResult> dimensions;  // all six, in kAllDimensions order
  Verdict overall = Verdict::kNotIdentified;
  // Unknown answers that could change the overall verdict: an id is listed
  // when, for some answers to the other unknowns, answering it present rather
  // than absent turns the verdict from not identified into trafficked. Set
  // order, then kActOfRecruitmentId if it qualifies. Empty unless overall is
  // possible_victim; never empty when it is.
  std::vector<std::string> decisive_unknowns;
  std::string explanation_en;  // a few sentences for the officer
  std::string explanation_vi;
};

// OK when every id in `answers` belongs to `set`. Otherwise InvalidArgument
// with one field "answers.<id>" per offending id: "belongs to the <other>
// list, not <set>" when the id is in another set of `catalog`, "unknown
// indicator" when it is in none.
Status check_answers(const Catalog& catalog, const IndicatorSet& set, const Answers& answers);

// Assesses `answers` against `set`. Ids of `set` without an answer count as
// unknown; ids not in `set` are ignored (call check_answers first to refuse them).
Assessment assess(const IndicatorSet& set, const Answers& answers);

// The verdict of one dimension from counts of its present and unknown
// indicators, by strength, under `positive_when` (exposed for tests).
struct StrengthCounts {
  int strong = 0;
  int medium = 0;
  int weak = 0;
};
bool meets_rule(const std::vector<Combination>& positive_when, const StrengthCounts& present);
DimensionVerdict dimension_verdict(const std::vector<Combination>& positive_when, const StrengthCounts& present,
                                   const StrengthCounts& unknown);

}  // namespace frontline::identify
