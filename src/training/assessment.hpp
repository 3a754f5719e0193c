// Rules of an end-of-training assessment (domain/training_assessment.hpp),
// checked before it is stored, and the summary by province and theme that
// GET /training/assessments/summary and the Excel export show. Plain code:
// no store, no HTTP.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/training_assessment.hpp"
#include "util/result.hpp"

namespace frontline::training {

inline constexpr size_t kMaxAssessmentText = 4000;   // characters (code points) per section text
inline constexpr size_t kMaxGroupName = 200;         // characters
inline constexpr int64_t kMaxGroupSize = 500;        // a course has at most 500 participants
inline constexpr size_t kMaxThemesPerSection = 20;

// Checks `a` (texts already NFC): exactly one respondent, a participant
// (officer_id) or a group (group_name of 1–200 characters, group_size 1–500);
// each section's themes are codes its theme group accepts, none repeated, at
// most 20; each text at most 4000 characters; at least one section answered.
// InvalidArgument naming every bad field: "officer_id", "group_name",
// "group_size", "<section>.themes[<i>]", "<section>.themes", "<section>.text",
// "sections". Does not check that the officer is a participant (the service
// does, with the store).
Status validate_assessment(const domain::TrainingAssessment& a);

// An assessment with what the summary groups it by.
struct SummaryRow {
  const domain::TrainingAssessment* assessment = nullptr;  // not owned; outlives the call
  std::string province_code;                               // the course's province
  std::string course_code;
};

// How often one theme was named in a section.
struct ThemeCount {
  std::string theme;
  int64_t answers = 0;        // answers naming it; a group's answer counts once
  int64_t group_answers = 0;  // of those, by groups
  int64_t people = 0;         // people behind those answers: 1 per participant, group_size per group
};

// A free-text answer, kept for reading.
struct SummaryText {
  int64_t assessment_id = 0;
  std::string course_code;
  bool group = false;
  std::string group_name;  // groups only
  int64_t group_size = 0;  // groups only
  std::string text;
};

struct SectionSummary {
  domain::AssessmentSectionKind section = domain::AssessmentSectionKind::kTrends;
  int64_t answers = 0;  // answers with a theme or a text in this section
  std::vector<ThemeCount> themes;  // most named first, then by code
  std::vector<SummaryText> texts;  // by assessment id
};

struct ProvinceSummary {
  std::string province_code;
  int64_t assessments = 0;
  int64_t participant_answers = 0;
  int64_t group_answers = 0;
  int64_t people = 0;  // participants plus the sizes of the groups
  std::array<SectionSummary, domain::kAssessmentSectionCount> sections;
};

// One summary per province that has an assessment among `rows`, by
// province code; every section is present (with no themes when unanswered).
std::vector<ProvinceSummary> summarize_assessments(const std::vector<SummaryRow>& rows);

}  // namespace frontline::training
