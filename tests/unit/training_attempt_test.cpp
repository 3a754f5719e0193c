// Tests for training/answers and training/attempt_timing: answers checked
// against the test's questions, the due time of an attempt, the start
// window and the 30-second grace after the deadline.
#include <gtest/gtest.h>

#include "training/answers.hpp"
#include "training/attempt_timing.hpp"

namespace frontline::training {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

domain::Question question(int64_t id, domain::QuestionKind kind, size_t options) {
  domain::Question q;
  q.id = id;
  q.kind = kind;
  for (size_t i = 0; i < options; ++i) {
    const std::string key(1, static_cast<char>('A' + i));
    q.options.push_back({key, key, key, i == 0});
  }
  return q;
}

TEST(TrainingAnswers, NamesQuestionsNotInTheTestAndUnknownKeys) {
  const std::vector<domain::Question> test = {question(5, domain::QuestionKind::kSingle, 3),
                                              question(6, domain::QuestionKind::kMultiple, 4)};
  EXPECT_TRUE(check_answers(test, {{5, {"A"}}, {6, {"B", "D"}}}, SeveralKeysOnSingle::kRefuse).empty());
  EXPECT_TRUE(check_answers(test, {{5, {}}}, SeveralKeysOnSingle::kRefuse).empty());  // left blank

  const auto bad = check_answers(test, {{5, {"D"}}, {6, {"A", "A"}}, {77, {"A"}}}, SeveralKeysOnSingle::kRefuse);
  ASSERT_EQ(bad.size(), 3u);
  EXPECT_EQ(bad.at("answers.5"), "'D' is not an option of this question");
  EXPECT_EQ(bad.at("answers.6"), "'A' is given twice");
  EXPECT_EQ(bad.at("answers.77"), "is not a question of this test");
}

TEST(TrainingAnswers, SeveralKeysOnASingleChoiceQuestion) {
  const std::vector<domain::Question> test = {question(5, domain::QuestionKind::kSingle, 3)};
  const auto online = check_answers(test, {{5, {"A", "B"}}}, SeveralKeysOnSingle::kRefuse);
  EXPECT_EQ(online.at("answers.5"), "a single-choice question takes one key");
  EXPECT_TRUE(check_answers(test, {{5, {"A", "B"}}}, SeveralKeysOnSingle::kScoreAsWrong).empty());
}

TEST(TrainingAttemptTiming, DueAtIsTheEarlierOfDurationAndDeadline) {
  const TimePoint start = *parse_utc("2026-11-24T08:00:00Z");
  const TimePoint closes = *parse_utc("2026-11-24T08:30:00Z");
  EXPECT_EQ(attempt_due_at(start, 20, closes), *parse_utc("2026-11-24T08:20:00Z"));
  EXPECT_EQ(attempt_due_at(start, 45, closes), closes);
  EXPECT_EQ(attempt_due_at(start, 30, closes), closes);
}

TEST(TrainingAttemptTiming, StartWindowIsHalfOpen) {
  const TimePoint opens = *parse_utc("2026-11-24T08:00:00Z");
  const TimePoint closes = *parse_utc("2026-11-24T09:00:00Z");
  EXPECT_EQ(start_window(opens, closes, opens - seconds(1)), StartWindow::kNotYetOpen);
  EXPECT_EQ(start_window(opens, closes, opens), StartWindow::kOpen);
  EXPECT_EQ(start_window(opens, closes, closes - seconds(1)), StartWindow::kOpen);
  EXPECT_EQ(start_window(opens, closes, closes), StartWindow::kClosed);
}

TEST(TrainingAttemptTiming, ThirtySecondsOfGraceThenRefused) {
  const TimePoint due = *parse_utc("2026-11-24T08:20:00Z");
  EXPECT_TRUE(check_submission_time(due, due - minutes(5)).ok());
  EXPECT_TRUE(check_submission_time(due, due).ok());
  EXPECT_TRUE(check_submission_time(due, due + seconds(30)).ok());
  const Status late = check_submission_time(due, due + seconds(31));
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kUnprocessable);
  EXPECT_EQ(late.error().fields.at("submitted_at"),
            "2026-11-24T08:20:31Z is past the deadline 2026-11-24T08:20:00Z (30 seconds of grace included)");
}

}  // namespace
}  // namespace frontline::training
