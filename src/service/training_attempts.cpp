// Online attempts (TrainingTestService, officer part): starting a test the
// caller is enrolled for, submitting the answers, and the caller's tests.
#include "service/audit_helpers.hpp"
#include "service/training_tests_internal.hpp"
#include "training/answers.hpp"
#include "training/attempt_timing.hpp"
#include "training/scoring.hpp"

namespace frontline::service {

using namespace training_internal;

namespace {

// The questions as an officer may see them: no correct answers, no explanations.
std::vector<domain::Question> without_answers(std::vector<domain::Question> questions) {
  for (auto& q : questions) {
    for (auto& o : q.options) {
      o.correct = false;
    }
    q.explanation_vi.clear();
    q.explanation_en.clear();
  }
  return questions;
}

Status require_enrolled(store::Transaction& tx, int64_t course_id, int64_t officer_id) {
  FL_ASSIGN_OR_RETURN(auto enrolment, tx.training_courses().find_enrolment(course_id, officer_id));
  if (!enrolment || enrolment->status == "withdrawn") {
    return Error::denied("you are not enrolled on the course of this test");
  }
  return {};
}

}  // namespace

Result<StartedAttempt> TrainingTestService::start(const Principal& who, int64_t test_id) {
  return store::write_value<StartedAttempt>(store_, [&](store::Transaction& tx) -> Result<StartedAttempt> {
    const TimePoint now = clock_.now();
    FL_ASSIGN_OR_RETURN(domain::TrainingOfficer officer, own_officer(tx, who));
    FL_ASSIGN_OR_RETURN(domain::TrainingTest test, tx.training_tests().get(test_id));
    FL_TRY(require_enrolled(tx, test.course_id, officer.id));
    StartedAttempt out;
    FL_ASSIGN_OR_RETURN(auto live, tx.training_attempts().live(test_id, officer.id));
    if (live) {
      if (attempt_progress(live, now) != "in_progress") {
        return Error::conflict("you already have an attempt at test " + std::to_string(test_id) + " (attempt " +
                               std::to_string(live->id) + "); a trainer may reopen it");
      }
      out.attempt = std::move(*live);  // a reload of the page: the same attempt, the same deadline
      out.resumed = true;
    } else {
      if (test.status != domain::TestStatus::kOpen) {
        return Error::conflict("test " + std::to_string(test_id) + " is " + domain::kTestStatusNames.name(test.status) +
                               "; it cannot be started");
      }
      switch (training::start_window(test.opens_at, test.closes_at, now)) {
        case training::StartWindow::kNotYetOpen:
          return Error::conflict("test " + std::to_string(test_id) + " opens at " + format_utc(test.opens_at));
        case training::StartWindow::kClosed:
          return Error::conflict("test " + std::to_string(test_id) + " closed at " + format_utc(test.closes_at));
        case training::StartWindow::kOpen:
          break;
      }
      domain::Attempt a;
      a.test_id = test_id;
      a.officer_id = officer.id;
      a.source = domain::AttemptSource::kOnline;
      a.state = domain::AttemptState::kInProgress;
      a.started_at = now;
      a.due_at = training::attempt_due_at(now, test.duration_minutes, test.closes_at);
      a.recorded_by = who.user_id;
      FL_ASSIGN_OR_RETURN(a.id, tx.training_attempts().insert(a));
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.attempt.start", "training_attempt",
                                                 std::to_string(a.id), audit::Outcome::kOk,
                                                 {{"test_id", test_id}, {"officer_id", officer.id}})));
      out.attempt = std::move(a);
    }
    FL_ASSIGN_OR_RETURN(auto questions, questions_of(tx, test));
    out.questions = without_answers(std::move(questions));
    out.test = std::move(test);
    return out;
  });
}

