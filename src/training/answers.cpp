#include "training/answers.hpp"

#include <algorithm>
#include <set>

namespace frontline::training {

std::map<std::string, std::string> check_answers(const std::vector<domain::Question>& test_questions,
                                                 const domain::Answers& answers, SeveralKeysOnSingle several) {
  std::map<std::string, std::string> bad;
  for (const auto& [id, keys] : answers) {
    const std::string field = "answers." + std::to_string(id);
    auto q = std::find_if(test_questions.begin(), test_questions.end(),
                          [id = id](const domain::Question& x) { return x.id == id; });
    if (q == test_questions.end()) {
      bad[field] = "is not a question of this test";
      continue;
    }
    std::set<std::string> seen;
    for (const auto& key : keys) {
      const bool known = std::any_of(q->options.begin(), q->options.end(),
                                     [&](const domain::QuestionOption& o) { return o.key == key; });
      if (!known) {
        bad[field] = "'" + key + "' is not an option of this question";
        break;
      }
      if (!seen.insert(key).second) {
        bad[field] = "'" + key + "' is given twice";
        break;
      }
    }
    if (!bad.contains(field) && q->kind == domain::QuestionKind::kSingle && keys.size() > 1 &&
        several == SeveralKeysOnSingle::kRefuse) {
      bad[field] = "a single-choice question takes one key";
    }
  }
  return bad;
}

}  // namespace frontline::training
