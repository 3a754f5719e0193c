// Reading the rows the training summary and reports are built from, inside
// a store transaction (training_report_service.cpp's helpers).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/training_report_service.hpp"
#include "store/store.hpp"
#include "training/assessment.hpp"
#include "training/report.hpp"

namespace frontline::service {

// The assessments of courses matching `filter` (province: the course's),
// scoped to `unit_path_prefix` when set, summarized.
Result<std::vector<training::ProvinceSummary>> summary_rows(store::Transaction& tx, const TrainingReportFilter& filter,
                                                            const std::optional<std::string>& unit_path_prefix);

// Everything build_report needs: participants of officers serving in units
// of `filter.province` (all when empty) under `unit_path_prefix`, their
// units, the border posts and gates in the same scope, their courses with
// the gains of those participants, and the province labels.
Result<training::ReportInput> report_input(store::Transaction& tx, const TrainingReportFilter& filter,
                                           const std::optional<std::string>& unit_path_prefix);

// Fills the vi/en labels of the sex and rank rows from the training
// vocabulary (domain/training_vocab.hpp).
void label_report(training::TrainingReport& report);

}  // namespace frontline::service
