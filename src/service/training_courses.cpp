// Courses: create, read, list and change with optimistic concurrency
// (training_service.hpp).
#include <algorithm>
#include <set>

#include "service/training_internal.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

using namespace training_detail;

constexpr size_t kMaxTitle = 300;
constexpr size_t kMaxVenue = 300;
constexpr size_t kMaxTrainers = 20;
constexpr size_t kMaxModules = 50;

// Checks every field of `c`, names each bad one in `bad`.
Status check_course(store::Transaction& tx, const domain::Course& c, FieldErrors& bad) {
  if (!domain::is_course_code(c.code)) bad["code"] = "must be 1 to 40 upper-case letters, digits, '-' or '.'";
  check_text(c.title_vi, "title_vi", 1, kMaxTitle, bad);
  check_text(c.title_en, "title_en", 0, kMaxTitle, bad);
  check_text(c.venue, "venue", 0, kMaxVenue, bad);
  FL_ASSIGN_OR_RETURN(auto province, tx.reference().find_province(c.province_code));
  if (!province || !province->current) bad["province_code"] = "unknown province code '" + c.province_code + "'";
  check_date(c.start_date, "start_date", bad);
  check_date(c.end_date, "end_date", bad);
  if (is_valid_date(c.start_date) && is_valid_date(c.end_date)) {
    const size_t days = domain::course_days(c.start_date, c.end_date).size();
    if (c.end_date < c.start_date) {
      bad["end_date"] = "must not be before start_date";
    } else if (days > static_cast<size_t>(kMaxCourseDays)) {
      bad["end_date"] = "a course lasts at most " + std::to_string(kMaxCourseDays) + " days";
    }
  }
  if (c.capacity < 1 || c.capacity > 500) bad["capacity"] = "must be 1 to 500";
  if (c.min_attendance_pct < 0 || c.min_attendance_pct > 100) bad["min_attendance_pct"] = "must be 0 to 100";
  if (c.pass_mark < 0 || c.pass_mark > 100) bad["pass_mark"] = "must be 0 to 100";
  if (c.trainers.empty()) bad["trainers"] = "at least one trainer is required";
  if (c.trainers.size() > kMaxTrainers) bad["trainers"] = "at most " + std::to_string(kMaxTrainers) + " items";
  for (size_t i = 0; i < c.trainers.size() && i < kMaxTrainers; ++i) {
    const std::string at = "trainers[" + std::to_string(i) + "]";
    check_text(c.trainers[i].name, at + ".name", 1, 200, bad);
    if (c.trainers[i].user_id) {
      auto u = tx.users().get(*c.trainers[i].user_id);
      if (!u.ok()) {
        if (u.error().code != ErrorCode::kNotFound) return u.error();
        bad[at + ".user_id"] = "unknown user " + std::to_string(*c.trainers[i].user_id);
      }
    }
  }
  if (c.module_version_ids.size() > kMaxModules) bad["modules"] = "at most " + std::to_string(kMaxModules) + " items";
  std::set<int64_t> modules_seen;
  for (size_t i = 0; i < c.module_version_ids.size() && i < kMaxModules; ++i) {
    const std::string at = "modules[" + std::to_string(i) + "]";
    auto v = tx.training_curriculum().get_version(c.module_version_ids[i]);
    if (!v.ok()) {
      if (v.error().code != ErrorCode::kNotFound) return v.error();
      bad[at] = "unknown module version " + std::to_string(c.module_version_ids[i]);
    } else if (!modules_seen.insert(v->module_id).second) {
      bad[at] = "module " + v->module_code + " is already taught in this course";
    }
  }
  return {};
}

Status check_code_free(store::Transaction& tx, const domain::Course& c) {
  domain::CourseFilter all;
  all.limit = 1000000;
  FL_ASSIGN_OR_RETURN(auto page, tx.training_courses().list(all));
  for (const auto& other : page.items) {
    if (other.code == c.code && other.id != c.id) {
      return Error{ErrorCode::kConflict, "course " + c.code + " already exists",
                   {{"code", "is already used by another course"}}, {}};
    }
  }
  return {};
}

Result<CourseView> course_view(store::Transaction& tx, domain::Course c) {
  CourseView v;
  FL_ASSIGN_OR_RETURN(v.participants, tx.training_courses().count_active(c.id));
  for (int64_t id : c.module_version_ids) {
    FL_ASSIGN_OR_RETURN(domain::ModuleVersion m, tx.training_curriculum().get_version(id));
    v.modules.push_back(std::move(m));
  }
  v.course = std::move(c);
  return v;
}

}  // namespace

Result<std::vector<CourseView>> TrainingService::list_courses(const Principal& who, const domain::CourseFilter& filter,
                                                              int64_t* total) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  FieldErrors bad;
  if (!filter.status.empty() && !domain::is_course_status(filter.status)) {
    bad["status"] = "must be one of: planned, in_progress, completed, cancelled";
  }
  if (filter.year != 0 && (filter.year < 2000 || filter.year > 2100)) bad["year"] = "must be 2000 to 2100";
  if (filter.offset < 0) bad["offset"] = "must be 0 or more";
  if (filter.limit < 1 || filter.limit > kMaxTrainingPage) bad["limit"] = "must be 1 to " + std::to_string(kMaxTrainingPage);
  if (!bad.empty()) return Error::invalid("the course query has invalid fields", bad);
  return store::read_value<std::vector<CourseView>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<CourseView>> {
        FL_ASSIGN_OR_RETURN(auto page, tx.training_courses().list(filter));
        if (total) *total = page.total;
        std::vector<CourseView> out;
        for (auto& c : page.items) {
          FL_ASSIGN_OR_RETURN(CourseView v, course_view(tx, std::move(c)));
          out.push_back(std::move(v));
        }
        return out;
      });
}

