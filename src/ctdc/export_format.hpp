// Writing an anonymized export: CSV in the published column order, or one
// JSON document {"k", "columns", "rows", "report"}.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ctdc/anonymize.hpp"

namespace frontline::ctdc {

// A header row of columns() and one record per row (absent cells empty).
std::string rows_csv(const std::vector<Row>& rows);

// {"k", "quasi_identifiers", "input_rows", "output_rows", "suppressed_rows",
//  "suppressed_combinations", "suppression_reason",
//  "generalized": [{"column", "from", "to", "rows"}]}
nlohmann::json report_json(const AnonymizeReport& report);

// {"k", "columns": columns(), "rows": [{column: value} for every column],
//  "report": report_json}
nlohmann::json export_json(const std::vector<Row>& rows, const AnonymizeReport& report);

}  // namespace frontline::ctdc
