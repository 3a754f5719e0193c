// Person-to-person matching score in [0, 1] with an explanation per field,
// after OpenSanctions' matcher (yente logic-v1): the best name score times a
// weight, plus date-of-birth evidence, combined with identifier evidence,
// minus penalties for conflicting sex, nationality, date of birth and
// citizen ID. Weights and thresholds come from a ScoringConfig
// (data/match/scoring.json); the rules are in docs/matching.md.
//
// Pure: no store, no clock. Safe from any thread if the TokenStats is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "match/birth_date.hpp"
#include "match/document.hpp"
#include "match/name.hpp"
#include "match/scoring_config.hpp"
#include "match/token_stats.hpp"

namespace frontline::match {

// What the matcher reads of a person, as entered.
struct PersonRecord {
  std::string full_name;
  std::vector<std::string> aliases;
  std::string date_of_birth;  // "YYYY", "YYYY-MM", "YYYY-MM-DD" or empty
  domain::Sex sex = domain::Sex::kUnknown;
  std::string nationality;    // ISO alpha-2 or empty
  std::string citizen_id;     // 12-digit CCCD or 9-digit CMND, as written; may be empty
  std::string passport_number;
  std::string phone;
};

// The record of a stored person (identity and clear fields).
PersonRecord person_record(const domain::Person& person);

// A person normalized once for many comparisons.
struct MatchProfile {
  std::vector<NormalizedName> names;  // the full name first (when it normalizes), then aliases
  bool has_full_name = false;         // names[0] is the full name (else every entry is an alias)
  std::optional<PartialDate> date_of_birth;
  domain::Sex sex = domain::Sex::kUnknown;
  // When `sex` is unknown: the sex the full name's middle names mark (Văn:
  // male, Thị: female; unknown when neither or both), else unknown.
  domain::Sex inferred_sex = domain::Sex::kUnknown;
  std::string nationality;            // upper-case ASCII, empty when unknown
  std::vector<Document> documents;
  std::string phone;                  // E.164, empty when none or invalid
  // Fields present but not usable, "field: reason" (e.g. "phone: not a phone
  // number"); such a field is left out of the comparison, never guessed.
  std::vector<std::string> problems;
};

// Never fails: unusable fields are listed in `problems` and left out.
MatchProfile build_profile(const PersonRecord& record);

// API names "match", "partial", "mismatch", "unknown".
enum class FieldOutcome {
  kMatch,     // the field supports the match
  kPartial,   // weaker support (a year of birth, a similar name)
  kMismatch,  // the field speaks against the match
  kUnknown,   // missing on one side or both: no effect
};
const char* field_outcome_name(FieldOutcome outcome);

struct FieldExplanation {
  std::string field;  // "name", "date_of_birth", "sex", "nationality", "document", "phone"
  FieldOutcome outcome = FieldOutcome::kUnknown;
  // What the field changed in the score: positive for evidence, negative for
  // a penalty, 0 when unknown. The field contributions add up to `score`
  // before clamping to [0, 1].
  double contribution = 0.0;
  std::string detail;  // for people: "nguyen=nguyen 1.00, mai=mai 1.00; missing middle: thi"
};

struct MatchScore {
  double score = 0.0;  // in [0, 1]
  bool alert = false;  // score >= config.alert
  bool review = false; // score >= config.review
  // Always the six fields, in the order above.
  std::vector<FieldExplanation> fields;
};

// Scores `left` against `right` (symmetric up to the order of tokens in the
// explanation). Token weights come from `stats`.
MatchScore score_pair(const MatchProfile& left, const MatchProfile& right, const TokenStats& stats,
                      const ScoringConfig& config = builtin_scoring_config());

}  // namespace frontline::match
