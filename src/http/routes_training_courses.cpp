// Training officers, courses, participants, attendance and completion
// (docs/training.md).
#include <memory>

#include "http/routes.hpp"
#include "http/training_input.hpp"
#include "http/training_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

std::vector<domain::CourseTrainer> read_trainers(FieldReader& r, const json& body, Need need) {
  return object_list<domain::CourseTrainer>(r, body, "trainers", need, 20, {"user_id", "name"},
                                            [](FieldReader& t) {
                                              return domain::CourseTrainer{
                                                  t.integer("user_id", Need::kOptional),
                                                  t.text("name", Need::kRequired, 200).value_or("")};
                                            })
      .value_or(std::vector<domain::CourseTrainer>{});
}

// Query parameter `name` as an integer (`fallback` when absent); a bad one is recorded in `bad`.
int64_t paging(const ApiRequest& req, const char* name, int64_t fallback, service::FieldErrors& bad) {
  auto v = req.int_query(name, fallback);
  if (!v.ok()) {
    bad.insert(v.error().fields.begin(), v.error().fields.end());
    return fallback;
  }
  return *v;
}

json participants_json(const std::vector<service::ParticipantView>& list) {
  json items = json::array();
  for (const auto& p : list) items.push_back(participant_json(p));
  return json{{"items", items}};
}

}  // namespace

