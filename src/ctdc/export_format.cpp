#include "ctdc/export_format.hpp"

#include "util/csv.hpp"

namespace frontline::ctdc {

std::string rows_csv(const std::vector<Row>& rows) {
  std::string out = csv::record(columns());
  std::vector<std::string> cells(columns().size());
  for (const auto& row : rows) {
    for (size_t i = 0; i < columns().size(); ++i) {
      cells[i] = cell(row, columns()[i]);
    }
    out += csv::record(cells);
  }
  return out;
}

nlohmann::json report_json(const AnonymizeReport& report) {
  nlohmann::json generalized = nlohmann::json::array();
  for (const auto& g : report.generalized) {
    generalized.push_back({{"column", g.column}, {"from", g.from}, {"to", g.to}, {"rows", g.rows}});
  }
  return {{"k", report.k},
          {"quasi_identifiers", report.quasi_identifiers},
          {"input_rows", report.input_rows},
          {"output_rows", report.output_rows},
          {"suppressed_rows", report.suppressed_rows},
          {"suppressed_combinations", report.suppressed_combinations},
          {"suppression_reason", AnonymizeReport::kSuppressionReason},
          {"generalized", std::move(generalized)}};
}

nlohmann::json export_json(const std::vector<Row>& rows, const AnonymizeReport& report) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : rows) {
    nlohmann::json item = nlohmann::json::object();
    for (const auto& c : columns()) {
      item[c] = cell(row, c);
    }
    items.push_back(std::move(item));
  }
  return {{"k", report.k}, {"columns", columns()}, {"rows", std::move(items)}, {"report", report_json(report)}};
}

}  // namespace frontline::ctdc
