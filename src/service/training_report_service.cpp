// Assessments, their summary and the training reports
// (training_report_service.hpp).
#include "service/training_report_service.hpp"

#include <map>
#include <set>

#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/training_report_rows.hpp"
#include "training/report_xlsx.hpp"
#include "training/vocab.hpp"

namespace frontline::service {
namespace {

// Commanders see their units' subtree; trainers, admins, analysts and the system every unit.
std::optional<std::string> training_scope(const Principal& who) {
  if (who.is_system() || domain::sees_all_units(who.roles) || who.can(domain::Permission::kTrainingManage)) {
    return std::nullopt;
  }
  return who.unit_path;
}

Status check_filter(store::Transaction& tx, const TrainingReportFilter& f) {
  std::map<std::string, std::string> bad;
  if (f.year && (*f.year < 2000 || *f.year > 2100)) {
    bad["year"] = "must be 2000 to 2100";
  }
  if (!f.province.empty()) {
    FL_ASSIGN_OR_RETURN(auto p, tx.reference().find_province(f.province));
    if (!p || !p->current) {
      bad["province"] = "unknown province code '" + f.province + "'";
    }
  }
  if (!bad.empty()) {
    return Error::invalid("the report filter has invalid fields", std::move(bad));
  }
  return {};
}

nlohmann::json filter_detail(const TrainingReportFilter& f) {
  nlohmann::json d = nlohmann::json::object();
  d["year"] = f.year ? nlohmann::json(*f.year) : nlohmann::json(nullptr);
  d["province"] = f.province.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.province);
  return d;
}

Result<domain::Course> course_of_id(store::Transaction& tx, int64_t id) {
  auto c = tx.training_courses().get(id);
  if (!c.ok() && c.error().code == ErrorCode::kNotFound) {
    return Error::not_found("course " + std::to_string(id) + " not found");
  }
  return c;
}

Status check_respondent(store::Transaction& tx, const domain::Course& course, const domain::TrainingAssessment& a) {
  if (a.officer_id) {
    FL_ASSIGN_OR_RETURN(auto e, tx.training_courses().find_enrolment(course.id, *a.officer_id));
    if (!e || e->status == "withdrawn") {
      return Error::invalid_field("officer_id", "is not a participant of course " + course.code);
    }
    return {};
  }
  FL_ASSIGN_OR_RETURN(int64_t active, tx.training_courses().count_active(course.id));
  if (a.group_size > active) {
    return Error::invalid_field("group_size", "must not exceed the course's " + std::to_string(active) + " participants");
  }
  return {};
}

}  // namespace

Result<domain::TrainingAssessment> TrainingReportService::add_assessment(const Principal& who, int64_t course_id,
                                                                         domain::TrainingAssessment a) {
  FL_TRY(require(who, domain::Permission::kTrainingManage, "record assessments"));
  FL_TRY(training::validate_assessment(a));
  return store::write_value<domain::TrainingAssessment>(
      store_, [&](store::Transaction& tx) -> Result<domain::TrainingAssessment> {
        FL_ASSIGN_OR_RETURN(domain::Course course, course_of_id(tx, course_id));
        if (course.status != "in_progress" && course.status != "completed") {
          return Error::conflict("course " + course.code + " is " + course.status +
                                 ": assessments are recorded once it is in progress or completed");
        }
        FL_TRY(check_respondent(tx, course, a));
        a.id = 0;
        a.course_id = course_id;
        a.created_by = who.user_id;
        a.created_at = clock_.now();
        auto id = tx.training_assessments().insert(a);
        if (!id.ok() && id.error().code == ErrorCode::kConflict) {
          return Error::conflict(a.officer_id ? "officer " + std::to_string(*a.officer_id) +
                                                    " already answered the assessment of course " + course.code
                                              : "group '" + a.group_name +
                                                    "' already answered the assessment of course " + course.code);
        }
        FL_TRY(id);
        a.id = *id;
        nlohmann::json detail = {{"course_id", course_id}, {"respondent", a.is_group() ? "group" : "participant"}};
        if (a.is_group()) {
          detail["group_size"] = a.group_size;
        } else {
          detail["officer_id"] = *a.officer_id;
        }
        FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.assessment.create", "training_assessment",
                                                   std::to_string(a.id), audit::Outcome::kOk, detail)));
        FL_ASSIGN_OR_RETURN(auto stored, tx.training_assessments().of_course(course_id, std::nullopt));
        for (auto& s : stored) {
          if (s.id == a.id) {
            return s;
          }
        }
        return Error::internal("the stored assessment was not read back");
      });
}

