// The assessment questionnaire's sections as an enum, over the one table of
// section and theme codes with their labels, domain/training_vocab.hpp (what
// GET /training/vocab serves). Validation, summaries and the Excel export
// ask here which themes a section accepts and how codes are labelled.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/training_assessment.hpp"
#include "domain/training_vocab.hpp"

namespace frontline::training {

// The section's entry of domain::assessment_sections() (code and vi/en labels).
const domain::VocabEntry& section_label(domain::AssessmentSectionKind s);
// "trends", "modus_operandi", "challenges_investigation",
// "challenges_protection", "recommendations".
std::string_view section_name(domain::AssessmentSectionKind s);
std::optional<domain::AssessmentSectionKind> parse_section(std::string_view name);
// The five sections in questionnaire order.
std::vector<domain::AssessmentSectionKind> all_sections();
// True when `theme` is one of the codes section `s` offers.
bool theme_allowed(domain::AssessmentSectionKind s, std::string_view theme);
// The labels of a theme code of any section, or nullptr for an unknown code.
const domain::VocabEntry* theme_label(const std::string& theme);

}  // namespace frontline::training
