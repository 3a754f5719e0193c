// Tests for training/bank_rules: what makes a question and a test's
// question list acceptable, each problem named by its field.
#include "training/bank_rules.hpp"

#include <gtest/gtest.h>

namespace frontline::training {
namespace {

domain::QuestionDraft draft(domain::QuestionKind kind, std::vector<bool> correct) {
  domain::QuestionDraft d;
  d.module_id = 3;
  d.kind = kind;
  d.text_vi = "Dấu hiệu nào cho thấy một lời mời làm việc trên mạng có thể là lừa đảo?";
  d.text_en = "Which sign suggests an online job offer may be a scam?";
  for (size_t i = 0; i < correct.size(); ++i) {
    d.options.push_back({option_key(i), "Lựa chọn " + option_key(i), "Option " + option_key(i), correct[i]});
  }
  return d;
}

TEST(TrainingBankRules, AcceptsWellFormedQuestions) {
  FieldErrors bad;
  check_question(draft(domain::QuestionKind::kSingle, {false, true, false}), bad);
  check_question(draft(domain::QuestionKind::kMultiple, {true, true, false, true}), bad);
  EXPECT_TRUE(bad.empty());
}

TEST(TrainingBankRules, SingleChoiceNeedsExactlyOneCorrect) {
  FieldErrors bad;
  check_question(draft(domain::QuestionKind::kSingle, {true, true, false}), bad);
  EXPECT_EQ(bad.at("options"), "a single-choice question has exactly one correct option (2 marked)");
  bad.clear();
  check_question(draft(domain::QuestionKind::kSingle, {false, false}), bad);
  EXPECT_EQ(bad.at("options"), "a single-choice question has exactly one correct option (0 marked)");
  bad.clear();
  check_question(draft(domain::QuestionKind::kMultiple, {false, false}), bad);
  EXPECT_EQ(bad.at("options"), "a multiple-choice question needs at least one correct option");
}

TEST(TrainingBankRules, OptionsCountKeysAndTexts) {
  FieldErrors bad;
  check_question(draft(domain::QuestionKind::kSingle, {true}), bad);
  EXPECT_EQ(bad.at("options"), "must hold 2 to 8 options");
  bad.clear();
  check_question(draft(domain::QuestionKind::kMultiple, std::vector<bool>(9, true)), bad);
  EXPECT_EQ(bad.at("options"), "must hold 2 to 8 options");

  auto d = draft(domain::QuestionKind::kSingle, {true, false, false});
  d.options[1].key = "C";
  d.options[2].en = "  ";
  d.text_vi = "";
  d.module_id = 0;
  bad.clear();
  check_question(d, bad);
  EXPECT_EQ(bad.at("options[1].key"), "must be 'B' (keys run A, B, C, ... in order)");
  EXPECT_EQ(bad.at("options[2].en"), "must not be blank");
  EXPECT_EQ(bad.at("text_vi"), "is required");
  EXPECT_EQ(bad.at("module_id"), "must be a positive integer id");
  EXPECT_FALSE(bad.contains("options"));
}

TEST(TrainingBankRules, TestFields) {
  const TimePoint t0 = *parse_utc("2026-11-24T08:00:00Z");
  FieldErrors bad;
  check_test_fields("Kiểm tra đầu khóa", t0, t0 + std::chrono::hours(2), 30, bad);
  EXPECT_TRUE(bad.empty());
  check_test_fields(" ", t0, t0, 241, bad);
  EXPECT_EQ(bad.at("title"), "must not be blank");
  EXPECT_EQ(bad.at("closes_at"), "must be after opens_at");
  EXPECT_EQ(bad.at("duration_minutes"), "must be 1 to 240");
}

TEST(TrainingBankRules, TestQuestions) {
  std::map<int64_t, domain::Question> bank;
  for (int64_t id : {1, 2, 3, 4}) {
    domain::Question q;
    q.id = id;
    q.module_id = id == 3 ? 9 : 7;
    q.active = id != 4;
    bank[id] = q;
  }
  FieldErrors bad;
  check_test_questions({1, 2}, bank, {7}, bad);
  EXPECT_TRUE(bad.empty());
  check_test_questions({1, 2, 1, 3, 4, 5}, bank, {7}, bad);
  EXPECT_EQ(bad.size(), 4u);
  EXPECT_EQ(bad.at("question_ids[2]"), "question 1 appears twice");
  EXPECT_EQ(bad.at("question_ids[3]"), "question 3 is not on a module the course teaches");
  EXPECT_EQ(bad.at("question_ids[4]"), "question 4 is inactive");
  EXPECT_EQ(bad.at("question_ids[5]"), "question 5 not found");
  bad.clear();
  check_test_questions({}, bank, {7}, bad);
  EXPECT_EQ(bad.at("question_ids"), "must hold 1 to 100 questions");
}

}  // namespace
}  // namespace frontline::training
