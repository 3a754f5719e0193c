// The training report as an Excel workbook (GET /training/reports.xlsx),
// written with libxlsxwriter: one sheet per section of the report, each with
// a Vietnamese heading row, the English heading beneath, both frozen, number
// formats and column widths set. Plain code: no store, no HTTP.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "training/assessment.hpp"
#include "training/report.hpp"
#include "util/result.hpp"

namespace frontline::training {

// What the workbook says about how it was made (the summary sheet).
struct WorkbookContext {
  std::string generated_at;  // local time text, e.g. "2026-11-24 18:30 (UTC+7)"
  std::string generated_by;  // display name of the caller
  std::string year;          // the filter as given, "" for all years
  std::string province;      // the filter as given, "" for all provinces
  std::string scope;         // e.g. "Toàn lực lượng / All units" or the commander's unit
  // Province labels (vi, en) for the assessment sheets, by code.
  std::map<std::string, std::pair<std::string, std::string>> province_labels;
};

// The workbook's sheet names, in order (Vietnamese, at most 31 characters).
const std::vector<std::string>& report_sheet_names();

// The .xlsx file's bytes. Writes through a private temporary file (removed
// before returning) because libxlsxwriter 1.1 writes only to files.
// Internal when the library or the file system fails.
Result<std::string> write_report_xlsx(const TrainingReport& report, const std::vector<ProvinceSummary>& assessments,
                                      const WorkbookContext& context);

}  // namespace frontline::training
