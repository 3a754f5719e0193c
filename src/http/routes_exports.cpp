// Anonymized statistics exports. GET /api/v1/exports/ctdc answers the
// k-anonymous CTDC-layout export of the victims in the caller's scope:
//   format=json (default): {"k", "columns", "rows", "report"};
//   format=csv: the rows as text/csv (header row first), and the report's
//     counts in headers X-CTDC-K, X-CTDC-Input-Rows, X-CTDC-Output-Rows,
//     X-CTDC-Suppressed-Rows, X-CTDC-Generalizations (the full report with
//     every generalization is in the JSON form).
#include <charconv>
#include <memory>

#include "ctdc/export_format.hpp"
#include "http/routes.hpp"
#include "service/ctdc_service.hpp"

namespace frontline::http {
namespace {

// The k parameter: the default when absent; InvalidArgument naming "k" when
// it is not a whole number (the range is the service's to check).
Result<int> k_param(const ApiRequest& req) {
  auto v = req.query_value("k");
  if (!v) {
    return ctdc::kDefaultK;
  }
  int k = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), k);
  if (v->empty() || ec != std::errc() || ptr != v->data() + v->size()) {
    return Error::invalid_field("k", "must be a whole number from " + std::to_string(service::kMinExportK) + " to " +
                                         std::to_string(service::kMaxExportK));
  }
  return k;
}

ApiResponse csv_response(const service::CtdcExport& e) {
  ApiResponse res;
  res.content_type = "text/csv; charset=utf-8";
  res.body = ctdc::rows_csv(e.rows);
  res.headers.emplace_back("Content-Disposition", "attachment; filename=\"ctdc-export.csv\"");
  res.headers.emplace_back("X-CTDC-K", std::to_string(e.report.k));
  res.headers.emplace_back("X-CTDC-Input-Rows", std::to_string(e.report.input_rows));
  res.headers.emplace_back("X-CTDC-Output-Rows", std::to_string(e.report.output_rows));
  res.headers.emplace_back("X-CTDC-Suppressed-Rows", std::to_string(e.report.suppressed_rows));
  res.headers.emplace_back("X-CTDC-Generalizations", std::to_string(e.report.generalized.size()));
  return res;
}

}  // namespace

void add_export_routes(Router& router, Services& s) {
  auto ctdc = std::make_shared<service::CtdcService>(s.store, s.clock);
  router.add("GET", "/api/v1/exports/ctdc", Access::kSession, [ctdc](const ApiRequest& req) {
    const std::string format = req.query_value("format").value_or("json");
    if (format != "json" && format != "csv") {
      return error_response(Error::invalid_field("format", "must be csv or json"));
    }
    auto k = k_param(req);
    if (!k.ok()) {
      return error_response(k.error());
    }
    auto e = ctdc->export_victims(*req.principal, *k);
    if (!e.ok()) {
      return error_response(e.error());
    }
    if (format == "csv") {
      return csv_response(*e);
    }
    return ApiResponse::json(200, ctdc::export_json(e->rows, e->report));
  });
}

}  // namespace frontline::http
