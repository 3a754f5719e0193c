#include "training/assessment.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "training/vocab.hpp"
#include "util/text.hpp"

namespace frontline::training {

using domain::AssessmentSectionKind;

namespace {

void check_respondent(const domain::TrainingAssessment& a, std::map<std::string, std::string>& bad) {
  const bool has_group = !a.group_name.empty() || a.group_size != 0;
  if (a.officer_id && has_group) {
    bad["officer_id"] = "give officer_id or group_name and group_size, not both";
    bad["group_name"] = "give officer_id or group_name and group_size, not both";
    return;
  }
  if (!a.officer_id && !has_group) {
    bad["officer_id"] = "officer_id or group_name and group_size is required";
    return;
  }
  if (a.officer_id) {
    if (*a.officer_id <= 0) {
      bad["officer_id"] = "must be a positive integer id";
    }
    return;
  }
  const size_t name_chars = text::code_points(a.group_name);
  if (text::is_blank(a.group_name) || name_chars > kMaxGroupName) {
    bad["group_name"] = "must be 1 to " + std::to_string(kMaxGroupName) + " characters";
  }
  if (a.group_size < 1 || a.group_size > kMaxGroupSize) {
    bad["group_size"] = "must be 1 to " + std::to_string(kMaxGroupSize);
  }
}

void check_answer(AssessmentSectionKind s, const domain::AssessmentAnswer& answer,
                  std::map<std::string, std::string>& bad) {
  const std::string name(section_name(s));
  if (answer.themes.size() > kMaxThemesPerSection) {
    bad[name + ".themes"] = "at most " + std::to_string(kMaxThemesPerSection) + " items";
  } else {
    std::set<std::string> seen;
    for (size_t i = 0; i < answer.themes.size(); ++i) {
      const auto& theme = answer.themes[i];
      const std::string field = name + ".themes[" + std::to_string(i) + "]";
      if (!theme_allowed(s, theme)) {
        bad[field] = "is not a theme of this section (see GET /api/v1/training/vocab)";
      } else if (!seen.insert(theme).second) {
        bad[field] = "repeats a theme";
      }
    }
  }
  if (text::code_points(answer.text) > kMaxAssessmentText) {
    bad[name + ".text"] = "must be at most " + std::to_string(kMaxAssessmentText) + " characters";
  }
}

}  // namespace

Status validate_assessment(const domain::TrainingAssessment& a) {
  std::map<std::string, std::string> bad;
  check_respondent(a, bad);
  bool answered = false;
  for (auto s : all_sections()) {
    check_answer(s, a.answer(s), bad);
    answered = answered || !a.answer(s).empty();
  }
  if (!answered) {
    bad["sections"] = "at least one section needs a theme or a text";
  }
  if (!bad.empty()) {
    return Error::invalid("the assessment has invalid fields", std::move(bad));
  }
  return {};
}

std::vector<ProvinceSummary> summarize_assessments(const std::vector<SummaryRow>& rows) {
  std::map<std::string, ProvinceSummary> by_province;
  // province -> section index -> theme -> count
  std::map<std::string, std::array<std::map<std::string, ThemeCount>, domain::kAssessmentSectionCount>> counts;
  std::vector<const SummaryRow*> ordered;
  for (const auto& r : rows) {
    ordered.push_back(&r);
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const SummaryRow* x, const SummaryRow* y) { return x->assessment->id < y->assessment->id; });
  for (const SummaryRow* r : ordered) {
    const auto& a = *r->assessment;
    auto& p = by_province[r->province_code];
    p.province_code = r->province_code;
    const int64_t people = a.is_group() ? a.group_size : 1;
    p.assessments += 1;
    (a.is_group() ? p.group_answers : p.participant_answers) += 1;
    p.people += people;
    auto& province_counts = counts[r->province_code];
    for (size_t i = 0; i < domain::kAssessmentSectionCount; ++i) {
      const auto& answer = a.sections[i];
      auto& section = p.sections[i];
      section.section = static_cast<AssessmentSectionKind>(i);
      if (answer.empty()) {
        continue;
      }
      section.answers += 1;
      for (const auto& theme : answer.themes) {
        auto& c = province_counts[i][theme];
        c.theme = theme;
        c.answers += 1;
        c.group_answers += a.is_group() ? 1 : 0;
        c.people += people;
      }
      if (!answer.text.empty()) {
        section.texts.push_back(SummaryText{a.id, r->course_code, a.is_group(), a.group_name,
                                            a.is_group() ? a.group_size : 0, answer.text});
      }
    }
  }
  std::vector<ProvinceSummary> out;
  for (auto& [code, p] : by_province) {
    for (size_t i = 0; i < domain::kAssessmentSectionCount; ++i) {
      p.sections[i].section = static_cast<AssessmentSectionKind>(i);
      for (auto& [theme, c] : counts[code][i]) {
        p.sections[i].themes.push_back(c);
      }
      std::stable_sort(p.sections[i].themes.begin(), p.sections[i].themes.end(),
                       [](const ThemeCount& x, const ThemeCount& y) { return x.answers > y.answers; });
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace frontline::training
