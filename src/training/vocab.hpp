// The assessment vocabulary: the questionnaire's sections and the theme codes
// each accepts, with Vietnamese and English labels. The one table of these
// codes: validation, summaries, the Excel export and GET /training/vocab all
// read it here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/training_assessment.hpp"

namespace frontline::training {

struct VocabLabel {
  std::string_view code;
  std::string_view vi;
  std::string_view en;
};

// The sections in questionnaire order; the index is the enumerator.
const std::vector<VocabLabel>& assessment_sections();
// "trends", "modus_operandi", "challenges_investigation",
// "challenges_protection", "recommendations".
std::string_view section_name(domain::AssessmentSectionKind s);
std::optional<domain::AssessmentSectionKind> parse_section(std::string_view name);
std::vector<domain::AssessmentSectionKind> all_sections();

// A list of themes shared by one or more sections: "trends" (trends and
// modus operandi), "challenges" (both challenge sections), "recommendations".
struct ThemeGroup {
  std::string_view code;
  std::vector<domain::AssessmentSectionKind> sections;
  std::vector<VocabLabel> themes;
};
const std::vector<ThemeGroup>& theme_groups();
// The group whose themes section `s` accepts.
const ThemeGroup& theme_group_of(domain::AssessmentSectionKind s);
// True when `theme` is one of the codes section `s` accepts.
bool theme_allowed(domain::AssessmentSectionKind s, std::string_view theme);
// The label of a theme code of any group, or nullopt for an unknown code
// (a code in two groups, cross_border_cooperation, has one label).
std::optional<VocabLabel> theme_label(std::string_view theme);

}  // namespace frontline::training
