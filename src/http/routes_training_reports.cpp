// End-of-training assessments, their summary, and the training reports as
// JSON and as an Excel workbook (service/training_report_service.hpp,
// docs/training.md "Assessments" and "Reports"):
//   POST /training/courses/{id}/assessments   {officer_id | group_name, group_size,
//        trends, modus_operandi, challenges_investigation, challenges_protection,
//        recommendations: {themes: [...], text}} → 201 the assessment
//   GET  /training/courses/{id}/assessments   → {"items": [...]}
//   GET  /training/assessments/summary?year=&province=
//   GET  /training/reports?year=&province=
//   GET  /training/reports.xlsx?year=&province=  → the workbook as an attachment
#include <memory>
#include <set>

#include "http/routes.hpp"
#include "service/training_report_service.hpp"
#include "training/vocab.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;
using service::TrainingReportFilter;

constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

Result<TrainingReportFilter> report_filter(const ApiRequest& req) {
  static const std::set<std::string> kKnown = {"year", "province"};
  std::map<std::string, std::string> bad;
  for (const auto& [key, value] : req.query) {
    if (kKnown.count(key) == 0) {
      bad[key] = "unknown filter";
    }
  }
  TrainingReportFilter f;
  if (auto year = req.query_value("year"); year && !year->empty()) {
    auto y = req.int_query("year", 0);
    if (!y.ok()) {
      bad.insert(y.error().fields.begin(), y.error().fields.end());
    } else {
      f.year = static_cast<int>(*y);
    }
  }
  f.province = req.query_value("province").value_or("");
  if (!bad.empty()) {
    return Error::invalid("the report filter has invalid fields", std::move(bad));
  }
  return f;
}

// The body of POST .../assessments; the service checks themes, sizes and the respondent.
Result<domain::TrainingAssessment> assessment_body(const json& body) {
  std::set<std::string> allowed = {"officer_id", "group_name", "group_size"};
  for (auto s : training::all_sections()) {
    allowed.insert(std::string(training::section_name(s)));
  }
  FieldReader r(body, allowed);
  domain::TrainingAssessment a;
  a.officer_id = r.integer("officer_id", Need::kOptional);
  a.group_name = r.text("group_name", Need::kOptional, training::kMaxGroupName).value_or("");
  a.group_size = r.integer("group_size", Need::kOptional).value_or(0);
  for (auto s : training::all_sections()) {
    r.object(std::string(training::section_name(s)), Need::kOptional, {"themes", "text"}, [&](FieldReader& sr) {
      a.answer(s).themes = sr.text_list("themes", Need::kOptional, training::kMaxThemesPerSection, 100).value_or(
          std::vector<std::string>{});
      a.answer(s).text = sr.text("text", Need::kOptional, training::kMaxAssessmentText).value_or("");
    });
  }
  if (!r.ok()) {
    return r.error("the assessment has invalid fields");
  }
  return a;
}

