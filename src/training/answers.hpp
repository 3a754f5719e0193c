// Checking the answers an officer submits (docs/training.md, "Officer
// side"): before anything is scored or saved, every answered question must be
// a question of the test and every key one of that question's options.
// Pure: no store, no clock.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/training_tests.hpp"

namespace frontline::training {

// Whether a single-choice question may carry several keys. Online answers
// come from radio buttons, so several keys are malformed; a paper sheet on
// which an officer ticked two boxes is a wrong answer, not a bad file.
enum class SeveralKeysOnSingle { kRefuse, kScoreAsWrong };

// The problems of `answers` against the test's questions, by field name:
//   "answers.<id>" -> "is not a question of this test"
//   "answers.<id>" -> "'E' is not an option of this question"
//   "answers.<id>" -> "'A' is given twice"
//   "answers.<id>" -> "a single-choice question takes one key" (kRefuse only)
// The first problem of a question is reported. Empty when all is well.
std::map<std::string, std::string> check_answers(const std::vector<domain::Question>& test_questions,
                                                 const domain::Answers& answers, SeveralKeysOnSingle several);

}  // namespace frontline::training