namespace {

domain::Course course_of(const CourseDraft& d) {
  domain::Course c;
  c.code = d.code;
  c.title_vi = d.title_vi;
  c.title_en = d.title_en;
  c.province_code = d.province_code;
  c.venue = d.venue;
  c.start_date = d.start_date;
  c.end_date = d.end_date;
  c.capacity = d.capacity;
  c.min_attendance_pct = d.min_attendance_pct;
  c.pass_mark = d.pass_mark;
  c.trainers = d.trainers;
  c.module_version_ids = d.module_version_ids;
  return c;
}

}  // namespace

Result<FieldErrors> TrainingService::course_draft_errors(const Principal& who, const CourseDraft& d) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::read_value<FieldErrors>(store_, [&](store::Transaction& tx) -> Result<FieldErrors> {
    FieldErrors bad;
    FL_TRY(check_course(tx, course_of(d), bad));
    return bad;
  });
}

Result<CourseView> TrainingService::create_course(const Principal& who, const CourseDraft& d) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<CourseView>(store_, [&](store::Transaction& tx) -> Result<CourseView> {
    domain::Course c = course_of(d);
    FieldErrors bad;
    FL_TRY(check_course(tx, c, bad));
    if (!bad.empty()) return Error::invalid("the course has invalid fields", bad);
    FL_TRY(check_code_free(tx, c));
    c.created_by = who.user_id;
    c.created_at = c.updated_at = clock_.now();
    FL_ASSIGN_OR_RETURN(c.id, tx.training_courses().insert(c));
    FL_TRY(audit(tx, who, clock_, "training.course.create", "training_course", std::to_string(c.id),
                 {{"code", c.code}}));
    FL_ASSIGN_OR_RETURN(domain::Course stored, tx.training_courses().get(c.id));
    return course_view(tx, std::move(stored));
  });
}

Result<CourseView> TrainingService::get_course(const Principal& who, int64_t id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read the training programme"));
  return store::read_value<CourseView>(store_, [&](store::Transaction& tx) -> Result<CourseView> {
    FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(id));
    return course_view(tx, std::move(c));
  });
}

Result<CourseView> TrainingService::update_course(const Principal& who, int64_t id, const CoursePatch& p) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "manage the training programme"));
  return store::write_value<CourseView>(store_, [&](store::Transaction& tx) -> Result<CourseView> {
    FL_ASSIGN_OR_RETURN(domain::Course c, tx.training_courses().get(id));
    if (p.expected_version != c.version) {
      return Error::conflict("course " + std::to_string(id) + " has changed since version " +
                             std::to_string(p.expected_version) + "; reload and try again");
    }
    const std::string old_status = c.status;
    if (old_status == "completed" || old_status == "cancelled") {
      return Error{ErrorCode::kConflict, "a " + old_status + " course cannot be changed",
                   {{"status", "the course is " + old_status}}, {}};
    }
    FieldChanges changes;
    changes.apply(p.code, c.code, "code");
    changes.apply(p.title_vi, c.title_vi, "title_vi");
    changes.apply(p.title_en, c.title_en, "title_en");
    changes.apply(p.province_code, c.province_code, "province_code");
    changes.apply(p.venue, c.venue, "venue");
    changes.apply(p.start_date, c.start_date, "start_date");
    changes.apply(p.end_date, c.end_date, "end_date");
    changes.apply(p.capacity, c.capacity, "capacity");
    changes.apply(p.min_attendance_pct, c.min_attendance_pct, "min_attendance_pct");
    changes.apply(p.pass_mark, c.pass_mark, "pass_mark");
    changes.apply(p.trainers, c.trainers, "trainers");
    changes.apply(p.module_version_ids, c.module_version_ids, "modules");
    changes.apply(p.status, c.status, "status");
    FieldErrors bad;
    if (changes.empty()) bad["body"] = "must change at least one field";
    if (p.status && *p.status != old_status) {
      if (!domain::is_course_status(*p.status)) {
        bad["status"] = "must be one of: planned, in_progress, completed, cancelled";
      } else if (*p.status == "completed") {
        bad["status"] = "a course is completed by POST /complete";
      } else if (!domain::course_status_move_allowed(old_status, *p.status)) {
        return Error{ErrorCode::kConflict, "a " + old_status + " course cannot become " + *p.status,
                     {{"status", "cannot move from " + old_status}}, {}};
      }
    }
    FL_TRY(check_course(tx, c, bad));
    if (!bad.empty()) return Error::invalid("the course has invalid fields", bad);
    FL_TRY(check_code_free(tx, c));
    FL_ASSIGN_OR_RETURN(int64_t active, tx.training_courses().count_active(id));
    if (c.capacity < active) {
      return Error{ErrorCode::kConflict, "the course already has " + std::to_string(active) + " participants",
                   {{"capacity", "is below the " + std::to_string(active) + " participants enrolled"}}, {}};
    }
    c.updated_at = clock_.now();
    ++c.version;
    FL_TRY(tx.training_courses().update(c));
    nlohmann::json detail = {{"fields", changes.names()}};
    if (c.status != old_status) detail["status"] = {old_status, c.status};
    FL_TRY(audit(tx, who, clock_, "training.course.update", "training_course", std::to_string(id), detail));
    FL_ASSIGN_OR_RETURN(domain::Course stored, tx.training_courses().get(id));
    return course_view(tx, std::move(stored));
  });
}

}  // namespace frontline::service
