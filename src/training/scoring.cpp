#include "training/scoring.hpp"

#include <set>

namespace frontline::training {

bool is_correct(const domain::Question& q, const std::vector<std::string>& chosen) {
  std::set<std::string> want;
  for (const auto& o : q.options) {
    if (o.correct) {
      want.insert(o.key);
    }
  }
  const std::set<std::string> got(chosen.begin(), chosen.end());
  return !got.empty() && got == want;
}

double score_of(int64_t correct, int64_t questions) {
  if (questions <= 0) {
    return 0.0;
  }
  // tenths = floor(1000 c / n + 1/2) = floor((2000 c + n) / 2n).
  const int64_t tenths = (2000 * correct + questions) / (2 * questions);
  return static_cast<double>(tenths) / 10.0;
}

ScoredAttempt score_answers(const std::vector<domain::Question>& test_questions, const domain::Answers& answers) {
  ScoredAttempt out;
  out.questions = static_cast<int64_t>(test_questions.size());
  for (const auto& q : test_questions) {
    auto it = answers.find(q.id);
    const bool ok = it != answers.end() && is_correct(q, it->second);
    out.correct[q.id] = ok;
    out.correct_count += ok ? 1 : 0;
  }
  out.score = score_of(out.correct_count, out.questions);
  return out;
}

}  // namespace frontline::training
