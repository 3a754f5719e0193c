// The training reports (GET /training/reports, docs/training.md "Reports"),
// computed from plain rows the service reads from the store, already limited
// to the caller's scope and the year/province filters. Plain code: no store.
//
// "Trained" means completed at least one course among the rows; every count
// of officers counts each officer once, however many courses they attended.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "training/gains.hpp"

namespace frontline::training {

// ---- Input rows ----

// A unit, as the report names it.
struct ReportUnit {
  int64_t id = 0;
  std::string code;
  std::string name;
  std::string name_en;
  std::string kind;           // refdata unit kind: "border_post", "border_gate", ...
  std::string province_code;  // "" for HQ and departments
};

// One participant on one course (withdrawn participants are left out by
// the caller). The officer's unit is the unit they serve in now.
struct EnrolmentRow {
  int64_t officer_id = 0;
  int64_t unit_id = 0;
  std::string sex;   // "male" | "female"
  std::string rank;  // rank code
  int64_t course_id = 0;
  bool completed = false;
};

struct ReportCourse {
  int64_t id = 0;
  std::string code;
  std::string title_vi;
  std::string title_en;
  std::string province_code;
  std::string start_date;
  std::string end_date;
};

struct ReportModule {
  int64_t id = 0;
  std::string code;
  std::string title_vi;
  std::string title_en;
  MeanGain gain;  // over the module's questions, participants with both tests (training/gains.hpp)
};

// How often one question was answered and answered correctly (attempts
// submitted, void ones left out), summed over the tests in the report.
struct QuestionOutcome {
  int64_t question_id = 0;
  std::string text_vi;
  std::string text_en;
  std::string module_code;
  int64_t answered = 0;
  int64_t correct = 0;
};

struct ReportInput {
  std::vector<ReportUnit> units;  // every unit the rows name, and every post/gate in scope
  std::vector<EnrolmentRow> enrolments;
  std::vector<ReportCourse> courses;
  std::map<int64_t, MeanGain> course_gains;  // by course id (training/gains.hpp); absent: no scores
  std::vector<ReportModule> modules;            // modules taught on the courses, with their gains
  std::vector<QuestionOutcome> questions;
  // Labels of province codes (vi, en); a code without one is shown as is.
  std::map<std::string, std::pair<std::string, std::string>> province_labels;
};

struct ReportOptions {
  int64_t most_failed_min_answers = 5;  // a question answered fewer times is left out
  size_t most_failed_limit = 20;
};

// ---- The report ----

// Officers who took part and who were trained, under one key.
struct TrainedCount {
  std::string key;  // province code, sex or rank code ("" when unknown)
  std::string label_vi;
  std::string label_en;
  int64_t participants = 0;  // distinct officers enrolled
  int64_t trained = 0;       // distinct officers who completed at least one course
};

struct UnitTrained {
  ReportUnit unit;
  int64_t participants = 0;
  int64_t trained = 0;
};

struct Coverage {
  int64_t posts_total = 0;    // border posts and border gates in scope
  int64_t posts_covered = 0;  // with at least one trained officer serving there
  std::vector<ReportUnit> posts_without_trained;  // by province, then code
};

struct CourseRow {
  ReportCourse course;
  int64_t participants = 0;
  int64_t completed = 0;
  MeanGain gain;
};

struct FailedQuestion {
  QuestionOutcome question;
  double correct_share = 0.0;  // correct / answered, 0..1
};

struct TrainingReport {
  int64_t participants = 0;  // distinct officers
  int64_t trained = 0;
  std::vector<TrainedCount> by_province;  // by code
  std::vector<UnitTrained> by_unit;       // by province, then unit code
  std::vector<TrainedCount> by_sex;       // by key
  std::vector<TrainedCount> by_rank;      // by key
  Coverage coverage;
  std::vector<CourseRow> courses;         // by start date, then code
  std::vector<ReportModule> modules;      // by code
  std::vector<FailedQuestion> most_failed;  // lowest correct share first
};

// Arranges `in` into the report. Officers are grouped by their unit's
// province; posts are units of kind border_post or border_gate; the most
// failed questions are those answered at least `min_answers` times, lowest
// correct share first (ties: more answers first, then question id), at most
// `limit`. Sex and rank keys are returned bare: their labels are the
// caller's (training vocabulary) to fill.
TrainingReport build_report(const ReportInput& in, const ReportOptions& options = {});

}  // namespace frontline::training
