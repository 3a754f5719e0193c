// End-of-training assessments and the training reports (docs/training.md,
// "Assessments" and "Reports"). Trainers and admins (training_manage) record
// assessments; everyone with training_read reads them, the summary and the
// reports, commanders for their units' subtree only (participants of their
// units; a group answer when its course has such a participant). Every
// recorded assessment, report read and export is audited; nothing here holds
// identities of victims.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/principal.hpp"
#include "store/store.hpp"
#include "training/assessment.hpp"
#include "training/report.hpp"
#include "util/clock.hpp"

namespace frontline::service {

// ?year=&province= of the summary and the reports. Checked by the service:
// year 2000–2100; province a current province code.
struct TrainingReportFilter {
  std::optional<int> year;
  std::string province;  // "" for all
};

struct AssessmentSummary {
  TrainingReportFilter filter;
  std::vector<training::ProvinceSummary> provinces;
};

// The report with the filter it answers and whose units it covers.
struct TrainingReportView {
  TrainingReportFilter filter;
  std::string scope_unit;  // "" when every unit; else the commander's unit code
  training::TrainingReport report;
};

// The workbook's bytes and the file name to offer.
struct TrainingReportFile {
  std::string bytes;
  std::string filename;  // "bao-cao-tap-huan-2026.xlsx"
};

class TrainingReportService {
 public:
  TrainingReportService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Records `a` for course `course_id` (training_manage): the course must be
  // in progress or completed (Conflict naming its status otherwise); a
  // participant's officer must be a participant not withdrawn
  // (InvalidArgument naming officer_id); a group may be at most as large as
  // the course's participants (naming group_size). Conflict when that officer
  // or group name already answered. Returns the stored assessment; audited
  // training.assessment.create (no texts in the audit entry).
  Result<domain::TrainingAssessment> add_assessment(const Principal& who, int64_t course_id,
                                                    domain::TrainingAssessment a);
  // The course's assessments (training_read; scoped), by id. NotFound for an
  // unknown course. A commander's read is audited training.results.read.
  Result<std::vector<domain::TrainingAssessment>> assessments(const Principal& who, int64_t course_id);
  // The assessments of courses matching the filter (province: the course's),
  // summarized by province and theme (training_read; scoped).
  Result<AssessmentSummary> summary(const Principal& who, const TrainingReportFilter& filter);
  // The report (training_read; scoped). The filter's province is the
  // province of the officers' units: trained counts, coverage and the
  // courses' figures count officers serving there. Audited training.report.read.
  Result<TrainingReportView> report(const Principal& who, const TrainingReportFilter& filter);
  // The report and the assessment summary as an Excel workbook
  // (training_read; scoped). Audited training.report.export.
  Result<TrainingReportFile> report_xlsx(const Principal& who, const TrainingReportFilter& filter);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace frontline::service
