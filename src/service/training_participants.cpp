// Participants of a course: enrolment (one, or many all-or-nothing),
// withdrawal and attendance per day (training_service.hpp).
#include <algorithm>
#include <set>

#include "service/training_internal.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using namespace training_detail;

Status require_open(const domain::Course& c) {
  if (c.status == "completed" || c.status == "cancelled") {
    return Error{ErrorCode::kConflict, "course " + c.code + " is closed (" + c.status + ")", {{"status", "the course is " + c.status}}, {}};
  }
  return {};
}

Error over_capacity(const domain::Course& c, int64_t active) {
  return Error{ErrorCode::kConflict,
               "course " + c.code + " is full: " + std::to_string(active) + " of " + std::to_string(c.capacity) +
                   " places taken",
               {{"capacity", "the course has " + std::to_string(c.capacity) + " places and " +
                                 std::to_string(active) + " are taken"}},
               {}};
}

Result<domain::Participant> enrol_one(store::Transaction& tx, const Principal& who, const Clock& clock,
                                      const domain::Course& c, const domain::TrainingOfficer& o,
                                      const std::string& field) {
  FL_ASSIGN_OR_RETURN(auto existing, tx.training_courses().find_enrolment(c.id, o.id));
  if (existing) {
    return Error{ErrorCode::kConflict, "officer " + std::to_string(o.id) + " is already a participant of " + c.code,
                 {{field, "is already a participant"}}, {}};
  }
  domain::Enrolment e;
  e.course_id = c.id;
  e.officer_id = o.id;
  e.enrolled_by = who.user_id;
  e.enrolled_at = e.updated_at = clock.now();
  FL_TRY(tx.training_courses().insert_enrolment(e));
  FL_TRY(audit(tx, who, clock, "training.participant.enrol", "training_course", std::to_string(c.id),
               {{"officer_id", o.id}}));
  return domain::Participant{e, o};
}

// The officer an enrolment request names, creating it when asked to.
Result<domain::TrainingOfficer> officer_for(store::Transaction& tx, const Principal& who, const Clock& clock,
                                            const EnrolRequest& r) {
  const int given = (r.officer_id ? 1 : 0) + (r.user_id ? 1 : 0) + (r.officer ? 1 : 0);
  if (given != 1) {
    return Error::invalid("the enrolment has invalid fields",
                          {{"officer_id", "give exactly one of officer_id, user_id or officer"}});
  }
  if (r.officer_id) {
    auto o = tx.training_officers().get(*r.officer_id);
    if (!o.ok() && o.error().code == ErrorCode::kNotFound) {
      return Error::invalid("the enrolment has invalid fields",
                            {{"officer_id", "unknown officer " + std::to_string(*r.officer_id)}});
    }
    return o;
  }
  if (r.officer) return insert_officer(tx, who, clock, *r.officer, "officer.");
  FL_ASSIGN_OR_RETURN(auto known, tx.training_officers().find_by_user(*r.user_id));
  if (known) return *known;
  auto user = tx.users().get(*r.user_id);
  if (!user.ok()) {
    if (user.error().code != ErrorCode::kNotFound) return user.error();
    return Error::invalid("the enrolment has invalid fields",
                          {{"user_id", "unknown user " + std::to_string(*r.user_id)}});
  }
  // An account without an officer record: the record is made from it, with a
  // service number standing for the account until a trainer records the real one.
  OfficerDraft d;
  d.full_name = text::is_blank(user->display_name) ? user->username : user->display_name;
  d.service_number = "TK-" + std::to_string(user->id);
  d.unit_id = user->unit_id;
  d.rank = r.rank;
  d.sex = r.sex;
  d.user_id = user->id;
  return insert_officer(tx, who, clock, d, "");
}

}  // namespace

