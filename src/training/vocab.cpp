#include "training/vocab.hpp"

#include <algorithm>

namespace frontline::training {

using domain::AssessmentSectionKind;

const domain::VocabEntry& section_label(AssessmentSectionKind s) {
  return domain::assessment_sections().at(static_cast<size_t>(s)).label;
}

std::string_view section_name(AssessmentSectionKind s) { return section_label(s).code; }

std::optional<AssessmentSectionKind> parse_section(std::string_view name) {
  const auto& sections = domain::assessment_sections();
  for (size_t i = 0; i < sections.size() && i < domain::kAssessmentSectionCount; ++i) {
    if (sections[i].label.code == name) {
      return static_cast<AssessmentSectionKind>(i);
    }
  }
  return std::nullopt;
}

std::vector<AssessmentSectionKind> all_sections() {
  return {AssessmentSectionKind::kTrends, AssessmentSectionKind::kModusOperandi,
          AssessmentSectionKind::kChallengesInvestigation, AssessmentSectionKind::kChallengesProtection,
          AssessmentSectionKind::kRecommendations};
}

bool theme_allowed(AssessmentSectionKind s, std::string_view theme) {
  const auto& themes = domain::assessment_sections().at(static_cast<size_t>(s)).themes;
  return std::find(themes.begin(), themes.end(), theme) != themes.end();
}

const domain::VocabEntry* theme_label(const std::string& theme) {
  return domain::vocab_find(domain::assessment_themes(), theme);
}

}  // namespace frontline::training
