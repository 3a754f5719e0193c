// SQLite repositories of the training assessments and reports (migration
// 0017; store/training_report_repos.hpp). Private to the SQLite store.
#pragma once

#include "store/sqlite/db.hpp"
#include "store/store.hpp"

namespace frontline::store::sqlite {

class SqliteTrainingAssessmentRepo final : public TrainingAssessmentRepo {
 public:
  explicit SqliteTrainingAssessmentRepo(Connection& c) : c_(c) {}
  Result<int64_t> insert(const domain::TrainingAssessment& a) override;
  Result<std::vector<domain::TrainingAssessment>> of_course(int64_t course_id,
                                                            const std::optional<std::string>& unit_path_prefix) override;
  Result<std::vector<AssessmentOfCourse>> matching(const TrainingReportQuery& q) override;

 private:
  Connection& c_;
};

class SqliteTrainingReportRepo final : public TrainingReportRepo {
 public:
  explicit SqliteTrainingReportRepo(Connection& c) : c_(c) {}
  Result<std::vector<ReportEnrolment>> enrolments(const TrainingReportQuery& q) override;
  Result<std::vector<ReportCourseRow>> courses(const std::vector<int64_t>& ids) override;

 private:
  Connection& c_;
};

}  // namespace frontline::store::sqlite