Result<std::vector<ParticipantView>> TrainingService::participants(const Principal& who, int64_t course_id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  // A write: commanders' reads of results are audited.
  return store::write_value<std::vector<ParticipantView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<ParticipantView>> {
        FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
        FL_ASSIGN_OR_RETURN(auto list, tx.training_courses().participants(course_id, participant_scope(who)));
        std::vector<ParticipantView> out;
        for (auto& p : list) {
          FL_ASSIGN_OR_RETURN(ParticipantView v, participant_view(tx, c, std::move(p)));
          out.push_back(std::move(v));
        }
        if (!sees_all_participants(who)) {
          FL_TRY(audit(tx, who, clock_, "training.results.read", "training_course", std::to_string(course_id),
                       {{"participants", out.size()}}));
        }
        return out;
      });
}

Result<ParticipantView> TrainingService::enrol(const Principal& who, int64_t course_id, const EnrolRequest& request) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<ParticipantView>(store_, [&](store::Transaction& tx) -> Result<ParticipantView> {
    FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
    FL_TRY(require_open(c));
    FL_ASSIGN_OR_RETURN(domain::TrainingOfficer o, officer_for(tx, who, clock_, request));
    FL_ASSIGN_OR_RETURN(int64_t active, tx.training_courses().count_active(course_id));
    const std::string field = request.user_id ? "user_id" : request.officer ? "officer" : "officer_id";
    FL_ASSIGN_OR_RETURN(auto existing, tx.training_courses().find_enrolment(c.id, o.id));
    if (!existing && active >= c.capacity) return over_capacity(c, active);
    FL_ASSIGN_OR_RETURN(domain::Participant p, enrol_one(tx, who, clock_, c, o, field));
    return participant_view(tx, c, std::move(p));
  });
}

Result<std::vector<ParticipantView>> TrainingService::enrol_bulk(const Principal& who, int64_t course_id,
                                                                 const std::vector<int64_t>& officer_ids) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  if (officer_ids.empty() || officer_ids.size() > 500) {
    return Error::invalid("the enrolment has invalid fields", {{"officer_ids", "must hold 1 to 500 officer ids"}});
  }
  return store::write_value<std::vector<ParticipantView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<ParticipantView>> {
        FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
        FL_TRY(require_open(c));
        FieldErrors bad;
        FieldErrors taken;
        std::set<int64_t> seen;
        std::vector<domain::TrainingOfficer> officers;
        for (size_t i = 0; i < officer_ids.size(); ++i) {
          const std::string at = "officer_ids[" + std::to_string(i) + "]";
          auto o = tx.training_officers().get(officer_ids[i]);
          if (!o.ok()) {
            if (o.error().code != ErrorCode::kNotFound) return o.error();
            bad[at] = "unknown officer " + std::to_string(officer_ids[i]);
            continue;
          }
          if (!seen.insert(o->id).second) {
            bad[at] = "is listed twice";
            continue;
          }
          FL_ASSIGN_OR_RETURN(auto existing, tx.training_courses().find_enrolment(c.id, o->id));
          if (existing) taken[at] = "is already a participant";
          officers.push_back(std::move(o).value());
        }
        if (!bad.empty()) return Error::invalid("the enrolment has invalid fields", bad);
        if (!taken.empty()) {
          return Error{ErrorCode::kConflict, "some officers are already participants of " + c.code, taken, {}};
        }
        FL_ASSIGN_OR_RETURN(int64_t active, tx.training_courses().count_active(course_id));
        if (active + static_cast<int64_t>(officers.size()) > c.capacity) return over_capacity(c, active);
        std::vector<ParticipantView> out;
        for (size_t i = 0; i < officers.size(); ++i) {
          FL_ASSIGN_OR_RETURN(domain::Participant p,
                              enrol_one(tx, who, clock_, c, officers[i], "officer_ids[" + std::to_string(i) + "]"));
          FL_ASSIGN_OR_RETURN(ParticipantView v, participant_view(tx, c, std::move(p)));
          out.push_back(std::move(v));
        }
        return out;
      });
}

