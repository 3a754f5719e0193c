// The training vocabulary with vi/en labels (GET /training/vocab,
// docs/training.md): ranks, sexes, assessment sections and their themes.
#pragma once

#include <string>
#include <vector>

namespace frontline::domain {

struct VocabEntry {
  std::string code;
  std::string vi;
  std::string en;
};

struct AssessmentSection {
  VocabEntry label;
  std::vector<std::string> themes;  // theme codes offered in this section
};

// In training_rank_codes() order.
const std::vector<VocabEntry>& training_ranks();
const std::vector<VocabEntry>& training_sexes();
// trends, modus_operandi, challenges_investigation, challenges_protection, recommendations.
const std::vector<AssessmentSection>& assessment_sections();
// Every theme once (a theme may serve several sections).
const std::vector<VocabEntry>& assessment_themes();
bool is_assessment_theme(const std::string& code);
// The label of `code` in `entries`, or nullptr.
const VocabEntry* vocab_find(const std::vector<VocabEntry>& entries, const std::string& code);

}  // namespace frontline::domain