Result<SubmittedAttempt> TrainingTestService::submit(const Principal& who, int64_t attempt_id,
                                                     const domain::Answers& answers) {
  return store::write_value<SubmittedAttempt>(store_, [&](store::Transaction& tx) -> Result<SubmittedAttempt> {
    const TimePoint now = clock_.now();
    FL_ASSIGN_OR_RETURN(domain::TrainingOfficer officer, own_officer(tx, who));
    auto found = tx.training_attempts().get(attempt_id);
    if (!found.ok() || found->officer_id != officer.id) {
      return Error::not_found("attempt " + std::to_string(attempt_id) + " not found");
    }
    domain::Attempt a = std::move(found).value();
    if (a.state == domain::AttemptState::kVoid) {
      return Error::conflict("attempt " + std::to_string(attempt_id) + " was reopened; start the test again");
    }
    if (a.state != domain::AttemptState::kInProgress) {
      return Error::conflict("attempt " + std::to_string(attempt_id) + " is already submitted");
    }
    FL_ASSIGN_OR_RETURN(domain::TrainingTest test, tx.training_tests().get(a.test_id));
    FL_ASSIGN_OR_RETURN(auto questions, questions_of(tx, test));
    // Every problem at once: the deadline and each answer.
    std::map<std::string, std::string> bad =
        training::check_answers(questions, answers, training::SeveralKeysOnSingle::kRefuse);
    if (Status in_time = training::check_submission_time(a.due_at, now); !in_time.ok()) {
      bad.insert(in_time.error().fields.begin(), in_time.error().fields.end());
      return Error::unprocessable(in_time.error().message, bad);
    }
    if (!bad.empty()) {
      return Error::unprocessable("the answers do not fit the test", bad);
    }
    const training::ScoredAttempt scored = training::score_answers(questions, answers);
    for (const auto& [question, keys] : answers) {
      if (!keys.empty()) {
        a.answers[question] = keys;
      }
    }
    a.correct = scored.correct;
    a.score = scored.score;
    a.submitted_at = now;
    a.per_question_known = true;
    FL_TRY(tx.training_attempts().submit(a));
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.attempt.submit", "training_attempt",
                                               std::to_string(a.id), audit::Outcome::kOk,
                                               {{"test_id", a.test_id}, {"officer_id", officer.id}})));
    FL_ASSIGN_OR_RETURN(domain::Attempt stored, tx.training_attempts().get(a.id));
    return SubmittedAttempt{std::move(stored), scored.correct_count, scored.questions};
  });
}

Result<std::vector<MyTest>> TrainingTestService::my_tests(const Principal& who) {
  return store::read_value<std::vector<MyTest>>(store_, [&](store::Transaction& tx) -> Result<std::vector<MyTest>> {
    const TimePoint now = clock_.now();
    std::vector<MyTest> out;
    FL_ASSIGN_OR_RETURN(auto officer, tx.training_officers().find_by_user(who.user_id));
    if (!officer) {
      return out;
    }
    FL_ASSIGN_OR_RETURN(auto tests, tx.training_tests().for_officer(officer->id));
    std::map<int64_t, domain::Course> courses;
    for (auto& t : tests) {
      if (t.status == domain::TestStatus::kDraft) {
        continue;
      }
      if (!courses.contains(t.course_id)) {
        FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(t.course_id));
        courses.emplace(t.course_id, std::move(c));
      }
      const domain::Course& c = courses.at(t.course_id);
      FL_ASSIGN_OR_RETURN(auto live, tx.training_attempts().live(t.id, officer->id));
      MyTest m;
      m.course_code = c.code;
      m.course_title_vi = c.title_vi;
      m.course_title_en = c.title_en;
      m.progress = attempt_progress(live, now);
      if (live) {
        m.attempt_id = live->id;
        m.due_at = live->due_at;
        m.score = live->score;
      }
      m.can_start = !live && t.status == domain::TestStatus::kOpen &&
                    training::start_window(t.opens_at, t.closes_at, now) == training::StartWindow::kOpen;
      m.test = std::move(t);
      out.push_back(std::move(m));
    }
    return out;
  });
}

}  // namespace frontline::service
