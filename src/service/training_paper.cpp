// Paper results entered in bulk (TrainingTestService::import_paper): the
// CSV is read by training/paper_csv, the officers it names are checked
// against the store, and every row becomes a submitted attempt — all rows
// in one transaction, or none when anything is wrong.
#include "service/audit_helpers.hpp"
#include "service/training_tests_internal.hpp"
#include "training/paper_csv.hpp"
#include "training/scoring.hpp"

namespace frontline::service {

using namespace training_internal;

namespace {

// The problem of the officer of `row`, or "" when they may get a paper result.
Result<std::string> officer_problem(store::Transaction& tx, const domain::TrainingTest& test,
                                    const training::PaperRow& row, int64_t& officer_id) {
  const std::string& sn = row.service_number;
  FL_ASSIGN_OR_RETURN(auto officer, tx.training_officers().find_by_service_number(sn));
  if (!officer) {
    return "unknown officer service number '" + sn + "'";
  }
  officer_id = officer->id;
  FL_ASSIGN_OR_RETURN(auto enrolment, tx.training_courses().find_enrolment(test.course_id, officer->id));
  if (!enrolment || enrolment->status == "withdrawn") {
    return "officer '" + sn + "' is not enrolled on this course";
  }
  FL_ASSIGN_OR_RETURN(auto live, tx.training_attempts().live(test.id, officer->id));
  if (live) {
    return "officer '" + sn + "' already has an attempt at this test (attempt " + std::to_string(live->id) + ")";
  }
  return std::string();
}

}  // namespace

Result<PaperImport> TrainingTestService::import_paper(const Principal& who, int64_t test_id,
                                                      const std::string& csv_text) {
  FL_TRY(require_manage(who, "manage training tests"));
  return store::write_value<PaperImport>(store_, [&](store::Transaction& tx) -> Result<PaperImport> {
    FL_ASSIGN_OR_RETURN(domain::TrainingTest test, tx.training_tests().get(test_id));
    FL_ASSIGN_OR_RETURN(auto questions, questions_of(tx, test));
    training::PaperSheet sheet = training::read_paper_results(csv_text, questions);
    std::vector<int64_t> officers(sheet.rows.size(), 0);
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
      FL_ASSIGN_OR_RETURN(std::string problem, officer_problem(tx, test, sheet.rows[i], officers[i]));
      if (!problem.empty()) {
        sheet.errors["row " + std::to_string(sheet.rows[i].row) + ".service_number"] = problem;
      }
    }
    if (!sheet.errors.empty()) {
      return Error::unprocessable("the paper results were not imported", sheet.errors);
    }
    const TimePoint now = clock_.now();
    PaperImport out;
    out.test_id = test_id;
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
      const auto& row = sheet.rows[i];
      domain::Attempt a;
      a.test_id = test_id;
      a.officer_id = officers[i];
      a.source = domain::AttemptSource::kPaper;
      a.state = domain::AttemptState::kSubmitted;
      a.started_at = a.due_at = now;
      a.submitted_at = now;
      a.recorded_by = who.user_id;
      if (sheet.layout == training::PaperLayout::kScore) {
        a.per_question_known = false;
        a.score = row.score;
      } else {
        const auto scored = training::score_answers(questions, row.answers);
        a.answers = row.answers;
        a.correct = scored.correct;
        a.score = scored.score;
      }
      FL_ASSIGN_OR_RETURN(a.id, tx.training_attempts().insert(a));
      out.attempts.push_back(std::move(a));
    }
    FL_TRY(store::append_audit(
        tx, audit_entry(who, clock_, "training.paper.import", "training_test", std::to_string(test_id),
                        audit::Outcome::kOk,
                        {{"rows", out.attempts.size()},
                         {"layout", sheet.layout == training::PaperLayout::kScore ? "score" : "answers"}})));
    return out;
  });
}

}  // namespace frontline::service
