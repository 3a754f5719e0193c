// Tests of the training programme (issue 7, point 3; docs/training.md): the
// question bank per curriculum module, the pre- and post-tests of a course
// assembled from it, and the officers' attempts (online, timed, or entered
// from paper). Plain types; the rules that score and analyse them live in
// training/, the checks of who may do what in service/.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"
#include "util/enum_names.hpp"

namespace frontline::domain {

enum class QuestionKind { kSingle, kMultiple };
inline constexpr EnumNames<QuestionKind, 2> kQuestionKindNames({{
    {QuestionKind::kSingle, "single"},
    {QuestionKind::kMultiple, "multiple"},
}});

// One answer option. Keys are "A", "B", ... in order (training/questions.hpp).
struct QuestionOption {
  std::string key;
  std::string vi;
  std::string en;
  bool correct = false;
};

struct Question {
  int64_t id = 0;
  int64_t module_id = 0;
  std::string module_code;  // filled by the store
  QuestionKind kind = QuestionKind::kSingle;
  std::string text_vi;
  std::string text_en;
  std::vector<QuestionOption> options;  // 2 to 8
  std::string explanation_vi;           // "" when none
  std::string explanation_en;
  bool active = true;
  int64_t version = 1;  // optimistic concurrency, +1 on each change
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
};

// What a trainer sends to create a question (or a whole replacement of its
// text and options on PATCH).
struct QuestionDraft {
  int64_t module_id = 0;
  QuestionKind kind = QuestionKind::kSingle;
  std::string text_vi;
  std::string text_en;
  std::vector<QuestionOption> options;
  std::string explanation_vi;
  std::string explanation_en;
};

struct QuestionPatch {
  std::optional<QuestionKind> kind;
  std::optional<std::string> text_vi;
  std::optional<std::string> text_en;
  std::optional<std::vector<QuestionOption>> options;
  std::optional<std::string> explanation_vi;
  std::optional<std::string> explanation_en;
  std::optional<bool> active;
  std::optional<int64_t> expected_version;
};

struct QuestionFilter {
  std::optional<int64_t> module_id;
  std::optional<bool> active;
};

enum class TestKind { kPre, kPost };
inline constexpr EnumNames<TestKind, 2> kTestKindNames({{
    {TestKind::kPre, "pre"},
    {TestKind::kPost, "post"},
}});

enum class TestStatus { kDraft, kOpen, kClosed };
inline constexpr EnumNames<TestStatus, 3> kTestStatusNames({{
    {TestStatus::kDraft, "draft"},
    {TestStatus::kOpen, "open"},
    {TestStatus::kClosed, "closed"},
}});

struct TrainingTest {
  int64_t id = 0;
  int64_t course_id = 0;
  TestKind kind = TestKind::kPre;
  std::string title;
  std::vector<int64_t> question_ids;  // ordered; Q1 is the first
  TimePoint opens_at;
  TimePoint closes_at;  // the deadline of every attempt
  int duration_minutes = 30;
  TestStatus status = TestStatus::kDraft;
  int64_t version = 1;
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
};

struct TestDraft {
  TestKind kind = TestKind::kPre;
  std::string title;
  std::vector<int64_t> question_ids;
  TimePoint opens_at;
  TimePoint closes_at;
  int duration_minutes = 30;
};

struct TestPatch {
  std::optional<std::string> title;
  std::optional<std::vector<int64_t>> question_ids;
  std::optional<TimePoint> opens_at;
  std::optional<TimePoint> closes_at;
  std::optional<int> duration_minutes;
  std::optional<TestStatus> status;
  std::optional<int64_t> expected_version;
};

enum class AttemptSource { kOnline, kPaper };
inline constexpr EnumNames<AttemptSource, 2> kAttemptSourceNames({{
    {AttemptSource::kOnline, "online"},
    {AttemptSource::kPaper, "paper"},
}});

enum class AttemptState { kInProgress, kSubmitted, kVoid };
inline constexpr EnumNames<AttemptState, 3> kAttemptStateNames({{
    {AttemptState::kInProgress, "in_progress"},
    {AttemptState::kSubmitted, "submitted"},
    {AttemptState::kVoid, "void"},
}});

// question id -> the keys chosen ("A", "C"); a question left out or with no
// keys was not answered.
using Answers = std::map<int64_t, std::vector<std::string>>;

struct Attempt {
  int64_t id = 0;
  int64_t test_id = 0;
  int64_t officer_id = 0;
  AttemptSource source = AttemptSource::kOnline;
  TimePoint started_at;
  TimePoint due_at;  // min(started_at + duration, closes_at)
  std::optional<TimePoint> submitted_at;
  Answers answers;
  // Paper results given as a score only have no answers and no per-question
  // results (`per_question_known` false); they count for scores and gains,
  // not for item analysis.
  bool per_question_known = true;
  std::map<int64_t, bool> correct;  // question id -> scored 1
  std::optional<double> score;      // 0-100, one decimal; set once submitted
  AttemptState state = AttemptState::kInProgress;
  int64_t recorded_by = 0;  // the officer's user (online) or the trainer (paper)
  std::optional<TimePoint> voided_at;
  int64_t voided_by = 0;
};

}  // namespace frontline::domain
