// The tests of the training programme (docs/training.md, "Questions and
// tests"): the question bank, the pre- and post-tests of a course, online
// attempts (timed, one per officer and test unless a trainer reopens it),
// paper results entered in bulk, results with item analysis, and the
// knowledge gain of a course. Scoring and statistics are training/'s pure
// functions; this layer loads, checks access, stores and audits.
//
// Access: kTrainingManage (trainers, admins) changes the bank, tests, paper
// results and reopens attempts; kTrainingRead reads tests, results and
// gains — analysts and training managers every participant, others
// (commanders) only the participants whose unit is in their units' subtree
// (the others are left out, and every figure is computed over the
// participants shown), their reads audited as "training.results.read".
// Any signed-in user with an officer record (training_officers.user_id)
// takes the tests of courses they are enrolled on; an attempt belongs to
// that officer alone. Changes are audited as "training.question.create",
// "training.question.update", "training.test.create", "training.test.update",
// "training.attempt.start", "training.attempt.submit",
// "training.attempt.reopen" and "training.paper.import"; audit details hold
// ids and counts, never answers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/training.hpp"
#include "domain/training_tests.hpp"
#include "service/principal.hpp"
#include "store/store.hpp"
#include "training/gains.hpp"
#include "training/item_analysis.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// A test with its questions in order (with their correct answers: only
// training readers see this view) and how many attempts it has.
struct TestView {
  domain::TrainingTest test;
  std::vector<domain::Question> questions;
  int64_t attempts = 0;  // not void
  bool frozen = false;   // an attempt exists (void ones included): questions no longer change
};

// How far an officer got with a test.
//   "not_started", "in_progress", "expired" (in progress past due_at + grace:
//   it can no longer be submitted; a trainer may reopen it), "submitted".
std::string attempt_progress(const std::optional<domain::Attempt>& live, TimePoint now);

struct ParticipantResult {
  domain::TrainingOfficer officer;
  std::string enrolment_status;
  std::optional<domain::Attempt> attempt;  // the live attempt, if any
  std::string progress;                    // attempt_progress
};

struct QuestionResult {
  domain::Question question;
  int64_t position = 0;  // 1 for Q1
  training::ItemStats stats;
  std::map<std::string, int64_t> chosen;  // option key -> attempts that ticked it
};

struct TestResults {
  TestView view;
  std::vector<ParticipantResult> participants;  // in the caller's scope
  int64_t submitted = 0;                        // submitted attempts among them
  int64_t analysed = 0;                         // of which with answers per question
  int64_t group_size = 0;                       // of the 27 % groups; 0 under 4 analysed
  std::optional<double> mean_score;
  std::vector<QuestionResult> questions;
};

struct ParticipantGain {
  domain::TrainingOfficer officer;
  training::Gain gain;
};

struct ModuleGain {
  int64_t module_id = 0;
  std::string module_code;
  std::string title_vi;
  std::string title_en;
  int64_t pre_questions = 0;
  int64_t post_questions = 0;
  training::MeanGain mean;
};

struct CourseGain {
  int64_t course_id = 0;
  std::optional<int64_t> pre_test_id;
  std::optional<int64_t> post_test_id;
  std::vector<ParticipantGain> participants;
  training::MeanGain course;
  std::vector<ModuleGain> modules;
};

// What an officer is given when starting: the attempt and the questions
// without their correct answers or explanations.
struct StartedAttempt {
  domain::Attempt attempt;
  domain::TrainingTest test;
  std::vector<domain::Question> questions;  // options' `correct` all false
  bool resumed = false;                     // an attempt in progress was handed back
};

struct SubmittedAttempt {
  domain::Attempt attempt;  // score and per-question correct filled
  int64_t correct = 0;
  int64_t questions = 0;
};

struct PaperImport {
  int64_t test_id = 0;
  std::vector<domain::Attempt> attempts;  // one per row, in row order
};

// One test in an officer's /me/training.
struct MyTest {
  domain::TrainingTest test;
  std::string course_code;
  std::string course_title_vi;
  std::string course_title_en;
  std::string progress;  // attempt_progress
  std::optional<int64_t> attempt_id;
  std::optional<TimePoint> due_at;
  std::optional<double> score;
  bool can_start = false;  // open, within its window, no live attempt
};

class TrainingTestService {
 public:
  // Both must outlive the service.
  TrainingTestService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The bank (kTrainingManage or kTrainingRead to read, kTrainingManage to change).
  Result<std::vector<domain::Question>> list_questions(const Principal& who, const domain::QuestionFilter& filter);
  Result<domain::Question> get_question(const Principal& who, int64_t id);
  Result<domain::Question> create_question(const Principal& who, const domain::QuestionDraft& draft);
  // Texts may always change; kind and options only while no submitted
  // attempt was scored on them (Conflict otherwise: deactivate it and write
  // a new question). `expected_version` is required (Conflict on mismatch).
  Result<domain::Question> update_question(const Principal& who, int64_t id, const domain::QuestionPatch& patch);

  // Tests of a course: one pre and one post (Conflict for a second).
  Result<TestView> create_test(const Principal& who, int64_t course_id, const domain::TestDraft& draft);
  Result<std::vector<TestView>> list_tests(const Principal& who, int64_t course_id);
  Result<TestView> get_test(const Principal& who, int64_t id);
  // Status moves draft -> open -> closed only; question_ids frozen once an
  // attempt exists (Conflict).
  Result<TestView> update_test(const Principal& who, int64_t id, const domain::TestPatch& patch);

  Result<TestResults> results(const Principal& who, int64_t test_id);
  Result<CourseGain> gain(const Principal& who, int64_t course_id);

  // All rows or none (one transaction). Problems of the file and of the
  // officers it names are Unprocessable, every one named "row N.column".
  Result<PaperImport> import_paper(const Principal& who, int64_t test_id, const std::string& csv_text);
  // Voids the attempt so its officer may start again (kTrainingManage).
  Result<domain::Attempt> reopen(const Principal& who, int64_t test_id, int64_t attempt_id);

  // Officer side: the caller's own officer record.
  Result<StartedAttempt> start(const Principal& who, int64_t test_id);
  // Unprocessable, nothing saved: after due_at + 30 s ("submitted_at"), an
  // answer to a question not in the test or a key not among its options
  // ("answers.<id>").
  Result<SubmittedAttempt> submit(const Principal& who, int64_t attempt_id, const domain::Answers& answers);
  // The tests of the caller's courses (not drafts), for GET /me/training;
  // empty when the caller has no officer record.
  Result<std::vector<MyTest>> my_tests(const Principal& who);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace frontline::service
