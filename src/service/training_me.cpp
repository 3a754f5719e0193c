// The caller's own training (GET /me/training; training_service.hpp): their
// officer record (found by user_id), courses with status and attendance,
// scores (from the completion hook) and certificates. Any signed-in user;
// nothing of anyone else. Not audited: a person reading their own record.
#include "service/training_internal.hpp"

namespace frontline::service {

Result<MyTraining> TrainingService::my_training(const Principal& who) {
  return store::read_value<MyTraining>(store_, [&](store::Transaction& tx) -> Result<MyTraining> {
    MyTraining out;
    FL_ASSIGN_OR_RETURN(out.officer, tx.training_officers().find_by_user(who.user_id));
    if (!out.officer) return out;
    const int64_t officer_id = out.officer->id;
    FL_ASSIGN_OR_RETURN(auto enrolments, tx.training_courses().enrolments_of(officer_id));
    for (auto& e : enrolments) {
      MyCourse mine;
      FL_ASSIGN_OR_RETURN(mine.course, tx.training_courses().get(e.course_id));
      FL_ASSIGN_OR_RETURN(mine.attendance, tx.training_courses().attendance(e.course_id, officer_id));
      mine.course_days =
          static_cast<int64_t>(domain::course_days(mine.course.start_date, mine.course.end_date).size());
      for (const auto& m : mine.attendance) {
        if (m.present) ++mine.days_present;
      }
      FL_ASSIGN_OR_RETURN(mine.scores, tx.training_scores().scores(e.course_id, officer_id));
      FL_ASSIGN_OR_RETURN(mine.certificate, tx.training_certificates().find(e.course_id, officer_id));
      mine.enrolment = std::move(e);
      out.courses.push_back(std::move(mine));
    }
    FL_ASSIGN_OR_RETURN(out.certificates, tx.training_certificates().of_officer(officer_id));
    return out;
  });
}

}  // namespace frontline::service
