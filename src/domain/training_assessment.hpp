// End-of-training assessments (docs/training.md, "Assessment"): the
// questionnaire a course's participants answer at its close, one answer per
// participant or one per group. Each of the five sections holds theme codes
// (training/vocab.hpp says which codes a section accepts) and free text.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

// The questionnaire's sections, in its order. Their API names are
// training::section_name(); the array index of a section is its enumerator.
enum class AssessmentSectionKind { kTrends, kModusOperandi, kChallengesInvestigation, kChallengesProtection, kRecommendations };
inline constexpr size_t kAssessmentSectionCount = 5;

struct AssessmentAnswer {
  std::vector<std::string> themes;  // theme codes, each at most once
  std::string text;                 // NFC, at most 4000 characters; may be empty
  bool empty() const { return themes.empty() && text.empty(); }
};

struct TrainingAssessment {
  int64_t id = 0;
  int64_t course_id = 0;
  // Exactly one respondent: a participant (officer_id) or a group
  // (group_name with group_size people). Both or neither is refused by
  // training::validate_assessment.
  std::optional<int64_t> officer_id;
  std::string group_name;
  int64_t group_size = 0;
  std::array<AssessmentAnswer, kAssessmentSectionCount> sections;
  int64_t created_by = 0;  // user id
  TimePoint created_at;
  // Filled on read: the participant's name and unit (empty for a group).
  std::string officer_name;
  std::string unit_code;

  bool is_group() const { return !officer_id.has_value(); }
  AssessmentAnswer& answer(AssessmentSectionKind s) { return sections[static_cast<size_t>(s)]; }
  const AssessmentAnswer& answer(AssessmentSectionKind s) const { return sections[static_cast<size_t>(s)]; }
};

}  // namespace frontline::domain
