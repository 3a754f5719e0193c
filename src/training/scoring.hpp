// Scoring an attempt (docs/training.md, "Scoring"): a question scores 1 when
// the keys chosen equal its set of correct keys exactly, single and multiple
// choice alike (order and repeats of a key do not matter; no key chosen
// never scores), else 0; the score is 100 × correct / questions, rounded to
// one decimal, halves up. Pure: no store, no clock.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "domain/training_tests.hpp"

namespace frontline::training {

// Whether `chosen` is exactly the set of `q`'s correct keys.
bool is_correct(const domain::Question& q, const std::vector<std::string>& chosen);

// 100 × correct / questions, rounded to one decimal (halves up), computed in
// integers so 2/3 gives 66.7 on every platform; 0 when `questions` is 0.
double score_of(int64_t correct, int64_t questions);

struct ScoredAttempt {
  std::map<int64_t, bool> correct;  // every question of the test -> scored 1
  int64_t correct_count = 0;
  int64_t questions = 0;
  double score = 0.0;
};

// Scores `answers` against the test's questions (in test order). Answers to
// questions not among them are ignored here; check_answers refuses them
// before anything is scored.
ScoredAttempt score_answers(const std::vector<domain::Question>& test_questions, const domain::Answers& answers);

}  // namespace frontline::training