json or_null(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json filter_json(const TrainingReportFilter& f) {
  return {{"year", f.year ? json(*f.year) : json(nullptr)},
          {"province", f.province.empty() ? json(nullptr) : json(f.province)}};
}

json training_assessment_json(const domain::TrainingAssessment& a) {
  json out = {{"id", a.id},
              {"course_id", a.course_id},
              {"respondent", a.is_group() ? "group" : "participant"},
              {"officer_id", a.officer_id ? json(*a.officer_id) : json(nullptr)},
              {"officer_name", a.is_group() ? json(nullptr) : json(a.officer_name)},
              {"unit_code", a.is_group() ? json(nullptr) : json(a.unit_code)},
              {"group_name", a.is_group() ? json(a.group_name) : json(nullptr)},
              {"group_size", a.is_group() ? json(a.group_size) : json(nullptr)},
              {"created_by", a.created_by},
              {"created_at", format_utc(a.created_at)}};
  for (auto s : training::all_sections()) {
    out[std::string(training::section_name(s))] = {{"themes", a.answer(s).themes}, {"text", a.answer(s).text}};
  }
  return out;
}

json assessment_summary_json(const service::AssessmentSummary& summary) {
  json provinces = json::array();
  for (const auto& p : summary.provinces) {
    json sections = json::object();
    for (const auto& s : p.sections) {
      json themes = json::array();
      for (const auto& t : s.themes) {
        themes.push_back(
            {{"theme", t.theme}, {"answers", t.answers}, {"group_answers", t.group_answers}, {"people", t.people}});
      }
      json texts = json::array();
      for (const auto& t : s.texts) {
        texts.push_back({{"assessment_id", t.assessment_id},
                         {"course_code", t.course_code},
                         {"respondent", t.group ? "group" : "participant"},
                         {"group_name", t.group ? json(t.group_name) : json(nullptr)},
                         {"group_size", t.group ? json(t.group_size) : json(nullptr)},
                         {"text", t.text}});
      }
      sections[std::string(training::section_name(s.section))] = {
          {"answers", s.answers}, {"themes", themes}, {"texts", texts}};
    }
    provinces.push_back({{"province_code", p.province_code},
                         {"assessments", p.assessments},
                         {"participant_answers", p.participant_answers},
                         {"group_answers", p.group_answers},
                         {"people", p.people},
                         {"sections", sections}});
  }
  json out = filter_json(summary.filter);
  out["provinces"] = provinces;
  return out;
}

json gain_json(const training::MeanGain& g) {
  return {{"matched", g.matched},
          {"mean_pre", or_null(g.mean_pre)},
          {"mean_post", or_null(g.mean_post)},
          {"mean_gain", or_null(g.mean_gain)},
          {"normalized_gain", or_null(g.normalized_gain)}};
}

json training_report_json(const service::TrainingReportView& view) {
  const auto& r = view.report;
  auto counts = [](const std::vector<training::TrainedCount>& list, const char* key) {
    json out = json::array();
    for (const auto& c : list) {
      out.push_back({{key, c.key},
                     {"label_vi", c.label_vi},
                     {"label_en", c.label_en},
                     {"participants", c.participants},
                     {"trained", c.trained}});
    }
    return out;
  };
  auto unit = [](const training::ReportUnit& u) {
    return json{{"unit_id", u.id},          {"code", u.code}, {"name", u.name}, {"name_en", u.name_en},
                {"kind", u.kind},           {"province_code", u.province_code}};
  };
  json by_unit = json::array();
  for (const auto& u : r.by_unit) {
    json row = unit(u.unit);
    row["participants"] = u.participants;
    row["trained"] = u.trained;
    by_unit.push_back(row);
  }
  json without = json::array();
  for (const auto& u : r.coverage.posts_without_trained) {
    without.push_back(unit(u));
  }
  json courses = json::array();
  for (const auto& c : r.courses) {
    json row = gain_json(c.gain);
    row.update({{"course_id", c.course.id},
                {"code", c.course.code},
                {"title", {{"vi", c.course.title_vi}, {"en", c.course.title_en}}},
                {"province_code", c.course.province_code},
                {"start_date", c.course.start_date},
                {"end_date", c.course.end_date},
                {"participants", c.participants},
                {"completed", c.completed}});
    courses.push_back(row);
  }
  json modules = json::array();
  for (const auto& m : r.modules) {
    json row = gain_json(m.gain);
    row.update({{"module_id", m.id}, {"module", m.code}, {"title", {{"vi", m.title_vi}, {"en", m.title_en}}}});
    modules.push_back(row);
  }
  json failed = json::array();
  for (const auto& f : r.most_failed) {
    failed.push_back({{"question_id", f.question.question_id},
                      {"text_vi", f.question.text_vi},
                      {"text_en", f.question.text_en},
                      {"module", f.question.module_code},
                      {"answered", f.question.answered},
                      {"correct", f.question.correct},
                      {"correct_share", f.correct_share}});
  }
  json out = filter_json(view.filter);
  out.update({{"scope", view.scope_unit.empty() ? json("all") : json(view.scope_unit)},
              {"participants", r.participants},
              {"trained", r.trained},
              {"trained_by_province", counts(r.by_province, "province_code")},
              {"trained_by_unit", by_unit},
              {"trained_by_sex", counts(r.by_sex, "sex")},
              {"trained_by_rank", counts(r.by_rank, "rank")},
              {"coverage",
               {{"posts_total", r.coverage.posts_total},
                {"posts_covered", r.coverage.posts_covered},
                {"posts_without_trained", without}}},
              {"courses", courses},
              {"modules", modules},
              {"most_failed", failed}});
  return out;
}

}  // namespace

void add_training_report_routes(Router& router, Services& s) {
  auto reports = std::make_shared<service::TrainingReportService>(s.store, s.clock);

  router.add("POST", "/api/v1/training/courses/{id}/assessments", Access::kSession, [reports](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto a = assessment_body(body);
      if (!a.ok()) {
        return error_response(a.error());
      }
      return respond(reports->add_assessment(*req.principal, *id, std::move(a).value()), 201,
                     training_assessment_json);
    });
  });

  router.add("GET", "/api/v1/training/courses/{id}/assessments", Access::kSession, [reports](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(reports->assessments(*req.principal, *id), 200,
                   [](const std::vector<domain::TrainingAssessment>& list) {
                     json items = json::array();
                     for (const auto& a : list) {
                       items.push_back(training_assessment_json(a));
                     }
                     return json{{"items", items}};
                   });
  });

  router.add("GET", "/api/v1/training/assessments/summary", Access::kSession, [reports](const ApiRequest& req) {
    auto filter = report_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(reports->summary(*req.principal, *filter), 200, assessment_summary_json);
  });

  router.add("GET", "/api/v1/training/reports", Access::kSession, [reports](const ApiRequest& req) {
    auto filter = report_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(reports->report(*req.principal, *filter), 200, training_report_json);
  });

  router.add("GET", "/api/v1/training/reports.xlsx", Access::kSession, [reports](const ApiRequest& req) {
    auto filter = report_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    auto file = reports->report_xlsx(*req.principal, *filter);
    if (!file.ok()) {
      return error_response(file.error());
    }
    ApiResponse res;
    res.status = 200;
    res.content_type = kXlsxType;
    res.body = std::move(file->bytes);
    res.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file->filename + "\"");
    return res;
  });
}

}  // namespace frontline::http