void add_training_course_routes(Router& router, Services& s) {
  auto training = std::make_shared<service::TrainingService>(s.store, s.clock);

  router.add("GET", "/api/v1/training/officers", Access::kSession, [training](const ApiRequest& req) {
    domain::OfficerFilter f;
    service::FieldErrors bad;
    f.q = req.query_value("q").value_or("");
    if (req.query_value("unit_id")) f.unit_id = paging(req, "unit_id", 0, bad);
    f.offset = paging(req, "offset", 0, bad);
    f.limit = paging(req, "limit", 50, bad);
    if (!bad.empty()) return error_response(Error::invalid("the officer query has invalid fields", bad));
    return respond(training->list_officers(*req.principal, f), 200, [](const domain::OfficerPage& page) {
      json items = json::array();
      for (const auto& o : page.items) items.push_back(officer_json(o));
      return json{{"items", items}, {"total", page.total}};
    });
  });

  router.add("POST", "/api/v1/training/officers", Access::kSession, [training](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"full_name", "service_number", "unit_id", "rank", "sex", "position", "user_id"});
      service::OfficerDraft d = read_officer_draft(r);
      if (!r.ok()) {
        return error_response(merged_error("the officer has invalid fields", r,
                                           service::TrainingService::officer_draft_errors(d)));
      }
      return respond(training->create_officer(*req.principal, d), 201, officer_json);
    });
  });

  router.add("GET", "/api/v1/training/officers/{id}", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->get_officer(*req.principal, *id), 200, officer_json);
  });

  router.add("PATCH", "/api/v1/training/officers/{id}", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"full_name", "service_number", "unit_id", "rank", "sex", "position", "user_id",
                           "expected_version"});
      service::OfficerPatch p;
      p.full_name = r.text("full_name", Need::kOptional, 200);
      p.service_number = r.text("service_number", Need::kOptional, 32);
      p.unit_id = r.integer("unit_id", Need::kOptional);
      p.rank = r.text("rank", Need::kOptional, 40);
      p.sex = r.text("sex", Need::kOptional, 10);
      p.position = r.text("position", Need::kOptional, 200);
      if (r.has("user_id")) p.user_id = body["user_id"].is_null() ? std::optional<int64_t>() : r.integer("user_id", Need::kOptional);
      p.expected_version = r.integer("expected_version", Need::kOptional);
      if (!r.ok()) return error_response(r.error("the officer has invalid fields"));
      return respond(training->update_officer(*req.principal, *id, p), 200, officer_json);
    });
  });

  router.add("GET", "/api/v1/training/courses", Access::kSession, [training](const ApiRequest& req) {
    domain::CourseFilter f;
    service::FieldErrors bad;
    f.status = req.query_value("status").value_or("");
    f.province = req.query_value("province").value_or("");
    f.year = static_cast<int>(paging(req, "year", 0, bad));
    f.offset = paging(req, "offset", 0, bad);
    f.limit = paging(req, "limit", 50, bad);
    if (!bad.empty()) return error_response(Error::invalid("the course query has invalid fields", bad));
    int64_t total = 0;
    return respond(training->list_courses(*req.principal, f, &total), 200,
                   [&total](const std::vector<service::CourseView>& list) {
                     json items = json::array();
                     for (const auto& c : list) items.push_back(course_json(c));
                     return json{{"items", items}, {"total", total}};
                   });
  });

  auto course_body = [](FieldReader& r, const json& body, Need need, auto& d) {
    d.code = r.text("code", need, 40);
    d.title_vi = r.text("title_vi", need, 300);
    d.title_en = r.text("title_en", Need::kOptional, 300);
    d.province_code = r.text("province_code", need, 10);
    d.venue = r.text("venue", Need::kOptional, 300);
    d.start_date = r.text("start_date", need, 10);
    d.end_date = r.text("end_date", need, 10);
    d.capacity = r.integer("capacity", need);
    d.min_attendance_pct = r.integer("min_attendance_pct", Need::kOptional);
    d.pass_mark = r.integer("pass_mark", Need::kOptional);
    if (need == Need::kRequired || r.has("trainers")) d.trainers = read_trainers(r, body, need);
    if (need == Need::kRequired || r.has("modules")) {
      d.module_version_ids = id_list(r, body, "modules", Need::kOptional, 50).value_or(std::vector<int64_t>{});
    }
  };

  router.add("POST", "/api/v1/training/courses", Access::kSession, [training, course_body](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"code", "title_vi", "title_en", "province_code", "venue", "start_date", "end_date",
                           "capacity", "min_attendance_pct", "pass_mark", "trainers", "modules"});
      service::CoursePatch p;  // every field read as optional, then required ones checked by Need
      course_body(r, body, Need::kRequired, p);
      service::CourseDraft d;
      d.code = p.code.value_or("");
      d.title_vi = p.title_vi.value_or("");
      d.title_en = p.title_en.value_or("");
      d.province_code = p.province_code.value_or("");
      d.venue = p.venue.value_or("");
      d.start_date = p.start_date.value_or("");
      d.end_date = p.end_date.value_or("");
      d.capacity = p.capacity.value_or(0);
      d.min_attendance_pct = p.min_attendance_pct.value_or(80);
      d.pass_mark = p.pass_mark.value_or(50);
      d.trainers = p.trainers.value_or(std::vector<domain::CourseTrainer>{});
      d.module_version_ids = p.module_version_ids.value_or(std::vector<int64_t>{});
      if (!r.ok()) {
        auto checked = training->course_draft_errors(*req.principal, d);
        if (!checked.ok()) return error_response(checked.error());
        return error_response(merged_error("the course has invalid fields", r, std::move(checked).value()));
      }
      return respond(training->create_course(*req.principal, d), 201, course_json);
    });
  });

  router.add("GET", "/api/v1/training/courses/{id}", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->get_course(*req.principal, *id), 200, course_json);
  });

  router.add("PATCH", "/api/v1/training/courses/{id}", Access::kSession, [training, course_body](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"code", "title_vi", "title_en", "province_code", "venue", "start_date", "end_date",
                           "capacity", "min_attendance_pct", "pass_mark", "trainers", "modules", "status",
                           "expected_version"});
      service::CoursePatch p;
      course_body(r, body, Need::kOptional, p);
      p.status = r.text("status", Need::kOptional, 20);
      p.expected_version = r.integer("expected_version", Need::kRequired).value_or(0);
      if (!r.ok()) return error_response(r.error("the course has invalid fields"));
      return respond(training->update_course(*req.principal, *id, p), 200, course_json);
    });
  });

  router.add("GET", "/api/v1/training/courses/{id}/participants", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->participants(*req.principal, *id), 200, participants_json);
  });

  router.add("POST", "/api/v1/training/courses/{id}/participants", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"officer_id", "user_id", "rank", "sex", "officer"});
      service::EnrolRequest e;
      e.officer_id = r.integer("officer_id", Need::kOptional);
      e.user_id = r.integer("user_id", Need::kOptional);
      e.rank = r.text("rank", Need::kOptional, 40).value_or("");
      e.sex = r.text("sex", Need::kOptional, 10).value_or("");
      r.object("officer", Need::kOptional,
               {"full_name", "service_number", "unit_id", "rank", "sex", "position", "user_id"},
               [&](FieldReader& o) { e.officer = read_officer_draft(o); });
      if (e.user_id) {
        if (e.rank.empty()) r.fail("rank", "is required with user_id");
        if (e.sex.empty()) r.fail("sex", "is required with user_id");
      }
      if (!r.ok()) return error_response(r.error("the enrolment has invalid fields"));
      return respond(training->enrol(*req.principal, *id, e), 201, participant_json);
    });
  });

  router.add("POST", "/api/v1/training/courses/{id}/participants/bulk", Access::kSession,
             [training](const ApiRequest& req) {
               auto id = req.id_param("id");
               if (!id.ok()) return error_response(id.error());
               return with_body(req, [&](const json& body) {
                 FieldReader r(body, {"officer_ids"});
                 auto ids = id_list(r, body, "officer_ids", Need::kRequired, 500);
                 if (!r.ok()) return error_response(r.error("the enrolment has invalid fields"));
                 return respond(training->enrol_bulk(*req.principal, *id, *ids), 201, participants_json);
               });
             });

  router.add("PATCH", "/api/v1/training/courses/{id}/participants/{officer_id}", Access::kSession,
             [training](const ApiRequest& req) {
               auto id = req.id_param("id");
               if (!id.ok()) return error_response(id.error());
               auto officer = req.id_param("officer_id");
               if (!officer.ok()) return error_response(officer.error());
               return with_body(req, [&](const json& body) {
                 FieldReader r(body, {"status"});
                 auto status = r.text("status", Need::kRequired, 20);
                 if (!r.ok()) return error_response(r.error("the participant has invalid fields"));
                 return respond(training->set_participant_status(*req.principal, *id, *officer, *status), 200,
                                participant_json);
               });
             });

  router.add("PUT", "/api/v1/training/courses/{id}/attendance/{day}", Access::kSession,
             [training](const ApiRequest& req) {
               auto id = req.id_param("id");
               if (!id.ok()) return error_response(id.error());
               const std::string day = req.path_params.at("day");
               return with_body(req, [&](const json& body) {
                 FieldReader r(body, {"present", "absent"});
                 service::AttendanceSheet sheet;
                 sheet.present = id_list(r, body, "present", Need::kOptional, 500).value_or(std::vector<int64_t>{});
                 sheet.absent = id_list(r, body, "absent", Need::kOptional, 500).value_or(std::vector<int64_t>{});
                 if (!r.ok()) return error_response(r.error("the attendance has invalid fields"));
                 return respond(training->record_attendance(*req.principal, *id, day, sheet), 200,
                                [&day](const std::vector<domain::AttendanceMark>& marks) {
                                  std::vector<domain::AttendanceMark> of_day;
                                  for (const auto& m : marks) {
                                    if (m.day == day) of_day.push_back(m);
                                  }
                                  return json{{"day", day}, {"marks", attendance_json(of_day)}};
                                });
               });
             });

  router.add("POST", "/api/v1/training/courses/{id}/complete", Access::kSession, [training](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) return error_response(id.error());
    return respond(training->complete(*req.principal, *id), 200, completion_json);
  });
}

}  // namespace frontline::http