Result<ParticipantView> TrainingService::set_participant_status(const Principal& who, int64_t course_id,
                                                                int64_t officer_id, const std::string& status) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  if (status != "withdrawn" && status != "enrolled") {
    return Error::invalid("the participant has invalid fields", {{"status", "must be one of: withdrawn, enrolled"}});
  }
  return store::write_value<ParticipantView>(store_, [&](store::Transaction& tx) -> Result<ParticipantView> {
    FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
    FL_TRY(require_open(c));
    FL_ASSIGN_OR_RETURN(auto e, tx.training_courses().find_enrolment(course_id, officer_id));
    if (!e) {
      return Error::not_found("officer " + std::to_string(officer_id) + " is not a participant of course " +
                              std::to_string(course_id));
    }
    if (e->status != status) {
      if (status == "enrolled") {
        FL_ASSIGN_OR_RETURN(int64_t active, tx.training_courses().count_active(course_id));
        if (active >= c.capacity) return over_capacity(c, active);
      }
      const std::string old = e->status;
      e->status = status;
      e->updated_at = clock_.now();
      FL_TRY(tx.training_courses().update_enrolment(*e));
      FL_TRY(audit(tx, who, clock_, "training.participant.update", "training_course", std::to_string(course_id),
                   {{"officer_id", officer_id}, {"status", {old, status}}}));
    }
    FL_ASSIGN_OR_RETURN(domain::TrainingOfficer o, tx.training_officers().get(officer_id));
    return participant_view(tx, c, domain::Participant{*e, o});
  });
}

Result<std::vector<domain::AttendanceMark>> TrainingService::record_attendance(const Principal& who,
                                                                               int64_t course_id,
                                                                               const std::string& day,
                                                                               const AttendanceSheet& sheet) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<std::vector<domain::AttendanceMark>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::AttendanceMark>> {
        FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(course_id));
        FL_TRY(require_open(c));
        FieldErrors bad;
        const auto days = domain::course_days(c.start_date, c.end_date);
        if (std::find(days.begin(), days.end(), day) == days.end()) {
          bad["day"] = "must be a day of the course, " + c.start_date + " to " + c.end_date;
        }
        if (sheet.present.empty() && sheet.absent.empty()) bad["present"] = "name at least one officer";
        std::set<int64_t> seen;
        std::vector<domain::AttendanceMark> marks;
        const TimePoint now = clock_.now();
        auto check = [&](const std::vector<int64_t>& ids, const std::string& list, bool present) -> Status {
          for (size_t i = 0; i < ids.size(); ++i) {
            const std::string at = list + "[" + std::to_string(i) + "]";
            FL_ASSIGN_OR_RETURN(auto e, tx.training_courses().find_enrolment(course_id, ids[i]));
            if (!e) {
              bad[at] = "officer " + std::to_string(ids[i]) + " is not a participant of this course";
            } else if (e->status == "withdrawn") {
              bad[at] = "officer " + std::to_string(ids[i]) + " has withdrawn";
            } else if (!seen.insert(ids[i]).second) {
              bad[at] = "officer " + std::to_string(ids[i]) + " is listed twice";
            } else {
              marks.push_back({course_id, ids[i], day, present, who.user_id, now});
            }
          }
          return {};
        };
        FL_TRY(check(sheet.present, "present", true));
        FL_TRY(check(sheet.absent, "absent", false));
        if (!bad.empty()) return Error::invalid("the attendance has invalid fields", bad);
        for (const auto& m : marks) FL_TRY(tx.training_courses().put_attendance(m));
        FL_TRY(audit(tx, who, clock_, "training.attendance.record", "training_course", std::to_string(course_id),
                     {{"day", day}, {"present", sheet.present.size()}, {"absent", sheet.absent.size()}}));
        return tx.training_courses().attendance(course_id, std::nullopt);
      });
}

}  // namespace frontline::service
