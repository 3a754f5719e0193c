#include "training/bank_rules.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace frontline::training {
namespace {

void check_text(const std::string& field, const std::string& value, size_t max, bool required, FieldErrors& bad) {
  if (!text::is_valid_utf8(value)) {
    bad[field] = "is not valid UTF-8";
  } else if (required && text::is_blank(value)) {
    bad[field] = value.empty() ? "is required" : "must not be blank";
  } else if (text::code_points(value) > max) {
    bad[field] = "must be at most " + std::to_string(max) + " characters";
  } else if (text::has_control_chars(value)) {
    bad[field] = "contains control characters";
  }
}

}  // namespace

std::string option_key(size_t index) { return std::string(1, static_cast<char>('A' + index)); }

void check_question(const domain::QuestionDraft& q, FieldErrors& bad) {
  if (q.module_id <= 0) {
    bad["module_id"] = "must be a positive integer id";
  }
  check_text("text_vi", q.text_vi, kMaxQuestionText, true, bad);
  check_text("text_en", q.text_en, kMaxQuestionText, true, bad);
  check_text("explanation_vi", q.explanation_vi, kMaxExplanation, false, bad);
  check_text("explanation_en", q.explanation_en, kMaxExplanation, false, bad);
  if (q.options.size() < kMinOptions || q.options.size() > kMaxOptions) {
    bad["options"] = "must hold " + std::to_string(kMinOptions) + " to " + std::to_string(kMaxOptions) + " options";
    return;
  }
  size_t correct = 0;
  for (size_t i = 0; i < q.options.size(); ++i) {
    const auto& o = q.options[i];
    const std::string at = "options[" + std::to_string(i) + "]";
    if (o.key != option_key(i)) {
      bad[at + ".key"] = "must be '" + option_key(i) + "' (keys run A, B, C, ... in order)";
    }
    check_text(at + ".vi", o.vi, kMaxOptionText, true, bad);
    check_text(at + ".en", o.en, kMaxOptionText, true, bad);
    correct += o.correct ? 1 : 0;
  }
  if (q.kind == domain::QuestionKind::kSingle && correct != 1) {
    bad["options"] = "a single-choice question has exactly one correct option (" + std::to_string(correct) +
                     " marked)";
  } else if (q.kind == domain::QuestionKind::kMultiple && correct == 0) {
    bad["options"] = "a multiple-choice question needs at least one correct option";
  }
}

void check_test_fields(const std::string& title, TimePoint opens_at, TimePoint closes_at, int duration_minutes,
                       FieldErrors& bad) {
  check_text("title", title, kMaxTestTitle, true, bad);
  if (closes_at <= opens_at) {
    bad["closes_at"] = "must be after opens_at";
  }
  if (duration_minutes < kMinDurationMinutes || duration_minutes > kMaxDurationMinutes) {
    bad["duration_minutes"] = "must be " + std::to_string(kMinDurationMinutes) + " to " +
                              std::to_string(kMaxDurationMinutes);
  }
}

void check_test_questions(const std::vector<int64_t>& ids, const std::map<int64_t, domain::Question>& bank,
                          const std::set<int64_t>& course_modules, FieldErrors& bad) {
  if (ids.empty() || ids.size() > kMaxTestQuestions) {
    bad["question_ids"] = "must hold 1 to " + std::to_string(kMaxTestQuestions) + " questions";
    return;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string at = "question_ids[" + std::to_string(i) + "]";
    if (std::find(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(i), ids[i]) !=
        ids.begin() + static_cast<std::ptrdiff_t>(i)) {
      bad[at] = "question " + std::to_string(ids[i]) + " appears twice";
      continue;
    }
    auto q = bank.find(ids[i]);
    if (q == bank.end()) {
      bad[at] = "question " + std::to_string(ids[i]) + " not found";
    } else if (!q->second.active) {
      bad[at] = "question " + std::to_string(ids[i]) + " is inactive";
    } else if (!course_modules.contains(q->second.module_id)) {
      bad[at] = "question " + std::to_string(ids[i]) + " is not on a module the course teaches";
    }
  }
}

}  // namespace frontline::training
