// The rules of the question bank and of test assembly (docs/training.md,
// "Question" and "Test"), as pure checks that name each bad field. The
// service adds what needs the store (the module exists, the questions exist
// and belong to the course's modules: check_test_questions is given them).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/training_tests.hpp"

namespace frontline::training {

using FieldErrors = std::map<std::string, std::string>;

inline constexpr size_t kMinOptions = 2;
inline constexpr size_t kMaxOptions = 8;
inline constexpr size_t kMaxQuestionText = 2000;  // code points
inline constexpr size_t kMaxOptionText = 500;
inline constexpr size_t kMaxExplanation = 4000;
inline constexpr size_t kMaxTestQuestions = 100;
inline constexpr size_t kMaxTestTitle = 200;
inline constexpr int kMinDurationMinutes = 1;
inline constexpr int kMaxDurationMinutes = 240;

// The key of the option at `index` (0 -> "A").
std::string option_key(size_t index);

// Checks a question's texts (valid UTF-8, not blank, lengths above) and
// options: 2 to 8, keys "A", "B", ... in order, each with vi and en text;
// a single-choice question has exactly one correct option, a multiple-choice
// one at least one (field "options"). Adds to `bad` (fields "text_vi",
// "options[2].en", ...).
void check_question(const domain::QuestionDraft& q, FieldErrors& bad);

// Checks a test's own fields: title 1-200 characters, opens_at before
// closes_at, duration 1-240 minutes.
void check_test_fields(const std::string& title, TimePoint opens_at, TimePoint closes_at, int duration_minutes,
                       FieldErrors& bad);

// Checks the ordered question list of a test: 1 to 100 ids, none twice,
// each a question of `bank` (id -> question; those that exist), active, of
// one of `course_modules` (module ids). Fields "question_ids" and
// "question_ids[i]".
void check_test_questions(const std::vector<int64_t>& ids, const std::map<int64_t, domain::Question>& bank,
                          const std::set<int64_t>& course_modules, FieldErrors& bad);

}  // namespace frontline::training