Result<std::vector<domain::TrainingAssessment>> TrainingReportService::assessments(const Principal& who,
                                                                                   int64_t course_id) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read assessments"));
  const auto scope = training_scope(who);
  // Commanders' reads of results are audited (docs/training.md); a write transaction for them only.
  auto run = [&](store::Transaction& tx) -> Result<std::vector<domain::TrainingAssessment>> {
    FL_TRY(course_of_id(tx, course_id));
    FL_ASSIGN_OR_RETURN(auto list, tx.training_assessments().of_course(course_id, scope));
    if (scope) {
      FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.results.read", "training_course",
                                                 std::to_string(course_id), audit::Outcome::kOk,
                                                 {{"assessments", list.size()}})));
    }
    return list;
  };
  if (scope) {
    return store::write_value<std::vector<domain::TrainingAssessment>>(store_, run);
  }
  return store::read_value<std::vector<domain::TrainingAssessment>>(store_, run);
}

Result<AssessmentSummary> TrainingReportService::summary(const Principal& who, const TrainingReportFilter& filter) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read assessments"));
  return store::read_value<AssessmentSummary>(store_, [&](store::Transaction& tx) -> Result<AssessmentSummary> {
    FL_TRY(check_filter(tx, filter));
    FL_ASSIGN_OR_RETURN(auto provinces, summary_rows(tx, filter, training_scope(who)));
    return AssessmentSummary{filter, std::move(provinces)};
  });
}

Result<TrainingReportView> TrainingReportService::report(const Principal& who, const TrainingReportFilter& filter) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read training reports"));
  auto scope = training_scope(who);
  return store::write_value<TrainingReportView>(store_, [&](store::Transaction& tx) -> Result<TrainingReportView> {
    FL_TRY(check_filter(tx, filter));
    FL_ASSIGN_OR_RETURN(auto input, report_input(tx, filter, scope));
    TrainingReportView view{filter, scope ? who.unit_code : "", training::build_report(input)};
    label_report(view.report);
    auto detail = filter_detail(filter);
    detail["scope"] = scope ? nlohmann::json(who.unit_code) : nlohmann::json("all");
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.report.read", "training_report", "",
                                               audit::Outcome::kOk, detail)));
    return view;
  });
}

Result<TrainingReportFile> TrainingReportService::report_xlsx(const Principal& who,
                                                              const TrainingReportFilter& filter) {
  FL_TRY(require(who, domain::Permission::kTrainingRead, "read training reports"));
  auto scope = training_scope(who);
  return store::write_value<TrainingReportFile>(store_, [&](store::Transaction& tx) -> Result<TrainingReportFile> {
    FL_TRY(check_filter(tx, filter));
    FL_ASSIGN_OR_RETURN(auto input, report_input(tx, filter, scope));
    auto report = training::build_report(input);
    label_report(report);
    FL_ASSIGN_OR_RETURN(auto assessments, summary_rows(tx, filter, scope));
    training::WorkbookContext ctx;
    ctx.generated_at = format_local_vn(clock_.now()) + " (UTC+7)";
    ctx.generated_by = who.display_name.empty() ? who.username : who.display_name;
    ctx.year = filter.year ? std::to_string(*filter.year) : "";
    ctx.province = filter.province;
    ctx.scope = scope ? who.unit_code : "Toàn lực lượng / All units";
    ctx.province_labels = input.province_labels;
    FL_ASSIGN_OR_RETURN(std::string bytes, training::write_report_xlsx(report, assessments, ctx));
    auto detail = filter_detail(filter);
    detail["scope"] = scope ? nlohmann::json(who.unit_code) : nlohmann::json("all");
    detail["bytes"] = bytes.size();
    FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "training.report.export", "training_report", "",
                                               audit::Outcome::kOk, detail)));
    std::string name = "bao-cao-tap-huan";
    if (filter.year) {
      name += "-" + std::to_string(*filter.year);
    }
    if (!filter.province.empty()) {
      name += "-" + filter.province;
    }
    return TrainingReportFile{std::move(bytes), name + ".xlsx"};
  });
}

}  // namespace frontline::service
