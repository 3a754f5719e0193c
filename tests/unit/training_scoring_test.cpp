// Tests for training/scoring: exact-set scoring of single and multiple
// choice questions and the one-decimal score, with hand-computed values.
#include "training/scoring.hpp"

#include <gtest/gtest.h>

namespace frontline::training {
namespace {

domain::Question question(int64_t id, domain::QuestionKind kind, const std::string& correct_keys, size_t options = 4) {
  domain::Question q;
  q.id = id;
  q.kind = kind;
  for (size_t i = 0; i < options; ++i) {
    const std::string key(1, static_cast<char>('A' + i));
    q.options.push_back({key, "lựa chọn " + key, "option " + key, correct_keys.find(key) != std::string::npos});
  }
  return q;
}

TEST(TrainingScoring, SingleChoiceNeedsTheOneCorrectKey) {
  const auto q = question(1, domain::QuestionKind::kSingle, "B");
  EXPECT_TRUE(is_correct(q, {"B"}));
  EXPECT_FALSE(is_correct(q, {"A"}));
  EXPECT_FALSE(is_correct(q, {}));
  EXPECT_FALSE(is_correct(q, {"A", "B"}));  // ticking two boxes is wrong
  EXPECT_TRUE(is_correct(q, {"B", "B"}));   // a repeated key is one key
}

TEST(TrainingScoring, MultipleChoiceNeedsTheExactSet) {
  const auto q = question(2, domain::QuestionKind::kMultiple, "AC");
  EXPECT_TRUE(is_correct(q, {"A", "C"}));
  EXPECT_TRUE(is_correct(q, {"C", "A"}));  // order does not matter
  EXPECT_FALSE(is_correct(q, {"A"}));      // a subset scores nothing
  EXPECT_FALSE(is_correct(q, {"A", "C", "D"}));
  EXPECT_FALSE(is_correct(q, {}));
  EXPECT_FALSE(is_correct(q, {"a", "c"}));  // keys are compared as stored (upper case)
}

TEST(TrainingScoring, ScoreIsRoundedToOneDecimalHalfUp) {
  EXPECT_DOUBLE_EQ(score_of(2, 3), 66.7);  // 66.666...
  EXPECT_DOUBLE_EQ(score_of(1, 3), 33.3);  // 33.333...
  EXPECT_DOUBLE_EQ(score_of(1, 8), 12.5);  // exact
  EXPECT_DOUBLE_EQ(score_of(1, 16), 6.3);  // 6.25, half up
  EXPECT_DOUBLE_EQ(score_of(1, 6), 16.7);
  EXPECT_DOUBLE_EQ(score_of(5, 6), 83.3);
  EXPECT_DOUBLE_EQ(score_of(7, 40), 17.5);
  EXPECT_DOUBLE_EQ(score_of(0, 5), 0.0);
  EXPECT_DOUBLE_EQ(score_of(5, 5), 100.0);
  EXPECT_DOUBLE_EQ(score_of(0, 0), 0.0);
}

TEST(TrainingScoring, ScoresEveryQuestionOfTheTest) {
  const std::vector<domain::Question> test = {question(10, domain::QuestionKind::kSingle, "A"),
                                              question(11, domain::QuestionKind::kMultiple, "BD"),
                                              question(12, domain::QuestionKind::kSingle, "C")};
  // 10 right, 11 only half right (wrong), 12 not answered; 99 is not in the test.
  const domain::Answers answers = {{10, {"A"}}, {11, {"B"}}, {99, {"A"}}};
  const auto s = score_answers(test, answers);
  EXPECT_EQ(s.questions, 3);
  EXPECT_EQ(s.correct_count, 1);
  EXPECT_DOUBLE_EQ(s.score, 33.3);
  ASSERT_EQ(s.correct.size(), 3u);
  EXPECT_TRUE(s.correct.at(10));
  EXPECT_FALSE(s.correct.at(11));
  EXPECT_FALSE(s.correct.at(12));
  EXPECT_FALSE(s.correct.contains(99));

  const auto all = score_answers(test, {{10, {"A"}}, {11, {"D", "B"}}, {12, {"C"}}});
  EXPECT_EQ(all.correct_count, 3);
  EXPECT_DOUBLE_EQ(all.score, 100.0);
}

}  // namespace
}  // namespace frontline::training
